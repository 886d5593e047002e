"""Generates ../questions.jsonl: 18 answerable cases per document, then the out-of-scope cases.

Edit the cases here, run it, then run tools/verify-corpus.py on the set."""
import json
import os

WORDS = {1: 'one', 2: 'two', 3: 'three', 5: 'five', 6: 'six', 7: 'seven', 10: 'ten', 12: 'twelve',
         14: 'fourteen', 18: 'eighteen', 20: 'twenty', 21: 'twenty-one', 24: 'twenty-four', 25: 'twenty-five',
         28: 'twenty-eight', 30: 'thirty', 48: 'forty-eight', 60: 'sixty', 90: 'ninety'}


def span(n, unit):
    """'14 days' style alternatives: numerals, words, hyphenated adjective forms."""
    w = WORDS.get(n)
    sing = unit[:-1] if unit.endswith('s') else unit
    alts = [f'{n} {unit}', f'{n}-{sing}']
    if n == 1:
        alts = [f'1 {sing}', f'one {sing}', f'1-{sing}', f'one-{sing}', f'a {sing}']
    elif w:
        alts += [f'{w} {unit}', f'{w}-{sing}']
    if unit == 'hours':
        alts += [f'{n} hrs', f'{n}h']
    return alts


def num(n):
    return [str(n)] + ([WORDS[n]] if n in WORDS else [])


Q = []


def a(doc, q, facts, evidence):
    Q.append({'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': evidence})


# ---------------------------------------------------------------- CHARTER (plain text, no extension)
d = 'charter'
a(d, "whats the minimum age to become a supporting member",
  [num(16)],
  ["Supporting Members: anyone aged 16 or over who pays a",
   "Supporting membership is open to anyone aged 16 or over"])
a(d, "how many ppl sit on the guild council",
  [["seven", "7"]],
  ["Council of seven Councillors elected by"])
a(d, "council terms are 3 years right?",
  [span(2, 'years')],
  ["Councillors serve for a term of two years"])
a(d, "Can community members vote at the AGM?",
  [["may not vote", "cannot vote", "can't vote", "not vote", "no vote"]],
  ["invited by the chair of the meeting, but they may not vote"])
a(d, "what's the quorum for a general meeting",
  [num(25), ["10 per cent", "10%", "ten per cent", "10 percent"]],
  ["The quorum for a General Meeting is 25 Voting Members or 10 per"])
a(d, "how many voting members have to sign a request to force a special general meeting, and how fast does the council have to hold it",
  [num(20), span(28, 'days')],
  ["receiving a written request signed by at least 20 Voting Members",
   "The Council must call a Special General Meeting within 28 days of"])
a(d, "who chairs the council meetings",
  [["Warden"]],
  ["the Warden, who chairs the Council and General Meetings"])
a(d, "i heard ur membership ends if a payment is like 7 days late??",
  [span(30, 'days')],
  ["unpaid 30 days after its due date"])
a(d, "what do i need to be able to stand for council",
  [num(18), span(6, 'months')],
  ["be aged 18 or over", "have been a Voting Member for at least six months on the day"])
a(d, "Is there a limit on how many terms in a row a councillor can serve?",
  [["three consecutive terms", "3 consecutive terms", "three terms", "3 terms"]],
  ["A Councillor may serve no more than three consecutive terms and"])
a(d, "what majority is needed to change the charter",
  [["two-thirds", "two thirds", "2/3"]],
  ["This Charter may be amended by a General Meeting by a two-thirds", "Two-thirds of votes"])
a(d, "what happens to the guilds money and stuff if it ever shuts down",
  [["not-for-profit", "charity"]],
  ["one or more not-for-profit organisations with purposes similar to",
   "assets may be distributed to Members"])
a(d, "How can a member be expelled, and how long do they have to appeal?",
  [["two-thirds", "two thirds", "2/3"], span(14, 'days')],
  ["An expelled Member may appeal within 14 days of being told of the",
   "conduct has seriously harmed the Guild, by a two-thirds majority"])
a(d, "do councillors get paid for doing the job",
  [["not paid", "unpaid", "aren't paid", "no councillor", "isn't paid", "volunteer", "not get paid", "don't get paid", "do not get paid"]],
  ["No Councillor, officer, moderator or volunteer is paid for work"])
a(d, "payments over 500 quid need two councillors to sign them off, right?",
  [["250"]],
  ["Every payment of more than 250 pounds must be approved by two"])
