"""Generates ../questions.jsonl (answerable cases per document, then out-of-scope cases).

Edit the cases here, run it, then run verify.py. Ids are given in order with the prefix "a"."""
import json, os

WORDS = {1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six', 7: 'seven', 9: 'nine', 10: 'ten',
         14: 'fourteen', 30: 'thirty', 48: 'forty-eight', 50: 'fifty'}


def span(n, unit):
    """'7 days' style alternatives: numerals, words, hyphenated adjective forms."""
    w = WORDS.get(n)
    sing = unit[:-1] if unit.endswith('s') else unit
    alts = [f'{n} {unit}', f'{n}-{sing}']
    if n == 1:
        alts = [f'1 {sing}', f'one {sing}', f'1-{sing}', f'one-{sing}', f'a {sing}']
    elif w:
        alts += [f'{w} {unit}', f'{w}-{sing}']
    if unit == 'hours':
        alts += [f'{n} hrs', f'{n}h']
    return alts


Q = []


def a(doc, q, facts, evidence):
    Q.append({'doc': doc, 'q': q, 'expect': 'answer', 'facts': facts, 'evidence': evidence})


def x(q):
    Q.append({'doc': None, 'q': q, 'expect': 'abstain', 'facts': [], 'evidence': []})


# ---------------------------------------------------------------- Apache-2.0 (docs/LICENSE)
d = 'apache-2-0'
a(d, "can i use apache 2.0 licensed code in a commercial product without paying any royalties?",
  [["royalty-free", "no-charge"]], ["worldwide, non-exclusive, no-charge, royalty-free, irrevocable"])
a(d, "If I modify some files from an Apache-licensed project, what do I have to do to those files?",
  [["prominent notices"]], ["You must cause any modified files to carry prominent notices"])
a(d, "what happens to my patent license if i sue someone saying the apache licensed work infringes my patent",
  [["terminate"]], ["shall terminate", "as of the date such litigation is filed"])
a(d, "does the apache license let me use the original project's name and logo for my fork?",
  [["does not grant permission"]], ["This License does not grant permission to use the trade"])
a(d, "whats the deal with the NOTICE file in apache 2, do i have to ship it with my derivative work",
  [["readable copy of the attribution notices"]], ["include a readable copy of the attribution notices contained"])
a(d, "apache 2.0 says a company controls another one if it owns 25% of the shares, right?",
  [["fifty percent", "50%", "50 percent"]], ["ownership of fifty percent (50%) or more of the"])
a(d, "Is software under the Apache License provided with any warranty?",
  [["AS IS"]], ['on an "AS IS" BASIS'])
a(d, "if i send a PR to an apache licensed project, does my contribution automatically fall under the apache license",
  [["unless you explicitly state otherwise", "terms and conditions of this License"]], ["Unless You explicitly state otherwise"])
a(d, "Can I charge people for support or a warranty on Apache-licensed software I redistribute?",
  [["charge a fee"], ["own behalf", "sole responsibility", "indemnify"]],
  ["and charge a fee for, acceptance of support, warranty, indemnity,", "on Your own behalf and on Your sole responsibility"])
a(d, "does just linking to an apache 2.0 libary make my program a derivative work?",
  [["shall not include", "merely link"]], ["Derivative Works shall not include works that remain", "merely link (or bind by name)"])
a(d, "how do I apply the Apache license to my own project",
  [["boilerplate notice"]], ["To apply the Apache License to your work, attach the following", "boilerplate notice, with the fields enclosed by brackets"])
a(d, "the apache licence is non-exclusive but revocable, so the licensor can take it back whenever they want, correct?",
  [["irrevocable"]], ["no-charge, royalty-free, irrevocable"])
a(d, "which sections of apache 2.0 actually count as the License",
  [["Sections 1 through 9", "1 through 9", "1 to 9"]], ["Sections 1 through 9 of this document"])
a(d, "does a message on a project's mailing list count as a submitted Contribution under Apache 2.0?",
  [["electronic mailing lists"]], ["communication on electronic mailing lists, source code control systems,"])
a(d, "can i put my own license terms on my modifications of apache code?",
  [["additional or different license terms"]], ["may provide additional or different license terms and conditions"])
a(d, "r contributors liable if apache licensed software breaks my stuff",
  [["in no event", "shall any Contributor be liable", "not be liable"]], ["In no event and under no legal theory"])
a(d, "apache 2 is permissive so I can strip the copyright notices from the source when I redistribute it, yeah?",
  [["retain"]], ["You must retain, in the Source form of any Derivative Works", "that You distribute, all copyright, patent, trademark, and"])
a(d, "What's the difference between Source form and Object form in the Apache License?",
  [["preferred form for making modifications"], ["mechanical"]],
  ["the preferred form for making modifications", "any form resulting from mechanical"])

