"""Generates ../questions.jsonl (answerable cases per document, then out-of-scope cases).

Edit the cases here, run it, then run verify.py."""
import json
import os

WORDS = {1: 'one', 2: 'two', 3: 'three', 5: 'five', 6: 'six', 7: 'seven', 10: 'ten', 12: 'twelve',
         14: 'fourteen', 16: 'sixteen', 18: 'eighteen', 20: 'twenty', 21: 'twenty-one', 24: 'twenty-four',
         30: 'thirty', 31: 'thirty-one', 48: 'forty-eight', 60: 'sixty', 90: 'ninety'}


def span(n, unit):
    """'14 days' style alternatives: numerals, words, hyphenated adjective forms."""
    w = WORDS.get(n)
    sing = unit[:-1] if unit.endswith('s') else unit
    alts = [f'{n} {unit}', f'{n}-{sing}']
    if n == 1:
        alts = [f'1 {sing}', f'one {sing}', f'1-{sing}', f'one-{sing}']
    elif w:
        alts += [f'{w} {unit}', f'{w}-{sing}']
    if unit == 'hours':
        alts += [f'{n} hrs', f'{n}h']
    if unit == 'months' and n == 24:
        alts += ['2 years', 'two years']
    if unit == 'months' and n == 12:
        alts += ['1 year', 'one year', 'a year']
    return alts


Q = []


def a(doc, q, facts, evidence):
    Q.append({'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': evidence})


# ---------------------------------------------------------------- Terms of Service (Markdown)
d = 'terms-of-service'
a(d, "how much is the play fee at your cafes",
  [["£6", "6 pounds", "six pounds"]], ["The play fee is £6 per person"])
a(d, "the play fee only covers 2 hours right, and then it's £3 for every hour after that?",
  [span(3, 'hours'), ["£2"]], ["covers a session of up to 3 hours", "Each extra hour after the first 3 hours costs £2 per person"])
a(d, "Do I need to pay anything up front to book a table for 8 people?",
  [["£5", "5 pounds", "five pounds"]], ["Bookings for groups of 6 or more people require a deposit of £5 per person",
                                         "Bookings for groups of 6 or more need a deposit of £5 per person"])
a(d, "how long will u hold our table if were running late",
  [span(20, 'minutes')], ["We hold your table for 20 minutes after your booking time"])
a(d, "Can my 14 year old come and play at the café on her own?",
  [["accompanied by an adult", "adult aged 18", "with an adult"]], ["Guests under 16 must be accompanied by an adult aged 18 or over",
                                                                 "Children are welcome in our cafés with an adult"])
a(d, "what time does the cafe go adults only",
  [["8 pm", "8pm", "20:00"]], ["From 8 pm our cafés are for guests aged 18 and over only"])
a(d, "What happens if we lose a piece from one of your library games?",
  [["retail price"]], ["we may charge up to the full retail price of the game", "We do not charge for ordinary wear and tear"])
a(d, "can i bring my own snacks to the cafe",
  [["not allowed"]], ["Outside food and drink are not allowed in our cafés"])
a(d, "im 17, am i allowed to buy stuff from the online shop?",
  [["18"]], ["You must be 18 or over to place an order in the shop", "you must be 18 or over to place an order"])
a(d, "At what point is my online order actually accepted?",
  [["dispatch confirmation"]], ["The contract between us is made when we send you a dispatch confirmation email"])
a(d, "how much is standard delivery and when do i get it free",
  [["£3.95"], ["£50"]], ["Standard delivery costs £3.95", "Standard delivery is free on orders of £50 or more"])
a(d, "If I order express delivery on a Friday morning will it arrive on Saturday?",
  [["Monday to Thursday"]], ["Orders placed by 1 pm, Monday to Thursday, arrive the next working day"])
a(d, "how long do you keep a click and collect order waiting for me",
  [span(14, 'days')], ["We hold collection orders for 14 days"])
a(d, "my preorder release date slipped by a month, you're supposed to email me about that right?",
  [span(90, 'days')], ["moves back by more than 90 days"])
a(d, "whats the minimum age to play in one of your tournaments",
  [["12"]], ["Players must be at least 12 years old to enter a tournament"])
a(d, "who do I complain to and how long before I get a reply",
  [["Customer Care Manager"], ["10 working days", "ten working days"]],
  ["reply to every complaint within 10 working days", "please contact our Customer Care Manager"])
a(d, "so you can just change the terms whenever you like without telling anyone?",
  [span(30, 'days')], ["at least 30 days before the change takes effect"])

