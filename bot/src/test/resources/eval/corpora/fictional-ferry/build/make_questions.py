import json
C, D, R, T = "carriage", "discord-rules", "member-rules", "tickets-policy"
A = []
def a(doc, q, facts, ev):
    A.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})

# --- Conditions of Carriage (plain text)
a(C, "whats the check in time for cars?", [["20 minutes"]],
  ["(a) vehicles, including vehicles towing trailers: 20 minutes;"])
a(C, "can i plug my EV in to charge on the crossing? its a tesla", [["must not be connected", "charging point"]],
  ["vehicles but must not be connected to any charging point or"])
a(C, "my daughter is 13, can she get the ferry home from the mainland on her own?", [["Unaccompanied Young Traveller"], ["19:00"]],
  ["A young person aged 12 to 15 may travel without an adult on sailings",
   "completed the Unaccompanied Young Traveller form. The form is kept"])
a(C, "how much luggage can i bring for free as a foot passenger", [["2 items"], ["30 kg"]],
  ["Suitcases, rucksacks, bags | 2 items, 30 kg",
   "Each passenger may carry Accompanied Baggage free of charge within"])
a(C, "can i just stay in the car during the crossing? my dog gets anxious", [["passenger lounge", "open decks"]],
  ["No passenger may stay in a vehicle on the car deck during the"])
a(C, "how many dogs am i allowed to bring on the boat", [["no more than 2", "2 dogs"]],
  ["Each passenger may bring no more than 2"])
a(C, "if its raining can my dog come inside the lounge with me", [["not allowed", "open decks"]],
  ["or in the vehicle. Dogs are not allowed in the"])
a(C, "how much petrol can i carry in jerry cans in the boot", [["10 litres"]],
  ["(a) petrol or diesel: up to 10 litres in total, in approved and"])
a(C, "taking gas bottles over for the caravan, is that allowed?", [["2 cylinders"], ["15 kg"]],
  ["(b) liquefied gas (propane or butane): up to 2 cylinders of not"])
a(C, "can i bring fireworks across for a party on the island", [["Fireworks"], ["under any circumstances", "must not be brought"]],
  ["Fireworks, flares (other than a boat's in-date flares stowed in the",
   "board under any circumstances."])
a(C, "r we allowed to have a few beers on the ferry", [["may not drink alcohol", "not drink alcohol"]],
  ["Passengers may not drink alcohol on board."])
a(C, "where on the boat can i vape", [["upper deck"], ["funnel"]],
  ["area on the upper deck, aft of the funnel. Smoking is never allowed"])
a(C, "how much notice do u need if i need help getting on board in my wheelchair", [["48 hours"]],
  ["board or leave the vessel, please tell us at least 48 hours before"])
a(C, "at what wind speed does the corrie dawn stop sailing?", [["40 knots"]],
  ["knots, and MV Corrie Dawn does not sail when it is over 40 knots, but"])
a(C, "last boat from ardcullen got cancelled and i live on brannoch. will the co-op pay for a hotel tonight?", [["85"], ["receipt"]],
  ["Resident who has checked in for that sailing may claim up to GBP 85",
   "mainland, on production of a receipt within 28 days. This payment is"])
a(C, "my car got a dent on the car deck, i've got a month to report it right?", [["port area"], ["3 days"]],
  ["Visible damage to a vehicle must be reported to the deck crew before",
   "the vehicle leaves the port area, and confirmed in writing within 3"])
a(C, "who has the final say on whether a sailing goes ahead? can the office overrule the captain?", [["Master"], ["final", "cannot be overruled"]],
  ["The decision of the Master on whether a sailing goes ahead, and on",
   "the loading of vehicles and cargo, is final and cannot be overruled"])
a(C, "someone got banned from the ferry for abusing the crew. how long can a ban like that last and can they appeal it?", [["12 months"], ["Passenger Committee"], ["21 days"]],
  ["may be landed at the next port and may be refused travel for up to",
   "writing to the Passenger Committee within 21 days of the decision."])
a(C, "whats the longest vehicle the ferry can take", [["12 metres"]],
  ["MV Corrie Dawn can carry vehicles up to 12 metres long and up to 32"])
