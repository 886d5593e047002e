#!/usr/bin/env python3
"""Writes ../questions.jsonl (M25001..M25108) from the table below."""
import json, os
A = 'answer'
Q = []
def a(doc, q, facts, ev): Q.append(dict(doc=doc, q=q, expect=A, facts=facts, evidence=ev))
def n(q): Q.append(dict(doc=None, q=q, expect='abstain', facts=[], evidence=[]))

# ---- osl: docs/LICENSE (Open Software License 3.0, npm @magento/peregrine) ----
D = 'osl'
a(D, "if i tweak the code and hand copies to ppl, do my copies have to stay under the same licence or can i pick my own?",
  [["Open Software License", "OSL", "same licen"]],
  ["that You distribute or communicate shall be licensed under this Open Software License"])
a(D, "what exact line does the owner have to put next to their copyright notice to use this licence?",
  [["Licensed under the Open Software License version 3.0"]],
  ["placed the following licensing notice adjacent to the copyright notice for the Original Work"])
a(D, "so this licence only lasts a few years and then runs out?",
  [["duration of the copyright", "duration of the patents"]],
  ["sublicensable license, for the duration of the copyright, to do the following"])
a(D, "do i get any patent rights with this or is it copyright only",
  [["patent"]],
  ["under patent claims owned or controlled by the Licensor that are embodied in the Original Work"])
a(D, "what does 'source code' actually mean in this licence? just the code files?",
  [["preferred form"], ["documentation"]],
  ["means the preferred form of the Original Work for making modifications to it"])
a(D, "does the licensor have to send me the source with every copy or can they just stick it online somewhere",
  [["repository"]],
  ["placing a machine-readable copy of the Source Code in an information repository"])
a(D, "can i use the project's name to advertise my fork?",
  [["prior permission"]],
  ["may be used to endorse or promote products derived from this Original Work without express prior permission"])
a(D, "if i only run my modified version as a web app and never give anyone a copy does that count as distributing it",
  [["External Deployment"]],
  ["any External Deployment by You of the Original Work or a Derivative Work as a distribution"])
a(D, "what notices do i have to keep in the source when i make a derivative work? and do i have to say i changed it?",
  [["Attribution Notice"], ["modified"]],
  ["all copyright, patent, or trademark notices from the Source Code of the Original Work",
   "reasonably calculated to inform recipients that You have modified the Original Work"])
a(D, "so theres literally zero warranty here, they dont even promise they own the code?",
  [["provenance", "owned by the Licensor"]],
  ["Licensor warrants that the copyright in and to the Original Work and the patent rights"])
a(D, "can i sue the licensor if the software crashes our servers and we lose business?",
  [["work stoppage", "computer failure", "consequential"]],
  ["damages for loss of goodwill, work stoppage, computer failure or malfunction"])
a(D, "when i give copies to other people do i need to get them to agree to the licence?",
  [["express assent"]],
  ["You must make a reasonable effort under the circumstances to obtain the express assent of recipients"])
a(D, "does this licence take away fair use?",
  [["fair use"]],
  ["Nothing in this License is intended to affect copyright exceptions and limitations (including 'fair use' or 'fair dealing')"])
a(D, "what happens to my licence if i sue claiming the software infringes my patent",
  [["terminate"]],
  ["This License shall terminate automatically and You may no longer exercise any of the rights"])
a(D, "and if my patent claim is only about the software combined with some hardware, do i still lose it?",
  [["combinations"]],
  ["This termination provision shall not apply for an action alleging patent infringement by combinations of the Original Work"])
a(D, "where would a lawsuit about this licence have to be filed?",
  [["resides", "primary business"]],
  ["courts of a jurisdiction wherein the Licensor resides or in which Licensor conducts its primary business"])
a(D, "who pays the lawyers if someone goes to court over this licence",
  [["prevailing party"]],
  ["the prevailing party shall be entitled to recover its costs and expenses"])
a(D, "we're a company with subsidiaries, does 'you' cover them too? whats the ownership cutoff",
  [["50%", "fifty percent"]],
  ["ownership of fifty percent (50%) or more of the outstanding shares"])
a(D, "who wrote the OSL and what year is it from",
  [["Lawrence Rosen"], ["2005"]],
  ["This License is Copyright (C) 2005 Lawrence Rosen"])
a(D, "can i reuse the osl text for my own licence and still call it OSL? can i say its open source?",
  [["may not"], ["Open Source Initiative", "OSI"]],
  ["You may not indicate in any way that your Modified License is the",
   "unless your Modified License has been approved by Open Source Initiative (OSI)"])