# ---------------------------------------------------------------- Refunds and Returns (HTML)
d = 'refunds-and-returns'
a(d, "can I return a game I opened but didn't like?",
  [["cannot accept opened games", "discretion"]], ["We cannot accept opened games for a change of mind"])
a(d, "how many days do i have to send back an unopened game",
  [span(30, 'days')], ["We accept returns of new, unopened games and accessories within 30 days of delivery",
                       "we accept returns of unopened games in their original shrink-wrap within 30 days of delivery"])
a(d, "my parcel arrived all squashed, I've got 30 days to report that right?",
  [span(7, 'days')], ["please tell us within 7 days of delivery"])
a(d, "found pieces missing after our first play, we bought it about 6 weeks ago. too late??",
  [span(60, 'days')], ["you have 60 days from delivery to tell us about missing or misprinted components"])
a(d, "What happens if the publisher doesn't have the missing parts?",
  [["replacement copy", "full refund"]], ["If the publisher cannot supply the parts within 30 days"])
a(d, "how much does your prepaid return label cost",
  [["£3.50"]], ["the label costs £3.50, which we deduct from your refund"])
a(d, "What address do I post returns to?",
  [["23 Canal Wharf"], ["LS11 5PS"]], ["Post it to: Cardboard Kettle Returns"])
a(d, "can i drop a return off at the york cafe instead of posting it",
  [["hand back", "in person"]], ["You can also hand back an unopened item at any of our three cafés"])
a(d, "how long does it take to get my refund once you recieve the game back?",
  [["5 working days", "five working days"]], ["We aim to process refunds within 5 working days of receiving your return"])
a(d, "you only refund as store credit, right?",
  [["payment method you used", "original payment method"]], ["We refund you using the payment method you used to pay"])
a(d, "I paid with a gift card and sent the game back, do I get cash?",
  [["new gift card"]], ["we refund the amount to a new gift card"])
a(d, "cant make the tournament next week, can i get my money back for the ticket",
  [span(7, 'days')], ["You can get a full refund on an event ticket if you cancel at least 7 days before the event"])
a(d, "If I cancel my order during the 14-day cooling off period, do I get the delivery charge back too?",
  [["standard delivery"]], ["we also refund the standard delivery charge you paid"])
a(d, "can i return a clearance game with a dented box?",
  [["sold as seen"]], ["Items marked as shelf-worn or clearance are sold as seen"])
a(d, "Can I get a refund on a print-and-play file I bought?",
  [["downloaded"]], ["can be refunded only if you have not yet downloaded them"])
a(d, "what happens to my kettle points if I return something",
  [["deduct"]], ["If you return an item after points for it have been added, we deduct those points",
                 "Points have been credited for it, the Points are deducted"])
a(d, "we cancelled our group booking 3 days before and you kept the deposit, that's the rule isn't it?",
  [span(48, 'hours')], ["If you cancel at least 48 hours before your booking time, we refund the deposit in full",
                        "You can cancel a booking free of charge up to 48 hours before your booking time"])

# ---------------------------------------------------------------- Community Guidelines (DOCX)
d = 'community-guidelines'
a(d, "how old do u have to be to join the discord",
  [["16"]], ["You must be at least 16 years old to join the Kettle Commons", "are for people aged 16 and"])
a(d, "Who is in charge of the Kettle Commons?",
  [["Hollis Adebayo-Grant", "Community Lead"]], ["The community is led by our Community Lead, Hollis Adebayo-Grant"])
a(d, "how do i report someone whos being a creep on discord",
  [["/report", "ModMail"]], ["by using the /report command", "by sending a direct message to the @Kettlebot ModMail account"])
a(d, "How quickly do the mods get back to you after a report?",
  [span(24, 'hours')], ["A Kettle Keeper will acknowledge your report within 24 hours"])
a(d, "will the person i reported find out it was me?",
  [["will not tell"]], ["we will not tell the member who was reported who made the report"])
a(d, "a timeout on the server lasts a week, right?",
  [span(24, 'hours')], ["You cannot post, react or join voice channels for 24 hours"])
a(d, "do warnings ever expire or do they stay on ur record forever",
  [span(6, 'months')], ["Formal warnings expire after 6 months"])
a(d, "How do I appeal a ban, and is there a deadline?",
  [["appeals@cardboardkettle.example"], span(30, 'days')], ["Send your appeal within 30 days of the decision"])
a(d, "who actually looks at appeals",
  [["Community Lead"]], ["The appeal is reviewed by the Community Lead together with a Keeper who was not involved"])
a(d, "how long til i hear back about my appeal",
  [span(14, 'days')], ["We will tell you the outcome within 14 days of receiving your appeal"])