a(C, "i moaned about the late boat on the discord, does that count as a complaint or do i need to do something else", [["not treated as formal complaints", "not treated"], ["Ferry Manager"]],
  ["of the event. Posts on social media or on our Discord server are not",
   "14.1 Complaints should be made to the Ferry Manager by email, by letter"])

# --- Discord rules (HTML)
a(D, "can i book my car on the ferry thru discord?", [["will not take bookings"]],
  ["Staff will not take bookings or card payments in Discord or in direct messages."])
a(D, "how do i get the islander role", [["role-requests"], ["Island Resident Card number"]],
  ["a moderator checks your Island Resident Card number (not a photo of the card)"])
a(D, "asked for the member role ages ago, how long does verification take?", [["7 days"], ["Membership Secretary"]],
  ["the Membership Secretary confirms your share account number within 7 days"])
a(D, "can i post in service-status to tell ppl the boat is running late", [["Ferry Status bot"], ["Read only"]],
  ["Only the Ferry Status bot posts in #service-status.",
   "Read only (posted by the Ferry Status bot)"])
a(D, "what hours do staff actually answer in ask-the-crew?", [["09:00"], ["17:00"]],
  ["staff answer between 09:00 and 17:00, Monday to Friday"])
a(D, "i run a b&b on the island, how often am i allowed to advertise it on the server", [["7 days"], ["island-noticeboard"]],
  ["but no more than one advert per business every 7 days",
   "Island businesses may post in #island-noticeboard"])
a(D, "im not an islander, can i post in island-noticeboard to sell my old bike?", [["Islander and Member"]],
  ["Local events, island businesses and things for sale Islander and Member roles"])
a(D, "got 4 spare journeys on my resident carnet, can i sell them to someone on the server?", [["Do not offer to sell", "No resale"], ["Ferry Manager"]],
  ["Do not offer to sell or pass on resident fares",
   "breach of the Tickets Policy and will be reported to the Ferry Manager"])
a(D, "what happens if i get a third warning", [["7 days"]],
  ["A third formal warning within 6 months, harassment"])
a(D, "do warnings on the discord ever expire or are they there forever?", [["6 months"]],
  ["Formal warnings expire 6 months after they are given."])
a(D, "can a single mod perma ban someone by themselves?", [["Two moderators"], ["Communications Officer"]],
  ["Two moderators, confirmed by the Communications Officer within 72 hours"])
a(D, "how long is a temp ban on the server", [["90 days"]],
  ["Temporary ban for 90 days Serious or repeated breaches, abuse of crew"])
a(D, "i got a 24h timeout which was unfair tbh. can i appeal it and how long do i have?", [["14 days"]],
  ["You may appeal against a formal warning, a timeout or a ban within 14 days"])
a(D, "who decides appeals against bans?", [["Communications Officer"], ["director"]],
  ["An appeal against a ban is decided by the Communications Officer together with one director who is not a moderator."])
a(D, "if i get banned from the discord does that mean i lose my vote at the agm", [["does not affect"]],
  ["does not affect your membership of the Co-operative or your right to vote at general meetings"])
a(D, "someone keeps sending me nasty dms, how do i report them", [["/report", "Harbourmaster"]],
  ["use the /report command on the message or send a direct message to the"])
a(D, "what if my complaint is about one of the mods", [["Communications Officer"]],
  ["If a report is about a moderator, it is passed to the Communications Officer"])
a(D, "can i campaign for my mate in the board election on the discord?", [["agm-and-votes"], ["campaign period"]],
  ["is only allowed in #agm-and-votes during the official campaign period"])
a(D, "is it ok to post a pic of the deckhand in photos-and-wildlife", [["consent"]],
  ["Do not post photos or videos in which a crew member can be identified without their consent"])
a(D, "how long do u keep the moderation log about me?", [["12 months"]],
  ["is kept for 12 months after the last entry about a user"])

# --- Member rules (docx)
a(R, "how old do u have to be to join the co-op", [["16"]],
  ["Any individual aged 16 or over who supports the objects of the Co-operative"])
a(R, "whats the minimum number of shares to become a member", [["25 shares"]],
  ["Every member must hold at least 25 shares."])
a(R, "could the board just sell the corrie dawn if money got tight?", [["special resolution"], ["50%"]],
  ["may not be sold, except to buy a replacement, without the approval of a special resolution"])
