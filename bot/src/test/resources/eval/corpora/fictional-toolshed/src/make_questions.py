import json
A = []
def a(doc, q, facts, ev):
    A.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})

# ---- BORROWING_RULES (rules)
d = "rules"
a(d, "how old do i have to be to get a membership in my own name?", [["18"]],
  ["must be aged 18 or over to hold a membership in your own name"])
a(d, "my son is 16, can he borrow stuff or does it have to be me", [["Junior Borrower"], ["guarantor"]],
  ["A young person aged 16 or 17 may hold a Junior Borrower card if a", "parent or guardian who is a member signs as their guarantor"])
a(d, "do u photocopy my passport when i sign up??", [["do not photocopy", "not photocopy"]],
  ["We look at these documents and record that we have seen them", "do not photocopy or scan them"])
a(d, "how long can i keep a pressure washer for", [["4 days"]],
  ["Carpet cleaners, pressure 4 days GBP 40"])
a(d, "whats the max number of things i can have out at once", [["5 items", "up to 5"], ["2"]],
  ["A member may hold up to 5 items at once. No more than 2 of those"])
a(d, "can i just DM one of the mods on discord to reserve the tile cutter for next weekend?", [["not reservations", "will not be actioned"]],
  ["in the Discord server, including by direct message to a volunteer", "or a moderator, are not reservations and will not be actioned"])
a(d, "got the email that my reserved item is ready - how long will u hold it before it goes to the next person", [["2 open days"]],
  ["you for 2 open days. If you do not collect it within that time the"])
a(d, "is the counter open on sundays", [["Wednesday"], ["Thursday"], ["Saturday"]],
  ["Wednesday 5.00 pm to 8.00 pm", "Saturday 10.00 am to 2.00 pm"])
a(d, "can i renew the carpet cleaner? need it a couple more days tbh", [["cannot be renewed"]],
  ["6.3 Category C items cannot be renewed"])
a(d, "how many times can i renew a drill, and how far ahead do i have to ask?", [["once"], ["24 hours"]],
  ["You may renew a loan once, for the same loan period", "email at least 24 hours before the item is due back"])
a(d, "can i just leave stuff in the porch if ur closed when i come past", [["stays on your account", "remain responsible"]],
  ["Dairy, in the porch or with a neighbour. An item left unattended", "stays on your account, and you remain responsible for it, until a"])
a(d, "do i need some kind of training before i can take out the mitre saw", [["induction"]],
  ["Before you may borrow a Category D item you must complete a free"])
a(d, "i did the chainsaw induction ages ago so im good forever right?", [["2 years"]],
  ["for 2 years, after which you must repeat it"])
a(d, "can my flatmate use the jigsaw i borrowed or is it strictly only me", [["household"], ["remain responsible"]],
  ["You may let members of your household use", "an item you have borrowed, but you remain responsible for it"])
a(d, "im a self employed decorator, am i allowed to use the library's wallpaper steamer on a paying job", [["paid work"]],
  ["use an item for paid work or to earn money, except that a"])
a(d, "my drill started smoking halfway through a job, how quickly do i need to let you know", [["24 hours"]],
  ["stop using it and tell us within 24 hours by email or at the"])
a(d, "someone nicked the sander i borrowed out of my van, what do i do??", [["crime reference"], ["7 days"]],
  ["a crime reference number and give it to us within 7 days"])
a(d, "when is the repair cafe on", [["second and fourth Saturday"], ["11.00 am"]],
  ["The Repair Cafe runs on the second and fourth Saturday of each", "month from 11.00 am to 3.00 pm at The Old Dairy"])
a(d, "can u guys fix my microwave at repair cafe? it just stopped heating", [["microwave ovens"]],
  ["(b) microwave ovens, including combination microwave ovens"])
a(d, "the loans coordinator suspended me for 2 weeks and i think its unfair. how do i appeal and who hears it?", [["Secretary"], ["21 days"], ["2 trustees"]],
  ["the Secretary of the Board within 21 days of the decision. The", "appeal is heard by 2 trustees who were not involved. Their"])

# ---- privacy notice (privacy)
d = "privacy"
a(d, "do you keep a copy of my ID after checking it?", [["never copy", "never copy, photograph or scan"]],
  ["We never copy, photograph or scan your ID or your proof of address"])
