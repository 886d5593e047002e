"""Generates ../questions.jsonl (answerable cases per document, then out-of-scope cases).

Edit the cases here, run it, then run verify.py."""
import json
import os

WORDS = {1: 'one', 2: 'two', 3: 'three', 6: 'six', 7: 'seven', 12: 'twelve', 14: 'fourteen', 15: 'fifteen',
         21: 'twenty-one', 24: 'twenty-four', 30: 'thirty', 45: 'forty-five', 60: 'sixty', 72: 'seventy-two',
         90: 'ninety'}


def span(n, unit):
    """'14 days' style alternatives: numerals, words, hyphenated adjective forms."""
    w = WORDS.get(n)
    sing = unit[:-1] if unit.endswith('s') else unit
    alts = [f'{n} {unit}', f'{n}-{sing}']
    if n == 1:
        alts = [f'1 {sing}', f'one {sing}', f'1-{sing}', f'one-{sing}']
    elif w:
        alts += [f'{w} {unit}', f'{w}-{sing}']
    if unit == 'hours':
        alts += [f'{n} hrs', f'{n}h']
    return alts


Q = []


def a(doc, q, facts, evidence):
    Q.append({'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': evidence})


# ---------------------------------------------------------------- CONSTITUTION (plain text, no extension)
d = 'constitution'
a(d, "whats the minimum age to become a member",
  [["16", "sixteen"]],
  ["Membership is open to any individual aged 16 or over", "Everyone aged 16 or over can join"])
a(d, "Can junior members vote at the AGM?",
  [["may not vote", "cannot vote", "can't vote", "not vote"]],
  ["Junior Members may attend and speak at General Meetings but", "Junior members can attend and speak but cannot vote"])
a(d, "I heard the quorum for a general meeting is 50 members, is that right?",
  [["20", "twenty"], ["one fifth", "a fifth", "1/5"]],
  ["The quorum for a General Meeting is 20 Voting Members or one"])
a(d, "what happens if not enough ppl turn up to a general meeting",
  [["one week later", "1 week later", "a week later"]],
  ["the meeting stands adjourned to the same day", "time and place one week later"])
a(d, "How long is a board members term?",
  [span(2, 'years')],
  ["for a term of two years"])
a(d, "is there a limit on how many terms someone can sit on the board",
  [["three consecutive terms", "3 consecutive terms", "six years", "6 years"]],
  ["No one may serve more than three consecutive terms (six years)"])
a(d, "how do I nominate someone for the board and whats the deadline",
  [span(14, 'days'), ["seconded", "two Voting Members"]],
  ["must reach the Secretary at least 14 days before the", "A candidate for the Board must be proposed and seconded by two"])
a(d, "What majority do we need to change the constitution?",
  [["two-thirds", "two thirds", "2/3"]],
  ["by a two-thirds majority of the Voting Members present and"])
a(d, "if the space closes down do the members split whatever money is left between them?",
  [["not-for-profit", "must not be", "not be distributed"]],
  ["not-for-profit organisations with objects similar to the", "Any assets left after the debts are paid must not be"])
a(d, "How many members does it take to force the board to call a special general meeting?",
  [["15", "fifteen"], ["one tenth", "a tenth", "1/10", "10%"]],
  ["receiving a written request signed by at least 15 Voting"])
a(d, "how much notice do we get before an AGM",
  [span(21, 'days') + ["21 clear days"]],
  ["At least 21 clear days' notice must be given of an AGM and of"])
a(d, "can I vote by proxy if i cant make it to the agm? or join online?",
  [["not permitted", "not allowed"], ["video link", "video"]],
  ["Voting by proxy is not permitted.", "or by video link. Members attending by video link count"])
a(d, "when does the agm have to happen by each year",
  [["31 March", "March 31"]],
  ["every year, not later than 31 March, and not more than 15"])
a(d, "Do board members get paid?",
  [["not paid"], ["expenses"]],
  ["Board Members are not paid for their work as Board Members."])