a(d, "I was permabanned ages ago, is there any way back?",
  [span(12, 'months')], ["may ask for the ban to be reviewed again after 12 months"])
a(d, "i got banned from the discord but i can still post on the forum right",
  [["both the Discord server and the forum"]], ["Bans apply to both the Discord server and the forum"])
a(d, "Can I sell my old games on the server?",
  [["trade-table", "Trade Table"], span(30, 'days')], ["your account must be at least 30 days old",
                                                       "only in the #trade-table channel and the Trade Table board"])
a(d, "im a designer, how often can i post about my kickstarter",
  [span(7, 'days')], ["no more than once every 7 days for each project"])
a(d, "If a trade with another member goes wrong, the Cardboard Kettle will refund me, won't it?",
  [["not a party"]], ["The Cardboard Kettle is not a party to trades between members"])
a(d, "how long do you keep the mod log",
  [span(12, 'months')], ["Entries in the moderation log are kept for 12 months",
                         "Discord moderation log, including Kettlebot copies of deleted messages: 12 months"])
a(d, "can adult members invite 17 year olds to game nights at their house?",
  [["must not be invited"]], ["Members under 18 must not be invited to private meetups"])

# ---------------------------------------------------------------- Privacy Notice (PDF)
d = 'privacy-notice'
a(d, "who's your data protection person",
  [["Tomasz Wierzbicki"]], ["Our Data Protection Lead is Tomasz Wierzbicki"])
a(d, "How long do you keep CCTV footage from the cafés?",
  [span(31, 'days')], ["CCTV footage: 31 days, unless it is needed to investigate an incident"])
a(d, "are there cameras in the toilets??",
  [["no cameras"]], ["There are no cameras in the toilets"])
a(d, "do you store my card details",
  [["last four digits", "full card number"]], ["store your full card number", "we receive only the card type, the last four digits"])
a(d, "I mentioned my nut allergy when I booked. How long do you keep that on file?",
  [span(7, 'days')], ["allergy information recorded with a booking: 7 days after your visit",
                      "we delete it 7 days after"])
a(d, "you delete my order history after a year, yeah?",
  [span(6, 'years')], ["6 years after the end of the financial year"])
a(d, "how long do i have to wait for a reply to a subject access request",
  [["one month", "1 month"]], ["We will reply within one month of receiving your request"])
a(d, "Is there a fee for getting a copy of my data?",
  [["do not charge a fee"]], ["We do not charge a fee, unless a"])
a(d, "which companies do you share my data with",
  [["Harbourline Cloud"], ["Tillway Payments"]], ["We use the following processors"])
a(d, "Do you sell my data to games publishers?",
  [["do not sell"]], ["We do not sell your"])
a(d, "where is my data actually stored",
  [["Ireland", "Dublin"]], ["Harbourline Cloud stores our data in Ireland"])
a(d, "Mailfinch is a US company, how is it legal to send my data there?",
  [["Data Privacy Framework"]], ["UK Extension to the EU-US Data Privacy Framework"])
a(d, "can i complain to someone outside the company about how my data was handled",
  [["ICO", "Information Commissioner"]], ["the UK data protection regulator"])
a(d, "do u track what websites i visit on the cafe wifi",
  [["do not record the websites"]], ["We do not record the websites you visit"])
a(d, "If I close my account do my forum posts get deleted too?",
  [["deleted user"]], ["remain visible but are shown as written by a deleted user"])
a(d, "analytics cookies are switched on by default and you cant turn them off, right",
  [["permission", "refuse"]], ["we also use analytics cookies",
                               "You can accept or refuse analytics cookies in the cookie banner"])
a(d, "if I unsubscribe from the newsletter you delete my email address completely?",
  [["suppression list"]], ["suppression list so that we do not email you again"])

# ---------------------------------------------------------------- Kettle Points Rules (plain text)
d = 'kettle-points-rules'
a(d, "how many kettle points do i get per pound",
  [["1 Point", "one point"]], ["Members earn 1 Point for every whole 1 pound (GBP) of"])
a(d, "What are 100 points worth?",
  [["1 pound", "£1", "one pound"]], ["Points can be redeemed at the rate of 100 Points = 1 pound off"])
a(d, "whats the least amount of points i can spend at once",
  [["500 Points", "500 points"]], ["The minimum redemption is 500 Points (5 pounds)"])
a(d, "kettle points never expire do they?",
  [span(18, 'months')], ["Points expire 18 months after the end of the month in which"])
a(d, "Do I get points when I buy a gift card?",
  [["when a gift card is spent", "not earned"]], ["the purchase of gift cards (Points are earned instead when"])
