#!/usr/bin/env python3
"""Write questions.jsonl. A = answerable: (doc, q, facts, evidence). N = near misses, O = off-topic."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

A = [
# constitution
("constitution", "what kind of organisation is the library actually? is it a registered charity or just a club", [["charitable incorporated organisation", "association CIO"]], ["The name of the charitable incorporated organisation is Quillmoor Community Library"]),
("constitution", "does the library have any paid staff or can it hire people?", [["one part-time coordinator"]], ["employ no more than one part-time coordinator, who must not be a"]),
("constitution", "im 15, can i become a member of the charity and vote at the AGM??", [["16"]], ["Membership of the CIO is open to any individual aged 16 or over who", "Children under 16 may hold junior library cards and take part in all"]),
("constitution", "Does having a library card make me a voting member of the CIO?", [["does not by itself make a person a member"]], ["Holding a library card does not by itself make a person a member."]),
("constitution", "the trustees turned down my membership application, how long have they got to tell me why", [["28 days"]], ["They must give the applicant written reasons within 28 days"]),
("constitution", "what happens to my membership if i forget to pay the annual contribution", [["3 months"]], ["has not paid the annual contribution within 3 months of it falling"]),
("constitution", "can the trustees just remove a member without any warning?", [["21 days"]], ["only after the member has been given at least 21 days' written"]),
("constitution", "do I have to pay the annual contribution to borrow books or get seeds?", [["never depend"]], ["Borrowing books and using the seed library never depend on paying the"]),
("constitution", "someone said the AGM only needs 7 days notice, so can we call it next week?", [["14 clear days"]], ["At least 14 clear days' notice of a general meeting must be given to"]),
("constitution", "whats the quorum for a general meeting", [["12 members"], ["one tenth"]], ["The quorum for a general meeting is 12 members or one tenth of the"]),
("constitution", "I'm away for the AGM, can I give my vote to a friend as a proxy?", [["Proxy voting is not allowed"]], ["Proxy voting is not allowed. The trustees may allow members to vote by"]),
("constitution", "What is the maximum number of trustees the library can have?", [["12"]], ["There must be at least 5 and not more than 12 charity trustees."]),
("constitution", "how long is a trustee term and is there a limit on how many terms u can do", [["three years"], ["three consecutive terms"]], ["Trustees are elected at the AGM for a term of three years.", "No trustee may serve more than three consecutive terms"]),
("constitution", "who is the chair of the library?", [["Marguerite Oyelaran"]], ["At the date of the 2024 amendment the Chair is Marguerite Oyelaran and the"]),
("constitution", "can one trustee be both chair and treasurer if nobody else wants the job", [["must be different people"]], ["except that the Chair and the Treasurer must be different people"]),
("constitution", "do the trustees get paid a salary for running the library? just curious what they earn", [["not paid"]], ["Trustees are not paid for acting as trustees."]),
("constitution", "when does the library's financial year end?", [["31 March"]], ["The financial year of the CIO ends on 31 March."]),
("constitution", "how many trustees have to approve a payment of about £400", [["two trustees"]], ["Any payment of more than 250 pounds must be approved by two trustees,"]),
("constitution", "What majority is needed to amend the constitution?", [["two thirds"]], ["This constitution may be amended by a resolution passed by at least two"]),
("constitution", "i live in stannerby, does that count as quillmoor and district?", [["Stannerby"]], ["means the town of Quillmoor and the parishes of Ebbsworth, Nether Callow and Stannerby"]),
# borrowing
("borrowing", "what do i need to bring to sign up for a library card", [["proof of address"]], ["bring one proof of address dated within the last 3 months"]),
("borrowing", "lost my library card :( how much for a new one", [["£2"]], ["A replacement card costs £2. It is free if your card was stolen"]),
("borrowing", "my son is 13, can he borrow a 15 rated dvd on his junior card if I say its ok?", [["cannot borrow DVDs rated 15 or 18"]], ["Junior cards cannot borrow DVDs rated 15 or 18."]),
("borrowing", "how long can i keep an adult book for", [["3 weeks"]], ["Adult books 3 weeks up to 3 times none"]),
("borrowing", "my book is 4 days late, is the fine 10p a day like the old council library?", [["do not charge late fees"]], ["We do not charge late fees on adult or children's books, audiobooks, jigsaws or games."]),
("borrowing", "whats the most i can be charged for a late dvd", [["£4 per item"]], ["Late charges on Fresh Shelf items and DVDs stop at £4 per item."]),
("borrowing", "can I renew a book if someone else has reserved it?", [["cannot be renewed"]], ["An item cannot be renewed if another member has reserved it."]),
("borrowing", "how many reservations can my daughter have on her junior card", [["3 on a junior card"]], ["up to 5 reservations at a time on an adult card and 3 on a junior card"]),
("borrowing", "how long will you hold a reserved book for me before it goes to the next person", [["7 days"]], ["kept on the reservation shelf behind the desk for 7 days"]),
("borrowing", "can u get a book in from another library for me pls", [["cannot borrow items from other libraries"]], ["We cannot borrow items from other libraries for you."]),
("borrowing", "Can I drop books outside the door when you're closed?", [["do not leave items outside"]], ["Please do not leave items outside the building when we are closed."]),
("borrowing", "i owe £6 in dvd charges, can i still take out books today?", [["£5 or more"]], ["If you owe £5 or more in charges, you cannot borrow until the amount is paid or waived."]),
("borrowing", "I lost a paperback with no price on the catalogue, what will I be charged?", [["£6"], ["£1"]], ["a paperback costs a flat £6 and a hardback a flat £12", "A £1 processing charge is added to every lost item bill."]),
("borrowing", "my toddler chewed up a board book, do I have to pay for it??", [["never charged for"]], ["Board books damaged by babies and toddlers are never charged for."]),
("borrowing", "when is the amnesty week where late charges get cancelled", [["January"]], ["Every January we hold an amnesty week, when any item can be returned"]),
("borrowing", "how many seed packets am I allowed to take from the seed library", [["5 packets per visit"]], ["Seeds are free. You may take up to 5 packets per visit."]),
("borrowing", "I saved seed from my F1 hybrid tomatoes last year, can I donate it to the seed library?", [["cannot accept F1 hybrid seed"]], ["We cannot accept F1 hybrid seed, because it does not come true from saved seed."]),
("borrowing", "is the seed cabinet open in august?", [["February to the end of June"], ["September"]], ["The cabinet is open from February to the end of June, and again in September"]),
("borrowing", "my 10 yr old is obsessed with 3d printing, she can use the printer if im standing next to her right?", [["under 12 may not", "under 12"]], ["Children under 12 may not use the 3D printer."]),
("borrowing", "How much is the filament for 3D prints?", [["5p per gram"]], ["Filament is charged at 5p per gram, paid at the desk when you collect."]),
("borrowing", "can i just email my stl file to the makers corner to print", [["USB stick"]], ["Bring your print file on a USB stick. We do not accept files by email."]),
("borrowing", "got my borrowing suspended by the desk lead, can i challenge it and how long do i have", [["14 days"]], ["can ask the trustees to review the decision by writing to the Secretary within 14 days"]),
# volunteering
("volunteering", "how many volunteers does the library have", [["90"]], ["done by around 90 volunteers, supported by one part-time coordinator"]),
("volunteering", "do i need references to be a story time reader?", [["two references"]], ["For roles that need a DBS check we also ask for two references"]),
("volunteering", "can the library sign off my DofE volunteering section? how long would i need to do", [["at least 3 months"]], ["as long as you can commit to at least 3 months."]),
("volunteering", "my son is 14, can he volunteer at the library?", [["shelver"]], ["Yes, as a shelver and stock helper, with written consent from you."]),
("volunteering", "what age do you have to be to do the front desk", [["16"]], ["At 16 she could also volunteer on the front desk."]),
("volunteering", "what mileage rate do books on wheels drivers get", [["45p per mile"]], ["Drivers use their own car and can claim mileage at 45p per mile."]),
("volunteering", "I'd like to be a Discord moderator, how do I apply for the enhanced DBS that mods need?", [["do not need a DBS check", "do not need a DBS"]], ["No. Discord moderators do not need a DBS check, but they must be 18"]),
("volunteering", "will I have to pay for my own DBS check if I become a homework club helper?", [["library pays"]], ["The library pays for every DBS check. You will never be asked to pay"]),
("volunteering", "how often do DBS checks get renewed for volunteers", [["every 3 years"]], ["We renew DBS checks every 3 years."]),
("volunteering", "I have a criminal record from years ago, can I still volunteer?", [["does not automatically stop you"]], ["Having a criminal record does not automatically stop you volunteering."]),
("volunteering", "when is little quills story time", [["Saturday"], ["10:30"]], ["It runs every Saturday from 10:30 to 11:00 in the children's corner"]),
("volunteering", "how much do the holiday craft afternoons cost", [["£2 per child"]], ["Holiday craft afternoons cost £2 per child to cover materials"]),
("volunteering", "what ages is homework club for", [["8 to 14"]], ["Homework club is for children aged 8 to 14 and runs every Wednesday"]),
("volunteering", "what time do I need to pick my kid up from homework club", [["18:15"]], ["Children must be collected by 18:15 unless a parent or carer has given"]),
("volunteering", "can my 7 year old sit in the library on his own while i pop to the shops", [["under 8"]], ["Children under 8 must be with a parent, carer or another responsible person"]),
("volunteering", "can i leave my kid at story time and go grab a coffee?", [["must stay in the room"]], ["the grown-up who brings a child must stay in the room"]),
("volunteering", "who is the safeguarding lead?", [["Priya Hallworth"]], ["Our Safeguarding Lead is Priya Hallworth, a trustee."]),
("volunteering", "when does the teen reading group meet", [["every other Friday"], ["16:30"]], ["meets every other Friday from 16:30 to 17:30 in the garden room"]),
("volunteering", "can we have my daughters birthday party in the children's corner?", [["cannot be hired"]], ["is open to everyone during opening hours and cannot be hired for private parties"]),
("volunteering", "how much notice do I need to give if I want to stop volunteering", [["two weeks"]], ["We ask for two weeks' notice if you are on a regular rota"]),
# privacy-discord
("privacy-discord", "who do i contact about my personal data", [["Data Protection Trustee"]], ["You can contact the Data Protection Trustee by email at privacy@quillmoorlibrary.org.uk"]),
("privacy-discord", "do you keep a copy of my DBS certificate on file?", [["do not keep a copy"]], ["We do not keep a copy of the certificate itself."]),
("privacy-discord", "since you keep my borrowing history forever, can you tell me what I read in 2019?", [["8 weeks"]], ["Your loan history is deleted 8 weeks after each item is returned"]),
("privacy-discord", "is there a way to keep a list of everything I've borrowed?", [["reading history"]], ["you can switch on the optional reading history in your online account"]),
("privacy-discord", "how long do you keep my library card account if i stop using it", [["2 years"]], ["2 years after your last loan or visit"]),
("privacy-discord", "How long are safeguarding concerns about a child kept?", [["until the child is 25"]], ["Safeguarding concerns about a child until the child is 25"]),
("privacy-discord", "Is there a fee for a subject access request, and how long do you take to answer?", [["one month"], ["do not charge"]], ["We will reply within one month. We do not charge for requests."]),
("privacy-discord", "my daughter is 14, can she ask for her own data herself", [["13 and over"]], ["Young people aged 13 and over can make their own requests."]),
("privacy-discord", "whats the library discord server called", [["The Reading Room"]], ["The Reading Room is the library's Discord server for members, volunteers and friends"]),
("privacy-discord", "my son is 12 can he join the library discord", [["at least 13"]], ["You must be at least 13 to use Discord."]),
("privacy-discord", "where on discord do i ask about renewing my books", [["#ask-the-desk"]], ["Questions in #ask-the-desk are answered by volunteers during opening hours."]),
("privacy-discord", "to get the Member role do I have to post my whole card number?", [["last four digits"]], ["We check only the last four digits of your card number"]),
("privacy-discord", "do i need spoiler tags for a book that came out 3 years ago", [["last 12 months"]], ["Use spoiler tags when discussing the plot of any book published in the last 12 months"]),
("privacy-discord", "can i share a pdf of a book in #book-chat if it's hard to find", [["Do not share pirated books"]], ["Do not share pirated books, audiobooks or films, or links to them."]),
("privacy-discord", "am I allowed to sell my old books on the server", [["#off-topic"], ["permission"]], ["No advertising or selling, except in #off-topic and only with a moderator's permission first."]),
("privacy-discord", "whats the longest timeout a mod can give", [["7 days"]], ["a timeout, of 1 hour, 24 hours, or up to 7 days;"]),
("privacy-discord", "If I get banned from the Discord server, does that affect my library card?", [["does not affect your library card"]], ["A Discord sanction does not affect your library card or your right to borrow."]),
("privacy-discord", "I got banned yesterday, I have 30 days to appeal right?", [["14 days"]], ["or by letter left at the desk, within 14 days of the sanction."]),
("privacy-discord", "who decides discord appeals", [["one trustee and one moderator"]], ["Appeals are heard by a panel of one trustee and one moderator"]),
("privacy-discord", "how much notice do you give before the discord rules change", [["7 days"]], ["We will post any changes in #announcements at least 7 days before they take effect"]),
]

N = [
"how much is the annual contribution for voting members this year?",
"who's the library secretary at the moment? need to send my resignation letter",
"what time of day does the AGM usually start?",
"who is the independent examiner that checks the library accounts",
"how many trustees are on the board right now?",
"how much money does the library keep in reserves, like how many months of costs?",
"how many copies are in a book group set? our group has 11 people",
"how long is a visitor card valid for before i have to renew it",
"how much does it cost to use the sewing machines for a session?",
"how long does the sewing machine induction take?",
"whats the biggest thing i can print, like the max build size of the 3d printer?",
"how much is the seed-saving workshop in the summer?",
"who is the deputy safeguarding lead?",
"how many kids can homework club take each week? is there a waiting list",
"what date is the summer reading challenge celebration event where they get medals",
"which library management system do you use for the catalogue? who's the supplier",
"how long do you keep the homework club registration forms",
"who is the head moderator on the discord and how many mods are there?",
"what is the library's ICO registration number?",
"what time does the tuesday crime club meet?",
"Which umbrella body does the library use to process DBS checks?",
]
O = [
"anyone know a decent pizza place in town thats open late on a sunday?",
"whats the weather looking like for saturday",
"how do I convert celsius to fahrenheit in my head",
"who won the premier league last season",
"how do i fix a puncture on a bike inner tube",
"can anyone recommend a laptop under 500 quid for uni",
"what's the capital of Mongolia?",
]

out = []
pfx = "LB"
n = 0
for doc, q, facts, ev in A:
    n += 1
    out.append({"id": "%s%03d" % (pfx, n), "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in N + O:
    n += 1
    out.append({"id": "%s%03d" % (pfx, n), "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
print(len(A), "answerable,", len(N), "near misses,", len(O), "off-topic")
