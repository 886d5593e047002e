#!/usr/bin/env python3
"""Writes ../questions.jsonl (ids BG001-BG108)."""
import json, os

A = []


def a(doc, q, facts, ev):
    A.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})


# ---- server-rules.md (rules)
d = "rules"
a(d, "how old do u have to be to join the discord", [["16"]],
  ["You must be at least 16 years old to be on this server"])
a(d, "can i have a 2nd account for when im on my work laptop?", [["not allowed"]],
  ["Alternate accounts are not allowed, apart from bot accounts the Wardens"])
a(d, "when do sign ups for game night open", [["48 hours"]],
  ["Each session gets a post in #game-night-signups 48 hours before",
   "Sign-ups open 48 hours before. Each session gets a post"])
a(d, "running like 5 mins late for friday game night, will i lose my seat??", [["10 minutes"]],
  ["If you are not in the voice channel 10 minutes after the start time"])
a(d, "what happens if u keep signing up and then not turning up", [["60 days"], ["30 days"]],
  ["Three no-shows within 60 days mean you cannot sign up for game nights for 30 days"])
a(d, "had a power cut tuesday and missed the game i signed up for, now its down as a no-show. can that be taken off?",
  [["Game Nights Coordinator"]],
  ["message the Game Nights Coordinator, who can take a no-show off your record"])
a(d, "who gets the final say when theres a rules argument in the middle of a game night", [["host"]],
  ["When the rulebook is unclear, the host's ruling stands for that game"])
a(d, "am i allowed to stream our game night table on twitch", [["every player"]],
  ["Nobody may record or stream a game night unless every player at that table has agreed"])
a(d, "whats the max number of players at one game night table", [["8"]],
  ["a table can seat up to 8 players",
   "a table can seat up to 8 players. Party games with more than 8"])
a(d, "borrowed a game off the shelf and its missing half the cards, what do i do",
  [["3 days"], ["photos"]],
  ["post photos in #lending-shelf within 3 days of receiving it"])
a(d, "only joined as a member yesterday, can i sell some of my old games in trade-and-sell yet?",
  [["30 days"]],
  ["You must have held the @Member role for at least 30 days before"])
a(d, "cant make pipcon anymore, can i sell my ticket in the trade channel", [["transfer form"]],
  ["PipCon tickets may only change hands through the official transfer form"])
a(d, "is it ok to ping @Wardens if someone is being kinda annoying in general chat", [["emergencies"]],
  ["Pinging @Wardens is for emergencies only: raids, threats, or explicit content"])
a(d, "how fast do the mods usually get back to u after a report", [["24 hours"]],
  ["Wardens aim to acknowledge every report within 24 hours"])
a(d, "if i say it was only a joke does that get me out of a strike", [["not a defence"]],
  ["is not a defence. Wardens look at the effect a message has"])
a(d, "what do you get for a strike 2", [["7-day mute"], ["sign-ups"]],
  ["7-day mute and no game-night sign-ups for 7 days"])
a(d, "so strikes just stay on ur record forever then?", [["180 days"], ["no longer counts"]],
  ["After the period in the last column a strike no longer counts towards the next level",
   "a strike no longer counts towards the next level, although it stays in the log"])
a(d, "if i get banned from the discord do i get my membership money back", [["not refunded"]],
  ["Membership fees are not refunded to a member who is banned from the server"])
a(d, "got a strike 1 for a DM i sent, how do i appeal it", [["cannot be appealed"], ["Moderation Lead"]],
  ["A nudge or a Strike 1 cannot be appealed"])
a(d, "if im banned from the server who looks at my appeal and how long till i hear back",
  [["two Wardens"], ["committee member"], ["14 days"]],
  ["two Wardens and one committee member, none of whom took part in the original decision",
   "They reply within 14 days and may confirm the decision, reduce it or cancel it"])

# ---- CODE_OF_CONDUCT (coc)
d = "coc"
a(d, "does the code of conduct cover DMs too or only stuff posted on the server", [["private messages"]],
  ["private messages between members, when the conduct grows out of Society activities"])
a(d, "someone in our pandemic games keeps telling everyone exactly what to play on their turn. is that actually against the coc?",
  [["quarterbacking"]],
  ["offer advice only when asked rather than quarterbacking other people's moves"])
