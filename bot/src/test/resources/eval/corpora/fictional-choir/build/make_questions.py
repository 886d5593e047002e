#!/usr/bin/env python3
"""Writes ../questions.jsonl for the fictional-choir set.

Questions are written below grouped by document; they are then put in a
fixed shuffled order (seeded) and numbered VC001.. so that ids do not reveal
the document. A key (build/question_key.tsv) records each id's kind
(answer / false-premise / near-miss / off-topic) for the README.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

A = []  # (kind, doc, q, facts, evidence)


def ans(doc, q, facts, evidence, kind="answer"):
    A.append((kind, doc, q, facts, evidence))


def fp(doc, q, facts, evidence):
    ans(doc, q, facts, evidence, kind="false-premise")


# ---------------------------------------------------------------- RULES
D = "rules"
ans(D, "is the chorus actually a registered charity? whats the number",
    [["1187342"]],
    ["registered with the Charity Commission for England and Wales under number 1187342"])
ans(D, "Is Young Voices its own separate organisation or is it part of the chorus?",
    [["part of the Chorus", "not a separate body"]],
    ["Young Voices is part of the Chorus and not a separate body"])
fp(D, "im 17 so I guess I just have to wait till I'm 18 before I can sing with the adults on tuesdays?",
   [["16 or 17", "associate"]],
   ["Singers aged 16 or 17 may join the adult chorus as associate members"])
ans(D, "what happens if I still havent paid my subs for the new year by the end of october??",
    [["lapses"]],
    ["Membership lapses automatically if the subscription for a new membership year has not been paid by 31 October"])
ans(D, "I'm having a baby in January so I'll miss the whole spring term - do I still have to pay subs for that term?",
    [["pause", "paused"]],
    ["No subscription is payable for a paused term, and the member keeps their place"])
ans(D, "how much is the full annual subscription this year?",
    [["£165", "165"]],
    ["The rates for the 2025-26 membership year are", "Full member | £165 | £60 |"])
ans(D, "can i pay my sub monthly instead of all in one go",
    [["£16.50", "16.50"]],
    ["may spread it over ten monthly standing order payments of £16.50"])
ans(D, "money's really tight at the moment :( is there any help with subs, who do i talk to?",
    [["Singing Fund"], ["Treasurer"]],
    ["may apply in confidence to the Treasurer for help from the Singing Fund"])
ans(D, "How much is the music contribution for each concert?",
    [["£8"]],
    ["pays a music contribution of £8 for each concert for which music is hired"])
fp(D, "subs are refundable if you leave right? thinking of quitting after christmas so I'd want the rest back",
   [["not refundable"]],
   ["Subscriptions and music contributions are not refundable, except that"])
ans(D, "if i have to stop singing for medical reasons like 2 weeks into term do I get anything back?",
    [["£10"]],
    ["within the first four weeks of a term will receive a refund of the subscription for that term",
     "subscription for that term, less £10 for administration"])
ans(D, "who leads the basses this year?",
    [["Gareth Pennell"]],
    ["Bass | Gareth Pennell | Tom Hebden | Kitchen annexe"])
ans(D, "Can I swap from alto to soprano just for one piece I really like?",
    [["Music Director"]],
    ["Members may not move section on their own initiative, even for a single work"])
ans(D, "the MD says I can't sing in the concert, can I appeal that to the committee?",
    [["final", "not subject to the appeal"]],
    ["These decisions are final and are not subject to the appeal procedure in section 8"])
ans(D, "How long is someone allowed to stay as an officer like chair or treasurer?",
    [["six years", "three consecutive terms"]],
    ["no more than three consecutive terms of office (six years) in the same role"])
ans(D, "I'm a Friend of the chorus, do I get a vote at the AGM?",
    [["may not vote", "not vote"]],
    ["Associate members, Young Voices members and Friends may attend and speak at general meetings but may not vote"])
ans(D, "how many members have to sign to force a special general meeting?",
    [["15"]],
    ["receives a written request signed by at least 15 voting members"])
ans(D, "if someone gets expelled from the chorus can they appeal? how long do they have",
    [["21 days"]],
    ["may appeal within 21 days of being told of the decision"])
ans(D, "how much money does the chorus try to keep in reserve?",
    [["six months"]],
    ["aims to hold unrestricted reserves equal to about six months' running costs"])
ans(D, "What majority do we need at a general meeting to change the rules of the chorus?",
    [["two-thirds", "two thirds"]],
    ["passed by at least two-thirds of the votes cast at a general meeting"])

# ---------------------------------------------------------------- HTML
D = "auditions"
ans(D, "hi! what time are rehearsals on tuesdays and where exactly?",
    [["7.30pm", "7.30"], ["St Aldhelm"]],
    ["Tuesdays, 7.30pm to 9.45pm, at St Aldhelm's Church Hall, Wendle Street"])
ans(D, "is there parking at the church hall?",
    [["Blue Badge", "Wendle Street car park"]],
    ["The small car park beside the hall is kept for Blue Badge holders"])
ans(D, "how long does the voice placement take? and is it scary lol",
    [["ten minutes", "10 minutes"]],
    ["It takes about ten minutes and happens in the upper room straight after the rehearsal"])
ans(D, "what do I have to sing at the voice placement, do i need to prepare a proper piece?",
    [["song of your choice"]],
    ["you will sing a short song of your choice, anything you know well"])
fp(D, "I heard you have to be able to sight-read to get in, is that true? I can't read music at all",
   [["do not need to read music", "never tested"]],
   ["You do not need to read music to join the chorus.", "Sight-reading is never tested at a voice placement"])
ans(D, "I'm a tenor, is there a waiting list for me or can i start straight away",
    [["straight away", "always welcome"]],
    ["Tenors and basses are always welcome and are placed straight away."])
ans(D, "who is allowed to audition for the Chamber Singers?",
    [["one full term"]],
    ["open to members who have sung with the chorus for at least one full term"])
ans(D, "when and where is the Creation concert? want to tell my family",
    [["28 March"], ["Corn Exchange"]],
    ["Haydn's The Creation: Saturday 28 March 2026, 7.30pm, Harrowmere Corn Exchange"])
ans(D, "what time does the christmas concert start and where is it",
    [["6.00pm", "6pm"], ["St Aldhelm"]],
    ["Christmas Concert: Saturday 13 December 2025, 6.00pm, St Aldhelm's Church"])
ans(D, "When is the dress rehearsal for the Christmas concert?",
    [["12 December"]],
    ["The dress rehearsal for the Christmas Concert is on Friday 12 December 2025"])
ans(D, "how many rehearsals do i actually need to come to to be allowed to sing in the concert",
    [["three-quarters", "75%"]],
    ["you must attend at least three-quarters of the rehearsals for that concert"])
ans(D, "if I tell my section leader in advance that I'm away, does that still count as an absence?",
    [["still counts"]],
    ["An absence you tell us about still counts as an absence under the 75% rule"])
ans(D, "work runs late sometimes - what happens if i only get there after the tea break?",
    [["absent"]],
    ["If you arrive after the tea break you are marked as absent unless your section leader agrees otherwise"])
ans(D, "how much is the teal scarf?",
    [["£12"]],
    ["Teal chorus scarves cost £12 and teal ties cost £9"])
ans(D, "what do we wear for the summer serenade, still all black?",
    [["white"]],
    ["For the Summer Serenade we wear a white top or shirt instead of black"])
ans(D, "Can I join just for The Creation in March? How much would that cost?",
    [["£40"]],
    ["The project fee is £40, which includes music hire."])
fp(D, "my friend wants to join as a project singer just for the christmas concert, how much is the fee for that?",
   [["do not take project singers"]],
   ["We do not take project singers for the Christmas Concert."])
ans(D, "how much are christmas concert tickets for kids?",
    [["£5"]],
    ["Tickets for the Christmas Concert cost £14 for adults and £5 for under-16s"])
ans(D, "is the come and sing day included in our subs?",
    [["not included", "booked separately"]],
    ["Come and Sing places are booked separately and are not included in the subscription."])
ans(D, "am I allowed to record rehearsal on my phone so I can practise at home?",
    [["own practice"]],
    ["You may record a rehearsal for your own practice, but please do not share the recording"])

# ---------------------------------------------------------------- DOCX
D = "safeguarding"
ans(D, "Does the safeguarding policy count the 16 and 17 year olds who sing on tuesdays as children?",
    [["under 18", "16 or 17"]],
    ["That includes every Young Voices member and every associate member aged 16 or 17"])
ans(D, "who is the safeguarding lead?",
    [["Ruth Calloway"]],
    ["The Designated Safeguarding Lead for 2025-26 is Ruth Calloway"])
ans(D, "my son turns 9 in october, can he start young voices this september?",
    [["1 September"]],
    ["must have reached the age of 9 by 1 September of the year"])
ans(D, "does my daughter have to audition for young voices?",
    [["No audition"]],
    ["No audition is needed, but every new singer comes to a free taster session first."])
fp(D, "my kid is 15 and says YV is too babyish, she can just come and sing with the main chorus on tuesdays instead right?",
   [["under 16"]],
   ["Children under 16 may not sing with the adult chorus"])
ans(D, "do I have to come with my 17 year old to the tuesday rehearsals or can she go on her own?",
    [["not required", "buddy"]],
    ["Associate members are not required to bring a parent to rehearsals."])
ans(D, "What's the adult to child ratio for concerts?",
    [["1 to 8"]],
    ["At least one chaperone in each changing area", "We use the following minimum adult-to-child ratios:"])
ans(D, "who pays for the DBS check if I become a chaperone?",
    [["Chorus"], ["pay"]],
    ["obtained through the Chorus, which pays the fee"])
ans(D, "does every parent on the helper rota need a dbs check?",
    [["three times", "does not need a DBS"]],
    ["who helps no more than three times in any 30-day period"])
ans(D, "what happens if I'm running late to pick up my 10 year old from YV on saturday",
    [["15 minutes"]],
    ["If a child has not been collected 15 minutes after the end of a session"])
ans(D, "my son is 13, is he allowed to walk home by himself after young voices?",
    [["consent"]],
    ["may walk home alone if a parent has given consent on the registration form"])
ans(D, "can one of the adult members give my 16yo a lift home after tuesday rehearsal?",
    [["agreed in writing"], ["another person"]],
    ["only if their parent has agreed in writing and another person is also in the car"])
ans(D, "am i allowed to take photos of my son while YV are singing at the concert",
    [["bows"]],
    ["Parents may take photos of their own child during the bows at the end of a concert"])
ans(D, "can the young voices kids join the discord server?",
    [["do not join"]],
    ["Young Voices members do not join the Chorus's Discord server."])
ans(D, "Is my 16 year old's section buddy allowed to DM her about rehearsal stuff?",
    [["parent copied in"]],
    ["except for essential practical arrangements with the parent copied in"])
ans(D, "how often is the YV residential weekend?",
    [["every other summer"]],
    ["The Young Voices residential weekend is held every other summer at an outdoor centre."])
ans(D, "my daughter is 10 and has an inhaler, does she keep it with her at YV?",
    [["chaperone in charge"]],
    ["medicines are held by the chaperone in charge in a named container"])
ans(D, "a child told me something worrying at rehearsal and asked me not to tell anyone. should I promise to keep it secret so she keeps trusting me?",
    [["not promise"]],
    ["do not promise to keep it secret; explain that you may need to tell someone"])
ans(D, "what if the safeguarding concern is actually about ruth herself, who do i go to?",
    [["Chair"]],
    ["If your concern is about the DSL, tell the Chair instead."])
ans(D, "When will the safeguarding policy next be reviewed?",
    [["September 2026"]],
    ["will next be reviewed in September 2026"])

# ---------------------------------------------------------------- PDF
D = "privacy-discord"
ans(D, "who is the data protection officer for the chorus?",
    [["Secretary"]],
    ["The Secretary acts as our data protection lead"])
ans(D, "why do you need my date of birth? do you keep it for everyone?",
    [["under 25"]],
    ["date of birth if you are under 25"])
ans(D, "does the music library get told my name when I borrow hired music?",
    [["hired copies"]],
    ["which receives the names of members holding hired copies of music"])
ans(D, "I really don't want to be in the publicity photos, what do I do?",
    [["Secretary"]],
    ["Adult members who do not want to appear in publicity photographs should tell the Secretary"])
ans(D, "how long do you keep the attendance registers?",
    [["2 years"]],
    ["2 years from the end of the membership year"])
ans(D, "my daughter left young voices last year, how long will you keep her registration and consent forms?",
    [["3 years"]],
    ["3 years after the young person leaves Young Voices"])
ans(D, "do you keep a copy of my DBS certificate?",
    [["never keep a copy"]],
    ["we never keep a copy of the certificate itself"])
ans(D, "is there a fee to get a copy of my data, and how long do u take to reply?",
    [["one month"]],
    ["There is no charge. We will reply within one month of receiving your request."])
ans(D, "can my 14 year old join the discord? she wants to get the learning tracks",
    [["under 16"]],
    ["Young Voices members do not join the server, and nobody under 16 may join."])
ans(D, "what should my nickname be on the server?",
    [["initial"], ["section letter"]],
    ["Your server nickname must be your first name, the initial of your surname and your section letter"])
ans(D, "I left the chorus in June, when will I be taken off the discord?",
    [["30 days"]],
    ["When your membership ends or lapses, you are removed from the server 30 days later."])
ans(D, "how many mods does the server have?",
    [["four"]],
    ["The server has four moderators, who are volunteers appointed by the Committee"])
fp(D, "my daughter's in young voices, it's fine for me to post her concert photos in #general since I'm her mum, yeah?",
   [["Never post images of Young Voices members", "never post"]],
   ["Never post images of Young Voices members."])
fp(D, "a discord timeout can last up to a month right?",
   [["7 days", "seven days"]],
   ["a timeout of up to 7 days;"])
ans(D, "if someone gets removed from the server can they ever come back?",
    [["30 days"]],
    ["removal from the server, after which the member may be invited back after 30 days"])
ans(D, "If I get banned from the discord does that mean I'm out of the chorus too?",
    [["does not by itself end"]],
    ["A ban from the Green Room does not by itself end your membership of the Chorus."])
ans(D, "how do I report someone who's being nasty on the server?",
    [["/report", "ModMail", "ChorusHelper"]],
    ["Use the /report command, send a message to the ChorusHelper ModMail bot, or message any moderator."])
fp(D, "I got a 3 day timeout which was totally unfair, how do I appeal it?",
   [["cannot be appealed"]],
   ["Timeouts cannot be appealed because they end automatically."])
ans(D, "how long have I got to appeal a ban and who decides?",
    [["14 days"], ["two Committee members"]],
    ["within 14 days of the decision, explaining why you think it was wrong",
     "Your appeal is decided by two Committee members who were not involved in the decision"])
ans(D, "how much notice do we get before the server rules are changed?",
    [["7 days"]],
    ["Changes are announced in the announcements channel at least 7 days before they take effect"])

# ---------------------------------------------------------------- NEAR MISSES
NM = [
    "whats the name of our accompanist? want to put her name in the thank you card",
    "who's the treasurer at the moment? I need to ask about a payment plan",
    "Ruth is on holiday - who is the deputy safeguarding lead, what's their name?",
    "how much does the black chorus folder cost from the membership desk?",
    "How much are tickets for the Summer Serenade?",
    "how much does the young voices residential weekend cost per child?",
    "what night of the week do the Chamber Singers have their extra rehearsals?",
    "what date is the come and sing day this year? my sister wants to do the messiah",
    "what time will the christmas concert finish? need to book a taxi home",
    "whats the chorus sort code and account number for paying subs by bank transfer?",
    "who is the independent examiner for the chorus accounts?",
    "how much does the chorus pay the music director per year?",
    "how much money does the chorus actually have in its reserves right now?",
    "if the christmas concert gets cancelled do people who bought tickets get a refund?",
    "When is the dress rehearsal for the Summer Serenade in July?",
    "how long is the soprano waiting list at the moment? how many people are ahead of me?",
    "who are the four discord moderators? names pls",
    "if I drive YV kids to a performance as a chaperone do I get my petrol/mileage paid back?",
    "who is the first aider at young voices on saturday mornings?",
    "who's the wardrobe secretary? want to buy a tie",
    "is there a deadline to buy a teal scarf before the christmas concert?",
]
OFF = [
    "anyone got a good recipe for mince pies for the christmas social?",
    "how do I change my profile picture on the discord mobile app",
    "what's the capital of australia",
    "can anyone recommend a good piano teacher in town for my son?",
    "what's the weather going to be like on saturday?",
    "how do I convert a midi file to mp3 on a mac",
    "who won the football last night??",
]

items = []
for kind, doc, q, facts, ev in A:
    items.append({"kind": kind, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NM:
    items.append({"kind": "near-miss", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
for q in OFF:
    items.append({"kind": "off-topic", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})

random.Random(20251206).shuffle(items)
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f, \
        open(os.path.join(HERE, "question_key.tsv"), "w", encoding="utf-8") as k:
    k.write("id\tkind\tdoc\tquestion\n")
    for i, it in enumerate(items, 1):
        qid = f"VC{i:03d}"
        rec = {"id": qid, "doc": it["doc"], "q": it["q"], "expect": it["expect"],
               "facts": it["facts"], "evidence": it["evidence"]}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
        k.write(f"{qid}\t{it['kind']}\t{it['doc'] or '-'}\t{it['q']}\n")
print(len(items), "questions")
