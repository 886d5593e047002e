#!/usr/bin/env python3
"""Writes questions.jsonl (M47001-M47108) for the new-real47 set."""
import json, os

ROOT = os.path.abspath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..'))
A = []  # answerable: (doc, q, facts, evidence)


def a(doc, q, facts, evidence):
    A.append({'doc': doc, 'q': q, 'facts': facts, 'evidence': evidence})


# ---------------------------------------------------------------- fail2ban (docs/DEVELOP, plain text)
D = 'fail2ban-dev'
a(D, "if i set up fail2ban on my vps does that basically make weak ssh passwords safe? or do i still need something else",
  [["cannot eliminate"], ["two factor", "public/private"]],
  ["attempts, it cannot eliminate the risk presented by weak authentication.",
   "Set up services to use only two factor, or public/private authentication"])
a(D, "does fail2ban handle ipv6 addresses or is it v4 only? which version started supporting it",
  [["v0.10", "0.10"]],
  ['height="52pt"/> | Since v0.10 fail2ban supports the matching of IPv6 addresses.'])
a(D, "our old box only has python 2.6 on it, can fail2ban run on that?",
  [["2.7"], ["3.2"]],
  ["- [Python2 >= 2.7 or Python >= 3.2](https://www.python.org) or [PyPy](https://pypy.org)"])
a(D, "Is it OK to start the daemon by running fail2ban-server myself from a script?",
  [["fail2ban-client"], ["never call fail2ban-server directly", "never call", "never"]],
  ["to see if everything is alright. You should always use fail2ban-client and"])
a(D, "installed fail2ban from the git clone with setup.py, rebooted, and it didnt come back up. does the install not set up the service??",
  [["not automatically installed"], ["files", "/etc/init.d"]],
  ["Please note that the system init/service script is not automatically installed.",
   "To enable fail2ban as an automatic service, simply copy the script for your"])
a(D, "fail2ban saved my server last week lol, who do i send a thank you to?",
  [["Cyril Jaquier"], ["mailing list"]],
  ["Send kudos to the original author ([Cyril Jaquier](mailto:cyril.jaquier@fail2ban.org))",
   "or *better* to the [mailing list](https://lists.sourceforge.net/lists/listinfo/fail2ban-users)"])
a(D, "fail2ban is GPLv3 right? need to know for our compliance sheet",
  [["version 2"], ["later"]],
  ["Foundation; either version 2 of the License, or (at your option) any later"])
a(D, "I've got a small bug fix for fail2ban. What's the preferred way to get it in, should I mail a patch to someone?",
  [["Pull Request", "pull request"]],
  ["would like to add to Fail2Ban, the best way to do so it to use the GitHub Pull"])
a(D, "about to open a PR for a pretty big new feature, its like 15 commits rn. anything i should do with the history first?",
  [["rebase"], ["single commit"]],
  ["* If adding a major feature rebase your changes on master and get to a single commit;"])
a(D, "apart from the code and tests, do i need to touch the changelog in my PR? and should i add my name somewhere",
  [["ChangeLog"], ["THANKS"]],
  ["* Include a change to the relevant section of the ChangeLog; and",
   "* Include yourself in THANKS if not already there."])
a(D, "some branch in my patch isnt tested bc i didnt get round to writing a test, so i slapped pragma: no cover on it. thats allowed right?",
  [["older versions"], ["isn't a sufficient reason", "not a sufficient reason", "not sufficient"]],
  ['You may use "# pragma: no cover" in the code for branches of code that support',
   '"pragma: no branch" document the reason why its not covered. "I haven\'t written'])
a(D, "the vagrant test setup for fail2ban, how many vms does it make and what is each one for?",
  [["two", "2"], ["secure"], ["attacker"]],
  ['- VM "attacker" which can be used to perform attack against our "secure" VM.',
   '- VM "secure" which can be used for testing fail2ban code.'])
