#!/usr/bin/env python3
"""Write questions.jsonl (M46001-M46108) for new-real46."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = []  # (doc, q, facts, evidence)

def a(doc, q, facts, evidence):
    A.append((doc, q, facts, evidence))

# ---------------- zsh-dev (plain text, one line per evidence) ----------------
Z = 'zsh-dev'
a(Z, "who actually wrote zsh in the first place? i always assumed it came out of the GNU project",
  [["Paul Falstad"]],
  ["Zsh was originally written by Paul Falstad. Zsh is now maintained by"])
a(Z, "Is there a company behind zsh or who develops it these days?",
  [["Zsh Development Group", "zsh-workers"]],
  ["Zsh is currently developed and maintained by the Zsh Development Group."])
a(Z, "wanna clone the zsh source, is the main repo on github?",
  [["Sourceforge", "SourceForge"], ["Git"]],
  ["The up-to-date source code is available via Git from Sourceforge."])
a(Z, "think i found a security hole in zsh... should i just post it on zsh-workers so the devs see it asap?",
  [["zsh-security@zsh.org", "zsh-security"]],
  ["If you find a security problem in zsh itself, please mail this address.",
   "Private mailing list (the general public cannot subscribe to it) for discussing"])
a(Z, "do i really have to sub to zsh-announce, zsh-users AND zsh-workers to get everything? thats a lot of mail",
  [["only need to join one"]],
  ["YOU ONLY NEED TO JOIN ONE OF THE MAILING LISTS AS THEY ARE NESTED."])
a(Z, "I've tried three times to unsubscribe from zsh-users and it keeps failing. Who do I write to?",
  [["listmaster@zsh.org"]],
  ["If you have problems subscribing/unsubscribing to any of the mailing"])
a(Z, "is there an official zsh faq and who keeps it up to date?",
  [["Peter Stephenson"]],
  ["Zsh has a list of Frequently Asked Questions (FAQ), maintained by",
   "The latest version can be found at any of the Zsh FTP sites, or at"])
a(Z, "the zsh man pages are kinda cryptic lol. is there a user guide, and is it finished?",
  [["in preparation"], ["startup files", "completion system"]],
  ["A userguide is currently in preparation. It is intended to complement the",
   "dealing with startup files and their contents and the new completion system"])
a(Z, "trying to build zsh from git on an old box that only has autoconf 2.13, will that work?",
  [["2.50"]],
  ["* GNU autoconf, version 2.50 or later. This version contained"])
a(Z, "Should I email my zsh patch straight to the maintainer so it doesn't get buried on the list?",
  [["mailing list"]],
  ["* Send all patches to the mailing list rather than directly to me."])
a(Z, "what diff format do the zsh people want? and should the paths in the header be init.c or Src/init.c",
  [["context diffs", "diff -c", "unified diffs", "diff -u"], ["Src/init.c"]],
  ["* Send only context diffs \"diff -c oldfile newfile\" or unified diffs",
   "are relative to the top-level directory of the zsh distribution; for"])
a(Z, "i've got 3 small unrelated fixes, ok if i bundle them into one email to save everyone time?",
  [["one patch per mail message", "one bug fix or feature enhancement in a single patch"]],
  ["* Please put only one bug fix or feature enhancement in a single patch and",
   "only one patch per mail message. This helps me to multiplex the many"])
a(Z, "How should the Subject line look when I send a series of patches to the list?",
  [["[PATCH n/m]"]],
  ["* By convention, patches should be sent with a Subject: line starting with"])
a(Z, "someone told me zsh commit messages have to start with the github issue number, where do i find that?",
  [["sequence number"], ["X-Seq"]],
  ["archives and version control history, commit messages should start with",
   "server and inserted as an X-Seq: header field in the e-mail."])
a(Z, "do I push the ChangeLog entry as its own separate commit afterwards?",
  [["amend"]],
  ["a commit to the master repository. Don't create a separate change for",
   "* An entry in the ChangeLog file should be added manually before pushing"])
a(Z, "finished my feature branch - fine to just merge it into master with a normal merge commit?",
  [["linear history"]],
  ["* Do not merge your private feature branches onto the master branch: a"])
a(Z, "why does the zsh dev guide say git pull --rebase and not a plain git pull?",
  [["unnecessary merges", "replaying your changes"]],
  ["in files also modified by you are handled by replaying your changes",
   "\"git pull --rebase\" ensures your local branch is up to date, needed"])
a(Z, "how do I run the zsh test suite? does it run as part of make install?",
  [["make check"]],
  ["installation. To run the tests, go to Test and `make check'. Please"])
a(Z, "spotted a typo in the zsh man page, can i just edit the .1 file directly and send that?",
  [[".yo files", ".yo"]],
  ["* Edit only the .yo files. All other formats (man pages, TeXinfo, HTML,"])
a(Z, "can I make a zsh release from a tarball I downloaded or does it have to be from git?",
  [["git checkout"]],
  ["Because of the way DISTFILES_SRC is constructed it is only possible"])

# ---------------- graphicsmagick (HTML) ----------------
G = 'graphicsmagick'
a(G, "when did graphicsmagick fork off imagemagick, and which imagemagick version was it based on?",
  [["November, 2002", "2002"], ["5.5.2"]],
  ["In November, 2002, the GraphicsMagick project was formed as a branch from ImageMagick 5.5.2."])
a(G, "was the GraphicsMagick fork because of some licensing fight with ImageMagick?",
  [["interfaces often changed between releases", "ABI stability", "stable"]],
  ["since the ImageMagick interfaces often changed between releases, and there was no concept of shared library ABI stability",
   "The project was formed in order to develop a more \"stable\" form of ImageMagick"])
a(G, "does gm care more about shiny new features or fixing bugs?",
  [["Prioritize bug-fixes over new feature enhancements", "bug-fixes"]],
  ["Use a release process which assures a working product. Prioritize bug-fixes over new feature enhancements."])
a(G, "what version control does graphicsmagick use, git like everyone else?",
  [["Mercurial"]],
  ["Source Control - Source control is important. We use Mercurial."])
a(G, "How many phases does the GM development process have, and do they always do a beta?",
  [["Four", "four"], ["usually skipped"]],
  ["Four major development phases have been identified. These are the feature development phase, snapshot phase, beta phase, and release phase."])
a(G, "about to commit to hg tip during feature dev, what does my change need to pass first?",
  [["at least one architecture"], ["make distcheck", "test suite"]],
  ["Before updates are committed to Mercurial, they should be proven to compile on at least one architecture and pass the test suite"])
a(G, "how are GM snapshot builds labelled? do they get a tag in the repo?",
  [["date of the snapshot"], ["no Mercurial branching or tagging"]],
  ["Snapshot packages are identified by the date of the snapshot, and no Mercurial branching or tagging is performed to support the snapshot."])
a(G, "what do the test results need to look like before GM leaves the snapshot phase?",
  [["100%"], ["Q:8 and Q:16"], ["three operating environments"]],
  ["The test suite must show 100% completion for Q:8 and Q:16 quantum depths on at least three operating environments."])
a(G, "and for an actual final release, which quantum depths have to pass?",
  [["Q:32"]],
  ["The test suite must show 100% completion for Q:8, Q:16, and Q:32 quantum depths on at least three operating environments."])
a(G, "at what point in the GM process does the release branch get created?",
  [["beta phase"]],
  ["As the first step of entering the beta phase, a release branch is created off of the trunk to support change sets for the release."])
a(G, "if a GM release tarball turns out broken can they just re-upload it under the same version number?",
  [["new release number", "only be used once"]],
  ["If a problem is discovered with the release package, a new release number is assigned to support the corrected release package."])
a(G, "why do some graphicsmagick versions look like 1.3 and others like 1.3.40?",
  [["two-digit"], ["three-digit"]],
  ["The initial release on a release branch has a two-digit (i.e. X.X) release designation.",
   "Bug-fix releases have a three-digit (i.e. X.X.X) release designation. A release designation may only be used once."])
a(G, "I've maintained a couple of big open source libs and would love to join the GraphicsMagick Group properly. How does that work?",
  [["majority vote"], ["Bob Friesenhahn"]],
  ["Becoming a member of the GraphicsMagick Group requires a majority vote from existing members."])
a(G, "i've got a pile of weird old unix boxes (irix, hp-ux) in my garage. any way that's useful to gm?",
  [["test builds on unusual systems"]],
  ["Perform test builds on unusual systems and report the results."])
a(G, "is there anything gentoo related the gm folks want help with?",
  [["formal maintainer"], ["Portage"]],
  ["Act as formal maintainer for the Gentoo Linux GraphicsMagick ebuild so that it is added back to Portage."])
a(G, "coworker says gm is just an image tool so we dont need to think about security for user uploads. true?",
  [["very important consideration"], ["arbitrary code"]],
  ["Although GraphicsMagick is image processing software, security is a very important consideration for GraphicsMagick."])
a(G, "Found a nasty security bug in GraphicsMagick. Can I just file it on the SourceForge tracker like a normal bug?",
  [["'private'", "private"]],
  ["Please remember to set the bug to 'private' if you use the bug tracker or else someone may aquire a zero-day exploit from your report."])
a(G, "does gm keep security fixes under embargo for a while before things go public?",
  [["as soon as we commit a fix"]],
  ["the issue will become public knowledge as soon as we commit a fix to the source code repository"])
a(G, "we run an upload server that pipes images through gm. which env var limits it to the well-supported formats, and does that also stop it fetching urls?",
  [["MAGICK_CODER_STABILITY"], ["http and ftp URLs"]],
  ["Consider using the MAGICK_CODER_STABILITY environment variable to constrain the supported file formats to the subsets selected by PRIMARY or STABLE"])
a(G, "gm keeps refusing my photoshop psd files, am i doing something wrong?",
  [["disabled by default"]],
  ["The PSD reader is disabled by default because it does not work well enough"])

# ---------------- statsmodels-dev (DOCX) ----------------
S = 'statsmodels-dev'
a(S, "first time reporting a statsmodels bug, what do they want me to include?",
  [["self-contained code snippet"], ["sm.version.full_version", "sm.show_versions()", "version"]],
  ["Include a short, self-contained code snippet that reproduces the problem"])
a(S, "how long can the subject line of my commit be? is 100 chars ok?",
  [["80 characters"]],
  ["This means a subject line of less than 80 characters, and, if necessary, a blank line followed by a commit message body."])
a(S, "it's literally a two line fix, do i really have to add tests to the PR?",
  [["must always include tests"]],
  ["Code submissions must always include tests. See our notes on Testing."])
a(S, "statsmodels uses google-style docstrings right? just want to match the house style",
  [["numpy docstring standard"]],
  ["Each function, class, method, and attribute needs to be documented using docstrings. We conform to the numpy docstring standard."])
a(S, "I added a new model. Apart from the code and tests, what else do I need to update?",
  [["docs/source", "documentation"], ["release notes", "versionX.X.rst"]],
  ["If you are adding new functionality, you need to add it to the documentation by editing (or creating) the appropriate file in docs/source.",
   "Finally, please add your changes to the release notes. Open the docs/source/release/versionX.X.rst file"])
a(S, "the full test suite takes forever on my laptop, do i have to run it all locally before opening a PR?",
  [["let the bot check"]],
  ["The easiest way to do this is to make a pull request and let the bot check for you."])
a(S, "can I just put two unrelated fixes on the same branch and send one PR?",
  [["One branch. One feature.", "single new feature or bugfix"]],
  ["Each branch must be self-contained, with a single new feature or bugfix."])
a(S, "what style guide does statsmodels follow, and how do I lint only the lines I changed?",
  [["PEP8"], ["flake8"]],
  ["Follow PEP8 style guidelines wherever possible. Compare your code to what"])
a(S, "statsmodels is GPL isn't it? legal at work wants to know before we ship",
  [["BSD"]],
  ["License statsmodels is released under the Modified (3-clause) BSD license."])
a(S, "new here and want something small to work on, any pointers on where to find stuff?",
  [["TODO"], ["700"]],
  ["This shows almost 700 TODOs in the code base right now."])
a(S, "what's the long term plan for all the code in the sandbox?",
  [["remove the sandbox folder"]],
  ["The medium term goal is to move much of this to feature branches as it gets worked on and remove the sandbox folder."])
a(S, "just got push rights to the main repo. anything special about how i should set up the remote?",
  [["upstream-rw", "read-write"]],
  ["It is recommended to name the upstream remote something to remind you that it is read-write"])
a(S, "As a maintainer, when should I rebase a contributor's branch and when should I merge it?",
  [["few commits"], ["long series of related commits"]],
  ["If there are only a few commits, you can rebase to keep a linear history",
   "If there is a long series of related commits, then you"])
a(S, "rebased a PR onto main and pushed it, but github still shows the PR as open?? did something break",
  [["will not automatically close"]],
  ["Rebasing will not automatically close the pull request however, if there is one, so do not forget to do this."])
a(S, "why would i ever use --no-ff, isn't the default fast-forward merge fine?",
  [["lost in the history"], ["long-lived feature branch", "iterative workflow"]],
  ["The fast-forward merge does not create a merge commit. This means that the existence of the feature branch is lost in the history."])
a(S, "merging someone's PR by hand from my local copy - what should the merge message say so the PR closes?",
  [["Closes gh-XXX"]],
  ["Edit the merge message. Add a short explanation of what the branch did along with a"])
a(S, "During a release, when do we start a maintenance branch, and where do bug fixes for the next micro release get committed?",
  [["new minor release"], ["against main"]],
  ["If on a new minor release (major.minor.micro format) start a new maintenance branch, for example:",
   "Any bug fixes and maintenance commits intended for the next micro release should be made against main as usual"])
a(S, "what prefix goes on a commit that only touches docs? and one that's just a refactor?",
  [["DOC"], ["REF"]],
  ["Prefix commit messages in the main branch of the main shared repository with the following:"])
a(S, "my data has NaNs all over and the model fit blows up. is there an option for missing values?",
  [["missing keyword argument", "missing"]],
  ["Missing data can be handled via the missing keyword argument. Every model takes this keyword."])
a(S, "my question isn't covered in the statsmodels faq, where am I supposed to ask?",
  [["stackoverflow"], ["mailing list", "FAQ issues tag"]],
  ["If not, please ask your question on stackoverflow using the statsmodels tag or on the mailing list."])

# ---------------- bottle-dev (PDF, one line per evidence) ----------------
B = 'bottle-dev'
a(B, "who is the bottle developer notes page actually written for?",
  [["developers and package maintainers"]],
  ["This document is intended for developers and package maintainers interested in the bottle"])
a(B, "do i need a google account to join the bottle mailing list? and how do i join",
  [["bottlepy+subscribe@googlegroups.com"], ["no google account required"]],
  ["Mailing list: Join our mailing list by sending an email to"])
a(B, "where's bottle's issue tracker, bitbucket?",
  [["github"]],
  ["The bottle development repository and the issue tracker are both hosted at github."])
a(B, "Does bottle have a fixed release schedule, like every six months?",
  [["irregular intervals"]],
  ["Bottle is released at irregular intervals and distributed through PyPI. Release candidates and"])
a(B, "can i pip install a bottle release candidate to try it out?",
  [["git repository"]],
  ["bugfix-revisions of outdated releases are only available from the git repository mentioned"])
a(B, "we're stuck on an older bottle minor version at work. will critical bugs still get fixed there, and what about non-critical ones?",
  [["two latest minor releases"], ["not guaranteed"]],
  ["are fixed in at least the two latest minor releases and announced in all available channels",
   "(mailinglist, twitter, github). Non-critical bugs or features are not guaranteed to be"])
a(B, "how painful is a bottle major release (x.0) going to be for my app, and how often do they happen?",
  [["break backward compatibility"], ["very rare"]],
  ["have to work over your entire application to use a new release."])
a(B, "why is there no bottle 0.7? did it get pulled?",
  [["0.8"]],
  ["is 0.8, which will break backward compatibility hard. (This is why 0.7"])
a(B, "new bottle revision release (x.y.z) is out - safe to update, or should i wait a bit?",
  [["safely update"], ["security fixes"]],
  ["do not change the API or behaviour. You can safely update without",
   "editing your application code. In fact, you really should as soon as"])
a(B, "the bottle rc is 'API stable' so i can run it in prod, right?",
  [["should not use these for production"]],
  ["officially released yet. You should not use these for production.",
   "These are API stable most of the time and open for testing, but not"])
a(B, "what's the master branch for in the bottle repo?",
  [["integration, testing and development"]],
  ["This is the integration, testing and development branch. All changes that are planned to be"])
a(B, "when does bottle branch off for a release, and what is that branch called?",
  [["release-x.y"], ["feature-frozen"]],
  ["As soon as the master branch is (almost) ready for a new release, it is branched into a new"])
a(B, "I want to fix a bug that affects both 0.11 and 0.12. Which branch should I base my work on?",
  [["release-x.y"], ["each affected release"]],
  ["branch release-x.y for each affected release. Please use a separate branch for each feature or"])
a(B, "packaging bottle for a distro - should i grab releases from the release branches or from tags?",
  [["trust the tags"]],
  ["specific release from the git repository, trust the tags, not the branches. A branch may contain"])
a(B, "sending a bugfix patch to bottle, what do they expect test-wise?",
  [["at least one test-case that triggers the bug"]],
  ["anything. If you fixed a bug, write at least one test-case that triggers the bug. Make"])
a(B, "what do i need installed to build the bottle docs myself?",
  [["Sphinx"]],
  ["You need a recent version of Sphinx to build the documentation. The recommended way is to"])
a(B, "pushed my feature branch to my fork. is a github pull request the preferred way to let you know?",
  [["mailing-list", "mailing list"], ["recommended"]],
  ["to send a pull-request using github. Another way would be to start a thread in the mailing-list,"])
a(B, "Is bottle a good choice for a big, complex app that needs an ORM, form validation and so on?",
  [["micro framework"], ["full-stack", "pylons", "paste"]],
  ["Bottle is a micro framework designed for prototyping and building small web applications and"])
a(B, "deployed under mod_wsgi and now i get Template Not Found even though the templates are right there. why?",
  [["absolute path"]],
  ["the working directory (./) depends on your Apache settings. You should add an absolute path"])
a(B, "my route /images/:filename won't match paths like icons/error.png with a slash in them, how do i fix that",
  [["custom regular pattern"]],
  ["In dynamic route syntax, a placeholder token (:name) matches everything up to the next slash."])

# ---------------- near misses (21) and off-topic (7) ----------------
NEAR = [
    "does zsh have a code of conduct for the mailing lists?",
    "What indentation does the zsh C source use, tabs or four spaces?",
    "any idea when zsh 5.10 is coming out?",
    "what licence is zsh under? need to know if it's GPL compatible for a distro",
    "how do I add a brand-new builtin command to a zsh module, which functions do I have to register?",
    "is there a zsh irc channel or matrix room i can hang out in? what's it called",
    "what's the minimum numpy version statsmodels 0.13 needs?",
    "When is statsmodels 0.14 planned to come out?",
    "who are the statsmodels core maintainers right now? want to ping someone about my PR",
    "how do i run just one test file of statsmodels with pytest, what's the exact command?",
    "is statsmodels on conda-forge and who looks after the feedstock?",
    "can I donate to statsmodels? is it a NumFOCUS project?",
    "which python versions does bottle 0.12 support, is 2.7 still ok?",
    "when's bottle 0.13 going to be released?",
    "found what looks like a security hole in bottle. is there a private security contact or email?",
    "what licence is bottle released under? MIT?",
    "does bottle have built-in websocket support or do i need a plugin?",
    "does graphicsmagick pay bug bounties for security reports? how much?",
    "when is GraphicsMagick 1.4 coming out?",
    "what's the fingerprint of the PGP key that signs GraphicsMagick releases?",
    "is the GraphicsMagick team doing a talk or a stand at FOSDEM this year?",
]
OFF = [
    "whats a good late night pizza place near the station rn",
    "How many moons does Jupiter have?",
    "can someone explain the offside rule in football pls",
    "what's the weather going to be like in Lisbon this weekend?",
    "how do i reset my discord password, got locked out",
    "Who wrote Pride and Prejudice?",
    "convert 72 fahrenheit to celsius",
]
assert len(A) == 80, len(A)
assert len(NEAR) == 21 and len(OFF) == 7
rows = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    rows.append({"id": f"M46{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    rows.append({"id": f"M46{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
with open(os.path.join(HERE, '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + '\n')
print(n, 'questions')
