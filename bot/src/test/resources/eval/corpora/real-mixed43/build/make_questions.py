#!/usr/bin/env python3
"""Write questions.jsonl for real-mixed43 (ids M43001...). Each item: doc, q, expect, facts, evidence.
FP marks a false-premise question (kept in README), NM a near miss, OT off-topic."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))

A = []  # (doc, q, facts, evidence, tag)
def a(doc, q, facts, ev, tag=''):
    A.append(('answer', doc, q, facts, ev, tag))
def x(q, tag):
    A.append(('abstain', None, q, [], [], tag))

R, P, H, M = 'r-faq', 'privoxy-faq', 'aiohttp-contributing', 'mame-legal'

# ---------------- R FAQ ----------------
a(R, "is the R FAQ itself under some licence? i want to paste a few answers into our study group wiki",
  [["GNU General Public License", "GPL"], ["version 2"]],
  ["This document is free software; you can redistribute it and/or modify it"])
a(R, "How should I cite the R FAQ in my thesis?",
  [["Hornik and R Core Team"]],
  ["In publications, please refer to this FAQ as Hornik and R Core Team (2022),"])
a(R, "where do i send feedback or corrections for the R FAQ",
  [["R-devel@R-project.org"]],
  ["Feedback via email to <R-devel@R-project.org> is most welcome."])
a(R, "whats the actual difference between r-patched and r-devel?? which one gets the new stuff",
  [["bug fixes"], ["r-devel"]],
  ["New features are typically introduced in r-devel, while r-patched is for bug fixes mostly."])
a(R, "when i cite R in a paper which year am i supposed to put in the citation?",
  [["release year"]],
  ["where YEAR is the release year of the version of R used and can determined"])
a(R, "which R mailing list should i use for a question about the C code inside my package?",
  [["R-devel"]],
  ["discussion unintelligible to non-programmers (e.g., questions involving C or C++) should go to R-devel."])
a(R, "tried to unsubscribe from r-help by emailing 'unsubscribe' in the subject line and nothing happened lol, what am i doing wrong",
  [["body"], ["R-help-request@lists.R-project.org"]],
  ["in the _body_ of the message (not in the subject!) to <R-help-request@lists.R-project.org>"])
a(R, "I'm already on R-help. Do I need to subscribe to R-announce and R-packages separately too?",
  [["gatewayed into R-help"]],
  ["Note that the R-announce and R-packages lists are gatewayed into R-help."])
a(R, "is it better to email the R core devs directly with my question or post on the list?",
  [["R-help"]],
  ["It is recommended that you send mail to R-help rather than only to the R Core developers"])
a(R, "where's the main CRAN site actually hosted?",
  [["Wirtschaftsuniversität Wien", "WU", "Austria"]],
  ["The CRAN main site at WU (Wirtschaftsuniversität Wien) in Austria can be found at the URL"])
a(R, "my company wants to use R for client consulting work. is that allowed or do we need to buy a commercial licence??",
  [["commercial purposes"]],
  ["It is the opinion of the R Core Team that one can use R for commercial purposes"])
a(R, "some package i found on CRAN says 'non-commercial use' only... can my startup use it anyway?",
  [["contact the author"]],
  ["A few packages are restricted to \"non-commercial use\"; you should contact the author"])
a(R, "why is R called R lol",
  [["Robert Gentleman"], ["Ross Ihaka"]],
  ["(Robert Gentleman and Ross Ihaka), and partly a play on the name of the Bell"])
a(R, "Who holds the copyright of the R software and its documentation?",
  [["R Foundation"]],
  ["and to hold and administer the copyright of R software and documentation."])
a(R, "R segfaulted when I called .C() with the wrong argument types. thats a bug I should report right?",
  [["not a bug"]],
  ["you can always crash R by using wrong argument types (modes). This is not a bug."], 'FP')
a(R, "the intro documentation is honestly pretty weak, should i file bug reports about it?",
  [["don't need to report"]],
  ["we know that the introductory documentation is seriously inadequate, so you don't need to report this."])
a(R, "found a bug in a contributed package from CRAN, I'll just file it on the R Bugzilla, ok?",
  [["package maintainer"]],
  ["Bug reports on contributed packages should be sent first to the package maintainer,"], 'FP')
a(R, "can anyone make an account and post new bugs on the R bugzilla?",
  [["members"]],
  ["only \"members\" (including all who have previously submitted bugs) can submit new bugs"])
a(R, "how do i mark something as a feature request instead of a bug in the R tracker",
  [["Wishlist"]],
  ["for the wishlist and not a bug report, for example by starting with 'Wishlist:'."])
a(R, "there's a wrong translation in one of R's german error messages, who do I tell?",
  [["last translator", "translation team"]],
  ["should be sent to the last translator (listed at the top of the appropriate '.po' file)"])

# ---------------- Privoxy ----------------
a(P, "why should i trust privoxy with all my browsing traffic tho?",
  [["source code"]],
  ["You can check every last bit of source code should you desire."])
a(P, "Does Privoxy cost anything, and do I have to register it?",
  [["free software", "free to use"], ["no registration"]],
  ["It is free to use, copy, modify or distribute as you wish under the terms of its license.",
   "That is something that would cost real money ;-) There is no registration either."])
a(P, "i cant code at all, is there still any way i can help privoxy?",
  [["packagers", "testers", "documentation writers"]],
  ["We welcome new developers, packagers, testers, documentation writers or really anyone with a desire to help"])
a(P, "ok i want to help out, what's the first thing i should do",
  [["subscribe"], ["mailing list"]],
  ["So first thing, subscribe to the Privoxy Users or the Privoxy Developers mailing list,"])
a(P, "what does privoxy actually spend donations on",
  [["developers"], ["travel", "hardware", "hosting"]],
  ["Donations may also be used for Privoxy-related travel expenses (for example to attend conferences),"])
a(P, "I'm in the US - are donations to Privoxy tax deductible?",
  [["tax-deductible"], ["Software in the Public Interest", "SPI"]],
  ["which allows us to receive tax-deductible donations in the United States."])
a(P, "who do i email about a private donation question",
  [["Fabian Keil"]],
  ["if it's a private matter, to Fabian Keil (Privoxy's SPI liaison) directly."])
a(P, "if my company sponsors privoxy can our link go to our seo landing page like example.com/seo/keyword/ ?",
  [["without path"]],
  ["Link targets are without path (\"https://www.example.org/\" not \"https://www.example.org/seo/keyword/spam/\")."], 'FP')
a(P, "do the sponsor logos on privoxy.org make requests to the sponsor's site / track visitors?",
  [["served from our server"]],
  ["no requests are made to the sponsor website unless the links are being used"])
a(P, "who decides whether a new sponsor gets accepted?",
  [["team member objects"]],
  ["New sponsors are only accepted if no Privoxy team member objects."])
a(P, "we've been a sponsor for a while, if they change the sponsor details does that apply to us automatically?",
  [["new sponsors"]],
  ["changes will only affect new sponsors (or existing sponsors that explicitly agreed to the changes)"])
a(P, "reporting a privoxy problem, which debug options do i turn on? not sure which matter",
  [["all of them"]],
  ["If you aren't sure which of the debug directives are relevant, please just enable all of them"])
a(P, "can i just dump my whole privoxy log file into the bug report?",
  [["sensitive information"]],
  ["Privoxy log files may contain sensitive information so please don't submit any logfiles you didn't read first"])
a(P, "do I have to use my real name when I file a problem report?",
  [["nickname"]],
  ["You don't have to tell us your actual name when filing a problem report,"])
a(P, "I sent one of the privoxy devs a private message on sourceforge asking for help and never got an answer, are they ignoring me??",
  [["bounced"]],
  ["Please don't send private support requests to individual Privoxy developers,",
   "Answers to SourceForge messages are usually bounced by SourceForge's mail server"], 'FP')
a(P, "posted to the privoxy mailing list without subscribing and my post still isnt there after 2 days, is it lost?",
  [["moderator", "moderated"], ["several days"]],
  ["Posts from unsubscribed addresses have to be accepted manually by a moderator.",
   "This may cause a delay of several days"])
a(P, "think i found a security hole in privoxy, who do i send it to?",
  [["Fabian Keil", "fk@fabiankeil.de"]],
  ["If you discovered a security problem or merely suspect that a bug might be a security issue,"])
a(P, "how quickly should i expect an answer to a privoxy security report?",
  [["within a day"]],
  ["Usually you should get a response within a day, otherwise it's likely that either your mail"])
a(P, "I'm building Privoxy against an OpenSSL that's under the Apache 2.0 licence. Does that change which GPL version applies to the binaries?",
  [["version 3"]],
  ["that is licensed under the Apache 2.0 license in which case you can redistribute"])
a(P, "when did privoxy 3.0 first come out",
  [["August, 2002", "2002"]],
  ["whose first stable version, 3.0, was released August, 2002."])

# ---------------- aiohttp ----------------
a(H, "where can i ask aiohttp questions? is there a forum or chat?",
  [["discourse"], ["gitter", "Stack Overflow"]],
  ["Feel free to post your questions and ideas here.", "Please add aiohttp tag to your question there."])
a(H, "What license is aiohttp released under?",
  [["Apache 2"]],
  ["It's Apache 2 licensed and freely available."])
a(H, "who actually wrote aiohttp",
  [["Nikolay Kim"], ["Andrew Svetlov"]],
  ["The aiohttp package is written mostly by Nikolay Kim and Andrew Svetlov."])
a(H, "if something in aiohttp gets deprecated how long do i have before it stops working",
  [["year and half"]],
  ["is still allowed at least for a year and half after publishing new release with deprecation"])
a(H, "will i get any warning at runtime when i use a deprecated aiohttp api?",
  [["DeprecationWarning"]],
  ["All deprecations are reflected in documentation and raises DeprecationWarning."])
a(H, "can a bugfix release of aiohttp ever break backwards compat?",
  [["security"]],
  ["If a security problem cannot be fixed without breaking backward compatibility, a bugfix release may break compatibility."])
a(H, "so since 3.1.0 is a feature release it can also remove the deprecated stuff from 3.0 right?",
  [["never remove"]],
  ["introduces new features and can deprecate some API but never remove it,"], 'FP')
a(H, "if something was deprecated in the very last 3.Y release, does 4.0.0 remove it?",
  [["5.0.0"]],
  ["These deprecations will be removed by 5.0.0."])
a(H, "do i need to rebase my aiohttp PR onto master before it gets merged?",
  [["no need to rebase"]],
  ["Basically it means that there is no need to rebase a Pull Request against master branch."])
a(H, "why can't I comment on an old aiohttp issue anymore? it says locked",
  [["one year"], ["new issue"]],
  ["automatically locked when there has not been any recent activity for one year.",
   "Please open a new issue for related bugs."])
a(H, "I'm on Windows, can I still contribute to aiohttp?",
  [["WSL"]],
  ["the easiest way is probably to configure the WSL so you can use the same instructions."])
a(H, "which code formatters does aiohttp use",
  [["black"], ["isort"]],
  ["The project uses black + isort formatters to keep the source code style."])
a(H, "My PR still has a couple of mypy errors but all the tests pass, so it's fine to merge, yeah?",
  [["don't accept pull requests"]],
  ["sorry, we don't accept pull requests with pyflakes, black, isort, or mypy errors"], 'FP')
a(H, "whats the test coverage goal for aiohttp?",
  [["100%"], ["99%"]],
  ["97% is not bad but we wish to have 100% someday."])
a(H, "spell checker for the aiohttp docs wont run on my mac, is that known?",
  [["MacOS X"]],
  ["Unfortunately there are problems with running spell checker on MacOS X."])
a(H, "my PR fixes a bug tracked as issue 4567, how do i name the changelog file?",
  [["4567.bugfix", ".bugfix"]],
  ["create a file inside of the CHANGES/ directory named after that issue number with an extension of"])
a(H, "do I really need to open a separate issue for the changelog entry or can I just use my PR number?",
  [["dedicated issue"]],
  ["A Pull Request itself may function as such, but it is preferred to have a dedicated issue"])
a(H, "when do I make the backport PR, before or after my main PR is merged?",
  [["after main PR merging"]],
  ["Backporting is performed after main PR merging into master."])
a(H, "how does someone actually become an aiohttp committer? is there a vote or something",
  [["nomination"], ["positive votes"]],
  ["aiohttp committer creates an issue on github with the proposal for nomination.",
   "If the proposal will collect only positive votes and no strong objection"])
a(H, "as an aiohttp committer am i allowed to push small fixes straight to master without a PR?",
  [["No wild commits", "through PRs"]],
  ["No wild commits! Everything should go through PRs."])

# ---------------- MAME ----------------
a(M, "what's MAME's main purpose actually? is it mainly for playing old arcade games?",
  [["inner workings", "preservation", "preserve"], ["side effect"]],
  ["to be a reference to the inner workings of the emulated machines.",
   "This is considered a nice side effect, and is not"])
a(M, "does mame come with any game roms included?",
  [["No portions of the original software"]],
  ["No portions of the original software are included in the MAME executable."])
a(M, "how much does MAME cost",
  [["no cost"]],
  ["MAME is made available at no cost."])
a(M, "is MAME GPL or BSD? i keep seeing both",
  [["GPL-2.0+", "GNU General Public License, version 2 or later"], ["BSD"]],
  ["distributed under the terms of the GNU General Public License, version 2 or later (GPL-2.0+),"])
a(M, "i'm contributing a new driver, which license should my new files use?",
  [["3-Clause BSD"]],
  ["we would encourage new contributors to distribute files under this license."])
a(M, "can I call my fork 'MAME Ultimate' or do I need to ask someone?",
  [["permission"]],
  ["In general, this means you must request permission, which requires that you follow the guidelines above."])
a(M, "what version number should my derivative build of mame use?",
  [["version number of the MAME release"]],
  ["The version number of any derivative work should reflect the version number of the MAME release"])
a(M, "who owns the MAME trademark?",
  [["Gregory Ember"]],
  ["Please note that MAME is a registered trademark of Gregory Ember, and permission is required"])
a(M, "is the mame FAQ stuff about ROMs actual legal advice?",
  [["not legal advice"]],
  ["The following information is not legal advice and was not written by a lawyer."])
a(M, "got mame from EmuCR and it's totally broken, can you guys help me fix it?",
  [["cannot provide any support", "recommend against"], ["official package", "compiling MAME yourself"]],
  ["recommend against obtaining MAME from sites like EmuCR.",
   "You can completely avoid these issues by compiling MAME yourself, or using an official package"])
a(M, "What are the legal ways to get ROMs for MAME?",
  [["license"], ["PCB"]],
  ["You can obtain a license to them by purchasing one via a distributor or vendor",
   "You can purchase an actual arcade PCB, read the ROMs or disks yourself,"])
a(M, "the company behind this arcade game went bust in the 90s, so the roms are abandonware now and fine to share, right?",
  [["copyright owner"]],
  ["Even the companies that went under had their assets purchased by somebody,"], 'FP')
a(M, "saw an arcade cabinet on ebay with thousands of games preloaded, are those roms legit?",
  [["proper license"]],
  ["If the seller does not have a proper license to include the ROMs with their system,"])
a(M, "there's a DMCA exemption that makes copying ROMs legal now, isn't there?",
  [["reverse-engineer"]],
  ["The exemption allows people to reverse-engineer the copy protection or encryption in computer programs that are obsolete."], 'FP')
a(M, "i bought a cabinet with legit roms, can i put it in my bar and charge people to play?",
  [["Probably not"], ["non-commercial"]],
  ["ROMs are typically only licensed for personal, non-commercial purposes."])
a(M, "where do i report a mame bug, MAME Testers or github issues?",
  [["MAME Testers"], ["GitHub Issues"]],
  ["Please note that MAME Testers only accepts user-facing bugs in tagged release versions."])
a(M, "can i open a github issue on mame just to ask how to set up my controller?",
  [["not a discussion or support forum"]],
  ["Please respect the fact that the issue tracker is not a discussion or support forum,"])
a(M, "what language are the MAME plugins written in?",
  [["Lua 5.3"]],
  ["The supplied plugins, written in Lua 5.3."])
a(M, "can i just keep the default github commit message on my mame PR?",
  [["completely useless"]],
  ["The default commit messages provided by GitHub are completely useless,"])
a(M, "is it ok to run MAME as root on a shared server?",
  [["security audited"]],
  ["It has not been security audited for such types of usage,",
   "We do not suggest or condone the use of MAME as administrator or root"])

# ---------------- near misses ----------------
x("how much does it cost per year to become a supporting member of the R Foundation?", 'NM')
x("what year was the R Foundation founded?", 'NM')
x("how long does R core usually take to respond to a new bugzilla report?", 'NM')
x("what's the max attachment size for posts on r-help?", 'NM')
x("who is the current president of the R Foundation?", 'NM')
x("any idea when R 5.0 is coming out?", 'NM')
x("does privoxy have an official IRC or Matrix channel?", 'NM')
x("does privoxy pay a bug bounty for security holes? how much?", 'NM')
x("when is the next privoxy release coming out?", 'NM')
x("how many people are on the privoxy team right now?", 'NM')
x("roughly how many people actually use privoxy? are there any user stats?", 'NM')
x("do i need to sign a CLA before my first aiohttp PR gets merged?", 'NM')
x("how many approving reviews does an aiohttp PR need before it can be merged?", 'NM')
x("how often does aiohttp put out a new release?", 'NM')
x("where do I privately report a security vulnerability in aiohttp?", 'NM')
x("does aiohttp have a code of conduct?", 'NM')
x("how often does MAME put out a new release? monthly?", 'NM')
x("which C++ standard version does the MAME source code use?", 'NM')
x("does MAME take donations? like paypal or patreon?", 'NM')
x("how many systems does MAME emulate in total?", 'NM')
x("how long does it usually take for a MAME pull request to get reviewed?", 'NM')
# ---------------- off-topic ----------------
x("anyone know a good pizza place near the station that's open late?", 'OT')
x("how do i change my nickname on this discord server on mobile", 'OT')
x("How do I reset my Steam password if I lost access to my email?", 'OT')
x("whats a decent budget mechanical keyboard for coding", 'OT')
x("can someone share a good sourdough starter recipe pls", 'OT')
x("who won the champions league final last year?", 'OT')
x("quick way to convert celsius to fahrenheit in my head??", 'OT')

def main():
    # interleave: keep document order for answerable items, then put abstain items between them
    ans = [t for t in A if t[0] == 'answer']
    abst = [t for t in A if t[0] == 'abstain']
    import random
    random.Random(43).shuffle(abst)
    # spread the abstain items evenly between the answerable ones (answerable stay in document order)
    slots = {round((k + 1) * len(ans) / (len(abst) + 1)): k for k in range(len(abst))}
    order = []
    for i, t in enumerate(ans):
        if i in slots:
            order.append(abst[slots[i]])
        order.append(t)
    order += [abst[k] for k in range(len(abst)) if k not in slots.values()]
    tags = {}
    with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
        for n, (exp, doc, q, facts, ev, tag) in enumerate(order, 1):
            qid = f'M43{n:03d}'
            tags[qid] = tag
            f.write(json.dumps({"id": qid, "doc": doc, "q": q, "expect": exp, "facts": facts, "evidence": ev},
                               ensure_ascii=False) + '\n')
    json.dump(tags, open(os.path.join(HERE, 'question-tags.json'), 'w'), indent=1)
    from collections import Counter
    print(Counter(t[0] for t in A), Counter(t[5] for t in A), Counter(t[1] for t in A if t[0] == 'answer'))

main()