# ---------------------------------------------------------------- Rust Code of Conduct (Markdown)
d = 'rust-code-of-conduct'
a(d, "someone keeps harassing me in DMs, does the rust code of conduct cover that and who do i tell?",
  [["channel ops", "moderation team"]], ["Private harassment is also unacceptable", "contact one of the channel ops or any of the"])
a(d, "is swearing allowed in the Rust community channels?",
  [["Cursing is allowed"]], ["Cursing is allowed, but never targeting another user"])
a(d, "what happens the first time a rust mod sees me post something inappropriate",
  [["warning"]], ["Moderators will first respond to such remarks with a warning"])
a(d, "what does getting kicked mean under the rust coc",
  [["kicked out of the communication channel", "cool off"]], ["kicked out of the communication channel to cool off"])
a(d, "rust community bans only last 30 days right?",
  [["indefinitely"]], ["they will be banned, i.e., indefinitely excluded"])
a(d, "Can a ban in the Rust community ever be lifted?",
  [["first offense"], ["genuine apology"]], ["un-ban the user if it was a first offense"])
a(d, "i think my ban from the rust discord was unfair, can i complain about it in the channel?",
  [["in private"], ["not allowed"]], ["Complaints about bans in-channel are not allowed", "or with a different moderator"])
a(d, "are rust moderators held to the same rules as everybody else",
  [["higher standard"]], ["Moderators are held to a higher standard than other community members"])
a(d, "Which places does the Rust code of conduct apply to?",
  [["Discord"], ["GitHub"]], ["apply to all official Rust venues"])
a(d, "im using the rust coc for my own crate, will the rust mods enforce it on my repo?",
  [["maintainers of those projects"]], ["please contact the maintainers of those projects for enforcement"])
a(d, "is it ok to use a sexual nickname on rust forums",
  [["overtly sexual aliases"]], ["Please avoid using overtly sexual aliases"])
a(d, "What definition of harassment does the Rust code of conduct use?",
  [["Citizen Code of Conduct"]], ["including the definition in the", "Citizen Code of Conduct"])
a(d, "what was the rust code of conduct adapted from",
  [["Node.js Policy on Trolling"], ["Contributor Covenant"]], ["Adapted from the", "Node.js Policy on Trolling"])
a(d, "the rust coc says mods can only act on things that are explicitly listed in the code of conduct, right?",
  [["whether listed in the code of conduct or not"]],
  ["Remarks that moderators find inappropriate, whether listed in the code of conduct or not"])
a(d, "someone in the rust community says i offended them, what am i supposed to do?",
  [["apologize"]], ["Just stop doing what it was they complained about and apologize"])
a(d, "trolling and baiting are fine in rust chat as long as it's a joke, yeah?",
  [["not welcome"]], ["spamming, trolling, flaming, baiting or other attention-stealing behavior is not welcome"])
a(d, "can I post harsh critique of someone's design in the rust community",
  [["unstructured critique to a minimum"], ["fork"]], ["keep unstructured critique to a minimum"])

# ---------------------------------------------------------------- PEP 13 (HTML)
d = 'pep-13-python-governance'
a(d, "how many people are on the python steering council",
  [["5-person", "five-person", "5 members", "five members", "5 people", "five people"]], ["The steering council is a 5-person committee"])
a(d, "who's on the python steering council rn",
  [["Barry Warsaw"], ["Pablo Galindo"]], ["The 2025 term steering council consists of", "Barry Warsaw"])
a(d, "When is a new Python steering council elected?",
  [["after each feature release", "each feature release"]], ["A new council is elected after each feature release"])
a(d, "are there term limits for python steering council members",
  [["no term limits"]], ["There are no term limits"])
a(d, "Can three people who work for the same company sit on the Python steering council at the same time?",
  [["at most 2", "at most two", "2 members", "two members"]], ["at most 2 members of the council can work for any single employer"])
a(d, "what happens if 3 of the top 5 candidates in a steering council election work for the same employer?",
  [["disqualified"], ["6th", "sixth"]], ["whichever of them ranked lowest is disqualified"])
a(d, "can i nominate myself for the python steering council?",
  [["Self-nominations are allowed"]], ["Self-nominations are allowed", "must be nominated by a core team member"])
a(d, "How long does each phase of a steering council election last?",
  [["one to two weeks", "1 to 2 weeks", "1-2 weeks"]], ["Each phase lasts one to two weeks"])
a(d, "what majority does the steering council need to remove someone from the python core team",
  [["two-thirds", "two thirds", "2/3"]], ["requires at least a two-thirds majority"])
a(d, "a 3-2 steering council vote is enough to eject a core dev, right?",
  [["insufficient", "4:1"]], ["a 3:2 vote is insufficient", "4:1 in favor is the minimum"])
