#!/usr/bin/env python3
"""Writes questions.jsonl (RW001..RW108) for the fictional-rowing set."""
import json, os

A = []  # (doc, q, facts, evidence)

def a(doc, q, facts, evidence):
    A.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": evidence})

# ---- club-rules (CLUB_RULES, plain text) ----
D = "club-rules"
a(D, "how much is full membership a year?",
  [["£265", "265"]],
  ["Full 18 and over £265 All club rowing boats up"])
a(D, "im 19 and at uni full time, is there a cheaper membership for me and how much?",
  [["Student"], ["£135", "135"]],
  ["Student 18 to 25, in £135 As Full"])
a(D, "when are subs due and what happens if i just dont pay",
  [["1 April"], ["31 May", "resigned"]],
  ["Annual fees are due on 1 April. A member who has not paid by 30",
   "has not paid by 31 May shall be treated as having resigned."])
a(D, "thinking of joining in november, do i still pay the full years fee??",
  [["half"]],
  ["A new member joining after 1 October pays half the annual fee for"])
a(D, "just finished the learn to row course, is there a joining fee on top if i sign up as a full member?",
  [["£20", "entrance fee"], ["one month", "waived"]],
  ["the rest of that membership year. There is an entrance fee of £20",
   "members who join as Full or Paddle members within one month of"])
a(D, "can i pay my membership monthly? does it cost more",
  [["ten monthly", "10 monthly", "monthly instalments"], ["£10"]],
  ["Full, Paddle and Family fees may be paid in ten monthly instalments",
   "by direct debit from April to January, at the annual fee plus an"])
a(D, "can my mate come out in a boat with me some time? hes not a member",
  [["taster session"], ["twice"]],
  ["on the water only in a taster session arranged by the Captain or the",
   "Paddle Captain, and no more than twice in any membership year."])
a(D, "lost my key fob somewhere on the towpath, what do i do and does it cost anything",
  [["Membership Secretary"], ["£15"]],
  ["reported to the Membership Secretary within 48 hours and costs £15"])
a(D, "what time does the boathouse open and close?",
  [["06:00", "6am", "6:00"], ["22:00", "10pm"]],
  ["The boathouse is open to members with a fob from 06:00 to 22:00"])
a(D, "tbh im not a strong swimmer, can i still row?",
  [["50 metres"], ["lifejacket"]],
  ["can swim at least 50 metres in light clothing and tread water for 5",
   "crew boats with a coach in a launch and must wear a lifejacket."])
a(D, "just got my grade 2 - what boats am i allowed to take out now?",
  [["doubles"], ["stable singles"]],
  ["Grade 2, awarded by a coach after a practical test: may scull in",
   "club doubles and the stable singles marked \"S\" on the bow, and"])
a(D, "my son is 17 so he gets a vote at the agm, yeah?",
  [["not vote", "may not vote"]],
  ["and speak at General Meetings but may not vote."])
a(D, "so singles are totally banned in winter right?",
  [["1 November"], ["another boat", "launch"]],
  ["A member may not take out a single scull alone between 1 November",
   "and 28 February unless another boat or a launch is on the water on"])
a(D, "my daughter is 16 and has her grade 2, can she book boats herself outside the junior sessions?",
  [["independent rowing consent"]],
  ["use club boats outside junior sessions if a parent or guardian has",
   "signed the independent rowing consent form."])
a(D, "can i use an ankle leash on the club sup boards?",
  [["waist leash", "quick-release"]],
  ["stand-up paddleboarder shall wear a quick-release waist leash and"])
a(D, "how much to keep my own single scull at the boathouse",
  [["£90"]],
  ["boathouse if a rack is available, on payment of a rack fee of £90 a"])
a(D, "who's the club captain this year? and who's president",
  [["Tomasz Reilly"], ["Margaret Ashdown"]],
  ["The officers for 2024-25 are: President, Margaret Ashdown; Captain,",
   "Tomasz Reilly; Paddle Captain, Nia Okafor-Bell; Hon. Secretary,"])
