#!/usr/bin/env python3
"""Write manifest.json and questions.jsonl for the real-mixed44 set.
Run: python3 build/make_questions.py   (then python3 build/check.py)"""
import json, os

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

MANIFEST = [
    {"file": "docs/erlang-otp-versions-and-support.html", "id": "erlang-otp",
     "title": "Erlang/OTP 25 System Principles: Versions; Support, Compatibility, Deprecations, and Removal"},
    {"file": "docs/MOOSE_SUPPORT_AND_CONTRIBUTING", "id": "moose",
     "title": "Moose Manual: Support Policy (Moose::Manual::Support) and Contributing Guide (Moose::Manual::Contributing, excerpt)"},
    {"file": "docs/drf-project-management-and-funding.pdf", "id": "drf",
     "title": "Django REST framework: Project Management, Funding, Contributing and Release Policies"},
    {"file": "docs/ase-license-and-contributing.docx", "id": "ase",
     "title": "ASE (Atomic Simulation Environment): License, Contact, Bug Reports and How to Contribute"},
]

# (doc, question, facts, evidence, false_premise)
A = []
def a(doc, q, facts, evidence, fp=False):
    A.append((doc, q, facts, evidence, fp))

# ---------------- Erlang/OTP ----------------
E = 'erlang-otp'
a(E, "since which OTP release does this whole 'OTP version' concept even exist?",
  [["OTP 17", "17"]], ["The OTP version as a concept was introduced in OTP 17"])
a(E, "is it ok to build my system from apps taken from different OTP versions? or what do they recommend",
  [["one single OTP version", "single OTP version"]],
  ["always preferred to use OTP applications from one single OTP version"])
a(E, "how can I tell an erlang release candidate from a final release by the version string?",
  [["-rc"]], ["Release candidates have an -rc<N> suffix", "is used during development up to the first release candidate"])
a(E, "where exactly is the OTP_VERSION file in an installed dev system? i only know the one in the source tree",
  [["releases"], ["OTP_VERSION"]],
  ["In an installed OTP development system, the OTP version can be read from the text file"])
a(E, "my OTP_VERSION says 24.3.4** with two stars at the end ... is the file broken??",
  [["otp_patch_apply"]], ["the system has been patched using the otp_patch_apply tool"])
a(E, "what whitespace chars can appear in otp_versions.table, writing a parser for it",
  [["32"], ["10"]], ["All white-space characters in this file are either space (character 32) or line-break (character 10)"])
a(E, "If an application like ssl gets a major version bump, does that automatically mean a new major OTP version?",
  [["not necessarily"]], ["a major increment in an application version does not necessarily imply a major increment of the OTP version"])
a(E, "in Major.Minor.Patch which part goes up when they just add new functionality",
  [["Minor"]], ["Increases when new functionality is added"])
a(E, "we're on 6.0.2.1 (a branched version) and want to move to 6.0.3, since 6.0.3 is the newer number it surely has all the 6.0.2.1 fixes too right?",
  [["not include", "no order"]], ["will most likely not include all changes in", "note that these versions have no order"], True)
a(E, "if a second branch is made off base version 6.0.2, what version number will it get?",
  [["6.0.2.0.1"]], ["A second branched version from the base version 6.0.2 will be version"])
a(E, "whats the difference between a maintenance patch package and an emergency patch package",
  [["planned"]], ["maintenance patch packages are planned and usually contain more changes than emergency patch packages"])
a(E, "what do the gray versions in the OTP versions tree mean?",
  [["specific customer"]], ["fix a specific problem for a specific customer on a specific base version"])
a(E, "Which kernel application version was part of OTP 17.0?",
  [["kernel-3.0"]], ["The following list details the application versions that were part of OTP 17.0"])
a(E, "when was this support/compatibility/deprecation strategy doc introduced? does it cover old stuff too",
  [["OTP 21", "21"]], ["This document was introduced in OTP 21", "Actions taken regarding these issues before OTP 21 did not adhere this document"])
a(E, "on which branches of the erlang/otp repo are pull requests accepted? we have a fix for a bug we hit",
  [["maint"], ["master"]], ["pull requests are only accepted on the maint and the master branches", "bugs are only fixed on the latest release"])
a(E, "how many releases apart can two erlang nodes still talk to each other over distribution?",
  [["two preceding", "two"]], ["Erlang nodes can communicate across at least two preceding and two subsequent releases"])
a(E, "I compiled my beams with OTP 26, can I just load them on the OTP 25 boxes? compat goes both ways I assume",
  [["not supported"]], ["Loading on previous releases is not supported", "Compiled code can be loaded on at least two subsequent releases"], True)
