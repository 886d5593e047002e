#!/usr/bin/env python3
"""Writes questions.jsonl for the fictional-repaircafe set. Run from anywhere."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = []  # (doc, q, facts, evidence, false_premise_note)
def a(doc, q, facts, evidence, fp=None):
    A.append((doc, q, facts, evidence, fp))

# ---------------- constitution (plain text) ----------------
C = "constitution"
a(C, "when was the repair cafe actually founded? someone said 2019", [["14 March 2019"]],
  ["Adopted at the founding meeting on 14 March 2019"])
a(C, "Do volunteers get paid anything? I drive 20 mins each way to every session lol",
  [["out-of-pocket expenses"], ["Treasurer"]],
  ["volunteers may be reimbursed reasonable out-of-pocket expenses agreed in advance by the Treasurer"])
a(C, "whats the minimum age to become a member of the cafe?", [["16"]],
  ["Membership is open to any person aged 16 or over who lives"])
a(C, "how much is supporting membership a year", [["GBP 12", "£12"]],
  ["The annual subscription for supporting members is GBP 12"])
a(C, "is there a cheaper sub for students? im doing my a levels full time", [["GBP 6", "£6"]],
  ["or GBP 6 for those in full-time education or receiving a means-tested benefit"])
a(C, "When does the membership year start and end?", [["1 April"], ["31 March"]],
  ["The membership year runs from 1 April to 31 March."])
a(C, "i totally forgot to renew my sub... how long before my membership lapses??", [["60 days"]],
  ["A membership lapses automatically if the subscription is still unpaid 60 days after it falls due."])
a(C, "my daughter is 13 and wants to help out at sessions, is she allowed?",
  [["12 to 15"], ["parent"]],
  ["Young people aged 12 to 15 may help at sessions as junior helpers.",
   "must be accompanied throughout the session by a parent"])
a(C, "How much notice does the committee have to give a member before deciding to remove them?",
  [["10 days", "ten days"]], ["after giving the member at least 10 days' written notice of the complaint"])
a(C, "if the committee kicks me out can i appeal? how long have i got", [["21 days", "twenty-one days"]],
  ["may appeal in writing to the Secretary within 21 days of being told of the decision"])
a(C, "who normally chairs the AGM and committee meetings?", [["Morwenna Pike"]],
  ["The Chair, Morwenna Pike, chairs general meetings and committee meetings."])
a(C, "how long is a committee term and can you just keep getting re-elected forever?",
  [["two years"], ["three consecutive terms"]],
  ["Officers and committee members serve for two years and may stand again",
   "no person may hold the same office for more than three consecutive terms"])
a(C, "when is the AGM normally held and how much notice do members get?", [["May"], ["21 days"]],
  ["The Annual General Meeting (AGM) is held in May each year.",
   "At least 21 days' notice of the AGM must be given to every member"])
a(C, "how many members do we need to force a special general meeting",
  [["10 members", "ten members"]], ["must be called if at least 10 members ask the Secretary for one in writing"])
a(C, "I'm away for the AGM so I'll just give my proxy vote to my mate Dan, who do I tell?",
  [["proxy is not allowed", "not allowed"]], ["Each member has one vote. Voting by proxy is not allowed."],
  fp="Assumes proxy voting is possible; clause 7.1 says voting by proxy is not allowed (elections may allow postal/online votes).")
a(C, "whats the limit on payments before two signatories have to approve?", [["250"]],
  ["any payment over GBP 250 must be approved by two signatories"])
a(C, "how much cash float does the treasurer keep at a session for buying fuses etc", [["GBP 50", "£50"]],
  ["The Treasurer may keep a float of up to GBP 50 at each session"])
a(C, "If we can't get a first aider for a session who decides to cancel it?",
  [["Volunteer Coordinator"]],
  ["the Volunteer Coordinator must cancel or postpone the session and announce it"])
a(C, "what majority do we need at a general meeting to change the constitution?",
  [["two-thirds", "two thirds", "2/3"]], ["amended by a resolution passed by at least two-thirds of the members present and voting"])
a(C, "if the cafe ever closes down what happens to all the tools and the PAT tester?",
  [["Thistlegate Tool Library", "Tool Library"]],
  ["Tools and test equipment must first be offered to the Thistlegate Tool Library."])
# ---------------- sessions (html) ----------------
S = "sessions"
a(S, "what time do the saturday sessions start and finish?", [["10:00"], ["13:00"]],
  ["Our regular sessions are on the second Saturday of each month from 10:00 to 13:00."])
a(S, "i can only get there about 12:30, will they still take my toaster in?", [["12:15"]],
  ["The welcome desk stops booking in new items at 12:15"])
a(S, "Is the August session on the 8th like usual? want to bring my mum's radio", [["no session in August", "no August session"]],
  ["There is no session in August because most of our volunteers are away"],
  fp="Assumes there is an August session; there is no session in August.")
a(S, "where's the june one? heard it's not on a saturday", [["Lantern Makerspace"], ["18 June", "Thursday"]],
  ["the June session is an evening session instead of a Saturday one",
   "The Lantern Makerspace, Unit 4 Ropewalk Yard"])
a(S, "how many items can I bring to one session? I've got a lamp, a kettle and a jacket", [["two items", "2 items", "up to two"]],
  ["Each visitor may bring up to two items per session."])
a(S, "what should i bring along with my broken speaker?", [["chargers", "power supplies"]],
  ["Please bring any power supplies, chargers, remote controls or manuals that belong with the item."])
a(S, "roughly how long is the wait once you've registered?", [["45 minutes"]],
  ["The typical wait on a busy Saturday is about 45 minutes."])
a(S, "can u fix my laptop? it won't boot, think windows is corrupted", [["hardware faults only", "hardware"]],
  ["laptops and desktop computers (hardware faults only, such as hinges, keyboards, fans and charging sockets)"])
a(S, "Bringing my bike to the January session for new brake pads, do I need to book the bike station?",
  [["March to October"]], ["The bike station runs only from March to October."],
  fp="Assumes the bike station runs in January; it runs only from March to October.")
a(S, "can i bring my kitchen knives to get sharpened? how many", [["three", "3 knives"]],
  ["please bring no more than three knives, wrapped safely"])
a(S, "can you fix my washing machine? it's making a grinding noise", [["15 kg"]],
  ["items heavier than 15 kg or that need two people to carry them, such as washing machines"])
a(S, "my phone died and i need the photos off it, can the repair cafe recover them?",
  [["cannot recover data", "can't recover", "recover data"]], ["We also cannot recover data from phones, computers or memory cards"])
a(S, "is it free or do i have to pay to get my lamp fixed", [["free"], ["GBP 4", "£4"]],
  ["Coming to a session is free. We are run entirely by volunteers",
   "They are only suggestions: pay what you can, and nobody is turned away."])
a(S, "who pays for the part if my hoover needs a new belt?", [["visitor"]],
  ["The cost of parts is always paid by the visitor."])
a(S, "can I just drop my radio off in the morning and pick it up after lunch?", [["stay with your item", "stay with it", "must stay", "need to stay"]],
  ["You must stay with your item for the whole repair.",
   "so you need to stay with your item"])
a(S, "they couldn't finish my sewing machine last time, do i have to queue all over again?",
  [["front of the queue"], ["repair ticket"]],
  ["where it goes to the front of the queue if you show your repair ticket"])
a(S, "Do you guarantee repairs? what if it breaks again a week later", [["not guaranteed", "no guarantee", "aren't guaranteed"]],
  ["Our fixers are volunteers doing their best, and repairs are not guaranteed."])
a(S, "my 10 yr old wants to take her broken toy on her own, is that ok?", [["under 14", "14"]],
  ["Children under 14 must be accompanied by an adult at all times."])
a(S, "if im late for my booked slot do i lose it?", [["15 minutes"]],
  ["We hold a booked slot for 15 minutes."])
a(S, "I use a wheelchair, is there a lift at the Corn Exchange?", [["lift"]],
  ["The Corn Exchange has a lift to the first-floor hall"])
# ---------------- safety (docx) ----------------
F = "safety"
a(F, "who's in charge of the electrical safety policy?", [["Gareth Ellory"]],
  ["Policy owner: Gareth Ellory, Safety Lead."])
a(F, "how old do you have to be to work on mains stuff as a fixer?", [["18"]],
  ["To work on mains-powered items a volunteer must",
   "Volunteers aged 16 or 17 may help at an electrical bench under direct supervision"])
a(F, "how long is the electrical induction session?", [["three-hour", "three hours", "3 hours", "3-hour"]],
  ["attend the Cafe's electrical induction, a three-hour session run by the Safety Lead"])
a(F, "how many sessions do i have to shadow before i can fix electrical things on my own", [["two sessions", "2 sessions"]],
  ["shadow an approved electrical fixer at two sessions"])
a(F, "I'm 17 and doing an electrical apprenticeship, can I open up kettles at the bench?",
  [["may not open a mains item"]],
  ["may help at an electrical bench under direct supervision but may not open a mains item themselves"])
a(F, "the fixer only swapped the fuse in my kettle, does it still need to be PAT tested?",
  [["blown fuse", "even when", "even if", "fuse"]],
  ["This applies even when the fault turned out to be something simple, such as a blown fuse."])
a(F, "how often does the PAT tester get calibrated", [["12 months", "twelve months"]],
  ["The tester is calibrated every 12 months and the certificate is kept by the Safety Lead."])
a(F, "my lamp got the green tested sticker so it's now certified safe for my rental flat, yeah?",
  [["not a certificate", "isn't a certificate", "not certified"]],
  ["It is not a certificate that the item is safe for any particular use",
   "it does not replace any test that a landlord or employer may require"],
  fp="Assumes the green 'Tested after repair' label certifies safety; it is not a certificate and does not replace a landlord's test.")
a(F, "what happens if my heater fails the safety test", [["red label", "DO NOT USE"]],
  ["it is fitted with a red label reading"])
a(F, "how often are the cafe's own extension leads and soldering irons tested?", [["six months", "6 months"]],
  ["are tested every six months and before their first use at a new venue"])
a(F, "my son is 15 and bringing his own speaker, who has to sign the disclaimer form?",
  [["parent or guardian"]], ["For a visitor aged under 18, the form must be signed by a parent or guardian."])
a(F, "how much public liability insurance does the cafe have", [["GBP 5 million", "5 million", "£5m"]],
  ["The Cafe holds public liability insurance with a limit of GBP 5 million for any one claim."])
a(F, "if a volunteer breaks my hairdryer worse while fixing it can I claim from the cafe?",
  [["negligence"]],
  ["except where this is caused by the negligence of the Cafe or its volunteers"])
a(F, "I left my lamp behind at last month's session, how long will u keep it?", [["30 days", "thirty days"]],
  ["Items left behind at a session are kept for 30 days."])
a(F, "will you fix my microwave? it probably just needs a new fuse", [["capacitor", "Not accepted"]],
  ["High-voltage capacitor can kill even when unplugged",
   "The session lead must refuse these items at the welcome desk."])
a(F, "My neighbour is a Gas Safe engineer so he can sort my gas heater at the session, right?",
  [["even if they are qualified", "insurance does not cover"]],
  ["even if they are qualified to do so in their job, because our insurance"],
  fp="Assumes a qualified volunteer may repair a gas appliance at a session; gas appliances are not accepted, even if the volunteer is qualified in their job.")
a(F, "can i charge my laptop at the session so the fixer can see it working?", [["never charged", "not charged"]],
  ["Lithium batteries are never charged at a session, including batteries in laptops, phones and power tools."])
a(F, "how long do fixers wait after unplugging before they open a power supply?", [["five minutes", "5 minutes"]],
  ["fixers wait at least five minutes before opening anything with a large capacitor"])
a(F, "someone got an electric shock at saturday's session - when does the committee have to be told?",
  [["48 hours"]], ["are reported to the whole committee within 48 hours"])
a(F, "What happens to a volunteer who ignores the safety rules?",
  [["stop repairing"]],
  ["may be asked to stop repairing for the rest of the session",
   "may withdraw a volunteer's approval as an electrical fixer"])
# ---------------- privacy (pdf) ----------------
P = "privacy"
a(P, "who is the data protection lead for the repair cafe?", [["Devendra Okonjo"]],
  ["Our data protection lead is our Secretary, Devendra Okonjo"])
a(P, "why do you need my full home address on the registration form?? seems a bit much",
  [["first part of your postcode", "first part of the postcode", "postcode"]],
  ["the first part of your postcode only", "We do not ask for your full address"],
  fp="Assumes the form asks for a full address; it records only the first part of the postcode.")
a(P, "Do you keep a copy of volunteers' DBS certificates?", [["do not keep a copy", "don't keep a copy", "not keep a copy"]],
  ["but we do not keep a copy of the certificate"])
a(P, "what's your lawful basis for sending the newsletter", [["consent"]],
  ["The monthly e-mail newsletter: your consent."])
a(P, "you send repair info to some international database?? does that include my name",
  [["never shared", "not shared"]], ["Your name, postcode and contact details are never shared."])
a(P, "what happens to the paper forms after a session?", [["14 days"], ["shredded"]],
  ["the forms are scanned by the Secretary within 14 days, and the paper copies are shredded"])
a(P, "how long do you keep my details after I stop volunteering", [["2 years", "two years"]],
  ["2 years after you stop volunteering or your membership ends"])
a(P, "how long does my name stay in the repair log?", [["12 months", "twelve months"]],
  ["Names removed after 12 months; the rest kept for statistics"])
a(P, "I really don't want to be in any photos at sessions, what do I do", [["red sticker"]],
  ["ask the welcome desk for a red sticker to wear"])
a(P, "will you put pics of my 9 year old on the website?", [["written consent"]],
  ["We never publish photographs of children under 16 without written consent from a parent or guardian"])
a(P, "is there CCTV at the sessions?", [["do not operate CCTV", "don't operate CCTV", "no CCTV"]],
  ["We do not operate CCTV. Some of our venues do"])
a(P, "how long do you have to reply to a subject access request and is there a fee", [["one month", "1 month", "a month"]],
  ["We will reply within one month. We do not charge for this."])
a(P, "whats the discord server called and who's the head mod", [["Workbench"], ["Priya Castellane"]],
  ["Our Discord server, called The Workbench", "The lead moderator is Priya Castellane"])
a(P, "my son is 12, can he join the discord to ask about his controller?", [["13"]],
  ["You must be at least 13 years old to use Discord and to join The Workbench."])
a(P, "just joined the discord and it won't let me post?", [["10 minutes"]],
  ["You can then post after a wait of 10 minutes."])
a(P, "I'll sell my old soldering iron in #swap-shop for a tenner, what's the format for a sale post?",
  [["free or offered in exchange", "No selling", "exchange"]],
  ["Items in #swap-shop must be free or offered in exchange for other items."],
  fp="Assumes selling is allowed in #swap-shop; items must be free or exchanged, no selling for profit.")
a(P, "As a volunteer am I allowed to DM a 15 year old member to help with their repair?",
  [["must not send private messages", "must not", "not allowed"]],
  ["Adult volunteers must not send private messages to members under 18."])
a(P, "who can actually ban someone from the discord?", [["lead moderator"], ["committee officer"]],
  ["Lead moderator and one committee officer"])
a(P, "got banned from the workbench, how do i appeal and how long have i got?", [["14 days", "fourteen days"]],
  ["you can appeal by e-mail to hello@thistlegaterepair.org.uk within 14 days of the decision"])
a(P, "how much notice do you give before changing the discord rules?", [["14 days", "fourteen days"]],
  ["at least 14 days before it takes effect"])

# ---------------- abstain: near misses ----------------
NM = [
 ("what's the repair cafe's registered charity number? need it for a work match-funding form", "No charity number or charity status is given anywhere."),
 ("which insurance company is our public liability insurance with?", "Only the limit (GBP 5 million) and 'our insurer' are mentioned; the insurer is never named."),
 ("is there parking at St Aldric's Church Hall?", "Venue access (step-free, lift) is described; parking is never mentioned."),
 ("how much is a cup of tea and cake at the sessions?", "Tea is mentioned ('Have a cup of tea') and a tea-and-cake role exists; no price is given."),
 ("who's the first aider at the sessions? want to say thanks", "A first aider is a required role; no first aider is named."),
 ("whats the wifi password at the Lantern Makerspace?", "Never mentioned."),
 ("Who is the independent examiner for the accounts this year?", "Clause 8.4 says an examiner is appointed at the AGM; no name is given."),
 ("what make/brand is the cafe's PAT tester?", "The tester is 'calibrated' every 12 months; its make is never given."),
 ("how often do electrical fixers have to do a refresher of the induction?", "The induction is described once (three hours); no refresher interval is given (the policy itself is reviewed every January)."),
 ("if i cancel my supporting membership half way through the year do i get some of my 12 quid back?", "Subscription amounts and lapsing are given; refunds are never mentioned."),
 ("what's the deadline for sending in committee nominations before the AGM?", "Clause 7.3 says nominations are proposed and seconded with consent; no deadline is given."),
 ("which bus goes to the Corn Exchange for the sessions?", "Never mentioned."),
 ("when's the first session in January 2027?", "Only 2026 dates are listed."),
 ("How many volunteers does the repair cafe have altogether?", "Minimum numbers per session are given; the total number of volunteers is never given."),
 ("does the cafe pay for my DBS check if I supervise junior helpers?", "The privacy notice says a basic DBS check is seen and recorded; who pays is never stated."),
 ("what's the repair cafe's phone number?", "Only e-mail addresses are given; no phone number for the cafe."),
 ("how much does the cafe pay to hire St Aldric's Church Hall?", "Venue hire is mentioned as a cost; no amount is given."),
 ("are the voice channels on the Discord recorded?", "Voice channels are never mentioned."),
 ("how much money did the cafe raise in donations last year?", "Suggested donations are listed; no totals raised are given."),
 ("how many people can do the darning and mending table in february, is there a limit?", "The free darning and mending table at the February and September sessions is mentioned; no capacity is given."),
 ("whats the invite link for the discord server?", "The server (The Workbench) and its channels are described; no invite link is given."),
]
OT = [
 "is it going to rain in thistlegate on saturday?",
 "anyone got a good victoria sponge recipe?",
 "who won the FA cup last year",
 "what's 20 degrees C in fahrenheit",
 "what's the best budget laptop to buy in 2026?",
 "what is the capital of Australia?",
 "how should I train for my first 10k run?",
]

def main():
    out = []; n = 0
    for doc, q, facts, ev, fp in A:
        n += 1
        out.append({"id": "RP%03d" % n, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
    for q, why in NM:
        n += 1
        out.append({"id": "RP%03d" % n, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
    for q in OT:
        n += 1
        out.append({"id": "RP%03d" % n, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
    with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    # helper listing for the README
    with open(os.path.join(ROOT, "build", "question_notes.md"), "w", encoding="utf-8") as f:
        f.write("## False premises\n\n| id | question | correction |\n|---|---|---|\n")
        for i, (doc, q, facts, ev, fp) in enumerate(A, 1):
            if fp: f.write("| RP%03d | %s | %s |\n" % (i, q, fp))
        f.write("\n## Near misses\n\n| id | question | what the documents say instead |\n|---|---|---|\n")
        for j, (q, why) in enumerate(NM, len(A) + 1):
            f.write("| RP%03d | %s | %s |\n" % (j, q, why))
        f.write("\n## Off-topic\n\n")
        for j, q in enumerate(OT, len(A) + len(NM) + 1):
            f.write("- RP%03d: %s\n" % (j, q))
    print(len(A), "answerable,", len(NM), "near misses,", len(OT), "off-topic,", sum(1 for x in A if x[4]), "false premises")

main()