a(D, "how many ppl have to turn up for the agm to actually count",
  [["25"]],
  ["The quorum of a General Meeting is 25 voting members present in"])
a(D, "i got suspended from the water by the captain yesterday for going out on the wrong flag, how long can that last and can i appeal??",
  [["14 days"], ["Hon. Secretary", "Secretary"]],
  ["the member from the water with immediate effect for up to 14 days",
   "or Rule 14(3) by writing to the Hon. Secretary within 14 days of"])
a(D, "can the committee actually kick someone out of the club? what vote does it need",
  [["two-thirds", "two thirds"]],
  ["(d) expel the member, by a vote of at least two-thirds of the"])

# ---- water-safety (PDF) ----
D = "water-safety"
a(D, "flag is yellow today, can i take a single out? im grade 2",
  [["Grade 3"]],
  ["Grade 3 scullers; crews coxed or steered by a"])
a(D, "river's on red, are the juniors going out or not",
  [["No juniors", "no"]],
  ["Coached senior crews of four or eight only,",
   "No juniors, singles, doubles or paddle craft."])
a(D, "black flag - is anyone allowed on the water at all? even the launches?",
  [["Nobody"], ["rescue"]],
  ["Nobody. No boats of any kind, and launches"])
a(D, "its thundering a bit but the flag is still green, can we go out?",
  [["30 minutes", "30 mins", "half an hour"]],
  ["minutes after the last thunder was heard, whatever flag is flying."])
a(D, "how do i know if its too foggy to row?",
  [["Town Bridge"], ["black"]],
  ["If Town Bridge cannot be seen from the end of the landing stage"])
a(D, "how far downstream r we allowed to go",
  [["Colley Weir"], ["400 metres", "2.1 km", "buoys"]],
  ["Downstream limit: the line of yellow warning buoys 400 metres above Colley Weir,"])
a(D, "which arch of town bridge do i go through coming back upstream",
  [["north arch"]],
  ["Downstream traffic uses the centre arch. Upstream traffic uses the north arch, nearest"])
a(D, "where are we allowed to turn round on the river?",
  [["slipway"], ["Eel Pool"], ["Hobb's Ferry"]],
  ["Turning. Crews may turn only at the three winding points: the slipway below the",
   "boathouse, the Eel Pool (1.6 km upstream) and the pool below Hobb's Ferry."])
a(D, "do i need lights on my boat for a 6am outing in winter? what kind",
  [["steady white light", "white light"], ["flashing"]],
  ["must show a steady white light at the bow and a flashing white light at the stern, both"])
a(D, "can i take a kayak out after sunset if ive got lights?",
  [["sunset"]],
  ["paddle craft may not go out between sunset and sunrise at all."])
a(D, "when do winter rules start? is it just the dates",
  [["1 November"], ["8°C", "8 °C"]],
  ["Winter rules apply from 1 November to 28 February, and at any other time when the",
   "water temperature posted at the landing stage is below 8°C."])
a(D, "can i go paddleboarding in december if i wear a wetsuit",
  [["No stand-up paddleboarding"]],
  ["No stand-up paddleboarding, and all other paddlers wear a wetsuit or a drysuit."])
a(D, "if i capsize my single should i just swim to the bank?",
  [["Stay with your boat", "stay with the boat"]],
  ["Stay with your boat. Club boats float even when full of water, and a boat is much",
   "Do not try to swim across the river. Hold the boat and kick towards the nearest"])
a(D, "fell in last week and now i feel kinda fluey, should i be worried?",
  [["doctor"], ["leptospirosis", "Weil's disease"]],
  ["capsize. If you get flu-like symptoms within three weeks of being in the river, see a",
   "doctor and say that you row or paddle on a river."])
a(D, "how many people can go in the launch",
  [["four", "4"]],
  ["whenever the engine is running, and the launch may carry no more than four people"])