a(D, "tabs or spaces in the fail2ban python code? and is there a max line width",
  [["tabs"], ["80"]],
  ["Please use tabs for now. Keep to 80 columns, at least for readable text."])
a(D, "what prefix goes on a commit that only changes tests? and if one commit fixes a bug and adds a test too?",
  [["TST:", "TST"], ["BF+TST"]],
  ["* 'TST:' for commits concerning tests only (thus not touching the main code-base)",
   'Multiple tags could be joined with +, e.g. "BF+TST:".'])
a(D, "how do i get my commit to close issue #333 automatically when it's merged?",
  [["closes #333", "resolves #333", "fixes #333"]],
  ['Use the text "closes #333"/"resolves #333 "/"fixes #333" where 333 represents'])
a(D, "I'm adding a new action.d conf file. Do I also have to change jail.conf, and if so how should the example be set up?",
  [["jail.conf"], ["enabled=false"], ["maxretry=5"]],
  ["If you add an action.d/*.conf file also add a example in config/jail.conf",
   "with enabled=false and maxretry=5 for ssh."])
a(D, "my new filter is like half done and im stuck on the regex. should i wait until its finished before opening a PR?",
  [["unfinished"], ["submit a PR", "still submit"]],
  ["you can push your unfinished changes and still submit a PR -- describe",
   "what you have done, what is the hurdle, and we'll attempt to help (PR"])
a(D, "where do the sample log lines for a new filter go and what do i call the file?",
  [["testcases/files/logs"], ["named identically", "without .conf"]],
  ["The sample log messages are provided in a file under testcases/files/logs/",
   "named identically as the corresponding filter (but without .conf extension)."])
a(D, "i've got like 10 log lines that all look the same for my filter, should i include all of them as samples?",
  [["only one", "one"], ["not more than 3", "3", "three"]],
  ["Log samples should include only one, definitely not more than 3, examples of"])
a(D, "the log format im matching has no year in the timestamp. what year goes in the failJSON time then?",
  [["2005"], ["2004"]],
  ["year, like the example below, the year should be listed as 2005, if before Sun",
   "Aug 14 10am UTC, and 2004 if afterwards.  Here is an example failJSON"])

# ---------------------------------------------------------------- WeeChat (HTML)
D = 'weechat-dev'
a(D, "dumb q but what does the wee in weechat stand for",
  [["Wee Enhanced Environment"]],
  ["WeeChat (Wee Enhanced Environment for Chat) is a free chat client, fast and light, designed for many operating systems.",
   '"Wee" is a recursive acronym and stands for "Wee Enhanced Environment".'])
a(D, "weechat's code is on gitlab isnt it? cant find the repo",
  [["GitHub"]],
  ["WeeChat repositories are on GitHub organization weechat"])
a(D, "Is there an IRC server the WeeChat people use for testing, and which repository is it in?",
  [["weercd"]],
  ["weercd IRC testing server qweechat Qt remote GUI for WeeChat."])
a(D, "does the weechat developer guide also cover the scripts repo and the website repo?",
  [["only"], ["weechat repository", "weechat"]],
  ["qweechat Qt remote GUI for WeeChat. This manual documents only weechat repository."])
a(D, "what's the fifo plugin in the source tree actually for?",
  [["remotely send commands"]],
  ["fifo/ Fifo plugin (FIFO pipe used to remotely send commands to WeeChat)."])
a(D, "spotted a typo in doc/en/includes/autogen_api_hdata.en.adoc, can i just fix it in that file and PR it?",
  [["NEVER update manually", "never"], ["docgen.py", "auto-generated"]],
  ["autogen_api_hdata.XX.adoc Auto-generated file for Plugin API reference: hdata (do NEVER update manually!).",
   "Files named autogen_* in directory doc/XX/includes/ are auto-generated by script doc/docgen.py"])
a(D, "how are weechat's translations done and where do the files live?",
  [["gettext"], ["po/"]],
  ["Translations for WeeChat and plugins are done with gettext, files are in po/ directory"])