a(d, "the board can kick someone out with a simple majority vote right?",
  [["two-thirds", "two thirds", "2/3"]],
  ["Expulsion requires a resolution passed by at least two-thirds",
   "Expulsion needs the votes of at least two-thirds of the Board members present and voting"])
a(d, "if someone gets expelled can they ever rejoin?",
  [span(2, 'years')],
  ["two years from the date of expulsion"])
a(d, "Can I hand my membership over to my mate when I move away?",
  [["cannot be transferred", "can't be transferred", "not transferable", "personal to the Member"]],
  ["Membership is personal to the Member and cannot be transferred"])
a(d, "payments over what amount need sign off from two board members?",
  [["500"]],
  ["Any payment of more than 500 pounds must be approved by"])

# ---------------------------------------------------------------- SAFETY (PDF)
d = 'safety-and-equipment-policy'
a(d, "who's the saftey officer?",
  [["Dorota Wilk"]],
  ["the Safety Officer, Dorota Wilk"])
a(d, "the site induction is like 2 hours long isnt it",
  [span(45, 'minutes')],
  ["induction takes about 45 minutes"])
a(d, "When are the general site inductions run?",
  [["Wednesday"], ["18:30", "6:30"]],
  ["General Site Inductions are run every Wednesday at 18:30"])
a(d, "Red tool inductions are free like the amber ones, right?",
  [["15 pounds", "£15"]],
  ["A Red induction costs 15 pounds", "Red tool inductions: £15"])
a(d, "im 17, can I get signed off on the table saw?",
  [["may not use Red tools", "not use Red tools", "18"]],
  ["Junior Members aged 16 and 17 may use Green and Amber tools once inducted, but may not use",
   "Tool induction and a practical sign-off"])
a(d, "what's the buddy rule?",
  [["alone"]],
  ["Red tools must never be used when you are alone in the building"])
a(d, "can I use the wood lathe at 2am if a friend is there with me",
  [["23:00"], ["07:00"]],
  ["Red tools must not be used between 23:00 and 07:00, even with a buddy"])
a(d, "do i have to wear safety glasses in the wood shop even if im just watching",
  [["at all times"]],
  ["Safety glasses must be worn at all times in the Wood Shop and the Metal Shop"])
a(d, "Which materials am I not allowed to put in the laser cutter?",
  [["PVC"], ["polycarbonate", "fibreglass", "vinyl"]],
  ["Never cut PVC, vinyl or anything"])
a(d, "what should I do if something catches fire in the laser cutter",
  [["lid closed"], ["CO2"]],
  ["stop the job and keep the lid closed", "the CO2 extinguisher next to the cutter"])
a(d, "how long can i book the laser for on a saturday",
  [span(2, 'hours')],
  ["laser cutter is limited to 2 hours"])
a(d, "can my 12 year old come to the workshop with me?",
  [["Family Saturday"], ["second Saturday"]],
  ["Children under 16 may come to the Workshop only during Family Saturdays"])
a(d, "How many guests can I bring in at once?",
  [["two", "2"]],
  ["A member may bring up to two guests at a time"])
a(d, "my guest is a pro carpenter, can they use the bandsaw?",
  [["Green tools only", "Green"]],
  ["Guests and day-pass holders may use Green"])
a(d, "ive not touched the metal lathe in over a year, do i need to redo anything?",
  [["refresher"], span(12, 'months') + ["a year", "1 year", "one year"]],
  ["An induction on a Red tool lapses if you have not used that tool for 12 months"])
a(d, "how long have I got to log a near miss",
  [span(24, 'hours')],
  ["incident log on the portal, or in the paper accident book in the kitchen, within 24 hours"])
a(d, "What happens after an accident on one of the machines?",
  [["Do Not Use"], span(7, 'days')],
  ["The Safety Officer reviews every report within 7 days",
   "The tool involved is taken out of use with a Do Not Use tag"])
