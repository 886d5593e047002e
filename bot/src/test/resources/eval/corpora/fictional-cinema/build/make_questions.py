#!/usr/bin/env python3
"""Writes questions.jsonl (CN001-CN108) and manifest.json for the fictional-cinema set."""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MANIFEST = [
    {"file": "docs/GOVERNING_DOCUMENT", "id": "governing",
     "title": "Orlingford Film Society - Governing Document"},
    {"file": "docs/volunteer-handbook.docx", "id": "handbook",
     "title": "Volunteer Handbook - the Bethesda Picturehouse"},
    {"file": "docs/screenings-and-tickets.html", "id": "screenings",
     "title": "Screenings and tickets - Bethesda Picturehouse"},
    {"file": "docs/festival-and-privacy.pdf", "id": "festival-privacy",
     "title": "Bethesda Shorts 2026 submission rules and privacy notice"},
]

A = []  # answerable: (doc, question, facts, evidence)

def q(doc, text, facts, evidence):
    A.append((doc, text, facts, evidence))

# ---- GOVERNING_DOCUMENT (CN001-CN020)
g = 'governing'
q(g, "since we own the old chapel outright could the society just sell it if money gets tight?",
  [["Orlingford Chapel Trust"], ["lease"]],
  ["on a lease from the Orlingford Chapel Trust, together with its"])
q(g, "my daughter is 15, can she get her own membership or is she too young",
  [["16"]],
  ["Membership is open to any individual aged 16 or over who supports the"])
q(g, "if i join in april do i still pay the full yearly fee??",
  [["half"]],
  ["joins on or after 1 March pays half of the yearly fee for the rest of"])
q(g, "forgot to renew lol, when does my membership actually lapse?",
  [["30 September"]],
  ["has not renewed by 30 September ceases to be a member, but may rejoin"])
q(g, "how much is concession membership and who counts as a concession?",
  [["£24", "24"], ["65"]],
  ["Concession Aged 65 or over, or getting £24"])
q(g, "me and my partner have household membership, so we can each bring 2 guests right? thats 4",
  [["in total"]],
  ["and the two together may bring two guests in total to any one"])
q(g, "my neighbour keeps coming along as my guest, is there a limit to how many times they can do that",
  [["six", "6"]],
  ["No person may be signed in as a guest at more than six screenings in"])
q(g, "can someone actually get kicked out of the society for being abusive on the discord?",
  [["three months", "remove"]],
  ["The trustees may suspend a member for up to three months, or remove a",
   "a guest, whether at the Picturehouse or on the Society's Discord"])
q(g, "i was removed as a member and think its unfair. how long have i got to appeal and who do i send it to",
  [["21"], ["secretary"]],
  ["A removed member may appeal in writing to the secretary within 21 days"])
q(g, "if the trustees throw someone out, can they just rejoin the next week?",
  [["two years"]],
  ["A member who is removed receives no refund of fees and may not reapply"])
q(g, "whats the latest date the AGM can be held in a year?",
  [["30 November"]],
  ["later than 30 November, and not more than 15 months after the previous"])
q(g, "how much notice do members have to get before a general meeting",
  [["21"]],
  ["At least 21 clear days' notice of a general meeting shall be given to"])
q(g, "how many ppl have to turn up for a general meeting to be valid (quorum)?",
  [["20"]],
  ["The quorum for a general meeting is 20 members or one tenth of the"])
q(g, "a few of us want to force a special members meeting about the bar. how many signatures do we need?",
  [["30"]],
  ["its purpose, signed by at least 30 members."])
q(g, "cant make the agm this year, can i get someone else to vote for me? how?",
  [["proxy"], ["48 hours"]],
  ["A member who cannot attend may appoint another member as a proxy by",
   "giving written notice to the secretary at least 48 hours before the"])
q(g, "thinking of standing for the board, what do i need to do and by when",
  [["14 days"], ["two other members", "two members"]],
  ["nominated by two other members. The nomination, signed by the",
   "candidate to show consent, must reach the secretary at least 14 days"])
q(g, "how long does a trustee serve for and is there a max number of terms?",
  [["three years"], ["three consecutive terms"]],
  ["A trustee is elected for a term of three years, ending at the close of",
   "no trustee may serve more than three consecutive terms without a break"])
q(g, "do the trustees get paid for doing it?",
  [["expenses"]],
  ["No trustee may receive any payment for acting as a trustee, but"])
q(g, "when does the society's financial year end",
  [["31 July"]],
  ["The financial year of the Society ends on 31 July."])
q(g, "who's the treasurer at the moment?",
  [["Ferreira-Hunt"]],
  ["Treasurer (Isobel Ferreira-Hunt). Keeps the accounts, prepares the"])

