import json
R,G,S,P='rules','gradings','safeguarding','privacy'
A=[]
def a(doc,q,facts,ev): A.append(dict(doc=doc,q=q,expect='answer',facts=facts,evidence=ev))
# ---- DOJO_RULES
a(R,"how much is adult membership a month?",[["£34","34"]],["Adult £34/month 16 and over All adult classes at both"])
a(R,"my son is 5, can he start karate with u guys or is he too young",[["6","six"]],["Anyone aged 6 or over may apply to join."])
a(R,"whats the cost of the beginners course and how many weeks is it",[["£45","45"],["eight","8"]],["New students start with a beginners' course of eight weekly","sessions. The course costs £45, paid in advance, and includes a"])
a(R,"is there a joining fee? theres 4 of us in the family joining after the course",[["£30","30"]],["There is a one-off joining fee of £15 per person, capped at £30"])
a(R,"how much is the AKF licence for a junior per year",[["£18","18"]],["licence costs £28 a year for adults and £18 a year for"])
a(R,"im at uni, what proof do i need to show to get the cheaper rate and to who",[["student card"],["Treasurer"]],["card, a pension statement or a benefits letter) to the Treasurer"])
a(R,"if i pay for the whole year upfront do i get any discount",[["eleven","11"]],["pay twelve months in advance by bank transfer and pays for eleven"])
a(R,"my direct debit bounced twice this year, is there a fine or something",[["£5"]],["and take the payment again 10 days later. A £5 administration","charge is added for a second failed payment within any 12 months."])
a(R,"broke my wrist :( i heard u can freeze ur membership for 6 months for free, how do i do that",[["three months","3 months"]],["for up to three months in any 12 months and pays no fees while","write to membership@tallowbykarate.example before the freeze"])
a(R,"how much notice do i need to give if i want to quit, and who do i email",[["month"],["membership@tallowbykarate.example"]],["To leave the club, give one calendar month's notice by e-mail to"])
a(R,"do the fees go down in the school holidays since the academy is shut?",[["same"]],["holiday timetable and monthly fees stay the same.","During those weeks, training moves to the Kiln Dojo on a reduced"])
a(R,"money is really tight rn, is there any help with paying my kids fees?",[["hardship"],["six months","6 months"]],["Treasurer. The club keeps a small hardship fund which can pay up","to six months of junior fees for a family in difficulty."])
a(R,"how do i find out if tonights class is cancelled",[["4pm"]],["Any class cancelled on the day is announced on Discord by 4pm."])
a(R,"can i keep my wedding ring on in class? it doesnt come off",[["tape"]],["take off all jewellery; tape over a wedding ring if stuck;"])
a(R,"my daughter is 14 and a purple belt, is she allowed to do free sparring yet?",[["16"]],["shin and foot protectors. Members under 16 and anyone below 8th","kyu do not take part in free sparring."])
a(R,"where r we supposed to park when training at the academy",[["visitor bays"]],["not be left in the staff car park; use the visitor bays on Ferrow"])
a(R,"what can actually happen to someone whos caught bullying at the club",[["verbal warning"],["expulsion","expelled"]],["are a verbal warning from an instructor, a written warning from","the Secretary, suspension for up to three months and expulsion by"])
a(R,"i got suspended and think its unfair. how long have i got to appeal and who do i write to",[["14"],["Chair"]],["A member may appeal against a suspension or expulsion within 14","days of the decision by writing to the Chair. The appeal is heard"])
a(R,"when is the agm normally and am i allowed to vote, im 17 and joined last year",[["October"],["16"]],["The annual general meeting (AGM) is held each year in October.","Members aged 16 and over who have been members for at least three"])
a(R,"do i have to bow when i go on the mat? whats it called",[["rei"]],["Bow (rei) when you step on to and off the training floor, and"])
# ---- gradings
a(G,"whens the september grading next year? exact date pls",[["21 September"]],["Squad trials: Sunday 13 July Kyu grading: Sunday 21 September"])
a(G,"how often do u do gradings",[["four","4"]],["The club holds four kyu gradings a year, on a Sunday in March, June, September and December"])
a(G,"how much is it to grade for green belt and how long do i have to train first",[["£28","28"],["4 months","four months"]],["5 Green 6th kyu 4 months 30 £28"])
a(G,"im purple belt now, how many sessions do i need before i can go for brown",[["45"]],["8 Brown 3rd kyu 6 months 45 £35"])
a(G,"whats the fee for the black belt grading and does the club run it?",[["£95","95"],["AKF","Albion"]],["1st Dan (Shodan) 12 months 80 £95, paid to the AKF","Black belt (Dan) gradings are not run by the club."])
a(G,"my son is 14 and 1st kyu, sensei said he can go for black belt next year when hes 15 right?",[["16"]],["The minimum age for the 1st Dan grading is 16"])
a(G,"my 7yo came home from grading with a black tag stuck on her new belt, what does that mean",[["provisional"]],["Juniors aged 6 to 9 may be awarded a provisional grade"])
a(G,"whats the deadline for entering a grading",[["14 days"]],["with your name, current grade and licence number at least 14 days before the grading"])
a(G,"how do i pay the grading fee, is there a reference i need to use",[["GRADE"]],["Pay by bank transfer using the reference GRADE followed by your surname"])
a(G,"how early should i turn up on grading day",[["30 minutes"]],["arrive 30 minutes before your group starts, in a clean white gi"])
a(G,"can i drop my kid off at the grading and pick him up after?",[["stay"]],["A parent or guardian must stay at the venue for the whole of a junior grading."])
a(G,"cant make the grading anymore, its 10 days away. do i get my money back?",[["in full","full refund"]],["If you withdraw at least 7 days before the grading, your fee is refunded in full."])
a(G,"i failed my orange belt grading so i guess i have to pay the full £28 again to retake it?",[["half"]],["you pay half the normal grading fee for the re-take","You may try again at the next grading without doing the minimum training time again"])
a(G,"what does deferred pass mean, do i get the belt or not",[["4 weeks","four weeks"]],["You must show the examiner the part that needed work at a normal class within 4 weeks."])
a(G,"can i appeal if i think the examiner was just too harsh on me",[["7 days"]],["It cannot be about the examiner's judgement. Write to the Chief Instructor within 7 days of the result."])
a(G,"what do u need to try out for the comp squad",[["8th kyu","yellow"],["six months","6 months"]],["To try out you must be 8 or over, hold at least 8th kyu (yellow belt)","have been a member for at least six months and hold a current AKF licence"])
a(G,"when are the squad trials held",[["January"],["July"]],["Squad trials are held twice a year, in January and July, at the Kiln Dojo."])
a(G,"how many squad sessions do i have to go to so i dont lose my place",[["75%"]],["must attend at least 75% of squad sessions in each school term"])
a(G,"who pays the entry for nationals? and how much is a seat on the minibus",[["club"],["£12"]],["AKF National Championships entry £35 per category Club, for squad members","Seat in the club minibus (regional events) £12 per day Member"])
a(G,"my membership is frozen atm cos of a knee injury, can i still grade in june",[["4 weeks","four weeks"]],["Your membership must have been active, with fees paid, for at least 4 weeks before the grading."])
# ---- safeguarding
a(S,"who is the welfare officer and whats her number",[["Pellow"],["07700 900417"]],["The Club Welfare Officer is Janet Pellow.","Phone: 07700 900417 (please leave a message if she does not answer"])
a(S,"if the welfare lady is away on holiday who do i talk to instead",[["Arkwright"]],["The Deputy Welfare Officer is Sam Arkwright, 07700 900582, who stands in when the Welfare Officer is away."])
a(S,"how often do instructors have to get their dbs redone",[["three years","3 years"]],["have an enhanced DBS check, renewed every three years;"])
a(S,"my 7 year old is in little dragons, how many instructors are there per kid",[["1 to 8","1:8"]],["Little Dragons 6 to 8 1 to 8 2 Saturday mornings at the Kiln Dojo"])
a(S,"whats the adult to kid ratio when the juniors go away to a competition",[["1 to 6","1:6"]],["Competitions and trips away all juniors 1 to 6 2"])
a(S,"my daughter is 14, can she come along to the adult classes?",[["one adult class","1 adult class"]],["may join one adult class a week with the Chief Instructor"])
a(S,"do the 16 yr old assistant instructors count towards the ratio",[["not count","don't count","doesn't count","dont count"]],["Assistant instructors under 18 do not count towards the ratio."])
a(S,"is the sensei allowed to touch my kid to correct her stance? where?",[["ask"],["lower legs","shoulders"]],["explain what they are going to do and ask first","touch only the hands, arms, shoulders, feet and lower legs, and never the chest, groin or bottom"])
a(S,"at the kiln dojo when do the kids get the changing rooms to themselves",[["10 minutes"]],["juniors have the changing rooms for the 10 minutes before and after each junior class"])
a(S,"where is the defib at the kiln dojo",[["entrance"]],["a defibrillator at the Academy reception and on the wall by the entrance of the Kiln Dojo"])
a(S,"my son took a kick to the head in class and felt dizzy after. when can he spar again?",[["21 days"]],["they must not spar for at least 21 days and until they have no symptoms"])
a(S,"how quickly does an injury have to go in the accident book",[["24 hours"]],["Every injury, however small, is written in the accident book within 24 hours."])
a(S,"can the instructor give my kid calpol if she gets a headache during class",[["not give","don't give","dont give"]],["Instructors do not give medicines. They may help a member use their own inhaler"])
a(S,"what are the options on the photo consent form",[["three","3"],["no photos"]],["a parent fills in a photo consent form and chooses one of three options","photos may be used on the club website, the Discord server and in local newspapers"])
a(S,"so the club puts kids full names next to their pics on the website? i dont want my son named online",[["never"]],["The club never publishes the name of a junior alongside their photo"])
a(S,"can sensei give my daughter a lift to the tournament, just the two of them in the car?",[["written consent"]],["no instructor or volunteer may drive a junior alone unless the parent has given written consent in advance"])
a(S,"who is allowed to drive the club minibus",[["25"],["three years","3 years"]],["must be 25 or over and have held a full driving licence for at least three years"])
a(S,"my son is 13, can he walk home by himself after class",[["written consent"]],["juniors aged 12 to 15 may leave on their own only if a parent has given written consent"])
a(S,"a kid at training told me something worrying and asked me to keep it secret. what do i do??",[["secret"],["same day"]],["do not promise to keep it a secret","give your note to the Welfare Officer on the same day."])
a(S,"what if my worry is about the welfare officer herself, who do i go to then",[["Okafor-Hale","safeguarding@akf-karate.example"]],["if the concern is about the Welfare Officer or the Chief Instructor, contact the Chair"])
# ---- privacy
a(P,"who do i contact about my personal data and whats the email",[["Tanaka-Mills"],["privacy@tallowbykarate.example"]],["Our data protection contact is Robert Tanaka-Mills, a","privacy@tallowbykarate.example or by post to the address in section 1."])
a(P,"does the club have a proper data protection officer?",[["not required","has not","hasn't","no"]],["required to appoint a formal data protection officer and has not done so."])
a(P,"do u guys store my bank details?",[["Fernpay"]],["details are held by our direct debit provider, Fernpay Ltd, and not by the club."])
a(P,"what do you keep about me from my gradings",[["feedback"],["licence number"]],["Grading records: your grades and the dates you achieved them, your grading","results, the examiner's written feedback, the number of sessions you attended"])
a(P,"why would the club need to know my weight",[["kumite"]],["where a kumite category needs it, your weight."])
a(P,"is there cctv in the changing rooms??",[["entrance"]],["CCTV images from the camera over the entrance of the Kiln Dojo. There is no","CCTV inside the training area or the changing rooms."])
a(P,"can every instructor see my full medical info?",[["summary"]],["can see medical information, and instructors see only a short summary for the students"])
a(P,"what info about me gets sent to the AKF",[["date of birth"],["grade"]],["Albion Karate Federation (AKF), our national governing body: your name, date","of birth, address, grade, licence number, grading results and competition entries,"])
a(P,"when does the insurance company get my details",[["Redmarsh"],["claim"]],["Redmarsh Sports Insurance Ltd, the insurer that provides cover through the","claim is made or an injury has to be reported."])
a(P,"since we train at the academy i guess the school gets a list of all members?",[["instructors"]],["Tallowby Academy does not receive a list of our members. We give the school the","names of the instructors who will be on duty each term."])
a(P,"do i have to join the discord to be a member",[["optional"]],["Joining it is optional: you do not need Discord to be a member"])
a(P,"can the discord mods read my DMs",[["cannot","can't","cant"]],["They cannot see your direct messages with other people."])
a(P,"ive left the club, how long until my discord member role and verification entry are gone",[["14 days"]],["verification list is deleted within 14 days."])
a(P,"how long do u keep the log of warnings and timeouts on discord",[["12 months"]],["We keep a log of moderation actions (warnings, timeouts and removals) for 12"])
a(P,"how long after i quit do u hang on to my medical info",[["3 months","three months"]],["While you are a member; deleted within 3 months of"])
a(P,"my kid had an accident at training, how long is that record kept for",[["21st"]],["Until the junior's 21st birthday, even if they have left"])
a(P,"will my grading history get deleted at some point after i leave",[["permanently"]],["Permanently, so that we can confirm your grades in"])
a(P,"how long is the cctv footage at the dojo kept",[["30 days"]],["30 days, unless needed to deal with an incident"])
a(P,"if i ask for a copy of my data how long will it take and is there a fee",[["one month","1 month"],["no charge","free"]],["We will reply within one month, and there is normally no charge."])
a(P,"my son is 14, can he ask for his own data himself or does it have to be me",[["13"]],["Parents and guardians can use these rights on behalf of children under 13.","juniors can make requests about their own information, and we will usually"])
NM=[
"how much is a private one to one lesson with sensei bellweather",
"who is the vice chair of the club",
"lost my grading certificate, how much does a replacement cost",
"whats the clubs sort code and account number so i can pay by transfer",
"how much does it cost to hire the kiln dojo for my sons birthday party",
"do u do any weapons training like bo staff or nunchaku",
"how much is the summer training camp this year and when is it",
"whats the policy number for the insurance through the AKF licence",
"what time does the kata class start on saturdays",
"how long do u keep stuff in lost property before chucking it",
"whats the name of the AKF examiner who comes to the brown belt gradings",
"how much does a black belt cost to buy when u pass shodan",
"how many members does the club have altogether",
"whats the club's CASC registration number",
"which first aid course do the instructors have to do, like what level",
"how old do you have to be to become an assistant instructor",
"whats the name of the club photographer who does the grading photos",
"how much does the club pay the academy to rent the sports hall",
"whats the phone number for the ICO if i want to complain about my data",
"whats the deadline to order the squad tracksuit for this season",
"how much do u get charged if u lose a key fob for the kiln dojo",
]
OT=[
"whats the weather gonna be like this weekend",
"can anyone recommend a good protein powder for after training",
"how do i fix 'ModuleNotFoundError: No module named requests' in python",
"who won the champions league last year",
"whats a good recipe for chicken katsu curry",
"any good anime to watch this weekend?",
"how do i convert 5 miles to km",
]
assert len(A)==80 and len(NM)==21 and len(OT)==7
with open('/work/sets/fictional-karate/questions.jsonl','w',encoding='utf-8') as f:
    n=0
    for c in A:
        n+=1; f.write(json.dumps({'id':f'KR{n:03d}',**c},ensure_ascii=False)+'\n')
    for q in NM+OT:
        n+=1; f.write(json.dumps({'id':f'KR{n:03d}','doc':None,'q':q,'expect':'abstain','facts':[],'evidence':[]},ensure_ascii=False)+'\n')
