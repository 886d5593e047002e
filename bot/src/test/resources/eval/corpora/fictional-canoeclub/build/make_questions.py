#!/usr/bin/env python3
"""Writes questions.jsonl for the fictional-canoeclub set (ids CC001...).

Each answerable entry: (doc, question, facts, evidence, false_premise_note or None).
Abstain entries: (kind, question, note) where kind is "near" or "off".
"""
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

C, B, S, P = "constitution", "boats-sessions", "safety-policy", "privacy-discord"

ANSWERABLE = [
    # ---------------- CONSTITUTION ----------------
    (C, "does the club actually own the boathouse or is it rented? someone said the council has something to do with it",
     [["Aldwyke Town Council"], ["leases", "lease"]],
     ["which the Club leases from Aldwyke Town Council"], None),
    (C, "how much is senior membership for 2026-27?",
     [["£78", "78"]],
     ["The categories of membership and the annual fees for the membership year 2026-27 are:"], None),
    (C, "my son turns 16 next month, will he be allowed to vote at the AGM or is it adults only",
     [["16 or 17 may vote", "may vote"]],
     ["A junior member aged 16 or 17 may vote at general meetings."], None),
    (C, "is there a joining fee on top of the sub?? i did the start paddling course 6 weeks ago if that matters",
     [["waived"], ["90 days"]],
     ["anyone who has completed the Club's Start Paddling course in the previous 90 days"], None),
    (C, "if I join in November do I still have to pay the whole year's fee",
     [["half"]],
     ["A person who joins on or after 1 October pays half of the annual fee"], None),
    (C, "totally forgot to renew and its now mid may... am i still a member or what",
     [["30 April"], ["lapsed"]],
     ["A member whose renewal fee has not been received by 30 April shall be treated as lapsed"], None),
    (C, "paid my membership 10 days ago, havent been to a single session and now im moving away for work. can i get my money back?",
     [["14 days"], ["full refund"]],
     ["a member who asks in writing within 14 days of paying receives a full refund"], None),
    (C, "as a new member im on probation for 6 months so i guess no key fob till autumn?",
     [["three months"]],
     ["Every new paddling member, other than a junior member, serves a probationary period of three months"],
     "Probation is three months, not six."),
    (C, "how long can one person stay as chair? feels like some clubs have the same chair forever",
     [["four consecutive years", "four"]],
     ["No person may serve as Chair for more than four consecutive years."], None),
    (C, "when is the AGM normally held and how much notice do members get",
     [["October"], ["21 days"]],
     ["and in any case no later than 31 October", "at least 21 days' notice of the AGM by email"], None),
    (C, "I'd like to stand for the committee this year. What is the deadline for nominations?",
     [["14 days"]],
     ["must reach the Secretary at least 14 days before the AGM"], None),
    (C, "how many of us would need to sign to force an EGM about the new rack fees",
     [["12"]],
     ["a written request signed by at least 12 voting members"], None),
    (C, "im away for the agm so who do i send my proxy vote form to?",
     [["not allowed"]],
     ["Proxy votes are not allowed. Members may attend a general meeting online"],
     "Proxy votes are not allowed (a member may attend online if the Committee offers it)."),
    (C, "can the equipment officer just go ahead and buy a £400 boat trolley or does it need sign off",
     [["Committee"], ["£150", "150"]],
     ["more than £150 and up to £1,500 on a single item needs the approval of the Committee"], None),
    (C, "how much does it cost to keep my own kayak on an inside rack in the boathouse?",
     [["£45", "45"]],
     ["inside rack in the boathouse: £45 per boat"], None),
    (C, "can i rack 3 boats? got a creek boat, a touring kayak and a new sup lol",
     [["two"]],
     ["No member may hold more than two rack spaces at one time."], None),
    (C, "how much is the deposit on a key fob and what happens if i lose it",
     [["£20", "20"], ["£10", "10"]],
     ["A refundable deposit of £20 is paid for each key fob.", "A lost fob is replaced for a fee of £10"], None),
    (C, "fancy a paddle above the weir in april when its quiet, any problem with that?",
     [["15 March"], ["15 June"]],
     ["Paddling on the Tarrow above Aldwyke Weir between 15 March and 15 June is not allowed"], None),
    (C, "someone was really rude to me at club night 2 weeks ago. how do i make a complaint and is there a time limit",
     [["28 days"], ["Secretary"]],
     ["A complaint about a member's conduct must be made in writing to the Secretary within 28 days"], None),
    (C, "if the club ever folded what would happen to all the boats, would members get them?",
     [["another paddlesport club", "paddlesport club"]],
     ["shall be given to another paddlesport club or to a charity that promotes sport in the Tarrow Valley",
      "No asset may be distributed to members."], None),

    # ---------------- BOATS, HIRE AND SESSIONS (html) ----------------
    (B, "how many boats does the club actually have in total?",
     [["63"]],
     ["The Club owns 63 boats and boards."], None),
    (B, "can we take a couple of the polo boats down the river on thursday for a laugh",
     [["never go on the river"]],
     ["The polo kayaks are kept at the leisure centre and never go on the river."], None),
    (B, "my daughter is 8 but tiny, about 19kg. do u have buoyancy aids small enough for her?",
     [["20 kg"]],
     ["Child buoyancy aids are available for children weighing 20 kg and over."], None),
    (B, "can I hire one of the club dry suits for the winter Sunday trips?",
     [["does not own dry suits"]],
     ["The Club does not own dry suits"],
     "The Club does not own dry suits, so there are none to hire."),
    (B, "how much to borrow a club kayak for a paddle on my own on the millbeck reach on sunday morning?",
     [["£4", "4 per boat"], ["three paddlers", "at least three"]],
     ["the charge is £4 per boat per day, paid through the Boat Board",
      "there must be at least three paddlers on the water"],
     "Self-led paddling cannot be done alone: at least three paddlers must be on the water."),
    (B, "how far ahead do i need to book a boat on the boat board?",
     [["24 hours"]],
     ["book the boat on the Boat Board on the Club website at least 24 hours in advance"], None),
    (B, "gauge is on 0.9 tonight, me and 2 mates are level 3 with fobs, can we take club boats out self-led?",
     [["0.8"]],
     ["never when the Aldwyke Bridge gauge reads more than 0.8 m"], None),
    (B, "planning a week in scotland in may, can i take 2 club boats with me and how much would that be",
     [["£10", "10 per boat"], ["7 days"]],
     ["for £10 per boat per day, for no more than 7 days in a row"], None),
    (B, "Is it possible to borrow the club touring kayaks for a weekend trip in July?",
     [["Monday to Friday"]],
     ["boats may be taken off site for private trips only from Monday to Friday"], None),
    (B, "i put a crack in one of the club boats on a rock yesterday, am i going to have to pay for it??",
     [["nothing"], ["£250", "250"]],
     ["Normal wear and tear and damage from an honest mistake costs you nothing.",
      "the member may be asked to pay for the repair, up to a maximum of £250"], None),
    (B, "what grade is hobbs rapids and what level do i need to paddle it",
     [["grade 2"], ["Level 3"]],
     ["Hobb's Rapids, below Cobble Bridge to the Linthorpe footbridge (1.2 km)"], None),
    (B, "the weir looks tiny when the river is low, can we just run it instead of carrying round?",
     [["never run"], ["left bank"]],
     ["Aldwyke Weir is never run. Every boat must be portaged",
      "portaged around the weir on the left bank using the marked steps"], None),
    (B, "whats the cutoff for booking thursday club night?",
     [["6 pm"]],
     ["must be booked on the Session Board on the Club website by 6 pm the evening before"], None),
    (B, "are there any evening river sessions in the winter months?",
     [["no evening sessions"]],
     ["there are no evening sessions on the river, because it is dark"], None),
    (B, "what happens if i book sessions and then dont turn up a few times lol",
     [["three no-shows", "three"], ["two days"]],
     ["three no-shows in a season means you lose the right to book more than two days ahead"], None),
    (B, "how much is pool night for my 12 yr old and do i have to stay while shes in",
     [["£4"], ["gallery"]],
     ["Pool sessions cost £6 for adult members and £4 for junior members",
      "Juniors under 14 must have a parent or carer in the spectator gallery for the whole session."], None),
    (B, "can i bring my own creek boat to the friday pool session to practise rolling",
     [["Head Coach"], ["wash"]],
     ["Members who want to bring their own boat must get the Head Coach's permission"], None),
    (B, "my mate would rather keep doing tasters than join, how many is she allowed to do?",
     [["three"]],
     ["You can come to a maximum of three taster sessions before you need to join the Club."], None),
    (B, "my friend paddles with another club, can she come along to a tuesday session with me?",
     [["four"], ["£5"]],
     ["can attend up to four Club sessions a year as a guest for £5 a session"], None),
    (B, "just back from a week paddling in wales, anything i need to do before putting my boat back in the boathouse?",
     [["Check, Clean, Dry"]],
     ["must be cleaned with the Check, Clean, Dry routine before it comes back into the boathouse"], None),

    # ---------------- SAFETY, LEVELS, JUNIORS, TRIPS (docx) ----------------
    (S, "do we have to wear buoyancy aids at pool training too or is that different",
     [["Head Coach"]],
     ["The only exception is pool training, where the Head Coach decides."], None),
    (S, "my 13 yo hates his helmet, does he really need it just on the flat bit of the millbeck reach?",
     [["any moving water"]],
     ["by all junior members on any moving water"], None),
    (S, "the discord bot says 0.7 but the board on the bridge says 0.85, which one do we go by?",
     [["board on the bridge"]],
     ["but the board on the bridge is the official reading"], None),
    (S, "river is at 1.0 m on saturday, can my 10 year old still do his session?",
     [["No beginners, tasters or juniors"]],
     ["No beginners, tasters or juniors on the river."], None),
    (S, "At what gauge reading is all club paddling on the Tarrow cancelled?",
     [["1.2 m", "1.2"]],
     ["No Club paddling of any kind on the Tarrow."], None),
    (S, "ok to do capsize drills in the river with the beginners in december if they've got wetsuits?",
     [["only in the pool", "pool"]],
     ["capsize drills are done only in the pool, not in the river"], None),
    (S, "how many juniors can one coach take out on the flat water",
     [["1 coach to 6", "six"]],
     ["Flat water and the Millbeck Reach, juniors or beginners: 1 coach to 6 paddlers."], None),
    (S, "for a grade 3 trip with 3 paddlers is one leader enough?",
     [["two leaders"]],
     ["with at least two leaders on every grade 3 trip"], None),
    (S, "what do i actually need to be able to do to pass level 3",
     [["eddies"], ["ferry glide"]],
     ["Break in and out of eddies, ferry glide, paddle grade 2 safely"], None),
    (S, "i heard level 4 assessments happen every month like the others, when's the next one?",
     [["twice a year"], ["May"]],
     ["Level 4 assessments take place twice a year, in May and September"],
     "Level 4 assessments are twice a year (May and September), not monthly."),
    (S, "what first aid qualification do I need to become a trip leader?",
     [["16 hours"]],
     ["must hold a first aid certificate from a course of at least 16 hours"], None),
    (S, "my 7 year old is desperate to join like his big sister, is he allowed?",
     [["under 8"]],
     ["Children under 8 cannot join the Club or take part in sessions."], None),
    (S, "can i drop my 10 yr old at juniors and pop to the shops for an hour",
     [["stay on site"]],
     ["a parent or carer must stay on site for the whole session"], None),
    (S, "who's the welfare officer and how do I get hold of her?",
     [["Joanne Tennant"]],
     ["The Club's Welfare Officer is Joanne Tennant"], None),
    (S, "the coach offered my daughter a lift to the trip and she'd be the only one in his car, thats fine as long as I text him ok right?",
     [["only passenger"]],
     ["never with the junior as the only passenger"],
     "Written consent is needed for the journey, and a junior may never be the only passenger."),
    (S, "how far in advance does the trip plan have to go in for a grade 3 trip",
     [["14 days"]],
     ["at least 14 days before a trip on grade 3 water, an overnight trip or any sea trip"], None),
    (S, "how much do we pay the driver for lifts to trips?",
     [["18p"]],
     ["Drivers are paid 18p per mile by the passengers, split equally"], None),
    (S, "do I need to fill in an incident form every time someone capsizes and swims?",
     [["five minutes", "not an incident"]],
     ["An ordinary capsize or swim is not an incident unless someone is hurt"], None),
    (S, "how long have we got to submit the incident form after something happens?",
     [["24 hours"]],
     ["Fill in the online incident form within 24 hours."], None),
    (S, "will i get in trouble if i report a near miss that was basically my fault",
     [["never leads to disciplinary action"]],
     ["Reporting a near miss never leads to disciplinary action on its own"], None),

    # ---------------- PRIVACY, PHOTOGRAPHY, DISCORD (pdf) ----------------
    (P, "who deals with data protection stuff at the club?",
     [["Fiona Cray"]],
     ["Our Data Protection Lead is the Membership Secretary, Fiona Cray"], None),
    (P, "does the club keep my card details on file from when i paid online?",
     [["never see or store"]],
     ["we never see or store your full card number"], None),
    (P, "how long is the boathouse CCTV footage kept?",
     [["30 days"]],
     ["CCTV footage is overwritten automatically after 30 days."], None),
    (P, "how long do you keep accident reports about my kid? she's 12",
     [["21"]],
     ["Incident reports about a junior are kept until the junior turns 21"], None),
    (P, "I'd like a copy of all the data the club holds on me. How long do you have to respond and is there a fee?",
     [["one month"], ["no charge"]],
     ["We will reply within one month, and there is no charge."], None),
    (P, "can my 14 yr old make her own data request or do i have to do it",
     [["13 or over", "13"]],
     ["a junior aged 13 or over can make their own request"], None),
    (P, "i accidentally emailed the whole members list to the wrong person... what do i do",
     [["24 hours"], ["Data Protection Lead"]],
     ["must tell the Data Protection Lead within 24 hours"], None),
    (P, "does the club sell our emails to sponsors or anything like that",
     [["do not sell"]],
     ["We do not sell your information, and we do not share it with other clubs, sponsors"], None),
    (P, "i said yes to photos when i joined but changed my mind, how do i change it",
     [["privacy@atvcc.org.uk"], ["7 days"]],
     ["You can change your choice at any time by emailing privacy@atvcc.org.uk"], None),
    (P, "theres a pic of me on the club insta that i hate, can it be taken down and how quick",
     [["7 days"]],
     ["we will remove it from the website, social media and Discord within 7 days"], None),
    (P, "Can the club put my son's full name with his race photo on the website?",
     [["never publish a junior's full name"]],
     ["We never publish a junior's full name with their photo."], None),
    (P, "can i wear my gopro on the sunday trip?",
     [["everyone in the group agrees"]],
     ["Helmet cameras may be worn on Club trips if everyone in the group agrees"], None),
    (P, "bringing my drone to film thursday club night, it's under 250g so no permission needed right?",
     [["Safety Officer"]],
     ["Drones may not be flown over or near a Club session or trip without the Safety Officer's permission"],
     "Weight does not matter here: the Safety Officer's permission is needed to fly over or near a session."),
    (P, "my 12 year old wants to join the discord server with his mates from juniors, can he?",
     [["13"]],
     ["You must be at least 13 years old to use Discord."], None),
    (P, "what should i set my nickname to on the server",
     [["first name and surname initial"]],
     ["change your server nickname to your real first name and surname initial"], None),
    (P, "how often does the river level bot post?",
     [["2 hours"]],
     ["readings from the Aldwyke Bridge gauge posted by the Club's gauge bot every 2 hours"], None),
    (P, "I run the paddle shop in town and I'm a member, so I can post our sale offers in #kit-for-sale, yes?",
     [["may not post"]],
     ["Commercial traders and shops may not post."],
     "Only members selling their own kit may post; commercial traders and shops may not."),
    (P, "can i just post about the near miss from sunday in #general instead of doing the form",
     [["online incident form", "incident form"]],
     ["Discord is not the place to report an incident, a safety problem or a safeguarding concern."], None),
    (P, "got a timeout from a mod that i think was unfair, how do i appeal?",
     [["Secretary"], ["14 days"]],
     ["you can appeal by emailing the Secretary at secretary@atvcc.org.uk within 14 days"], None),
    (P, "if my membership runs out do i get kicked off the discord straight away?",
     [["30 days"]],
     ["The member roles are removed 30 days after your membership lapses or ends"], None),
]