a(d, "how long do u keep my loan history", [["18 months"], ["anonymised"]],
  ["18 months after the item is returned; after that it is anonymised"])
a(d, "if i let my membership run out how long until you delete my details", [["2 years"]],
  ["While you are a member, then 2 years after your membership lapses"])
a(d, "how long is the cctv footage kept", [["30 days"]],
  ["Recordings are overwritten automatically after 30 days"])
a(d, "are there cameras in the repair cafe bit?", [["no cameras"]],
  ["There are no cameras in the Repair Cafe workshop or the toilets"])
a(d, "who's your data protection officer and how do i contact them", [["Data Protection Lead"], ["privacy@sparrowmerethings.org.uk"]],
  ["The Board of Trustees has appointed one trustee as our Data Protection Lead", "We are not required to appoint a formal Data Protection Officer"])
a(d, "why do you need my full date of birth, do you keep it forever?", [["year of birth"]],
  ["We use your date of birth only to check that you are old enough to borrow", "after that we keep only your year of birth"])
a(d, "if i link my discord to my membership number who can actually see that", [["Membership Officer"], ["lead moderators"]],
  ["only the Membership Officer and the two lead moderators can see the link"])
a(d, "can the discord mods read my DMs?", [["cannot see"]],
  ["they cannot see your email address or your direct messages with other people"])
a(d, "how long have you got to answer a subject access request", [["one month"]],
  ["We will reply within one month of receiving it"])
a(d, "does it cost anything to ask for a copy of my data", [["no charge"]],
  ["There is no charge for making a request"])
a(d, "do u sell member data? or hand it to debt collectors if someone owes fees?", [["never sell"], ["do not pass"]],
  ["we never sell it or give it to anyone for marketing", "We do not pass any information to debt collection agencies"])
a(d, "do i have to show my benefits letter to get the concession rate", [["do not ask to see", "do not keep any evidence"]],
  ["We do not ask to see benefit letters and we do not keep any evidence"])
a(d, "i left my phone number at the repair cafe sign in, when does that get deleted", [["12 months"]],
  ["Contact details deleted after 12 months"])
a(d, "how long do you keep gift aid declarations", [["6 years"]],
  ["6 years after the last donation the declaration covers"])
a(d, "does the website track me? what cookies do you use", [["strictly necessary"], ["Accept"]],
  ["Our website uses cookies that are strictly necessary to keep you logged in", "We also use a privacy-friendly analytics cookie to count visits"])
a(d, "im 17 and my mum is my guarantor - can she see what ive borrowed?", [["guarantor can see"]],
  ["your guarantor can see your loans and any fees you owe"])
a(d, "who do i complain to if i think you've mishandled my data", [["Information Commissioner", "ICO"]],
  ["You also have the right to complain to the Information Commissioner's Office at any time", "please tell us first so that we can try to put it right"])
a(d, "on what legal basis do you use my details to run my loans", [["contract"]],
  ["your membership is an agreement between you and us"])
a(d, "if i ask you to delete my account while i still have a tool out, what happens", [["once the item is back"]],
  ["we will close your membership once the item is back and the account is settled"])

# ---- handbook (docx)
d = "handbook"
a(d, "how many trustees does the charity need to have", [["at least 5"], ["11"]],
  ["The Charity has at least 5 and no more than 11 trustees"])
a(d, "how long is a trustee term and is there a max?", [["3 years"], ["9 years", "3 consecutive terms"]],
  ["A trustee serves for a term of 3 years", "A trustee may serve no more than 3 consecutive terms (9 years in all)"])
a(d, "if the trustees vote with emoji reactions in the #trustees channel does that count as a decision", [["not a decision"]],
  ["including the private #trustees channel, is not a decision of the trustees"])
a(d, "whats the quorum for the agm", [["12 voting members"], ["10%"]],
  ["The quorum at a general meeting is 12 voting members or 10% of the voting members"])
a(d, "does posting the AGM notice in #announcements count as proper notice?", [["does not on its own count", "not on its own"], ["14 clear days"]],
  ["but a post on Discord does not on its own count as notice", "at least 14 clear days before the meeting"])
