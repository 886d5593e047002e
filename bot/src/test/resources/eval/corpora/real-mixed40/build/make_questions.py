#!/usr/bin/env python3
"""Write questions.jsonl for the real-mixed40 set (hand-written questions).

Each answerable item: (doc, question, facts, evidence, false_premise_flag).
The false-premise flag is used only for README bookkeeping; it is not written
to questions.jsonl.  Run: python3 build/make_questions.py
"""
import json
import os
import random

SET = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIO, PEL, NIM, NUM = ("biopython-contributing", "pelican-contributing",
                      "nim-contributing", "numba-contributing")

A = []  # answerable: (doc, q, facts, evidence, fp)


def a(doc, q, facts, evidence, fp=False):
    A.append((doc, q, facts, evidence, fp))


# --------------------------------------------------------------- Biopython
a(BIO, "do i have to agree to some licence thing when i send a PR to biopython??",
  [["dual licensed", "dual licensing"], ["3-Clause BSD", "Biopython License Agreement"]],
  ["please explicitly state that you agree to your contributions being dual licensed"])
a(BIO, "should I just make my biopython PR from my master branch or what",
  [["new branch"]],
  ["start by creating a new branch with a short but descriptive name"])
a(BIO, "Which PEPs does Biopython follow for coding conventions?",
  [["PEP8"], ["PEP257"]],
  ["Biopython tries to follow the coding conventions laid out in PEP8 and PEP257"])
a(BIO, "what markup am i supposed to use inside biopython docstrings",
  [["reStructuredText", "RST"]],
  ["using reStructuredText (RST) markup language which allows basic formatting"])
a(BIO, "i fixed a bug and also added a small new function to biopython, do i really need tests for both?",
  [["will not be accepted without tests", "not be accepted without tests"]],
  ["Any new feature or functionality will not be accepted without tests",
   "for any bug fix, we encourage including an additional test"])
a(BIO, "what should I run locally before I submit a pull request to biopython",
  [["full test suite"]],
  ["Please always run the full test suite locally before submitting a pull"])
a(BIO, "do both the CI checks and the codecov check have to be green before a biopython PR gets merged?",
  [["must pass"], ["do not insist", "not insist"]],
  ["continuous integration checks must pass before your pull request will be merged",
   "we currently do not insist on this when reviewing pull requests"])
a(BIO, "where do I report a bug I found in Biopython?",
  [["github.com/biopython/biopython/issues", "issue tracker"]],
  ["you can submit it to our issue tracker at https://github.com/biopython/biopython/issues"])
a(BIO, "biopython still uses the OBF RedMine bug tracker right? do i need an account there to file a bug",
  [["replaced the older", "github.com/biopython/biopython/issues"]],
  ["this replaced the older Open Bioinformatics Foundation hosted RedMine tracker"], True)
a(BIO, "ive been using biopython for a couple years now, how can i help the newbies",
  [["answer questions from beginners", "answer questions"]],
  ["we'd encourage you to help answer questions from beginners"])
a(BIO, "do u guys ship a windows installer for biopython, is 64 bit supported?",
  [["32 bit"]],
  ["we have no trouble shipping installers built on 32 bit windows"])
a(BIO, "is there a click and run installer for biopython on mac os x?",
  [["hasn't been any demand", "to date"]],
  ["We might be able to provide click and run installers for Mac OS X"])
a(BIO, "do i need some kind of approval or membership before i can start coding for biopython",
  [["no barriers"]],
  ["There are no barriers to joining Biopython code development other than an interest"])
a(BIO, "can I contribute a module to biopython that I adapted from some GPL code?",
  [["not be compatible", "GPL or LPGL"]],
  ["something based on GPL or LPGL licensed code would not be compatible with our license"])
a(BIO, "my new biopython module needs numpy to compile, is adding that dependency ok?",
  [["further discussion"]],
  ["especially one needed in order to compile and install Biopython like NumPy) would need further discussion"])
