#!/usr/bin/env python3
"""Writes ../questions.jsonl. Each answerable entry: (doc, q, facts, evidence).
False-premise questions are marked with fp=True (recorded in README, not in the JSONL)."""
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

A = []  # answerable


def a(doc, q, facts, evidence, fp=False):
    A.append({"doc": doc, "q": q, "facts": facts, "evidence": evidence, "fp": fp})


# ---------------------------------------------------------------- RULES (plain text)
R = "rules"
a(R, "when was the guild actually founded? doing a display for the church centenary stuff",
  [["14 November 1921", "1921"]],
  ["The Guild was founded on 14 November 1921 and its area is the"])
a(R, "Is the Guild a registered charity? I wanted to gift aid my subscription",
  [["not a registered charity"]],
  ["The Guild is not a registered charity."])
a(R, "i dont ring myself but i love the bells - can i join the guild and vote at the AGM?",
  [["Friend of the Guild", "Friends"], ["may not vote"]],
  ["A Friend of the Guild is a supporter who does not ring.",
   "may attend meetings, outings and social events and receive the"])
a(R, "I've been a member since the 1970s, when do I get life membership??",
  [["50 consecutive years", "50"]],
  ["automatically to any member who has been a member of the",
   "Guild for 50 consecutive years; or"])
a(R, "my son is 15 and rings at ashcombe, how much is his sub and does he get a vote",
  [["£3.00", "£3"]],
  ["| Junior Member under 16 | £3.00 | No |"])
a(R, "me and my husband both ring at Eskerby and live together, do we both pay the full £18?",
  [["half", "household rate"]],
  ["Where two or more Ringing Members live at the same address, the",
   "second and each further Ringing Member pays half the Ringing"])
a(R, "if i get elected in november do i have to pay the whole years subscription",
  [["half"]],
  ["A person elected a member on or after 1 October pays half the"])
a(R, "Forgot to pay my sub by the end of March - does that mean I've already been thrown out of the guild??",
  [["30 April"], ["reminder"]],
  ["one reminder. A member whose subscription is still unpaid on",
   "30 April ceases to be a member on that day."], fp=True)
a(R, "I let my membership lapse a few years back. to rejoin do i have to pay all the arrears?",
  [["arrears are not charged", "current year's subscription"]],
  ["rejoin at any time by paying the current year's subscription;"])
a(R, "How long can one person stay as Master? Graham seems to have been in charge forever",
  [["five consecutive years", "five"]],
  ["no person may serve as Master for more than five",
   "consecutive years; a former Master may stand again after a gap"])
a(R, "Could the Master also take on the safeguarding officer job if nobody else volunteers?",
  [["may not be both"]],
  ["The same person may not be both Safeguarding Officer and Master."])
a(R, "whats the quorum for a committee meeting",
  [["six"]],
  ["for a Committee meeting is six members, at least two of whom must"])
a(R, "How much notice do we get of the AGM and how is it sent out?",
  [["28 days"]],
  ["The Honorary Secretary shall give every member at least 28 days'",
   "notice of the Annual General Meeting by email (or by post to"])
a(R, "I want to nominate someone for Deputy Master - whats the deadline before the AGM?",
  [["14 days"]],
  ["Honorary Secretary at least 14 days before the meeting. If no"])
a(R, "how many members does it take to force a special general meeting",
  [["12"]],
  ["and must be called on the written request of at least 12"])
a(R, "im away the weekend of the AGM, can I give my vote to someone else as a proxy?",
  [["not allowed"]],
  ["ask for a secret ballot. Proxy votes are not allowed."])
a(R, "The treasurer can sign off anything up to £1000 on her own authority, right?",
  [["£150"], ["Committee"]],
  ["the Honorary Treasurer may approve any single item up to",
   "any single item over £150 and up to £1,000 needs the"], fp=True)
a(R, "our PCC is planning a rehang, whats the most the bell restoration fund can give us?",
  [["£3,000"], ["20 per cent"]],
  ["a grant may not exceed £3,000 or 20 per cent of the cost of",
   "parochial church councils in the Guild area for work on bells,"])
a(R, "what mileage rate do officers get for driving on guild business",
  [["35p"]],
  ["travel by car at 35p per mile. Claims must be made to the"])