a(d, "can u get in trouble for rage quitting", [["rage-quitting"]],
  ["Deliberately spoiling a game for others, for example by cheating, rage-quitting to wreck a game in progress"])
a(d, "if someone uses the x card in our rpg game do they have to say why", [["never asking"]],
  ["and never asking anyone why they used them"])
a(d, "where do i report someone harassing me", [["conduct@pipwickgames.org.uk"]],
  ["may be reported to the Conduct Team at conduct@pipwickgames.org.uk"])
a(d, "what if the person i need to report is actually on the conduct team", [["Chair"]],
  ["If your report is about a member of the Conduct Team, send it to the Chair"])
a(d, "do i need screenshots to report something or will you just believe me", [["do not need to have proof"]],
  ["You do not need to have proof, but screenshots, message links, dates"])
a(d, "can i report anonymously", [["anonymously"], ["form"]],
  ["You may also report anonymously through the form on our website"])
a(d, "how long does it take to hear back after i send a report to the conduct team",
  [["72 hours"], ["21 days"]],
  ["The Conduct Team will acknowledge every report within 72 hours and aims to reach a decision within 21 days"])
a(d, "will the guy i reported find out it was me", [["unless the reporter agrees"]],
  ["We will not tell the person reported who made the report, unless the reporter agrees"])
a(d, "whos actually on the conduct team", [["Moderation Lead"], ["Safeguarding Lead"], ["Conduct Officer"]],
  ["The Conduct Team is made up of the Moderation Lead, the Safeguarding Lead and a Conduct Officer"])
a(d, "my best mate just got reported and im on the conduct team, am i allowed to deal with it?", [["step aside"]],
  ["close friend of someone involved, must step aside from that case"])
a(d, "i got a formal warning, how long do i have to stay away from the people involved", [["30 days"]],
  ["for a specified period of time, usually 30 days"])
a(d, "whats the longest a temporary suspension can be", [["6 months"]],
  ["for a set period of up to 6 months"])
a(d, "just got suspended but i have a game from the lending shelf, can i hang on to it till the suspension is over?",
  [["14 days"]],
  ["Any games on loan must be returned within 14 days of the suspension starting"])
a(d, "since i'm suspended for 3 months i get that part of my membership refunded right?", [["not refunded"]],
  ["Membership fees and event tickets are not refunded for the time of a suspension"])
a(d, "can the conduct team permanently ban someone all by themselves", [["majority vote"], ["30 days"]],
  ["must be confirmed by a majority vote of the committee within 30 days"])
a(d, "how long have i got to appeal a ban and where do i send it", [["14 days"], ["appeals@pipwickgames.org.uk"]],
  ["may appeal in writing to appeals@pipwickgames.org.uk within 14 days of being told of the decision"])
a(d, "is my suspension paused while the appeal is being looked at?", [["stays in force"]],
  ["The original consequence stays in force while the appeal is heard"])
a(d, "is it ok for an adult member to invite a 16 yr old from the server to a private game night at their place",
  [["must not"]],
  ["must not invite them to private online or in-person events"])

# ---- faq.html (faq)
d = "faq"
a(d, "how much is membership for a student", [["£10"]],
  ["for students, people aged 16 or 17, people who are unwaged"])
a(d, "me n my partner live together, is there anything cheaper than 2 seperate memberships?",
  [["£28"], ["Household"]],
  ["for up to four people aged 16 or over who live at the same address"])
a(d, "can i pay for membership monthly", [["no monthly option", "annual"]],
  ["We only take annual payments; there is no monthly option"])
a(d, "joined last week but realised i wont have time for it, can i get a refund",
  [["14 days"]],
  ["if you ask within 14 days of paying and you haven't yet borrowed a game"])
a(d, "does my membership renew automatically", [["No"], ["30 days before"]],
  ["We e-mail you 30 days before your membership ends and again on the day it ends"])
a(d, "i heard the committee take a cut of our fees as pay, is that true?", [["Nobody on the committee is paid"]],
  ["Nobody on the committee is paid"])
a(d, "do i need to buy tabletop simulator for game nights or does the society sort that",
  [["own copy"], ["does not buy"]],
  ["every player needs their own copy, and the Society does not buy it for members"])
