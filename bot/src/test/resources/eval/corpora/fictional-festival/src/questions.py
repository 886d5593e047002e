#!/usr/bin/env python3
"""Writes questions.jsonl. Run from the set folder: python3 src/questions.py"""
import json

T, V, S, P = 'ticket-terms', 'volunteer-agreement', 'site-rules', 'privacy-notice'
A = []  # (doc, q, facts, evidence)

def a(doc, q, facts, evidence):
    A.append(dict(doc=doc, q=q, expect='answer', facts=facts, evidence=evidence))

# ---- TICKET_TERMS
a(T, "how much is a weekend adult ticket? and is there a booking fee on top of that", [["165"], ["4.50"]],
  ["Weekend Adult 18+ 165.00 Arena Fri-Sun, General Camping", "A booking fee of GBP 4.50 is charged on each ticket and pass"])
a(T, "can i pay for my weekend ticket in instalments? how much up front and when does it all have to be paid off", [["25%"], ["31 May"]],
  ["you pay a deposit of 25% of the face value, plus the booking fee,", "instalment must be paid by 31 May 2026"])
a(T, "my payment plan instalment just failed 😬 do i lose my ticket??", [["7 days"], ["cancelled"]],
  ["if an instalment fails we will email you and try again 7 days later;", "if the second attempt also fails, the order is cancelled and the"])
a(T, "whats the max number of tickets i can get in one order", [["6"]],
  ["You may buy no more than 6 tickets in one order, and no more than 6"])
a(T, "how do the fair share tickets work? what do i need to show to get one", [["95"], ["means-tested benefit", "Universal Credit", "Pension Credit"]],
  ["Fair Share Adult 18+ 95.00 As Weekend Adult (see 3.5)", "must upload proof that you receive a means-tested benefit, such as"])
a(T, "im 15 and my mum said she'll sign the youth consent form so i can go on my own with my mates, thats fine right?", [["16"], ["accompanied"]],
  ["anyone under 16 must be accompanied at all times by an adult aged 18", "16 and 17 year olds may attend without an adult only if they bring a"])
a(T, "how many kids under 16 can one adult be in charge of", [["4"]],
  ["one adult may be responsible for no more than 4 people under 16"])
a(T, "do i need to buy a ticket for my 3 year old?", [["free"], ["lead booker's order", "registered", "added"]],
  ["Children under 5 go free but must be added to the lead booker's order so"])
a(T, "will they accept my student card as ID at the box office", [["not accepted", "aren't accepted", "don't accept", "do not accept"], ["passport", "driving licence", "PASS"]],
  ["carries the PASS hologram. Student cards, bank cards and photocopies are", "Anyone who looks under 25 may be asked for photo ID. We accept a"])
a(T, "lost my wristband in the crowd last night, can i get a replacement at the box office?", [["not be replaced", "won't be replaced", "new ticket"]],
  ["will not be replaced if lost; you would need to buy a new ticket at"])
a(T, "got a saturday ticket. if i go back to the car around 7pm can i get back in after?", [["18:00"]],
  ["Holders of Saturday tickets may not come back in after 18:00"])
a(T, "my mate cant come anymore, can i put her ticket in someone elses name? is there a deadline", [["24 July"], ["free", "GBP 5"]],
  ["Name changes close at 23:59 on Friday 24 July 2026.", "first name change on each ticket is free; each further change costs"])
a(T, "if i sell my ticket on the resale exchange do i get the full amount back", [["10%"], ["booking fee"]],
  ["face value less a handling charge of 10%. The booking fee you paid is"])
a(T, "what happens to our money if the whole festival gets cancelled before it starts", [["30 days"], ["booking fee"]],
  ["If we cancel the Festival before the gates open, we will refund the face", "value and the booking fee of every ticket within 30 days of announcing"])
a(T, "what if a storm shuts everything down on the saturday, do weekend ticket holders get any money back", [["50%"], ["24 hours"]],
  ["where less than 24 hours of the programmed arena time has taken", "we will refund 50% of the face value of Weekend tickets"])