a(D, "clipped the bank by the bridge this morning, nobody hurt. who do i report it to and by when?",
  [["Water Safety Adviser"], ["48 hours"]],
  ["The Water Safety Adviser, with an incident form",
   "Collision, or a near miss with a"])
a(D, "who do i tell if i damage a club boat?",
  [["Boatman"], ["damage tag"]],
  ["The Boatman: fix a red damage tag and post in"])
a(D, "saw loads of dead fish near the eel pool, who do i call?",
  [["Lamber Navigation Authority", "01632 960505"]],
  ["Lamber Navigation Authority on 01632 960505,"])
a(D, "is there a duty officer on weekday evenings or only weekends?",
  [["07:30", "7:30"], ["senior coach"]],
  ["On Saturday and Sunday mornings from 07:30 to 12:00 a duty officer from the rota is",
   "breaks these rules. At other times the most senior coach at the boathouse acts as duty"])
a(D, "discord says green but the flag on the pole is yellow, so green counts since its newer right?",
  [["pole"]],
  ["Discord post disagree, the flag on the pole applies."])

# ---- juniors-guide (DOCX) ----
D = "juniors-guide"
a(D, "who's the welfare officer and how do i get hold of her",
  [["Harriet Maynard"], ["07700 900461", "welfare@wrenhitherpc.org.uk"]],
  ["Welfare Officer: Harriet Maynard, 07700 900461, welfare@wrenhitherpc.org.uk"])
a(D, "what days are the junior sessions?",
  [["Saturday"], ["Wednesday"]],
  ["Saturday mornings from 09:00 to 11:30, all year round, for all juniors.",
   "Wednesday evenings from 17:30 to 19:00, from April to September only."])
a(D, "my daughter is 12 - how many kids per coach when they're out in single sculls?",
  [["1 to 4", "1:4", "one coach to four", "4 juniors"]],
  ["Single and double sculls 11-13 1 to 4 Coach in a launch; green flag only"])
a(D, "my 11 yr old wants to try paddleboarding with the juniors, is that ok?",
  [["under 12", "12-17"]],
  ["Juniors under 12 do not use stand-up paddleboards."])
a(D, "can one of the coaches give my son a lift home after saturday session?",
  [["emergency"], ["travel consent"]],
  ["Coaches and volunteers do not give lifts to juniors, except in an emergency or on a regatta trip"])
a(D, "what happens if im late picking up my 12 year old",
  [["20 minutes"], ["one hour"]],
  ["After 20 minutes the coach phones the parent, and then the named adults on the form.",
   "If nobody can be reached after one hour, the coach asks children's services"])
a(D, "can my 14 yr old cycle to the boathouse and go home on his own?",
  [["independent travel consent"]],
  ["Juniors of 14 and over may arrive and leave on their own if a parent"])
a(D, "im an adult member, can i use the downstairs changing rooms on a saturday morning?",
  [["08:45", "8:45"], ["upstairs"]],
  ["On Saturdays from 08:45 to 12:00 the downstairs changing rooms are for juniors only.",
   "Adult members use the upstairs showers during that time."])
a(D, "is the coach allowed to film my kid on his phone for technique stuff? and how long do they keep it",
  [["club tablet"], ["30 days"]],
  ["Coaches may film technique for coaching, but only on the club tablet, never on a personal phone.",
   "Coaching video is deleted within 30 days."])
a(D, "will the club put my daughter's full name with her photo in the race results?",
  [["first name"]],
  ["The Club never publishes a junior's full name with a photograph.",
   "Race results may give a first name and the crew."])
a(D, "want to change my son's photo consent to no photos at all, how do i do that",
  [["Junior Coordinator"], ["seven days", "7 days"]],
  ["Parents can change their choice at any time by e-mailing the Junior Coordinator.",
   "The change takes effect within seven days."])
a(D, "my 15 yo wants to join the club discord, is he allowed?",
  [["16"]],
  ["Juniors under 16 may not join the members' Discord server."])
