"""Generates ../questions.jsonl (answerable cases per document, then out-of-scope cases).

Edit the cases here, run it, then run verify.py."""
import json, os

WORDS = {1: 'one', 2: 'two', 10: 'ten', 14: 'fourteen', 24: 'twenty-four', 30: 'thirty',
         48: 'forty-eight', 72: 'seventy-two'}


def span(n, unit):
    """'24 hours' style alternatives: numerals, words, hyphenated adjective forms."""
    w = WORDS.get(n)
    sing = unit[:-1] if unit.endswith('s') else unit
    alts = [f'{n} {unit}', f'{n}-{sing}']
    if n == 1:
        alts = [f'1 {sing}', f'one {sing}', f'1-{sing}', f'one-{sing}']
    elif w:
        alts += [f'{w} {unit}', f'{w}-{sing}']
    if unit == 'hours':
        alts += [f'{n} hrs', f'{n}h']
    return alts


Q = []


def a(doc, q, facts, evidence):
    Q.append({'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': evidence})


def x(q):
    Q.append({'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})


# ---------------------------------------------------------------- GitHub Community Guidelines (Markdown)
d = 'github-community-guidelines'
a(d, "Does GitHub actively monitor the site for offensive content?",
  [["do not actively monitor", "does not actively monitor", "doesn't actively monitor"]],
  ["We do not actively monitor the site for offensive content"])
a(d, "if i have write access to a repo what can i do about other ppl's comments on issues",
  [["delete"], ["hide"]],
  ["you can edit, delete, or hide anyone's comments on commits, pull requests, and issues"])
a(d, "Who can see the edit history of a comment on GitHub?",
  [["read access"]],
  ["Anyone with read access to a repository can view a comment's edit history"])
a(d, "someone keeps being rude in my project on github, can i block them from my org?",
  [["block the user"]],
  ["If you encounter a user who continues to demonstrate poor behavior", "block the user from your organization"])
a(d, "What actions can GitHub take after it gets an abuse report?",
  [["Content Removal", "Content Blocking"], ["Account Suspension", "Account Termination"]],
  ["Actions we may take in response to an abuse report include but are not limited to"])
a(d, "would github ever go to the police about a threat sombody posted",
  [["law enforcement"]],
  ["we may report threats of violence to law enforcement"])
a(d, "Is it against GitHub's rules to publish source code that could be used to build malware or exploits?",
  [["do not prohibit", "does not prohibit", "not prohibited"]],
  ["we do not prohibit the posting of source code which could be used to develop malware or exploits"])
a(d, "does github ban all nudity and sexuality related code",
  [["all nudity"]],
  ["This does not mean that all nudity, or all code and content related to sexuality, is prohibited"])
a(d, "Copying another dev's avatar and username on GitHub is fine if it's just a joke, right?",
  [["form of harassment", "impersonat"]],
  ["Impersonation is a form of harassment", "impersonate any person or entity"])
a(d, "what licence r github's community guidelines released under",
  [["CC0", "public domain"]],
  ["We dedicate these Community Guidelines to the public domain"])
a(d, "What is the main purpose of the GitHub community?",
  [["collaborate on software projects"]],
  ["The primary purpose of the GitHub community is to collaborate on software projects"])
a(d, "my game repo has some violent content, is that allowed on github?",
  [["video games"], ["warning", "context"]],
  ["often okay to include violent content in video games", "A clear warning or disclaimer in other contexts"])
a(d, "are parody and satire allowed on github or does that count as misinformation",
  [["parody and satire"]],
  ["We generally allow parody and satire"])
a(d, "What kind of personal info counts as doxxing under the GitHub guidelines?",
  [["phone numbers"], ["email addresses", "physical addresses", "credit card numbers", "passwords"]],
  ["Don't post other people's personal information", "posting another person's personal information without consent"])
a(d, "github's guidelines say you're not allowed to talk about religion or gender identity at all, right?",
  [["not forbidden"]],
  ["it is not forbidden to broach topics such as age"])
a(d, "Do the Community Guidelines change GitHub's Terms of Service?",
  [["do not modify", "don't modify"]],
  ["These are only guidelines; they do not modify our"])
a(d, "a project i contribute to has no code of conduct, what does github suggest i do",
  [["pull request"]],
  ["by submitting a pull request", "encourage them to do so either in the README"])
a(d, "opening a bunch of empty issues isn't harassment so it's allowed on github, yeah?",
  [["not allowed"]],
  ["opening empty or meaningless issues or pull requests"])

# ---------------------------------------------------------------- GitHub DMCA Takedown Policy (HTML page)
d = 'dmca-takedown-policy'
a(d, "How long does GitHub give me to change my repo after a DMCA takedown notice?",
  [span(24, 'hours')],
  ["give them approximately 24 hours to delete or modify the content"])
a(d, "github gives you 72 hours to fix your repo after a dmca notice right?",
  [span(24, 'hours')],
  ["give them approximately 24 hours to delete or modify the content", "within the approximately 24-hour window"])
a(d, "if the copyright owner just goes quiet after i make my changes, what happens to the takedown",
  [span(2, 'weeks') + ["implied retraction"]],
  ["GitHub will interpret silence longer than two weeks as an implied retraction of the takedown notice"])
a(d, "After I send a counter notice, how long does the copyright owner have to file a lawsuit before my content comes back?",
  [["10-14 days", "10 to 14 days", "ten to fourteen days", "10-14"]],
  ["does not give GitHub notice within 10-14 days"])
a(d, "will my fork get disabled too if the parent repo gets hit w/ a dmca",
  [["not automatically", "will not automatically"]],
  ["will not automatically disable forks when disabling a parent repository"])
a(d, "i missed the dmca deadline bc i was on vacation, can i still make the changes?",
  [["one additional time", "one additional chance"]],
  ["we will re-enable the repository one additional time for approximately 24 hours"])
a(d, "If I keep missing the DMCA window, does GitHub keep re-enabling my repo so I can fix it?",
  [["one additional chance", "one additional time"]],
  ["Please note that we will only provide this one additional chance"])
a(d, "Where does GitHub publish the DMCA notices it receives?",
  [["github.com/github/dmca", "public repository"]],
  ["We post redacted copies of any legal notices we receive"])
a(d, "if i send a takedown notice will github publish my phone number and address?",
  [["will not publicly publish", "remove personal information"]],
  ["We will not publicly publish your personal contact information"])
a(d, "What's the maximum statutory damages for a single copyright claim that GitHub's DMCA page mentions?",
  [["$150,000", "150,000", "150000"]],
  ["statutory damages of up to $150,000"])
a(d, "what happens if the takedown notice says my entire repository is infringing?",
  [["entire repository"]],
  ["disable the entire repository expeditiously"])
a(d, "why doesn't github just disable the one infringing file instead of the whole repo",
  [["cannot disable access to specific files", "specific files"]],
  ["GitHub cannot disable access to specific files within a repository"])
a(d, "wat does github do to users who keep infringing copyright",
  [["terminate"]],
  ["to disable and/or terminate the accounts of users who may infringe"])
a(d, "Which section of the US Code creates the DMCA safe harbor?",
  [["512"]],
  ["U.S. Code, Title 17, Section 512"])
a(d, "Does GitHub itself decide whether a copyright claim is valid?",
  [["little discretion"]],
  ["GitHub exercises little discretion in the process"])
a(d, "github checks every fork for infringement itself before disabling it, right?",
  [["does not conduct any independent investigation", "no independent investigation"]],
  ["GitHub does not conduct any independent investigation into forks"])
a(d, "can the person whose rights are affected recieve the unredacted version of a notice",
  [["unredacted copy"]],
  ["we may provide a complete unredacted copy of any notices we receive"])
a(d, "are dmca notices made under oath or smth",
  [["penalty of perjury"]],
  ["notices must be made under penalty of perjury"])

# ---------------------------------------------------------------- GitHub Acceptable Use Policies (DOCX)
d = 'github-acceptable-use-policies'
a(d, "Can I use GitHub's servers to mine cryptocurrency?",
  [["cryptocurrency mining"]],
  ["excessive automated bulk activity (for example, spamming or cryptocurrency mining)"])
a(d, "am i allowed to scrape github for a reserch project",
  [["open access"]],
  ["only if any publications resulting from that research are open access"])
a(d, "scraping public github profiles to sell emails to recruiters is fine since it's public data, right?",
  [["may not scrape"]],
  ["You may not scrape the Service for spamming purposes", "such as to recruiters, headhunters, and job boards"])
a(d, "Are archivists allowed to scrape GitHub?",
  [["archival purposes"]],
  ["Archivists may scrape the Service for public data for archival purposes"])
a(d, "what can github do if my repo uses way too much bandwidth",
  [["throttle"], ["suspend"]],
  ["throttle your file hosting", "we reserve the right to suspend your Account"])
a(d, "Will GitHub warn me before deleting a repository that strains their infrastructure?",
  [["advance notice"]],
  ["after providing advance notice"])
a(d, "can i put my sponsors' logos in my readme",
  [["related to the project"]],
  ["You may include static images, links, and promotional text in the README documents"])
a(d, "Can I advertise my product by posting in issues on other people's repositories?",
  [["may not advertise"]],
  ["You may not advertise in other Users' Accounts"])
a(d, "is buying automated stars ok under githubs acceptable use rules",
  [["rank abuse"]],
  ["rank abuse, such as automated starring or following"])
a(d, "Can I resell access to GitHub?",
  [["express written permission"]],
  ["without our express written permission"])
a(d, "if i collect personal info of github users what am i required to do with it",
  [["reasonably secure"], ["authorized", "respond promptly"]],
  ["you will reasonably secure any User Personal Information you have gathered from the Service"])
a(d, "Is trying to get unauthorized access to a service through GitHub ever allowed?",
  [["Bug Bounty"]],
  ["unless authorized by the GitHub Bug Bounty program"])
a(d, "what's the tl;dr of github's acceptable use policies",
  [["be excellent to each other"]],
  ["In short, be excellent to each other"])
a(d, "Does GitHub's acceptable use policy cover false information about elections?",
  [["election integrity"]],
  ["election integrity, and civic participation"])
a(d, "github bans all advertising, doesn't it?",
  [["do not generally prohibit", "does not generally prohibit", "not generally prohibit"]],
  ["We do not generally prohibit use of GitHub for advertising"])
a(d, "how does github settle disputes between users",
  [["protecting users as a whole"]],
  ["We will resolve disputes in favor of protecting users as a whole"])
a(d, "Can I host a repo with active malware on GitHub?",
  [["malware"]],
  ["contains or installs any active malware or exploits",
   "We do not allow anyone to use our platform for exploit delivery"])
a(d, "does using the github API count as scraping?",
  [["does not refer", "doesn't refer", "not scraping"]],
  ["It does not refer to the collection of information through our API"])

# ---------------------------------------------------------------- PSF Privacy Notice (PDF)
d = 'psf-privacy-notice'
a(d, "Under data protection law, what is the Python Software Foundation's role for the personal information it collects about me?",
  [["data controller"]],
  ["PSF is the data controller in respect to the personal information"])
a(d, "how long does the psf take to reply to a privacy complaint",
  [span(30, 'days')],
  ["provide you with a written response within 30"])
a(d, "the PSF promises to answer privacy complaints within 2 weeks, right?",
  [span(30, 'days')],
  ["We will acknowledge receipt of any complaint", "provide you with a written response within 30"])
a(d, "Can I make an anonymous privacy complaint to the PSF?",
  [["anonymous complaint"]],
  ["You are entitled to make an anonymous complaint or inquiry"])
a(d, "whats the email for privacy questions at the python software foundation",
  [["legal@python.org"]],
  ["please contact legal@python.org"])
a(d, "Does the PSF use marketing or advertising cookies?",
  [["strictly functional"]],
  ["The cookies we use are strictly functional cookies"])
a(d, "do i have to tell the psf my ethnicity or gender?? its kinda personal",
  [["never requires", "voluntarily"]],
  ["PSF only collects this data when voluntarily given by"])
a(d, "If I speak at a PSF event, can I get my bio removed later?",
  [["publicly available", "may not be able to be deleted"]],
  ["You agree that this information will remain publicly", "contribution to a project, may not be able to be"])
a(d, "What safeguards does the PSF use when it transfers personal data out of the EEA?",
  [["standard contractual clauses"]],
  ["we will implement EU standard contractual clauses"])
a(d, "Does the PSF share my demographic information with third parties?",
  [["except service providers", "aggregated reports"]],
  ["sensitive information with third parties except service providers"])
a(d, "will the psf tell me if they have a data breach",
  [["notify you"]],
  ["if we learn of a security breach"])
a(d, "How long does the PSF keep my personal information?",
  [["no longer than is necessary", "no longer than necessary"]],
  ["We will keep your personal information for no longer than is necessary"])
a(d, "how will i know if psf changes its privacy notice",
  [["posted online"], ["blog posts", "email"]],
  ["The updates will be posted online", "posts and forums, or via email"])
a(d, "What extra privacy rights do people in California or the EU have with the PSF?",
  [["Data Portability", "Erasure", "Withdraw Consent", "Rectify"]],
  ["Right to Data Portability", "Right to Erasure of your Personal Information"])
a(d, "why does the psf collect my ip address and browser type",
  [["site administration"]],
  ["We collect this information for site administration purposes"])
a(d, "are PSF mailing lists opt-in or opt-out?",
  [["opt-in"]],
  ["To enroll you for mailing lists and other communications (opt-in only)"])
a(d, "the psf gaurantees that data i send them over the internet is totally secure, right?",
  [["cannot guarantee"]],
  ["we cannot guarantee the security of your personal"])
a(d, "Can the PSF hand over my personal data because of a subpoena?",
  [["subpoena"]],
  ["response to a subpoena, warrant, or other court order"])

# ---------------------------------------------------------------- Mozilla Community Participation Guidelines (plain text, no extension)
d = 'mozilla-cpg'
a(d, "if i email mozilla with a question about the participation guidelines how fast do they answer",
  [span(24, 'hours')],
  ["you will always get a response within 24 hours (or on the next weekday,"])
a(d, "Mozilla answers questions about the CPG within 48 hours, right?",
  [span(24, 'hours')],
  ["you will always get a response within 24 hours (or on the next weekday,"])
a(d, "Where do I report a violation of Mozilla's Community Participation Guidelines?",
  [["cpg-report@mozilla.com"]],
  ["please use cpg-report@mozilla.com to"])
a(d, "who triages reports made under the mozilla cpg",
  [["Response Lead"]],
  ["Reports are triaged by the Community Participation Guidelines"])
a(d, "How do I appeal a decision made under Mozilla's participation guidelines?",
  [["cpg-questions@mozilla.com"]],
  ["all have the opportunity to appeal this decision by sending an"])
a(d, "is caste covered by mozilla's community guidelines?",
  [["Caste"]],
  ["Caste"])
a(d, "What version of the Mozilla CPG is this and when was it last updated?",
  [["3.1"], ["January 16, 2020", "16 January 2020"]],
  ["Updated January 16, 2020"])
a(d, "is deliberately misgendering someone against the mozilla cpg",
  [["gender that they do not identify with", "not acceptable"]],
  ["gender that they do not identify with, and/or questioning the legitimacy"])
a(d, "Can I be thrown out of a Mozilla event for breaking the guidelines?",
  [["leave an event"], ["banned"]],
  ["asked to leave an event or online space, either temporarily or for the"])
a(d, "do mozillas guidelines apply to my personal social media accounts",
  [["personal accounts"]],
  ["accounts, personal accounts, Facebook pages)."])
a(d, "The Mozilla guidelines only cover what happens inside Mozilla spaces, so stuff I do elsewhere doesn't count, right?",
  [["outside", "deep impact"]],
  ["actions taken outside of Mozilla's online or in person spaces to have a"])
a(d, "What happens to someone who files a false report under the Mozilla CPG?",
  [["same consequences", "not be accepted or tolerated"]],
  ["same consequences. False reporting, especially to retaliate or exclude,"])
a(d, "r kiss emojis ok under mozilla's rules",
  [["affirmative consent"]],
  ["contact (such as emojis like \"kiss\") without affirmative consent is not"])
a(d, "What can happen to Mozilla staff who violate the participation guidelines?",
  [["disciplinary action"], ["termination of employment"]],
  ["consequences, such as disciplinary action, up to and including"])
a(d, "what license is the mozilla community participation guidelines under",
  [["Attribution-ShareAlike", "CC BY-SA"]],
  ["This set of guidelines is distributed under a Creative Commons"])
a(d, "i think ive been unfairly accused of breaking the mozilla guidelines, wat do i do",
  [["same reporting process"]],
  ["guidelines, please follow the same reporting process."])
a(d, "Do Mozilla events have emergency contacts?",
  [["emergency and anti-abuse contacts"]],
  ["emergency and anti-abuse contacts at the event as well as online. These"])
a(d, "can i report somthing under the mozilla cpg if it isnt happening to me",
  [["not happening to you"]],
  ["if the situation is not happening to you."])

# ---------------------------------------------------------------- out of scope: near misses
x("How many abuse reports does GitHub receive each year?")
x("how long does github usually take to respond to an abuse report")
x("Is there a fee for filing a DMCA counter notice with GitHub?")
x("what email address do i send a dmca takedown notice to at github")
x("How many copyright strikes before GitHub terminates an account?")
x("whats the max repository size on github")
x("What are the rate limits for the GitHub API?")
x("how do i appeal a github account suspension")
x("Can I use the GitHub logo or the Octocat in my project's README?")
x("what happens to my github account if i die")
x("Does GitHub allow gambling-related projects?")
x("is there a minimum age to open a github account")
x("How much does the GitHub Bug Bounty program pay out?")
x("does github fwd dmca notices to the lumen database")
x("How quickly will the PSF notify me after a data breach?")
x("which analytics service does the psf use on python.org")
x("How long does the PSF keep PyCon US registration data?")
x("who is the psf's data protection officer")
x("What is the Python Software Foundation's postal address?")
x("What's the name of Mozilla's Community Participation Guidelines Response Lead?")
x("how long does mozilla take to finish investigatin a cpg report")
x("How many days do I have to appeal a decision under the Mozilla CPG?")
x("is there a phone hotline for reporting cpg violations at mozilla")
x("Is there a minimum age to attend Mozilla events?")

# ---------------------------------------------------------------- out of scope: off-topic
x("What's the capital of Canada?")
x("how do i undo my last git commit")
x("Recommend a good Python web framework for a beginner")
x("write a haiku about foxes")
x("What time zone is Tokyo in?")
x("how many kilometres is 5 miles")
x("Who invented the telephone?")
x("what's the tallest mountain in Africa")
x("Translate 'thank you' into German")
x("explain how photosynthesis works")
x("What are good pizza toppings?")
x("how do I install numpy on windows")

out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'questions.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for i, c in enumerate(Q, 1):
        row = {'id': f'p{i:03d}', **c}
        f.write(json.dumps(row, ensure_ascii=False) + '\n')
print(len(Q), 'cases written')