a(d, "when is the agm held each year and how much notice do we recieve",
  [["1 February", "February"], ["31 March", "March"], span(21, 'days')],
  ["The Annual General Meeting is held each year between 1 February",
   "At least 21 days' notice of a General Meeting must be given on the"])
a(d, "how many honorary members can the guild have",
  [["five", "5"]],
  ["majority of all Councillors. There may be no more than five"])
a(d, "does the charter say how much of the subscription money goes to the access fund",
  [["5 per cent", "5%", "five per cent", "5 percent"]],
  ["At least 5 per cent of subscription income each year is set aside",
   "At least 5% of subscription income each year is set aside in the Access Fund"])

# ---------------------------------------------------------------- MODERATION POLICY (Markdown)
d = 'moderation-policy'
a(d, "how do i appeal a ban",
  [["appeals.copperwyrm.example", "appeal form"], span(30, 'days')],
  ["fill in the appeal form at appeals.copperwyrm.example within 30 days of the ban"])
a(d, "how long does a warning stay active for",
  [span(90, 'days')],
  ["A warning stays active for 90 days"])
a(d, "who actually decides ban appeals",
  [["Appeals Panel", "two moderators", "2 moderators"], ["Councillor"]],
  ["Ban appeals are decided by an Appeals Panel of two moderators who were not involved in the case and one Councillor"])
a(d, "mods can time u out for up to 28 days right",
  [span(7, 'days')],
  ["for anything from 1 hour to 7 days"])
a(d, "what are the requirements to become a mod",
  [num(18), span(3, 'months')],
  ["have been on the server for at least 3 months", "be 18 or over"])
a(d, "can trial mods ban people?",
  [["cannot ban", "can't ban", "not ban", "can not ban", "unable to ban", "no bans", "not able to ban"]],
  ["During the trial they can give notes, warnings and timeouts but cannot ban anyone"])
a(d, "what happens if i ping like 10 ppl in one msg",
  [span(1, 'hour') + ["60 minutes", "1 hr"]],
  ["A message that mentions 5 or more members or roles at once leads to an automatic 1-hour timeout"])
a(d, "why cant i post links in the server",
  [["Adventurer"], span(7, 'days')],
  ["Members who do not yet have the Adventurer role cannot post links",
   "once you have been on the server for 7 days and have accepted the rules"])
a(d, "does the mod policy allow self promo? i stream on twitch",
  [["self-promo"], span(7, 'days') + ["once a week"], span(30, 'days')],
  ["Self-promotion (your stream, shop, Kickstarter or server) is only allowed in #self-promo"])
a(d, "a temp ban only needs one mod to sign off, yeah?",
  [["two moderators", "2 moderators", "two mods", "2 mods"]],
  ["A temporary ban needs the agreement of two moderators"])
a(d, "what gets you instantly permabanned",
  [["doxxing", "doxing", "personal information"], ["raid"], ["malware", "phishing", "token grabber"]],
  ["Some behaviour leads straight to a permanent ban"])
a(d, "what happens if someone makes an alt to get around their ban",
  [["permanently banned", "permanent ban", "banned permanently"]],
  ["All of the accounts involved are permanently banned"])
a(d, "if i get permabanned from the discord can i still go to wyrmcon",
  [["may not attend", "cannot attend", "can't attend", "not attend", "not be able to attend", "won't be able to attend", "barred"],
   ["refunded in full", "full refund", "refunded"]],
  ["Anyone under a permanent ban may not attend WyrmCon", "cancelled and refunded in full"])
a(d, "if my permaban appeal gets rejected i can try again after 6 months?",
  [span(12, 'months')],
  ["you may ask the Head Moderator to reconsider it after 12 months"])
a(d, "who's the head mod rn",
  [["Marguerite Osei"]],
  ["Marguerite Osei is the current Head Moderator"])
a(d, "how do i complain about a mod who was rude to me",
  [["mod complaint", "headmod@copperwyrm.example"]],
  ["open a ModMail ticket starting with", "email headmod@copperwyrm.example"])
a(d, "how long do yall keep modmail logs",
  [span(1, 'year') + span(12, 'months')],
  ["ModMail transcripts are kept for 1 year", "ModMail transcripts 1 year"])
a(d, "i got a warning that i think is totally unfair tbh, can i get it reviewed",
  [["ModMail"], span(7, 'days')],
  ["ask for a review through ModMail within 7 days"])