NEAR = [
    ("who's the club treasurer at the moment?", "The Treasurer's role is described, but no Treasurer is named."),
    ("who is the current chair of ATVCC?", "The Chair's role and term limit are given, but no Chair is named."),
    ("whats the club bank account / sort code so i can pay my sub by transfer", "Fees are paid to the Club's bank account; no bank or account details are given."),
    ("when is this year's Tarrow Descent race and how much is entry?", "The Tarrow Descent race is named only as an example of archived photos; no date or entry fee."),
    ("how much do coaches get paid per session?", "Coaches' duties and ratios are covered; no payment to coaches is mentioned."),
    ("whats alun the safety officer's phone number? need to ring him about a trip", "Only the Safety Officer's email is given; only the Welfare Officer has a phone number."),
    ("how much does the white water safety and rescue course cost and does the club run it?", "Level 4 needs such a course in the last three years; no cost or provider is given."),
    ("how long is the waiting list for an inside rack at the moment?", "Racks are allocated from a waiting list in order of application; no length or waiting time is given."),
    ("who are the four discord moderators?", "The server has four moderators appointed by the Committee; none is named."),
    ("which company does the club use for card payments?", "A payment provider takes card payments; it is not named."),
    ("how much was senior membership last year, 2025-26?", "Only the 2026-27 fees are given."),
    ("who's the independent examiner for the club accounts this year?", "An independent examiner is elected at the AGM; none is named."),
    ("when's the club christmas social this year and how much are tickets?", "There is a Social membership category, but no social events, dates or ticket prices are mentioned."),
    ("how many places are there on the wednesday juniors session?", "Only the pool session has a stated number of places (18); the juniors' session capacity is not given."),
    ("how much is a replacement rack label if mine has fallen off my boat?", "Every stored boat must carry a Club rack label; no charge for a label or a replacement is given."),
    ("does the club polo team play in a league? which one?", "Canoe polo is played in the second half of pool sessions; no team or league is mentioned."),
    ("roughly how many members does the club have?", "Quorum rules refer to a tenth of voting members, but no membership number is given."),
    ("what year was the club founded?", "The Constitution gives adoption and amendment dates, not a founding year."),
    ("whats the postcode for the boathouse for my satnav", "The address is Tarrow Boathouse, Ferry Lane, Aldwyke; no postcode is given."),
    ("how much does it cost to leave my boat trailer in the compound?", "Rack fees for boats and boards are listed; trailer storage is not mentioned."),
    ("what's the phone number of Aldwyke Leisure Centre, in case I'm running late for pool?", "The leisure centre is named as the pool venue; no contact details are given."),
]

