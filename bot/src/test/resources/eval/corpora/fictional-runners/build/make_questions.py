#!/usr/bin/env python3
"""Writes ../questions.jsonl and question_key.tsv. Questions are listed by
document, shuffled with a fixed seed, then numbered RU001.. ."""
import json, os, random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = []  # (tag, kind, doc, q, facts, evidence)

def ans(tag, doc, q, facts, evidence, kind="answer"):
    A.append((tag, kind, doc, q, facts, evidence))

def abst(tag, kind, q, note):
    A.append((tag, kind, None, q, [], [], note))

# ---------------- CONSTITUTION ----------------
C = "constitution"
ans("C01", C, "someone at the pub said the club was only started in 1991?? thought it was older than that",
    [["1978"]], ["The Club was founded in 1978 as the Ashby Fenwick Road Runners"], "false-premise")
ans("C02", C, "what colours is the club vest exactly? dont want to buy the wrong top for my first race",
    [["emerald green"], ["sash"]], ["emerald green vest with a white diagonal sash running from the left shoulder"])
ans("C04", C, "if the committee turns down my membership application is there any way to challenge it",
    [["next Committee meeting"]], ["An applicant who is refused may ask for the decision to be reviewed at the next Committee meeting"])
ans("C05", C, "I'm 67 and retired, is there a cheaper sub for older members or do I pay the full senior rate?",
    [["28"]], ["Concession Aged 65 and over, full-time students, \u00a328.00 Included"])
ans("C06", C, "my first claim is with another club, so I'd be joining you second claim - I assume its the same \u00a342 as everyone else?",
    [["20"]], ["Second-claim Aged 18 and over, first claim elsewhere \u00a320.00 Not included"], "false-premise")
ans("C08", C, "when do subs need renewing each year?",
    [["1 April"]], ["The membership year runs from 1 April to 31 March.", "Renewal fees are due on 1 April."])
ans("C09", C, "im thinking of joining in november, do i still have to pay the full years fee?",
    [["half"]], ["A new member who joins on or after 1 October pays half of the annual fee"])
ans("C10", C, "what actually happens if I forget to renew until mid June?",
    [["31 May"]], ["A member who has not renewed by 31 May ceases to be a member."])
ans("C11", C, "been out with a stress fracture for 7 months now :( can I get my membership fee refunded?",
    [["not refundable"], ["carry"]], ["Subscriptions are not refundable. However, the Committee may, at its discretion,",
                                       "carry a subscription forward to the next membership year for a member who has been unable to run"])
ans("C12", C, "money is really tight at the moment, is there any way to pay less for membership and who would I talk to",
    [["Treasurer", "Membership Secretary"]], ["may speak in confidence to the Treasurer or the Membership Secretary"])
ans("C13", C, "can 17 year old juniors vote at the AGM?",
    [["16"]], ["Voting members are all members aged 16 or over on the date of the meeting"])
ans("C14", C, "Can a second claim member stand for chair?",
    [["may not stand"]], ["Second-claim members may vote but may not stand for election as Chair, Secretary or Treasurer."])
ans("C15", C, "someones made a complaint about me. how much notice do i get before the hearing and am i allowed to bring someone with me?",
    [["14 days"], ["friend"]], ["given at least 14 days' notice of the hearing", "They may be accompanied by a friend"])
ans("C16", C, "if the disciplinary panel expels someone, how long have they got to appeal and who do they send it to",
    [["14 days"], ["Chair"]], ["may appeal in writing to the Chair within 14 days of receiving the Panel's decision"])
ans("C17", C, "could our welfare officer also take on treasurer for a year? nobody else wants it",
    [["no other role"]], ["the Welfare Officer may hold no other role"])
ans("C18", C, "How many years in a row is someone allowed to be Chair?",
    [["four"]], ["No person may serve as Chair for more than four consecutive years."])
ans("C19", C, "I want to stand for the committee, by when do I need to get my nomination in?",
    [["10 days"]], ["at least 10 days before the Annual General Meeting and signed by the candidate"])
ans("C20", C, "cant make the AGM this year, can I give my vote to a mate to cast for me?",
    [["not allowed"]], ["Proxy votes are not allowed. The person chairing the meeting has a casting vote."])
ans("C21", C, "as kit sec can I just go ahead and buy a new gazebo for \u00a3300 or does the committee have to ok it",
    [["250"]], ["An officer may spend up to \u00a3250 on a single item without the prior approval of the Committee"])