a(BIO, "i have a bioinformatics script that doesnt really fit in biopython itself, where can i share it",
  [["Script Central"]],
  ["we maintain Script Central (http://biopython.org/wiki/Scriptcentral) which has pointers to freely available code"])
a(BIO, "our cluster is still on python 3.6, does biopython 1.80 still support it?",
  [["No longer supported as of Release 1.80", "1.80"]],
  ["No longer supported as of Release 1.80, having triggered a deprecation warning as of release 1.79"])
a(BIO, "biopython dropped python 2.7 back in release 1.70 right? so 1.69 is the last one i can use on my old box?",
  [["1.77"]],
  ["No longer supported as of Release 1.77 (2020, in line with end-of-life"], True)
a(BIO, "when was Bio.Alphabet removed from biopython? my old script imports it",
  [["1.78"]],
  ["Declared obsolete in Biopython release 1.74, and removed from Biopython in release 1.78"])
a(BIO, "Bio.NeuralNetwork is gone, what am I supposed to use now?",
  [["scikit-learn", "TensorFlow"]],
  ["Please consider using a dedicated machine learning library like scikit-learn or TensorFlow instead"])

# --------------------------------------------------------------- Pelican
a(PEL, "pelican is broken for me, should i just open an issue on github straight away?",
  [["asking for help", "ask for help"]],
  ["Before you file an issue, try asking for help first"])
a(PEL, "what usually causes pelican problems when it works with the sample settings but not my site",
  [["themes"], ["settings files", "settings file"]],
  ["The most common sources of problems are anomalies in (1) themes"])
a(PEL, "what do i need to tell people about my pelican version when asking for help?",
  [["pelican --version", "HEAD commit hash"]],
  ["Describe what version of Pelican you are running"])
a(PEL, "Where can I get help with Pelican once I have prepared all the info?",
  [["#pelican IRC channel", "IRC"]],
  ["you can contact people willing to help via (preferably) the #pelican IRC channel"])
a(PEL, "asked a question in the pelican irc an hour ago and nobody answered, is it dead??",
  [["a few hours", "be patient"]],
  ["someone will almost always respond if you wait long enough (it may take a few hours)"])
a(PEL, "I want to add a big feature to Pelican, should I just write it and send the PR?",
  [["ask whether it is desired"]],
  ["Before you submit a contribution, please ask whether it is desired"])
a(PEL, "found an unrelated bugfix while working on my pelican feature, can i put both in the same PR",
  [["new distinct branch", "multiple unrelated fixes"]],
  ["make a new distinct branch and pull request for the bugfix"])
a(PEL, "what goes in the RELEASE.md file for a pelican PR?",
  [["release type"], ["major, minor, patch", "summary of the changes"]],
  ["contains the release type (major, minor, patch) and a summary of the changes"])
a(PEL, "how long can the first line of my commit message be for pelican",
  [["50 characters"]],
  ["be 50 characters or less, and include the relevant issue number(s) if applicable"])
a(PEL, "how do i get my pelican PR to close the bug report automatically when merged",
  [["Fixes #585", "Fix #585"]],
  ["If the commit completely fixes an existing bug report, please use"])
a(PEL, "i heard hub pull-request is now required for every pelican PR, do i have to install hub even for a new feature with no issue filed?",
  [["absolute requirement"], ["previously filed a GitHub issue"]],
  ["If you have previously filed a GitHub issue and want to contribute code"], True)
a(PEL, "whats the max line length for pelican code? 79 like pep8?",
  [["88"]],
  ["the hard/enforced maximum is 88 characters",
   "We try to keep line length within the 79-character maximum specified by PEP8"])
a(PEL, "ok if i send the pelican feature now and add docs and tests in a later PR?",
  [["will not be accepted"]],
  ["Undocumented and untested features will not be accepted"], True)
a(PEL, "What Python version do I need for Pelican development?",
  [["3.6"]],
  ["Please note that Python 3.6+ is required for Pelican development"])