# ---------------------------------------------------------------- PRIVACY NOTICE (HTML)
d = 'privacy-notice'
a(d, "does wyrmbot log all my messages",
  [["does not keep a copy", "doesn't keep a copy", "not keep a copy", "only when", "only stores", "does not store", "doesn't store"]],
  ["It does not keep a copy of everyday chat",
   "Wyrmbot stores the content of a message only when the message is caught by the automatic filters"])
a(d, "who is the data protection person and how do i reach them",
  [["Aoife Brannigan"], ["privacy@copperwyrm.example"]],
  ["Our Data Protection Lead is the Secretary of the Guild, Aoife Brannigan"])
a(d, "you guys store my full card number for the membership right",
  [["last four digits", "last 4 digits"]],
  ["we never see or store your full card number", "The Guild never sees your full card number"])
a(d, "how long are forum IP addresses kept",
  [span(90, 'days')],
  ["Forum IP addresses 90 days", "Forum IP addresses"])
a(d, "the privacy notice says mod case records are kept forever??",
  [span(2, 'years')],
  ["2 years after the case is closed"])
a(d, "how long do u keep my access needs info after the con",
  [span(30, 'days')],
  ["Deleted within 30 days after the convention", "we delete it within 30 days after the convention"])
a(d, "Who hosts the forum and where?",
  [["Larkspur"], ["Amsterdam", "Netherlands"]],
  ["hosts the forum and the members' portal in Amsterdam, the Netherlands"])
a(d, "is any of my data sent to the US",
  [["Mailfinch"], ["standard contractual clauses"]],
  ["sends our newsletter from the United States", "Transfers to Mailfinch are covered by standard contractual clauses"])
a(d, "how do I get a copy of the data you have on me and how long will it take",
  [["privacy@copperwyrm.example", "ModMail"], span(1, 'month')],
  ["We will reply within one month"])
a(d, "if i delete my forum account do all my posts get deleted too",
  [["Former member"]],
  ["your public posts stay in their threads", "Former member"])
a(d, "how long do you keep membership payment records",
  [span(6, 'years')],
  ["6 years after the end of the financial year they relate to"])
a(d, "do u sell our data to advertisers?",
  [["do not sell", "don't sell", "not sell", "never sell"]],
  ["We do not sell personal data"])
a(d, "whats the legal basis for collecting my acess needs for wyrmcon",
  [["explicit consent"]],
  ["your explicit consent, which you can withdraw at any time", "we only collect them with your explicit consent"])
a(d, "how long does the bot keep my xp and level data after i leave the server",
  [span(30, 'days')],
  ["While you are on the server, and for 30 days after you leave"])
a(d, "How long are WyrmCon incident reports kept?",
  [span(3, 'years')],
  ["3 years after the incident"])
a(d, "i read that you keep wyrmcon ticket records for 5 years",
  [span(18, 'months')],
  ["18 months after the convention"])
a(d, "what cookies does the forum use",
  [["session cookie"]],
  ["use a session cookie to keep you signed in"])
a(d, "do mods and council ppl have to use 2fa",
  [["two-factor", "2FA", "two factor"]],
  ["All Councillors and moderators must use two-factor authentication",
   "have two-factor authentication turned on for your Discord account"])

# ---------------------------------------------------------------- WYRMCON CODE OF CONDUCT (PDF)
d = 'wyrmcon-code-of-conduct'
a(d, "how much is a weekend pass for wyrmcon",
  [["48"]],
  ["48 pounds"])
a(d, "can i get a refund if i cant go anymore? its like 2 weeks before the con",
  [["50%", "50 per cent", "half", "50 percent"]],
  ["Between 30 days and 7 days before: 50% refund"])
a(d, "tickets can be transferred right up until the day of the con right?",
  [span(48, 'hours')],
  ["account, up to 48 hours before doors open on the Friday"])
a(d, "my kid is 14, can they come to wyrmcon on their own",
  [["accompanied", "with an adult", "must be with"], num(18)],
  ["Attendees under 16 must be accompanied by an adult aged 18 or over"])
a(d, "what do the lanyard colours mean",
  [["green"], ["yellow"], ["red"]],
  ["At registration every attendee chooses a lanyard colour", "Red lanyard: please do not photograph or film me at all"])
