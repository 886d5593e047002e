#!/usr/bin/env python3
"""Writes ../manifest.json and ../questions.jsonl (ids M18001..M18108)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)

manifest = [
    {"file": "docs/FAQ", "id": "popcon-faq", "title": "Popularity-contest Frequently Asked Questions (Debian popularity-contest 1.76)"},
    {"file": "docs/sqlite-copyright.html", "id": "sqlite-public-domain", "title": "SQLite Is Public Domain (SQLite copyright page)"},
    {"file": "docs/skimage-code-of-conduct.docx", "id": "skimage-coc", "title": "scikit-image Code of Conduct"},
    {"file": "docs/linux-kernel-cves.pdf", "id": "kernel-cves", "title": "CVEs (Linux kernel documentation, process/cve)"},
]

A = []  # (doc, q, facts, evidence)
def a(doc, q, facts, evidence):
    A.append((doc, q, facts, evidence))

P = "popcon-faq"
a(P, "what does popcon actually send about my machine? like what info exactly",
  [["vendor"], ["architecture"], ["list of packages", "packages installed"]],
  ["popularity-contest reports the system vendor [1], the system architecture",
   "you use, the version of popularity-contest you use and the list of packages"])
a(P, "does popcon send the exact times i used each program? feels kinda creepy tbh",
  [["twelve hours", "12 hours"]],
  ["the times are truncated to multiple of twelve hours."])
a(P, "how recently do i have to have used a package for my machine to count as a vote for it",
  [["thirty days", "30 days"]],
  ["a program provided or depending on the package was used less than",
   "thirty days ago. This computation is performed by the popcon server."])
a(P, "can ppl eavesdrop on my popcon submissions? is there any encryption",
  [["gnupg", "encrypted", "public key"]],
  ["A) Yes, however if the package gnupg is installed and ENCRYPT is set to 'maybe'",
   "or 'yes' in /etc/popularity-contest.conf, the reports are encrypted using"])
a(P, "does popcon go over tor? what do i need installed for that",
  [["torsocks"], ["USETOR", "maybe"]],
  ["To prevent this, if USETOR is set to 'maybe' or 'yes', and if the",
   "'tor' and 'torsocks' packages are installed, the submission will be"])
a(P, "how does the popcon server tell my submissions apart from other hosts",
  [["uuid"], ["128bit", "128-bit", "128 bit"]],
  ["A) Each popularity-contest host is identified by a random 128bit uuid",
   "track submissions issued by the same host. It should be kept secret."])
a(P, "how long does debian keep my popcon report on the server?",
  [["20 days", "twenty days"]],
  ["stores it in a database for a maximum of 20 days or until the host"])
a(P, "who can read the raw popcon reports, and who gets to see the emails?",
  [["Debian Developers"], ["server admins"]],
  ["sends a new report. This database is readable only by Debian",
   "Developers.  The emails are readable only by the server admins."])
a(P, "how often do they publish popcon results and is my host id in there?",
  [["every day", "daily"], ["does not include uuids", "not include"]],
  ["Every day, the server computes a summary and posts it on",
   "is a merge of all the submissions and does not include uuids."])
a(P, "i read popcon uploads everything over https so its fully secure right?",
  [["does not support https", "not support https"]],
  ["A) The server does not support https submissions."])
a(P, "why doesnt the popcon server just use https like everyone else",
  [["TLS", "older Debian"], ["certificate"]],
  ["popcon.debian.org must accept submissions from older Debian",
   "systems that have a too old TLS library that is not compatible with current",
   "In the context of popcon, https has a major issue in that it uses a certificate"])
a(P, "my /usr is mounted noatime. does popcon still report anything useful",
  [["without usage information", "list of packages"]],
  ["A) popularity-contest relies on atime to know what packages were used during",
   "the last month. This means you will only report the list of packages"])
a(P, "when does popcon run? every day?",
  [["one day in the week", "once a week"], ["randomly", "random"]],
  ["\"/etc/cron.d/popularity-contest\", but only one day in the week,",
   "which is specified in the configuration file. The exact time is chosen randomly"])
a(P, "my laptop is off most of the week, will popcon ever get to run?",
  [["anacron"]],
  ["If your computer is not always turned on, we really recommend you install the",
   "If /etc/cron.daily/popularity-contest has not run for more than a week, it will"])
a(P, "we build internal debs with secret project names, how do i keep popcon from leaking those names?",
  [["XB-Popcon-Reports"]],
  ["A) add \"XB-Popcon-Reports: no\" to debian/control of the generated package."])
a(P, "can i stop popcon from sending reports by email? which setting",
  [["MAILTO"]],
  ["Nevertheless, you can prevent popularity-contest from sending reports via email",
   "A) This is not recommended. Reports are sent by email only when the HTTP"])
a(P, "when does popcon fall back to email instead of http?",
  [["HTTP submission fails", "fails"]],
  ["A) This is not recommended. Reports are sent by email only when the HTTP",
   "submission fails, which is generally caused by a temporary lack of internet"])
a(P, "we're behind a proxy at work, how do i make popcon use it for the http upload",
  [["http_proxy", "HTTP_PROXY"]],
  ["Popularity-contest honors the environment variable http_proxy that you can",
   "specifically for popularity-contest by adding a line"])
a(P, "im the only person using some obscure package. if i go on holiday could someone tell im away from popcon? how long before it shows",
  [["two weeks", "2 weeks"], ["23 days"]],
  ["reported by only one person (e.g. you are the maintainer) might infer you",
   "only a problem if you are gone for more than two weeks if the computer is",
   "shut-down and 23 days if it is let idle."])
a(P, "our derivative distro wants popcon to report to our own server as well as debian's, what do we need",
  [["keyring"], ["popularity-contest.d", "SUBMITURLS"]],
  ["A) You need to provide a keyring file with the public key used by your server,",
   "then you can add a file matching /etc/popularity-contest.d/*.conf with"])

S = "sqlite-public-domain"
a(S, "sqlite is MIT licensed right? do i need to include the licence text",
  [["public domain"], ["does not require a license", "no license"]],
  ["SQLite is in the public domain and does not require a license."])
a(S, "can i ship sqlite inside a closed source app and sell it?",
  [["sell", "commercial"]],
  ["Anyone is free to copy, modify, publish, use, compile, sell, or distribute",
   "for any purpose, commercial or non-commercial, and by any means."])
a(S, "lol where do they actually keep the contributor affidavits",
  [["firesafe"], ["Hwaci"]],
  ["those signed affidavits are stored in a firesafe at the main offices"])
a(S, "does the public domain thing also cover the configure scripts in the source tarball?",
  [["other open-source licenses", "other licenses"]],
  ["Some scripts used as part of the build process",
   "might fall under other open-source licenses."])
a(S, "is any gpl or other licensed code mixed into sqlite from other projects?",
  [["from scratch", "uncontaminated", "clean"]],
  ["All of the deliverable code in SQLite has been written from scratch.",
   "So the SQLite code base is clean and is uncontaminated with licensed code from other projects."])
a(S, "i fixed a bug in sqlite, will they merge my PR if i send it?",
  [["does not accept patches", "not accept patches"]],
  ["In order to keep SQLite completely free and unencumbered by copyright, the project does not accept patches."])
a(S, "so is sqlite open contribution like most open source projects?",
  [["not open-contribution"], ["affidavit"]],
  ["But SQLite is not open-contribution. In order to keep SQLite in the public domain",
   "the project does not accept patches from people who have not submitted an affidavit"])
a(S, "who is hwaci and what do they have to do with sqlite",
  [["employs"], ["developers"]],
  ["the company that employs all the developers of SQLite"])
a(S, "my company's legal dept insists we have to buy a license for sqlite. is there anything we can even buy?",
  [["Warranty of Title"]],
  ["Your legal department tells you that you must purchase a license.",
   "will sell you a Warranty of Title for SQLite"])
a(S, "what does a warranty of title actually promise",
  [["true authors"], ["defend"]],
  ["asserts that the claimed authors of SQLite are the true authors",
   "Hwaci will vigorously defend against challenges to those claims."])
a(S, "where does the money from the warranty of title sales go?",
  [["improvement"], ["support"]],
  ["are used to fund continuing improvement and support of SQLite."])
a(S, "what kind of situations would make a company want proof they can use sqlite",
  [["indemnity"], ["jurisdiction"]],
  ["Your company desires indemnity against claims of copyright infringement.",
   "You are using SQLite in a jurisdiction that does not recognize the public domain."])
a(S, "are all the sqlite contributors from countries where public domain dedications are allowed?",
  [["citizens"]],
  ["All contributors are citizens of countries that allow creative works to be dedicated into the public domain."])
a(S, "is it only the code thats public domain or the docs too",
  [["documentation"]],
  ["All of the code and documentation in SQLite has been dedicated to the"])
a(S, "can i attach a patch as a proof of concept when suggesting a change to sqlite?",
  [["proof-of-concept"], ["rewrite", "from scratch"]],
  ["If you would like to suggest a change and you include a patch as a proof-of-concept",
   "please do not be offended if we rewrite your patch from scratch."])
a(S, "who had to sign the public domain affidavits, just the devs themselves?",
  [["representatives"], ["companies"]],
  ["All code authors, and representatives of the companies they work for,"])
a(S, "can every line of sqlite actually be traced to who wrote it?",
  [["traced", "original author"]],
  ["Every line of code can be traced back to its original author"])
a(S, "is there any limit on how many copies of sqlite i can make or what i do with them",
  [["as many copies", "without limitation"]],
  ["you can make as many copies of it as you want",
   "do whatever you want with those copies, without limitation."])
a(S, "why r they so strict about who can contribute code",
  [["public domain"], ["proprietary", "contaminated"]],
  ["In order to keep SQLite in the public domain and ensure that the code does not become contaminated",
   "with proprietary or licensed content, the project does not accept patches"])
a(S, "does the free-for-anything part apply to all the build stuff too or just what i ship in my app?",
  [["deliverable"], ["bundle", "ship"]],
  ["The previous paragraph applies to the deliverable code and documentation in SQLite",
   "those parts of the SQLite library that you actually bundle and ship with a larger application."])

C = "skimage-coc"
a(C, "where does the skimage code of conduct apply? just github issues?",
  [["all spaces"], ["forums", "issue trackers", "Twitter"]],
  ["This code of conduct applies to all spaces managed by the scikit-image project",
   "including all public and private forums, issue trackers, wikis, blogs, Twitter"])
a(C, "does skimage run in person meetups? is there a coc for events",
  [["does not organise in-person events", "not organise"], ["similar in spirit"]],
  ["The scikit-image project does not organise in-person events",
   "events related to our community should have a code of conduct similar in spirit to this one."])
a(C, "someone was a bit rude to me but i think they didnt mean it. do i have to call them out publicly or can i go to the committee?",
  [["Committee"], ["in confidence", "directly"]],
  ["For possibly unintentional breaches, you may reply to the person and point out this code of conduct",
   "please feel free to report to the Code of Conduct Committee directly",
   "or ask the Committee for advice, in confidence."])
a(C, "whats the email for reporting a coc violation in skimage",
  [["skimage-conduct@groups.io"]],
  ["You can report issues to the scikit-image Code of Conduct committee, at"])
a(C, "is neurodiversity covered by the diversity stuff in the skimage coc?",
  [["neurotype"]],
  ["we explicitly honour diversity in: age, culture, ethnicity, genotype, gender identity or expression, language,",
   "national origin, neurotype, phenotype, political beliefs, profession, race,"])
a(C, "my complaint is about someone who's ON the coc committee. who do i go to then?",
  [["recuse"], ["Steering Council", "NumFOCUS"]],
  ["If your report involves any members of the committee",
   "then they will recuse themselves from considering your report.",
   "if for any reason you feel uncomfortable making a report to the committee, then you can also contact:"])
a(C, "how long till the committee gets back to me after i report",
  [["72 hours"]],
  ["The committee will respond to any report as soon as possible, and at most within 72 hours."])
a(C, "i heard if you report someone the committee tells everyone who reported. is that true?",
  [["protect the identity"], ["confidential"]],
  ["will protect the identity of the reporter, and treat the content of complaints as confidential"])
a(C, "what happens if someone posts racist stuff or threatens a person in the chat",
  [["disconnect"]],
  ["we will immediately disconnect the originator from scikit-image communication channels"])
a(C, "for a not so serious report what r the steps",
  [["acknowledge"], ["discussion", "feedback"], ["mediation"], ["enforcement"]],
  ["the process for acting on any received code of conduct violation report will be:"])
a(C, "do i have to sit through mediation with the guy i reported??",
  [["both"], ["agree"]],
  ["only if both reporter and reportee agree to this"])
a(C, "who decides on enforcement in the end",
  [["Code of Conduct Committee"]],
  ["by the Code of Conduct Committee"])
a(C, "is swearing allowed in the skimage channels",
  [["profanity", "swearwords"]],
  ["Excessive profanity. Please avoid swearwords; people differ greatly in their sensitivity to swearing."])
a(C, "can i post a screenshot of an email someone sent me privately or old irc logs?",
  [["consent"]],
  ["Sharing private content, such as emails sent privately or non-publicly"])
a(C, "my english isnt great, can i write in spanish in the issues",
  [["English"]],
  ["Though we welcome people fluent in all languages, scikit-image development is conducted in English."])
a(C, "should i ask for help in DMs or in public channels?",
  [["public"]],
  ["We prefer to use public methods of communication for project-related messages",
   "not only is a public support request much more likely to result in an answer to a question"])
a(C, "does the coc still apply when im not officially doing anything for skimage, like just chatting",
  [["formally or informally"], ["representing the project", "project-related activities"]],
  ["This code of conduct should be honored by everyone who participates in the scikit-image community formally or informally",
   "in any project-related activities and especially when representing the project, in any role."])
a(C, "which code of conduct is the skimage one based on",
  [["SciPy"]],
  ["scikit-image adopts the SciPy code of conduct."])
a(C, "is doxxing somebody against the coc",
  [["personally identifying information"]],
  ["Posting (or threatening to post) other people"])
a(C, "if something isnt on the list of banned stuff is it automatically fine?",
  [["not exhaustive"], ["spirit"]],
  ["This code is not exhaustive or complete.",
   "Please try to follow this code in spirit as much as in letter"])

K = "kernel-cves"
a(K, "who actually hands out CVEs for linux kernel bugs now",
  [["kernel developer team", "CVE assignment team"]],
  ["The Linux kernel developer team does have the ability to assign CVEs for"])
a(K, "where can i see all the kernel cves and how do i get notified of new ones",
  [["linux-cve-announce", "linux-cve"], ["subscribe"]],
  ["A list of all assigned CVEs for the Linux kernel can be found in the archives of the",
   "get notice of the assigned CVEs, please subscribe to that mailing list."])
a(K, "why are there suddenly SO many kernel cves??",
  [["any bugfix"], ["overly cautious", "exploitable"]],
  ["CVE assignment team is overly cautious and assign CVE numbers to any bugfix",
   "Note, due to the layer at which the Linux kernel is in a system, almost any bug"])
a(K, "a fix i care about didnt get a cve but i think it should. who do i contact",
  [["cve@kernel.org"]],
  ["If the CVE assignment team misses a specific fix that any user feels should have a",
   "CVE assigned to it, please email them at <cve@kernel.org> and the team there"])
a(K, "found an unfixed security hole in the kernel, im gonna email it to cve@kernel.org so they can give it a cve, right?",
  [["security bug reporting process", "security bug reporting"]],
  ["will work with you on it. Note that no potential security issues should be sent to",
   "this alias, it is ONLY for assignment of CVEs for fixes that are already in released",
   "the normal Linux kernel security bug reporting process."])
a(K, "do bugs that arent fixed yet get a cve automatically?",
  [["after a fix", "fix is available"], ["stable"]],
  ["No CVEs will be automatically assigned for unfixed security issues in the Linux",
   "kernel; assignment will only automatically happen after a fix is available and"])
a(K, "can i get a kernel cve id before the fix is committed? how",
  [["cve@kernel.org"], ["reserved"]],
  ["resolved with a commit, please contact the kernel CVE assignment team at",
   "<cve@kernel.org> to get an identifier assigned from their batch of reserved"])
a(K, "how are kernel cves linked to the actual fix",
  [["git commit id", "commit id"]],
  ["applied to a stable kernel tree, and it will be tracked that way by the git commit"])
a(K, "my bug is in some ancient kernel thats not supported anymore, will i get a cve for it",
  [["actively supported", "not supported", "no longer supported"], ["Stable/LTS"]],
  ["No CVEs will be assigned for any issue found in a version of the kernel that is not",
   "currently being actively supported by the Stable/LTS kernel team. A list of the"])
a(K, "where do i check which kernel branches r currently supported",
  [["releases.html", "kernel.org"]],
  ["currently supported kernel branches can be found at https://kernel.org/"])
a(K, "who decides if a kernel cve gets disputed or changed?",
  [["maintainers"], ["subsystem"]],
  ["The authority to dispute or modify an assigned CVE for a specific kernel change",
   "lies solely with the maintainers of the relevant subsystem affected. This principle"])
a(K, "why is it only the subsystem maintainers who can dispute a cve and not security ppl",
  [["expertise", "intimate knowledge"]],
  ["Only those individuals with deep expertise and intimate knowledge of the"])
a(K, "the bug only exists in my distro's patched kernel. will the kernel cve team give it a cve",
  [["distribution"]],
  ["kernel.org supported releases, then a CVE can not be assigned by the Linux",
   "kernel CVE team, and must be asked for from that Linux distribution itself."])
a(K, "some security company filed a CVE against a supported mainline kernel themselves. is that legit and what should i do",
  [["not be treated as a valid", "not valid", "invalid"], ["cve@kernel.org"]],
  ["kernel version, by any group other than the kernel assignment CVE team should",
   "not be treated as a valid CVE. Please notify the kernel CVE assignment team at"])
a(K, "can the kernel cve team tell me if CVE-whatever affects my server?",
  [["up to the user"]],
  ["specific CVE is up to the user of Linux to determine, it is not up to the CVE",
   "assignment team. Please do not contact us to attempt to determine the"])
a(K, "are all these kernel cves relevant for my box?",
  [["not relevant"], ["small subset"]],
  ["Also, as the source tree is so large, and any one system only uses a small subset",
   "assigned CVEs are not relevant for their systems."])
a(K, "should i just cherry pick the cve fixes into our kernel instead of updating the whole thing",
  [["all released kernel changes"], ["cherry-picked"]],
  ["As always, it is best to take all released kernel changes, as they are tested",
   "cherry-picked changes. Also note that for many bugs, the solution to the overall"])
a(K, "if a commit has no cve on it i can safely skip it right?",
  [["without a CVE"], ["might be relevant"]],
  ["we will fail to notice fixes, therefore assume that some changes without a CVE",
   "assigned might be relevant to take."])
a(K, "is the cve thing part of the normal kernel security bug reporting process?",
  [["independent"]],
  ["potential Linux kernel security issues. This assignment is independent of the"])
a(K, "why did the kernel people start assigning their own cves when they used to avoid them",
  [["abuses", "pressure"], ["control"]],
  ["pressure to assign CVEs and other forms of security identifiers, and ongoing",
   "it clear that the kernel community should have control over those assignments."])

NEAR = [
    # popcon FAQ
    "whats the gpg key id of debian's popcon server? want to check what my reports get encrypted to",
    "which country is the popcon server hosted in? asking for gdpr reasons",
    "can i look up my own machine's past popcon submissions on popcon.debian.org somehow?",
    "my popcon host id got leaked in a pastebin. how do i generate a new MY_HOSTID?",
    "roughly how many machines submit popcon reports these days?",
    # SQLite
    "how much does the sqlite warranty of title cost?",
    "where do i send my signed public domain affidavit so i can contribute to sqlite?",
    "can i call my fork of sqlite 'SQLite Plus' or is the name trademarked?",
    "does the sqlite warranty of title also cover patent claims?",
    "what city are hwaci's main offices in?",
    # Linux kernel CVEs
    "how many days after a fix lands in stable does the kernel cve usually get published?",
    "what cvss score does the kernel cve team give to their cves?",
    "how many reserved cve ids does the kernel team keep in their batch?",
    "how many years is an LTS kernel supported for?",
    "if i found the bug, do i get credited by name in the kernel cve record?",
    "who is on the kernel cve assignment team? names pls",
    # scikit-image CoC
    "how long does a coc ban from the skimage channels usually last?",
    "can i appeal if the coc committee rules against me?",
    "how are members of the skimage coc committee picked and how long do they serve?",
    "is there an anonymous form for coc reports so i dont have to give my name?",
    "whats the email address of the skimage steering council?",
]
OFF = [
    "whats the best gpu for training deep learning models rn",
    "how do i convert a png to jpg in python",
    "can someone recommend a mechanical keyboard under 100 bucks",
    "what time is it in tokyo right now",
    "write me a haiku about penguins pls",
    "is it gonna rain this weekend",
    "who won the champions league last year",
]

assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
n = 1
order = []
for doc, q, f, e in A:
    rows.append({"doc": doc, "q": q, "expect": "answer", "facts": f, "evidence": e})
for q in NEAR:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "_kind": "near"})
for q in OFF:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "_kind": "off"})
# a fixed shuffle, so the order gives no hint of the document or of the expected outcome
import random
random.Random(18).shuffle(rows)
kinds = {}
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as fh:
    for i, r in enumerate(rows, 1):
        kind = r.pop("_kind", r["doc"])
        r = {"id": "M18%03d" % i, **r}
        kinds.setdefault(kind, []).append(r["id"])
        fh.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump(manifest, open(os.path.join(ROOT, 'manifest.json'), 'w', encoding='utf-8'), indent=2, ensure_ascii=False)
open(os.path.join(ROOT, 'manifest.json'), 'a').write('\n')
json.dump(kinds, open(os.path.join(HERE, 'ids-by-kind.json'), 'w'), indent=1)