a(D, "how often do we have to fill in the medical form",
  [["every year"], ["1 April"]],
  ["Medical and emergency contact form: every year before 1 April, and updated within seven days if anything changes."])
a(D, "travel consent for the regatta - when does it need to be handed in by?",
  [["seven days", "7 days"]],
  ["Travel consent form: for each regatta or away trip, returned at least seven days before the trip."])
a(D, "i think one of the coaches is messaging a junior privately, what should i do",
  [["Welfare Officer", "Harriet Maynard"], ["same day"]],
  ["Otherwise, tell the Welfare Officer, Harriet Maynard, or the Deputy Welfare Officer, Samir Lowe, on the same day.",
   "never send private messages to a junior"])
a(D, "what if the concern is actually about the welfare officer herself, who do i go to?",
  [["Margaret Ashdown", "President"]],
  ["If the concern is about the Welfare Officer, contact the President, Margaret Ashdown,"])
a(D, "i help out at junior sessions most saturdays, do i need a dbs check or whatever",
  [["three times", "3 times"], ["30 days"]],
  ["helps at junior sessions more than three times in any 30 days"])
a(D, "how much is the junior start course and how many sessions is it",
  [["£60"], ["five", "5"]],
  ["start with the Junior Start course: five Saturday sessions costing £60"])
a(D, "we cant really afford the junior fee atm, is there any help?",
  [["Lamber Oars Fund"], ["half"]],
  ["the Lamber Oars Fund can pay up to half of a junior's annual fee.",
   "Apply in confidence to the Treasurer, Anjali Desrosiers"])
a(D, "my son got into a fight at juniors last week, can they suspend him?",
  [["four weeks", "4 weeks"]],
  ["the Junior Coordinator may suspend a junior from sessions for up to four weeks."])

# ---- discord-rules (HTML) ----
D = "discord-rules"
a(D, "how do i get verified on the discord",
  [["#verify", "verify"], ["membership number"]],
  ["post your full name and membership number in #verify",
   "gives you the Member role within 48 hours"])
a(D, "what do i need to set my nickname to on the server?",
  [["initial"]],
  ["Your server nickname must be your first name and the initial of your surname"])
a(D, "who can post in announcements",
  [["Committee"]],
  ["Club notices, General Meeting papers, committee news Committee members only"])
a(D, "can i post in boat-bookings that im looking for a crew for sunday?",
  [["booking bot"], ["crew-finder"]],
  ["Confirmations and cancellations from the booking bot The booking bot only",
   "Finding a crew, a doubles partner or a paddling buddy"])
a(D, "how far ahead can i book a boat",
  [["seven days", "7 days", "a week"], ["20:00", "8pm"]],
  ["Bookings open at 20:00 seven days before the day of the outing."])
a(D, "whats the longest booking i can make",
  [["three hours", "3 hours"]],
  ["No booking may be longer than three hours.",
   "Choose one slot of 90 minutes, or two slots back to back."])
a(D, "how many bookings can i have at once",
  [["four", "4"]],
  ["Each member may hold no more than four future bookings at any one time."])
a(D, "i booked on discord so i dont need to sign the log book right?",
  [["outing log"]],
  ["A Discord booking does not replace the outing log."])
a(D, "whats the latest i can cancel without getting charged, and what's the charge if im later",
  [["three hours"], ["£5"]],
  ["cancel with /cancel at least three hours before the start of your slot",
   "Late cancellation, less than three hours before the slot £5"])
a(D, "running about 25 mins late to the boathouse, do i lose my booking?",
  [["20 minutes"], ["no-show"]],
  ["If you have not signed out within 20 minutes of the start of your slot"])
a(D, "how much is it to hire a paddleboard",
  [["£7"]],
  ["Stand-up paddleboard, inflatable or hard: £7 per slot."])
a(D, "do i have to pay extra every time i take a rowing boat out or is it in my sub",
  [["no hire charge", "included"]],
  ["Club rowing boats carry no hire charge: their use is included in the annual fee."])