# ---- volunteer-handbook.docx (CN021-CN040)
h = 'handbook'
q(h, "is there any perk if you volunteer loads? heard something about free membership",
  [["10 shifts", "10"], ["full membership"]],
  ["Volunteers who work at least 10 shifts in a membership year",
   "receive free full membership for the following year"])
q(h, "im 17, am i allowed to help out behind the bar?",
  [["18"]],
  ["Everyone working behind the bar must be 18 or over and must have completed the licensing course."])
q(h, "what training do u need before u can run the projector on ur own",
  [["three supervised shifts", "3 supervised shifts"]],
  ["Three supervised shifts and sign-off by the chief projectionist"])
q(h, "how many shifts a month are bar volunteers meant to do",
  [["at least 2", "2", "two"]],
  ["Bar 18 Induction and 90-minute licensing and Challenge 25 course At least 2"])
q(h, "my shift is for the 7.30 friday film, what time do i need to be there?",
  [["60 minutes", "6.30", "an hour"]],
  ["A shift starts 60 minutes before the advertised start of the film"])
q(h, "cant do my shift tomorrow, its like 20 hours away. do i just post it in the swaps channel?",
  [["07700 900531", "phone", "call"]],
  ["if it is less than 24 hours before the shift, phone the volunteer coordinator"])
q(h, "the rota for next month comes out on the 1st doesnt it?",
  [["20th"]],
  ["Rotas are published on the Discord server on the 20th of each month for the month after."])
q(h, "if the fire alarm goes off where are we meant to meet outside",
  [["Library"]],
  ["The assembly point is the car park of the Orlingford Library on the far side of Tanners Row."])
q(h, "what ID can i accept at the bar when i check ages? is a student card ok",
  [["passport"], ["student card"]],
  ["a proof-of-age card carrying the PASS hologram",
   "Do not accept a photo of an ID on a phone, a student card or a bank card."])
q(h, "had to refuse someone a drink tonight, do i have to write it down anywhere?",
  [["refusals log"]],
  ["Write every refusal in the refusals log kept under the bar counter"])
q(h, "can i have a pint while im doing my bar shift",
  [["shift is over", "after"]],
  ["You may not drink alcohol while on shift.",
   "You may have a drink once your shift is over and your till has been closed."])
q(h, "who is allowed to swap the bulb in the projector",
  [["chief projectionist"]],
  ["the xenon lamp may be changed only by the chief projectionist or a deputy he has signed off"])
q(h, "can i take my coffee up to the projection booth",
  [["water"]],
  ["no food or drink in the booth, except water in a bottle with a cap"])
q(h, "film died halfway thru, how long do we keep trying before we call it and refund people?",
  [["20 minutes"]],
  ["If the film cannot be restarted within 20 minutes, the duty manager will stop the screening"])
q(h, "do i have to pay for my own dbs check to help at the kids matinee?",
  [["pays", "Society"]],
  ["hold an enhanced DBS check, which the Society arranges and pays for"])
q(h, "found a wallet under a seat after the film, what do i do with it",
  [["duty manager"], ["safe"]],
  ["Hand anything found to the duty manager, who writes it in the lost property book",
   "Phones, wallets, keys and bank cards go in the safe."])
q(h, "how much float goes in the bar till at the start of the night?",
  [["£100", "100"]],
  ["Each till starts the evening with a float: £100 at the bar and £50 at the box office."])
q(h, "bar till was 15 quid short at cashing up, who do we need to tell?",
  [["treasurer", "Ferreira-Hunt"]],
  ["Any difference over £10 is reported to the treasurer, Isobel Ferreira-Hunt, by e-mail the next day."])
q(h, "bought some bar supplies back in march and forgot to claim, is there a time limit for expenses?",
  [["60 days"]],
  ["send it to treasurer@orlingfordfilm.example within 60 days of spending the money"])
q(h, "want to complain about a volunteer who was really rude to me on the door. who do i go to and how long til i hear back?",
  [["volunteer coordinator", "Priya"], ["5 working days", "28 days"]],
  ["Make the complaint to the volunteer coordinator, in person, by phone or to volunteers@orlingfordfilm.example.",
   "The volunteer coordinator acknowledges the complaint within 5 working days"])

# ---- screenings-and-tickets.html (CN041-CN060)
s = 'screenings'
q(s, "what time do the friday films start",
  [["7.30"]],
  ["Friday evenings at 7.30pm - our main feature of the week."])
q(s, "my mate can come in free as my guest cant they?",
  [["8.00"]],
  ["Guest of a member £8.00 Must come in with the member who signs them in."])
q(s, "is there a booking fee if i book online",
  [["no booking fee"]],
  ["There is no booking fee, whether you book online, by phone or at the box office."])