ans("C22", C, "bit morbid but if the club ever folded would the money get split between the members?",
    [["No assets shall be shared"], ["England Athletics", "charity"]],
    ["any remaining assets shall be given to another club affiliated to England Athletics",
     "No assets shall be shared among the members."])

# ---------------- TRAINING, RACES AND SAFETY (PDF) ----------------
T = "training"
ans("T02", T, "how much is it for the tuesday track session and who do I pay?",
    [["3.50"], ["reception"]], ["The track fee is \u00a33.50 per session for seniors, paid at the leisure centre reception"])
ans("T03", T, "is there still a club run on bank holiday mondays?",
    [["09:00"]], ["the evening run is replaced by a social run starting from the Pavilion at 09:00"])
ans("T04", T, "who actually plans the tuesday and thursday coached sessions?",
    [["Simon Achterberg"]], ["planned by our Head Coach, Simon Achterberg"])
ans("T05", T, "how long is the start running course and do I have to be a member to do it?",
    [["nine-week", "nine week", "9 week", "9-week"], ["not need to be members", "do not need", "don't need"]],
    ["The Start Running course is a nine-week course for complete beginners",
     "People on the course do not need to be members"])
ans("T07", T, "bit nervous about monday, what happens if I cant keep up with my group? will I get left?",
    [["back marker"]], ["Nobody is left behind: if you drop off the pace, the back marker stays"])
ans("T08", T, "what qualification do the run leaders have?",
    [["Leadership in Running Fitness", "LiRF"]], ["Our run leaders hold the England Athletics Leadership in Running Fitness (LiRF) licence."])
ans("T09", T, "hi-vis is only compulsory in december and january isn't it?",
    [["October"], ["March"]], ["From the last Sunday in October until the last Sunday in March"], "false-premise")
ans("T10", T, "do monday runs go down the unlit lanes in winter? trying to work out if i need a proper head torch",
    [["lit roads"]], ["the Monday and Thursday evening runs use lit roads and paths only"])
ans("T11", T, "can I listen to podcasts on my earbuds on the thursday evening run if I keep the volume low??",
    [["not allowed"]], ["Headphones and earbuds are not allowed on any club run or coached session",
                        "Bone-conduction headphones that leave the ears open are allowed at low volume"])
ans("T12", T, "when there's no pavement which side of the road are we meant to run on",
    [["right-hand", "right hand", "facing oncoming"]], ["run in single file on the right-hand side of the road, facing oncoming traffic"])
ans("T13", T, "its snowing, how will i know if tonights session is off?",
    [["session-changes"], ["16:00"]], ["Cancellations and changes are posted in the #session-changes channel on Discord by 16:00 on the day."])
ans("T14", T, "how much discount do we usually get off race entries for being an affiliated club member?",
    [["\u00a32"]], ["give affiliated runners a discount, usually \u00a32"])
ans("T15", T, "do I have to pay for the cross country league races myself?",
    [["Club pays"]], ["The Club enters some team competitions centrally. The Club pays the entry fees"])
ans("T16", T, "how many races actually count for the club championship?",
    [["five", "5"]], ["chosen by the Club Captain and announced in #race-chat each March. Your best five results count."])
ans("T17", T, "how do the marathon club places get given out?",
    [["draw"]], ["they are allocated by a draw among first-claim members who applied in the public ballot"])
ans("T18", T, "since the Fenwick 10K counts double in the club champs, is it better to run it than marshal?",
    [["never a counting race"]], ["The Fenwick 10K is never a counting race for the Club championship"], "false-premise")
ans("T19", T, "how much is an adult club vest and where can I get one?",
    [["22"], ["Monday"]], ["Vests are kept in stock and can be bought at the Pavilion on Monday evenings", "Club vest or crop top (adult sizes)"])
ans("T20", T, "where is the nearest defib at the pavilion?",
    [["outside wall", "main door"]], ["mounted on the outside wall beside the Pavilion's main door"])
ans("T21", T, "rolled my ankle on a club run last night, is there a time limit for filling in the accident form?",
    [["48 hours"]], ["written up on the Club accident form within 48 hours"])
ans("T22", T, "does the club insurance through England Athletics cover me if I get injured?",
    [["does not cover"]], ["It does not cover your own injuries, lost income or damage to your belongings"])

# ---------------- JUNIORS (HTML) ----------------
J = "juniors"
ans("J01", J, "my son is 10 and desperate to start, which tuesday session should he come to with the juniors?",
    [["11"], ["waiting list"]], ["Juniors can join from the age of 11",
                                 "Children can be added to the waiting list from the age of 10."], "false-premise")
