#!/usr/bin/env python3
"""Writes questions.jsonl (CY001..CY108) from the lists below."""
import json, os
H, G, J, W = 'handbook', 'group-rides', 'juniors', 'workshop'
A = [
# ---- CLUB_HANDBOOK (CY001-CY020)
(H, "how old is the club? like when did it start", [["1962"]], ["Kestlemoor Wheelers Cycling Club was founded in 1962 by a group of railway"]),
(H, "how much is it to join as an adult for the year", [["42"]], ["Adult GBP 42 18 and over All group rides, bike kitchen,"]),
(H, "me + my partner and our 3 kids all live together, whats the family price and does it cover all three kids?", [["78"], ["3 juniors", "three"]], ["Family GBP 78 2 adults + up Everything in Adult for both"]),
(H, "i only found u guys in november, do i still have to pay the full year price??", [["half"]], ["Anyone joining on or after 1 October pays half the price shown for the"]),
(H, "social membership is a tenner right? and can i still turn up to the sunday rides on it", [["12"], ["no group rides"]], ["Social GBP 12 16 and over Clubhouse, social nights, events"]),
(H, "totally forgot to renew on 1 april, am i out of the club already?", [["30 April"]], ["Subscriptions are due on 1 April and", "there is a grace period until 30 April"]),
(H, "joined last week and did one sunday ride, but i can still get a refund in the 30 day cooling off period yeah?", [["14 days"]], ["If you change your mind, you can have a full refund within 14 days of", "joining, as long as you have not been on a club ride or junior session."]),
(H, "i ride first claim for another club. if i join as 2nd claim do u need to know which club that is", [["name of their", "must give the name"]], ["their first claim. Second-claim members must give the name of their"]),
(H, "can a second claim member get elected onto the committee?", [["cannot stand", "cannot"]], ["workshop, but they cannot stand for the committee, and in open races they"]),
(H, "when is the agm held and how much warning do members get", [["May"], ["21 days"]], ["(AGM), which is held every May. Notice of the AGM is sent at least 21 days"]),
(H, "how many ppl have to show up at the agm for any decisions to count", [["30"]], ["before the meeting, and the meeting can only make decisions if at least 30"]),
(H, "how do i get my own key for the clubhouse, is there a cost", [["twelve months", "12 months"], ["10"]], ["ask the Club Secretary for a key fob after twelve months of membership; a", "refundable fob deposit of GBP 10 applies."]),
(H, "do we have a club time trial series? which night is it on", [["Thursday"]], ["The club runs a ten-mile time-trial series on Thursday evenings from May"]),
(H, "when is the kestlemoor hundred and how long are the routes", [["second Sunday", "June"], ["160"]], ["Our own sportive, the Kestlemoor Hundred, takes place on the second Sunday", "in June, with a 100 km route and a 160 km route over the moor. Members get"]),
(H, "its july, can i order a club jersey now or do i have to wait", [["September"]], ["Club kit is made to order in two windows a year: 1 to 21 March"]),
(H, "how much are the club bib shorts and the gilet?", [["62"], ["38"]], ["Bib shorts GBP 62, winter bib tights GBP 74.", "Gilet GBP 38, casquette GBP 12."]),
(H, "what am i meant to set my nickname to on the discord", [["initial"]], ["with your welcome e-mail. Set your server nickname to your first name and"]),
(H, "can i park at the clubhouse before the sunday ride or is there somewhere else", [["pay-and-display", "six"]], ["There are only six parking spaces, kept for riders with a disability"]),
(H, "my dog is super well trained, can he run next to me on a D ride?", [["not allowed", "no"]], ["No. Dogs are not allowed on club rides, though well-behaved dogs are"]),
(H, "the disciplinary panel suspended me and i think its unfair, who do i appeal to and by when", [["14 days"], ["President"]], ["A member may appeal in writing to the President within 14 days of the"]),
# ---- group-ride-rules.html (CY021-CY040)
(G, "whats the average speed on the B ride", [["26"]], ["26\u201329 km/h 70\u2013100 km No-drop: the group regroups at the top of every major climb"]),
(G, "if i get dropped on the A ride does the group wait for me?", [["will not wait", "drop ride"]], ["Drop ride: the group will not wait, so carry the route on your own device"]),
(G, "what time does the D ride go on sundays", [["09:30", "9:30"]], ["No-drop, with a caf\u00e9 stop at half way Sunday 09:30"]),
(G, "is there a midweek ride at all? what time", [["18:30", "6:30"]], ["Wednesday 18:30, April to September only"]),
(G, "whats the max number of riders in one group", [["12"]], ["A group has no more than 12 riders; if more turn up, the leader splits"]),
(G, "can i bring my tt bike or put clip on aerobars on for the sunday club run", [["not allowed"]], ["Time-trial bikes and clip-on aero bars are not allowed on any group ride"]),
(G, "do i honestly need mudguards on club rides in november", [["1 October"]], ["From 1 October to 31 March, full mudguards are required on all grades"]),
(G, "its a sunny summer morning ride, do i still need lights?", [["every ride"]], ["Front and rear lights on every ride, whatever the season or time of day."]),
(G, "what spares am i supposed to carry on a club ride", [["inner tubes"], ["multitool"]], ["Two spare inner tubes, tyre levers, a pump or"]),
(G, "new to group riding, what does it mean when people yell car back", [["behind"]], ["A vehicle is coming up behind the group. Called by the backmarker and passed forward"]),
(G, "someone at the front shouted clear at the junction so i just followed, thats how its supposed to work right?", [["never"], ["for themselves"]], ["Each rider checks the junction for themselves before pulling out"]),
(G, "by what time do they say if sundays ride is cancelled and where", [["07:00", "7am", "7:00"]], ["posts the decision in #ride-status by 07:00 on the morning of the ride"]),
(G, "its minus 2 out this morning, will the ride be off?", [["1\u00b0C", "below 1"]], ["the air temperature at the clubhouse at 06:30 is below 1\u00b0C, or ice is forecast"]),
(G, "how windy does it have to be before a ride gets called off", [["45 mph"]], ["gusts of more than 45 mph are forecast during the ride"]),
(G, "ride got cancelled, can a few of us still go and do it as the club ride anyway", [["not a club ride"]], ["Members may still ride together, but such a ride is not a club ride"]),
(G, "my mate came off and banged his head hard, who do we ring", [["999"]], ["Call 999 (or 112) for any head injury, loss of consciousness, suspected broken bone"]),
(G, "after a crash on a ride how long does the leader have to send in the report", [["48 hours"]], ["completes the club's incident report form within 48 hours, even for minor falls"]),
(G, "is there anything on boxing day?", [["10:00", "10am"]], ["On Boxing Day there is a single D grade ride at 10:00"]),
(G, "can i have 1 earbud in for music on the ride", [["not allowed"]], ["Headphones and earbuds are not allowed on club rides"]),
(G, "my 14 yr old wants to do the B ride with me, thats fine as long as i sign the consent form right?", [["D grade"]], ["Juniors aged 12 to 15 may ride in D grade only, with a parent or guardian riding alongside"]),
# ---- juniors-and-safeguarding.docx (CY041-CY060)
(J, "my son is 10, which junior group would he be in and what time is it", [["Cubs"], ["09:00", "9:00", "9am"]], ["Cubs 8 to 11 Saturday 09:00 to 10:30"]),
(J, "how many coaches per kid for the 12-14 group?", [["8 riders", "1 coach to 8", "1:8"]], ["Juveniles 12 to 14 Saturday 10:45 to 12:15 Dunscombe Cycle Circuit 1 coach to 8 riders"]),
(J, "is there any road riding for the older juniors or is it all on the circuit", [["Tuesday"]], ["Tuesday 18:00 to 19:30, April to September"]),
(J, "how much does each junior session cost and can my daughter try it first", [["GBP 3", "\u00a33", "3 per session"], ["two", "2"]], ["Each session costs GBP 3, paid on the day or in advance by the term", "A new rider's first two sessions are free taster sessions"]),
(J, "where do the saturday junior sessions actually happen", [["Hallam Road", "Dunscombe Cycle Circuit"]], ["meets every Saturday at the Dunscombe Cycle Circuit, a traffic-free closed circuit on Hallam Road"]),
(J, "do i have to do the junior consent form again every year or is once enough", [["every year"], ["1 April"]], ["The consent form must be renewed every year when the membership is renewed on 1 April"]),
(J, "how many emergency contacts do u need for my kid", [["two", "2"]], ["two emergency contacts, at least one of whom can be reached during every session"]),
(J, "my daughter crashed at school in her helmet but it looks ok, can she keep using it at sessions", [["replaced"]], ["A helmet that has been in a crash is replaced, even if it looks fine"]),
(J, "what do the coaches check on the bikes before the session starts", [["M-check"]], ["Before every session a coach checks each bike using the \"M-check\""]),
(J, "his bike is too small now, can he borrow one from the club and is there a deposit", [["20"]], ["The junior bike deposit is GBP 20"]),
(J, "can i say yes to photos on the discord but no to the public website?", [["internal"]], ["photographs for internal club use only, such as the Discord server; or"]),
(J, "will my kids full name be put with their photo online?", [["never"]], ["Published photographs never give a junior's full name"]),
(J, "changed my mind about photos of my son, who do i email and how fast do they come down", [["privacy@kmwheelers.example", "Callum Reid"], ["14 days"]], ["by e-mailing the Data Protection Contact, Callum Reid, at privacy@kmwheelers.example", "online photographs are removed within 14 days"]),
(J, "how long after the session finishes have i got to pick her up", [["15 minutes"]], ["Parents collect juniors within 15 minutes of the end of the session"]),
(J, "what happens if im stuck in traffic and cant get there for pick up", [["two adults"], ["45 minutes", "Welfare Officer"]], ["two adults stay with the junior, at the circuit gate, in a public place", "if nobody can be reached after 45 minutes, the coach phones the Welfare Officer"]),
(J, "my 11 yr old in cubs wants to cycle home on his own after, i can just tick the independent travel box cant i?", [["always collected"], ["12"]], ["Cubs are always collected by an adult", "Juniors aged 12 and over may leave on their own, or cycle home"]),
(J, "is it ok for a coach to dm my 14yo on discord about sessions?", [["do not send private messages", "parents"]], ["Coaches and helpers do not send private messages to juniors, on Discord or anywhere else"]),
(J, "im worried about how one of the helpers talks to the kids, who should i tell and whats their number", [["Joanne Featherstone"], ["07700 900417"]], ["Welfare Officer: Joanne Featherstone, 07700 900417, welfare@kmwheelers.example"]),
(J, "what if my concern is actually about the welfare officer herself?", [["Samira Haddad"]], ["the Deputy Welfare Officer: Samira Haddad, 07700 900318"]),
(J, "how long does the club keep safeguarding records about a kid", [["25"]], ["Safeguarding records are kept securely by the Welfare Officer until the junior concerned reaches the age of 25"]),
# ---- workshop-and-loan-bikes.pdf (CY061-CY080)
(W, "what times is the bike kitchen open on weekday evenings", [["18:30"], ["21:00", "9pm"]], ["Tuesday evening: 18:30 to 21:00, last repairs started by 20:30"]),
(W, "my friend isnt a member, is there any way she can come and fix her bike at the kitchen", [["Fix-it Saturday", "first Saturday"], ["5"]], ["On the first Saturday of each month the Saturday session becomes a Fix-it Saturday, open to", "Non-members are asked for a donation of GBP 5 towards"]),
(W, "is the bike kitchen open between christmas and new year?", [["24 December"]], ["The bike kitchen is closed from 24 December to 2 January, and on the Tuesday and Thursday"]),
(W, "im 13, can i go to the bike kitchen by myself after school", [["parent"]], ["Members aged 12 to 15 may use the bike kitchen only with a parent or guardian"]),
(W, "how old do u have to be to use the truing stand and do i need an induction", [["16"], ["wheels induction", "yes"]], ["Wheel truing stand and spoke keys"]),
(W, "my son is 17, can he use the bench grinder if im standing right next to him?", [["18"]], ["Yes, the general induction plus sign-off"]),
(W, "how long does a tool induction take and do i have to pay for it", [["30 minutes"], ["free"]], ["Inductions take about 30 minutes and are free. Book one by e-mailing"]),
(W, "i did a workshop course at a bike shop, does that count so i can skip the induction?", [["does not count", "not count"]], ["An induction done at another club or at a bike shop does not"]),
(W, "how much are disc brake pads in the bike kitchen", [["GBP 9", "\u00a39", "9 a pair"]], ["brake pads, GBP 5 a pair for rim brakes and GBP 9 a pair for disc brakes;"]),
(W, "can i pay cash for a chain at the kitchen", [["card"]], ["Parts are paid for by card at the card reader; the kitchen does not take cash"]),
(W, "how many loan bikes does the club actually have", [["26"]], ["The club keeps a fleet of 26 loan bikes so that cost is never the reason"]),
(W, "ive had the loan hybrid 3 weeks longer than i should, is the late fee gonna be huge", [["30"]], ["Late return charges stop at GBP 30 for any one loan."]),
(W, "lost the charger for the loan e-bike oops, how much will that cost me", [["35"]], ["GBP 180 for a battery, GBP 35 for a charger"]),
(W, "when do i get my deposit back after returning the bike", [["7 days"]], ["Deposits are paid by card when you collect the bike and refunded within 7 days of the bike's"]),
(W, "the loan bike got nicked outside the shops even tho i locked it. do i have to pay for a whole new bike?", [["deposit"], ["24 hours"]], ["The deposit is kept; no further charge if the theft was reported"]),
(W, "can i keep the loan bike for longer than the loan period", [["once"]], ["A loan can be extended once, by the same period again, if nobody is waiting for that"]),
(W, "what kinds of adapted bikes does the club have", [["hand cycles"], ["tandem"]], ["The four adapted cycles are two hand cycles, a tandem and an adult tricycle"]),
(W, "when can i come and try out one of the hand cycles", [["second Sunday"]], ["Try-out sessions are held on the second Sunday of each month from"]),
(W, "i would need my carer to ride with me, does she have to join and pay too", [["does not need to", "does not pay"]], ["A carer who rides with a member on a try-out session or a club ride", "be a member and does not pay."]),
(W, "my son fell over in the bike kitchen when he was 15, how long do you keep the accident report", [["21"]], ["3 years after the incident; if the injured"]),
]
NEAR = [
"how much is the kestlemoor hundred entry for non members?",
"who's the club vice president atm?",
"how much does it cost to hire the clubhouse meeting room for a birthday party",
"does the club do a skinsuit in the kit order and how much is it",
"whats the clubs bank details so i can pay my subs by transfer",
"if i want to become a junior coach, how much does the coaching qualification course cost and does the club pay for it?",
"whats the minimum age to become a ride leader",
"who is the clubs insurer and how much cover does the third party insurance give",
"how are points scored for the club championship",
"how many qualified coaches does the junior section have",
"when is the club awards dinner and how much are tickets",
"what frame sizes do the adult loan hybrids come in? im 6ft4",
"my club jersey came too small, can i swap it for a bigger size",
"is there a fine if i sign up to marshal at the hundred and then dont show",
"whats the membership secretary's phone number?",
"how much is the entry fee for the thursday club 10 mile tt",
"is there a weight limit on the loan e-bikes or the adult trike",
"whats the postcode for the dunscombe cycle circuit for my satnav",
"how many people are on the club committee",
"if a mod times me out on the discord how long does the timeout last?",
"does the club run indoor turbo sessions in winter and when",
]
OFF = [
"whats the best chain lube for wet winter riding",
"who won the tour de france in 2019",
"how do i turn on 2fa for my discord account",
"what tyre pressure should i run on 28mm tyres",
"any good flapjack recipes for long rides?",
"whats the capital of australia",
"can someone help me with my maths homework, whats 17% of 240",
]
assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7, (len(A), len(NEAR), len(OFF))
out = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    out.append({"id": f"CY{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    out.append({"id": f"CY{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