a(d, "how do i start a vote of no confidence against the python steering council",
  [["second", "seconds"], span(1, 'week')], ["another core team member seconds the proposal within one week"])
a(d, "a no confidence vote against the steering council runs for a month, doesnt it?",
  [span(2, 'weeks')], ["The vote lasts for two weeks"])
a(d, "What happens if a no-confidence vote against the whole Python steering council succeeds?",
  [["dissolved"], ["election"]], ["the council is dissolved and a new"])
a(d, "if a steering council member just disappears and doesnt answer, can they be replaced? after how long",
  [["a month", "one month", "month or longer"]], ["cannot be contacted for a month or longer"])
a(d, "how do u become a python core dev",
  [["two-thirds", "two thirds", "2/3"], span(1, 'week')], ["at least two-thirds positive votes in a"])
a(d, "what happens to core developers who stop contributing for a long time?",
  [span(2, 'years'), ["inactive"]], ["any non-trivial contribution in two years"])
a(d, "What can the steering council do with its powers to make decisions? give me examples",
  [["Accept or reject PEPs"], ["code of conduct"]], ["Accept or reject PEPs", "Enforce or update the project's code of conduct"])
a(d, "How can PEP 13 itself be changed?",
  [["two-thirds", "two thirds", "2/3"], span(2, 'weeks')], ["Changes to this document require at least a two-thirds majority"])
a(d, "the steering council can change who's on the core team whenever it wants, right?",
  [["cannot"]], ["they cannot modify this PEP, or affect the membership of the"])

# ---------------------------------------------------------------- curl vulnerability disclosure policy (DOCX)
d = 'curl-vulnerability-disclosure-policy'
a(d, "does curl pay a bug bounty for security reports?",
  [["no bug bounty", "never offers rewards"]], ["There is no bug bounty", "never offers rewards for reported"])
a(d, "where do I report a security vulnerability in curl",
  [["HackerOne"]], ["reports the vulnerability on", "HackerOne"])
a(d, "can i just email the curl team about a vuln i found",
  [["cannot handle", "do not send"]], ["cannot handle vulnerability reports sent to us over email"])
a(d, "should I open a public issue on the curl bug tracker for a security problem?",
  [["should not", "must not"]], ["should not be entered in the project's public bug", "bug tracker entry must NOT be created"])
a(d, "how far ahead of a release does curl warn the distros list about a vulnerability",
  [span(7, 'days')], ["No more than seven days before release", "does not accept an embargo longer than 7 days"])
a(d, "curl pushes the security fix to master a week before the release, right?",
  [span(48, 'hours')], ["No more than 48 hours before the release"])
a(d, "what severity levels does curl use for vulns?",
  [["Low"], ["Critical"]], ["rates security problems using four severity"])
a(d, "does curl put CVSS scores on its CVEs",
  [["do not support CVSS", "not support CVSS", "do not set them"]], ["We do not support CVSS as a method to grade security vulnerabilities"])
a(d, "What makes a curl vulnerability Critical severity?",
  [["remote unauthenticated attacker"]], ["Easily exploitable by a remote unauthenticated attacker"])
a(d, "whats an example of a past High severity curl CVE",
  [["CVE-2019-3822"]], ["CVE-2019-3822"])
a(d, "is a small memory leak counted as a security issue by curl?",
  [["do not consider a small memory leak", "not consider"]], ["We do not consider a small memory leak a security problem"])
a(d, "curl treats any crash a malicious server can trigger as a security vuln, correct?",
  [["do not consider that a security problem", "not consider"]], ["chances are big that we do not"])
a(d, "is CRLF injection considered a vulnerability in curl",
  [["reject"]], ["we reject the idea of CRLF injection as a security problem"])
a(d, "who can be on the curl security mailing list?",
  [["long-term presence"]], ["long-term presence in the curl"])
a(d, "what roles get named when curl declares a major incident",
  [["incident lead"], ["communication lead"]], ["Coordinates technical efforts", "Single point of public contact"])
a(d, "im a journalist, who do i contact during a curl major incident",
  [["security@curl.se"]], ["should contact communication lead (security@curl.se)"])
a(d, "what counts as a legacy dependency in curl's security policy?",
  [span(10, 'years')], ["released over ten years ago"])
a(d, "curl keeps the fix for every security bug in a private branch until release day, even low severity ones, right?",
  [["Low or Medium"], ["normal PR"]], ["set to Low or Medium, the fix is allowed to get merged into the master"])
a(d, "if curl rejects my report will it still be made public",
  [["valid or not"]], ["reports submitted to the project, valid or not"])

