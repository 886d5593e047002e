#!/usr/bin/env python3
"""Writes questions.jsonl (108 cases) next to this folder's parent."""
import json, os
L, O, S, D = 'vaadin-cval', 'ovs-patches', 'skimage-core', 'debian-support'
A = []
def a(doc, q, facts, ev): A.append(dict(doc=doc, q=q, expect='answer', facts=facts, evidence=ev))
# --- LICENSE: Commercial Vaadin Add-On License version 3
a(L, "if vaadin says we broke the licence terms how long do we get to fix it before they can terminate?", [["seven", "7"]], ["seven (7) days of receipt by Licensee in default of a written notice", "for any material breach of Agreement, that is not cured within"])
a(L, "we bought the charts addon, do we need a licence for every dev on the team or is one for the company enough", [["all Developers", "every developer", "each developer"]], ["valid License for all Developers who Use Licensed Software in Project."])
a(L, "our customers just use the finished app, do they each need a vaadin licence too??", [["not required"]], ["changing any source code are not required to have a valid License. If"])
a(L, "im leaving the project, can i hand my licence over to someone else? how does that work", [["License Number"]], ["License Number to the recipient and ceasing Use of Licensed Software"])
a(L, "for a version like 7.1.3 which bit is the maintenance version according to the license", [["3"]], ["example, in version 7.1.3 the Major Version is 7, Minor Version"])
a(L, "do minor updates of the addon cost extra? and what about jumping to the next major version", [["free"], ["new License"]], ["Maintenance Version and Minor Version updates of Licensed Software are", "free and do not require a purchase of new Licenses. Major Version"])
a(L, "does buying the licence come with support from vaadin?", [["not entitled"]], ["Licensee is not entitled to receive support for the Licensed Software,"])
a(L, "our company is based in germany, which country's law covers the licence", [["Finland"]], ["or (b) Finland, if Licensee's domicile is outside the United States."])
a(L, "we're a US company, if theres a dispute where does the arbitration take place", [["San Francisco", "Francisco"]], ["Francisco, California, United States if Licensee's domicile is in the"])
a(L, "how many arbitrators would decide a dispute under this licence", [["one", "1"]], ["(1) arbitrator appointed according to the aforementioned rules. The"])
a(L, "can i lend or rent my copy of the addon to another team for a bit", [["loan", "not"]], ["2.2.1 rent, lease or loan Licensed Software or any copy of it;"])
a(L, "so since we paid we're free to hand out sub-licences to our clients, right?", [["shall not", "not"]], ["2.2 Licensee shall not, unless expressly provided in Agreement or in", "2.2.3 grant sub-licenses to Licensed Software or assign its rights or"])
a(L, "we got the addon through a subscription. if we cancel the subscription can we keep using it?", [["expires"]], ["2.5 If the License is obtained as a part of Subscription, the right to", "Use Licensed Software expires when Subscription ends."])
a(L, "our CI server runs automated tests that use the addon, does that count as using it? who needs a licence there", [["not consider", "not"], ["maintainers"]], ["suite is not consider as Use of Licensed Software, but the", "maintainers of the mentioned test suite are considered to Use"])
a(L, "if the addon breaks and costs us money, whats the most vaadin would have to pay", [["amount paid"]], ["LICENSE AGREEMENT WILL BE LIMITED TO THE AMOUNT PAID FOR THE LICENSED"])
a(L, "after paying do we own any of the IP in the addon?", [["Licensor", "sole and exclusive"]], ["and shall at all times remain the sole and exclusive property of"])
a(L, "if a bankruptcy case gets filed against our company how long before vaadin can end the agreement over it", [["sixty", "60"]], ["bankruptcy or similar laws and such proceeding is not dismissed within", "sixty (60) days, or (c) Licensee is adjudged bankrupt."])
a(L, "what do we have to do with our copies if the agreement gets terminated", [["delete"]], ["and any of its rights under Clause 2, and delete all copies of"])
a(L, "which language is the official version of the licence in", [["English"]], ["statements required hereby shall be in English. Any dispute or"])
a(L, "from when exactly is the agreement in effect, when we download it or when we pay?", [["payment"]], ["5.1 This Agreement and the Licenses granted herein become effective as", "of the payment of the applicable license fee."])
# --- html: Open vSwitch, Submitting Patches
a(O, "where do i send patches for open vswitch, and can i put a few patches in one mail?", [["openvswitch"], ["one patch per"]], ["One patch per email. More details are included below."])
a(O, "whats the [PATCH n/m] thing at the start of the subject for", [["series"]], ["indicates that this is the nth of a series of m patches."])
a(O, "how long should the summary in my patch subject line be", [["50"]], ["Try to keep the summary short, about 50 characters wide."])
a(O, "is there a max line width for the commit description?", [["75"]], ["Please limit lines in the description to 75 characters in width."])
a(O, "im sending a patch my coworker wrote, how do i make sure shes credited as the author", [["From:"]], ["the very first line of the body should take the form"])
a(O, "patch has two authors, do both of us need to sign off or just me", [["all must sign off", "both"]], ["If the patch has more than one author, all must sign off."])
a(O, "git only lets me record one author, how do i credit the others?", [["Co-authored-by"]], ["one must be given the credit in Git and the others must be credited via Co-authored-by: tags"])
a(O, "i heard ovs prefers one big patch with all my changes in it so nothing breaks in between, right?", [["one logical change"]], ["A patch should make one logical change."])
a(O, "someone reported the bug i fixed. apart from the tag, where else should their name go?", [["AUTHORS"]], ["email address to the list of people who provided helpful bug reports in the AUTHORS file"])
a(O, "the bug was reported to me privately, do i have to name the reporter in the commit?", [["ask", "not always"]], ["If a bug report is received privately, it might not always be appropriate to publicly credit the reporter"])
a(O, "how do i record which earlier commit introduced the bug im fixing", [["Fixes"]], ["This assists in determining which OVS releases have the bug"])
a(O, "my patch fixes a CVE, is there a tag for that?", [["Vulnerability"]], ["Specifies that the patch fixes or is otherwise related to a security vulnerability with the given CVE identifier."])
a(O, "the change came in as a github pull request, which tag links to it", [["Submitted-at"]], ["such as a GitHub pull request, this header can be used to reference the source"])
a(O, "what does adding Signed-off-by actually commit me to, formally?", [["Certificate of Origin"]], ["please sign off your work. The sign off certifies the following"])
a(O, "does the sign-off thing mean my name and email get kept on record forever?", [["indefinitely"]], ["maintained indefinitely and may be redistributed consistent with this project"])
a(O, "we want to drop a user-visible feature, whats the first step of the deprecation", [["NEWS"]], ["Mention deprecation of a feature in the NEWS file."])
a(O, "can the deprecation note just say it'll be removed in 6 months?", [["absolute time", "relative time"]], ["mention expected release or absolute time when this feature would be removed"])
a(O, "where do i put comments in the email that shouldnt end up in the commit log", [["---"]], ["put them after the description, separated by a line that contains just"])
a(O, "is it ok to send patches as attachments?", [["inline"], ["second choice"]], ["Patches should be inline in the email message.", "then sending the patch as an attachment is a second choice"])
a(O, "is there a script to catch whitespace mistakes and missing signoffs before i send?", [["checkpatch"]], ["as a quick check for certain commonly occurring mistakes"])
# --- docx: scikit-image, Core Developer Guide
a(S, "just became a core dev on skimage, can i push straight to main now?", [["never"]], ["You now have the ability to push changes directly to the main branch, but should never do so"])
a(S, "when am i allowed to merge someone elses PR", [["another core"]], ["you must merge only after another core has approved the pull request"])
a(S, "which merge option should we use on github for PRs", [["Squash and Merge"]], ["Squash and Merge feature to merge, unless you have a good reason not to do so"])
a(S, "do i need to actually get the algorithm in a PR before i approve it", [["understand"]], ["You should understand the code being modified or added before approving it."])
a(S, "does every new feature need an example in the gallery?", [["gallery example"]], ["Documentation: Any new feature should have a gallery example"])
a(S, "how much test coverage do they expect, like every single line?", [["at least one test"]], ["each added line of code should be covered by at least one test"])
a(S, "a PR has a couple of typos, should i ask the contributor to fix them", [["suggestion"]], ["Do not ask contributors to make these changes", "The latter is preferred because it gives the contributor a choice"])
a(S, "contributor's branch is behind main, do i tell them to rebase?", [["merge"]], ["should be advised to merge, not to rebase"])
a(S, "the person who opened a PR vanished halfway, what can i do with their work", [["new pull request"]], ["you may take over their branch by submitting a new pull request and closing the original"])
a(S, "if i push commits to someones PR does github tell them?", [["not"], ["note"]], ["GitHub does not send out notifications for these", "Please add a note to a pull request after you push new changes"])
a(S, "is it fine to merge code that passes tests even if i dont really get how it works", [["understand"]], ["do not merge a code change unless you understand it"])
a(S, "im the second core dev approving a PR, who does the merge?", [["merge"]], ["if you are the second core developer reviewing and approving a given pull request, you typically merge it"])
a(S, "when should i hold off a few days before merging", [["controversial"]], ["If the pull request has been particularly controversial or the subject of much debate"])
a(S, "when squashing, what do i do with the commit msg and the co-authored-by lines", [["concise"], ["retain"]], ["Please edit the resulting message so that it gives a concise, tidy overview of changes"])
a(S, "why would an issue get closed without being fixed", [["reproduce", "niche", "does not belong"]], ["none of the core developers have been able to reproduce their issue"])
a(S, "if i close somebody's PR what should my message say", [["thank"], ["appeal"]], ["provide a clear path for the contributor or anyone else to appeal the decision"])
a(S, "do core devs have to keep up with every forum and chat room?", [["not required"]], ["You are not required to monitor all of the social resources."])
a(S, "where do nominations for new core members get discussed? is there a list", [["skimage-core"]], ["Nominations happen on a private email list"])
a(S, "how long do u need to have been around before someone can nominate you for core", [["six months"]], ["been part of the project for at least six months"])
a(S, "only the project lead can nominate new core devs right?", [["any core member"]], ["Any core member may nominate other contributors to join the core team."])
# --- pdf: Debian FAQ, Getting support for Debian GNU/Linux
a(D, "where can i find the install instructions for the current debian release", [["installmanual", "releases/stable"]], ["Installation instructions for the current release: see"])
a(D, "which package do i install to get the debian reference guide", [["debian-reference"]], ["Get it from the debian-reference package, or at"])
a(D, "where do the docs of installed packages end up on my system?", [["/usr/share/doc"]], ["Documentation on installed Debian packages: Most packages have files that are unpacked"])
a(D, "fresh install and `man ls` shows nothing, which packages am i missing", [["man-db"], ["manpages"]], ["New Debian users should note that the 'man' pages of many general system commands are"])
a(D, "who designed the info page system?", [["Stallman"]], ["by Richard Stallman and preceded the WWW."])
a(D, "whats the main way debian supports its users", [["e-mail", "email"]], ["the main method of support Debian provides to our users is by the way of e-mail"])
a(D, "how do i subscribe to debian-user by email", [["-request"], ["subscribe"]], ["debian-list-subject-request@lists.debian.org with the word \"subscribe\" in the Subject: header."])
a(D, "what happens if i forget the -request part when i unsubscribe", [["list itself"]], ["or unsubscribe. Otherwise your e-mail will go to the list itself, which could be embarrassing or"])
a(D, "who do i contact if the mailing lists give me trouble", [["listmaster@lists.debian.org"]], ["The list manager's e-mail address is <listmaster@lists.debian.org>, in case you have any"])
a(D, "the debian lists are private so only subscribers can read what i post, right?", [["public"]], ["archive, for anybody (even non-subscribers) to browse or search. Please make sure you never"])
a(D, "why shouldnt i put email addresses in my posts to the lists", [["spammers"]], ["addresses. Of particular note is the fact that spammers have been known to abuse e-mail"])
a(D, "is swearing ok on the debian lists? whats the reason", [["packet radio"]], ["Do not use foul language; besides, some people receive the lists via packet radio, where"])
a(D, "why is flaming not allowed on the lists", [["volunteers"]], ["Do not flame; it is not polite. The people developing Debian are all volunteers, donating"])
a(D, "is the debian user forums site official debian?", [["officially"]], ["have them answered by other users. (It is not an officially part of the Debian project.)"])
a(D, "how do i email the maintainer of a package directly, say the package is called foo", [["packages.debian.org"]], ["maintainer of a package called xyz, send e-mail to xyz@packages.debian.org."])
a(D, "where should i ask general linux questions that arent about debian", [["comp.os.linux"]], ["Users should post non-Debian-specific questions to one of the Linux USENET groups, which are"])
a(D, "debian keeps its bug reports hidden from the public doesnt it", [["publicly available", "not hide"]], ["Reports on unsolved (and closed) issues are publicly available: Debian promissed to do so by"])
a(D, "how do i get the bug tracker instructions sent to me by email", [["request@bugs.debian.org"]], ["instructions, send an e-mail to request@bugs.debian.org with \"help\" in the body."])
a(D, "whats the easiest tool to report a bug, and will it show me if its already been reported?", [["reportbug"]], ["You can use the package reportbug that will guide you through the reporting process and mail"])
a(D, "after i file a bug report what happens to it", [["acknowledgement"], ["debian-bugs-dist", "tracking number"]], ["Expect to get an automatic acknowledgement of your bug report. It will also be automatically", "given a bug tracking number, entered into the bug log and forwarded to the debian-bugs-dist"])
NEAR = [
 "whats the email or postal address for sending vaadin a written notice?",
 "can i get a refund on the vaadin addon licence if i ask within 30 days",
 "are the vaadin licence prices with or without VAT",
 "if vaadin gives us a licence for a limited period, how long is that period usually, a year?",
 "whats the interest rate vaadin charges if we pay the licence fee late",
 "how long does it usually take for someone to review a patch on the ovs list",
 "whats the max size in kb for a patch email to the ovs dev list",
 "how often does open vswitch put out a new release",
 "whats the private email for reporting a security hole in open vswitch",
 "is there a separate ovs mailing list for users' questions, whats it called",
 "how many core developers does scikit-image have right now",
 "who is on the scikit-image steering council",
 "how often are the skimage community meetings and what time",
 "do skimage core devs lose their status if they're inactive for a while? after how long",
 "how many releases does skimage keep a deprecated function around before removing it",
 "whats the link or server name for the skimage chat room",
 "whats the irc channel for debian help",
 "how much does paid commercial support for debian cost",
 "if i break the debian mailing list rules do i get banned, for how long?",
 "whats the biggest attachment i can send to a debian mailing list",
 "how long before an old debian bug report gets closed automatically",
]
OFF = [
 "whats a good recipe for banana bread",
 "who won the champions league final last year",
 "can u recommend a cheap mechanical keyboard under 60 quid",
 "hows the weather looking in helsinki this weekend",
 "whats a 15% tip on a 64 euro bill",
 "how do u say good morning in japanese pls",
 "any tips to stop my cat scratching the sofa",
]
assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7
out = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), 'questions.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    n = 0
    for c in A:
        n += 1
        f.write(json.dumps({"id": f"M31{n:03d}", "doc": c['doc'], "q": c['q'], "expect": "answer", "facts": c['facts'], "evidence": c['evidence']}, ensure_ascii=False) + "\n")
    for q in NEAR + OFF:
        n += 1
        f.write(json.dumps({"id": f"M31{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []}, ensure_ascii=False) + "\n")
print(n, 'cases written to', out)