q(s, "how far ahead can members book compared to everyone else?",
  [["14 days"], ["7 days"]],
  ["Members can book from 14 days before a screening.",
   "Guests and the public can book from 7 days before."])
q(s, "whats the box office phone number and when do they pick up",
  [["01632 960418"]],
  ["By phone on 01632 960418, Wednesday to Friday from 5pm to 7pm."])
q(s, "booked for sunday night but cant go now, its friday evening. can i get my money back?",
  [["48 hours"]],
  ["If you cancel with less than 48 hours to go, we cannot refund you"])
q(s, "how long is a credit note valid for",
  [["six months"]],
  ["Credit notes are valid for six months from the date they are issued."])
q(s, "the film last week got cancelled, how soon do i get refunded?",
  [["7 days"]],
  ["everyone is refunded in full to the card they paid with within 7 days"])
q(s, "can my 10 yr old watch a 12A with us",
  [["18"]],
  ["Children under 12 only if accompanied throughout by someone aged 18 or over."])
q(s, "my son is 14, can he see a 15 film if im sitting with him?",
  [["15 or over", "15"]],
  ["15 Only people aged 15 or over."])
q(s, "can i bring my 4 month old to the sunday evening film?",
  [["matinee", "relaxed"]],
  ["Babies in arms are not admitted to evening screenings"])
q(s, "can i drop my 7 year old at the kids matinee and pop to the shops",
  [["under 8", "8"]],
  ["Children under 8 must be with an adult aged 18 or over for the whole film."])
q(s, "how many wheelchair spaces are there in the cinema?",
  [["4", "four"]],
  ["there are 4 wheelchair spaces at the front of the auditorium"])
q(s, "which door is step free? the front has steps",
  [["Cooper's Lane", "Cooper"]],
  ["Step-free access is through the side entrance in Cooper's Lane"])
q(s, "is there a hearing loop and does it work everywhere in the auditorium",
  [["whole auditorium"]],
  ["an induction loop covers the whole auditorium and the box office counter"])
q(s, "when do u do the subtitled showings for deaf people",
  [["second Sunday"]],
  ["the Sunday evening screening on the second Sunday of each month is shown with descriptive subtitles"])
q(s, "running about 20 mins late for the friday film, will they still let me in?",
  [["15 minutes"]],
  ["but only during the first 15 minutes after the advertised start"])
q(s, "can i take my drink from the bar in with me to the film",
  [["plastic cups"]],
  ["You can take drinks into the auditorium, but only in the reusable plastic cups from the bar."])
q(s, "what happens if i film a bit of the movie on my phone for my story",
  [["leave"], ["without a refund", "no refund"]],
  ["Anyone seen recording will be asked to leave at once without a refund"])
q(s, "is there anywhere to park near the chapel?",
  [["Mill Street"]],
  ["The council car park on Mill Street is a three-minute walk away and is free after 6pm."])

# ---- festival-and-privacy.pdf (CN061-CN080)
f = 'festival-privacy'
q(f, "the shorts festival is in november isnt it? when do films have to be in by",
  [["October"], ["31 July"]],
  ["The festival runs from Friday 16 to Sunday 18 October 2026, with the awards evening",
   "The final deadline is 31 July 2026 at 11.59pm UK time."])
q(f, "my short is 24 mins with credits, can i still enter it for bethesda shorts?",
  [["20 minutes"]],
  ["A film must run for no more than 20 minutes, including titles and credits."])
q(f, "made my film back in 2023, is it still eligible for the festival?",
  [["1 January 2025"]],
  ["A film must have been completed on or after 1 January 2025."])
q(f, "im on the festival committee, can my own film still win anything?",
  [["out of competition", "cannot win"]],
  ["and members of their households may have films screened out of competition but"])
q(f, "how much does it cost to enter a film if im a student",
  [["£5", "5"]],
  ["Students in full-time education, and members of the Orlingford Film Society: £5 per"])
q(f, "im 17 and want to enter my film, do i have to pay and do i need anything from my parents?",
  [["free"], ["parent or guardian", "consent"]],
  ["Directors aged 18 or under on 31 July 2026: free.",
   "An entrant under 18 needs the consent of a parent or guardian, given on the festival"])
q(f, "my film didnt get picked for the festival, can i get the entry fee back?",
  [["not refunded"]],
  ["Entry fees are not refunded if a film is not selected, is withdrawn"])
q(f, "cant really afford the entry fee atm, is there any help for that?",
  [["waiver"]],
  ["Up to 20 fee waivers are available each year for entrants who could not otherwise afford to"])
q(f, "whats the prize for best local film and how local do you have to be",
  [["£300", "300"], ["25 miles"]],
  ["A film counts as local if its director lives within 25 miles of Orlingford"])