a(T, "the headliner just pulled out 😡 can i get a refund on my ticket", [["line-up"], ["not a reason", "no refund", "not refundable"]],
  ["Changes to the line-up, the running order, stage times or the layout of", "the site are not a reason for a refund."])
a(T, "how much is parking, and can i just pay when i get there", [["15"], ["20"]],
  ["Every car parked on site must show a Car Park Pass. Passes cost GBP 15", "in advance or GBP 20 at the gate if spaces are left."])
a(T, "ive got a car park pass so i can just sleep in my car in the car park, yeah?", [["Campervan"]],
  ["Nobody may sleep in a vehicle in the car parks. Sleeping in a vehicle is", "allowed only in the Campervan Field with a Campervan Pass."])
a(T, "how much is the shuttle bus from ashcombe station", [["GBP 6", "6"]],
  ["from 09:00 on Friday until 13:00 on Monday. A return ticket costs GBP 6"])
a(T, "i complained about my refund 2 weeks ago, how long do u take to answer and who do i go to if im still not happy", [["20"], ["trustee"]],
  ["acknowledged within 5 working days and answered in full within 20", "reviewed by a trustee who was not involved"])

# ---- volunteer agreement (html)
a(V, "how old do u have to be to volunteer", [["18"]],
  ["You must be 18 or over on 7 August 2026."])
a(V, "my daughter is 17 and wants to join the crew, is that allowed?", [["Young Crew"], ["parent", "guardian"]],
  ["The only exception is the Young Crew litter-picking team, which takes 16 and 17 year olds",
   "whose parent or guardian is also volunteering at the Festival and working the same shifts"])
a(V, "how many shifts do i need to do to get a free weekend ticket", [["3 shifts", "18 hours"]],
  ["Festival Crew 3 shifts of 6 hours (18 hours) Weekend ticket Crew Campsite"])
a(V, "whats the deposit for festival crew and when do we get it back", [["60"], ["21 days"]],
  ["1 meal voucher per shift, hot drinks in the Crew Kitchen £60",
   "We return your deposit to the card you paid with within 21 days after the Festival ends"])
a(V, "overslept and missed 1 of my 3 shifts but did the other two... do i lose my whole deposit??", [["half"]],
  ["If you miss one shift but do the others, we keep half of the deposit."])
a(V, "what do u actually get for doing build and break crew", [["Plus-one"], ["3 meals", "40"]],
  ["Weekend ticket and a Plus-one ticket Crew Campsite with hot showers from 1 August",
   "3 meals a day on working days, fuel allowance up to £40"])
a(V, "me and my mate are on the same team and agreed on discord to swap a shift, is that sorted then?", [["Crew Hub"], ["Team Lead"]],
  ["You can swap a shift with another volunteer in the same team through the Crew Hub",
   "Swaps need your Team Lead's approval; a swap agreed only in Discord does not count."])
a(V, "when do we find out our shift times", [["15 July"]],
  ["Shift rotas are published in the Crew Hub on 15 July."])
a(V, "i signed up to volunteer but cant make it now :( its 20 june, do i get my deposit back", [["1 July"]],
  ["If you cancel by 1 July 2026 your deposit is returned in full."])
a(V, "is it ok to have a pint at lunch and then go back on shift?", [["8 hours"]],
  ["no alcohol in the 8 hours before a shift or during it"])
a(V, "how long r the breaks on a 6 hr shift", [["20 minutes"]],
  ["Every shift of 6 hours includes a break of at least 20 minutes"])
a(V, "what counts as a no show? i might be a bit late to my first shift cos of trains", [["2 hours"], ["30 minutes"]],
  ["the Crew Office at least 2 hours before it starts",
   "Arriving more than 30 minutes late without a good reason is treated as a no-show."])
a(V, "can i use my crew meal vouchers for beer", [["alcohol"]],
  ["They have no cash value and cannot be swapped for alcohol."])
a(V, "who decides if a volunteer gets banned and how long can the ban be for", [["Volunteer Panel"], ["3 years"]],
  ["After the Festival the Volunteer Panel may bar you from volunteering for up to 3 years."])