# ---- scipy-toolchain: docs/scipy-toolchain-roadmap.html (python-scipy-doc) ----
D = 'scipy-toolchain'
a(D, "which python and numpy versions work with scipy 1.10?",
  [["3.8"], ["1.19.5"]],
  ["1.9.2 >=3.8, <3.12 >=1.18.5, <1.26.0 1.10 >=3.8, <3.12 >=1.19.5, <1.26.0"])
a(D, "when did scipy drop python 2.7",
  [["1.3"]],
  ["Python 2.7 support was dropped starting from SciPy 1.3"])
a(D, "so scipy only works with the very latest numpy release?",
  [["4 previous", "four"]],
  ["SciPy attempts to be compatible with at least the 4 previous releases of NumPy"])
a(D, "what do they go by when deciding to drop old python versions",
  [["NEP 29", "NEP29"]],
  ["When dropping support for older Python versions, SciPy takes guidance from NEP 29"])
a(D, "whats the oldest gcc i can build scipy with on linux?",
  [["GCC 8"]],
  ["GCC Linux AIX, Alpine Linux, OSX GCC 8.x"])
a(D, "building on windows, which visual studio do i need?",
  [["2019"], ["vc142"]],
  ["All the currently lowest-supported compiler versions (GCC 8, LLVM 12, VS2019 with vc142)"])
a(D, "my clang is older than the minimum llvm, will the build refuse to run?",
  [["not enforced"]],
  ["Note that the lower bound for LLVM is not enforced"])
a(D, "what compiler are the official linux release wheels built with",
  [["GCC 7.5"]],
  ["Linux (release) ubuntu-18.04 GCC 7.5 Built in separate repo"])
a(D, "do the mac wheels come with a fortran runtime bundled in?",
  [["gfortran 4.9"]],
  ["Note that the OSX wheels additionally vendor gfortran 4.9"])
a(D, "why was scipy stuck on visual studio 2008 for so long",
  [["2.7"], ["ABI"]],
  ["python itself was stuck for a long time with VS 2008"])
a(D, "which scipy version first needed something newer than vc141, and why?",
  [["1.9"], ["HiGHS"]],
  ["The first SciPy version to raise the minimal requirement beyond that was SciPy 1.9",
   "due to the inclusion of the HiGHS submodule, which does not compile with vc141"])
a(D, "what C standard can scipy code use now, and is complex.h allowed?",
  [["C17"], ["complex.h"]],
  ["C17 (no <complex.h> , <stdatomic.h> , <threads.h> & VLAs)"])
a(D, "what c++ version is ok to use in scipy as of 2022",
  [["C++17"]],
  ["C++17 (core language + universally available stdlib features)"])
a(D, "are those c++ standard dates official decisions or what",
  [["guidelines"]],
  ["C++ language standards for SciPy are generally guidelines rather than official decisions"])
a(D, "whats the oldest alpine linux release still counted as supported, and what gcc does it come with",
  [["3.12"], ["GCC 10"]],
  ["The oldest currently-supported Alpine Linux release is 3.12"])
a(D, "which fortran compilers can i use? min gfortran version pls",
  [["4.8.0"]],
  ["gfortran >= 4.8.0 ifort A recent version flang A recent version"])
a(D, "can i download a scipy build that has openmp built in?",
  [["cannot"]],
  ["SciPy cannot be distributed with built-in OpenMP support"])
a(D, "im on a mac and use apple accelerate for blas, is that still fine?",
  [["no longer supported"]],
  ["The Accelerate BLAS library is no longer supported"])
a(D, "whats the minimum lapack version",
  [["3.7.1"]],
  ["LAPACK 3.7.1 BLAS A recent version of OpenBLAS, MKL or ATLAS"])
a(D, "what sphinx version do i need to build the scipy docs",
  [["2.0"]],
  ["Sphinx Whatever recent versions work. >= 2.0."])

# ---- xen-release: docs/xen-release-management.docx (xen-doc) ----
D = 'xen-release'
a(D, "xen puts out a new release every 6 months right?",
  [["8 months"]],
  ["The Xen hypervisor project now releases every 8 months"])
a(D, "which months do they try to release in",
  [["March"], ["November"]],
  ["We aim to release in the first half of March/July/November"])
a(D, "how long is the dev period and how long is the freeze",
  [["6 months"], ["2 months"]],
  ["The former is 6 months long and the latter is about 2 months long"])