a(E, "if OTP has to break compatibility because of some severe old design issue, can that land in a patch?",
  [["next release", "not be introduced in a patch"]], ["This kind of incompatibility will not be introduced in a patch, but instead in the next release"])
a(E, "Does a function being deprecated in OTP mean it is going to be removed?",
  [["does not imply removal", "explicitly stated"]], ["The deprecation does not imply removal of the functionality unless an upcoming removal is explicitly stated"])
a(E, "before OTP removes something, for how long does it have to be deprecated first?",
  [["one release"]], ["Before removal of functionality it will be deprecated at least during one release"])

# ---------------- Moose ----------------
M = 'moose'
a(M, "what are the two principles behind moose's support policy?",
  [["correctness"], ["documented and tested"]], ["There are two principles to Moose's policy of supported behavior", "Moose supports documented and tested behavior, not accidental behavior or side effects"])
a(M, "my code relies on a side effect of Moose that isnt documented anywhere but it works, so that's officially supported behaviour right?",
  [["undefined", "own risk"]], ["If a behavior has never been documented or tested, the behavior is", "Relying upon undocumented and untested behavior is done at your own risk"], True)
a(M, "In which months can a Moose major release happen?",
  [["January"], ["April"], ["July"], ["October"]], ["The release windows are one month long, and occur during the months of January, April, July, and October"])
a(M, "what happens if moose misses a release window",
  [["next release window"]], ["If the window is missed, then there will not be a major release until the next release window"])
a(M, "can a minor Moose release contain new features or only bug fixes?",
  [["new features"]], ["A minor release can include new features and bug fixes"])
a(M, "how long do deprecated APIs stick around in moose before they get removed?",
  [["one year"]], ["Deprecated APIs will be preserved for at least one year"])
a(M, "in what kind of release can Moose actually remove a deprecated API?",
  [["only be removed in a major release", "major release"]], ["Deprecated APIs will only be removed in a major release"])
a(M, "where do the Moose devs document major deprecations and API changes",
  [["Changes file", "Moose::Manual::Delta"]], ["Major deprecations or API changes are documented in the Changes file as well as in Moose::Manual::Delta"])
a(M, "how big is the Moose test suite?",
  [["18000"]], ["We try to ensure compatibility by having a extensive test suite (last count over 18000 tests)"])
a(M, "moose version has an odd number in the YY part, what does that mean",
  [["trial"]], ["Moose uses even numbers for stable releases, and odd numbers for trial releases"])
a(M, "Are Moose 2.0200 and 2.0274 API-compatible with each other?",
  [["API-compatible"]], ["2.0200, 2.0201, and 2.0274 are all API-compatible"])
a(M, "at which version was Moose declared production ready?",
  [["0.18"]], ["Moose was declared production ready at version 0.18"])
a(M, "what's the oldest perl moose officially supports these days",
  [["5.10.1"]], ["Moose will officially support being run on perl 5.10.1+"])
a(M, "how much notice do they give before raising the officially supported perl version?",
  [["six months"]], ["We will provide at least six months notice (two major releases)"])
a(M, "we're stuck on perl 5.8.8 and moose still declares 5.8.3 so the core team will fix our bug report like any other, yes?",
  [["will not be spending any time"]], ["the core Moose dev team will not be spending any time fixing bugs on versions"], True)
a(M, "who is 'the Cabal' in moose? sounds shady lol",
  [["co-maint", "release"]], ["These people are the ones who have co-maint on Moose itself and can create a release"])
a(M, "I have an idea for a big new feature in Moose core, how should I go about it?",
  [["MooseX"]], ["new feature in Moose, you are encouraged to create a MooseX module first"])
a(M, "what happens to branches that were reviewed and rejected",
  [["attic"]], ["Branches which have been reviewed, and rejected"])
a(M, "i wrote a failing test that shows a bug in moose, where do i submit it?",
  [["RT queue"]], ["submit the bug and your test to the RT queue", "Source control is not a bug reporting tool"])
a(M, "do new user-facing features need approval from several cabal members or is one enough",
  [["more than one cabal member"]], ["Anything that creates a new user-visible feature needs to be approved by more than one cabal member"])

# ---------------- DRF ----------------
D = 'drf'
a(D, "how many people can be on the DRF maintenance team at once?",
  [["5 members", "5"]], ["We currently cap the size of the team at 5 members"])
a(D, "how do i get on the maintenance team for django rest framework",
  [["comment against the issue"]], ["To be considered for a maintainer role simply comment against the issue"])