a(PEL, "invoke lint shows style errors on lines i never touched, do i have to fix all of them",
  [["do not need to address", "You do not need"]],
  ["You do not need to address style violations, if any, for code lines you did not touch"])
a(PEL, "which locales do i need installed to run invoke update-functional-tests",
  [["en_EN.utf8"], ["fr_FR.utf8"]],
  ["make sure you have both en_EN.utf8 and fr_FR.utf8 locales installed"])
a(PEL, "some pelican tests get skipped cause pandoc isnt installed, that counts as passed right?",
  [["does not automatically mean"]],
  ["This does not automatically mean that these tests have passed"])
a(PEL, "how do i preview the pelican docs locally while editing them, what address?",
  [["invoke docserve"], ["localhost:8000"]],
  ["Open http://localhost:8000 in your browser to review the documentation"])
a(PEL, "my pelican plugin has style violations, is there something that fixes them automatically?",
  [["invoke black"], ["invoke isort"]],
  ["many of them can be addressed automatically via"])
a(PEL, "with limit_msg in pelican logging, after how many repeats does the generic message show up?",
  [["5", "fifth"]],
  ["After the fifth, corresponding log messages will be ignored"])

# --------------------------------------------------------------- Nim
a(NIM, "how many approvals does a Nim PR need before merge?",
  [["two core developers"], ["Araq"]],
  ["The PR has to be approved by two core developers or by Araq"])
a(NIM, "i want to rename a proc in the nim stdlib cause the name is bad, can I just rename it?",
  [["deprecate the old name"]],
  ["instead of a rename you need to deprecate the old name and introduce a new name"])
a(NIM, "I have a critical bugfix for Nim, where should it be backported and how do I mark it?",
  [["[backport]"], ["1.4.x", "latest stable release branch"]],
  ["should be backported to the latest stable release branch (currently 1.4.x)"])
a(NIM, "my nim PR is tagged [feature], do i also need to touch the changelog?",
  [["changelog"]],
  ["the changes should be mentioned in the changelog"])
a(NIM, "is it ok to use git commit -a for nim commits? its faster",
  [["git add -p"]],
  ["Never commit everything as is using git commit -a"])
a(NIM, "what does 'Fixes #123; refs #124' mean in a nim commit message",
  [["completely fixed"], ["referenced", "partially fixed"]],
  ["indicates that issue #123 is completely fixed"])
a(NIM, "is putting the issue number in the PR title enough for nim?",
  [["PR body"]],
  ["PR body (not just PR title) should contain references to fixed/referenced github issues"])
a(NIM, "should I merge devel into my nim branch to update it?",
  [["rebased against devel", "git pull --rebase origin devel"]],
  ["Commits should be always be rebased against devel (so a fast forward merge can happen)"])
a(NIM, "can i put the nimpretty reformat in the same commit as my fix? github squashes the whole PR anyway",
  [["separate commits"]],
  ["these should be in separate commits (and the merge on GitHub should not squash these into 1)"], True)
a(NIM, "my nim PR only changes docs, can I avoid running the whole CI?",
  [["[skip ci]"]],
  ["add [skip ci] to your commit message title"])
a(NIM, "CI failed on my nim PR but the failure has nothing to do with my change, what now",
  [["flaky test"], ["File a bug"]],
  ["If CI failure seems unrelated to your PR, it could be caused by a flaky test"])
a(NIM, "can I ssh into a nim CI machine to debug a failure?",
  [["builds.sr.ht"]],
  ["builds.sr.ht also allows you to ssh to a CI machine"])
a(NIM, "why doesnt the nim compiler just depend on nimble packages?",
  [["zero dependencies"], ["bootstrapping"]],
  ["the compiler is the root of the bootstrapping process and is also used to build Nimble"])
a(NIM, "I wrote a neat new module, can it go straight into the nim stdlib?",
  [["Nimble packages", "external"]],
  ["If in doubt, new stdlib modules should start as external, successful Nimble packages"])