a(d, "never played anything except monopoly lol, is there like a beginners night", [["first Friday"]],
  ["The first Friday of every month is a learn-to-play night"])
a(d, "how do i become a game night host", [["3 months"], ["5 game nights"]],
  ["once you have been a member for 3 months and have played at least 5 game nights"])
a(d, "how long can i borrow one of the big campaign games for, and is there a deposit?",
  [["28 days"], ["£20"]],
  ["Big-box and campaign games worth £60 or more 28 days £20, refundable"])
a(d, "can i renew a game that only just got added to the shelf", [["No renewals"]],
  ["New arrivals, for their first 3 months on the shelf 14 days None No renewals"])
a(d, "can u post me one of the out of print games? i live miles from westmarrow",
  [["collection only", "never posted"]],
  ["Rare or out-of-print games 14 days, collection only, never posted"])
a(d, "how many games can i have out from the shelf at the same time", [["two"]],
  ["Up to two games at a time, and no more than one of them from the Gold or Blue bands"])
a(d, "how much does it cost to get a shelf game posted to me", [["£6.50"]],
  ["We send games by a tracked service for a flat £6.50 per parcel"])
a(d, "whats the late fee if i keep a game too long", [["£1"], ["£20"]],
  ["There is a late fee of £1 for each day a game is overdue, up to a maximum of £20 per game"])
a(d, "lost a couple of tokens from a game i borrowed, am i gonna get charged for them?", [["usually free"]],
  ["such as a single card or a few tokens, are usually free if you tell us"])
a(d, "the shelf keeper wants me to pay for damage i dont think i caused, can i challenge that",
  [["committee"], ["14 days"]],
  ["you can ask the committee to review it within 14 days"])
a(d, "do volunteers at pipcon get in for free", [["two shifts"], ["free weekend ticket"]],
  ["Volunteers who work two shifts of 4 hours get a free weekend ticket"])
a(d, "paid for membership 2 days ago and still dont have the member role on discord, what do i do",
  [["/verify"], ["48"]],
  ["Use the /verify command in any channel with the membership number",
   "a Warden approves it, normally within 48 hours"])
a(d, "who can vote at the agm", [["30 days"]],
  ["Every member who has been a member for at least 30 days on the day of the meeting can vote"])

# ---- convention-policy.pdf (pipcon)
d = "pipcon"
a(d, "how much is a pipcon weekend ticket", [["£36"], ["£42"]],
  ["Weekend (Friday to Sunday)", "subject to space; weekend tickets are not sold"])
a(d, "do members get a discount on pipcon tickets", [["15%"]],
  ["Members of the Society get 15% off adult tickets bought online"])
a(d, "my son is 14, how much would a weekend ticket be for him", [["£12", "£15"]],
  ["Youth weekend (ages 12 to 17)"])
a(d, "do i have to get a ticket for my 8 year old or do they just come in with me?", [["free child ticket"]],
  ["Children under 12 need a free child ticket so that we know how"])
a(d, "how do i stop people taking photos of me at pipcon", [["red lanyard"]],
  ["take a red lanyard at registration; nobody, including official photographers, may"])
a(d, "if i cancel my pipcon ticket in april do i get the whole lot back", [["£3"]],
  ["If you cancel on or before 31 May 2026, you get a full refund, less an administration",
   "Last day to cancel for a full refund, less the £3 administration fee per"])
a(d, "whats the refund if i cancel in the middle of june", [["50%"]],
  ["If you cancel between 1 June and 30 June 2026, you get a refund of 50% of the",
   "Last day to cancel for a 50% refund"])
a(d, "its july and i cant go to pipcon anymore, am i just out of luck?", [["transfer"], ["10 July"]],
  ["From 1 July 2026 tickets cannot be refunded, but you can still transfer them",
   "Ticket transfers close at 23:59; under-18 consent forms due"])
a(d, "i used my member discount for my ticket, can i give it to a friend who isnt a member", [["another member"]],
  ["bought with the member discount can only be transferred to another member"])
a(d, "my grandad died the week before pipcon so i couldnt go, is there any way to get a refund even tho the deadline has passed",
  [["Convention Director"], ["14 days"]],
  ["illness, the Convention Director may refund a ticket after the deadlines above"])