a(D, "who makes the final call on who joins the DRF maintenance team?",
  [["tomchristie"]], ["The final decision on the incoming team will be made by @tomchristie"])
a(D, "once I'm a DRF maintainer I can just merge my own pull requests, right?",
  [["not merge their own pull requests", "should typically not merge"]], ["Maintainers should typically not merge their own pull requests"], True)
a(D, "how many labels should an issue have once it has been triaged?",
  [["exactly one label", "one label"]], ["Each issue/pull request should have exactly one label once triaged"])
a(D, "do i have to be in the maintenance team to help with triage and stuff?",
  [["does not require being part of the maintenance team", "regardless of your collaborator status"]],
  ["does not require being part of the maintenance team"])
a(D, "how often is the release manager chosen, and by whom",
  [["quarterly"], ["tomchristie"]], ["The release manager is selected on every quarterly maintenance cycle", "The manager should be selected by @tomchristie"])
a(D, "what service do they use for DRF translations?",
  [["transifex"]], ["Translating the source strings into multiple languages is managed through the transifex service"])
a(D, "who is the backup owner of the djangorestframework PyPI package",
  [["j4mie"]], ["As a backup @j4mie also has ownership of the package"])
a(D, "roughly how many issues and PRs per month got closed after Tom went full time?",
  [["80-90"]], ["Around 80-90 issues and pull requests closed per month"])
a(D, "what response time do the professional/premium plans get on escalated issues?",
  [["next working day"]], ["we'll ensure it gets a guaranteed response within the next working day"])
a(D, "does DRF sponsorship include VAT? need it for accounting",
  [["VAT exempt"]], ["Does sponsorship include VAT? A: Sponsorship is VAT exempt"])
a(D, "our company wants to sponsor DRF but I read we have to commit to a 12 month minimum, is that right?",
  [["any time period", "cancel your sponsorship anytime"]], ["we appreciate your support for any time period that is convenient for you", "you can cancel your sponsorship anytime"], True)
a(D, "can we pay the DRF sponsorship yearly up front?",
  [["monthly payments"]], ["We are currently only set up to accept monthly payments"])
a(D, "is DRF still accepting new features? I have a cool one",
  [["feature-complete", "feature complete"]], ["we consider Django REST framework to be essentially feature-complete"])
a(D, "where should I start before opening an issue or PR on DRF?",
  [["discussions"]], ["Please only raise an issue or pull request if you've been recommended to do so after discussion"])
a(D, "is it a problem if i start my posts on the DRF tracker with 'Hey guys'?",
  [["gender neutral", "unintentionally exclusive"]], ["more inclusive to use gender neutral language in those situations"])
a(D, "I'm fixing DRF docs and will write them in British English like the rest of the project, ok?",
  [["American English"]], ["Documentation should be in American English"], True)
a(D, "in DRF's deprecation timeline, are the PendingDeprecationWarning warnings visible by default?",
  [["silent by default"]], ["These warnings are silent by default"])
a(D, "How do I report a security issue in Django REST framework?",
  [["security@djangoproject.com"]], ["Please report security issues by emailing security@djangoproject.com"])

# ---------------- ASE ----------------
S = 'ase'
a(S, "what license is ASE released under?",
  [["LGPL", "Lesser General Public License"]], ["ASE is released under the GNU Lesser General Public License"])
a(S, "we ship a commercial closed source tool and want to bundle ASE, does that force us to open source our whole tool??",
  [["even commercial", "other licences"]], ["You may distribute unmodified versions of ASE together with software under other licences (even commercial)"], True)
a(S, "and if we modify ASE for that commercial bundle, what then",
  [["required to make the modifications available"]], ["if you modify ASE for such purposes you are required to make the modifications available under the LGPL"])
a(S, "do I have to send my ASE changes back to the devs?",
  [["no such requirements"]], ["the license has no such requirements"])
a(S, "ase gave wrong results and messed up my paper, can i sue them lol",
  [["cannot sue"]], ["You cannot sue us if it does not work, gives wrong results"])
a(S, "is it a licensing problem to use ASE with a GPL calculator like GPAW?",
  [["do not think so"]], ["calculator such as GPAW licensed under the GPL? We do not think so"])
a(S, "what about running parallel GPAW or Asap, doesn't that change the licence argument?",
  [["specially built Python executables"]], ["GPAW and Asap provide specially built Python executables with the GPAW or Asap code built-in"])
