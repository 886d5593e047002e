import json, os

C, P, J, D = 'constitution', 'congress', 'juniors', 'discord'
A = []  # (doc, q, facts, evidence)

# ---- CLUB_CONSTITUTION
A += [
 (C, "how much is a normal adult membership for the year?", [["£72", "72"]],
  ["Adult £72 aged 18 to 64 1 vote"]),
 (C, "im 67 and retired, is there a cheaper sub for oldies like me? how much", [["£48", "48"]],
  ["Over-65 £48 aged 65 or over on 1 Sept 1 vote"]),
 (C, "my son is 16 and a junior member so he gets to vote at the agm right?", [["not vote", "none", "no vote", "cannot vote", "can't vote"]],
  ["Junior members may attend general meetings and speak with the", "chair's permission, but may not vote."]),
 (C, "whens the deadline to pay subs each year", [["30 September", "30th September", "30 Sept"]],
  ["Subscriptions are due on 1 September and shall be paid by 30"]),
 (C, "i totally forgot to renew my membership... at what point do i actually stop being a member?", [["31 October", "31st October"]],
  ["A member whose subscription remains unpaid on 31 October ceases to"]),
 (C, "thinking of joining in april, do i still have to pay for the whole year??", [["half"]],
  ["A person who joins on or after 1 March pays half the annual"]),
 (C, "if i quit the club in january can i get some of my sub back", [["not refundable", "non-refundable", "no refund"], ["illness", "leave the district"]],
  ["Subscriptions are not refundable, except that the Committee may", "refund part of a subscription where a member has to leave the"]),
 (C, "how many ppl have to turn up for a general meeting to actually count", [["15"]],
  ["The quorum of a general meeting is 15 voting members present in"]),
 (C, "how much warning do members get before the agm happens", [["21"]],
  ["The Secretary shall give every member at least 21 clear days'"]),
 (C, "me and a few others want to force a special meeting about the room, how many signatures do we need", [["10"]],
  ["be called within 35 days of a written request signed by at least", "10 voting members, stating its purpose. At least 14 clear days'"]),
 (C, "whats the deadline for getting a motion in for the agm", [["28 days", "28"]],
  ["Motions for the Annual General Meeting shall reach the Secretary", "at least 28 days before the meeting."]),
 (C, "can the committee just boot someone out with no warning? what do they have to do first", [["14 days"], ["two-thirds", "two thirds", "2/3"]],
  ["give the member at least 14 days' written notice of the", "decide by a two-thirds majority of the Committee members"]),
 (C, "if i got expelled could i appeal it, and how long would i have", [["21 days", "21"]],
  ["A member who is expelled may appeal within 21 days to an Appeals", "Panel of three members who do not sit on the Committee, chosen by"]),
 (C, "so theres no limit on how long the president can stay in charge?", [["five years", "5 years"]],
  ["President for more than five years in a row."]),
 (C, "need to ring the club secretary about something, whats the number", [["01632 960415"]],
  ["telephone 01632 960415). Keeps the minutes and the register of"]),
 (C, "how many teams does the club put in the league", [["three", "3"]],
  ["The Club enters three teams in the League: the A team, the B team"]),
 (C, "cant make my league match next week, how much notice does the captain need from me", [["48 hours", "48"]],
  ["Members selected for a League match who cannot play shall tell", "their captain at least 48 hours before the match."]),
 (C, "im an adult and want to play league chess, does the club cover my federation membership?", [["own Federation membership", "their own", "your own", "must hold"]],
  ["The Club pays the Federation membership of every junior member.", "Other members who play in League matches or in rated club"]),
 (C, "how long does the club hang on to my details after i leave", [["two years", "2 years"]],
  ["Membership records are deleted two years after membership ends,"]),
 (C, "if the club ever closed down what would happen to the money and the trophies", [["another chess club", "chess charity"]],
  ["equipment and trophies, shall be given to another chess club or"]),
]

