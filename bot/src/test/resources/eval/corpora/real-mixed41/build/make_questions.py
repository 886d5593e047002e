#!/usr/bin/env python3
"""Write questions.jsonl for real-mixed41 (ids M41001...). Run build/check.py afterwards."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
UL, BO, GN, BL = "utillinux-contrib", "borg-support-dev", "gnupg-hacking", "black-policies"
Q = []
def a(doc, q, facts, evidence):
    Q.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": evidence})
def x(q):
    Q.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})

# ---------------- util-linux ----------------
a(UL, "how do i send a patch to util-linux? is it mailing list only or do they take github PRs too",
  [["mailing list"], ["pull request"]],
  ["send your patches to the mailing list (see ../README) or by github.com pull request."])
a(UL, "can I just attach the .patch file to my email for util-linux or is that a problem",
  [["not recommended", "difficult to review"]],
  ["email attachments are difficult to review and not recommended."])
a(UL, "I've got 5 unrelated fixes for util-linux (compiler warnings, exit codes, an #endif thing). one big patch or what?",
  [["many small patches", "small patches are preferred", "individual small patches"]],
  ["many small patches are preferred over a single large patch.",
   "and exit code fixes should all be individual small patches."])
a(UL, "i fixed a bunch of german translations in util-linux, can i put the po/ changes in my patch?",
  [["translationproject.org", "Translation Project"]],
  ["don't include po/ (translations) changes to the upstream patches."])
a(UL, "where can I download the official util-linux .deb or RPM packages from the util-linux project itself? cant find the link",
  [["not provided"], ["distribution"]],
  ["Packages like RPMs, DEBs, and the rest, are not provided.",
   "They should be available from the distribution."])
a(UL, "util-linux has a kernel.org repo and a github one... which one should I use for development?",
  [["github.com", "github"]],
  ["It's recommended to use github.com for development."])
a(UL, "what is the 'next' branch in the util-linux github repo for?",
  [["frozen"], ["rc", "release candidate"]],
  ["optionally used when master branch is frozen due to -rcN releases"])
a(UL, "my util-linux patch isnt ready to be merged yet, i only want ppl to reveiw it. how do i mark that",
  [["PATCH RFC"]],
  ["To post a patch for peer review only, state it clearly in the email and use"])
a(UL, "whats the subject prefix when I resend a util-linux patch after review comments??",
  [["PATCH v2"]],
  ["When resubmitting use the email Subject: [PATCH v2]"])
a(UL, "the util-linux maintainer rejected my patch set. if i just send it again a few weeks later will they maybe take it?",
  [["pointless"]],
  ["If the maintainer rejects a patch set it is pointless to resubmit it."])
a(UL, "can i send util-linux patches under my online nickname instead of my real name? privacy reasons",
  [["real name"], ["no pseudonyms", "pseudonyms"]],
  ["Use your real name (sorry, no pseudonyms or anonymous contributions.)"])
a(UL, "when i sign off a util-linux patch, how long do they keep the record of my contribution and my personal info?",
  [["indefinitely"]],
  ["all personal information I submit with it, including my sign-off) is maintained indefinitely"])
a(UL, "what coding style is util-linux code supposed to follow?",
  [["linux kernel coding-style", "linux kernel"]],
  ["the preferred coding style is based on the linux kernel coding-style."])
a(UL, "for a new util-linux tool I'd like -V to mean verbose. allowed?",
  [["version"]],
  ["The following options are well-known, and should not be used for any other purpose:"])
a(UL, "my util-linux patch needs a kernel feature that is only in linux-next for now, not in Linus' tree. will it be accepted?",
  [["not accepted"]],
  ["patches relying on kernel features that are not in Linus Torvalds's tree are not accepted."])
a(UL, "I want to add a new short option to logger in util-linux. anything special since its a posix/open group command?",
  [["not recommended"], ["long options"]],
  ["it is not recommended to add short command line options before they are part of the standard.",
   "Introducing new long options is acceptable."])
a(UL, "how often does util-linux do a new release?",
  [["twice per year"]],
  ["The minor version is incremented roughly twice per year."])
a(UL, "util-linux is at rc2 right now, can I still get a small new feature merged before the release?",
  [["translations, fatal/trivial bug fixes", "fatal/trivial bug fixes"]],
  ["During the test period changes to the code base are restricted.",
   "rc2 1-2 weeks translations, fatal/trivial bug fixes"])
a(UL, "pg was removed from util-linux already right? what am I supposed to use now",
  [["less(1) or more(1)", "less"], ["backward compatibility", "maintenance mode"]],
  ["All deprecated utils are in maintenance mode and we keep them in source tree for backward compatibility only.",
   "What: pg(1) command Why: use less(1) or more(1)"])
a(UL, "why is losetup -s deprecated? what should scripts use instead",
  [["Loop-AES"], ["--show"]],
  ["the option -s is in collision with the Loop-AES losetup dialect that is used"])

# ---------------- Borg ----------------
a(BO, "does borg have paid support or is it community only?",
  [["borgbackup.org"], ["paid"]],
  ["for free and paid support and service options."])
a(BO, "think I found a security hole in borg. should I open a github issue or who do I contact",
  [["Thomas Waldmann", "tw@waldmann-edv.de"], ["privately"]],
  ["In case you discover a security issue, please use this contact for reporting it privately"])
a(BO, "can i just search the keyserver with the short key id to get the borg signing key?",
  [["full fingerprint"]],
  ["you must use the full fingerprint to check that you got the correct key."])
a(BO, "how do I check that the borg-linux64 binary I downloaded is legit?",
  [[".asc"], ["gpg --verify"]],
  ["Releases are signed with the same GPG key and a .asc file is provided for each binary."])
a(BO, "verifying borg gave me 'WARNING: This key is not certified with a trusted signature!' - is the download broken??",
  [["another channel", "trust-level"]],
  ["you need to verify it via another channel and assign a trust-level to it."])
a(BO, "I fixed a bug that shows up in borg 1.2, so I should open my PR against the 1.2-maint branch like usual, right?",
  [["master"]],
  ["Most PRs should be filed against the master branch.",
   "Only if an issue affects only a particular maintenance branch a PR should be filed against it directly."])
a(BO, "already pushed my borg PR and someone is reviewing it, now I spotted a mistake. amend + force push?",
  [["fixup commit"]],
  ["If there are ongoing reviews: do a fixup commit you can squash into the bad commit later."])
a(BO, "can I throw some formatting cleanups into the same changeset as my bugfix for borg?",
  [["style changes mixed with functional changes"]],
  ["Do not do style changes mixed with functional changes."])
a(BO, "I don't have (and don't want) a github account. any way to contribute to borg?",
  [["mailing list"]],
  ["you can send smaller patches via the borgbackup mailing list to the maintainers"])
a(BO, "what kinds of borg changes get backported to the maintenance branches?",
  [["Security fixes"], ["Data loss"]],
  ["Changes that are typically considered for backporting:", "Data loss, corruption and inaccessibility fixes."])
a(BO, "when backporting to a borg maint branch with cherry-pick I hit a conflict. after resolving, do I git commit?",
  [["cherry-pick --continue"]],
  ["stage conflict resolutions and run git cherry-pick --continue"])
a(BO, "until which release did borg use the merge upwards model?",
  [["1.0.10"]],
  ["Previously (until release 1.0.10) Borg used a \"merge upwards\" model"])
a(BO, "borg follows pep8 so my lines have to stay under 79 chars right?",
  [["120"]],
  ["We generally follow pep8, with 120 columns instead of 79."])
a(BO, "where do the windows builds of borg run in CI",
  [["AppVeyor"]],
  ["Windows builds run on AppVeyor, while additional Unix-like platforms are tested on Golem."])
a(BO, "I'm adding a Y/N confirmation question to borg - should I use logger.info for it?",
  [["stderr"]],
  ["When directly talking to the user (e.g. Y/N questions), do not use logging,"])
a(BO, "do I need root to run the borg test suite?",
  [["fakeroot"]],
  ["To run all the tests, you need to have fakeroot installed."])
a(BO, "I'd like to add a new compression algorithm to borg, where should I propose it",
  [["1633"]],
  ["If you want to add a new compression algorithm, please refer to issue #1633"])
a(BO, "my borg PR adds a new command line flag. do I have to regenerate the usage docs and man pages in the PR?",
  [["not necessary"]],
  ["so it is generally not necessary to update these when submitting patches"])
a(BO, "how do I get the built borg.exe out of the vagrant VM? there's no sync back",
  [["vagrant-scp", "vagrant scp"]],
  ["The plugin vagrant-scp is useful to copy stuff from the VMs to the host."])
a(BO, "where do the borg devs announce a new release?",
  [["Mailing list"], ["Twitter"], ["IRC"]],
  ["Announce on: Mailing list. Twitter. IRC channel (change /topic)."])

# ---------------- GnuPG ----------------
a(GN, "Where do I add my entry in the GnuPG ChangeLog file when I send a patch?",
  [["Do not modify"], ["commit log"]],
  ["Do not modify any of the ChangeLog files in GnuPG.",
   "we put change information only in the GIT commit log"])
a(GN, "how should a gnupg commit message be laid out?",
  [["one-line summary"], ["blank"]],
  ["Your commit log should always start with a one-line summary, the second line should be blank,"])
a(GN, "whats the max line length in a gnupg commit message",
  [["72"]],
  ["keep the maximum line length at 72 or smaller"])
a(GN, "I want a note in my gnupg commit message that should NOT end up in the generated ChangeLog. how?",
  [["two dashes"]],
  ["separate it by a line consisting of two dashes at the begin of a line."])
a(GN, "just fixing a typo in a comment in gnupg - does that need a ChangeLog entry?",
  [["don't need a ChangeLog entry", "don't need"]],
  ["Typo fixes and documentation updates don't need a ChangeLog entry;"])
a(GN, "my commit touches both scdaemon and the windows code, how do I write the keyword at the start of the summary line",
  [["comma"], ["scd,w32"]],
  ["If more than one keyword is required the are delimited by a comma"])
a(GN, "I have some code under GPLv2-only that I'd like to contribute to GnuPG, is that OK?",
  [["GPLv2(only)", "can't accept"]],
  ["for example we can't accept code under the GPLv2(only)."])
a(GN, "do I need to sign FSF copyright assignment papers before my first gnupg contribution?",
  [["2013-03-29"], ["DCO", "Developer's Certificate of Origin"]],
  ["this policy has been relaxed on 2013-03-29.",
   "It is now also possible to contribute code by asserting that the contribution is in accordance"])
a(GN, "is the DCO gnupg uses the same as the linux kernel one?",
  [["slight wording change", "identical"]],
  ["this DCO is identical to the one used by the Linux kernel."])
a(GN, "can I contribute to gnupg anonymously?",
  [["proxy"]],
  ["Anonymous contributions can only be done if you find a proxy who certifies for you."])
a(GN, "i write C at my day job and want to send gnupg patches on the side, anything to check first?",
  [["employer"]],
  ["If your employer or school might claim ownership of code written by you;"])
a(GN, "where do I send my signed DCO for gnupg and does it need to be signed with openpgp",
  [["gnupg-devel@gnupg.org", "gnupg-devel"], ["OpenPGP signed", "signed"]],
  ["Send an OpenPGP signed mail to the gnupg-devel@gnupg.org mailing list from your mail address."])
a(GN, "the indentation in a gnupg file is a mess, can I reindent it in the same commit as my bugfix?",
  [["separate commit"]],
  ["If you really need to do it, use a separate commit for such a change."])
a(GN, "are // comments ok in gnupg C code?",
  [["do not use C++ // style comments", "do not use"]],
  ["Please do not use C++ // style comments."])
a(GN, "in gnupg code should i call free() to release memory?",
  [["xfree"]],
  ["Always use xfree() instead of free()."])
a(GN, "should static variables be explicitly initialised to 0 in gnupg?",
  [["Never"], ["BSS"]],
  ["Never init static or file local variables to 0 to make sure they end up in BSS."])
a(GN, "can I just use the libc asprintf in gnupg code?",
  [["gpgrt_asprintf", "es_asprintf"]],
  ["Please use them always and do not resort to those provided by libc."])
a(GN, "gnupg 2.x: is uint8_t from stdint.h allowed?",
  [["do not use int8_t or uint8_t", "not"]],
  ["But do not use int8_t or uint8_t."])
a(GN, "can I use C99 variadic macros in a patch for the old gnupg 1.4 branch?",
  [["not in 1.4"]],
  ["In GnuPG 2.x, but not in 1.4 and not in most libraries, a limited"])
a(GN, "how do I reference a Debian bug number in a gnupg commit?",
  [["Debian-bug-id"]],
  ["Same as above but from the Debian bug tracker."])
a(GN, "what system do the gnupg folks recommend for building the windows installer?",
  [["Debian"]],
  ["Your best bet is to use a decent Debian System for development."])

# ---------------- Black ----------------
a(BL, "how configurable is black? like can I set indent size and quote style etc",
  [["gofmt"], ["not very"]],
  ["Black is about as configurable as gofmt (which is to say, not very)."])
a(BL, "I just don't like how black formats my dicts. if I open a feature request for an option, will they add it?",
  [["unlikely to get accepted", "unlikely"]],
  ["Such changes are unlikely to get accepted."])
a(BL, "if we pin black ~= 23.0 will the formatting of our already formatted code change during 2023?",
  [["same calendar year"], ["unchanged"]],
  ["using any other release in the same calendar year."])
a(BL, "so black can change its stable style in any release whenever they feel like it?",
  [["first release in a new calendar year"]],
  ["The first release in a new calendar year may contain formatting changes, although"])
a(BL, "does the stability policy apply when I run black with --preview?",
  [["exempt"], ["no guarantees"]],
  ["flag is exempt from this policy. There are no guarantees around the"])
a(BL, "could a mid-year black release change the output for code that was never formatted with black before?",
  [["rare cases"]],
  ["In rare cases, we may make changes affecting code that has not been previously"])
a(BL, "how does someone get triage permissions on the black repo?",
  [["contribute enough", "long enough time"]],
  ["you may even be given Triage permissions!"])
a(BL, "what does triaging an issue on black actually involve?",
  [["confirm bugs"], ["link related issues", "identify what type"]],
  ["To triage is to identify, organize, and kickstart the issue's journey"])
a(BL, "a bug report on black has no reproduction yet, which status label goes on it?",
  [["S: needs repro"]],
  ["a functional reproduction may be still needed (and therefore should be marked with"])
a(BL, "why don't documentation issues on black get the S: accepted label?",
  [["less likely to be rejected"]],
  ["documentation issues don't use the S: accepted label currently since they're less likely"])
a(BL, "my black PR just fixes a typo, do I really need a changelog entry??",
  [["skip news"]],
  ["for PRs that are trivial and don't need a CHANGELOG entry"])
a(BL, "what permission do you need to edit the GitHub Projects used by black?",
  [["Write repository permission level or higher", "Write"]],
  ["To modify GitHub Projects you need the Write repository permission level or"])
a(BL, "if a black issue got closed as fixed does that mean the fix is already released on pypi?",
  [["doesn't necessarily mean they've been released", "not necessarily"]],
  ["we close issues as soon as they're fixed in the main branch.",
   "This doesn't necessarily mean they've been released yet."])
a(BL, "a design discussion on the black tracker got really heated. can a triager close and lock it?",
  [["closing and locking is acceptable", "locking"]],
  ["If such an issue turns heated, closing and locking is acceptable if it's severe enough"])
a(BL, "black's output gives me flake8 E203 warnings, is that a bug in black??",
  [["not PEP 8 compliant"], ["ignore"]],
  ["E203 is not PEP 8 compliant, you should tell Flake8 to ignore these warnings"])
a(BL, "black keeps exploding my short list one item per line bc of a trailing comma, can I turn that off?",
  [["skip-magic-trailing-comma"]],
  ["Now a trailing comma tells Black to always explode the expression.",
   "including the ability to skip this functionality with the"])
a(BL, "how often does black put out a release?",
  [["1-2 months"]],
  ["We aim to release whatever is on main every 1-2 months."])
a(BL, "we already had a black release this month but a nice bugfix got merged, can we do another release?",
  [["one release per month"], ["serious regression"]],
  ["Unless there is a serious regression or bug that requires immediate patching, there"])
a(BL, "black uses semver right? so going to a new major number means breaking changes?",
  [["CalVer"], ["YY.M.N"]],
  ["Black follows the CalVer versioning standard using the YY.M.N format"])
a(BL, "after a black release people started reporting a regression, should we push a hotfix release straight away?",
  [["serious and impact many users"], ["probably unnecessary"]],
  ["they don't automatically mean a hotfix release is warranted.",
   "Unless the regressions are serious and impact many users, a hotfix release is probably unnecessary."])

# ---------------- near misses ----------------
x("how long is a util-linux stable/* branch maintained after a release? like how many stable updates does 2.38 get")
x("who is the main maintainer of util-linux, what's their name?")
x("when will pg and line be removed for good from util-linux? which version")
x("what licence is util-linux released under, GPL-2.0 or something else?")
x("what's the process for reporting a security vulnerability in util-linux privately?")
x("roughly how long does it take for a util-linux patch to get reviewed after I send it?")
x("how much does paid borg support cost per year?")
x("when does borg 1.1 reach end of life / how long is 1.1-maint supported?")
x("does borg pay a bug bounty for security reports?")
x("what's the name of borg's IRC channel and which network is it on?")
x("how many approving reviews does a borg pull request need before it can be merged?")
x("how long does a gnupg patch usually wait for review?")
x("how do I report a security vulnerability in GnuPG privately, is there a security contact or key?")
x("which gnupg versions are still supported, when is 2.2 end of life?")
x("which minimum autoconf and automake versions do I need to build gnupg from the git repo?")
x("how many maintainers does black have and who is on the core team?")
x("what's black's default line length?")
x("does black still support formatting python 2 code?")
x("which platforms do black's mypyc compiled wheels support?")
x("how long does a black issue stay at S: awaiting response before it gets closed automatically?")
x("does black have a code of conduct for contributors?")

# ---------------- off-topic ----------------
x("anyone got a good sourdough starter recipe? mine keeps dying")
x("what's the weather gonna be like in Berlin this weekend")
x("which GPU should i buy for gaming under 400 dollars")
x("who won the 2018 football world cup?")
x("can someone recommend a quiet mechanical keyboard for the office")
x("how do I stop my cat scratching the sofa pls")
x("what's a quick way to convert celsius to fahrenheit in my head")

with open(os.path.join(ROOT, "questions.jsonl"), "w", encoding="utf-8") as f:
    for i, q in enumerate(Q, 1):
        rec = {"id": f"M41{i:03d}", **q}
        f.write(json.dumps(rec, ensure_ascii=False) + "\n")
print(len(Q), "questions written")