ans("J02", J, "do siblings get priority on the junior waiting list? my eldest already runs with u",
    [["brothers and sisters"]], ["brothers and sisters of current junior members are offered places first"])
ans("J03", J, "do we have to fill in the junior consent form again every year or just once?",
    [["every year"]], ["The consent form is renewed every year when the membership is renewed."])
ans("J04", J, "my daughter is 12 now but turns 13 in october, which group will she be in?",
    [["31 August"], ["Under 13", "U13"]], ["which is worked out from their age on 31 August"])
ans("J05", J, "what time is the saturday cross country squad and does it run all year?",
    [["10:00"], ["October to February"]], ["Saturday 10:00 to 11:00, October to February"])
ans("J06", J, "which days do the U15s train and where?",
    [["Tuesday"], ["Thursday"]], ["Tuesday 18:00 to 19:15; Thursday 18:00 to 19:00", "Track on Tuesday; Millbrook Park on Thursday"])
ans("J07", J, "Are there junior sessions over the summer holidays?",
    [["August"]], ["Junior sessions stop for two weeks over Christmas and for the whole of August."])
ans("J08", J, "do juniors have to pay the track fee too? do we pay it at reception like the adults",
    [["\u00a32"], ["coach"]], ["juniors pay \u00a32 for each Tuesday track session",
                              "Please pay the track fee to the coach in cash or through the Club's online payment page"])
ans("J09", J, "can I drop my 11 year old at the track entrance and head off, I've got work",
    [["hand each", "handed", "hand over", "hand them"]], ["A parent or carer must hand each Under 13 athlete over to a coach"])
ans("J10", J, "what happens if im stuck in traffic and late picking my kid up from training?",
    [["two coaches"]], ["If a child has not been collected, two coaches will wait with them and call the emergency contacts."])
ans("J11", J, "who is the welfare officer and how do I get hold of her?",
    [["Joanne Tull"], ["welfare@ashbyfenwickharriers.org.uk", "email"]], ["Our Welfare Officer is Joanne Tull.",
                                                                         "You can reach her by email at welfare@ashbyfenwickharriers.org.uk"])
ans("J12", J, "who pays for county champs entries for juniors, the club or us?",
    [["Parents enter and pay", "parents"]], ["Parents enter and pay for these themselves"])
ans("J13", J, "is one of the coaches able to give my daughter a lift to the XC fixture on saturday? I'm working",
    [["do not give lifts"]], ["Club coaches do not give lifts to juniors."])
ans("J14", J, "how much does a junior size club vest cost?",
    [["16"]], ["Junior-sized vests cost \u00a316 and can be bought from the Kit Secretary"])
ans("J15", J, "my lad is 16, can he come on the sunday long run with the seniors?",
    [["18"]], ["They may not join the Sunday long run until they are 18"])
ans("J16", J, "if my 13 year old is in a photo on the club website will it have his full name?",
    [["first name"]], ["We never publish the full name of a junior under 16 next to their photo.",
                        "Captions use the first name only, or no name at all."])
ans("J17", J, "I've changed my mind on photo consent for my daughter, how quickly will pictures be taken down?",
    [["seven days"]], ["we will take down any photos of your child that we control within seven days"])
ans("J18", J, "we've missed a few weeks because of exams, could he lose his place?",
    [["six"]], ["If a junior misses six sessions in a row without telling us"])
ans("J19", J, "does my daughter need to buy spikes before she starts?",
    [["first term"]], ["Spikes are not needed in the first term"])
ans("J20", J, "my son has asthma, is that a problem for training? anything I need to do",
    [["inhaler"]], ["make sure your child brings their inhaler, labelled with their name, to every session"])

# ---------------- PRIVACY NOTICE AND DISCORD RULES (DOCX) ----------------
P = "privacy-discord"
ans("P01", P, "who deals with data protection stuff for the club? is there a DPO",
    [["Martin Pryce"]], ["the Secretary, Martin Pryce, is the Club's data protection lead"])
ans("P02", P, "does the club keep a copy of my DBS certificate on file?",
    [["do not keep copies"]], ["We do not keep copies of certificates."])
ans("P03", P, "what info about me gets passed on when you enter me in the cross country league?",
    [["URN"], ["age category"]], ["We share your name, URN, sex and age category."])
ans("P04", P, "does the club send my details to the physio for the member discount?",
    [["do not share"]], ["We do not share your details with Fenwick Sports Physiotherapy or any other partner."])