a(d, "I pay my membership so I get a vote at the AGM right?", [["no vote"], ["in writing"]],
  ["Borrowing members are not members of the CIO in law and have no vote", "who has asked in writing to become a voting member"])
a(d, "how much can the loans coordinator spend on stock without asking anyone", [["250"]],
  ["Up to GBP 250 per purchase, within the budget"])
a(d, "who has to approve spending over 2500 quid", [["quorate meeting"]],
  ["Spending over GBP 2,500, leases, loans and contracts over 12 months", "Trustees at a quorate meeting"])
a(d, "can a 16 yr old volunteer on the counter", [["16"], ["18 or over"]],
  ["Anyone aged 16 or over may volunteer", "must always work a shift alongside a volunteer aged 18 or over"])
a(d, "do volunteers need a DBS check", [["do not need a DBS check", "do not need a DBS"]],
  ["Volunteers do not need a DBS check for any role"])
a(d, "whats the mileage rate if i drive to pick up a donation", [["45p"]],
  ["Mileage is paid at 45p per mile for cars and 20p per mile for bicycles"])
a(d, "how long have i got to put in an expenses claim, and how fast do i get paid?", [["3 months"], ["30 days"]],
  ["with receipts, within 3 months of the spending", "The Treasurer pays approved claims within 30 days"])
a(d, "when im on shift can i just check out my own loan", [["must not"]],
  ["Volunteers must not process their own loans"])
a(d, "do volunteers get free membership?", [["6 shifts"], ["does not cover deposits"]],
  ["who has completed at least 6 shifts in the previous 12 months receives their next year", "this does not cover deposits"])
a(d, "how long can a mod time someone out for", [["7 days"]],
  ["time out a user for up to 7 days"])
a(d, "got banned from the discord server, is there any way to appeal?", [["Volunteer Coordinator"], ["30 days"]],
  ["may ask the Volunteer Coordinator to review the ban by email within 30 days"])
a(d, "if a mod bans me from discord does that stop me borrowing tools", [["does not affect their borrowing", "does not affect"]],
  ["it does not affect their borrowing"])
a(d, "how often do the electrical items get PAT tested", [["12 months"], ["after a repair"]],
  ["are PAT tested when they are first added to stock and then at least every 12 months"])
a(d, "one of the trustees wants to buy stock from their brother's shop, can they vote on it", [["declare"], ["must not vote"]],
  ["A trustee must declare any interest, direct or indirect", "must leave the meeting while the matter is discussed"])
a(d, "who can waive late fees over 50 quid", [["Treasurer"], ["300"]],
  ["Waiving charges over GBP 50, or refunds outside the Fees Policy", "Treasurer and one other trustee"])

# ---- fees PDF
d = "fees"
a(d, "hi whats the standard membership cost per year", [["GBP 30"]],
  ["Of the Supporter fee, GBP 30 is the membership fee and GBP 30 is a donation", "Any adult aged 18 or over"])
a(d, "im a full time student, is there a cheaper membership?", [["Concession"], ["GBP 10"]],
  ["Adults receiving a means-tested benefit, full-time"])
a(d, "can i pay the membership monthly", [["Monthly payments are not available", "not available"]],
  ["We do not accept cheques. Monthly payments are not available"])
a(d, "is there any grace period if i bring something back a bit late", [["first open day"]],
  ["No fee is charged for the first open day an item is late"])
a(d, "whats the most i can get charged in late fees for a carpet cleaner", [["GBP 40"]],
  ["the most that can be charged in late fees for one"])
a(d, "so late fees are per day? a week late = 7 days of fines?", [["open day"], ["three open days"]],
  ["Late fees are charged for each open day an item is late, not for each calendar day",
   "The counter is normally open three days a week, so a week late usually means three"])
a(d, "my daughter is 17 and on a junior card, she's late with a board game - will she get fined?", [["not charged late fees"], ["guarantor"]],
  ["Junior Borrowers are not charged late fees. Instead, after 7 days the Loans"])
a(d, "the library didnt open last wednesday cos there werent enough volunteers. do i still get charged for that day", [["No late fees"]],
  ["3.5 No late fees are charged for any day on which the counter was due to open but did"])
a(d, "at what point does an overdue thing count as lost", [["28 days"]],
  ["An item not returned within 28 days of its due date is treated as lost"])
