#!/usr/bin/env python3
"""Write questions.jsonl (SC001-SC108) for the fictional-sailing set."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = []  # answerable: (doc, q, facts, evidence)
def a(doc, q, facts, evidence):
    A.append((doc, q, facts, evidence))

# ---------------- CLUB_BYELAWS (byelaws) ----------------
a("byelaws", "hi all, thinking of joining as an adult - whats the yearly sub and is there a one off fee on top when u first join?",
  [["265"], ["60"]], ["Adult           aged 18 and over           GBP 265   GBP 60   2"])
a("byelaws", "me + wife + our 2 kids all live together, how much is it for the whole family per year?",
  [["395"]], ["Family          two adults and their       GBP 395   GBP 90   3"])
a("byelaws", "im 16 and a junior member, do i actually have to do safety boat duty or is that just adults",
  [["crew"]], ["Only junior members aged 16 or 17 owe a duty day, served as",
               "safety boat crew alongside an adult helm. Juniors under 16 owe"])
a("byelaws", "club full atm? my neighbour wants to join, is there a queue and who do they talk to",
  [["Sunita Rao", "Rao"]], ["on a waiting list kept by the Membership Secretary, Sunita Rao, in"])
a("byelaws", "if i sign up in november do i have to pay the whole years sub??",
  [["half"]], ["A member who joins on or after 1 October pays half of the annual"])
a("byelaws", "when do renewals have to be paid by, and whats the cut off before u stop being a member",
  [["1 April"], ["30 April"]], ["Subscriptions are due on 1 April each year.",
                                "A member who has not paid the subscription by 30 April is no"])
a("byelaws", "renewed on 1 april then decided to pack it in on the 10th, do i get my sub back?",
  [["15 April"]], ["15 April may have the subscription for that year returned in full."])
a("byelaws", "my mate wants to crew for me every saturday this summer as my guest, thats fine yeah?",
  [["three", "3 times"], ["10"]], ["A member may bring a guest onto the water no more than three times",
                                    "in a club year. The guest pays a day fee of GBP 10, signs the"])
a("byelaws", "can u do like a trial month before committing? how much is it",
  [["40"]], ["of 30 days for GBP 40. It may be taken once per person and owes no"])
a("byelaws", "who puts the duty rota together and when does it normally get published?",
  [["Abbiss"], ["February"]], ["10.2  The Rota Secretary, Colin Abbiss, publishes the rota for the club",
                               "year by the end of February. Members may state dates they cannot"])
a("byelaws", "cant make my rota date next month (wedding), whats the process for getting out of it",
  [["swap"]], ["find another qualified member to swap with or to do the",
               "record the swap on the online rota; and"])
a("byelaws", "what happens if someone just doesnt show up for their safety boat day? is there a fine",
  [["45"]], ["GBP 45 for each missed duty day. The charge is added to the next"])
a("byelaws", "so if i just pay the missed duty charge thats me done for the year right, no need to do another one?",
  [["does not replace", "doesn't replace", "not replace", "further date"]],
  ["11.3  Paying the charge does not replace the duty. The Rota Secretary",
   "may allocate a further date in the same club year."])
a("byelaws", "how much is the deposit for the gate/clubhouse fob",
  [["20"]], ["returnable deposit of GBP 20. A lost fob must be reported to the"])
a("byelaws", "can my 14 yr old hang out in the bar while im out on the water",
  [["parent", "responsible adult"]], ["under 16 may be in the bar area only with a parent or another"])
a("byelaws", "if the commodore posts the agm date in discord does that count as the official notice?",
  [["courtesy", "not formal", "not official"]], ["server are a courtesy copy only and are not formal notice."])
a("byelaws", "when is the agm usually and how much warning do members get",
  [["November"], ["21"]], ["19.1  The Annual General Meeting is held in November each year. At least",
                           "21 days' notice of it is given to every member under Byelaw 24."])
a("byelaws", "my daughter (15) wants to vote at the agm, is she allowed?",
  [["speak", "not vote", "don't vote", "cannot vote", "can't vote", "no vote"]],
  ["of the two adults on a Family membership has one vote. Juniors may",
   "attend and speak but do not vote."])
a("byelaws", "got suspended for 2 months after an argument at the slipway. can i appeal and whats the deadline",
  [["14 days"]], ["to the Honorary Secretary within 14 days of the decision. The"])
a("byelaws", "whats the secretarys phone number and when can i call",
  [["960417", "960 417"], ["6pm", "6 pm", "18:00"]],
  ["Hemsleigh. The Secretary can be telephoned on 01632 960417 between",
   "6pm and 8pm on weekdays. Written enquiries are answered within 10"])

# ---------------- safety-and-water-rules.html (safety) ----------------
a("safety", "is there any sailing midweek? work 9-5 so weekends are hard",
  [["Wednesday"], ["18:00", "6pm", "6 pm"]], ["Wednesday evenings, 18:00 until sunset, from 1 May to 31 August."])
a("safety", "theres never a rib out on tuesdays so i can just take my laser out by myself then yeah?",
  [["two craft", "at least two", "other craft", "another craft", "another boat"]],
  ["Going out alone with no other craft on the water is never allowed.",
   "with at least two craft on the water together"])
a("safety", "what does it mean when theres a black flag up on the mast",
  [["closed"]], ["The water is closed whenever the black flag is flying on the clubhouse mast"])
a("safety", "i forgot to move my tag back on the board last week lol, does it matter?",
  [["search"]], ["at the end of the session starts a search."])
a("safety", "water still freezing in april, is a wetsuit actually compulsory or just recommended",
  [["10"], ["wetsuit", "drysuit"]], ["When the water temperature shown on the board by the slipway is below 10",
                           "everyone afloat must wear a wetsuit or a drysuit"])
a("safety", "can i use my ankle leash on my sup at the res?",
  [["waist"]], ["Stand-up paddleboarders use a quick-release waist leash, never an ankle leash."])
a("safety", "its blowing about 14 knots, can my 13 yr old take her topper out on her own (not a junior session)",
  [["Amber"], ["junior session", "organised session"]],
  ["club boats only for holders of a Club Boat Endorsement; juniors only in organised junior sessions"])
a("safety", "at what wind speed does the club stop everyone going out",
  [["22"]], ["22 knots or more (Beaufort 6 and above)"])
a("safety", "anemometer says avg 9 knots but gusting to 25 - which colour are we on?",
  [["next band", "Amber"]], ["If gusts are more than 10 knots above the mean, the next band up applies."])
a("safety", "new to kayaking, where am i supposed to stay on the water",
  [["Heron Point"]], ["is the eastern arm of the reservoir between the slipway and the yellow buoys off Heron Point"])
a("safety", "can i use a spray deck on my kayak straight away or do i need to do something first?",
  [["capsize"]], ["Spray decks are used only by paddlers who have shown a capsize and release"])
a("safety", "how close to the dam wall are we allowed to sail",
  [["50"]], ["Keep at least 50 metres from the dam wall, the draw-off tower and the spillway at all times."])
a("safety", "hot day forecast sunday, ok to jump off the boat for a swim?",
  [["not allowed", "no swimming", "capsize drill"]],
  ["Swimming in the reservoir is not allowed, apart from capsize drills as part of training."])
a("safety", "which radio channel are the safety boats on",
  [["M2"]], ["Safety boats carry a hand-held radio on VHF channel M2"])
a("safety", "if the OOD is a mate, can he let us take the club boats out when its on red?",
  [["lenient", "no club boats"]],
  ["The Officer of the Day may always be stricter than these rules, but never more lenient.",
   "Two safety boats on the water; no club boats, no courses, no paddlesport"])
a("safety", "capsized sat and the rib had to pick me up, do i need to fill anything in? by when",
  [["24 hours"], ["incident form"]], ["completes an incident form within 24 hours"])
a("safety", "if someone gets taken to hospital after an incident, does the water company get told?",
  [["48 hours"]], ["tells the reservoir owner within 48 hours about any incident in which someone was taken to hospital"])
a("safety", "had a near miss with a cracked rudder fitting, can i just post about it in the discord?",
  [["Safety Officer", "safety@skelbrooksailing.example", "Marcus Doyle"]],
  ["Report near misses and unsafe equipment to the Safety Officer by e-mail.",
   "a message there is not an incident report."])
a("safety", "my kid has her own buoyancy aid from xmas, does she have to wear a club one instead",
  [["fits properly", "good condition", "any buoyancy aid"]],
  ["Any buoyancy aid that fits properly and is in good condition may be used."])
a("safety", "theres been an algae warning from the water co, what does that mean for us",
  [["closed"], ["fresh water"]],
  ["the water is closed until the warning is lifted",
   "anyone who has been in contact with the water should wash with fresh water at once"])

# ---------------- junior-and-safeguarding-policy.docx (junior) ----------------
a("junior", "my daughter is 7 and obsessed with boats, can i sign her up as a junior member?",
  [["8", "eight"]], ["Junior membership is open from the age of 8."])
a("junior", "whos the welfare officer and how do i get hold of her",
  [["Marwood"], ["welfare@skelbrooksailing.example", "900238", "900 238"]],
  ["Questions about it can be sent to welfare@skelbrooksailing.example."])
a("junior", "my son is 10 and does the sunday sessions - am i allowed to drop him off and go shopping?",
  [["whole session", "stay"]], ["Parents of juniors under 12 stay at the Club for the whole session"])
a("junior", "whats the ratio of instructors to kids on the water for the 8-9 yr olds",
  [["1 : 4", "1:4", "one to four", "1 to 4", "one instructor for every four", "one instructor to four"]],
  ["8 to 9 (Minnows) 1 : 4 1 : 8"])
a("junior", "what times are the sunday junior sessions",
  [["09:30", "9:30", "9.30"], ["12:30", "12.30"]],
  ["Junior sessions run on Sunday mornings from 09:30 to 12:30"])
a("junior", "what does my lad need to get into the junior squad",
  [["Stage 3"]], ["who already hold a Stage 3 certificate or equivalent, and who want to race at open meetings"])
a("junior", "which days does the squad train?",
  [["first and third", "1st and 3rd"]], ["Squad sailors train on the first and third Saturday of each month"])
a("junior", "can my 13 yr old sign herself out after the session or do i have to come in and get her",
  [["written permission", "consent form"]],
  ["may sign themselves out only if a parent has given written permission on the consent form"])
a("junior", "do the adults helping at junior sessions get background checked?",
  [["enhanced"], ["three years", "3 years"]],
  ["must have an enhanced criminal record check, renewed every three years"])
a("junior", "can i put pics from the regatta on facebook if other peoples kids are in them",
  [["agreement", "permission", "consent"]],
  ["If another child appears, the photograph must not be posted publicly without"])
a("junior", "will the club print my sons full name under his photo in the newsletter?",
  [["never", "first name"]], ["is never published beside a photograph; first names only may be used for prize-giving"])
a("junior", "want to fly my drone over the sunday session to get some footage of my kid - ok?",
  [["Junior Organiser", "Bethan Lloyd"]],
  ["Anyone using a drone or a camera with a long lens near a junior session",
   "must first get the permission of the Junior Organiser"])
a("junior", "im an adult member, where do i get changed on sunday mornings?",
  [["accessible", "upstairs"]],
  ["Adult members change in the accessible room or in the upstairs lockers area during those hours."])
a("junior", "my son is 12, can he go on the club discord",
  [["13"]], ["Discord server is for members aged 13 and over"])
a("junior", "the coach messaged my 15yo directly on discord about next weeks training, is that allowed?",
  [["private message", "private messages"]],
  ["Adults do not send private messages to juniors, on Discord or elsewhere."])
a("junior", "my kid told me something about one of the adult helpers that really worries me. should i go and talk to him about it?",
  [["Welfare Officer"], ["same day"]],
  ["Tell the Welfare Officer the same day, by phone if possible.",
   "Do not discuss it with anyone else, including the person the concern is about."])
a("junior", "what if my worry is actually about the welfare officer?",
  [["Deputy Welfare Officer", "Ashdown", "Commodore"]],
  ["Where a concern is about the Welfare Officer herself, tell the Deputy Welfare Officer or the Commodore."])
a("junior", "my son keeps messing about in the sessions... can they actually ban him?",
  [["four weeks", "4 weeks"]],
  ["may suspend the junior from junior sessions and the squad for up to four weeks"])
a("junior", "if a kid tells me something in confidence should i promise not to tell anyone?",
  [["not promise", "don't promise", "do not promise", "never promise", "can't promise", "cannot promise", "shouldn't promise"]],
  ["Do not promise to keep it a secret."])
a("junior", "once the welfare officer gets a report how quickly does she decide what to do, and does she go to the council?",
  [["24 hours"], ["Hemsleigh County Council", "social care"]],
  ["decides on the next steps within 24 hours",
   "social care at Hemsleigh County Council or the police"])

# ---------------- boat-park-and-equipment-agreement.pdf (boatpark) ----------------
a("boatpark", "how much is a kayak rack for the year?",
  [["45"]], ["One kayak or canoe up to 5.5 m long"])
a("boatpark", "got a 5m catamaran, what kind of space do i need and what does it cost",
  [["170"]], ["One boat over 4.7 m long or over 2.1 m in beam"])
a("boatpark", "only got allocated a dinghy space in november, do i pay the full year?",
  [["half"]], ["A space allocated on or after 1 October is charged at half the yearly rate."])
a("boatpark", "the clubs insurance covers my boat if it gets nicked from the boat park doesnt it?",
  [["does not insure", "doesn't insure", "not insure", "not insured", "isn't insured", "own cover", "own insurance"]],
  ["The Club does not insure members' own boats, trailers or kit against theft, fire,"])
a("boatpark", "how much third party cover do i need for my kayak",
  [["3 million", "£3m", "3m"]], ["must have third-party liability insurance with cover of at least £3 million."])
a("boatpark", "how far in advance can u book a club topper",
  [["14 days"]], ["(a) a craft may be booked up to 14 days ahead;"])
a("boatpark", "whats the charge for booking a club boat? me (adult) and my son (junior) both want one",
  [["£8", "8 pounds"], ["£4", "4 pounds"]],
  ["each booking costs £8 for an adult or student member and £4 for a junior,"])
a("boatpark", "booked a feva for saturday but cant go now, what happens if i cancel on the morning?",
  [["no-show", "no show"], ["28"]],
  ["A booking that is cancelled less than 24 hours before it starts, or not used, counts",
   "A member with three no-shows in one club year cannot book for 28"])
a("boatpark", "my 15 yr old wants to book club boats herself, is that allowed?",
  [["consent"]], ["Junior members aged 14 to 17 may book club craft with the written consent of a"])
a("boatpark", "what do i need to do before i can borrow one of the club sit on tops",
  [["induction"]], ["Any member who has done the Club paddle induction"])
a("boatpark", "can we take one of the club fevas to an open meeting at another club next month?",
  [["Bosun"]], ["raced at open meetings elsewhere or altered without the Bosun's"])
a("boatpark", "put a hole in a club quest mucking about in a gust, how much am i gonna have to pay",
  [["250"]], ["wind limits, the member pays the cost of repair up to £250 for each incident. The"])
a("boatpark", "capsized a club boat and a batten snapped, will i get charged for it?",
  [["not charged", "honest capsize", "won't be charged", "fair wear"]],
  ["Members are not charged for fair wear and tear or for damage from an honest"])
a("boatpark", "how long have i got to report damage to a club boat and where do i report it",
  [["24 hours"], ["Damage Book"]], ["within 24 hours, by writing it in the Damage Book and e-mailing the Bosun. A craft"])
a("boatpark", "im leaving the club, how long do i have to get my dinghy out of the park",
  [["30 days"]], ["boat and gear within 30 days. The space charge is not refunded for any part of the"])
a("boatpark", "someone said the club can just get rid of an abandoned boat 28 days after sticking a notice on it, is that right?",
  [["116"]], ["becomes Club funds. No boat is disposed of sooner than 116 days after the first"])
a("boatpark", "my old boat got moved to the holding compound, how do i get it back?",
  [["50"], ["arrears"]], ["arrears and a £50 removal fee", "dinghy shed. The owner can reclaim it by paying all"])
a("boatpark", "how long does the cctv on the boat park keep recordings for",
  [["30 days"]], ["Recordings are kept for 30 days and are then overwritten automatically, unless"])
a("boatpark", "how long do u keep records of my club boat bookings",
  [["2 years", "two years"]], ["for 2 years after the end of the club year to which they relate."])
a("boatpark", "is it ok to ring the bosun at like 10pm about my space?",
  [["9pm", "9 pm"]], ["bosun@skelbrooksailing.example or on 07700 900582 (please no calls after 9pm)."])

NEAR = [
    "how much is the adult beginners sailing course? want to do my level 1 this summer",
    "what time does the bar shut on a saturday night?",
    "hows much is a pint at the club bar roughly",
    "who is the race officer this season? want to ask about the series",
    "who is on the house committee that runs the bar? names pls",
    "is there a fee for the junior squad on top of junior membership? how much",
    "whats the entry fee for the next open meeting at skelbrook",
    "who are the two mods for the junior channels on the discord?",
    "is there a minimum age to get the club boat endorsement thing?",
    "if i get a written warning from the panel how long does it stay on my record",
    "whats the alarm code for the clubhouse, im last out tonight",
    "whats marcus doyle's mobile number? need to speak to the safety officer urgently",
    "how long does the club keep incident report forms for",
    "how long are safeguarding concern records kept before they get deleted",
    "what's the fine if someone gets caught speeding on the access road",
    "do u get a discount on the sub if u pay the whole year in one go instead of monthly?",
    "what is the club's registered charity number? need it for a gift aid thing",
    "what proof do i need to send to get the student rate",
    "can i pay by card at the bar or is it cash only",
    "whats the deadline for putting someone's name forward for the committee before the agm",
    "whats the treasurer's email address? ruth i think",
]
OFF = [
    "anyone know what time the champions league final kicks off?",
    "can anyone recommend a decent sailing watch with a countdown timer",
    "whats a good flapjack recipe for the junior bake sale",
    "how do i turn off discord notifications on my phone, its driving me mad",
    "what's the difference between a bowline and a clove hitch",
    "is it going to rain in hemsleigh tomorrow afternoon?",
    "anyone got a spare ticket for the boat show in january?",
]
assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    rows.append({"id": "SC%03d" % n, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    rows.append({"id": "SC%03d" % n, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
qs = [r["q"] for r in rows]
assert len(set(qs)) == len(qs)
with open(os.path.join(ROOT, "questions.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(n, "questions written")