a(R, "i've got 5000 shares so i get more votes than someone with 25 right?", [["one vote"]],
  ["Every member has one vote, whatever the number of shares they hold."])
a(R, "can i sell my shares to my neighbour", [["cannot be transferred"], ["death"]],
  ["Shares cannot be transferred or sold to another person"])
a(R, "how do i get my money back out of my shares", [["3 months"], ["Secretary"]],
  ["by giving 3 months' written notice to the Secretary"])
a(R, "what counts as a resident member? i'm only on brannoch half the year", [["6 months"], ["main home"]],
  ["individuals whose main home is on Brannoch and who live there for at least 6 months in each year"])
a(R, "how many members does it take to force a special general meeting", [["50 members"], ["10%"]],
  ["signed by at least 50 members or by 10% of the members, whichever is fewer"])
a(R, "whats the quorum for the agm", [["30 members"], ["10%"]],
  ["The quorum for a general meeting is 30 members or 10% of the members"])
a(R, "how much notice do members get before a general meeting", [["14 clear days"]],
  ["At least 14 clear days' notice must be given of every general meeting"])
a(R, "cant make the agm, can someone vote for me?", [["proxy"]],
  ["by appointing another member as their proxy. No person may hold more than 3 proxies."])
a(R, "how big is the board and how many of them have to be islanders", [["9 directors"], ["majority"]],
  ["The Board has up to 9 directors",
   "Resident Directors must always be a majority of the directors in office."])
a(R, "how long is a director's term, and is there a limit on how many they can serve?", [["3 years"], ["3 consecutive terms"]],
  ["Directors are elected for a term of 3 years.",
   "No director may serve for more than 3 consecutive terms."])
a(R, "im 17 and a member, can i stand for the board?", [["under 18"]],
  ["A person may not be a director if they are under 18"])
a(R, "can the employee director be treasurer", [["may not be the Treasurer"]],
  ["The Employee Director may not be the Treasurer."])
a(R, "I'm a supporter member living in Glasgow. which board seats do I get to vote for?", [["Supporter Director seats only"]],
  ["Supporter Member 1 vote Supporter Director seats only"])
a(R, "who is allowed to be chair of the board", [["Resident Directors only"]],
  ["Chair Resident Directors only Chairs Board and general meetings"])
a(R, "how does the co-op expel a member, do they get a say?", [["two-thirds"], ["14 days"]],
  ["by a resolution passed by at least two-thirds of the directors present and voting",
   "has the right to attend and speak, with a companion if they wish"])
a(R, "if the board expels me can i appeal?", [["30 days"], ["general meeting"]],
  ["An expelled member may appeal to the next general meeting by writing to the Secretary within 30 days of the expulsion."])
a(R, "do members get a share of the profits like a dividend?", [["shared out", "No surplus"]],
  ["No surplus may be shared out among the members."])

# --- Tickets policy (PDF)
a(T, "how much to take my car over, its just a normal hatchback", [["32.00"], ["driver not included", "driver"]],
  ["Car, van or minibus up to 5.0 m long (driver"])
a(T, "how long till a refund shows up on my card", [["10 working days"]],
  ["Refunds are paid to the card or account used to pay, within 10 working days"])
a(T, "do kids under 5 need a ticket", [["no charge", "free"]],
  ["free but must still have a ticket issued at no charge."])
a(T, "im 67, is there any discount for me as a foot passenger?", [["Child fare"]],
  ["Passengers aged 60 and over pay the Child fare for foot passenger travel"])
a(T, "as a member of the co-op i get cheaper fares, right?", [["does not give any discount"]],
  ["Membership of the Co-operative does not give any discount on fares."])
a(T, "what documents do i need to apply for an island resident card", [["two documents"], ["3 months"]],
  ["from the following list, each dated within the last 3 months: a council tax bill, a utility bill, a"])
a(T, "how much is the resident card and how long is it valid", [["GBP 5"], ["3 years"]],
  ["The card costs GBP 5 for an adult and is free for children under 16. It is valid for 3 years."])
a(T, "we've got a holiday cottage on brannoch, can we get resident cards?", [["not entitled"]],
  ["Owners of second homes and holiday lets on Brannoch are not entitled to a"])