a(d, "where's the fire assembly point",
  [["car park"]],
  ["The assembly point is at the far end of the car"])

# ---------------------------------------------------------------- FEES (HTML page)
d = 'membership-fees-and-refunds'
a(d, "how much is full membership a month",
  [["£32", "32 pounds"]],
  ["the Full monthly fee went up from £30 to £32", "Adults aged 18 or over"])
a(d, "annual membership is just 12x the monthly price right? so 384 quid",
  [["£320", "320", "ten months", "two months free"]],
  ["Annual membership costs the same as ten months"])
a(d, "Is there a student discount?",
  [["£19", "19", "Concession"]],
  ["Adults in full-time education"])
a(d, "what hours can off peak members get in",
  [["09:00", "9am", "9:00"], ["17:00", "5pm", "5:00"]],
  ["Monday to Friday, 09:00 to 17:00"])
a(d, "my partner lives with me, is there a cheaper rate for them",
  [["£16", "16", "Household"]],
  ["A second adult living at the same address as a Full member"])
a(d, "How much is the fob deposit and do I get it back when I leave?",
  [["£10", "10 pounds"], span(30, 'days')],
  ["a refundable deposit of £10", "refunded when you return your fob in working order within 30 days"])
a(d, "how many day passes can a friend buy before they have to join",
  [["3", "three"]],
  ["Nobody can buy more than 3 day passes in a calendar year"])
a(d, "what does laser time cost",
  [["£1", "1 pound"], span(15, 'minutes')],
  ["for every 15 minutes booked"])
a(d, "which days of the month can my direct debit come out",
  [["1st"], ["15th"]],
  ["You can choose to pay on the 1st or the 15th of each month"])
a(d, "my dd bounced, when does my fob stop working?",
  [span(14, 'days')],
  ["Your door fob is switched off when your payment is 14 days overdue"])
a(d, "if I miss one month's payment do I get kicked out straight away?",
  [span(60, 'days')],
  ["still unpaid 60 days after it was due", "their subscription remains unpaid 60 days after the date"])
a(d, "can i pause my memebership while im travelling for a couple of months",
  [["three months", "3 months"], ["twice"]],
  ["You can pause your membership for one, two or three months at a time"])
a(d, "I paid for a year last week and changed my mind, can I get my money back?",
  [["in full", "full refund"], span(14, 'days')],
  ["if you change your mind within 14 days of paying"])
a(d, "whats the admin fee on an annual refund after the cooling off period",
  [["£20", "20 pounds"]],
  ["less an administration fee of £20"])
a(d, "If my membership is suspended, do I get refunded for the weeks I can't come in?",
  [["not get a refund", "no refund"]],
  ["you do not get a refund or credit for the time you are suspended",
   "does not get a refund for the time they are suspended"])
a(d, "what if the workshop floods and is shut for two weeks",
  [["credit"]],
  ["every member gets a credit for the days it was closed"])
a(d, "the board can put fees up by whatever it wants with a months notice yeah?",
  [["two months", "2 months"], ["10%", "10 per cent"]],
  ["at least two months' notice of any", "has to be approved by a General Meeting",
   "per cent in any period of 12 months needs the approval of an"])
a(d, "who do i email about a billing problem",
  [["treasurer@quillhammer.example", "Ines Okafor", "Treasurer"]],
  ["Email the Treasurer, Ines Okafor"])

# ---------------------------------------------------------------- CODE OF CONDUCT (Markdown)
d = 'code-of-conduct'
a(d, "how do i report harrassment anonymously",
  [["anonymous report form"]],
  ["use the anonymous report form on the members' portal"])
a(d, "Who reads the emails sent to the conduct address?",
  [["Welfare Officers"]],
  ["which is read only by the Welfare Officers"])
a(d, "how fast will someone get back to me after i report something",
  [span(72, 'hours')],
  ["acknowledge your report within 72 hours"])