a(D, "whats the last posting date, how long before the cut-off is it?",
  [["two weeks"]],
  ["all patches that wish to be merged for the release should be posted",
   "and it is normally two weeks before the"])
a(D, "can i still get a new feature merged once the freeze has started?",
  [["bug fixes"]],
  ["During freeze period, the tree is closed for new features. Only bug fixes are accepted."])
a(D, "what happens if the freeze runs over 2 months",
  [["next development period"]],
  ["If it ends up longer than 2 months, it eats into the next development period."])
a(D, "for a march release is there some holiday they plan around?",
  [["Chinese New Year"]],
  ["particular consideration should be given to the Chinese New Year holiday"])
a(D, "who's in charge of the xen-unstable branch during the freeze",
  [["Release Manager"]],
  ["The Release Manager essentially owns xen-unstable branch during the freeze period"])
a(D, "im a committer, can i push patches whenever i want during the freeze?",
  [["Release Ack"]],
  ["That normally means they need to have an Release Ack in order to push a patch."])
a(D, "what can happen if a contributor goes quiet about bugs in code they submitted",
  [["revert"]],
  ["the Release Manager might decide to revert the changes, declare feature unsupported"])
a(D, "who actually tags the trees and makes the tarballs",
  [["Release Technician"]],
  ["The Release Technician is the person who tags various trees, prepares tarball etc."])
a(D, "during development how often does the release manager email updates, and when do reminders go out?",
  [["monthly"], ["one week"]],
  ["Send out monthly update email. The email contains the timeline of the release",
   "Reminders should also be sent one week before important dates"])
a(D, "which mailing lists get the RC announcement?",
  [["xen-users"], ["xen-announce"]],
  ["Send an email to xen-devel, xen-users and xen-announce to announce the RC."])
a(D, "how many days do the PR people need to set up press briefings",
  [["3-4 days"]],
  ["Typically we need 3-4 days to line up press briefings with reporters under embargo."])
a(D, "what days of the week do PR releases usually happen",
  [["Tuesday"], ["Thursday"]],
  ["PR releases typically done mid-week (Tuesday - Thursday)."])
a(D, "when does the advisory board sign off on the press release?",
  [["1-2 weeks"]],
  ["PR Personnel will get stake-holder and Advisory Board approval for the press release (1-2 weeks before the release)."])
a(D, "if a bug turns up at the last minute how much time should they leave between the fix and the push",
  [["1 week", "one week"]],
  ["Allow for at least 1 week from getting a fix to getting a push."])
a(D, "new release manager taking over - what accounts/access do they need set up?",
  [["JIRA"], ["blog"]],
  ["A JIRA (xenproject.atlassian.net) is created and proper permissions granted.",
   "An account for blog.xenproject.org is created."])
a(D, "who do they send the commit moratorium email to and what does it ask?",
  [["committers"], ["staging"]],
  ["Please don't push any new patch to staging because $REASON."])
a(D, "whats the email of the person who wrote the xen release management doc",
  [["wei.liu2@citrix.com"]],
  ["Xen Release Management Wei Liu <wei.liu2@citrix.com> Revision 1"])

# ---- pytest-contrib: docs/pytest-contributing.pdf (python-pytest-doc) ----
D = 'pytest-contrib'
a(D, "what info should i put in a pytest bug report?",
  [["operating system"], ["reproduce"]],
  ["Your operating system name and version", "Detailed steps to reproduce the bug."])
a(D, "i cant fix the bug myself, is a failing test still worth sending?",
  [["xfail"]],
  ["write a demonstration test that currently fails but should pass (xfail)"])
a(D, "how do i let people know im working on an issue so no one else grabs it",
  [["comment"]],
  ["going to work on a particular issue, add a comment to that effect on the specific issue."])
a(D, "are the pytest docs in other languages? i could help translate",
  [["English"]],
  ["Documentation translations. We currently have only English."])
a(D, "how do i build the docs locally and where does the html end up",
  [["tox -e docs"], ["doc/en/_build/html"]],
  ["The built documentation should be available in doc/en/_build/html, where 'en'"])
a(D, "i want to move my plugin into pytest-dev, what does my repo need to have?",
  [["tox"], ["changelog"]],
  ["a README describing how to use the plugin and on which platforms it runs.",
   "an issue tracker for bug reports and enhancement requests."])
a(D, "how many people have to agree before a plugin gets moved to pytest-dev",
  [["two"]],
  ["If no contributor strongly objects and two agree, the repository can then be transferred"])
