#!/usr/bin/env python3
"""Writes ../questions.jsonl. False-premise cases are marked with FP=True."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
P, V, C, R = 'membership-and-pricing', 'privacy-notice', 'community-guidelines', 'rider-rules'
cases = []


def A(doc, q, facts, evidence, fp=False):
    cases.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": evidence, "_fp": fp})


def X(q, kind):
    cases.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "_kind": kind})


# ---------------------------------------------------------------- membership-and-pricing
A(P, "how much per minute is a scooter on pay as you go",
  [["22p"]],
  ["22p per minute"])
A(P, "pay as you go is capped at £20 a day isn't it?",
  [["£16", "16 pounds", "sixteen pounds"]],
  ["Pay-as-you-go riding is capped at £16 per calendar day"], fp=True)
A(P, "can my 16 yr old ride the scooters if i add them to our family account",
  [["e-bikes only", "only e-bikes", "e-bikes"]],
  ["Riders aged 16 or 17 may ride e-bikes only", "must not ride an e-scooter"])
A(P, "How many riders can I put on a family account?",
  [["4 riders", "four riders", "up to 4", "up to four"]],
  ["A Family account can include up to 4 riders as well as the account holder"])
A(P, "you put a £25 hold on my card when i did my first ride, when does it come back??",
  [["£10"], ["5 working days", "five working days"]],
  ["we place a temporary pre-authorisation hold of £10 on your card",
   "The hold is released automatically, usually within 5 working days"], fp=True)
A(P, "how do i pause my monthly pass while im away",
  [["3 days", "three days"], ["2 months", "two months"]],
  ["You must request a pause in the app at least 3 days before your next renewal date",
   "up to a total of 2 months in any 12-month period"])
A(P, "can i pause an annual pass over the winter",
  [["cannot be paused", "can't be paused", "can not be paused"]],
  ["Lark Annual passes cannot be paused"])
A(P, "who can get the concession pass",
  [["student"], ["65"], ["Universal Credit", "Pension Credit", "Personal Independence Payment"]],
  ["full-time students at a college or university", "people aged 65 or over",
   "people receiving Universal Credit, Pension Credit or Personal Independence Payment"])
A(P, "paying the annual pass monthly costs the same as paying it all at once, yeah?",
  [["£342", "342"], ["£28.50", "28.50"]],
  ["12 monthly instalments of £28.50, which comes to £342 in total"], fp=True)
A(P, "whats the charge if i leave a scooter outside the service area",
  [["£25", "25 pounds"]],
  ["Out-of-zone fee: £25.", "Charged when a ride ends outside the operating area shown in the app",
   "you leave a vehicle outside it anyway, you pay the out-of-zone fee"])
A(P, "what happens if i forget to end my ride and just walk off",
  [["£30", "30 pounds"], ["12 hours", "twelve hours"]],
  ["Recovery fee: £30.", "the vehicle is not locked for 12 hours, after which we end the ride for you"])
A(P, "do promo credits last a year?",
  [["90 days", "ninety days", "90-day"]],
  ["Promotional credit expires 90 days after it is added to your wallet"], fp=True)
A(P, "I bought Lark Monthly 5 days ago and did two rides, can I still cancel and get money back",
  [["14 days", "fourteen days", "14-day"], ["pay-as-you-go prices", "pay as you go prices", "deduct"]],
  ["You can cancel Lark Monthly, Lark Annual or Concession Monthly within 14 days of buying it",
   "we deduct the value of your rides at pay-as-you-go prices"])
A(P, "theres a £50 admin fee to cancel the annual pass isnt there",
  [["£25", "25 pounds", "twenty-five pounds"]],
  ["minus an administration fee of £25"], fp=True)
A(P, "how long have i got to dispute a fee and how quick do u reply",
  [["30 days", "thirty days"], ["10 working days", "ten working days"]],
  ["You must raise a dispute within 30 days of the ride or charge", "We reply within 10 working days"])
A(P, "batery died half way thru my ride, do i still have to pay for it",
  [["wallet credit"], ["24 hours", "twenty-four hours"]],
  ["and you report it within 24 hours, we refund the ride in full as wallet credit"])
A(P, "who deals with complaints?",
  [["Oluwaseun Brackley", "Brackley"]],
  ["Complaints are handled by our Customer Relations Manager, Oluwaseun Brackley"])
A(P, "can u pay with cash",
  [["do not accept cash", "don't accept cash", "not accept cash"]],
  ["We do not accept cash"])
A(P, "how much notice do you give before putting the monthly pass price up",
  [["30 days", "thirty days"]],
  ["We give at least 30 days' notice by email before we increase the price of Lark Monthly"])
A(P, "does a day pass cover my mates as well or just me",
  [["one rider"], ["3 extra", "three extra", "up to 3"]],
  ["A Day Pass covers one rider", "you can buy up to 3 extra Day Passes for guests riding with you"])

# ---------------------------------------------------------------- privacy-notice
A(V, "who is the data protection officer and how do i reach them",
  [["Rhiannon Ogundimu", "Ogundimu"], ["dpo@larkspin.example"]],
  ["Our Data Protection Officer is Rhiannon Ogundimu"])
A(V, "does the app keep tracking my location when im not riding?",
  [["do not record", "don't record", "not record"]],
  ["we do not record your phone's location when you are not on a ride"])
A(V, "so you just keep my licence photo and selfie forever after the check?",
  [["30 days", "thirty days"]],
  ["The images are deleted within 30 days of the check"], fp=True)
A(V, "how often does the gps log my position during a trip",
  [["10 seconds", "ten seconds"]],
  ["the vehicle records its GPS position every 10 seconds"])
A(V, "u keep my gps routes for 6 years right",
  [["13 months", "thirteen months"]],
  ["13 months, after which we keep only the start and end area of each trip",
   "GPS traces of your trips are kept for 13 months"], fp=True)
A(V, "do you sell my trip data to the council",
  [["anonymised", "anonymized", "aggregated"], ["do not sell", "don't sell", "never give the council your name"]],
  ["We do not sell personal data",
   "Our permit requires us to send the council anonymised, aggregated trip data each month"])
A(V, "if my safe rider score drops under 40 the scooter ban is fully automatic and no human ever looks at it, right?",
  [["2 working days", "two working days"]],
  ["a member of our Rider Safety team reviews every automatic suspension within 2 working days"], fp=True)
A(V, "how long do u have to respond to a data access request",
  [["one month", "1 month"]],
  ["We reply within one month"])
A(V, "how do i downlaod my trip history pls",
  [["Download my data"]],
  ["You can download a copy of your trip history in CSV format in the app",
   "The file is usually ready within 48 hours"])
A(V, "how long do you keep the parking photos i take at the end of a ride",
  [["90 days", "ninety days"]],
  ["90 days, or until any dispute about the ride is closed"])
A(V, "which insurer do you share accident info with",
  [["Halberd Mutual"]],
  ["Our insurer, Halberd Mutual Insurance,"])
A(V, "where are my support chats stored",
  [["United States"], ["Chatterbox"]],
  ["Chatterbox stores help desk conversations in the United States"])
A(V, "how long does the analytics cookie stay on my browser",
  [["12 months", "twelve months"]],
  ["lasts 12 months and is set only if you choose"])
A(V, "is it true u only have to tell the ICO about a breach within a week?",
  [["72 hours", "seventy-two hours"]],
  ["we report it to the Information Commissioner's Office within 72 hours of becoming aware of it"], fp=True)
A(V, "what card details do you actually store",
  [["last four digits", "last 4 digits"], ["expiry date"]],
  ["we keep the card type, the last four digits and the expiry date"])
A(V, "after i close my account how long do you keep my details",
  [["2 years", "two years"]],
  ["While your account is open, and for 2 years after it closes"])
A(V, "can i get my payment history deleted completely",
  [["tax"], ["6 years", "six years"]],
  ["we must keep payment records for tax purposes",
   "6 years after the end of the financial year they relate to"])
A(V, "what do you store when i link my discord account",
  [["Discord user ID"], ["date you linked", "date"]],
  ["we store your Discord user ID and the date you linked it"])
A(V, "whats larkspins ICO registration number",
  [["ZA736105"]],
  ["registration number ZA736105"])
A(V, "you can change the privacy notice whenever without telling anyone, right? you just change the date",
  [["30 days", "thirty days"]],
  ["We will email you at least 30 days before a significant change to this notice takes effect"], fp=True)

# ---------------------------------------------------------------- community-guidelines
A(C, "where am i allowed to post my referral code in the discord",
  [["referral-swap"], ["7 days", "seven days"]],
  ["Referral codes may be posted only in #referral-swap", "each member may post there at most once every 7 days",
   "Referral codes may be posted in Larkspin Commons only in the channel set aside for them"])
A(C, "can i drop my referral code in #general once a week? thats allowed right",
  [["referral-swap"]],
  ["Referral codes may be posted only in #referral-swap", "the only place where referral codes may be posted"], fp=True)
A(C, "what even is a trail marshal",
  [["volunteer"], ["moderator"]],
  ["volunteer moderators chosen from the community"])
A(C, "who is allowed to permanently ban someone from the server",
  [["Community Manager only", "Community Manager"]],
  ["Permanent ban from Larkspin Commons", "Community Manager only"])
A(C, "a level 2 timeout lasts 48 hours yeah?",
  [["24 hours", "twenty-four hours", "24-hour"]],
  ["Timeout of 24 hours"], fp=True)
A(C, "how long is a level 3 ban",
  [["30 days", "thirty days", "30-day"]],
  ["Ban from Larkspin Commons for 30 days"])
A(C, "if i get banned from the discord can i still rent bikes",
  [["does not affect", "doesn't affect", "not affect"]],
  ["A ban from Larkspin Commons does not affect your rider account"])
A(C, "how do i apeal a timeout",
  [["appeals@larkspin.example"], ["14 days", "fourteen days"]],
  ["You can appeal any action at Level 2 or above by emailing appeals@larkspin.example within 14 days of the action"])
A(C, "a marshal gave me a warning yesterday, i have 30 days to appeal it right?",
  [["cannot be appealed", "can't be appealed", "can not be appealed"]],
  ["Level 1 warnings cannot be appealed"], fp=True)
A(C, "who looks at an appeal and how long does it take",
  [["not involved"], ["10 working days", "ten working days"]],
  ["reviewed by a member of the moderation team who was not involved in the original decision",
   "you will receive the decision within 10 working days"])
A(C, "what do i need to become a lark ambasador",
  [["3 months", "three months"], ["25 rides", "twenty-five rides"], ["no rider strikes", "strikes"]],
  ["have been a member of Larkspin Commons for at least 3 months", "have completed at least 25 rides",
   "have had no rider strikes under the Rider Rules and Safety Code in the last 12 months"])
A(C, "what perks do ambassadors get",
  [["120 free ride minutes", "120 minutes", "120 free minutes"]],
  ["Ambassadors receive 120 free ride minutes each month"])
A(C, "group rides are capped at 20 people right",
  [["12 riders", "twelve riders", "12"]],
  ["A group ride has no more than 12 riders, including the Ambassador leading it"], fp=True)
A(C, "do i need to wear a helmet on a group ride",
  [["must wear a helmet"]],
  ["Everyone on a group ride must wear a helmet"])
A(C, "can my 17 year old come along on a group ride",
  [["e-bike"], ["also takes part", "Family account"]],
  ["Riders aged 16 or 17 can join a group ride on an e-bike if the adult who holds their Family account also takes part"])
A(C, "when does signup for a group ride close",
  [["48 hours", "forty-eight hours"]],
  ["Sign-up closes 48 hours before the ride starts"])
A(C, "found a way to unlock scooters without paying, where should i report it",
  [["security@larkspin.example"], ["£25", "25"]],
  ["email it privately to security@larkspin.example instead", "A report that leads to a fix earns £25 of promotional credit"])
A(C, "marshals arent staff so they can still win photo of the month right?",
  [["cannot win", "can't win"]],
  ["Larkspin staff and Trail Marshals cannot win"], fp=True)
A(C, "what hours do staff answer in help desk channel",
  [["09:00"], ["17:30"], ["Monday to Friday"]],
  ["Staff answer here Monday to Friday, 09:00 to 17:30",
   "Staff answer questions in #help-desk Monday to Friday from 09:00 to 17:30"])
A(C, "can i post pics of badly parked scooters",
  [["bad-parking"], ["blur"]],
  ["Photos in #bad-parking must show the vehicle, not the people",
   "Blur any face or vehicle number plate before you post"])

# ---------------------------------------------------------------- rider-rules
A(R, "do i need a driving licence to ride the scooters",
  [["category Q"], ["provisional"]],
  ["provisional UK driving licence that includes category Q"])
A(R, "scooter top speed is 15.5mph isnt it",
  [["12.5 mph", "12.5mph", "12.5 miles per hour"]],
  ["(b) e-scooters have a top speed of 12.5 mph; and", "e-scooters have a top speed of 12.5 mph"], fp=True)
A(R, "how fast can you go in the slow zones",
  [["8 mph", "8mph", "eight mph", "8 miles per hour", "eight miles per hour"]],
  ["types of vehicle are limited automatically to 8 mph"])
A(R, "where are the no ride zones",
  [["Market Square"], ["Riverside Walk"], ["Cathedral Close"]],
  ["(a) Market Square and the pedestrian part of Gaol Street;",
   "(b) Riverside Walk between Swan Bridge and the Maltings; and", "(c) Cathedral Close."])
A(R, "what happens if i ride into a no ride zone",
  [["motor cuts out"], ["walk"]],
  ["No-Ride Zones are shown in red in the app. The motor cuts out when", "you enter one, and you must get off and walk the vehicle"])
A(R, "can i give my gf a lift on the back of the scooter if we go slow",
  [["one person", "must not carry a passenger", "passenger"]],
  ["Only one person may ride a vehicle at a time", "You must not carry a"])
A(R, "are helmets compulsory",
  [["strongly recommended"], ["16 or 17", "16"]],
  ["Helmets are strongly recommended for every rider", "or 17 must wear a helmet on every ride"])
A(R, "is there a weight limit for riders",
  [["120 kg", "120kg", "120 kilograms", "120 kilos"]],
  ["The maximum rider weight is 120 kg"])
A(R, "how much weight can the basket take",
  [["5 kg", "5kg", "five kg", "5 kilograms", "five kilograms"]],
  ["The front basket carries up to 5 kg"])
A(R, "what if all the lark bays near me in the centre are full",
  [["200 metres", "200 m", "200 meters"], ["50 metres", "50 m", "50 meters"]],
  ["space. If every Lark Bay within 200 metres is full, you may park", "considerately within 50 metres of a Lark Bay"])
A(R, "u have to leave 1 metre of pavement clear when parking right",
  [["1.5 metres", "1.5 m", "1.5 meters", "one and a half metres"]],
  ["(b) at least 1.5 metres of pavement is left clear for people"], fp=True)
A(R, "whats the penalty the first time i park badly",
  [["warning"]],
  ["Improper parking | Warning | GBP 20 fee", "Improper parking | Warning",
   "The Rider Rules explain when a first breach gets a warning instead of a fee"])
A(R, "do strikes stay on my account forever",
  [["12 months", "twelve months"]],
  ["A strike expires 12 months after the breach"], fp=True)
A(R, "how many strikes till u close my account",
  [["5 strikes", "five strikes"], ["12 months", "twelve months", "12-month"]],
  ["9.2 If you have 5 strikes that have not yet expired, we close your",
   "account. You may apply for a new account 12 months after closure."])
A(R, "my scooter got nicked while i was in a shop, what do i do",
  [["1 hour", "one hour"], ["48 hours", "forty-eight hours"], ["crime reference"]],
  ["(a) report it in the app within 1 hour of finding it gone; and",
   "(b) report it to the police and give us the crime reference number"])
A(R, "if an e-bike gets stolen on my ride and i dont report it i pay £500 right?",
  [["900", "nine hundred"]],
  ["or GBP 900 for an e-bike.", "we charge a loss charge of £500 for an e-scooter or £900 for an e-bike"], fp=True)
A(R, "what am i supposed to do after a crash",
  [["999"], ["24 hours", "twenty-four hours"]],
  ["(b) call 999 if anyone is injured or the road is blocked;", "(d) report the accident in the app within 24 hours, even if nobody"])
A(R, "how much does the insurence cover",
  [["5,000,000", "5 million", "five million"], ["third-party"]],
  ["Insurance, up to GBP 5,000,000 for each claim.", "liability insurance arranged by Larkspin with Halberd Mutual"])
A(R, "when do you shut the service down for bad weather",
  [["45 mph", "45mph", "45 miles per hour"], ["snow", "ice"], ["flood"]],
  ["(a) gusts above 45 mph are forecast;", "(b) snow or ice is lying on roads in the operating area; or"])
A(R, "new riders start with a safe rider score of 0 and build up from there?",
  [["80", "eighty"]],
  ["start at 80.", "Every rider has a Safe Rider Score between 0 and 100. New riders"], fp=True)

# ---------------------------------------------------------------- near misses (not answered anywhere)
for q in [
    "how much is a weekly pass",
    "do gift vouchers expire",
    "how many trail marshals are there on the discord",
    "how long does the ls_prefs cookie last",
    "if i phone support how long do u keep the call recording",
    "whats the phone number for rider support",
    "what safe rider score do i need to be allowed to become an ambassador",
    "is there a minimum height for riding the e-bikes",
    "how many miles can a scooter do on a full battery",
    "do members get a discount on helmets anywhere",
    "when are you launching in other towns besides fenmouth",
    "do you charge interest if my balance stays unpaid",
    "how many lark bays are there in the central zone",
    "what is larkspin's VAT number",
    "is there a fine for riding with headphones in",
    "how many photos can i enter in photo of the month",
    "how long after linking my account do i get the verified rider role",
    "which streets are slow zones",
    "how long does the licence check take to come back",
    "are the bikes available 24/7 or is there a time the service closes at night",
    "can i take an e-bike on the train",
    "do trail marshals get free minutes like ambassadors do",
    "who is the ceo of larkspin",
    "can i reserve a scooter in advance before i walk to it",
    "how much is a council penalty charge notice usually for a badly parked scooter",
]:
    X(q, 'near')

# ---------------------------------------------------------------- off-topic
for q in [
    "whats the weather looking like in fenmouth tomorrow",
    "can u recommend a decent bike shop to buy my own e-bike",
    "how do i change my discord username",
    "what does the highway code say about cyclists at roundabouts",
    "write me a short poem about scooters pls",
    "best pub near the cathedral?",
    "how do i apply for a provisional driving licence",
    "whats the capital of australia lol",
]:
    X(q, 'off')

with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, c in enumerate(cases, 1):
        out = {"id": f"w{i:03d}", "doc": c["doc"], "q": c["q"], "expect": c["expect"],
               "facts": c["facts"], "evidence": c["evidence"]}
        f.write(json.dumps(out, ensure_ascii=False) + '\n')

if __name__ == '__main__':
    import collections
    cnt = collections.Counter()
    for i, c in enumerate(cases, 1):
        key = c['doc'] or c['_kind']
        cnt[key] += 1
        if c.get('_fp'):
            cnt[key + ' FP'] += 1
    print(dict(cnt))
    print('FP ids:', [f"w{i:03d}" for i, c in enumerate(cases, 1) if c.get('_fp')])