a(D, "im french and way more comfortable writing my code comments in french, is that ok for a weechat patch?",
  [["English"]],
  ["your comments, variable names, .. must be written in English only (no other language is allowed)"])
a(D, "I'm adding a brand new .c file. What has to go in the header comment at the top?",
  [["description"], ["date"], ["name"], ["e-mail", "email"], ["license", "licence"]],
  ["Use a copyright header in each new source file with: short description of file (one line), date, name, e-mail, license."])
a(D, "tabs or spaces for weechat C code, and how many?",
  [["4 spaces", "four spaces"]],
  ["Some basic rules you must follow when you write C code: Use 4 spaces for indentation."])
a(D, "whats the max line length in weechat's C code? and am i allowed to use // comments",
  [["80"], ["/* comment */", "C99", "not"]],
  ["Try to not exceed 80 chars by line, except if this is needed to increase readability.",
   "Use comments /* comment */ (not C99-style comments like // comment )."])
a(D, "reviewer moaned about me calling a variable n for the nick count. is short naming not allowed at all?",
  [["nicks_count", "explicit"], ["for loops", "for"]],
  ['Use explicit variable names, for example "nicks_count" instead of "n" or "nc".',
   'Exception: in for loops, where variables like "i" or "n" are OK.'])
a(D, "i write my C in emacs, is there a config to make the indentation match weechat style?",
  [[".emacs.el", "emacs.el", "Lisp"]],
  ["This Lisp code can be used in your ~/.emacs.el to indent properly if you are using Emacs as text editor"])
a(D, "Which branch should a WeeChat bug-fix patch be based on, and do I have to use a pull request or can I mail it?",
  [["master"], ["e-mail", "email"]],
  ["Any patch for bug or new feature must be done on master branch, preferred way is a GitHub pull request.",
   "A patch can also be sent by e-mail (made with git diff or git format-patch )."])
a(D, "fixed a bug in the irc plugin that closes issue 42. how should the commit message be formatted?",
  [["irc:"], ["closes #"]],
  ["Format of commit message is the following (with automatic close of a GitHub issue): component: fix a problem (closes #123)",
   "If commit is related to a GitHub issue, write it in parenthesis after the message"])
a(D, "can i write commit msgs in past tense like 'fixed crash in python plugin'?",
  [["infinitive"]],
  ["Some rules to follow: Use only English. Use infinitive form of verb."])
a(D, "want to start a dutch translation of weechat, how do i create the new po file and how do i check it when im done?",
  [["msginit"], ["msgcheck"]],
  ["If you want to initialize a new language, use command msginit",
   "When done, you have to check your file with msgcheck"])
a(D, "translating the asciidoc docs: do [NOTE] and [WARNING] and the link names get translated too?",
  [["unchanged", "except"]],
  ["You must translate whole file except links and special keywords for notes, warnings"])
a(D, "debugging weechat in gdb and it says Cannot find new threads: generic error. how do i get past that",
  [["LD_PRELOAD"]],
  ["To fix that, you can run gdb with this command (replace path to libpthread and WeeChat with paths on your system)"])
a(D, "i'm on windows at work, does weechat even run there?",
  [["Cygwin"], ["Windows Subsystem for Linux", "WSL"]],
  ["WeeChat runs fine on most Linux/BSD distributions, GNU/Hurd, Mac OS and Windows (Cygwin and Windows Subsystem for Linux)."])

# ---------------------------------------------------------------- xarray (DOCX)
D = 'xarray-contrib'
a(D, "this xarray contributing guide reads really familiar, did they write it from scratch?",
  [["Pandas"]],
  ["Large parts of this document came from the Pandas Contributing Guide."])
a(D, "totally new to open source. where should i look in xarray for something easy to start with?",
  [["good first issue"], ["Documentation"]],
  ["There are a number of issues listed under Documentation and good first issue where you could start out."])