# ---------------------------------------------------------------- Git trademark policy (PDF)
d = 'git-trademark-policy'
a(d, "do i need permission to write a blog post that mentions git?",
  [["without prior written permission", "without written permission"]], ["To factually refer to the Git Project itself"])
a(d, "can I call my new product Gitpedia?",
  [["syllable", "portmanteau"]], ["as a syllable in a new word"])
a(d, "can i name my tool 'SuperDiff for Git'",
  [["for Git"]], ['in the format "[Product Name] for Git"'])
a(d, "Who holds the rights to the Git trademark?",
  [["Software Freedom Conservancy", "Conservancy"]], ["Conservancy holds"])
a(d, "what counts as the 'Marks' in the git trademark policy",
  [["the stupid content tracker"], ["logos"]], ['The slogan "the stupid content tracker"', 'the literal mark "Git"'])
a(d, "do i have to put the tm symbol after git every single time i write it",
  [["first prominent mention"]], ["The first prominent mention of a Mark should be immediately"])
a(d, "Do I need the trademark symbol when I mention Git in an academic paper or an email?",
  [["waived"]], ["This requirement is waived in all contexts"])
a(d, "git charges a license fee if you use the name to describe your product, right?",
  [["do not charge a fee"]], ["We do not charge a fee for a license to use the Marks"])
a(d, "can i sell git t-shirts at a meetup",
  [["express written permission"], ["proofs"]], ["sell merchandise bearing any of the Marks", "please send proofs of your designs to us at"])
a(d, "whats the email for git trademark questions",
  [["trademark@sfconservancy.org"]], ["TRADEMARK@SFCONSERVANCY.ORG"])
a(d, "can i call my fork of git 'Git++'?",
  [["not permitted"]], ['"Git++" is not permitted'])
a(d, "my build of git just has a few features disabled by default, can I still call it Git?",
  [["substantially unmodified"]], ["the enabling or disabling of certain features by default"])
a(d, "if i heavily modify git, how am i allowed to describe it",
  [["derivative of"], ["based on"]], ['"derivative of" or "based on" Git'])
a(d, "What is Git's US trademark registration number?",
  [["4680534"]], ["U.S. Registration 4680534"])
a(d, "the git trademark policy also covers the copyright on the git source code, right?",
  [["does not address any"]], ["does not address any"])
a(d, "who decides whether my use of the git name complies with the policy",
  [["sole right"], ["Conservancy"]], ["Determine compliance with this Policy", "Conservancy reserves the sole right to:"])

# ---------------------------------------------------------------- out of scope: near misses
x("Who are the current members of the Rust moderation team?")
x("how long does a kick from a rust channel last before i can come back")
x("how many days do i have to appeal a ban in the rust community")
x("How long do Rust moderators keep records of the warnings they give out?")
x("Am I allowed to use the Rust logo on stickers I sell?")
x("do python steering council members get paid for it")
x("How many members does the Python core team have right now?")
x("how often does the python steering council meet")
x("Who sits on the PSF Code of Conduct working group?")
x("is there a minimum age to join the python core team")
x("How many votes did Barry Warsaw get in the last steering council election?")
x("how long does curl take to acknowledge a security report")
x("Does curl backport security fixes to older release branches?")
x("which PGP key should i use to encrypt my curl vulnerability report")
x("Which curl versions are currently supported with security fixes?")
x("how long does curl keep the log of communications from a major incident")
x("If curl rejects my vulnerability report, how do I appeal the decision?")
x("what colours and clear space rules apply when using the git logo")
x("Who designed the Git logo?")
x("What is Software Freedom Conservancy's EIN (tax ID number)?")
x("is apache 2.0 compatible with GPLv2")
x("Which court or jurisdiction governs disputes under the Apache License 2.0?")
x("whats the SPDX identifier for the apache license")
x("Is there a trademark policy for the Python logo?")
x("can a python steering council member also be the PSF executive director at the same time")

# ---------------------------------------------------------------- out of scope: off-topic
x("What's the capital of Canada?")
x("how do i make a good risotto")
x("How do I do an interactive rebase in git to squash commits?")
x("whats the curl command to send a JSON POST request with a header")
x("how do i get rust off my bike chain")
x("Write me a haiku about the ocean.")
x("what's the weather going to be like in Berlin this weekend")
x("Can you recommend a good sci-fi movie?")
x("how many ounces are in a pound")
x("Translate 'thank you very much' into Japanese.")
x("explain the theory of relativity in two sentences")
x("who won the 2022 FIFA World Cup")
x("what time is it in Tokyo right now")

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
with open(os.path.join(ROOT, 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, c in enumerate(Q, 1):
        f.write(json.dumps({'id': f'a{i:03d}', **c}, ensure_ascii=False) + '\n')
print(len(Q), 'cases')