q(f, "what do you actually win with the golden lantern",
  [["£500", "500"]],
  ["£500 and the Golden Lantern trophy"])
q(f, "how do they decide the audience award",
  [["ballot cards"]],
  ["The Audience Award goes to the film with the highest average score on the ballot cards"])
q(f, "who's on the festival jury, like what kind of people?",
  [["three"], ["film professional"]],
  ["The jury is three people appointed by the festival director: a working film professional,"])
q(f, "will i get feedback on why my short didnt make the shortlist",
  [["cannot give feedback"]],
  ["The jury's decisions are final. We are sorry that we cannot give feedback on individual"])
q(f, "if my film gets shortlisted how many times will you screen it, and do i get paid for that?",
  [["three times"], ["No screening fee"]],
  ["three times during the festival, and once more at a",
   "Copyright in the film stays with you. No screening fee is paid to entrants."])
q(f, "who do i talk to about my personal data held by the film society",
  [["Gareth Pennock"]],
  ["Our data protection contact is Gareth Pennock, one of our trustees."])
q(f, "do you sell members data to advertisers or anyone?",
  [["do not sell"]],
  ["We do not sell personal data, and we do not use it for automated decisions about you."])
q(f, "do u keep a copy of my dbs certificate since i help at the matinee?",
  [["never keep a copy"], ["number, date and result", "6 months"]],
  ["matinee helpers, the number, date and result of your enhanced DBS check (we never keep a"])
q(f, "how long is the cctv footage kept",
  [["30 days"]],
  ["30 days, unless needed to look into an incident"])
q(f, "i let my membership lapse last year, how long will you hang on to my details?",
  [["2 years", "two years"]],
  ["2 years after your membership ends"])
q(f, "i asked for a copy of all my data - how long have you got to reply and do i have to pay?",
  [["one month"], ["do not charge", "free"]],
  ["We reply within one month of receiving your request.",
   "We do not charge for dealing with a request, unless it is clearly unfounded or"])

NEAR = [
    "how much does it cost to hire the picturehouse for a birthday party?",
    "whats the price of a pint at the bar these days",
    "who is the premises trustee at the moment?",
    "how much rent does the society pay the chapel trust each year?",
    "when does the lease on the chapel run out?",
    "how much does the volunteer coordinator get paid a year?",
    "what film is on this friday?",
    "whats the chief projectionist's phone number, need to ask him about a print",
    "whats the wifi password at the picturehouse? cant find it anywhere in the foyer",
    "do front of house volunteers get a uniform or t-shirt to wear?",
    "what time does the kids matinee usually finish? need to plan pickup",
    "is there a deposit for the volunteer keys to the building?",
    "which brewery does the bar get its beer from?",
    "whats the bank account and sort code to pay my membership by transfer?",
    "how many films got entered for bethesda shorts last year?",
    "who is the society insured with for public liability?",
    "what's the name of the company that does our online ticketing?",
    "what day of the week does the members newsletter come out?",
    "who is the independent examiner for the society's accounts?",
    "do volunteers get a discount on drinks at the bar?",
    "how many members does the film society have at the moment?",
]

OFF = [
    "anyone know how to fix a flat bike tyre without a pump?",
    "whats the capital of australia, is it sydney?",
    "what's the weather going to be like on saturday?",
    "which film won best picture at the oscars in 1998?",
    "my sourdough starter isnt bubbling, what am i doing wrong",
    "how do i reset the admin password on my home router?",
    "whats the best way to learn python as a complete beginner",
]

assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
for i, (doc, text, facts, ev) in enumerate(A, 1):
    rows.append({"id": f"CN{i:03d}", "doc": doc, "q": text, "expect": "answer",
                 "facts": facts, "evidence": ev})
for text in NEAR + OFF:
    rows.append({"id": f"CN{len(rows) + 1:03d}", "doc": None, "q": text, "expect": "abstain",
                 "facts": [], "evidence": []})
docs = [r['doc'] for r in rows[:80]]
assert docs == ['governing'] * 20 + ['handbook'] * 20 + ['screenings'] * 20 + ['festival-privacy'] * 20
assert len({r['q'] for r in rows}) == 108
for r in rows[:80]:
    for e in r['evidence']:
        n = len(e.split())
        assert 6 <= n <= 18, (r['id'], n, e)
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as fh:
    for r in rows:
        fh.write(json.dumps(r, ensure_ascii=False) + '\n')
with open(os.path.join(ROOT, 'manifest.json'), 'w', encoding='utf-8') as fh:
    json.dump(MANIFEST, fh, indent=2, ensure_ascii=False)
    fh.write('\n')
print(len(rows), 'cases written')