a(D, "what does an xarray bug report need to include? and is there a quick way to dump all my package versions",
  [["snippet"], ["show_versions"]],
  ["Include a short, self-contained Python snippet reproducing the problem.",
   "Include the full version string of xarray and its dependencies. You can use the built in function"])
a(D, "i'm not really a programmer but i found some of the xarray docs confusing. is fixing docs even worth it for someone like me?",
  [["huge value", "documentation"]],
  ["contributing to the documentation is still of huge value",
   "updating the relevant section after you figure it out is a great way to ensure it will help the next person"])
a(D, "xarray docs are markdown right? what builds them",
  [["reStructuredText"], ["Sphinx"]],
  ["The documentation is written in reStructuredText, which is almost like writing in plain English, and built using Sphinx."])
a(D, "Which docstring convention should I follow when documenting a new xarray function?",
  [["NumPy Docstring Standard", "NumPy"]],
  ["The docstrings follow the NumPy Docstring Standard, which is used widely in the Scientific Python community."])
a(D, "added a new method and now sphinx spits out a warning during the docs build. what did i miss",
  [["toctree"], ["api.rst"]],
  ["Every method should be included in a toctree in api.rst, else Sphinx will emit a warning."])
a(D, "does xarray only use black for formatting or are there other checkers i need to pass?",
  [["blackdoc"], ["Flake8"], ["isort"], ["mypy"]],
  ["xarray uses several tools to ensure a consistent code format throughout the project",
   "mypy for static type checking on type hints"])
a(D, "pre-commit keeps blocking my quick wip commit, is there a way to skip it just this once?",
  [["--no-verify", "no-verify"]],
  ["You can skip the pre-commit checks with git commit --no-verify."])
a(D, "my PR gets rid of an old keyword argument. can I just raise an error now if someone still passes it?",
  [["deprecation cycle", "deprecation warning", "DeprecationWarning", "deprecation"]],
  ["This process of first warning users before actually breaking their code is known as a",
   "Be especially careful when changing function and method signatures, because any change may require a deprecation warning."])
a(D, "one test is red on my xarray PR, will the maintainers still look at merging it?",
  [["green"]],
  ["A pull-request will be considered for merging when you have an all"])
a(D, "pushed twice in a row by accident, will the CI for the first push keep running as well?",
  [["cancelled", "canceled"]],
  ["tests for any older commits on the same branch will be automatically cancelled"])
a(D, "where do i write up my change for the release notes, and what do i need to mention in the entry?",
  [["whats-new.rst"], ["issue"]],
  ["Changes should be reflected in the release notes located in doc/whats-new.rst.",
   "Make sure to include the GitHub issue number when adding your entry"])
a(D, "how long can a commit subject line be in xarray, and should I reference issues as GH1234 or #1234?",
  [["72"], ["GH1234"]],
  ["A subject line with < 72 chars.",
   "Please reference the relevant GitHub issues in your commit message using GH1234 or #1234. Either style is fine, but the former is generally preferred."])
a(D, "reviewer asked for changes on my PR. do i close it and open a fresh one with the fixes?",
  [["automatically"]],
  ["push them to GitHub, and the pull request will automatically be updated"])
a(D, "my PR got merged but git branch -d refuses to delete the branch, says not fully merged. wtf",
  [["-D"], ["squashed"]],
  ["You need to use a upper-case -D because the branch was squashed into a single commit before merging."])
a(D, "how do i skip CI on a docs-only commit? and separately how do i make the upstream-dev CI run on my PR",
  [["skip-ci"], ["test-upstream"]],
  ["For documentation-only commits, you can skip the CI per commit by adding a",
   "By default, the upstream dev CI is disabled on pull request and push events."])
a(D, "how old a numpy does xarray still support? and python?",
  [["18 months"], ["24 months"]],
  ["Xarray adopts a rolling policy regarding the minimum supported version of its dependencies",
   "numpy: 18 months (NEP-29)"])