a(R, "Something happened at a practice in the summer and I want to complain about another ringer's behaviour. is there a time limit?",
  [["60 days"]],
  ["to the Honorary Secretary (or to the Master, if the complaint is",
   "about the Honorary Secretary) within 60 days of the incident."])
a(R, "if the guild ever folds do members get a share of the money?",
  [["No part", "parochial church councils", "bell fund of the Association"]],
  ["No part of the Guild's money or property shall be paid or given"])

# ---------------------------------------------------------------- TOWERS (html)
T = "towers"
a(T, "how many members has the guild got at the moment?",
  [["138"]],
  ["At the start of 2026 the Guild had 138 members ringing at seven ringable towers"])
a(T, "is practice at thornby magna every wednesday evening?",
  [["1st and 3rd Wednesdays"]],
  ["1st and 3rd Wednesdays 7.00 to 8.30 pm"], fp=True)
a(T, "what time is the young ringers practice at Ashcombe on mondays",
  [["6.30"]],
  ["Monday 6.30 to 7.30 pm (young ringers); Saturday 9.30 to 11.00 am (learners)"])
a(T, "when does brantwell ring on a sunday? want to come and help",
  [["5.45"], ["1st Sunday"]],
  ["5.45 to 6.15 pm, before Evensong on the 1st Sunday"])
a(T, "how many steps up Eskerby tower?? my knees arent what they were",
  [["62"]],
  ["Eskerby is reached by 62 steps on a spiral staircase."])
a(T, "I'm a wheelchair user and would love to try ringing. Is there any tower I could get into?",
  [["Fallowfield"]],
  ["Fallowfield is a ground floor ring with step-free access from the north door"])
a(T, "how much is hollins cross trying to raise to get its bells rehung",
  [["£68,000", "68,000"]],
  ["launched an appeal to rehang them as a ring of six, with a target of"])
a(T, "when's the young ringers club on the mini ring",
  [["first Saturday"], ["2.00"]],
  ["on the first Saturday of each month from 2.00 to 3.30 pm in the Eskerby Parish Room"])
a(T, "we're a band of 6 from another association doing a tower grab in the area - do we need to let anyone know, and what should we donate?",
  [["£15"]],
  ["asked to give a donation of at least £15 per tower towards the upkeep of the bells"])
a(T, "is the monthly guild practice on in august?",
  [["no monthly practice in August"]],
  ["There is no monthly practice in August."])
a(T, "What do I need to be able to ring before I turn up at Surprise Club?",
  [["Plain Bob Major"]],
  ["Before coming you should be able to ring a touch of Plain Bob Major inside without help."])
a(T, "where and when is handbell practice",
  [["Sedgecote Village Hall", "Sedgecote"], ["Thursday"]],
  ["every Thursday afternoon from 2.00 to 3.30 pm in Sedgecote Village Hall"])
a(T, "I'm 45 and want to learn to ring - how much are the lessons?",
  [["free"]],
  ["Lessons are free. We ask each adult learner to buy the Eskerby Ringing Ladder logbook"])
a(T, "roughly how many handling lessons before I can ring a bell on my own?",
  [["6 and 10"]],
  ["Most people need between 6 and 10 handling lessons before they can control a bell safely"])
a(T, "is there a waiting list for lessons, how long is it",
  [["four and eight weeks"]],
  ["the wait is usually between four and eight weeks"])
a(T, "what do u have to do to pass rung 3 on the ringing ladder",
  [["call changes"]],
  ["Rung 3: Call changes and service ringing.",
   "Ringing call changes, ringing for a Sunday service, and raising and lowering a bell with help."])
a(T, "I'm not teaching tonight so it's fine for me to have a pint at the pub before practice and still ring isn't it?",
  [["Nobody may ring after drinking alcohol", "after drinking alcohol"]],
  ["Nobody may ring after drinking alcohol, and nobody who has drunk alcohol may teach."], fp=True)
a(T, "How many changes is a quarter peal?",
  [["1,260"]],
  ["A quarter peal is at least 1,260 changes (1,250 on more than seven bells)"])
a(T, "we'd like to ring a peal at Sedgecote next month for our tower captain's birthday - how far ahead do we need to book it?",
  [["quarter peals only", "no peals"]],
  ["quarter peals only; no peals are rung here because the bells are heard very loudly"], fp=True)