ans("P05", P, "I left the club last year, how long will you hang on to my membership record?",
    [["2 years"]], ["Kept for 2 years after your membership ends"])
ans("P06", P, "my daughter fell at the track and there was an accident form done, how long is that kept for?",
    [["21st birthday"]], ["Until the junior's 21st birthday, or 3 years, whichever is later"])
ans("P07", P, "if I don't renew, how long do you keep the medical info I gave you?",
    [["end of the membership year"]], ["Deleted at the end of the membership year in which you leave"])
ans("P08", P, "I'd like to see all the data the club holds on me. Is there a fee and how long will it take?",
    [["no charge"], ["one month"]], ["There is no charge, and we will reply within one month."])
ans("P09", P, "im not a member yet, just thinking about joining - can I still get on the discord?",
    [["30 days"]], ["Prospective members, who are given the Guest role for up to 30 days."])
ans("P10", P, "joined the discord on sunday and still don't have the member role, how long does verifying take?",
    [["three days"]], ["gives you the Member role, usually within three days"])
ans("P11", P, "what happens to my discord access if I haven't renewed by the end of may?",
    [["Guest"]], ["lose the Member role and go back to the Guest role"])
ans("P12", P, "who is allowed to post in #session-changes?",
    [["coaches", "Coach"], ["run leaders", "Run Leader"]], ["Only coaches, run leaders and the Committee can post here."])
ans("P13", P, "cant run the Fenwick 10K anymore, can I sell my bib in #kit-swap since thats what its for?",
    [["official transfer scheme"]], ["Race numbers must not be sold, swapped or given away anywhere on the server"], "false-premise")
ans("P14", P, "I make running themed jewellery, is it ok to post about it in general?",
    [["ask a moderator"]], ["If you run a running-related business, ask a moderator before you post about it."])
ans("P15", P, "is it ok to post a pic of my gross black toenail in #general lol",
    [["spoiler"]], ["no graphic injury photos except in #injury-corner, behind a spoiler tag"])
ans("P16", P, "can I DM one of the 17 year old juniors to offer a lift to the race?",
    [["must not send direct messages"]], ["Adults must not send direct messages to a junior member."])
ans("P17", P, "I got a 24 hour timeout yesterday which was totally unfair, can I appeal it?",
    [["cannot be appealed"]], ["Reminders and timeouts of 24 hours or less cannot be appealed."])
ans("P18", P, "how long can a temporary ban last, and can one mod do it on their own?",
    [["3 months"], ["two moderators"]], ["A temporary ban must be agreed by at least two moderators.",
                                         "removal from the server for up to 3 months"])
ans("P19", P, "the mod who banned me isn't replying to my DMs about my appeal, how long do they have to decide it?",
    [["Secretary"], ["21 days"]], ["Do not appeal to the moderator who took the action.",
                                   "email the Secretary within 14 days of the decision",
                                   "You will be told the outcome within 21 days."], "false-premise")
ans("P20", P, "I got a formal warning ages ago, does that still count against me forever?",
    [["12 months"]], ["A formal warning is ignored for the purposes of the ladder once it is 12 months old."])