a(NIM, "Where should new stdlib modules be placed in the Nim repo?",
  [["lib/std"]],
  ["New stdlib modules should go under Nim/lib/std/"])
a(NIM, "naming a new nim stdlib module: std/sum.nim or std/sums.nim?",
  [["plural"]],
  ["New module names should prefer plural form whenever possible"])
a(NIM, "run-time breaking changes are fine in nim as long as the test suite still passes, right? want to make strformat behave like python",
  [["avoided at almost all costs"]],
  ["Run-time breaking changes are to be avoided at almost all costs"], True)
a(NIM, "if a runtime breaking change in nim is really worth it, how do i introduce it?",
  [["opt-in"], ["-d:nimPreviewX", "command line flag"]],
  ["via a new -d:nimPreviewX or command line flag and then should become the new default later"])
a(NIM, "is adding a value to an existing enum a breaking change in nim?",
  [["exhaustive case statements"]],
  ["exhaustive case statements stop compiling after such a change"])
a(NIM, "adding a new proc to an existing nim stdlib module, does it need any annotation?",
  [[".since"]],
  ["The new procs need to be annotated with a .since annotation"])
a(NIM, "my change only affects introspection, does nim count that as breaking?",
  [["not considered to be a breaking change"]],
  ["a change that only affects introspection is not considered to be a breaking change"])

# --------------------------------------------------------------- Numba
a(NUM, "what chat does numba use for real time talk?",
  [["Gitter"]],
  ["Numba uses Gitter for public real-time chat"])
a(NUM, "can I just report my numba bug in the chat?",
  [["Github issue tracker", "issue tracker"]],
  ["Note that the Github issue tracker is the best place to report bugs"])
a(NUM, "where do numba design discussions and roadmap planning happen",
  [["Discourse"]],
  ["Numba uses Discourse as a forum for longer running threads such as design"])
a(NUM, "the numba weekly meeting is core devs only i guess? can an outsider like me join",
  [["entirely public"], ["everyone is welcome"]],
  ["These meetings are entirely public, details are posted on numba.discourse.group Announcements"], True)
a(NUM, "where are the numba meeting minutes posted?",
  [["Numba wiki"]],
  ["Minutes will be taken and will be posted to the Numba wiki"])
a(NUM, "what should i put in a numba bug report",
  [["operating system"], ["version of Numba"]],
  ["which operating system you have and which version of Numba you are running"])
a(NUM, "can i open a numba PR before im finished with it?",
  [["[WIP]"]],
  ["please prepend [WIP] to your pull request"])
a(NUM, "where do I get a development build of llvmlite for working on numba source",
  [["numba/label/dev"]],
  ["These are available from the numba/label/dev channel on anaconda.org"])
a(NUM, "when do i have to rerun python setup.py build_ext --inplace in numba",
  [["modify C files"]],
  ["You will have to run this command again whenever you modify C files"])
a(NUM, "I changed one of numba's CPython extensions, which build flags should I test with?",
  [["--werror"], ["--wall"]],
  ["so any contributions that change the CPython extensions should be tested with these flags too"])
a(NUM, "numba test suite takes forever, how do i rerun only the tests that failed last time",
  [["--last-failed"]],
  ["option is used with --failed-first to execute the previously failed tests only"])
a(NUM, "How do I turn on runtime type checking in the Numba test suite?",
  [["NUMBA_USE_TYPEGUARD=1"]],
  ["set the environment variable NUMBA_USE_TYPEGUARD=1 and use runtests.py from the source root"])
a(NUM, "does every numba change need a code review?",
  [["non-trivial"], ["core developers"]],
  ["Any non-trivial change should go through a code review by one or several of the core developers"])
a(NUM, "how wide can lines be in numba code and docs",
  [["80 columns"]],
  ["Code and documentation should generally fit within 80 columns"])
a(NUM, "the flake8 pre-commit hook is blocking my numba commit, how do i skip it",
  [["--no-verify"]],
  ["You can skip this check with git commit --no-verify"])
