#!/usr/bin/env python3
"""Writes questions.jsonl (HO001-HO108) for the fictional-housing set."""
import json, os

R, T, D, P = 'ho-rules', 'ho-tenancy', 'ho-discord-disputes', 'ho-privacy'
A = []  # (doc, q, facts, evidence)

def a(doc, q, facts, evidence):
    A.append((doc, q, facts, evidence))

# ---- RULES (plain text) ----
a(R, "how many hours a month r we supposed to put into co-op work?",
  [["four hours", "4 hours"]],
  ["contribute at least four hours a month to the work of the"])
a(R, "i have a chronic illness and cant always do my rota hours, can i get let off?",
  [["committee"], ["health", "disability", "good cause"]],
  ["The committee may excuse a member from sub-rule (1)(d), wholly",
   "or in part, for reasons of health, disability, caring"])
a(R, "whats the quorum for a general meeting",
  [["15 members", "15"], ["one quarter"]],
  ["The quorum of a general meeting is 15 members or one quarter of"])
a(R, "what happens if not enough ppl turn up to a GM for it to go ahead?",
  [["one week later", "adjourned"]],
  ["If a quorum is not present within 30 minutes of the start time,",
   "the meeting stands adjourned to the same time and place one week"])
a(R, "im away for the agm, can my neighbour vote for me as a proxy?",
  [["proxy"], ["written comments"]],
  ["No member may vote by proxy. A member who cannot attend may send",
   "written comments to the Secretary, which shall be read to the"])
a(R, "if a vote at the GM is tied the chair gets the deciding vote right?",
  [["no casting vote"]],
  ["The person chairing has no casting vote. A motion on which the"])
a(R, "how does someone actually get kicked out of the co-op, who decides that?",
  [["general meeting"], ["two-thirds"]],
  ["A member may be expelled only by a resolution of a general",
   "meeting passed by at least two-thirds of the members voting."])
a(R, "if theyre trying to expel me how much notice do i get and can i bring someone with me",
  [["14 days"], ["friend"]],
  ["The member shall be given at least 14 days' written notice of",
   "their right to attend, to be accompanied by a friend, and to"])
a(R, "my mate got expelled last year, is he allowed to come back and rejoin?",
  [["two years"], ["general meeting"]],
  ["A person who has been expelled may not be readmitted within two",
   "years, except by a resolution of a general meeting."])
a(R, "how long is a committee term and is there a max number of years u can serve",
  [["two years"], ["six consecutive years", "six years"]],
  ["a term of two years. About half of the committee shall retire at",
   "No person may serve more than six consecutive years on the"])
a(R, "i only moved in 3 months ago, can i stand for the committee at the agm?",
  [["six months"]],
  ["have been a member for at least six months"])
a(R, "who elects the treasurer and how long do they serve for?",
  [["2 years", "two years"], ["annual general meeting"]],
  ["Treasurer                 2 years          Annual general meeting"])
a(R, "me and my partner r joint tenants, can we both be on the committee?",
  [["only one", "one member of any household"]],
  ["Only one member of any household may serve on the committee at"])
a(R, "can the same person keep being chair year after year if ppl keep voting for them?",
  [["three years"]],
  ["An officer may be re-elected, but no person may be Chair for",
   "more than three years in a row."])
a(R, "how much is the membership share and do i get the money back when i leave?",
  [["one pound"], ["cancelled", "property of the Co-op"]],
  ["Every member shall hold one share of one pound, paid in full on",
   "When a person ceases to be a member, their share is cancelled",
   "and the amount paid on it becomes the property of the Co-op."])
a(R, "how often do we have to have general meetings apart from the agm",
  [["three months"]],
  ["In addition to the annual general meeting, a general meeting shall",
   "be held at least once every three months."])
a(R, "we want a special meeting about the roof works, how many members have to sign to make the secretary call one and how fast?",
  [["10 members"], ["21 days", "21"]],
  ["The Secretary shall call a special general meeting within 21",
   "days of receiving a written request signed by 10 members,"])
a(R, "am i allowed to sit in on a committee meeting just to watch? not on the committee",
  [["observer"]],
  ["Any member may attend a committee meeting as an observer, but",
   "shall leave when the committee deals with confidential business"])
a(R, "if the co-op ever closes down do members get a share of the money left over?",
  [["not be paid to members"], ["Pennine Federation", "another co-operative"]],
  ["Any assets left after paying all debts shall not be paid to",
   "that to the Pennine Federation of Housing Co-operatives."])
a(R, "heard the committee can just sell off part of the garden to a developer without asking anyone, is that true??",
  [["special resolution"], ["general meeting"]],
  ["shared garden requires a special resolution of a general meeting."])