a(d, "the welfare team takes like 3 months to decide anything right?",
  [span(21, 'days')],
  ["We aim to reach a decision within 21 days"])
a(d, "what does it mean when someone wears a yellow lanyard",
  [["photographed"]],
  ["A member wearing a yellow lanyard does not want to be photographed at all",
   "Anyone wearing a yellow lanyard will not be photographed"])
a(d, "how can I spot a welfare officer at an event?",
  [["purple lanyard"]],
  ["They wear purple lanyards at events"])
a(d, "how many welfare officers are there and how long do they serve",
  [["two and four", "2 and 4", "two to four", "2 to 4"], span(1, 'years') + ["a year"]],
  ["The Board appoints between two and four Welfare Officers for a term of one year"])
a(d, "what if my complaint is about one of the welfare officers?",
  [["Chair", "takes no part"]],
  ["If a report concerns a Welfare Officer, that officer takes no part in handling it",
   "you can report to the Chair instead"])
a(d, "is lending my fob to a friend against the rules",
  [["Lending your fob"]],
  ["Lending your fob to someone else"])
a(d, "What are the possible punishments if someone breaks the code of conduct?",
  [["written warning"], ["expulsion"]],
  ["a formal written warning, which stays on record for 12 months", "expulsion from Quillhammer"])
a(d, "can the welfare officers expel someone?",
  [["Board"]],
  ["Suspension and expulsion can only be decided by the Board"])
a(d, "whats the longest someone can be suspended for",
  [span(3, 'months')],
  ["suspension of membership for up to 3 months", "The Board may suspend a Member for a period of up to 3 months"])
a(d, "How do I appeal a decision made against me?",
  [span(14, 'days'), ["Secretary"]],
  ["you can appeal within 14 days of being told about it", "14 days of being told of the decision"])
a(d, "who sits on the appeal panel",
  [["three members", "3 members"], ["one Board member", "Board member"]],
  ["an Appeal Panel of three members"])
a(d, "if I appeal they could make my punishment even worse right?",
  [["cannot make the outcome more severe", "cannot", "can't"]],
  ["it cannot make the outcome more severe"])
a(d, "i reported someone and they decided to do nothing, can i challenge that?",
  [["Appeal Panel"], ["no further action"]],
  ["A person who made a report can also ask the Appeal Panel to review a decision to take no further action"])
a(d, "does the code of conduct apply on the forum and matrix chat too",
  [["forum"]],
  ["the forum at talk.quillhammer.example", "the Quillhammer Matrix chat rooms"])
a(d, "can someone be made to leave immediately if they're being dangerous?",
  [span(14, 'days')],
  ["their fob can be suspended for up to 14 days", "Member's access to the Workshop straight away for up to 14"])

# ---------------------------------------------------------------- PRIVACY NOTICE (DOCX)
d = 'privacy-notice'
a(d, "how long are door logs kept",
  [span(90, 'days')],
  ["Door-access logs 90 days", "Door-access logs"])
a(d, "cctv footage is kept for a year isnt it?",
  [span(30, 'days')],
  ["30 days, then overwritten automatically"])
a(d, "are there cameras in the toilets",
  [["no cameras"]],
  ["There are no cameras in the toilets, the kitchen or the quiet room"])
a(d, "Does the CCTV record audio?",
  [["do not record sound", "not record sound"]],
  ["the cameras do not record sound"])
a(d, "who is allowed to look at cctv footage",
  [["Secretary"], ["Safety Officer"]],
  ["Footage can be viewed only by the Secretary, the Chair and the Safety Officer"])
a(d, "is the cctv uploaded to the cloud somewhere?",
  [["not uploaded", "locked cabinet"]],
  ["are not uploaded to any cloud service"])
a(d, "Who is the data protection lead?",
  [["Callum Ashby"]],
  ["Our Data Protection Lead is the Secretary, Callum Ashby"])