a(NUM, "mypy is complaining in numba, can I just add type: ignore comments?",
  [["exceptional circumstances"]],
  ["Only in exceptional circumstances should type: ignore comments be used"])
a(NUM, "how is typing.Dict imported in numba code?",
  [["ptDict"], ["pt prefix"]],
  ["objects of the built-in typing module are imported with an pt prefix"])
a(NUM, "my numba PR changes some CUDA code, what extra testing does it need?",
  [["gpuCI"]],
  ["If a Pull Request (PR) changes CUDA code or will affect the CUDA target"])
a(NUM, "does gpuCI test numba on windows?",
  [["not tested by gpuCI"]],
  ["including Windows, which is not tested by gpuCI"])
a(NUM, "the numba review on my PR started, i'll force-push a squashed version to keep it tidy, thats what u want right?",
  [["rewrites history"]],
  ["or do anything that rewrites history of the reviewed code as GitHub cannot track this"], True)
a(NUM, "my numba issue has been sitting there for weeks, how can i get it looked at sooner",
  [["help out somewhere else"]],
  ["A great way to move your issue/PR up the priority queue is to help out"])
a(NUM, "when pushing the numba website update, which file has to be there?",
  [["CNAME"]],
  ["Make sure the CNAME file is present and contains a single line for numba.pydata.org"])

# --------------------------------------------------------------- abstain
NEAR = [
    "whats the email address to privately report a security hole in biopython?",
    "when is biopython going to drop python 3.7 support?",
    "how do I get commit access to the biopython github repo?",
    "When will Bio.Seq.Seq.ungap() be removed from Biopython?",
    "is there a biopython gitter or slack channel for quick questions?",
    "which versions of black and flake8 does biopython pin in its pre-commit config?",
    "is there a pelican discord server i can join?",
    "how long does it usually take for a pelican PR to get reviewed?",
    "How many maintainer approvals does a Pelican pull request need before it is merged?",
    "where do i report harassment in the pelican irc channel, is there a code of conduct?",
    "when will pelican drop support for python 3.6?",
    "what test coverage percentage does pelican require for new PRs?",
    "when is nim 2.0 coming out?",
    "how many releases does a deprecated proc stay in nim before it gets removed?",
    "how many packages are on nim's important packages list?",
    "do i have to sign a CLA to contribute to nim?",
    "what time and timezone is the numba weekly meeting?",
    "roughly how many hours does the full numba test suite take to run?",
    "which CUDA toolkit versions does numba's gpuCI actually test?",
    "how many core developers does numba have?",
    "who do I contact to report a security vulnerability in numba?",
]
OFF = [
    "whats a good sourdough starter recipe lol",
    "who won the 2018 world cup?",
    "how do i change my nickname on this discord server",
    "can anyone recommend a laptop under 1000 for uni",
    "How do I convert Celsius to Fahrenheit?",
    "what's the capital of australia, sydney or canberra?",
    "any good sci-fi book recs?",
]


def main():
    rows = []
    # deterministic shuffle so that documents and abstain items are mixed as in a real channel
    order = [("a", x) for x in A] + [("x", (q, "near")) for q in NEAR] + [("x", (q, "off")) for q in OFF]
    random.Random(40).shuffle(order)
    n = 0
    meta = []
    for kind, item in order:
        n += 1
        qid = f"M40{n:03d}"
        if kind == "a":
            doc, q, facts, ev, fp = item
            rows.append({"id": qid, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
            meta.append((qid, "fp" if fp else "answer", doc, q))
        else:
            q, sub = item
            rows.append({"id": qid, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
            meta.append((qid, sub, None, q))
    with open(os.path.join(SET, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    counts = {}
    for _, kind, _, _ in meta:
        counts[kind] = counts.get(kind, 0) + 1
    print(len(rows), "questions", counts)
    for qid, kind, doc, q in meta:
        if kind != "answer":
            print(qid, kind, q)

if __name__ == "__main__":
    main()