# ---- congress-and-tournaments.pdf
A += [
 (P, "when and where is the congress this year?", [["13"], ["Wharfside"]],
  ["39th Ottermere Chess Congress: Friday 13 to Sunday 15 March 2026 at the", "Wharfside Community Centre, Canal Road, Ottermere OT2 7QD. The Lantern"]),
 (P, "my rating is 1720, which section should i enter at the congress", [["Major"]],
  ["Major: for players rated under 1900; limited to 50 players.", "A player may always enter a higher section than their rating requires."]),
 (P, "i dont have a rating yet, am i allowed in the intermediate", [["Open"], ["Minor"]],
  ["players may enter only the Open or the Minor, and are not eligible for rating prizes."]),
 (P, "whats the time control for the major section", [["90"], ["30"]],
  ["Open and Major: 90 minutes for the whole game for each player, with 30 seconds"]),
 (P, "if im running late for my game how long before i get defaulted", [["30 minutes", "30 mins", "half an hour"]],
  ["The default time is 30 minutes. A player who arrives at the board more than 30"]),
 (P, "my daughter is 12 and wants to play, the entry is £38 same as adults isnt it?", [["£20", "20"]],
  ["£20 for players under 18 on 13 March 2026"]),
 (P, "im a club member and im also over 65, do i get both discounts off the entry fee?", [["£30", "30"], ["one discount", "only one", "lower"]],
  ["A Club member who is also an over-65, a student or a junior pays the lower of the", "two fees. Only one discount applies to each entry."]),
 (P, "i'm not in the national federation, do i pay anything extra to enter", [["£6", "6"]],
  ["Add £6 for players who are not members of the Federation"]),
 (P, "can i just rock up on the day and enter? if not whats the very last time i can get an entry in", [["venue", "on the day"], ["11 March"]],
  ["No entries are taken at the venue on the day. This allows the arbiters to prepare the",
   "Late entries are accepted until 9.00 pm on Wednesday 11 March 2026, if there is"]),
 (P, "entries have closed but i cant play anymore, do i get my money back if i pull out now before round 1", [["half"]],
  ["half of the entry fee back. After round 1 has started no refund is given."]),
 (P, "how much does the winner of the open get", [["£350", "350"]],
  ["1st £350, 2nd £175, 3rd £90"]),
 (P, "is there a prize for the best junior at congress?", [["Marjorie Fell"], ["book token", "£25"]],
  ["Marjorie Fell Trophy and a £25 book token for the best-scoring junior in"]),
 (P, "if i come 3rd and also win the rating prize do i get both", [["larger", "one money prize"]],
  ["No player may win more than one money prize. A player who qualifies for a place"]),
 (P, "how many half point byes can i have, and can i take one in the last round?", [["two", "2"], ["zero-point", "zero point", "0-point", "0 point"]],
  ["A player may take up to two half-point byes, in any of rounds 1 to 4.",
   "Only a zero-point bye is available in round 5. A player who will miss the last round"]),
 (P, "my phone will be on silent in my bag during games, that's fine yeah?", [["switched off"]],
  ["Mobile phones must be switched off completely, not just set to silent, and kept in a"]),
 (P, "what do i do if i think the person im playing is cheating at the congress", [["arbiter"]],
  ["board. They should stop the clocks if needed and speak to the arbiter privately."]),
 (P, "who is the chief arbiter at the congress", [["Rosalind Beck"]],
  ["The Chief Arbiter, Rosalind Beck, is in charge of play, pairings and results, and appoints"]),
 (P, "i want to appeal an arbiters decision, how long do i have and does it cost anything", [["30 minutes"], ["£25", "25"]],
  ["to the control desk within 30 minutes of the end of their game, or before the start of",
   "the next round if that is earlier. The appeal must be accompanied by a deposit of £25."]),
 (P, "when is the club rapidplay night and how much to play", [["first Thursday"], ["£2"]],
  ["First Thursday of each month, at 15 minutes"]),
 (P, "im away on the tuesday of my club championship game, can we play it another night?", [["Tuesday or Thursday"]],
  ["scheduled evening may agree another Tuesday or Thursday with their opponent, but"]),
]