a(d, "whats the age limit for after dark and do i need id",
  [num(18), ["photo ID"]],
  ["Everyone must show photo ID at the",
   "The After Dark programme is for ages 18 and over only"])
a(d, "how do i report something that happened at the con",
  [["Safety Desk", "Safety Team"], ["07700 900417", "safety@copperwyrm.example", "online form"]],
  ["You can report anything that worries", "by phone or text to the Safety Line on 07700 900417 during convention hours"])
a(d, "who leads the con safety team",
  [["Ruth Amankwah"]],
  ["Safety Team is led by Ruth Amankwah"])
a(d, "BSL interpreters can be requested up to the day before, yeah?",
  [["30 September", "September 30"]],
  ["British Sign Language interpreters are provided for main stage talks if you request them by 30"])
a(d, "does the code of conduct let me carry a real sword with my cosplay",
  [["not allowed", "aren't allowed", "are not allowed", "no real blades", "not permitted"]],
  ["realistic replica firearms are not allowed", "Real blades, metal weapons"])
a(d, "how much discount do gold members get on con tickets",
  [["20%", "20 per cent", "twenty per cent", "20 percent"]],
  ["convention: 10% on the Copper tier, 15% on Silver and 20% on Gold",
   "a discount on WyrmCon tickets at the rate in the table above", "Gold 12 pounds 120 pounds 20%"])
a(d, "can i stack my member discount with a concession ticket",
  [["cannot be combined", "can't be combined", "not be combined", "can't combine", "cannot combine", "can't stack", "cannot stack", "can not be combined"]],
  ["combined with youth, concession or After Dark prices"])
a(d, "what happens to my ticket if wyrmcon gets cancelled",
  [["in full", "full refund"], span(14, 'days')],
  ["If the Guild cancels WyrmCon, every ticket is refunded in full within 14 days"])
a(d, "Is there a quiet room at the con?",
  [["Room 4", "The Snug"]],
  ["The Quiet Room (Room 4, known as The Snug) is open whenever the halls are open"])
a(d, "carer tickets are half price right",
  [["free"]],
  ["Carer tickets are free", "Carer tickets are paid for by the Access Fund"])
a(d, "how soon do the organisers follow up after i report something",
  [span(7, 'days')],
  ["We follow up with everyone who made a report within 7 days after the convention"])
a(d, "i got banned from future wyrmcons, how do i appeal that",
  [["Council"], span(30, 'days')],
  ["Anyone banned from future WyrmCons may appeal in writing to the Guild Council within 30 days of"])
a(d, "what time does wyrmcon open and close on sunday",
  [["10:00", "10am", "10 am", "10.00"], ["17:00", "5pm", "5 pm", "17.00"]],
  ["Doors open at", "The halls close at 20:00 on Friday and Saturday and at 17:00 on Sunday"])

# ---------------------------------------------------------------- MEMBERSHIP AND DONATIONS POLICY (DOCX)
d = 'membership-and-donations-policy'
a(d, "how much is silver tier per month",
  [["6 pounds", "£6", "six pounds", "6 a month", "6/month", "6 per month"]],
  ["Silver 6 pounds 60 pounds 15%", "6 pounds"])
a(d, "is it cheaper to pay yearly than monthly",
  [["two months free", "2 months free", "two months", "ten monthly payments", "10 monthly payments"]],
  ["Paying yearly costs the same as ten monthly payments, so you get two months free"])
a(d, "the concession rate for copper is 2 quid a month isnt it",
  [["1.50"]],
  ["The concession price is 1.50 pounds a month or 15 pounds a year for Copper"])
a(d, "do i have to prove im a student to get the concession price",
  [["self-declared", "never ask for proof", "no proof", "don't need to prove", "do not need to prove"]],
  ["Concessions are self-declared", "we will never ask for proof"])
a(d, "i paid for membership, how do i get my member role on discord",
  [["link"], span(24, 'hours')],
  ["After paying, link your Discord account in the portal", "Wyrmbot gives you the Member role and your tier colour within 24 hours"])
a(d, "what happens if my card payment fails",
  [["three times", "3 times"], span(30, 'days')],
  ["Coinrail tries again three times over the following 10 days", "If the payment is still unpaid 30 days after its due date"])
a(d, "can i pause my memebership for a bit",
  [span(3, 'months') + ["one, two or three months"], ["12-month", "12 months", "twelve months", "once a year", "once in any"]],
  ["If you pay monthly you can pause your membership for one, two or three months, once in any 12-month period"])