a(D, "missed 2 bookings this month oops, whats the fine",
  [["£10"]],
  ["Second no-show in three months £10",
   "Third or later no-show in three months £20 Plus a 14-day booking ban"])
a(D, "put a small ding in a double today, am i gonna be charged?",
  [["No charge"], ["same day"]],
  ["Accidental damage reported the same day No charge The Club's insurance covers repairs"])
a(D, "lost a blade in the river :( how much do i owe",
  [["£150"]],
  ["Lost rowing blade or scull £150 A contribution to the cost of a new one"])
a(D, "joined last week and changed my mind, can i get a refund? havent been out yet",
  [["14 days"], ["full refund"]],
  ["you may cancel within 14 days of first joining and get a full refund of your annual fee",
   "as long as you have not used a club boat."])
a(D, "booked a learn to row course but cant make it, it starts in 10 days. do i get my money back?",
  [["50%"]],
  ["50% if you cancel 7 to 13 days before"])
a(D, "broke my wrist and cant row for the rest of the year, can i get some of my fee back?",
  [["complete month"], ["£20"]],
  ["you get a refund for each complete month left, less an administration fee of £20.",
   "Ask within 30 days of the doctor's letter."])
a(D, "how long do strikes last and what happens when u get to 3",
  [["six months", "6 months"], ["30-day", "30 days"]],
  ["a strike expires six months after it was given.",
   "Three strikes: a 30-day server suspension, and the matter is passed to the Hon. Secretary."])
a(D, "i've been suspended from the discord, can i still book boats somehow?",
  [["captain@wrenhitherpc.org.uk", "Captain"], ["24 hours"]],
  ["A server suspension does not by itself stop you using club boats.",
   "book by e-mail to the Captain at captain@wrenhitherpc.org.uk at least 24 hours ahead."])

NEAR = [
    "how much does it cost to hire the club minibus for an away regatta?",
    "whats the fee for bringing a guest to a taster session?",
    "whats the boatman's name? want to ask about a rigger",
    "how do i get the launch driver's certificate, is there a course and what does it cost?",
    "when's the next club regatta?",
    "how much does it cost to hire the clubroom at the boathouse for a birthday party?",
    "how long does the club keep my personal details after i leave?",
    "how much does the paddle induction cost?",
    "what are the club's bank details / sort code for paying my sub by transfer?",
    "is there parking at the boathouse or do i have to park in town?",
    "how much are the lockers in the changing rooms?",
    "can i bring my dog down to the boathouse when i go out?",
    "how many outings do i need before i can take the grade 2 test?",
    "who is the club insured with? which insurance company",
    "what's the minimum age to cox a junior crew?",
    "how much is the adult paddle course and how many sessions is it?",
    "what is the speed limit for the launches in km/h?",
    "does the club lend out wetsuits or drysuits for winter paddling?",
    "how do i become a moderator on the discord server?",
    "how many eights does the club actually own?",
    "how much is the club racing kit (all-in-one) for juniors?",
]
OFF = [
    "whats a decent 2k erg time for a beginner tbh",
    "can anyone recommend a good pub in wrenhithe for after the regatta?",
    "how do i turn off discord notifications on my iphone",
    "best stretches for lower back pain after rowing?",
    "who won the boat race this year?",
    "what should i eat before a morning outing",
    "how do i change my profile picture on discord",
]

rows = []
for c in A:
    rows.append(c)
for q in NEAR + OFF:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7
out = os.path.join(os.path.dirname(__file__), '..', 'questions.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for i, c in enumerate(rows, 1):
        rec = {"id": f"RW{i:03d}", "doc": c["doc"], "q": c["q"], "expect": c["expect"],
               "facts": c["facts"], "evidence": c["evidence"]}
        f.write(json.dumps(rec, ensure_ascii=False) + '\n')
print(len(rows), 'questions written')