# ---- Tenancy and occupancy policy (docx) ----
a(T, "how do i get on the waiting list? do i have to live in sallowfield already",
  [["open evening"]],
  ["may apply to join the waiting list, whether or not they already live in Sallowfield",
   "Applicants are invited to an open evening, held every two months in the common room"])
a(T, "can i take in a lodger to help with the rent? would they become a member too",
  [["one lodger", "lodger"], ["not a member"]],
  ["A member may take in one lodger with the committee's written consent",
   "The lodger is not a member and does not get any tenancy rights from the Co-op"])
a(T, "got an email asking if i still want to stay on the waiting list, how long do i have to reply?",
  [["28 days"]],
  ["anyone who does not reply within 28 days is removed"])
a(T, "when a flat comes free who gets first dibs, ppl already living here or the waiting list?",
  [["transfer", "existing members"]],
  ["existing members who have asked for a transfer because their home is now too small",
   "applicants on the waiting list whose household fits the size of the home, in date order"])
a(T, "if im offered a flat how many days do i get to say yes, and what happens if i turn it down?",
  [["7 days"], ["two suitable offers", "12 months"]],
  ["The applicant has 7 days to accept an offer in writing",
   "An applicant who turns down two suitable offers is taken off the list for 12 months"])
a(T, "how much is the rent on a 2 bed",
  [["587", "628"]],
  ["Two bedroom 16 £587 £41 £628"])
a(T, "what does the service charge actually pay for? do we pay extra per wash in the laundry",
  [["free"], ["laundry", "guest room", "door entry", "garden"]],
  ["The service charge pays for heating and lighting of the shared stairs and corridors",
   "Washing machines and dryers in the laundry are free to use for members"])
a(T, "who decides the rent each year and when does the new rent kick in?",
  [["general meeting"], ["first Monday in April"]],
  ["Rents are set each year by the general meeting",
   "New rents take effect on the first Monday in April"])
a(T, "where do i drop off my rent in cash, is there an office?",
  [["not accepted"], ["standing order", "bank transfer", "Direct Debit"]],
  ["Members can pay by standing order, by bank transfer or by Direct Debit. Cash is not accepted."])
a(T, "rent is a week late this month (payday got moved), what happens now?",
  [["reminder"]],
  ["Rent not received 7 days after the due date",
   "The Treasurer sends a friendly reminder by e-mail or note and checks whether anything is wrong."])
a(T, "what happens if im 4 weeks behind on rent? do i lose the guest room?",
  [["formal warning"], ["guest room"]],
  ["A formal warning letter is sent. The member's right to book the guest room is suspended"])
a(T, "at what point can the co-op actually take someone to court over rent arrears",
  [["eight weeks", "stage 4"], ["14 days"]],
  ["The committee may agree a final arrangement or decide to serve a notice seeking possession",
   "The Co-op will not apply to court until the member has been offered a meeting at stage 4"])
a(T, "whats the minimum i have to pay each week towards arrears",
  [["£10", "10"]],
  ["The minimum payment towards arrears is £10 a week"])
a(T, "tbh im embarrassed, will the whole committee know im behind on rent?",
  [["confidential"], ["stage 4"]],
  ["Details of a member's arrears are kept confidential to the Treasurer, that committee member and"])
a(T, "do i need permission to get a cat? who do i ask",
  [["permission", "written permission"], ["Maintenance Coordinator"]],
  ["Members may keep pets with the written permission of the committee",
   "Ask through the Maintenance Coordinator, who brings requests to the next committee meeting"])
a(T, "can i take my dog into the laundry with me while i do a wash",
  [["assistance dog"]],
  ["no animal may be taken into the laundry or the guest room, except an assistance dog"])
a(T, "going travelling for 3 months, can i put my flat on airbnb while im away?",
  [["not allowed", "serious breach"], ["Secretary"]],
  ["Subletting the whole home is not allowed.",
   "as a holiday let or through short-stay websites is a serious breach of the tenancy",
   "away from their home for more than 8 weeks must tell the Secretary in writing"])
a(T, "how long can my bf stay over without me having to ask anyone",
  [["six weeks"], ["12 months"]],
  ["for up to six weeks in total in any 12 months"])
a(T, "boiler just died and its january!! how fast does it get fixed and who do i ring at night",
  [["24 hours"], ["01632 960 418"]],
  ["such as a burst pipe, no heating in winter",
   "an unsafe front door: made safe within 24 hours",
   "ring the out-of-hours repairs line on 01632 960 418"])
a(T, "how much notice do i need to give if im moving out",
  [["four weeks"]],
  ["must give at least four weeks' notice in writing to the Secretary, ending on a Monday"])

# ---- Mill Yard rules and disputes procedure (html) ----
a(D, "who can join the discord? can my 16 yr old get on it",
  [["18 or over", "18"]],
  ["any other adult aged 18 or over who lives in a member's home"])