a(T, "how much is the coach for the june outing for my 16 year old? and when do I have to book by",
  [["£13"], ["15 May"]],
  ["The fare is £26 for adults and £13 for under-18s and students.",
   "Book with the Honorary Secretary by 15 May."])
a(T, "our band wants to enter the Fairbrother Shield but we'd need 3 ringers from other towers to make up six, is that ok?",
  [["at least four"]],
  ["at least four of the six ringers must be members who ring regularly at that tower"])

# ---------------------------------------------------------------- SAFEGUARDING (docx)
S = "safeguarding"
a(S, "does the safeguarding policy cover the discord server as well or just the towers",
  [["Discord server"]],
  ["on the Guild Discord server and any other online space run by the Guild"])
a(S, "my daughter is 9 and desperate to learn to ring - is she too young??",
  [["mini-ring", "Wicket"], ["11"]],
  ["Children aged 9 and 10 may learn on the Wicket mini-ring and on handbells",
   "The minimum age for lessons on tower bells is 11."])
a(S, "How often does the young ringer consent form have to be filled in again?",
  [["September"]],
  ["Form YR1 must be renewed every September."])
a(S, "how many grown ups have to be in the tower when there are kids ringing",
  [["two adults", "at least two"]],
  ["At least two adults aged 18 or over must be present whenever a young ringer"])
a(S, "whats the adult to child ratio for 11-13 year olds in the ringing chamber",
  [["1 adult for every 4"]],
  ["1 adult for every 4 young ringers aged 11 to 13; and"])
a(S, "my son is 12 - can I just drop him at the tower for practice and come back for him at the end?",
  [["under 13"], ["stay in the church", "must stay"]],
  ["A parent or carer of a ringer under 13 must stay in the church or the ringing chamber"], fp=True)
a(S, "My 14 year old wants to walk home on her own after Tuesday practice, is that allowed?",
  [["YR1"]],
  ["Young ringers aged 14 to 17 may go home on their own if Form YR1 says so."])
a(S, "what time do under 16s have to stop ringing on a practice night",
  [["8.30"]],
  ["Young ringers under 16 finish ringing by 8.30 pm on practice nights"])
a(S, "at what age can a junior ring in a full peal?",
  [["14"]],
  ["A young ringer may ring in a peal only from the age of 14"])
a(S, "Who pays for the DBS check if I become a tower captain?",
  [["Guild pays"]],
  ["The Guild pays for all checks, so no volunteer is charged."])
a(S, "how often has a DBS check got to be renewed",
  [["three years"]],
  ["Checks must be renewed every three years."])
a(S, "i help out with the kids at ashcombe about once a month, do I actually need a DBS check",
  [["more than three times"]],
  ["anyone who teaches young ringers more than three times in any 30-day period;"])
a(S, "how long does the basic awareness safeguarding course take",
  [["an hour"]],
  ["Basic Awareness course, which is online and takes about an hour."])
a(S, "Is it OK for me to DM one of our young ringers on discord to remind her about practice?",
  [["never send private messages", "copied to a parent", "must not send direct messages"]],
  ["never send private messages to a young ringer, whether by text, social media or Discord direct message;"])
a(S, "what's the ratio of leaders to kids at the youth ringing weekend",
  [["every 5"]],
  ["at least one adult leader for every 5 young ringers, and never fewer than three leaders in total;"])
a(S, "when do the kids have to hand in their phones on the youth weekend lol",
  [["10.00 pm"]],
  ["mobile phones are handed in at 10.00 pm and returned at breakfast; and"])
a(S, "my 15 yr old is dying to climb the ladder up to see the bells, can he?",
  [["under 16"]],
  ["Nobody under 16 may climb a tower ladder above the ringing chamber."])
a(S, "I sometimes have to go up the tower by myself to do maintenance, what am I supposed to do?",
  [["60 minutes"]],
  ["agree a call-back time no more than 60 minutes later"])
a(S, "nobody got hurt but a stay broke during practice last night. do we still need to report it?",
  [["near misses", "Near misses"]],
  ["Near misses, such as a rope caught round a ringer's arm or a stay breaking, must be reported"])
a(S, "If my concern is actually about the safeguarding officer herself, who should I go to?",
  [["Deputy Safeguarding Lead", "Diocesan Safeguarding Adviser"]],
  ["go straight to the Deputy Safeguarding Lead or the Diocesan Safeguarding Adviser"])