a(T, "my mum has a blue badge, does her carer travel free?", [["Access Card"], ["one companion"]],
  ["An Access Card holder may bring one companion free of charge on every journey."])
a(T, "i live on the island and have a hospital appointment on the mainland, do i have to pay for the ferry?", [["24 hours"], ["appointment letter", "letter"]],
  ["travels free, with one escort and one car, if:",
   "the sailing is booked at least 24 hours before departure, except in an emergency; and"])
a(T, "how long is a ten journey carnet valid for", [["12 months"]],
  ["It is valid for 12 months from the date of"])
a(T, "can my partner use my carnet?", [["Household"]],
  ["A carnet may be used by any member of the same Household"])
a(T, "need to move my car booking to the next day, is there a fee for changing?", [["24 hours"], ["GBP 6"]],
  ["You may change the date or time of a vehicle booking free of charge up to 24 hours",
   "GBP 6 per change. If the new fare is higher you pay the difference; if it is lower we refund the"])
a(T, "if i cancel my car booking 3 days before, what do i get back", [["GBP 5"]],
  ["Refund less a GBP 5 administration fee"])
a(T, "cancelled my car booking about 30 hrs before the sailing, how much refund do i get", [["50%"]],
  ["24 to 48 hours before", "50% refund"])
a(T, "ferry got cancelled because of the weather, can i get my money back?", [["full refund"], ["28 days"]],
  ["If we cancel a sailing for any reason, including weather, you may choose either to travel",
   "A refund for a cancelled sailing must be requested within 28 days of the date of the"])
a(T, "boat broke down and we got in 2.5 hours late. any compensation?", [["50%"]],
  ["arrival 2 hours or more late: 50% of the fare paid for that journey."])
a(T, "do u pay compensation when the ferry is delayed by bad weather", [["No compensation"]],
  ["No compensation is payable for delays or cancellations caused by weather"])
a(T, "whats the fine if you get caught on the ferry without a ticket", [["GBP 20"], ["twice"]],
  ["must pay a penalty fare of GBP 20 or twice the standard single fare, whichever is higher."])
a(T, "not happy with what the ticket office decided about my refund. who do i appeal to?", [["Ferry Manager"], ["Passenger Committee"]],
  ["Supervisor. If you disagree with a decision, you may ask the Ferry Manager to review it within",
   "If you are still not satisfied, you may appeal in writing to the Passenger Committee"])

near = [
  "what's the max height for vehicles on the car deck? i've got a roof box",
  "am i allowed to fly my drone off the top deck to film the crossing?",
  "is there wifi on the corrie dawn?",
  "whats the minimum age to join the discord server?",
  "how many moderators does the discord have?",
  "can i add my own bot to the discord server?",
  "what interest rate did the co-op pay on shares last year?",
  "do directors get paid for being on the board?",
  "who is the current chair of the co-op?",
  "where is the agm being held this year?",
  "do you do group discounts, like for a school trip of 30 kids?",
  "can i pay with american express at the ticket office?",
  "how much does it cost to bring a trailer of sheep over to the island?",
  "what time is the first sailing on a sunday?",
  "is there a cafe or anywhere to buy food on the ferry?",
  "how long does the crossing take?",
  "how much does it cost to park at ardcullen pier?",
  "how long do you keep lost property before getting rid of it?",
  "can i buy a gift voucher for someone's ferry trips?",
  "how much notice do directors get before a board meeting?",
  "how much is a mooring for a yacht in port brannoch harbour for the summer?",
]
off = [
  "anyone know a good fish and chip shop in glasgow?",
  "whats the capital of norway",
  "can someone help me fix my python script it keeps crashing",
  "whats a good recipe for cheese scones",
  "who won the six nations this year?",
  "how do i change my nickname on discord",
  "what's the best budget phone to buy right now?",
]
assert len(A) == 80 and len(near) == 21 and len(off) == 7
with open("/work/sets/fictional-ferry/questions.jsonl", "w") as f:
    n = 0
    for c in A:
        n += 1
        f.write(json.dumps({"id": f"FF{n:03d}", **c}, ensure_ascii=False) + "\n")
    for q in near + off:
        n += 1
        f.write(json.dumps({"id": f"FF{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []}, ensure_ascii=False) + "\n")
