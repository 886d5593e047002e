"""Writes questions.jsonl (hand-written questions; evidence copied from the extracted document text)."""
import json, pathlib
ROOT = pathlib.Path(__file__).resolve().parent.parent
Q = []
def a(doc, q, facts, evidence): Q.append(dict(doc=doc, q=q, expect='answer', facts=facts, evidence=evidence))
def n(q): Q.append(dict(doc=None, q=q, expect='abstain', facts=[], evidence=[]))
P, S, H, D = 'pma-security', 'scrapy-contrib', 'hypothesis-compat', 'dask-dev'
# ---- phpMyAdmin ----
a(P, "found what looks like a security hole in phpmyadmin, where do i send it?? dont want to post it publicly", [["security@phpmyadmin.net"]], ["contact the phpMyAdmin security team (security@phpmyadmin.net) in advance before publishing it"])
a(P, "if i report a vuln to the pma team do i get credited anywhere", [["credit"]], ["You will be also given credit in our security announcement."])
a(P, "Can I encrypt my vulnerability report to phpMyAdmin? Which PGP key ID should I use?", [["DA68AB39218AB947"]], ["You can optionally encrypt your report with PGP key ID DA68AB39218AB947"])
a(P, "what does PMASA mean, saw it in a changelog", [["phpMyAdmin Security Announcement"]], ["For every reported vulnerability we issue a phpMyAdmin Security Announcement (PMASA)"])
a(P, "I reported 3 different XSS bugs, and since every bug gets its own separate PMASA I should expect 3 announcements right?", [["group similar vulnerabilities", "one PMASA"]], ["We might group similar vulnerabilities to one PMASA"])
a(P, "do phpmyadmin security announcements get a CVE number too?", [["CVE"]], ["(PMASA) and it get's assigned a CVE ID as well"])
a(P, "how does phpmyadmin defend against CSRF attacks", [["token"]], ["To mitigate this phpMyAdmin requires a token to be sent on sensitive requests"])
a(P, "since phpMyAdmin rate-limits failed logins already, how many wrong passwords before it locks someone out?", [["does not rate limit"]], ["phpMyAdmin on its own does not rate limit authentication attempts in any way"])
a(P, "what can i use to stop brute force login attempts on my pma install", [["fail2ban", "Captcha"]], ["you can use Captcha or utilize external tools such as fail2ban"])
a(P, "is sql injection a big concern for phpmyadmin? it literally runs sql lol", [["control connection", "controlconnection"]], ["SQL injection is sensitive to us though when it concerns the mysql control connection"])
a(P, "I have a suggestion to harden phpMyAdmin, not an actual vulnerability. Where should that go?", [["issue tracker"]], ["please report that to our issue tracker"])
a(P, "whats the oldest MariaDB version pma supports", [["5.5"]], ["For MariaDB, versions 5.5 and newer are supported."])
a(P, "our host is stuck on PHP 7.1, can we run phpMyAdmin 5.2 on it?", [["7.2"]], ["Since release 5.2, phpMyAdmin supports only PHP 7.2 and newer."])
a(P, "crawlers keep hitting my phpmyadmin login page, any way to block bots?", [[".htaccess"]], ["You can add various rules to .htaccess to filter access based on user agent"])
a(P, "what permissions should config.inc.php have on a shared server", [["660"]], ["Your config.inc.php file should be chmod 660."])
a(P, "i speak welsh and want to help translate phpmyadmin, how do i start?", [["online translation service"]], ["The easiest way is to use our online translation service"])
a(P, "which apache environment variables does pma export so i can log login attempts?", [["userID"], ["userStatus"]], ["phpMyAdmin exports information about authentication to the Apache environment"])
a(P, "CSV export from phpmyadmin can contain formulas that excel runs. will you escape those fields?", [["spreadsheet program"]], ["feel it is the responsibility of the spreadsheet program to properly parse and sanitize"])
a(P, "pma shows full file paths when I load some files directly, thats a pma security bug isnt it?", [["server configuration problem"], ["display_errors"]], ["This is a server configuration problem. Never enable display_errors on a production site."])
a(P, "What licence is phpMyAdmin itself released under?", [["General Public License version 2"]], ["under the terms of the GNU General Public License version 2"])
# ---- Scrapy ----
a(S, "where do I report a security issue in scrapy? github issues ok?", [["scrapy-security@googlegroups.com"]], ["Please report security issues only to scrapy-security@googlegroups.com"])
a(S, "is the scrapy security mailing list public, can i browse the archives?", [["private list"], ["not public"]], ["This is a private list only open to trusted Scrapy developers"])
a(S, "what command output should i paste into a scrapy bug report", [["scrapy version -v"]], ["include the output of scrapy version -v so developers working on your bug know"])
a(S, "whats the most awesome way to give a reproducible example for a scrapy bug", [["failing test case"]], ["send a pull request which adds a failing test case to the Scrapy testing suite"])
a(S, "I fixed 3 unrelated things, can I put them all in one big patch for scrapy?", [["one patch per change"]], ["please consider submitting one patch per change"])
a(S, "some scrapy feature got deprecated 6 months ago so i can remove that code in my PR now, right?", [["1 year", "12 months"]], ["make sure that at least 1 year (12 months) has passed since the release"])
a(S, "added a private API in scrapy, how do i keep it out of the docs coverage check", [["coverage_ignore_pyobjects"]], ["add a regular expression to the coverage_ignore_pyobjects variable of docs/conf.py"])
a(S, "theres an old stalled PR that does what i need. would it be rude to pick it up and finish it?", [["not considered rude"]], ["it is not considered rude as long as the original author is acknowledged"])
a(S, "what should a scrapy PR title look like? is 'Fix for #411' fine", [["short but descriptive"]], ["When writing GitHub pull requests, try to keep titles short but descriptive."])
a(S, "should pep8 fixes and unused import removal go in the same commit as my bugfix?", [["separate commits"]], ["in separate commits from functional changes"])
a(S, "can i add my name in the header of the scrapy files i wrote?", [["git provides enough metadata"]], ["git provides enough metadata to identify author of the code"])
a(S, "which version do I write in the versionadded directive when documenting a new scrapy feature?", [["VERSION"]], ["Use VERSION as version, we will replace it with the actual version"])
a(S, "when do versionadded / versionchanged notes get removed from the scrapy docs", [["3 years"]], ["we remove these directives if they are older than 3 years"])
a(S, "What testing framework are Scrapy's tests implemented with?", [["Twisted"]], ["Tests are implemented using the Twisted unit-testing framework"])
a(S, "how do i run the scrapy tests on python 3.7 only", [["tox -e py37"]], ["To run the tests on a specific tox environment, use"])
a(S, "in a scrapy version A.B.C what does the B mean", [["release number"]], ["is the release number. This will include many changes including features"])
a(S, "odd numbered scrapy versions are dev releases so 2.7 isnt safe for production yeah?", [["production-ready"]], ["Starting with Scrapy 1.0, all releases should be considered production-ready."])
a(S, "can i rely on methods that start with an underscore in scrapy?", [["private"]], ["are private and should never be relied as stable"])
a(S, "if a scrapy feature was deprecated in a release on June 15th 2020, until when must it keep working", [["June 14th 2021"]], ["that feature should continue to work in versions released on June 14th 2021"])
a(S, "where are removed deprecated scrapy features announced?", [["release notes"]], ["All deprecated features removed in a Scrapy release are explicitly mentioned in the release notes."])
# ---- Hypothesis ----
a(H, "we're on an older hypothesis release, will you backport a fix for us?", [["most recent version"]], ["only support the most recent version of Hypothesis"])
a(H, "can provisional APIs in hypothesis change in a minor release?", [["minor releases"]], ["explicitly noted as provisional, in which case they may be changed in minor releases"])
a(H, "i used an undocumented attribute in hypothesis and a patch release broke it, is that allowed??", [["patch releases"]], ["Undocumented attributes, modules, and behaviour may include breaking changes in patch releases."])
a(H, "What Python versions is Hypothesis supported and tested on?", [["3.7"]], ["Hypothesis is supported and tested on CPython 3.7+"])
a(H, "does hypothesis work with 32 bit python builds", [["Windows"]], ["32-bit builds of CPython also work, though we only test them on Windows."])
a(H, "hypothesis is regularly tested on FreeBSD in CI so why is it failing for me", [["OS X"], ["Linux"]], ["it is only known to work and regularly tested on OS X, Windows and Linux"])
a(H, "do pytest fixtures run once per example when I use @given?", [["once for the whole function"]], ["each fixture will run once for the whole function, not once per example"])
a(H, "does Hypothesis work with nose?", [["Nose works fine"]], ["Nose works fine with Hypothesis, and this is tested as part of the CI."])
a(H, "what do i need to use hypothesis with django tests", [["Hypothesis for Django users"]], ["requires use of the Hypothesis for Django users extra"])
a(H, "how often is the supported stuff actually verified in hypothesis", [["every commit"]], ["is checked on every commit with GitHub Actions"])
a(H, "where do i file a hypothesis bug", [["GitHub issue tracker"]], ["For bugs and enhancements, please file an issue on the GitHub issue tracker."])
a(H, "I opened a feature request for hypothesis last week, when will the maintainers build it for me?", [["pay for development"], ["implement them yourself"]], ["enhancements will probably not get implemented unless"])
a(H, "my company wants a support contract for hypothesis, who do we email?", [["hypothesis-support@drmaciver.com"]], ["please contact me on hypothesis-support@drmaciver.com to talk about availability of support contracts"])
a(H, "who runs hypothesis development?", [["MacIver"], ["Hatfield-Dodds"]], ["Hypothesis development is managed by David R. MacIver and Zac Hatfield-Dodds"])
a(H, "What versioning scheme do Hypothesis releases follow?", [["semantic versioning"]], ["Backwards compatibility is better than backporting fixes, so we use semantic versioning"])
a(H, "how often does hypothesis publish releases on pypi", [["every change"], ["as soon as"]], ["every change to the source tree is automatically built and published on PyPI"])
a(H, "is there a hypothesis roadmap with planned releases?", [["does not have a long-term release plan"]], ["Hypothesis does not have a long-term release plan."])
a(H, "what tag should i use for hypothesis questions on stack overflow", [["python-hypothesis"]], ["If you post a question on Stack Overflow, please use the python-hypothesis tag!"])
a(H, "why is the hypothesis logo a dragonfly lol", [["hunt down bugs"]], ["dragonflies actively hunt down bugs for a living"])
a(H, "how old is the original Quickcheck that hypothesis is based on", [["1999"]], ["The original Quickcheck is from 1999"])
# ---- Dask ----
a(D, "where's the best place to ask a dask usage question?", [["Discourse"]], ["Dask Discourse forum: for usage questions and general discussion"])
a(D, "i posted my dask question on discourse AND github AND slack so i get an answer faster, thats recommended right?", [["only in one place", "Ask only in one place"]], ["Please restrict yourself to posting your question in only one place"])
a(D, "new to dask dev, how do i find an easy issue to start with", [["good first issue"]], ["which contains issues that are good for starting developers"])
a(D, "which python versions does dask support", [["3.8"], ["3.10"]], ["Dask supports Python versions 3.8, 3.9 and 3.10."])
a(D, "does every code contribution to dask need tests?", [["Test coverage is expected"]], ["Test coverage is expected for all code contributions."])
a(D, "how do i skip a doctest in a dask docstring example", [["doctest: +SKIP"]], ["To skip a test in the examples add the comment"])
a(D, "which linters does dask enforce in CI and how do i run them locally", [["flake8", "black", "isort", "pyupgrade", "mypy"], ["pre-commit run --all-files"]], ["Dask uses several code linters (flake8, black, isort, pyupgrade, mypy), which are enforced by CI."])
a(D, "the dask pre-commit hooks are slow, can I skip them for one commit?", [["--no-verify", "git commit -n"]], ["You can skip these checks with git commit --no-verify"])
a(D, "how do I get Dask CI to test against the development versions of numpy and pandas?", [["test-upstream"]], ["if a commit message includes the phrase test-upstream"])
a(D, "gpuCI always runs automatically on PRs from first-time dask contributors, so why hasnt it run on mine?", [["will not run"]], ["gpuCI will not run when first time contributors to Dask or Distributed submit PRs"])
a(D, "as a dask maintainer how do I approve gpuCI for a contributor for all their future PRs too", [["add to allowlist"]], ["To approve the current PR and all future PRs from the contributor, leave a comment"])
a(D, "what comment approves gpuCI just for the current PR", [["ok to test"]], ["To only approve the PR contributor for the current PR, leave a comment which states"])
a(D, "how many maintainers have to approve a PR from a non-maintainer before it is merged in dask?", [["at least one maintainer"]], ["should be reviewed and approved by at least one maintainer before being merged"])
a(D, "can dask maintainers merge their own PRs without review?", [["self-merge"]], ["maintainers will sometimes self-merge their own pull requests"])
a(D, "dask uses rebase merging so i should rebase my branch into nice commits before merge right?", [["squash"]], ["all non-squash merging strategies have been disabled in repository GitHub settings"])
a(D, "CI is red because of a flaky test unrelated to my change, can the PR still be merged?", [["may merge a PR with failing tests"]], ["a maintainer may merge a PR with failing tests"])
a(D, "the squash commit message github prefills is a mess of 'oops fix typo', what should the merging maintainer do", [["Write their own merge commit message"], ["blank"]], ["Write their own merge commit message that describes the changes in pull request"])
a(D, "when is the dask monthly developer meeting?", [["first Thursday"], ["10:00"]], ["happens the first Thursday of the month at 10:00 US Central Time"])
a(D, "is there a dask social call too? when", [["third Thursday"]], ["happens the third Thursday of the month at 10:00 US Central Time"])
a(D, "who offers paid support for dask", [["Anaconda", "Coiled", "Quansight"]], ["paid support is available from the following organizations (listed in alphabetical order)"])
# ---- near misses ----
for q in [
    "how many days does the phpmyadmin security team take to answer a vulnerability report?",
    "does phpMyAdmin pay a bug bounty for security bugs? how much",
    "what CVSS score does a bug need before phpmyadmin issues a PMASA",
    "Which PostgreSQL versions does phpMyAdmin support?",
    "is there an LTS branch of phpmyadmin and until when is it supported?",
    "whats the deadline for phpmyadmin translations before a release goes out",
    "how many people are on the scrapy security list?",
    "how many approving reviews does a Scrapy pull request need before it gets merged?",
    "when is the next scrapy release coming out, how often do they release?",
    "do i have to sign a CLA before my scrapy PR can be merged?",
    "how long are scrapy bugfix (C) releases supported for an old series?",
    "the scrapy IRC channel, which network is it on, libera?",
    "who do i report a code of conduct violation to in the hypothesis community, is there an email?",
    "How much does a Hypothesis support contract cost per year?",
    "what's the minimum pytest version hypothesis supports?",
    "what is the email to report a code of conduct problem in the dask community",
    "how much does Coiled charge for paid dask support",
    "who are the current dask maintainers, is there a list of names?",
    "which nvidia GPU model does dask gpuCI run the tests on?",
    "how often does dask make a release, monthly?",
    "how long does it usually take for a scrapy pull request to get reviewed?",
]: n(q)
for q in [
    "whats a good pizza place that delivers late?",
    "what's the capital of australia",
    "can someone recommend a mechanical keyboard under 100 bucks",
    "how long do i boil an egg for a runny yolk",
    "who won the 2018 world cup",
    "how do you say good morning in japanese",
    "Is it going to rain in London this weekend?",
]: n(q)
with open(ROOT / 'questions.jsonl', 'w') as f:
    for i, q in enumerate(Q, 1):
        f.write(json.dumps({'id': f'M37{i:03d}', **q}, ensure_ascii=False) + '\n')
print(len(Q), 'questions')