a(D, "does the xarray min-deps policy pin exact patch versions like 1.21.3?",
  [["not pinned"]],
  ["Patch versions (x.y.Z) are not pinned, and only the latest available at the moment of publishing the xarray release is guaranteed to work."])
a(D, "i heard the xarray dev call is weekly on mondays, is that right? where is it held",
  [["Wednesday"], ["bi-weekly", "every other"], ["Zoom"]],
  ["Xarray developers meet bi-weekly every other Wednesday. The meeting occurs on Zoom."])

# ---------------------------------------------------------------- GNU Octave (PDF)
D = 'octave-manual'
a(D, "octave is named after the music thing right? like an octave of notes",
  [["professor", "professors"], ["John W. Eaton"]],
  ["Virtually everyone thinks that the name Octave has something to do with music, but it",
   "textbook on chemical reaction engineering, and who was also well known for his ability"])
a(D, "What was Octave originally written for?",
  [["chemical reactor design"], ["textbook"]],
  ["Octave was originally intended to be companion software for an undergraduate-level",
   "textbook on chemical reactor design being written by James B. Rawlings of the"])
a(D, "someone told me octave was used for some massive online course, which one was it?",
  [["Machine Learning"], ["Andrew Ng"]],
  ["online Machine Learning class (http://ml-class.org) taught by Andrew Ng."])
a(D, "according to the manual, what's the most useful thing a contributor can do for octave?",
  [["high-quality code"], ["freely available"]],
  ["system. Perhaps the most important way to contribute is to write high-quality code for",
   "solving new problems, and to make your code freely available for others to use. See"])
a(D, "my uncle wants to donate to octave by cheque. where does he send it and does he need to write anything on it?",
  [["Free Software Foundation", "FSF"], ["51 Franklin Street", "Boston"], ["memo"]],
  ["If you pay by check, please be sure to write",
   "prefer to pay by check or money order, you can do so by sending a check to the"])
a(D, "if i donate online to octave does the money only go to octave?",
  [["Free Software Foundation", "FSF"]],
  ["Donations supporting Octave development may be made on the web at https://",
   "my.fsf.org/donate/working-together/octave. These donations also help to support the"])
a(D, "I can't code and I'm broke, is there still anything useful I can do for Octave?",
  [["bugs"], ["suggestions"]],
  ["If you cannot provide funding or contribute code, you can still help make Octave better",
   "and more reliable by reporting any bugs you find and by offering suggestions for ways"])
a(D, "octave is free so it's basically public domain, yeah? can i do whatever with it",
  [["not"], ["copyrighted", "GNU General Public License"]],
  ["redistribute it on certain conditions. Octave is not, however, in the public domain. It is",
   "copyrighted and there are restrictions on its distribution, but the restrictions are"])
a(D, "how long does a function stay deprecated in octave before it gets removed?",
  [["two major releases"]],
  ["After being marked as deprecated for two major releases, the following functions have",
   "marked as deprecated for at least two major releases. All deprecated functions issue"])
a(D, "will my old scripts warn me before a deprecated function is gone, and are the replacements exact drop-ins?",
  [["warnings", "warning"], ["same arguments", "equivalent functionality"]],
  ["marked as deprecated for at least two major releases. All deprecated functions issue",
   "Replacement functions do not always accept precisely the same arguments as the"])
a(D, "octave segfaulted on some really weird input i gave it. is that a real bug or my fault for weird input?",
  [["bug"], ["never crash"]],
  ["If Octave gets a fatal signal, for any input whatever, that is a bug. Reliable"])
a(D, "the range operator gives me slightly different numbers on my mac than on the linux server. bug?",
  [["floating point"]],
  ["different results because of differences in the way floating point arithmetic is",
   "Some output may appear to be incorrect when it is in fact due to a program"])