a(S, "where can I ask for help with ASE?",
  [["ase-users", "mailing list"]], ["There is a mailing list for getting help and for discussing ASE"])
a(S, "is there an ASE forum somewhere?",
  [["Materials Science Community Forum"]], ["There is an ASE forum on the Materials Science Community Forum"])
a(S, "for normal usage questions about ASE should I use gitlab issues or something else?",
  [["mailing list or chat"]], ["For regular support, please use the mailing list or chat rather than GitLab"])
a(S, "what should I include when I report an ASE bug?",
  [["failing script"], ["numpy", "processor architecture"]], ["Please provide the failing script as well as the information about your environment"])
a(S, "why report on the issue tracker instead of the mailing list?",
  [["not forgotten"]], ["The advantage of reporting bugs here is that it is not forgotten"])
a(S, "will the ASE devs fix every bug I report?",
  [["do not guarantee"]], ["We do not guarantee to fix all bugs, but we will do our best"])
a(S, "I'd like to contribute to ASE, what's the first thing to do?",
  [["what you want to work on"]], ["If you would like to contribute, you should first tell us what you want to work on"])
a(S, "can I just do my work on the master branch in my fork?",
  [["Never work in master"]], ["Never work in master branch locally or on GitLab"])
a(S, "oops i need a last minute fix in my open ASE merge request, what's the best way to do it?",
  [["go into your branch", "your branch"]], ["you can simply go into your branch, the one that you requested to merge"])
a(S, "how long may lines in an ASE commit message be?",
  [["72"]], ["Lines shouldn't be longer than 72 characters"])
a(S, "which acronym do I start the commit message with when I deprecate something in ASE?",
  [["DEP"]], ["deprecate something, or remove a deprecated object"])
a(S, "why does ASE do code review at all, feels like gatekeeping",
  [["opportunity"]], ["Code review should be viewed as an opportunity for you to learn how to write code"])
a(S, "how should I cite ASE in my thesis?",
  [["273002"]], ["J. Phys.: Condens. Matter Vol. 29 273002, 2017"])

# ---------------- near misses (answer in none of the four documents) ----------------
NEAR = [
    "when is the next major Erlang/OTP release scheduled? like what date",
    "does the Erlang/OTP project assign CVE ids to its security fixes?",
    "what's the email address for reporting a security vulnerability in Erlang/OTP?",
    "do I need to sign a contributor license agreement before my pull request to erlang/otp is accepted?",
    "who is the current Moose release manager?",
    "how many people are in the Moose cabal right now?",
    "what's the e-mail address to reach the Moose developers?",
    "does Moose have a code of conduct for the #moose IRC channel?",
    "how much does the DRF premium sponsorship plan cost per month?",
    "how many corporate sponsors does Django REST framework currently have?",
    "when will DRF 3.15 be released?",
    "which Python versions does DRF 3.14 support?",
    "is there a bug bounty or reward for reporting a security hole in DRF?",
    "do I have to sign a CLA to contribute to Django REST framework?",
    "Does ASE require contributors to assign copyright or sign a contributor agreement?",
    "how often does ASE put out a new release?",
    "what is the minimum numpy version ASE needs?",
    "does ASE have a code of conduct and who enforces it?",
    "what's the security contact for ASE if I find a vulnerability?",
    "how long does an ASE merge request usually wait for review?",
    "how do I unsubscribe from the ase-users mailing list?",
]

OFF = [
    "anyone know a good pizza place near the conference venue?",
    "how do i change my nickname on this discord server",
    "who won the 2018 football world cup?",
    "recommend me a laptop for coding under 1000 bucks pls",
    "what's 72 fahrenheit in celsius",
    "how do I fix a flat tyre on my bike??",
    "What is the capital of Australia?",
]


def main():
    with open(os.path.join(ROOT, 'manifest.json'), 'w') as f:
        json.dump(MANIFEST, f, indent=2, ensure_ascii=False)
        f.write('\n')
    rows = []
    n = 0
    for doc, q, facts, ev, fp in A:
        n += 1
        rows.append({"id": "M44%03d" % n, "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
    for q in NEAR + OFF:
        n += 1
        rows.append({"id": "M44%03d" % n, "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
    with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + '\n')
    fps = [("M44%03d" % (i + 1)) for i, x in enumerate(A) if x[4]]
    with open(os.path.join(ROOT, 'build', 'work', 'false_premises.json'), 'w') as f:
        json.dump(fps, f)
    print('answerable', len(A), 'near misses', len(NEAR), 'off-topic', len(OFF), 'false premises', len(fps), fps)


if __name__ == '__main__':
    main()