a(d, "if i cancel my yearly membership after a month i get a prorated refund yeah?",
  [span(14, 'days'), ["no refund", "not refund", "won't get a refund", "isn't a refund", "no prorated", "not get a refund"]],
  ["After 14 days there is no refund", "if you cancel within 14 days of your first payment or of a yearly renewal"])
a(d, "If I upgrade from Copper to Gold, when does it kick in?",
  [["immediately", "straight away", "right away"]],
  ["Upgrading to a higher tier takes effect immediately"])
a(d, "whats the smallest donation i can make",
  [["2 pounds", "£2", "two pounds"]],
  ["The minimum donation is 2 pounds"])
a(d, "can i claim gift aid on my donation",
  [["not a registered charity", "isn't a registered charity", "not registered", "cannot claim", "can't claim"]],
  ["The Guild is not a registered charity"])
a(d, "how do i get my name on the hoard wall",
  [["25 pounds", "£25", "twenty-five pounds", "25"]],
  ["Donors who give 25 pounds or more in a calendar year can choose to be thanked by name on the Hoard Wall"])
a(d, "if i donate do i get a vote",
  [["do not give", "don't give", "no vote", "not give", "doesn't give", "does not give", "don't get a vote", "do not get a vote"]],
  ["Donations do not give you membership, a vote or any member perks"])
a(d, "the membership policy says they can raise fees with 30 days notice",
  [span(60, 'days')],
  ["We give Supporting Members at least 60 days' notice", "must be given at least 60 days' notice of any"])
a(d, "i got permabanned, do i get my sub money back",
  [["no subscription is refunded", "no refund", "not refunded", "won't be refunded", "isn't refunded", "not get a refund", "won't get", "not get your"]],
  ["no subscription is refunded"])
a(d, "wat does the access fund actually pay for",
  [["carer"], ["British Sign Language", "BSL", "sign language"]],
  ["free carer tickets, British Sign Language interpreters, the Quiet Room and other accessibility costs"])
a(d, "what extra perks do gold members get",
  [span(7, 'days'), ["dice set", "dice"]],
  ["Gold includes everything in Silver", "receive a WyrmCon dice set each year"])
a(d, "i got charged twice this month pls help, can i get it back",
  [["in full", "refund"], span(60, 'days')],
  ["If we charge you by mistake, for example twice for the same month, we refund the mistaken payment in full",
   "Please tell us within 60 days"])

# ---------------------------------------------------------------- OUT OF SCOPE
NEAR = [
    "Who is the current Warden of the Guild?",
    "how many mods are on the team rn",
    "what are the dates for wyrmcon 2026",
    "how much does a replacement badge cost if i lose mine at the con",
    "can i buy a gift membership for my friends birthday",
    "Is there a family or household membership?",
    "how much does it cost for a company to sponsor wyrmcon",
    "how much is a table in the traders hall",
    "does the guild have a discounted hotel rate for wyrmcon",
    "If there's a data breach, how quickly will members be told?",
    "do mods get a free gold membership for volunteering",
    "whats the minimum age to run a game as a GM at wyrmcon",
    "can ordinary members listen in on council meetings",
    "Who is the independent examiner for the Guild's accounts?",
    "how much money is in the access fund right now",
    "whats the refund policy for stuff from the merch shop",
    "can i bring my dog to wyrmcon",
    "what do u win at the cosplay parade",
    "do server boosters get any perks",
    "is there wifi at the foundry exchange",
    "how long does the forum login cookie last",
    "whats the prize money for the wyrmcon tournaments",
    "Will the main stage talks have live captions?",
    "when do moderator applications open next",
    "how long are forum backups kept after i delete my account",
]

OFF = [
    "whats a good starter deck for mtg commander",
    "how does advantage work in dnd 5e",
    "recommend a co-op board game for 4 ppl",
    "how do i make a discord bot in python",
    "write me a short poem about a copper dragon",
    "What's the capital of Australia?",
    "best gpu for 1440p gaming under 500 quid",
    "who won the 2018 world cup",
    "how many faces does a d20 have",
    "convert 48 pounds to euros",
]

out = []
n = 0
for item in Q:
    n += 1
    out.append({'id': f'g{n:03d}', **item})
for q in NEAR + OFF:
    n += 1
    out.append({'id': f'g{n:03d}', 'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

from collections import Counter
print(Counter(o['doc'] for o in out), len(out))