a(d, "what happens to my ticket money if pipcon gets cancelled", [["full refund"], ["14 days"]],
  ["If the Society cancels PipCon 2026, every ticket holder gets a full refund of everything"])
a(d, "the fire alarm went off on saturday and we lost about 2 hours, do we get some money back?",
  [["partial refunds"], ["more than half"]],
  ["alarm or a power cut, we do not give partial refunds"])
a(d, "do i need to prove im disabled to get the free carer ticket", [["do not ask for proof"]],
  ["proof of disability or for any benefits paperwork"])
a(d, "deadline to ask for one of the blue badge parking spaces?", [["1 June"]],
  ["Closing date for access requests: reserved seating, parking bays and",
   "and the charity auction, the 6 blue-badge parking bays at the venue, and large-print or"])
a(d, "is there anywhere quiet at pipcon if i get overwhelmed, and can i play games in there?",
  [["Room 4"], ["not allowed"]],
  ["Room 4 on the first floor is a quiet room, open from 10:00 to 20:00 on"])
a(d, "my 13 yr old wants to go to pipcon, do i have to be at the table with him the whole time?",
  [["stay in the venue"]],
  ["Responsible adult must stay in the venue and answer"])
a(d, "can my 17 year old daughter go to pipcon on her own", [["consent form"], ["10 July"]],
  ["The consent form for 16 and 17 year olds must reach us by 10 July 2026 and must give a",
   "May attend without an adult if a parent or guardian"])
a(d, "im 17 and my dad is coming with me so i can stay for the late tables on saturday right?",
  [["21:00"]],
  ["whether or not they are with an adult"])
a(d, "can i bring my foam sword for cosplay? its about 2m long", [["1.5 metres"]],
  ["blades, and must be no longer than 1.5 metres"])
a(d, "how much commission does the bring and buy take", [["10%"], ["50p"]],
  ["The Society keeps a commission of 10% of each sale, with a minimum of 50p per"])

N = [
    "how much does it cost to book an exhibitor stand or trade table at pipcon?",
    "is there a hotel discount code for pipcon people near the drovers hall",
    "which games are in the pipcon tournaments this year and are there prizes",
    "are there food stalls at pipcon or should i bring a packed lunch",
    "who is the current chair of the pipwick board game society",
    "how many wardens are there on the discord",
    "is there a bot command to check how many strikes i have",
    "whats the society's sort code and account number if i want to pay membership by bank transfer",
    "can i bring my own copy of a game to play at pipcon or do we have to use ones that are there",
    "how many people can the drovers hall hold, like how many pipcon tickets get sold in total",
    "whats the nearest train station to the drovers hall in westmarrow",
    "do you post lending shelf games to members who live outside the uk",
    "is there a minimum age for entering the pipcon tournaments",
    "am i allowed to post ai generated art in show-and-tell",
    "do i have to be a paid member to volunteer at pipcon",
    "how long do you keep my name and address after my membership runs out",
    "can i get a vat receipt for my membership fee for my business expenses",
    "can i pay for pipcon tickets with paypal",
    "how much will pipcon 2027 tickets cost",
    "whats the deadline to put a prototype into the pipcon playtest zone",
    "how long is the wait usually for popular games on the lending shelf",
]
O = [
    "can anyone recommend a good two player game for me and my partner",
    "how do i shuffle a deck of cards without bending them",
    "whats the weather looking like this weekend",
    "my discord mic isnt picking anything up on windows 11, how do i fix it",
    "whats the capital of australia",
    "how do i make a sourdough starter",
    "whats the best way to start painting miniatures as a total beginner",
]

assert len(A) == 80 and len(N) == 21 and len(O) == 7, (len(A), len(N), len(O))
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    n = 0
    for c in A:
        n += 1
        f.write(json.dumps({"id": f"BG{n:03d}", **c}, ensure_ascii=False) + "\n")
    for q in N + O:
        n += 1
        f.write(json.dumps({"id": f"BG{n:03d}", "doc": None, "q": q, "expect": "abstain",
                            "facts": [], "evidence": []}, ensure_ascii=False) + "\n")
print(n, "questions written")