# ---- junior-section-and-safeguarding.docx
A += [
 (J, "whats the youngest age u can join the saturday juniors", [["7"]],
  ["The youngest age we accept is 7."]),
 (J, "my son is 11, what time does his group finish on saturdays", [["11.45"]],
  ["Knights 10 to 12 9.30 am to 11.45 am"]),
 (J, "how many grown ups do you have for the youngest kids group (7-9)?", [["every 6", "1:6", "six"], ["at least 2", "two"]],
  ["1 adult to every 6 juniors, at least 2 adults"]),
 (J, "apart from the membership is there anything to pay each week for juniors", [["£2"]],
  ["There is also a session fee of £2 each Saturday, which pays for drinks"]),
 (J, "can i just drop my kid off at the library door on saturday mornings?", [["Lantern Room"], ["sign"]],
  ["A parent or carer must bring each child up to the Lantern Room and sign them in",
   "Please do not drop children at the library entrance."]),
 (J, "my 13 yr old wants to walk home by himself after juniors, is that allowed", [["written consent", "consent"]],
  ["Juniors aged 12 or over may leave on their own only if a parent has given written consent"]),
 (J, "my nan is picking up my 8 year old this week but she isnt on the form, what do i need to do", [["password"], ["Junior Organiser", "Tom Ashdown"]],
  ["give that person the collection password chosen on the form"]),
 (J, "what happens if im stuck in traffic and late collecting my kid", [["15 minutes"], ["two checked adults", "two adults", "Two"]],
  ["If a child has not been collected 15 minutes after their session ends",
   "Two checked adults stay with the child in the Lantern Room until they are collected."]),
 (J, "is there junior chess during the summer holidays?", [["no sessions", "school holidays", "term"]],
  ["There are no sessions during the school holidays."]),
 (J, "my lad is 15, can he go to the thursday evening club on his own", [["written consent"], ["9.30"]],
  ["Juniors aged 14 to 17 may come on their own with the written consent",
   "They must leave by 9.30 pm unless a parent is present"]),
 (J, "does the club organise hotels and travel for a weekend tournament away for juniors?", [["own parent", "parent or carer"]],
  ["The Club does not run overnight trips.", "must be accompanied by their own parent or carer"]),
 (J, "im driving 2 of the juniors (not mine) to a league match, do i need anything from their parents", [["lift consent form", "written consent"]],
  ["have the written consent of that child's parent on the Club's lift consent form"]),
 (J, "do drivers get petrol money for junior matches? how much", [["30p"]],
  ["The Club pays volunteer drivers 30p per mile for junior League matches."]),
 (J, "will you put photos of my son on the club discord?", [["never"]],
  ["Photos of juniors are never posted on the Club's Discord server, even in the juniors' channel."]),
 (J, "i want my daughter's pics taken off the website, who do i email and how long will it take", [["Oduya", "dataprotection@"], ["30 days"]],
  ["A parent may withdraw consent at any time by e-mailing the Data Protection Contact, Samuel Oduya.",
   "Published photos of the child are removed within 30 days of the request."]),
 (J, "my son's 12 and desperate to get on the club discord, can he?", [["13"]],
  ["Discord itself does not allow users under 13, so juniors under 13 may not join the Club's server."]),
 (J, "is it ok for adult members to challenge my kid to games on playrook?", [["private challenges", "organised by the Club", "club events"]],
  ["Adults must not send private challenges to juniors they know through the Club."]),
 (J, "can my daughter have online coaching over video one to one with a coach?", [["two checked adults", "parent present"]],
  ["Online coaching of juniors by video call takes place only with two checked adults on the call"]),
 (J, "tom ashdown is the welfare person isnt he? i need to report something a coach said to my kid", [["Kettleborough"]],
  ["tell the Welfare Officer, Marian Kettleborough, on 07700 900318 or at welfare@ottermerechess.example"]),
 (J, "how long do u keep records of safeguarding concerns", [["25"]],
  ["Concern records are kept until the child concerned reaches the age of 25"]),
]

