"""Generates ../questions.jsonl for the community-real evaluation set.

Each case: id, doc (manifest id or None), q, expect ("answer" / "abstain"),
facts (list of groups of alternatives), evidence (verbatim phrases of the visible text).
Ids are r001... in the order below."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), 'questions.jsonl')

# Number forms used in facts.
D7 = ['7 days', 'seven days', '7-day', 'seven-day']
D90 = ['90 days', 'ninety days', '90-day', 'ninety-day']
D30 = ['30 days', 'thirty days', '30-day', 'thirty-day']
WEEK1 = ['1 week', 'one week', 'a week', '1-week', 'one-week', '7 days', 'seven days']
MONTH1 = ['one month', '1 month', 'a month', 'one-month', '1-month']
TWO_THIRDS = ['two-thirds', 'two thirds', 'two-third', '2/3']

WTD = 'write-the-docs-coc'
GO = 'go-security-policy'
LE = 'lets-encrypt-privacy-policy'
SKL = 'scikit-learn-governance'
CC = 'cc-by-4-0'

A = []  # answerable: (doc, q, facts, evidence)

# ---------------------------------------------------------------- Write the Docs CoC
A += [
    (WTD, "who all has to follow the write the docs code of conduct? just attendees?",
     [['speakers'], ['sponsors'], ['volunteers']],
     ["This includes online communications, meetup and conference attendees, speakers, sponsors, founders, moderators, organisers and volunteers"]),
    (WTD, "What email adress do I use to report a code of conduct problem that happened in the Write the Docs Slack?",
     [['conduct@writethedocs.org']],
     ["For online platforms, we ask that you make any reports by emailing conduct@writethedocs.org"]),
    (WTD, "who actually reads the emails sent to conduct@writethedocs.org",
     [['core team']],
     ["Email to the conduct@writethedocs.org is received by all members of the core team",
      "This is received by all members of the core team"]),
    # false premise: refund
    (WTD, "if someone gets kicked out of a WTD conference for a CoC violation they still get their ticket refunded, right?",
     [['without refund', 'no refund', 'not refunded']],
     ["Removing a participant from the conference, meetup or online space, without refund"]),
    (WTD, "does the code of conduct still count if a bunch of us go to a bar after the official social event and someone gets harassed there",
     [['CoC violation', 'violation']],
     ["we would still treat that as a CoC violation",
      "The Code of Conduct does not exclusively apply to events on an official agenda"]),
    (WTD, "is being drunk an ok excuse if u break the coc at a wtd event",
     [['never accepted as an excuse', 'never']],
     ["Alcohol use or other intoxication are never accepted as an excuse for CoC violations"]),
    (WTD, "what shoud i include in an incident report",
     [['contact info'], ['when and where', 'When and where the incident occurred'], ['screenshots', 'account of what occurred']],
     ["In your report please include, when possible",
      "When and where the incident occurred"]),
    (WTD, "Will the conference staff call the police or venue security without asking me first?",
     [['without your consent', 'consent']],
     ["we will not contact security or law enforcement without your consent"]),
    (WTD, "my complaint is about one of our local meetup organisers, who do i tell?",
     [['another meetup organiser', 'another meetup organizer'], ['conduct@writethedocs.org']],
     ["For reports regarding meetup organisers, you can make the report to another meetup organiser, if there is one"]),
    (WTD, "How do I report a member of the core team, given they're the ones who get the conduct@ emails?",
     [['individually', 'other core team members']],
     ["you can report the issue individually to any of the other core team members"]),
    # false premise: sponsors refunded
    (WTD, "If a sponsor gets expelled for aggressive recruiting, Write the Docs gives back their sponsorship money, correct?",
     [['no return of the sponsorship contribution', 'no return']],
     ["with no return of the sponsorship contribution"]),
    (WTD, "how do i recognise staff at the conference if i need help",
     [['t-shirts'], ['badges']],
     ["who can be identified by t-shirts or special badges"]),
    (WTD, "is it against the CoC to take pics of someone wearing a no photo lanyard",
     [['Harassing photography', 'no photo-lanyard', 'not acceptable', "aren't acceptable"]],
     ["including taking photos of someone who is wearing a no photo-lanyard"]),
    (WTD, "I don't feel safe reporting in person. Can someone else report for me?",
     [['represent you']],
     ["you may choose someone to represent you"]),
    # false premise: transparency report names people
    (WTD, "the coc transparency report after each conference names the people who were reported, yeah?",
     [['anonymized', 'anonymised'], ['personally identifying information', 'confidential']],
     ["these reports are anonymized and do not include any personally identifying information",
      "All reports will be kept confidential"]),
    (WTD, "What can happen to a speaker's talk if they break the code of conduct?",
     [['video'], ['Cancelling', 'cancel']],
     ["Not publishing the video of a conference talk", "Cancelling a conference talk"]),
    (WTD, "should i still report smth if im not sure it was actually a violation?",
     [['still report it', 'report it', 'encourage']],
     ["we encourage you to still report it"]),
    (WTD, "Which other codes of conduct was the Write the Docs one based on?",
     [['DjangoCon Europe 2018'], ['Django Project']],
     ["This Code of Conduct was originally based on the"]),
]

# ---------------------------------------------------------------- Go Security Policy
A += [
    (GO, "where do i report a security bug in go",
     [['security@golang.org']],
     ["All security bugs in the Go distribution should be reported by email to"]),
    (GO, "How long does the security team take to acknowledge a vulnerability report?",
     [D7],
     ["Your email will be acknowledged within 7 days"]),
    # false premise: 30 days
    (GO, "reported vulns get fixed or made public within 30 days right?",
     [D90],
     ["Your issue will be fixed or made public within 90 days"]),
    (GO, "what should the subject line look like when I email a vulnerability report?",
     [['Vulnerability:'], ['one-line summary']],
     ["Please format the subject of your email as"]),
    (GO, "its been a week and no reply to my security report email, what now",
     [['follow up'], ['vulnerability']],
     ["please follow up with the Go Security team again at",
      "If you have not received a reply to your email within 7 days"]),
    (GO, "I followed up with the Go security team and 3 days later still nothing. What should I do?",
     [['spam'], ['file an issue']],
     ["If after 3 more days you have still not received an acknowledgement"]),
    (GO, "Does the Go project give CVSS scores to its vulnerabilities?",
     [['do not assign CVSS scores', 'not assign CVSS']],
     ["we do not assign CVSS scores"]),
    # false premise: severity labels
    (GO, "you guys rate each security bug as critical / high / medium / low like most projects, correct?",
     [['does not assign traditional fine-grained severity labels', 'does not assign']],
     ["does not assign traditional fine-grained severity labels"]),
    (GO, "what are the tracks a security issue can be put in",
     [['PUBLIC'], ['PRIVATE'], ['URGENT']],
     ["as an issue in the PUBLIC, PRIVATE, or URGENT track"]),
    # false premise: two weeks
    (GO, "For PRIVATE track fixes Go sends the pre-announcement two weeks before the release, right?",
     [['three to seven days', '3 to 7 days', '3-7 days', 'three-to-seven days']],
     ["Three to seven days before the release, a pre-announcement is sent to"]),
    (GO, "What does the pre-announcement for a PRIVATE track fix tell people?",
     [['standard library'], ['toolchain'], ['CVE IDs', 'CVE']],
     ["announcing the presence of one or more security fixes in the"]),
    (GO, "do PUBLIC track issues get announced ahead of time?",
     [['no pre-announcement']],
     ["but there is no pre-announcement"]),
    (GO, "What happens when an issue is classified as URGENT?",
     [['immediate dedicated security release', 'dedicated security release']],
     ["trigger an immediate dedicated security release"]),
    (GO, "how often do go minor releases come out",
     [['monthly']],
     ["which occur ~monthly"]),
    (GO, "Which releases get security fixes prepared for them?",
     [['two most recent major releases']],
     ["Fixes are prepared for the two most recent major releases"]),
    (GO, "who coordinates the fix once a security report comes in",
     [['primary handler']],
     ["it is assigned a primary handler"]),
    (GO, "i think an existing issue on the go tracker is actually a security problem, how do i flag it",
     [['security@golang.org', 'send an email'], ['issue ID']],
     ["The email should include the issue ID and a short description"]),
    (GO, "whats the best way to recieve security announcements",
     [['golang-announce']],
     ["The best way to receive security announcements is to subscribe to the"]),
]

# ---------------------------------------------------------------- Let's Encrypt Privacy Policy
A += [
    (LE, "how long are the server logs from OCSP requests kept",
     [D7 + ['less than seven days']],
     ["are normally deleted in less than seven days"]),
    # false premise: one year
    (LE, "Let's Encrypt deletes subscriber data like my IP addresses and validation logs after a year, right?",
     [['seven years', '7 years', 'seven-year', '7-year'], ['ten years', '10 years', 'ten-year', '10-year']],
     ["We will store this information for a minimum of seven years",
      "This information will be stored for a maximum of ten years"]),
    (LE, "What gets recorded when my browser makes an OCSP request?",
     [['IP address'], ['browser'], ['operating system']],
     ["our servers will automatically record your IP address, browser, and operating system"]),
    (LE, "can i ask LE to delete the IP addresses they logged when i got my cert",
     [['unable to delete']],
     ["we may be unable to delete information, including IP addresses"]),
    (LE, "Will the email address on my ACME account be used for marketing?",
     [['will not use your contact information for marketing', 'not use your contact information']],
     ["We will not use your contact information for marketing or promotional purposes"]),
    (LE, "how do i stop getting service emails from lets encrypt",
     [['unsubscribe'], ['security@letsencrypt.org']],
     ["You may unsubscribe from service-related emails at any time"]),
    (LE, "Which payment companies handle donations to Let's Encrypt?",
     [['DonorBox'], ['Stripe'], ['PayPal']],
     ["Donations are processed by our trusted payment partners including DonorBox"]),
    # false premise: card kept on file
    (LE, "you keep my credit card on file after i donate, dont you?",
     [['do not collect or retain any credit card', 'not collect or retain']],
     ["We do not collect or retain any credit card or bank information related to donations"]),
    (LE, "What personal details get collected when I make a donation?",
     [['name'], ['email address']],
     ["We collect your name and email address when you donate"]),
    (LE, "whose privacy policy applies on the community support forum",
     [['Civilized Discourse Construction Kit', 'Discourse']],
     ["governed by the privacy policy of our hosting and software provider for the forum"]),
    (LE, "Does Let's Encrypt sell user data?",
     [['do not sell']],
     ["We do not sell your data or information"]),
    (LE, "if the police subpoena my info will i be told first",
     [['prior notice']],
     ["we will attempt to provide you with prior notice"]),
    (LE, "how can i get off the ISRG newsletter mailing list",
     [['press@letsencrypt.org'], ['MailChimp']],
     ["You can request to have your email address removed from our list by opting out via MailChimp or emailing us at press@letsencrypt.org"]),
    (LE, "Under GDPR, what's the lawful basis for processing data about certificate subscribers?",
     [['Contract'], ['Legitimate Interests']],
     ["Contract, Legitimate Interests", "Providing Certificate Issuance and Management Services"]),
    (LE, "what legal basis do they rely on for donation data",
     [['Legitimate Interests']],
     ["Processing Donations and Sponsorship Inquiries"]),
    (LE, "I'm in the EU. How do I get a copy of the personal data you hold on me?",
     [['personal data report'], ['security@letsencrypt.org']],
     ["Request a personal data report by emailing us at security@letsencrypt.org"]),
    (LE, "what safeguard is used when my data gets transferred out of the EU",
     [['Standard Contractual Clauses']],
     ["European Commission-approved Standard Contractual Clauses"]),
    # false premise: for-profit
    (LE, "Let's Encrypt is run by a for-profit company, isn't it?",
     [['Nonprofit Public Benefit Corporation', 'nonprofit', 'non-profit']],
     ["a California (United States) Nonprofit Public Benefit Corporation"]),
]

# ---------------------------------------------------------------- scikit-learn governance
A += [
    (SKL, "how do i become a scikit-learn contributor? is there an application?",
     [['no process']],
     ["There is no process to become a contributor"]),
    (SKL, "What majority is needed to vote in a new core contributor?",
     [TWO_THIRDS],
     ["a two-thirds majority of the"]),
    # false premise: 48 hours
    (SKL, "votes on new core contributors only have to stay open 48 hours right",
     [WEEK1],
     ["The vote needs to be open for at least 1 week"]),
    (SKL, "what happens to a core contributor who hasnt done anything for a long time",
     [['12 months', 'twelve months', '12-month', 'twelve-month', 'year'], ['emeritus']],
     ["corresponding to their role, in the past 12 months"]),
    (SKL, "Where does the vote on a new core contributor take place?",
     [['private mailing list']],
     ["project's private mailing list"]),
    (SKL, "which teams make up the scikit-learn core contributors group",
     [['Contributor Experience'], ['Communication'], ['Documentation'], ['Maintainers']],
     ["The following teams form the core contributors group"]),
    (SKL, "Can members of the documentation team merge pull requests?",
     [['merge pull requests', 'permissions to merge']],
     ["they have permissions to merge pull requests in scikit-learn's repository"]),
    (SKL, "how many maintainer +1s does a code change need",
     [['two maintainers', '2 maintainers']],
     ["require +1 by two maintainers"]),
    # false premise: typo fix needs two maintainers
    (SKL, "a typo fix in the docs needs approval from two maintainers, correct?",
     [['+1 by a maintainer', 'a maintainer', 'one maintainer']],
     ["Requires +1 by a maintainer"]),
    (SKL, "who sits on the sklearn techincal committee",
     [['Thomas Fan'], ['Olivier Grisel'], ['Varoquaux']],
     ["The Technical Committee of scikit-learn consists of"]),
    (SKL, "what votes does it take to get someone onto the TC",
     [TWO_THIRDS, ['simple majority']],
     ["are subject to a two-third majority of all cast votes"]),
    (SKL, "If a core contributor calls for a vote, how long does the vote run?",
     [MONTH1],
     ["call for a vote, which will conclude one month from the call for the vote"]),
    (SKL, "what happens if no option gets 2/3 of the votes",
     [['escalated to the TC', 'TC', 'Technical Committee'], ['simple majority']],
     ["the decision is escalated to the TC"]),
    (SKL, "What's a SLEP?",
     [['Scikit-Learn Enhancement Proposal', 'Enhancement Proposal']],
     ["Scikit-Learn Enhancement Proposal"]),
    (SKL, "if I open a PR to change the governance model how long is the vote and what does it need to pass",
     [MONTH1, TWO_THIRDS],
     ["During the one-month voting period, the Pull Request can not change",
      "If two-thirds of the cast votes are"]),
    (SKL, "in a governance pull request vote, what counts as a no vote?",
     [['Request Changes']],
     ["review will count as a negative vote"]),
    # false premise: contributors vote
    (SKL, "ordinary sklearn contributors get a vote on project decisions too, don't they?",
     [['no voting rights']],
     ["contributors have no voting rights"]),
    (SKL, "a maintainer put a -1 veto on my pr, can i do anything abt it",
     [['appeal']],
     ["the proposer can appeal to the community and maintainers"]),
]

# ---------------------------------------------------------------- CC BY 4.0 legal code
A += [
    (CC, "Does my CC BY 4.0 license end if I don't follow its terms?",
     [['terminate automatically']],
     ["terminate automatically", "However, if You fail to comply with"]),
    # false premise: 60 days after notice
    (CC, "under cc by 4.0 i get 60 days after the licensor notifies me to fix a violation, right?",
     [D30, ['discovery']],
     ["within 30 days of Your discovery of the violation"]),
    (CC, "does the license give me any patent or trademark rights",
     [['not licensed']],
     ["Patent and trademark rights are not licensed under this Public"]),
    (CC, "What attribution info do I have to keep when I share CC BY licensed material?",
     [['copyright notice'], ['creator'], ['URI or hyperlink', 'hyperlink']],
     ["retain the following if it is supplied by the Licensor",
      "a copyright notice"]),
    (CC, "do i have to say that i changed an image before reposting it",
     [['indicate if You modified']],
     ["indicate if You modified the Licensed Material and retain"]),
    (CC, "Can I just link to a page with the credits instead of writing them all out?",
     [['URI or hyperlink', 'reasonable manner']],
     ["reasonable to satisfy the conditions by providing a URI or"]),
    (CC, "the original author asked me to take their name off my remix. do i have to under cc-by?",
     [['must remove']],
     ["If requested by the Licensor, You must remove any of the"]),
    # false premise: revocable
    (CC, "the licensor can revoke the licence whenever they like, right?",
     [['irrevocable']],
     ["non-sublicensable, non-exclusive, irrevocable license to"]),
    (CC, "am i allowed to sublicense stuff i got under a creative commons attribution licence",
     [['non-sublicensable']],
     ["non-sublicensable, non-exclusive, irrevocable license to"]),
    (CC, "Can I put DRM on the licensed material when I redistribute it?",
     [['may not', 'restricts'], ['Effective Technological Measures']],
     ["apply any Effective Technological Measures to, the"]),
    (CC, "if i use someone's photo under the licence can i say they endorse my prodcut",
     [['No endorsement', 'endorsed']],
     ["No endorsement. Nothing in this Public License constitutes or"]),
    (CC, "What does the licence say about moral rights?",
     [['not licensed'], ['limited extent necessary', 'waives']],
     ["Moral rights, such as the right of integrity, are not licensed"]),
    (CC, "can the licensor still collect royalties from me",
     [['waives any right to collect royalties', 'waives']],
     ["the Licensor waives any right to"]),
    # false premise: share-alike
    (CC, "if I adapt CC BY 4.0 material I have to release my version under CC BY 4.0 as well, don't I?",
     [["Adapter's License", 'must not prevent recipients', 'not prevent recipients']],
     ["License You apply must not prevent recipients of the Adapted"]),
    (CC, "which sections of CC BY 4.0 survive termination",
     [['1, 5, 6, 7, and 8', '1, 5, 6, 7 and 8']],
     ["Sections 1, 5, 6, 7, and 8 survive termination of this Public"]),
    (CC, "If I extract most of a licensed database and share it, do I need to give attribution?",
     [['Section 3(a)', 'comply with the conditions']],
     ["You must comply with the conditions in Section 3(a) if You Share"]),
    (CC, "does syncing licensed music to a video count as making adapted material",
     [['always produced', 'Adapted Material']],
     ["always produced where the Licensed Material is synched in timed"]),
    (CC, "If my use is fair use do I still need to follow the licence terms?",
     [['does not apply', 'do not need to comply']],
     ["License does not apply, and You do not need to comply with its"]),
]

# ---------------------------------------------------------------- out of scope: near misses
NEAR = [
    "How long will Write the Docs take to respond to a code of conduct report I send by email?",
    "who is on the CoC team for the Portland Write the Docs conference",
    "can i appeal a write the docs code of conduct decision if i disagree with it",
    "How long does Write the Docs keep its records of code of conduct incidents?",
    "whats the minimum age to attend a write the docs conference",
    "what phone number do i call for conference security at write the docs",
    "Does Go pay a bug bounty for security vulnerabilities?",
    "which PGP key should i use to encrypt my report to the go security team",
    "Who are the members of the Go Security team?",
    "do linux distros get private early access to go security patches before the release",
    "How long does Let's Encrypt keep donor records after I donate?",
    "does the lets encrypt website use cookies or google analytics",
    "How many days does Let's Encrypt have to answer my GDPR access request?",
    "who is let's encrypt's data protection officer",
    "How many law enforcement requests did Let's Encrypt receive last year?",
    "how many days before my cert expires does lets encrypt send an expiry email",
    "How many core contributors does scikit-learn have right now?",
    "how long is a term on the sklearn technical committee",
    "how often does the scikit-learn technical committee meet",
    "Who enforces scikit-learn's code of conduct, and how do I report a violation there?",
    "who funds scikit-learn development",
    "How do I cite CC BY 4.0 material in APA style?",
    "is cc by 4.0 compatible with gplv3",
    "Which country's law governs CC BY 4.0, and in which court would a dispute be heard?",
    "whats the difference between cc by 4.0 and cc by 3.0",
]

OFF = [
    "what's the capital of australia",
    "Write me a haiku about autumn leaves",
    "how do i reverse a string in python",
    "Can you give me a good banana bread recipe?",
    "explain how a TLS handshake works step by step",
    "who won the 2018 fifa world cup",
    "convert 30 celsius to fahrenheit pls",
    "What's the best way to learn Go generics?",
    "how do i train a random forest classifier in scikit-learn",
    "Translate 'thank you very much' into Spanish",
]


def main():
    cases = []
    n = 0
    for doc, q, facts, ev in A:
        n += 1
        cases.append({'id': f'r{n:03d}', 'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': ev})
    for q in NEAR + OFF:
        n += 1
        cases.append({'id': f'r{n:03d}', 'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})
    with open(OUT, 'w', encoding='utf-8') as f:
        for c in cases:
            f.write(json.dumps(c, ensure_ascii=False) + '\n')
    print(len(cases), 'cases')


if __name__ == '__main__':
    main()