# ---------------------------------------------------------------- PRIVACY / PHOTOS / DISCORD (pdf)
P = "privacy-discord"
a(P, "who do I contact about what data the guild holds on me",
  [["Owen Marsh", "privacy@eskerbyguild.org.uk"]],
  ["The Communications Officer, Owen Marsh, is our data protection lead"])
a(P, "why does the guild want my date of birth? I'm just an ordinary adult member",
  [["Junior Members and Student Members"]],
  ["only for Junior Members and Student Members, because the membership class and subscription depend on age"])
a(P, "do you keep a copy of my DBS certificate on file?",
  [["never keep a copy"]],
  ["We never keep a copy of a DBS certificate."])
a(P, "I don't want my full name in the annual report when I ring a quarter, is that possible",
  [["initials"]],
  ["tell the conductor before the ringing starts and you will be listed by your initials"])
a(P, "How long do you keep my membership details after I stop being a member?",
  [["2 years"]],
  ["2 years after your membership ends"])
a(P, "how long are accident book entries kept for",
  [["3 years"], ["21"]],
  ["3 years, or until an injured young ringer reaches 21"])
a(P, "who can open the membership list spreadsheet",
  [["Membership Secretary"]],
  ["only the Honorary Secretary, the Honorary Treasurer and the Membership Secretary can open"])
a(P, "if there's a data breach how fast does the guild have to tell the ICO",
  [["72 hours"]],
  ["we will report it to the Information Commissioner's Office within 72 hours of finding out"])
a(P, "I sent a request for a copy of my data, how long have you got to reply and is there a fee?",
  [["one month"]],
  ["We do not charge, and we will reply within one month."])
a(P, "I've left the guild so you have to delete my name from all the old peal records now, right?",
  [["cannot remove your name"]],
  ["we cannot remove your name from performances that have already been published"], fp=True)
a(P, "can i use flash to get a good pic of the band ringing",
  [["never allowed"]],
  ["Flash photography is never allowed in a ringing chamber while bells are being rung"])
a(P, "Can I film our quarter peal attempt to put on youtube?",
  [["No photographs or filming during a quarter peal"]],
  ["No photographs or filming during a quarter peal or peal."])
a(P, "I was going to fly my drone at the outing to get some aerial shots of the towers, any rules?",
  [["parochial church council"]],
  ["without the written permission of the parochial church council"])
a(P, "can we post a photo of the junior band in #general with everyone's full names?",
  [["first name only"], ["never posted in public channels"]],
  ["Captions may give a young ringer's first name only, never their surname, school or home village.",
   "Photographs of young ringers are never posted in public channels of the Discord server"])
a(P, "how long does it take you to remove a photo of me from the website once I ask",
  [["5 working days"]],
  ["We will take it down from the website and the Discord server within 5 working days."])
a(P, "my kid is 14 and rings at sedgecote, can she join the discord?",
  [["written consent"]],
  ["Junior Members aged 13 to 15 may join only with the written consent of a parent or carer"])
a(P, "joined the server yesterday but can only see #welcome, how long does verification take",
  [["48 hours"]],
  ["then give you the Member role, normally within 48 hours"])
a(P, "what channel do I use if we're short of ringers for sunday service",
  [["#sunday-cover", "sunday-cover"]],
  ["Asking for help to make up a band for service ringing"])
a(P, "I got a 24 hour timeout for something I didnt even do. how do I appeal it?",
  [["cannot be appealed"]],
  ["Warnings and 24-hour timeouts cannot be appealed."], fp=True)
a(P, "how long have I got to appeal a ban and how long till I hear back?",
  [["14 days"], ["21 days"]],
  ["Email appeals@eskerbyguild.org.uk within 14 days of the sanction",
   "their decision within 21 days. Each sanction may be appealed only once"])