a(d, "i owe like 12 quid in late fees, can i still borrow?", [["GBP 10"]],
  ["or while you owe GBP 10 or more in", "3.7 While an item is more than 7 days overdue"])
a(d, "how long till i get my deposit back if i paid by card", [["5 working days"]],
  ["by card: we start the refund the same day, and it normally reaches your account"])
a(d, "im on a concession membership - do i still have to pay a deposit for the pressure washer?", [["half"], ["GBP 20"]],
  ["Concession members pay no deposit for Category B items, and half the deposit for"])
a(d, "what happens to a cash deposit i forgot to pick up", [["12 months"], ["donation"]],
  ["Cash deposits that are not collected are held for 12 months from the date of return"])
a(d, "the sanding sheets were totally worn when i brought the sander back, will i be charged", [["wear and tear"]],
  ["Fair wear and tear is never charged. This includes blunt blades and bits, worn"])
a(d, "oops i returned the carpet cleaner with dirty water still in the tank, is there a fee", [["cleaning charge"], ["GBP 10"]],
  ["cleaner or pressure washer returned with water left in a tank is always charged the"])
a(d, "dropped the jigsaw and cracked the base plate, how much is that gonna cost me", [["spare parts"], ["GBP 40"]],
  ["wear and tear, we charge the cost of the spare parts needed to repair it. We do not"])
a(d, "does it make any difference if i own up about damage straight away", [["halved"]],
  ["If you told us about the damage within 24 hours, as Rule 8.1 asks, the charge for"])
a(d, "joined last week but havent borrowed anything yet, can i get my money back", [["14 days"], ["full refund"]],
  ["Cooling-off period. You may cancel a new membership within 14 days of paying"])
a(d, "I'm moving to Leeds next month and only renewed 2 months ago, do i get anything back?", [["half"], ["20 miles"]],
  ["Moving away. If you move more than 20 miles from Sparrowmere within 3"])
a(d, "i think a damage charge i got is wrong. how do i challenge it", [["14 days"], ["Fees Panel"]],
  ["email the Loans Coordinator (or the Membership Officer, for refunds) within 14 days of",
   "Fees Panel within 21 days of the review decision. The Fees Panel is made up of the"])

NEAR = [
 "is there parking at the old dairy or do i have to get the pressure washer home on the bus",
 "is the old dairy wheelchair accessible? is there step free access to the counter",
 "whats the replacement value of the thermal camera, in case i lose it",
 "who's the chair of the trustees at the moment?",
 "when is the next AGM happening",
 "how do i put myself forward as a trustee, whats the nomination deadline",
 "how many weeks notice does a trustee have to give when they resign",
 "if i hurt myself using a borrowed chainsaw is the library liable for my injury",
 "whats the library's sort code and account number for paying a fee by bank transfer",
 "how long do you keep volunteers' emergency contact details after they stop volunteering",
 "do you run paid woodworking workshops? how much do they cost",
 "can i bring my own drill to get it PAT tested at the repair cafe",
 "how many kg of waste has the repair cafe saved so far this year",
 "who are the two lead moderators on the discord server",
 "whats the email address for the volunteer coordinator",
 "can i take the borrowed camping gear abroad on holiday with me",
 "which model of carpet cleaner do you lend, is it a vax?",
 "can i hire the old dairy for a private party on a sunday",
 "which firm does the independent examination of the charity's accounts",
 "how many items are in the catalogue altogether",
 "whats the phone number for the lending counter",
]
OFF = [
 "whats a decent cordless drill to buy for under 100 quid",
 "anyone know how to get a sourdough starter going",
 "when do the bins get collected in SM2 this week",
 "is it going to rain on saturday",
 "how do i change my nickname colour on discord",
 "whats the best way to get wallpaper paste off plaster",
 "can anyone recommend a plumber in sparrowmere",
]
out = []
n = 0
for c in A:
    n += 1
    out.append({"id": f"TS{n:03d}", **c})
for q in NEAR + OFF:
    n += 1
    out.append({"id": f"TS{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
with open("questions.jsonl", "w") as f:
    for c in out:
        f.write(json.dumps({k: c[k] for k in ["id", "doc", "q", "expect", "facts", "evidence"]}, ensure_ascii=False) + "\n")
print(len(A), len(NEAR), len(OFF), n)