a(V, "i got sent off site by the crew manager yesterday, can i appeal? how long have i got", [["14 days"], ["Volunteer Panel", "crewpanel@brackenfold.org.uk"]],
  ["within 14 days of being told of the decision", "It will decide within 28 days, and its decision is final."])
a(V, "do i need a dbs check to volunteer in the kids field, and do i have to pay for it", [["enhanced DBS"], ["pays"]],
  ["Volunteers in the Kids' Field and on the Welfare team need an enhanced DBS check.", "The Trust arranges and pays for it."])
a(V, "if i see the artists backstage can i post pics on my insta", [["backstage"]],
  ["not take photos or video of artists, backstage areas or crew briefings, or post them online"])
a(V, "where does the money go when someone loses their deposit", [["Community Fund"]],
  ["Deposits kept are added to the Trust's Community Fund",
   "which pays for Fair Share tickets and for local schools' workshops"])
a(V, "team leads have to pay a bigger deposit than normal crew right? how much is it", [["no deposit", "do not", "don't pay", "None"]],
  ["Day Crew and Festival Crew pay a deposit; Team Leads and Build and Break Crew do not."])
a(V, "tbh i cant really afford the £60 deposit rn, is there any help?", [["hardship waiver"]],
  ["ask the Volunteer Coordinator for a hardship waiver before you confirm",
   "a request does not need any evidence and is kept private"])

# ---- camping, accessibility and site rules (docx)
a(S, "how much booze can i bring for the weekend? and can i take it into the arena", [["24 cans"], ["3 litres"], ["not into the arena"]],
  ["Up to 24 cans of beer or cider, or 3 litres of wine in plastic bottles or boxes",
   "You may bring your own alcohol into the campsites but not into the arena."])
a(S, "can i bring a bottle of vodka to the campsite if its decanted into a plastic bottle", [["Spirits"]],
  ["Spirits Not allowed Not allowed Spirits can be bought at the bars"])
a(S, "are disposable bbqs allowed? what about a proper bbq", [["not allowed"], ["Campervan Field"]],
  ["disposable barbecues are not allowed anywhere on site",
   "raised charcoal barbecues, at least 30 cm off the ground, are allowed only in the Campervan Field"])
a(S, "my mate said chimeneas are fine in family camping as long as theyre off the ground, is that right?", [["not allowed anywhere", "not allowed", "banned"]],
  ["Open fires, fire pits and chimeneas are not allowed anywhere on site."])
a(S, "what are the quiet hours in quiet camping", [["23:00"], ["08:00"]],
  ["Quiet hours are from 23:00 to 08:00, when no music may be played"])
a(S, "till what time can we play music at our tent in general camping", [["02:00"]],
  ["In General Camping all music must be off from 02:00 to 08:00."])
a(S, "can i bring my dog? hes really chill", [["assistance dogs"]],
  ["Dogs are not allowed on site, except assistance dogs"])
a(S, "how big a gazebo am i allowed in general camping", [["3 metres by 3 metres", "3 m x 3 m"]],
  ["gazebos larger than 3 metres by 3 metres are not allowed in General Camping or Quiet Camping"])
a(S, "how do i get my £5 recycling bond back", [["Recycling Exchange"], ["recycling bag"]],
  ["the bond is paid back in cash at the Recycling Exchange by the main gate",
   "when you hand in a full Brackenfold recycling bag"])
a(S, "can we run a generator for the van in the campervan field? any time limits", [["2 kVA"], ["22:00"]],
  ["They must be rated under 2 kVA and may only be run between 08:00 and 22:00."])
a(S, "what proof do i need to get a PA ticket for my carer", [["Access Card", "PIP", "Adult Disability Payment", "letter from a doctor"]],
  ["An Access Card with the +1 symbol, a PIP or Adult Disability Payment award letter",
   "or a letter from a doctor, nurse or social worker dated in the last 12 months"])
a(S, "when do access applications close and how long does it take to hear back", [["10 July"], ["10 working days"]],
  ["open on 1 March 2026 and close on 10 July 2026", "within 10 working days of a complete application"])