# ---------------------------------------------------------------- ABSTAIN
NEAR = [
    ("whats the phone number for the thornby magna tower captain?", "Only the tower captain's name (Hazel Quinton) is given; no phone numbers for tower captains; contact details are said to be in the Annual Report and pinned in #practice-nights."),
    ("Who is the steeple keeper at Eskerby?", "Rules 6.3 says each tower should have a steeple keeper; no steeple keeper is named for any tower (Lorna Beckwith is the tower captain)."),
    ("can someone give me the guild bank details / sort code so i can pay my sub by transfer", "Rule 4.1: subs are paid to the Honorary Treasurer directly or through the tower captain; no bank details are given."),
    ("How much money is in the Bell Restoration Fund at the moment?", "Rules describe the fund, grants (max £3,000 or 20%) and £2 per subscription, but never a balance."),
    ("how much are tickets for the christmas dinner this year", "Towers page: dinner on a Saturday in early December, tickets sold through tower captains from October; no price."),
    ("can I bring my dog up the tower to practice? he's very well behaved", "Nothing about dogs or animals in any document."),
    ("is there parking at sedgecote church for practice night", "Nothing about parking."),
    ("When is the guild's open tower day this year?", "No open day is mentioned; only Quarterly Ringing Meetings, outings and competitions."),
    ("What's the Master's email address? want to send him something directly", "The Schedule lists emails for several officers but none for the Master, Graham Pellow."),
    ("who won the Fairbrother Shield last year", "Only the rules of the competition and that the winning tower hosts next year; no winner named."),
    ("do I need to wear gloves when I ring? my hands are getting sore", "Safety rules cover shoes, hair, scarves, jewellery; gloves are not mentioned."),
    ("can someone post the invite link to the discord server pls", "Part C says members and invited guests may join and are verified; no invite link is given."),
    ("how many young ringers does the guild have altogether?", "Only the total of 138 members is given; no figure for young ringers or Junior Members."),
    ("does the guild sell polo shirts or sweatshirts with the guild logo? how much are they", "No Guild clothing or merchandise is mentioned (only the enamel badge given for a first quarter peal)."),
    ("how much does the october half term young ringers outing cost", "Towers page: held in October half-term with minibus travel, details sent to parents in September; no cost (only the June outing fares and the 2025 Youth Ringing Weekend price are given)."),
    ("What is the Guild's ICO registration number?", "The privacy notice names the data controller and mentions the ICO for breaches and complaints, but gives no registration number."),
    ("how many peals has alan brierley rung?", "He is named as Peal Recorder; no personal peal count; only the 2025 totals (11 peals, 94 quarters)."),
    ("where is the guild christmas dinner held", "Only 'a Saturday in early December'; no venue."),
    ("When will the Hollins Cross bells actually be rehung? any date yet?", "Only the appeal target of £68,000 and a BRF grant offer; no date."),
    ("who provides the muffles for half-muffled ringing on remembrance sunday?", "Muffled ringing and Remembrance Sunday are not mentioned."),
    ("when were the Eskerby bells cast and which foundry made them?", "Only the number of bells and tenor weight (18-2-11 in E) are given; no casting date or founder."),
]
OFF = [
    "anyone got a good lemon drizzle recipe for the tower tea after the AGM?",
    "whats the weather looking like for saturday?",
    "how do i reset my discord password, locked out",
    "who won the FA cup last year",
    "can anyone recommend a decent plumber in eskerby",
    "best laptop for under £500?",
    "how many km is 26 miles",
]


def main():
    out = []
    n = 0
    for x in A:
        n += 1
        out.append({"id": f"BL{n:03d}", "doc": x["doc"], "q": x["q"], "expect": "answer",
                    "facts": x["facts"], "evidence": x["evidence"]})
    for q, _why in NEAR:
        n += 1
        out.append({"id": f"BL{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
    for q in OFF:
        n += 1
        out.append({"id": f"BL{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
    with open(ROOT / "questions.jsonl", "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # a listing used to write the README tables
    with open(ROOT / "build" / "question_index.txt", "w", encoding="utf-8") as f:
        for o, x in zip(out, A):
            f.write(f"{o['id']}\t{o['doc']}\t{'FP' if x['fp'] else ''}\t{o['q']}\n")
        k = len(A)
        for i, (q, why) in enumerate(NEAR):
            f.write(f"{out[k + i]['id']}\tNEAR\t\t{q}\t{why}\n")
        k += len(NEAR)
        for i, q in enumerate(OFF):
            f.write(f"{out[k + i]['id']}\tOFF\t\t{q}\n")
    print(f"wrote {len(out)} questions ({len(A)} answerable, {len(NEAR)} near misses, {len(OFF)} off-topic, "
          f"{sum(x['fp'] for x in A)} false premises)")


if __name__ == "__main__":
    main()