a(D, "Octave happily accepted some input that I'm pretty sure is invalid, no error at all. Does that count as a bug?",
  [["bug"], ["extension"]],
  ["If Octave does not produce an error message for invalid input, that is a bug."])
a(D, "where do octave bug reports go? thinking of posting mine on help-octave",
  [["bugs.octave.org", "bug tracker"], ["not", "Do not"]],
  ["To report a bug in Octave, submit a bug report to the Octave bug tracker https://",
   "Most users of Octave do not want to"])
a(D, "got a patch for octave that fixes two unrelated problems, fine to send as one?",
  [["individually", "separately"]],
  ["If you make two changes for separate reasons, then we might not want to install",
   "them both. We might want to install just one."])
a(D, "what diff format does the octave manual want for patches? unified is the best one right",
  [["diff -c", "-c"]],
  ["whether we want to install them. Unified diff format is better than contextless",
   "to make your diffs. Diffs without context are hard for us to install"])
a(D, "I'm adding a brand new function in my patch. Do I need to explain why it exists in the change log entry?",
  [["new"], ["comments"]],
  ["need not explain its purpose. Thus, if you add a new function, all you need to say",
   "does—but the explanation will be much more useful if you put it in comments in"])
a(D, "i'd like my name in the change log header for my patch, how does that work",
  [["header line"]],
  ["If you would like your name to appear in the header line for who made the"])
a(D, "how do I join the octave help mailing list? can I just post 'please add me' to the list",
  [["help-request@octave.org"], ["not", "do not"]],
  ["Please do not send requests to be added or removed from the mailing list, or other",
   "and installing Octave. If would like to join the discussion, please send a short note to"])
a(D, "before i file my first octave bug report is there something i should read?",
  [["octave.org/bugs.html", "bugs.html"]],
  ["bugs.octave.org. But before you submit a bug report, please read https://",
   "www.octave.org/bugs.html to learn how to submit a useful bug report."])

# ---------------------------------------------------------------- abstain
NEAR = [
    "whats the default bantime in fail2ban, is it 10 minutes?",
    "i think i found a security hole in fail2ban itself, is there a private security email to report it to?",
    "when is fail2ban 1.1 coming out?",
    "how do i get fail2ban to send me an email every time it bans an ip?",
    "is there an official fail2ban discord server or irc channel?",
    "how do I get commit/push access to the weechat repo on github?",
    "any news on when weechat 4.0 gets released?",
    "whats the exact channel name on libera where the weechat devs hang out?",
    "does weechat have a code of conduct for contributors?",
    "is there a minimum amount to donate to weechat, and do you get a receipt for taxes?",
    "Does xarray have a code of conduct, and who do I report a violation to?",
    "what time does the xarray dev meeting start and in what timezone?",
    "how does someone become an xarray core team member with merge rights?",
    "how often does xarray put out a release, monthly?",
    "is there an xarray sprint at scipy 2023 and how do i sign up for it?",
    "how can my script tell whether it's running in octave or in matlab?",
    "how do I install the statistics package from Octave Forge?",
    "whats the bibtex entry to cite octave in my thesis?",
    "is there a phone number i can call to donate to octave by credit card?",
    "when is octave 8 coming out?",
    "does octave have a security team i can report a vulnerability to privately?",
]
OFF = [
    "whats a good recipe for banana bread",
    "who won the football world cup in 2018?",
    "can u recommend a mechanical keyboard under 100 bucks",
    "What's the boiling point of water at high altitude, like in Denver?",
    "translate 'good morning' into japanese pls",
    "how far is the moon from earth",
    "any good sci-fi movies out rn?",
]

assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
n = 1
for c in A:
    rows.append({'id': f'M47{n:03d}', 'doc': c['doc'], 'q': c['q'], 'expect': 'answer',
                 'facts': c['facts'], 'evidence': c['evidence']})
    n += 1
for q in NEAR + OFF:
    rows.append({'id': f'M47{n:03d}', 'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})
    n += 1
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(len(rows), 'questions')