a(S, "how many people can camp with me on an accessible campsite pitch", [["3"]],
  ["A pitch in Long Meadow for you and up to 3 people"])
a(S, "how close is the blue badge parking to the gate and what do i have to show", [["50 metres"], ["Blue Badge"]],
  ["Parking in the Blue Badge car park, 50 metres from the main gate", "A valid Blue Badge in your name, shown on arrival"])
a(S, "i need to keep my insulin cold, is there a fridge? do i need to send proof for that", [["fridge"], ["None needed", "no proof", "not needed", "don't need"]],
  ["Fridge space for medicines Space in a locked medical fridge at the Access Hub None needed"])
a(S, "got a PA ticket last year, do i have to send my proof again this year?", [["2024"]],
  ["can be renewed from last year without new proof if your condition has not changed",
   "your proof was accepted in 2024 or later"])
a(S, "is there a bsl interpreter for any of the sets", [["Main Stage"]],
  ["a British Sign Language interpreter is booked for the main evening sets on the Main Stage"])
a(S, "what do i do if i lose my kid on site", [["steward"], ["Lost Children point"]],
  ["tell the nearest steward, who will radio the Lost Children point",
   "if a child has not been reunited within 30 minutes, the police are told"])
a(S, "can i vape inside the marquees if its raining", [["not allowed", "aren't allowed", "not permitted"]],
  ["Smoking and vaping are not allowed in any tent, marquee or covered area"])
a(S, "what happens if security catch u breaking the site rules, do u get kicked out straight away", [["ask you to stop"], ["remove you from the site", "confiscate"]],
  ["Stewards will usually ask you to stop first.",
   "remove you from the site, in which case your wristband is cut and no refund is given"])

# ---- privacy, filming and photography notice (pdf)
a(P, "whats the name of ur data protection officer? i need to send them a request", [["Tomasz Wierzba"]],
  ["Our Data Protection Lead is Tomasz Wierzba. You can contact him at",
   "not have a formally appointed Data Protection Officer; the Data Protection Lead does that job"])
a(P, "is there cctv in the campsites? and how long do u keep the footage", [["no CCTV", "no cameras", "camping fields"], ["31 days"]],
  ["There are no CCTV cameras in the camping fields themselves.",
   "kept for 31 days unless it is needed for an investigation or a claim"])
a(P, "i really dont want to end up in any of the festival photos, what can i do", [["blue"], ["lanyard"]],
  ["If you do not want to appear in our pictures, collect a free blue",
   "Box Office or any Info Point and wear it where it can be seen"])
a(P, "found a pic of me looking rough on ur instagram lol, can u take it down? how long does that take", [["14 days"]],
  ["remove it from our own channels within 14 days and from our archive if you ask"])
a(P, "what happens to the medical letters i uploaded for the access scheme after", [["30 days"], ["31 December"]],
  ["We delete the proof you send within 30 days of our", "decision, and keep a short note of what we offered you until 31 December"])
a(P, "do u keep a copy of my passport when they check ID at the box office?", [["not kept", "don't keep", "do not keep", "do not scan", "don't scan", "do not copy", "don't copy", "record only"]],
  ["When you show photo ID at the Box Office, we do not scan, photograph or copy it."])
a(P, "how long do u keep my ticket order details", [["6 years"]],
  ["6 years after the end of the financial year"])
a(P, "do u sell our data to sponsors?", [["never sell", "don't sell", "do not sell"]],
  ["We never sell personal information and we do not let sponsors or artists use our mailing lists."])
a(P, "can press photographers take pics of me in the accessible campsite or the welfare tent", [["never film", "do not film", "don't film", "not film"], ["Accessible Campsite", "Welfare Tent"]],
  ["We do not film or photograph in the Welfare Tent, the Medical Centre, the Quiet Tent, the",
   "We ask accredited press to keep to the same rule and withdraw accreditation from anyone"])
a(P, "will ur photographers take pictures of my kids? i dont want their names online", [["16"], ["name"]],
  ["Our photographers do not take close-up or posed pictures of children under 16 unless a",
   "parent or guardian agrees at the time, and they never publish a child's name with a picture."])