a(d, "do u track how often i come in with my fob",
  [["do not use door logs", "not use door logs"]],
  ["We do not use door logs to check how often individual members visit"])
a(d, "which company runs the door access system",
  [["Latchwise"]],
  ["Latchwise B.V. provides the door-access system"])
a(d, "Does any of my data get sent outside the UK?",
  [["Postwren", "United States"]],
  ["We rely on the UK International Data Transfer Addendum for this transfer"])
a(d, "how long do you keep my details after i leave",
  [span(2, 'years')],
  ["Until 2 years after your membership ends"])
a(d, "How long are accident reports kept for?",
  [span(6, 'years')],
  ["6 years from the date of the incident", "Incident reports are kept for 6 years"])
a(d, "how long do conduct complaints stay on file",
  [span(3, 'years')],
  ["3 years after the case is closed"])
a(d, "how do i get a copy of the data you hold on me and how long will it take",
  [["one month", "1 month", "a month"]],
  ["We will reply within one month"])
a(d, "i want the cctv footage of me from last tuesday, what do i need to tell you?",
  [["date"], ["approximate time"]],
  ["tell us the date and the approximate time"])
a(d, "the members directory is on by default right, so everyone can see my profile?",
  [["switched off until you turn it on", "switched off"]],
  ["switched off until you turn it on"])
a(d, "you guys store my full card details right?",
  [["last four digits"]],
  ["the last four digits of a card or account number", "Quillhammer never sees or stores your full card number"])
a(d, "im a junior member, what happens to my parents contact details when i turn 18",
  [["delete", "deleted"]],
  ["We delete these details when the member turns 18 or leaves"])
a(d, "How long do you keep the visitor book?",
  [span(6, 'months')],
  ["Visitor book 6 months", "Visitor book"])

# ---------------------------------------------------------------- OUT OF SCOPE
NEAR = [
    "Who is the current Chair of Quillhammer?",
    "How much rent does Quillhammer pay for the Tanner's Row unit?",
    "can I sell the stuff I make at the space as a side business?",
    "Are dogs allowed in the workshop?",
    "is there free parking for members at the workshop",
    "What time does the Wednesday open evening start?",
    "how long do you keep photos taken at open evenings",
    "What wattage is the laser cutter?",
    "how much is 3D printer filament per kilo",
    "What are the dimensions of the under-bench storage crates?",
    "how long is the safety officer appointed for",
    "Can ordinary members sit in on board meetings?",
    "Which accountancy firm is the independent examiner for our accounts?",
    "how much public liability insurance does the makerspace have",
    "how much does the solidarity fund take off the monthly fee",
    "how long are laser cutter booking records kept?",
    "If there's a data breach, how quickly will members be told?",
    "who are the trained first aiders at the space",
    "do my own power tools need PAT testing before i bring them in?",
    "Is there a minimum age to become a Tool Steward?",
    "Do members get a discount on classes?",
    "how much does the intro to welding class cost",
    "is there a defibrilator at the workshop?",
    "how long are messages in the matrix chat rooms kept",
    "Do Tool Stewards get free membership?",
    "how long does the board take to approve a new membership application",
]

OFF = [
    "how do I sharpen a chisel properly",
    "recommend a good 3D printer for a beginner under 300 quid",
    "What's the difference between MIG and TIG welding?",
    "convert 3/8 inch to mm",
    "What's the weather like in Norwich this weekend?",
    "write me a short poem about a hammer",
    "how do i flash firmware onto an arduino",
    "What's the capital of Norway?",
    "explain how a laser cutter actually works",
    "Who invented the lathe?",
    "give me a recipe for banana bread",
    "what's 15% of 320",
]

out = []
n = 0
for item in Q:
    n += 1
    out.append({'id': f'm{n:03d}', **item})
for q in NEAR + OFF:
    n += 1
    out.append({'id': f'm{n:03d}', 'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

from collections import Counter
print(Counter(o['doc'] for o in out), len(out))