a(d, "why havent the points from my online order shown up yet, it shipped a week ago",
  [span(30, 'days')], ["Points earned on online shop orders are credited 30 days after",
                       "Kettle Points for shop orders are added to your account 30 days after dispatch"])
a(d, "forgot to show my QR code at the till last week, can i still get the points?",
  [span(60, 'days')], ["number within 60 days of the purchase"])
a(d, "what are the membership tiers called",
  [["Meeple"], ["Strategist"], ["Grandmaster"]], ["There are three Tiers"])
a(d, "How many points do I need to earn to become a Grandmaster?",
  [["1,500", "1500"]], ["1,500 or more"])
a(d, "whats the play fee discount for stratergist members",
  [["10%", "10 percent", "ten percent"]], ["10% off play fees"])
a(d, "how much is the birthday bonus",
  [["150"]], ["A Member receives 150 bonus Points in the"])
a(d, "me and my boyfriend live together, can we pool our points into one account?",
  [["cannot be shared or combined", "shared or combined"]], ["be shared or combined, including between members of the same"])
a(d, "My points were cancelled for misuse. How long do I have to appeal?",
  [span(21, 'days')], ["within 21 days of the date of our email"])
a(d, "if the loyalty manager made the decision against me who hears my appeal",
  [["Managing Director"]], ["or, if they made the original decision, by the Managing"])
a(d, "when do tier levels get reviewed each year",
  [["1 April"]], ["Tiers are reviewed on 1 April each year"])
a(d, "if you shut kettle points down do my points just vanish the same day?",
  [span(90, 'days')], ["We may end the Programme by giving Members at least 90 days'"])
a(d, "haven't used my account in years, what happens to my points",
  [span(24, 'months')], ["or login) for 24 months, the account and the membership are",
                         "An account that has not been used for 24 months is closed automatically",
                         "has been inactive for 24 months, when it is closed and deleted"])

NEAR = [
    # next to the student concession on the play fee (no figure given)
    "how much is the student discount on the play fee",
    "What are the opening hours of the York café?",
    # next to the birthday-cake exception to the outside-food rule
    "is there a cake fee if we bring a birthday cake",
    "Which countries in Europe do you ship to?",
    # next to the separate corporate/private-hire agreement
    "How much does it cost to hire a whole café for a private party?",
    # next to the Meeple tier benefit "member prices on selected games"
    "how much cheaper are member prices for Meeple tier?",
    "When's the next double points weekend?",
    "how many kettle keepers are there",
    "What's the minimum age to become a Kettle Keeper moderator?",
    # next to "Giveaways are open to members who live in the United Kingdom"
    "do you have to be 18 to enter the discord giveaways",
    # next to the forum data list (IP collected, retention not listed)
    "How long do you keep my IP address from the forum?",
    "if you get hacked how fast will you tell me about the data breach",
    "How long do your analytics cookies last?",
    # next to the event photos section
    "how long do you keep the photos you take at events?",
    "Is there a restocking fee if you do accept an opened game back?",
    "do you price match other online game shops",
    # next to "We may limit the number of copies of a limited edition"
    "How many copies of a limited edition am I allowed to buy?",
    "is the sheffield cafe wheelchair accessible",
    "Can I pay with PayPal in the online shop?",
    "what time does pub quiz night start on the discord",
    "Who is the managing director of Cardboard Kettle?",
    # next to "more than 900 games across the three cafés"
    "how many games does the york cafe have in its library",
    "do you do gift wrapping on shop orders?",
    "is there a kids menu at the cafes",
    "Is there a deadline to claim tournament prizes?",
    "do u clean the library games between groups",
]

OFF = [
    "how do i descale my kettle",
    "Explain the rules of Catan to me",
    "What's the capital of Australia?",
    "write me a haiku about autumn leaves",
    "how many calories are in a flat white",
    "convert 30 pounds to euros",
    "whats the quickest train from Leeds to York",
    "How do I set up my own Discord server?",
    "When was Monopoly invented?",
    "python code to reverse a string",
    "what's the weather in Sheffield tomorrow",
    "recommend a good two player board game",
    "How do you say thank you in Japanese?",
]

out = []
n = 0
for item in Q:
    n += 1
    out.append({'id': f'b{n:03d}', **item})
for q in NEAR + OFF:
    n += 1
    out.append({'id': f'b{n:03d}', 'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as f:
    for o in out:
        f.write(json.dumps(o, ensure_ascii=False) + '\n')

from collections import Counter
print(Counter(o['doc'] for o in out), len(out))
