import json, os
C,H,Y,W='constitution','casting','youth-safeguarding','workshop-wardrobe'
A=[]
def a(doc,q,facts,ev): A.append(dict(doc=doc,q=q,expect='answer',facts=facts,evidence=ev))
# CONSTITUTION
a(C,"when was the constitution actually adopted? the copy on the noticeboard looks ancient",[["12 October 2023"]],["held at the Lantern Playhouse on 12 October 2023."])
a(C,"filling in a grant form and it wants our registered office address, whats the full address?",[["Chandlers Yard"],["WX3 9QT"]],["The registered office of the Company is the Lantern Playhouse, 4","Chandlers Yard, Wexcombe WX3 9QT (in this constitution"])
a(C,"how much is acting membership per year? im a full time student if that changes anything",[["£30"]],["Acting £48 Yes (18+) 16 Concession £30","The concession rate is open to full-time students and to members"])
a(C,"whats a friends membership cost and do friends get a vote at the agm?",[["£15"],["no","not"]],["Friends £15 No 18 Supporter only","Friends receive the newsletter and priority booking for"])
a(C,"my daughter is 16 and an acting member, can she vote at the agm?",[["eighteenth","18"]],["at general meetings but may not vote until their eighteenth"])
a(C,"do i need to show proof im on universal credit to get the cheaper sub?",[["own statement","no proof"]],["who receive a means-tested benefit. No proof is asked for beyond"])
a(C,"my son (17) is in youth theatre and turns 18 in march - does he have to leave straight away, and what does he pay after that?",[["finish the season"],["concession"]],["A Youth member who turns 18 may finish the season in the youth","membership and pay the concession rate for their first adult"])
a(C,"whens the deadline for paying membership subs each year?",[["30 September"]],["Subscriptions fall due on 1 September and must be paid by 30"])
a(C,"thinking of joining in april, do i have to pay for the whole year??",[["half"]],["A member who joins after 1 March pays half the annual"])
a(C,"i forgot to renew and someone said ur membership ends on 1 october if u havent paid, is that true?",[["31 October"]],["A member whose subscription is unpaid on 31 October ceases to be"])
a(C,"im a backstage member, how many front of house shifts am i meant to do?",[["two","2"]],["Acting and Backstage members are expected to give at least two","front-of-house shifts in each season, as ushers, programme"])
a(C,"im 17 can i help serve drinks at the bar in the interval",[["18"]],["Only members aged 18 or over may serve or sell alcohol at the"])
a(C,"if the board wants to chuck someone out how much warning do they have to give them",[["14 clear days","14"]],["give the member at least 14 clear days' notice in writing of"])
a(C,"i got removed as a member, can i appeal it? who to and by when",[["Chair"],["21 days"]],["A member who has been removed may appeal once, in writing to the","Chair within 21 days of the decision. The appeal is heard by a"])
a(C,"whos the company secretary at the moment?",[["Okafor-Hale"]],["the Company Secretary is Desmond Okafor-Hale;"])
a(C,"the agm notice was posted in the discord announcements channel, that counts as official written notice right?",[["not notice in writing","not official notices"]],["members' Discord server is not notice in writing for any","Posts there are not official notices, and the"])
a(C,"how much notice do members get before the agm",[["21 clear days","21"]],["At least 21 clear days' notice in writing of the meeting shall"])
a(C,"how many of us need to sign to make the board call a special general meeting?",[["20"]],["receiving a written request signed by at least 20 voting members"])
a(C,"cant make the agm, can i give my vote to a mate as a proxy?",[["not allowed"]],["Each voting member has one vote. Proxy votes are not allowed."])
a(C,"how many people have to turn up for a general meeting to count, and what happens if not enough come?",[["30 voting members","30"],["one week later","adjourned"]],["The quorum is 30 voting members or one tenth of the voting","minutes of the start time, the meeting stands adjourned to the"])
# CASTING
a(H,"do i have to be a member already to audition for the next play?",[["first rehearsal"]],["You do not have to be a member to audition, but you must hold Acting membership"])
a(H,"im 15, am i allowed to audition for the main house show?",[["16 or over","16"]],["Auditions for our main-house productions are open to anyone aged 16 or over."])
a(H,"my daughters 16 and wants to audition, is there any form she needs to bring?",[["consent form"]],["need a consent form signed by a parent or carer, handed in at the audition"])
a(H,"how far in advance do u usually announce auditions",[["six weeks"]],["announces the production, its director and its audition dates at least six weeks before the auditions"])
a(H,"how do i book an audition slot and whats the cut off",[["casting@lanternplayers.example"],["seven days"]],["You book an audition slot by e-mailing casting@lanternplayers.example before the closing date","which is normally seven days before the first audition"])
a(H,"didnt get a recall :( does that mean i havent got a part",[["does not mean"]],["Not being recalled does not mean you have not been cast."])
a(H,"got offered a part!! how long do i have to say yes and is there anything to pay",[["48 hours"],["£20"]],["You accept your part by e-mail within 48 hours and pay the production fee of £20"])
a(H,"will my audition get recorded? really dont want to be filmed",[["never filmed"]],["Auditions are never filmed or recorded."])
a(H,"who actually picks the cast, is it just the director?",[["producer"],["independent member"]],["a casting panel of three: the director, the producer, and an independent member appointed by the Artistic Committee"])
a(H,"ive been a member for 20 yrs, longest serving members get first pick of the roles right?",[["not grounds"]],["Past service to the Company, seniority and length of membership are not grounds for casting."])
a(H,"can i get feedback on my audition, is there a time limit for asking",[["14 days"]],["Any auditionee may ask the director for feedback within 14 days of the cast list being published."])
a(H,"honestly i was better than the guy who got the lead. can i appeal that?",[["not followed","not reopen","cannot appeal"]],["you cannot appeal because you believe you were the better actor for a part","You may appeal on the ground that this policy was not followed"])
a(H,"how do i appeal a casting decision and whats the deadline",[["Company Secretary","secretary@lanternplayers.example"],["seven days"]],["Write to the Company Secretary at secretary@lanternplayers.example within seven days of the cast list being published"])
a(H,"cant make rehearsal tonight, who do i tell and by when?",[["stage manager"],["5pm"]],["tell the stage manager by 5pm on the day, by message or phone"])
a(H,"how many rehearsals can u miss before they recast u",[["three"],["written warning"]],["After three absences without notice, or five absences of any kind","If absences continue after a written warning, the director and producer may recast your part."])
a(H,"if i have to drop out of the show do i get the production fee back",[["not refunded"]],["The production fee is not refunded if you withdraw or are recast."])
a(H,"thinking of volunteering as stage manager, how much of my time will it take?",[["week three"]],["Every rehearsal from week three, and production meetings","Runs the get-in, every performance and the get-out"])
a(H,"do cast get free tix? can i get one for my mum for the saturday night",[["Tuesday, Wednesday or Thursday"]],["may claim one complimentary ticket per production for a Tuesday, Wednesday or Thursday performance"])
a(H,"im dyslexic, is there any way to get the audition pieces in bigger print or get more time",[["large-print"],["extra time"]],["We can provide large-print scripts, extra time to prepare, a quieter waiting area or a seated audition."])
a(H,"who's the casting coordinator?",[["Tobias Rennard"]],["Casting contacts Casting coordinator Tobias Rennard casting@lanternplayers.example"])
# YOUTH
a(Y,"who is the safeguarding lead and whats her number",[["Tregothnan"],["07700 900627"]],["Designated Safeguarding Lead Morwenna Tregothnan safeguarding@lanternplayers.example, 07700 900627"])
a(Y,"what time is youth theatre on saturdays for my 9 yr old",[["10.00am"],["11.30am"]],["Lanterns 8 to 10 Saturday 10.00am to 11.30am 1 to 6 2"])
a(Y,"whats the ratio of adults to kids in the 11-13 group",[["1 to 8"]],["Sparks 11 to 13 Saturday 12.00pm to 1.45pm 1 to 8 2"])
a(Y,"how much does youth theatre cost a term?",[["£45"]],["a term fee of £45 for each of the three terms"])
a(Y,"money's really tight at the moment, is there any help with the youth theatre fees?",[["bursar"]],["Bursaries covering the whole term fee are available on a confidential request to the Youth Theatre Director."])
a(Y,"my daughter turns 11 in november, will she go up to sparks on her birthday?",[["September"]],["Young people move up in September after their birthday takes them over the age limit"])
a(Y,"my 17 yr old helps run the lanterns group so she counts as one of the adults for the ratio yeah?",[["never counts"]],["A young person aged 16 or 17 who helps to lead a session never counts as an adult."])
a(Y,"how often do youth theatre helpers need their dbs check redone",[["three years"]],["must have an enhanced DBS check, renewed every three years"])
a(Y,"how long before the show does the child performance licence application have to go in?",[["21 days"]],["must send it to the council at least 21 days before the first performance"])
a(Y,"whats the max number of kids one chaperone can look after",[["12"]],["One chaperone may look after no more than 12 children."])
a(Y,"im chaperoning for the panto, can i be a dresser at the same time to help out?",[["no other job"]],["A chaperone has no other job while on duty","they may not also be a stage manager, an operator, a dresser or in the cast"])
a(Y,"can i film my son's show from my seat on my phone",[["may not photograph","not photograph or film"]],["Audiences may not photograph or film any performance."])
a(Y,"i want to take back my photo consent for my kid. who do i email and how quickly do the pics come down?",[["data@lanternplayers.example"],["30 days"]],["Consent can be withdrawn at any time by e-mail to data@lanternplayers.example.","We remove the images from our website and social media within 30 days where we can."])
a(Y,"how long do u keep photos of the children",[["three years"]],["Photographs of young people are kept for three years and then deleted"])
a(Y,"my 9yo wants to walk home by himself after lanterns, is that ok?",[["named adult"]],["are only handed over to a named adult, at the stage door, never in the car park"])
a(Y,"what happens if im running late to pick up my kid from a session",[["15 minutes"],["emergency contacts"]],["If a child has not been collected 15 minutes after the end of the session","the session leader phones the other emergency contacts on the enrolment form"])
a(Y,"my 12 year old wants to join the discord server, is she allowed?",[["13"]],["Youth members under 13 do not use the Discord server."])
a(Y,"if a kid tells me something bad is happening and asks me not to tell anyone, should i promise to keep it secret?",[["not promise"]],["Do not promise to keep it secret."])
a(Y,"what if my worry is about the safeguarding lead herself, who do i go to",[["Achterberg","Chair"]],["If your concern is about the Designated Safeguarding Lead herself, tell the Chair, Rosalind Achterberg."])
a(Y,"how long are safeguarding records kept for",[["25th birthday"]],["Safeguarding records are kept locked or password-protected by the Designated Safeguarding Lead until the young person's 25th birthday."])
# WORKSHOP
a(W,"when is the workshop open?",[["Wednesday"],["4pm"]],["The workshop is open on Wednesday evenings from 7pm to 10pm and on","Saturdays from 10am to 4pm, and at other times only by arrangement with"])
a(W,"im fully inducted, can i pop into the workshop on my own to finish some flats",[["alone","two people"]],["Nobody works alone in the workshop. At least two people must be present"])
a(W,"had a couple of pints at the bar, ok if i go back to cutting with the jigsaw after?",[["not use any power tool"]],["Anyone who has been drinking alcohol, including at the Playhouse bar, must","not use any power tool that day."])
a(W,"im 14, am i allowed to use the cordless drill in the workshop",[["Level 1"],["one to one"]],["Under 16s supervised one to one"])
a(W,"whats the minimum age for the table saw and what induction do u need",[["18"],["Level 3"]],["The table saw is the most dangerous machine in the workshop. Nobody under 18","may use the table saw, and it always needs a Level 3 induction."])
a(W,"what do i have to do to get signed off at level 2",[["three-hour"],["two supervised uses"]],["Level 2: a three-hour session on saws and the nail gun, followed by two","supervised uses of each tool before you may use it unsupervised."])
a(W,"when do they run tool inductions",[["first Saturday"]],["given on the first Saturday of each month, or by appointment."])
a(W,"i did my mitre saw induction about 3 yrs ago and havent been in since, but inductions never run out so im fine right?",[["two years"]],["else, and it lapses if you have not used the workshop for two years."])
a(W,"can we weld a steel frame for the set in the workshop?",[["not allowed"]],["Welding and any work with a naked flame are not allowed anywhere on the"])
a(W,"do i need to bring my own safety kit or is it provided?",[["safety boots"]],["The Company provides safety glasses, ear defenders, FFP2 dust masks and rigger","gloves, which hang on the rack by the door. Members bring their own safety boots."])
a(W,"should i wear gloves when im on the table saw?",[["not wear gloves"]],["Do not wear gloves when using a tool with a rotating blade or bit, such as the"])
a(W,"im only a friends member, can i borrow a costume for a fancy dress party?",[["Friends do not borrow"]],["may borrow for their own use. Friends do not borrow from the store. Youth"])
a(W,"how much notice do u need to borrow costumes and when can i collect",[["seven days"],["12 noon"]],["Ask by e-mail to wardrobe@lanternplayers.example at least seven days before","you need the items. The store is open for collection and return on Saturdays"])
a(W,"how many things can i have out on loan at once",[["five"]],["You may have no more than five items on loan at any one time."])
a(W,"borrowing a sofa from the props store for a play, how long can i keep it and do u deliver",[["21 days"],["transport"]],["large props are lent for 21 days, and you arrange and pay for transport both ways."])
a(W,"brought a costume back 3 days late, how much will that cost me?",[["£6"]],["three days late costs £6 in late charges, taken from the deposit. Furniture and"])
a(W,"our school wants to hire some costumes from you, whats the minimum charge and deposit?",[["£30"],["£100"]],["2. Every hire carries a minimum charge of £30 and a single refundable deposit"])
a(W,"can a professional touring company hire our costumes",[["commercial"]],["props from us. We do not hire to commercial productions or for profit-making"])
a(W,"how long do you keep records of what ive borrowed",[["two years"]],["records are kept for two years after the item is returned and the account is settled,"])
a(W,"my 15 yr old got hurt in the workshop and it went in the accident book, how long will that entry be kept",[["21"]],["the injured person was under 18, the entry is kept until they reach the age of 21."])
NM=[
"whats the treasurer's name? need to ask them about a payment",
"how much are adult tickets for the autumn show?",
"what time does the bar open on show nights",
"how many seats are there in the playhouse?",
"how much would it cost to hire the playhouse for my dance school's end of year show",
"whos directing the panto this year",
"do i have to pay for my own dbs check to help at youth theatre or does the company cover it",
"is there a sibling discount if both my kids do youth theatre?",
"who are the mods on the youth discord channels? want to know their names",
"how many places are there in the senior company, is it capped?",
"is there a late payment fee if i pay the youth theatre term fee late",
"how many shows do u put on each season",
"if a show gets cancelled can i get a refund on my ticket",
"whats the deadline for sending a play suggestion to the artistic committee for next season",
"how much does a level 1 tool induction cost",
"who is the designated premises supervisor for the bar",
"who is the accompanist at musical auditions, want to send my sheet music ahead",
"whos the official photographer at the dress rehearsal photo call?",
"what is the name of the independent examiner who checks the accounts",
"how much public liability cover does our group need to hire your costumes, like what amount",
"when does the spring term start for youth theatre?",
]
OT=[
"whats the capital of australia again",
"anyone know a good pizza place near the station?",
"how do i convert 5 miles to km",
"my cat keeps being sick after eating, what should i do",
"who won bake off last night?? no spoilers for anyone else lol",
"whats a decent laptop for uni under 500 quid",
"how do you get red wine out of a carpet",
]
out=[]
for c in A: out.append(c)
for q in NM: out.append(dict(doc=None,q=q,expect='abstain',facts=[],evidence=[]))
for q in OT: out.append(dict(doc=None,q=q,expect='abstain',facts=[],evidence=[]))
assert len(A)==80 and len(NM)==21 and len(OT)==7, (len(A),len(NM),len(OT))
docs=[c['doc'] for c in A]
assert docs==[C]*20+[H]*20+[Y]*20+[W]*20
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)),'..','questions.jsonl'),'w') as f:
    for i,c in enumerate(out,1):
        d={'id':f'TH{i:03d}'}; d.update(c)
        f.write(json.dumps(d,ensure_ascii=False)+'\n')
print(len(out))