OFF = [
    "anyone know a decent pizza place near the town centre for after the AGM?",
    "how do i change my profile picture on discord mobile",
    "whats the weather looking like for sunday?",
    "can someone recommend a good youtube video for learning the c to c roll",
    "what's 18 stone in kg?",
    "who won the football last night",
    "is there a bus from aldwyke train station that goes anywhere near ferry lane?",
]


def main():
    out = []
    fp = []
    n = 0
    for doc, q, facts, ev, note in ANSWERABLE:
        n += 1
        qid = f"CC{n:03d}"
        out.append({"id": qid, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
        if note:
            fp.append((qid, q, note))
    near_ids = []
    for q, note in NEAR:
        n += 1
        qid = f"CC{n:03d}"
        out.append({"id": qid, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
        near_ids.append((qid, q, note))
    off_ids = []
    for q in OFF:
        n += 1
        qid = f"CC{n:03d}"
        out.append({"id": qid, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
        off_ids.append((qid, q))
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # tables for the README
    with open(os.path.join(ROOT, "build", "readme_tables.md"), "w", encoding="utf-8") as f:
        f.write("### False premises\n\n| id | question | correction |\n|---|---|---|\n")
        for qid, q, note in fp:
            f.write(f"| {qid} | {q} | {note} |\n")
        f.write("\n### Near misses\n\n| id | question | what the documents say instead |\n|---|---|---|\n")
        for qid, q, note in near_ids:
            f.write(f"| {qid} | {q} | {note} |\n")
        f.write("\n### Off-topic\n\n| id | question |\n|---|---|\n")
        for qid, q in off_ids:
            f.write(f"| {qid} | {q} |\n")
    print(f"{len(out)} questions, {len(ANSWERABLE)} answerable, {len(fp)} false premises, "
          f"{len(NEAR)} near misses, {len(OFF)} off-topic")


if __name__ == "__main__":
    main()