a(D, "how many ppl should have rights to release a plugin to pypi?",
  [["three"]],
  ["We recommend that each plugin has at least three people who"])
a(D, "if i transfer my plugin, will the pytest-dev admins start doing releases of it without me?",
  [["unresponsive"]],
  ["Repository owners can rest assured that no pytest-dev administrator will ever make",
   "someone becomes unresponsive after months of contact attempts"])
a(D, "what style / formatter does pytest want for PRs",
  [["black"], ["PEP-8", "PEP 8"]],
  ["Follow PEP-8 for naming and black for formatting."])
a(D, "how do i name the changelog file for my PR?",
  [["2574.bugfix.rst", "<issueid>.<type>.rst"]],
  ["Write a changelog entry: changelog/2574.bugfix.rst, use issue id number and one"])
a(D, "do i need to add myself to AUTHORS if i only fixed a typo?",
  [["trivial", "typo"]],
  ["Unless your change is a trivial or a documentation fix",
   "small section) please add yourself to the AUTHORS file, in alphabetical order."])
a(D, "do bug fixes go out in micro, minor or major releases",
  [["micro"]],
  ["released in micro releases whereas features will be released in minor releases"])
a(D, "which python do i need installed to run the test suite through tox",
  [["3.7"]],
  ["You need to have Python 3.7 available in your system"])
a(D, "how do u get commit access to pytest?",
  [["commit access"]],
  ["extra work from the development team to merge will themselves gain commit access if"])
a(D, "once i have commit rights i can just merge my own PRs without review, yeah?",
  [["no-one merges their own pull requests", "unless already approved"]],
  ["pull-request-and-review process and no-one merges their own pull requests unless"])
a(D, "whats the easy way to backport a fix to the 1.2.x branch",
  [["label"]],
  ["Add a backport 1.2.x label to the PR you want to backport. This will create a backport"])
a(D, "who is supposed to do the backport when a core dev fixed the bug",
  [["core developer"]],
  ["If the bug was fixed by a core developer, it is the main responsibility of that core"])
a(D, "my issue labelled needs information got closed, how long do they wait? and how long for proposals?",
  [["14 days"], ["six months"]],
  ["Issues labeled question or needs information: closed after 14 days inactive.",
   "Issues labeled proposal: closed after six months inactive."])
a(D, "what do i write in my PR so it closes the issue automatically",
  [["closes #XYZW"]],
  ["When a pull request is submitted to fix an issue, add text like closes #XYZW to the PR"])

# ---- near misses (21): same projects and subjects, answer never given ----
n("whats the name of the current xen release manager for this release cycle?")
n("how many years of security support does each xen release get?")
n("who is actually on the xen security team? names pls")
n("how many release candidates does a xen release normally go through before the final one?")
n("which PR agency or company does the xen project use for its press releases?")
n("does xen pay a bug bounty if i find a security bug?")
n("when is the next xen RC test day, whats the date?")
n("what year will scipy stop supporting python 3.8?")
n("how much does paid commercial support for scipy cost?")
n("does scipy work on pypy?")
n("when is scipy 1.11 coming out?")
n("which CUDA versions does scipy support for running on the gpu?")
n("whats the minimum meson version to build scipy from source?")
n("what is the email address of the pytest-dev mailing list?")
n("does pytest have a code of conduct, and who do i report harassment to?")
n("does pytest pay people for fixing bugs, like a bounty?")
n("is there a pytest discord or irc channel where the devs hang out?")
n("do i have to sign a contributor license agreement before my pytest PR can be merged?")
n("for this OSL code, whats the licensor's name and address so i can ask permission to use their trademark?")
n("is the OSL 3.0 compatible with the GPL, can i combine them?")
n("how long does the OSI take to review a modified licence and does it cost anything?")

# ---- off-topic (7) ----
n("whats the weather gonna be like in manchester tmrw")
n("can anyone recommend a good pizza place near the station?")
n("how do i factory reset my iphone")
n("who won the world cup in 2018")
n("how do u say good morning in spanish")
n("whats 15% of 80")
n("best gaming laptop under 1000 quid?")

assert len(Q) == 108, len(Q)
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl')
with open(out, 'w', encoding='utf-8') as f:
    for i, c in enumerate(Q, 1):
        f.write(json.dumps(dict(id=f'M25{i:03d}', **c), ensure_ascii=False) + '\n')
print(len(Q), 'cases written')