# ---- discord-and-online-play.html
A += [
 (D, "how do i get into the club discord? cant find a link anywhere", [["Secretary", "moderator"]],
  ["Ask the Secretary or any moderator for an invitation link. Links are not posted publicly."]),
 (D, "what am i supposed to set my nickname to on the server", [["first letter of your surname", "surname", "initial"]],
  ["Set your server nickname to your first name and the first letter of your surname"]),
 (D, "ive been to one club night but not joined yet, can i still be on the discord?", [["Guest"], ["30 days"]],
  ["Guest role for up to 30 days while they decide whether to join"]),
 (D, "filled in the verify form ages ago, how long does it normally take to get the member role", [["48 hours"]],
  ["checks your name against the membership list, normally within 48 hours"]),
 (D, "my league game got adjourned, can i post the position on discord and ask what ppl think", [["not finished", "in progress", "no"]],
  ["Do not post or discuss positions from games that have not finished"]),
 (D, "where on the server can i sell my old chess books, and can my 16 yo use it too?", [["marketplace"], ["18"]],
  ["Buying, selling and swapping chess books and equipment Members aged 18 or over"]),
 (D, "when is the weekly online arena and whats the time control", [["Sunday"], ["5 minutes", "5+3", "5 min"]],
  ["weekly online arena every Sunday from 7.30 pm to 8.30 pm", "at 5 minutes plus 3 seconds per move"]),
 (D, "do the online club events cost anything and are they rated?", [["no entry fee", "free"], ["not rated"]],
  ["There is no entry fee for the Club's online events.", "Online games are not rated by the National Chess Federation"]),
 (D, "can i play the club arena on my alt account", [["cheating"]],
  ["Playing on a second account, or letting someone else play on yours, is treated as cheating."]),
 (D, "is an opening database ok to have open during a club online game", [["opening database"]],
  ["a chess engine, analysis board, tablebase or opening database;"]),
 (D, "if playrook bans someone for cheating do they stay on the club team?", [["removed"]],
  ["If PlayRook closes a member's account for breaking its fair play rules, that member is removed from"]),
 (D, "who decides online cheating cases", [["Online Games Coordinator", "Danuta Wells"], ["two Committee members", "two committee"]],
  ["Fair Play Panel made up of the Online Games Coordinator and two Committee members who are not involved"]),
 (D, "whats the punishment if someone uses an engine in the sunday arena", [["12 months"]],
  ["Removal from club online events and the PlayRook team for 12 months"]),
 (D, "whats the longest a mod can time someone out for", [["7 days"]],
  ["Timeout of 24 hours to 7 days"]),
 (D, "got a warning i think is unfair, how do i appeal it and is there a deadline", [["discord@ottermerechess.example", "discord@"], ["14 days"]],
  ["You may appeal against a sanction at level 2 or above by e-mailing discord@ottermerechess.example"]),
 (D, "so the mods keep every warning on record forever?", [["12 months"]],
  ["12 months after the sanction ends; a ban is kept for as long as it lasts"]),
 (D, "does the club save copies of all our discord chats", [["does not copy", "screenshots"]],
  ["The Club does not copy or export channel messages, except that a moderator may keep screenshots"]),
 (D, "i left the club last month, when does the link to my playrook name get deleted", [["30 days"]],
  ["Until 30 days after your membership ends"]),
 (D, "can i stream my sunday arena games on twitch", [["15 minutes"]],
  ["You may stream your own games with a delay of at least 15 minutes"]),
 (D, "who do i ask for a copy of the data the club has on me, and how long have they got to reply", [["Oduya", "dataprotection@"], ["one month", "1 month"]],
  ["Samuel Oduya, at dataprotection@ottermerechess.example. He will reply within one month."]),
]

NEAR = [
 "how much rent does the club pay the library for the lantern room?",
 "whats the name of the independent examiner who checks the accounts",
 "who is captaining the C team this season?",
 "how many boards do our league teams play on in a match",
 "is there parking near the library on club nights, and is it free?",
 "how much is a club t-shirt or hoodie",
 "whats the clubs bank account number and sort code so i can pay my sub by transfer",
 "how much are the sandwiches and tea at the congress",
 "whats the name of the moderation bot on the discord",
 "how many moderators does the discord have",
 "how long is the safeguarding training course volunteers have to do",
 "what rating do i need to get picked for the A team",
 "how much does adult federation membership cost per year",
 "whats the web address of the club website",
 "how much does a private lesson with one of the club coaches cost",
 "whats the wifi password in the lantern room",
 "how many chess clocks does the club own",
 "what time does the library close on saturdays",
 "is there prize money for winning the club championship, how much",
 "what time does the wednesday online rapid start",
 "how many rounds is the thursday rapidplay",
]

OFF = [
 "whats the best opening for a complete beginner",
 "who won the world chess championship last year",
 "any recommendations for a good pizza place in town",
 "how do u castle queenside again, can the king go through check",
 "is it gonna rain on saturday morning",
 "my discord notifications stopped working on my iphone, how do i fix it",
 "is magnus carlsen still world number one",
]

assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    rows.append({"id": f"CS{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    rows.append({"id": f"CS{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
qs = [r['q'].lower() for r in rows]
assert len(set(qs)) == len(qs)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
for r in rows:
    for e in r['evidence']:
        w = len(e.split())
        if not 6 <= w <= 18:
            print('LEN', r['id'], w, e)
print(n)