a(D, "im on the waiting list, can i join mill yard?",
  [["#open-evening", "open-evening"]],
  ["Applicants on the waiting list and former members are not admitted, except to the public #open-evening channel"])
a(D, "posted about my leaking ceiling in #repairs 3 days ago and nobody has come?? whats going on",
  [["not a repair report"], ["repairs book", "repairs e-mail"]],
  ["A post in #repairs is not a repair report.",
   "Use the repairs e-mail address or the repairs book in the laundry"])
a(D, "can i advertise my cake business on the server",
  [["once a month"], ["#off-topic", "off-topic"]],
  ["may mention their own small business once a month in #off-topic"])
a(D, "how many mods are there and who picks them",
  [["three"], ["committee"]],
  ["The committee appoints three moderators each year from volunteers"])
a(D, "got timed out for arguing in #general, how long does a timeout last?",
  [["24 hours"]],
  ["Timeout of up to 24 hours: the member can read but not post"])
a(D, "how long can a temp ban be and can one mod ban u on their own?",
  [["14 days"], ["two moderators"]],
  ["Removed from the server for up to 14 days Two moderators together"])
a(D, "i got banned from mill yard yesterday, can i appeal? how",
  [["7 days"], ["appeals@weftside-coop.org.uk"]],
  ["can appeal by e-mail to appeals@weftside-coop.org.uk within 7 days of the decision"])
a(D, "who looks at a ban appeal and how long do they take to decide",
  [["two members of the committee"], ["14 days"]],
  ["heard by two members of the committee who were not involved, who decide within 14 days"])
a(D, "a mod gave me a warning which i think is unfair, can i appeal it?",
  [["cannot be appealed"], ["reply"]],
  ["Reminders and warnings cannot be appealed, but you may reply to the moderator"])
a(D, "if i get banned from the discord does that mean i lose my flat??",
  [["does not affect"]],
  ["A Mill Yard sanction is about the server only. It does not affect a person's membership or tenancy."])
a(D, "my upstairs neighbour stomps around at 2am every night. can i just call them out on the server? what should i do",
  [["disputes procedure", "talk to the person"]],
  ["If you have a problem with another member, do not air it in public channels.",
   "talk to the person directly and calmly, away from the server"])
a(D, "sent a written complaint to the secretary, how long till they have to acknowledge it",
  [["5 working days"]],
  ["The Secretary acknowledges the complaint within 5 working days"])
a(D, "my complaint is actually about the secretary, who do i send it to instead?",
  [["Chair"]],
  ["If the complaint is about the Secretary, send it to the Chair instead"])
a(D, "whos on a disputes panel and how long do they have to decide?",
  [["three members"], ["20 working days"]],
  ["A disputes panel of three members looks at the complaint and the reply",
   "The panel gives its decision in writing within 20 working days of the complaint"])
a(D, "if we go to mediation do i have to pay for it?",
  [["pays the mediator's fee", "Co-op pays"]],
  ["Mediation is voluntary, and the Co-op pays the mediator's fee"])
a(D, "something happened with a neighbour about 5 months ago, is it too late to complain now?",
  [["three months"], ["good reason"]],
  ["A complaint should be made within three months of the event it is about.",
   "The Secretary may accept a later complaint if there is a good reason for the delay."])
a(D, "the committee made a decision i think is wrong and the disputes panel didnt sort it. what can i do next?",
  [["general meeting"], ["five other members"]],
  ["put on the agenda of the next general meeting by the complainant",
   "with the support of five other members"])
a(D, "we had a poll in #general and most ppl voted yes, so thats decided now right?",
  [["general meeting"]],
  ["decisions are made only by the general meeting, the committee or a subgroup acting for them"])
a(D, "someone sent me a really rude DM, am i allowed to post a screenshot of it?",
  [["permission"]],
  ["Screenshots of private messages may not be shared without the sender's permission."])

# ---- Privacy notice (pdf) ----
a(P, "who is the data protection person for the co-op and how do i contact them",
  [["Ngozi Brennan-Halloway"], ["privacy@weftside-coop.org.uk"]],
  ["Our Data Protection Lead is Ngozi Brennan-Halloway, who is also Vice-chair.",
   "Contact: privacy@weftside-coop.org.uk, or a letter marked"])
a(P, "how long do u keep the cctv footage",
  [["31 days"]],
  ["31 days, unless needed for an incident"])
a(P, "how long do you hang on to my tenancy file after i move out",
  [["6 years"]],
  ["6 years after the tenancy ends"])
a(P, "i applied for the waiting list but then dropped out, how long do u keep my application?",
  [["12 months"]],
  ["12 months after you leave the list; if you"])
a(P, "do u log every time i use my door fob?? for how long",
  [["90 days"]],
  ["Kept for 90 days, then deleted"])
a(P, "can i get a copy of all the info u have on me and does it cost anything",
  [["no fee"], ["one month"]],
  ["or verbally, and no fee is charged. We will reply within one month."])
