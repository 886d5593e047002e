#!/usr/bin/env python3
"""Writes questions.jsonl (DG001-DG108) from the list below."""
import json, os
A = 'answer'
R = [  # rules
("whats the full membership fee per year?", [["£48", "48"]], ["Full £48 18 or over 1 vote"]),
("im 66 is there a cheaper rate for oldies like me", [["£36", "36"]], ["Full (concession) £36 65 or over 1 vote"]),
("me + my husband + our 2 kids (10 and 13), does one family membership cover all of us? how much", [["£72", "72"]], ["4.1 A family membership covers up to two adults and any number of", "Family £72 2 adults + juniors 1 vote per adult"]),
("can my nan join as an associate and bring our dog to puppy class?", [["not book", "cannot book", "can't book", "may not"]], ["events, the fun show and general meetings but may not book"]),
("is there a joining fee on top of the yearly sub", [["£10", "10"]], ["a one-off joining fee of £10 per household."]),
("if i join in november do i still pay for the whole year?", [["half"]], ["5.2 A person who joins on or after 1 October pays half of the annual"]),
("when do i have to renew by, and whats the last date before my membership just ends?", [["30 April"], ["31 May"]], ["6.1 Renewal fees are due on 1 April and should be paid by 30 April.", "6.2 A member who has not paid by 31 May is treated as having"]),
("moving away in sept so quitting, i read u get the rest of the years fee back pro rata, how do i claim it", [["not refunded", "no refund", "not be refunded"]], ["6.3 Fees are not refunded when a member resigns, lapses or is"]),
("how do i cancel my membership, who do i tell", [["secretary"]], ["A member may resign at any time by writing to the", "secretary by letter or e-mail. Resignation takes effect on the day"]),
("my daughter is 17, can she go to her class on her own without me there?", [["consent form"]], ["(iii) juniors aged 16 and 17 may attend classes without a"]),
("is a choke chain ok at the club if i only use it gently", [["choke"]], ["club premises, a prong collar, choke chain used as a correction,"]),
("when theres no class on, how many of my dogs can i let off lead on the field at once?", [["two", "2"]], ["10.2 During free use of the field a member may have no more than two"]),
("if the club ever shuts down for good what happens to the money", [["rescue", "welfare charit"]], ["and property shall be given to one or more dog rescue or dog"]),
("got suspended, how long have i got to appeal and who decides it?", [["21 days"], ["three", "3"]], ["to the secretary within 21 days of being told of the decision.", "12.1 The appeal is heard by a panel of three voting members who do"]),
("can i take my dog on the field monday morning about 9?", [["12 noon", "noon", "midday"]], ["13.2 On Monday mornings the field is closed until 12 noon for mowing"]),
("how do i get a fob for the gate, is there a deposit?", [["£15", "15"], ["three months", "3 months"]], ["14. Keys and parking. Members of at least three months' standing may"]),
("can i borrow the a-frame to practise in my garden", [["never", "not lent"]], ["see-saw and long tunnels are never lent."]),
("how long is the chair voted in for and how many times can they go again", [["two years", "2 years"], ["three terms", "3 terms"]], ["general meeting and serve for two years. No one may hold the", "same elected office for more than three terms in a row."]),
("how many members do we need to sign a letter to make the committee call a special meeting", [["20"]], ["a written request signed by at least 20 voting members stating the"]),
("who's the treasurer atm?", [["Lanchester"]], ["secretary Tobias Renwick; treasurer Priya Lanchester; chief"]),
]
C = [  # classes
("how much is puppy class if im not a member yet", [["£75", "75"]], ["Puppy Foundation 10 to 20 weeks 6 45 minutes £60 (non-members £75)", "Puppy Foundation is the only course non-members may book"]),
("my pup is 22 weeks old, is he too old for the basic puppy course? which one should he do", [["Puppy Progress"]], ["Puppy Progress 5 to 9 months 6 45 minutes £60", "Puppy Foundation 10 to 20 weeks 6 45 minutes"]),
("whats the youngest a dog can be for agility intermediate and why?", [["18 months"]], ["Full jumps and the weaves are not used with dogs under 18 months"]),
("is it 20% off if i book 2 courses at once?", [["£10", "10"]], ["for the same dog in the same block gets £10 off the second course"]),
("are there any classes over the summer holidays", [["July"]], ["There are no courses in July and August"]),
("my dog trained at another club, can she skip level 1? how much is that", [["£15", "15"]], ["after a 30-minute placement assessment, which costs £15"]),
("what time do bookings open for the next block?", [["7.00 pm", "7pm", "7 pm"], ["1st"]], ["Bookings for each course open at 7.00 pm on the 1st of the month before the course starts."]),
("i booked but havent paid yet, how long before i lose the spot", [["48 hours", "48"]], ["A place is held for 48 hours; unpaid bookings are then released"]),
("can i bring both my dogs to the same class?", [["second handler", "another handler"]], ["One handler may bring only one dog to each class.", "or into the same class with a second handler for the second dog"]),
("got an email saying a waiting list place came up, how long do i have to say yes", [["24 hours"]], ["who has 24 hours to accept it before we move on to the next"]),
("who do i contact about classes, is there a number i can text?", [["Brightwater"], ["07700 900142"]], ["Our classes coordinator is Helen Brightwater.", "Phone or text: 07700 900142 (evenings and weekends)"]),
("need to cancel my course, it starts in 10 days. do i get anything back?", [["half", "50"]], ["7 to 13 days before the first session: a refund of half the course price."]),
("cancelling 3 wks before the start, thats a full refund with no fees right?", [["£5", "5"]], ["a full refund, less an administration fee of £5"]),
("my dog hurt his leg halfway thru the course, can i get money back?", [["credit note"], ["12 months"]], ["send us a vet's note and we will give you a credit note", "Credit notes can be used against any course within 12 months"]),
("can i use my extendable lead in class", [["2 metres", "2m", "2 m"]], ["Extending leads are not allowed in class.", "with a fixed lead of no more than 2 metres"]),
("what do i need to bring for scentwork", [["harness"], ["5-metre", "5 metre", "5m"]], ["For scentwork: a harness and a 5-metre long line."]),
("when can my puppy start classes after his jabs?", [["7 days", "seven days"]], ["Puppies may start Puppy Foundation from 7 days after their second primary vaccination."]),
("is the kennel cough vaccine compulsory to attend", [["not required", "recommended"]], ["Vaccination against kennel cough is recommended but is not required."]),
("my dog had the runs yesterday, can she still come to class tmrw?", [["48 hours"]], ["must stay at home until 48 hours after the symptoms have stopped"]),
("how much for a private lesson with an instructor", [["£30", "30"]], ["Private lessons with an instructor cost £30 an hour and are open to members only."]),
]
W = [  # welfare
("who is the welfare officer and how do i reach her", [["Carrow"], ["welfare@harrowfolddtc.example", "07700 900316"]], ["She can be reached at welfare@harrowfolddtc.example or on 07700 900316."]),
("do i need insurance for my dog to train at the club?", [["third-party", "third party"]], ["Members are strongly encouraged to hold third-party liability insurance for their dogs."]),
("my girl just came into season, how long until she can come back to class", [["28 days"]], ["She must stay away from the first signs of her season until 28 days after those first signs."]),
("can i still come to class to watch while my bitch is in season if i leave her in the car", [["must not", "not bring"]], ["Handlers may still attend a class without the bitch to watch and learn, but must not bring her"]),
("how many sessions do u credit if i miss class cos of her season", [["three", "3"]], ["Up to three missed sessions in each course are credited on a credit note"]),
("my rescue nipped someone years ago before i had him. do i have to mention that when i book?", [["yes", "must", "have to"]], ["has bitten a person or another dog, at any time;"]),
("whats with the yellow ribbons on some dogs? how far away do i keep mine", [["5 metres", "5m", "five metres"]], ["Other handlers must keep their dogs at least 5 metres away from a dog wearing yellow."]),
("what happens if my dog bites another dog in class", [["committee"], ["14 days"]], ["the dog may not return until the committee has reviewed the incident, within 14 days"]),
("my dog had a scuffle, no one hurt. how soon do i have to fill in the incident form", [["24 hours"]], ["Incident form within 24 hours; the dog stays on lead and wears yellow"]),
("if i report a welfare concern how long before i hear anything back", [["2 working days", "two working days"], ["14 days"]], ["The welfare officer will acknowledge your concern within 2 working days"]),
("is agility still on if its 25 degrees out", [["24"]], ["Agility runs stop when the temperature on the field reaches 24°C."]),
("forecast says 28 degrees for sat morning, is my outdoor class cancelled?", [["27"]], ["the start of a class is 27°C or more, all outdoor classes are cancelled"]),
("ok to leave my dog in the car with the windows down while i help set up?", [["never", "not enough"]], ["Never leave a dog in a car at the field, whatever the weather and however short the time."]),
("how do i find out if the field is shut because of frost", [["Discord"], ["8.00 am", "8am", "8 am"]], ["The duty steward checks the ground at 8.00 am and posts a closure notice"]),
("thunder started in the middle of agility, what are we meant to do", [["30 minutes"]], ["Do not go back out until 30 minutes after the last thunder."]),
("where is the dog first aid kit kept", [["green box"], ["kitchen"]], ["The dog first-aid kit is the green box in the hall cupboard next to the kitchen door."]),
("is there a defib anywhere near the field?", [["Village Stores"]], ["The nearest public defibrillator is outside Harrowfold Village Stores, about 400 metres from the gate."]),
("whats the number for the vets nearest the club", [["01632 960418"]], ["Our nearest vet is Harrowfold Veterinary Centre, telephone 01632 960418."]),
("my son is 9 and i heard juniors can do agility from 8 as long as a parent is there, right?", [["12"]], ["Juniors under 12 may not handle a dog in an agility class"]),
("i have a concern about the welfare officer herself. who do i go to?", [["Ellery-Voss"]], ["If your concern is about the welfare officer, write instead to the chair, Margaret Ellery-Voss"]),
]
P = [  # privacy
("who do i email about my personal data", [["Mistry"], ["privacy@harrowfolddtc.example"]], ["The committee has appointed Ewan Mistry as the club's data protection contact.", "To use any of these rights, write to Ewan Mistry at privacy@harrowfolddtc.example"]),
("why do u need my date of birth, im just a normal adult member", [["concession"]], ["your date of birth only for junior handlers and for members who claim the"]),
("does the club keep my card details after i pay for a course", [["payment provider"]], ["Card payments are taken by our payment provider; we never see or"]),
("will the other people in my class be told my dog has bitten before?", [["instructor"]], ["Information about your dog's behaviour, such as whether it has bitten, is shared with"]),
("do u sell our emails to breeders or pet shops", [["never"]], ["We never sell your information and we do not pass it to other clubs, breeders or"]),
("how long do u keep my details after i leave the club", [["2 years", "two years"]], ["Deleted 2 years after membership ends"]),
("i uploaded a photo of my pups vaccine card to the booking site, is it kept forever?", [["30 days"]], ["Deleted 30 days after the course ends"]),
("how long is the log of who used the gate fob kept", [["90 days"]], ["Deleted by the system after 90 days"]),
("my daughter reported something to the welfare officer when she was 14. how long will u keep that", [["25"]], ["Until the child reaches the age of 25"]),
("how long do you hang on to my payment records", [["6 years", "six years"]], ["6 years after the end of the financial year"]),
("i dont want to be in any photos at the fun show, what do i do", [["orange"], ["lanyard"]], ['If you do not want to be photographed, ask for an orange "no photos" lanyard at']),
("will u put my 10 yr olds full name next to her photo on the website?", [["full name"]], ["We never publish a junior's full name with a"]),
("the instructor filmed my dog in class, what happens to the video after?", [["deleted"], ["end of the course"]], ["with the handler's permission. These clips are deleted at the end of the course"]),
("how quickly will u take a pic of my dog off the discord if i ask", [["7 days", "seven days"]], ["or the Discord server, write to the data protection contact. We will remove it within 7"]),
("how do i get into the club discord", [["invite link"], ["e-mail", "email"]], ["The invite link is sent by e-mail once your membership has been confirmed."]),
("the mods can read all our DMs on the server right? is that even allowed", [["cannot", "can't", "can not"]], ["cannot read your direct messages with other members, and the club does not"]),
("my 12 yr old wants to join the discord, can she?", [["13"]], ["Discord's own terms do not allow anyone under 13 to use it. Junior handlers aged"]),
("my membership ran out, how long before i get kicked off the discord", [["14"]], ["When your membership ends, your access to the server is removed within 14"]),
("if i ask for a copy of all my data how long do u have to reply and does it cost anything", [["one month", "1 month"], ["no charge", "free"]], ["We will reply within one month of receiving your request", "by post to the address in section 1. There is no charge."]),
("who can i complain to about how the club handles my data if they wont sort it", [["Information Commissioner"]], ["You also have the right to complain to the Information"]),
]
NEAR = [
"how much is it to enter a class at the summer fun show?",
"whats the name of the equipment steward, need to borrow some weave poles",
"who runs the junior section? whats their name",
"how much do the instructors actually get paid per session",
"how much does it cost to hire the hall for my sons birthday party",
"whats the club bank account / sort code so i can pay by transfer",
"which insurance company is the club insured with?",
"which payment company do u use for the card payments on the booking site",
"who is the independent examiner who checks the accounts",
"can someone post the discord invite link here pls",
"what are the names of the two volunteer discord mods",
"whats the address of the harrowfold vet centre, need to go there now",
"how much are the club hoodies and where do i order one",
"how many marks do you need to pass the obedience level 2 assessment",
"how much does the instructor training course cost, i want to become an instructor",
"whats margaret the chairs phone number",
"whats the closing date for entries to the fun show",
"what night of the week does the committee usually meet?",
"if the fun show gets rained off do we get our entry money back",
"how long is the cctv footage from the car park kept",
"how many parking spaces are there in the club car park",
]
OFF = [
"whats the best dry food for a 4 month old lab",
"anyone know what time the football kicks off tonight",
"can someone recommend a decent laptop under 500 quid",
"how do i convert celsius to fahrenheit",
"whats the capital of australia lol",
"how many calories are in a cornish pasty",
"best way to get red wine out of a carpet?",
]
out, n = [], 0
def add(doc, q, facts, ev, expect=A):
    global n
    n += 1
    out.append({"id": "DG%03d" % n, "doc": doc, "q": q, "expect": expect, "facts": facts, "evidence": ev})
for doc, L in (("rules", R), ("classes", C), ("welfare", W), ("privacy", P)):
    assert len(L) == 20, (doc, len(L))
    for q, f, e in L:
        add(doc, q, f, e)
assert len(NEAR) == 21 and len(OFF) == 7
for q in NEAR + OFF:
    add(None, q, [], [], 'abstain')
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for c in out:
        f.write(json.dumps(c, ensure_ascii=False) + '\n')