# ---------------- NEAR MISSES (not answered by any document) ----------------
NM = [
 ("N01", "whens the AGM this year? need the actual date so i can book the evening off",
  "Constitution 10.1-10.2: held no later than 30 June, 21 days' notice, notice on #announcements; no date is given."),
 ("N02", "how much of the \u00a342 senior sub actually goes to England Athletics?",
  "Constitution 4.2: fees include the EA registration fee, whose amount EA sets each year; the amount is never given."),
 ("N03", "who is the current club captain? want to ask about getting in a relay team",
  "Roles of Club Captain and Vice-Captain described (8.5, relays picked by the Club Captain); no name. Named: Secretary Martin Pryce, Welfare Officer Joanne Tull, Head Coach Simon Achterberg, Head Junior Coach Dev Ramasamy."),
 ("N04", "how much does the Start Running beginners course cost?",
  "Training guide: nine weeks, Wednesdays 18:30, 30 places, spring and autumn, booking required; no cost."),
 ("N05", "whats the entry fee for the Fenwick 10K?",
  "Training guide 5.6: second Sunday in September, 800 runners, 70 volunteers; affiliated discount usually \u00a32 for races in general; no entry fee."),
 ("N06", "how many marathon club places does the club get each year?",
  "Training guide 5.5: how club places are drawn and eligibility; never how many."),
 ("N07", "what % discount do members get at Fenwick Sports Physio?",
  "Training guide 6.5 and privacy notice 4: a discount on showing the EA card; no amount."),
 ("N08", "how much is the club waterproof jacket?",
  "Training guide 5.7: vest \u00a322, T-shirt \u00a318, hoodie \u00a330, junior vest \u00a316 (juniors page); jacket made to order in batches of at least 20; no price."),
 ("N09", "how much are tickets for the annual awards dinner?",
  "Constitution 13.3 and training guide 5.4: trophies presented at the annual awards dinner organised by the Social Secretary; no price or date."),
 ("N10", "how many points do you get for winning one of the club champs races?",
  "Training guide 5.4: points by finishing position among Club members, best five of eight count; no points values."),
 ("N11", "when's the cut-off for the next kit batch order? want a hoodie",
  "Training guide 5.7: batches four times a year announced in #announcements; no dates or deadlines."),
 ("N12", "whats joanne tull's phone number? need to talk to the welfare officer",
  "Juniors page: email welfare@ashbyfenwickharriers.org.uk or speak to her at the track on Tuesdays; no phone number."),
 ("N13", "roughly how long is the wait on the U13 waiting list at the moment?",
  "Juniors page: waiting list from age 10, order of joining, siblings first, kept by the Juniors Coordinator; no waiting time."),
 ("N14", "who are the discord moderators?",
  "Privacy/Discord 7 and 10: volunteers appointed by the Committee; no names."),
 ("N15", "how long does the club keep the registers the run leaders take on senior runs?",
  "Training guide 3: leaders take a register; retention table lists only junior session registers (3 years)."),
 ("N16", "what time does the tuesday senior track session finish? need to sort a babysitter",
  "Training guide: senior track starts 19:00 (start times only); junior Tuesday sessions end 18:30 and 19:15."),
 ("N17", "can I bring my dog along on the saturday trail run?",
  "No document mentions dogs or other animals; trail run details (08:00, Ashby Woods, first and third Saturdays) only."),
 ("N18", "how much does the LiRF run leader course cost?",
  "Training guide 3: run leaders hold the LiRF licence, speak to the Head Coach; no cost or length."),
 ("N19", "what's the minimum age to run the Fenwick 10K? my 14 year old wants to enter",
  "Minimum ages given are for membership (11), senior sessions (16), Sunday long run (18) and Discord (16); none for the Fenwick 10K."),
 ("N20", "how far is the U15 girls race at the midshire XC league?",
  "Juniors page: XC league October to February, club pays entries; no race distances."),
 ("N21", "do we get a discount at any of the running shops in town with our club membership?",
  "Discounts mentioned: Fenwick Sports Physiotherapy (training guide 6.5, privacy notice 4) and the affiliated-runner race entry discount, usually \u00a32 (training guide 5.1); no shop discount."),
]
OFF = [
 ("O01", "anyone know if the chippy on market street is open on sundays?"),
 ("O02", "can someone recommend a decent plumber round here, boiler's packed in again"),
 ("O03", "who won the world cup in 2014?"),
 ("O04", "whats a good recipe for banana bread, got loads of brown bananas"),
 ("O05", "is it going to rain tomorrow morning?"),
 ("O06", "any good podcast recommendations for a long drive?"),
 ("O07", "how do I convert a PDF to a Word document on a mac?"),
]

rows = []
for t in A:
    tag, kind, doc, q, facts, ev = t
    rows.append({"tag": tag, "kind": kind, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev, "note": ""})
for tag, q, note in NM:
    rows.append({"tag": tag, "kind": "near-miss", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "note": note})
for tag, q in OFF:
    rows.append({"tag": tag, "kind": "off-topic", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "note": ""})

random.Random(20250914).shuffle(rows)
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f, \
     open(os.path.join(HERE, "question_key.tsv"), "w", encoding="utf-8") as k:
    k.write("id\ttag\tkind\tdoc\tquestion\tnote\n")
    for i, r in enumerate(rows, 1):
        qid = f"RU{i:03d}"
        f.write(json.dumps({"id": qid, "doc": r["doc"], "q": r["q"], "expect": r["expect"],
                            "facts": r["facts"], "evidence": r["evidence"]}, ensure_ascii=False) + "\n")
        k.write(f"{qid}\t{r['tag']}\t{r['kind']}\t{r['doc'] or '-'}\t{r['q']}\t{r['note']}\n")
from collections import Counter
print(len(rows), Counter(r["kind"] for r in rows), Counter(r["doc"] for r in rows if r["expect"] == "answer"))