a(P, "can i livestream the headliners whole set on tiktok", [["complete sets", "full sets", "whole set"]],
  ["or record complete sets: many artists do not allow it."])
a(P, "whens the deadline to apply for press accreditation", [["30 June"]],
  ["Applications for press accreditation close on 30 June 2026."])
a(P, "can i fly my drone to get some crowd shots for my vlog", [["licensed drone operator", "licensed operator", "licensed"]],
  ["Only our licensed drone operator may fly drones over the site."])
a(P, "i asked for a copy of all the data u have on me, how long do u have to reply and do i have to pay", [["one month"], ["fee"]],
  ["proof of identity. We reply within one month, which we may extend by two further months for",
   "a fee unless a request is clearly unfounded or excessive."])
a(P, "who runs the medical tent and do you get to see my medical records from it", [["Fellside"], ["count"]],
  ["The Medical Centre is run by Fellside Event Medical Ltd, which is a separate controller of the",
   "We only receive a count of the people treated and a short note of any incident"])
a(P, "does my discord stuff get sent to the US?", [["United States"]],
  ["Discord is run by Discord Inc. in the United States."])
a(P, "how long do u keep volunteer applications and shift records", [["2 years"]],
  ["2 years after the last Festival you"])
a(P, "i got banned from brackenfold a while ago, how long do u keep that on record", [["3 years"], ["ban lasts"]],
  ["3 years, or for as long as a ban lasts if that"])
a(P, "if im unhappy with how u handle my data where can i complain", [["ICO", "Information Commissioner"]],
  ["have the right to complain to the Information Commissioner's Office (ICO), www.ico.org.uk,",
   "If you are unhappy with how we have used your information, please tell us first. You also"])
a(P, "what happens to the youth consent form for my 16 yr old after the festival", [["shredded"], ["30 days"]],
  ["kept in locked boxes at the Box Office and are shredded within 30 days of the"])

NEAR = [
    "is there a student discount on weekend tickets?",
    "what time does the arena shut on the friday and saturday nights",
    "are hammocks allowed in the campsite? wanna string one between trees",
    "how much is a locker if i only need it for the saturday",
    "do the showers in general camping cost extra? how much",
    "is the festival cashless or can i pay cash at the bars",
    "can i take my own food into the arena or do i have to buy it there",
    "how many ppl are going in total, whats the capacity of the site",
    "if i volunteer this year am i guaranteed a ticket or crew place for next year?",
    "what ages can join in the activities in the kids field",
    "which ticket insurance do u recommend and how much does it cost",
    "how do i get a trading permit to sell my jewellery and how much is a stall",
    "when do tickets for 2027 go on sale",
    "how many years do u have to volunteer before u can become a team lead",
    "who's the festival director?",
    "what company do u use for the newsletter emails",
    "how many people are allowed on one pitch in general camping",
    "is there wifi anywhere on site? need to check emails lol",
    "how often does the shuttle bus run from the station, like every 30 mins?",
    "can i bring an electric scooter to get around the site",
    "whats the max decibel limit at the main stage",
]
OFF = [
    "whats the weather gonna be like this weekend",
    "can anyone recommend a decent 2 person tent under 100 quid",
    "who won the pub quiz in the beer tent last night lol",
    "any good pubs in ashcombe for after?",
    "how do i get glitter out of my hair, asking for a friend",
    "can u help me write a cover letter for a bar job",
    "whats the chords for wonderwall, want to play it round the fire",
]

rows = []
for x in A:
    rows.append(x)
for q in NEAR + OFF:
    rows.append(dict(doc=None, q=q, expect='abstain', facts=[], evidence=[]))
assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7
with open('questions.jsonl', 'w', encoding='utf-8') as f:
    for i, r in enumerate(rows, 1):
        f.write(json.dumps({'id': f'FE{i:03d}', 'doc': r['doc'], 'q': r['q'], 'expect': r['expect'],
                            'facts': r['facts'], 'evidence': r['evidence']}, ensure_ascii=False) + '\n')
print(len(rows))