a(P, "asked for my data 3 weeks ago and now they say it could take another 2 months, is that even allowed?",
  [["two further months"]],
  ["complex, or you make several, we may extend this by up to two further months, and we",
   "will tell you why within the first month."])
a(P, "someone complained about my music, can i find out which neighbour it was?",
  [["consent"]],
  ["information about another person without their consent, for example the name of a"])
a(P, "do u give my details to the contractors who come to fix stuff? what do they get",
  [["name", "phone number"], ["access arrangements"]],
  ["contractors doing repairs or safety checks, who receive your name, phone number",
   "and the access arrangements for your home;"])
a(P, "does the co-op sell our data to anyone",
  [["never sell"]],
  ["We never sell personal information. Details of a member's rent arrears are not shared"])
a(P, "is the stuff i post on mill yard stored in the uk?",
  [["United States"]],
  ["Information you post on Discord is held in the United States."])
a(P, "does the co-op keep copies of everything we say on the discord?",
  [["moderation log"]],
  ["Moderators may copy a message into the moderation log when they take action on it.",
   "Apart from that log, the Co-op does not download, export or keep copies of messages"])
a(P, "who has keys to the cabinets with the paper files",
  [["Secretary"], ["Treasurer"], ["Allocations Officer"]],
  ["the Secretary, Treasurer and Allocations Officer hold keys."])
a(P, "if there's a data breach how quickly does it get reported",
  [["72 hours"]],
  ["Information Commissioner's Office within 72 hours and tell the people affected."])
a(P, "not happy with how my info was handled, who do i complain to?",
  [["Data Protection Lead"], ["Information Commissioner"]],
  ["If you are unhappy with how we have handled your information, please contact the Data",
   "complain to the Information Commissioner's Office, the UK regulator for data protection."])
a(P, "my mum stayed in the guest room last month, how long do u keep her name on file",
  [["12 months"]],
  ["12 months after the end of the stay"])
a(P, "do you use some algorithm to decide who gets a flat?",
  [["automated", "scored by a computer"], ["allocations panel"]],
  ["by automated means. Nobody is scored by a computer: allocations are decided by the",
   "allocations panel and the committee, as set out in the tenancy and occupancy policy."])
a(P, "i gave info about my disability for an adaptation, how long is that kept after i leave",
  [["1 year"]],
  ["While relevant to your tenancy, and no",
   "longer than 1 year after the tenancy"])
a(P, "does anyone get paid to handle our personal data or is it all volunteers?",
  [["no paid office staff"], ["bookkeeper"]],
  ["We are run by our members, who are also our tenants. We have no paid office staff.",
   "and by one part-time bookkeeper who works for us under contract."])
a(P, "does the co-op share my details with the council?",
  [["Housing Benefit", "Universal Credit", "council tax"]],
  ["Sallowfield Borough Council and the Department for Work and Pensions, for",
   "Housing Benefit, Universal Credit and council tax;"])

NEAR = [
  "is there any parking for cars at the mill? where do visitors park",
  "what time does the laundry open and close",
  "how much deposit do i have to pay when i move in?",
  "whats the fine if someone doesnt clean up after their dog in the garden",
  "what was the rent for a 1 bed last year (2023-24)? trying to see how much it went up",
  "what date is the agm this year?",
  "how long is the wait for a one bed rn? how many ppl r on the list",
  "is smoking allowed inside the flats or on the stairs?",
  "can we have a bbq in the shared garden in the summer?",
  "lost my door fob, how much does a replacement cost?",
  "are there quiet hours? like no loud music after 11pm?",
  "who's the treasurer at the moment? need to talk to them about my rent",
  "what happens if i dont do my 4 hours of co-op work for a few months, is there a penalty?",
  "are kids allowed to play in the shared garden without an adult?",
  "is there somewhere for parcels to be left when im out at work?",
  "who is the co-op's mortgage lender and what interest rate are we paying?",
  "does the co-op's insurance cover my own stuff like my laptop if there's a fire or a leak?",
  "whats the co-op's bank account number and sort code for paying rent?",
  "can i charge my e-bike in the bike store?",
  "which firm audits the co-op's accounts?",
  "what council tax band are the flats in?",
]
OFF = [
  "whats the weather going to be like in sallowfield tomorrow",
  "can u recommend a decent takeaway near the mill that delivers late",
  "whats 15% of 80",
  "who won the football last night",
  "write me a short poem about the garden pls",
  "how do i get red wine out of a carpet",
  "what's a good recipe for a vegan lasagne for the shared dinner",
]

assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7
for d in (R, T, D, P):
    assert sum(1 for x in A if x[0] == d) == 20, d
out = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    out.append({"id": f"HO{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    out.append({"id": f"HO{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')
print(n, 'questions written')
