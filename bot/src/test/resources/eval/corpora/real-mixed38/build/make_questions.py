#!/usr/bin/env python3
"""Writes questions.jsonl for real-mixed38 (ids M38001...). FP marks false-premise questions (listed in README)."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
A = []  # (doc, q, facts, evidence, fp)
def a(doc, q, facts, ev, fp=False): A.append((doc, q, facts, ev, fp))

C = 'coq-conduct'
a(C, "does the coq code of conduct only cover github or also zulip / discourse?", [["Zulip"], ["Discourse"]],
  ["This includes the GitHub repository, the Discourse forum, the Zulip chat, the mailing lists"])
a(C, "can i bring up politics in the coq forums if its just as a comparison for my point", [["unwelcome"]],
  ["Unrelated political discussions or long digressions are unwelcome, even for illustration or comparison purposes."])
a(C, "someone on the coq zulip keeps insulting me, where do i report it??", [["coq-conduct@inria.fr"]],
  ["report it by emailing the Coq Code of Conduct enforcement team at coq-conduct@inria.fr"])
a(C, "if I report someone to the coq conduct team will they find out it was me", [["Confidentiality"]],
  ["Confidentiality with regard to the reporter of an incident will be maintained while dealing with it."])
a(C, "What sanctions can the Coq enforcement team impose on someone who violates the code of conduct?", [["warning"], ["ban"]],
  ["the team can choose to address a private or public warning to the offender, request an apology"])
a(C, "so coq just perma bans people on the first offence? zero tolerance??", [["pedagogical approach"]],
  ["Except in case of serious violations, the team will always try a pedagogical approach first"], True)
a(C, "who is actually on the coq CoC enforcement team rn", [["Sozeau"], ["Zimmermann"]],
  ["The members of the team are currently:"])
a(C, "did coq write their code of conduct from scratch or is it based on something", [["Django Code of Conduct"]],
  ["This text is adapted from the Django Code of Conduct which itself was adapted"])
a(C, "what licence is the coq code of conduct under? want to reuse it for my own project", [["Creative Commons Attribution 4.0"]],
  ["This work is licensed under a Creative Commons Attribution 4.0 International License"])
a(C, "im pretty new to coq, am i even allowed to review PRs or is that maintainers only", [["anyone can review anything"]],
  ["You can start reviewing PRs as soon as you feel comfortable doing so"])
a(C, "how are reviewers supposed to treat first time contributors in coq?", [["welcoming"]],
  ["be extra careful to be welcoming, whatever the decision on the PR is"])
a(C, "can i push my fixes directly onto another persons PR branch in coq", [["coordinating with the PR author", "Allow edit from maintainers"]],
  ["Obviously, don't do it without coordinating with the PR author first"])
a(C, "me and a friend both worked on one commit, how do we credit both of us", [["Co-authored-by"]],
  ["The line should contain the co-author name and committer e-mail address."])
a(C, "who ends up merging a coq PR once its reviewed", [["assignee"]],
  ["one available member of a team that was requested a review should self-assign the PR",
   "and eventually will be the one who merges the PR"])
a(C, "I'm the author of the PR and it got approved, so I can just merge it myself with coqbot right?", [["cannot review, self-assign, or merge"]],
  ["PR authors or co-authors cannot review, self-assign, or merge the PR they contributed to."], True)
a(C, "what makes coqbot refuse a merge now command", [["milestone"], ["assignee"]],
  ["coqbot will deny the merge with an error response in the following cases"])
a(C, "when does a coq PR count as having consensus?", [["at least one maintainer for each component"]],
  ["Consensus is defined by an explicit approval from at least one maintainer for each component"])
a(C, "ive contributed a lot to one coq component, how do i get on its maintainer team", [["propose yourself"]],
  ["do not hesitate to propose yourself if you already have experience on a component"])
a(C, "what powers do coq core developers have compared to normal maintainers", [["admin powers"]],
  ["They are the ones with admin powers over the Coq organization"])
a(C, "how long is a coq major release cycle usually", [["six months"]],
  ["major release cycles generally span about six months, with about 4-5 months of development"])
a(C, "after the release branch is cut, nothing new gets merged into master until the release is out, correct?", [["continue to be merged into master"]],
  ["new features will continue to be merged into master but won't make it for the upcoming major release"], True)
a(C, "who decides if my PR gets backported to the coq release branch", [["RM", "release manager"]],
  ["it is the RM who decides whether to follow or not the recommendation of the PR assignee"])

O = 'openapi-gov'
a(O, "who actually runs the OpenAPI spec, is it a foundation?", [["OpenAPI Initiative", "OAI"], ["Linux Foundation"]],
  ["is a project of the OpenAPI Initiative (OAI), under the auspices of the Linux Foundation."])
a(O, "how does the OpenAPI TSC pick its liaison", [["plurality vote"]],
  ["Elected by TSC members in a plurality vote (oral count)."])
a(O, "so the TSC liaison gets a vote on the business governing board, yeah?", [["does not confer voting rights"]],
  ["at board meetings (though this itself does not confer voting rights)"], True)
a(O, "max number of people on the openapi TSC?", [["9"]],
  ["the TSC should be capped at a maximum 9 members"])
a(O, "what happens if a bunch of people leave and the TSC is down to 2 members", [["work is suspended"]],
  ["If membership drops below 3, work is suspended until the BGB can re-establish the minimum."])
a(O, "lol there's a role called Rick in the openapi governance?? what does it do", [["not giving up or letting down"]],
  ["Responsible for not giving up or letting down. Requires plurality vote of TSC members."])
a(O, "How much opposition can a nominee to the TSC receive and still be approved?", [["25%"]],
  ["A nominee must not receive opposition votes of more than 25% of the TSC voting membership"])
a(O, "how long is the provisional period for new tsc members", [["4-6 weeks"]],
  ["during the provisional period of 4-6 weeks"])
a(O, "my colleague just got approved as provisional TSC member, she can vote on spec changes now right?", [["no voting rights"]],
  ["though nominees have no voting rights. The provisional period is concluded by a second, confidential vote"], True)
a(O, "how often can the TSC hold voting periods to add members", [["four voting periods per year"]],
  ["At most there are four voting periods per year (no more than one every three months)"])
a(O, "what does it take to remove someone from the openapi tsc", [["75%"]],
  ["75% vote (confidential, electronic) of the other TSC members is required to remove a member."])
a(O, "if the TSC cant reach consensus who settles it", [["Technical Oversight Board", "TOB"]],
  ["unresolved conflicts will be raised to the OAI's Technical Oversight Board (TOB)."])
a(O, "how many committers have to approve a change to the spec", [["majority"]],
  ["Spec changes should be approved by a majority of the committers."])
a(O, "is a comment saying 'approved' on the issue enough or do we need a proper github review", [["formal GitHub-based flow approval"]],
  ["at least one formal GitHub-based flow approval must be given"])
a(O, "which one is the source of truth for the spec, the JSON schema or the markdown document?", [["human readable document"]],
  ["the human readable document is the source of truth"])
a(O, "can i open a PR directly on master to fix a typo in the spec text", [["No PRs would be accepted directly"], ["v3.0.1-dev", "PATCH"]],
  ["No PRs would be accepted directly to modify the specification.",
   "The next PATCH version of the specification. This would include non-breaking changes such as typo fixes"])
a(O, "how many work branches can exist at the same time", [["at most 4"]],
  ["At any given time, there would be at most 4 work branches."])
a(O, "whats the approval threshold and voting period for a minor openapi release", [["66%"], ["7 days"]],
  ["Minor: requires approval by 66% of TSC members. (Max voting period 7 days)"])
a(O, "when do patch releases of the spec happen", [["first TSC meeting of a calendar month"]],
  ["Patch releases happen at the first TSC meeting of a calendar month."])
a(O, "what prefix do draft feature extensions use", [["x-oas-draft-"]],
  ["Draft feature extensions are identified by the x-oas-draft- prefix"])
a(O, "a draft feature got rejected, what label does it get then", [["draft:abandoned"]],
  ["Draft features that are deemed not appropriate for inclusion MUST be marked with the draft:abandoned"])
a(O, "we want to discuss a use case from one of our customers by name in a github issue, ok?", [["anonymized"]],
  ["These must be anonymized, discussed in a private repository, or conducted offline."])
a(O, "I guess only TSC members are allowed to contribute to the OpenAPI spec?", [["Any person willing to contribute"]],
  ["Any person willing to contribute to the effort is welcome"], True)

R = 'openrefine-gov'
a(R, "can the openrefine core team decide a project direction privately among themselves?", [["without community involvement"]],
  ["may be done in private without community involvement and participation"], True)
a(R, "how do i become an openrefine committer, can i nominate myself", [["nominate yourself"]],
  ["Current Committers select and elect new Committers. You may nominate yourself."])
a(R, "where do i send a committer nomination for openrefine", [["developer discussion list"]],
  ["Nomination should be sent to the developer discussion list"])
a(R, "who is openrefine's release manager", [["Antonin Delpeuch"]],
  ["The current Release Manager is Antonin Delpeuch."])
a(R, "how does someone get onto the openrefine steering committee", [["Advisory Committee"]],
  ["Steering Committee members are invited by OpenRefine's Advisory Committee"])
a(R, "minimum size of the openrefine advisory committee?", [["at least three"]],
  ["It is composed of at least three members."])
a(R, "could the advisory committee be made up mostly of people paid by the project", [["49 percent"]],
  ["No more than 49 percent of the members of the Advisory Committee may be paid by the project."])
a(R, "how often does the advisory committee meet with code for science and society", [["once per month"]],
  ["They meet once per month with Code for Science and Society."])
a(R, "What must an Advisory Committee member do if they have a conflict of interest?", [["notify"], ["recuse"]],
  ["the Committee Member must immediately notify other Committee Members",
   "The Committee Member will be asked to recuse themselves from ongoing conversations"])
a(R, "the openrefine project director is just a volunteer like the rest of us right?", [["paid position"]],
  ["OpenRefine's Project Director (paid position) works closely with"], True)
a(R, "who's the openrefine project director currently", [["Sandra Fauconnier"]],
  ["The current Project Director is Sandra Fauconnier."])
a(R, "since when is openrefine under CS&S fiscal sponsorship", [["January 2020"]],
  ["Since January 2020, OpenRefine is a member project of Code For Science and Society (CS&S)."])
a(R, "do GSoC mentors for openrefine get paid anything?", [["USD 500"]],
  ["Google Summer of Code mentors are eligible for USD 500 compensation for their work."])
a(R, "if i donate to openrefine through CS&S how much do they keep as fees", [["15%"]],
  ["CS&S retains a 15% handling fees on any donation to finance their operations"])
a(R, "who owns the openrefine.org domain", [["CS&S"]],
  ["CS&S owns and manages the domain openrefine.org"])
a(R, "i just dont know how to do a thing in openrefine, should i open a github issue for it?", [["user manual", "mailing list"]],
  ["Our issue list is only for reporting specific bugs and requesting specific features."])
a(R, "how can i help translate openrefine into my language", [["Weblate"]],
  ["You can help us translate OpenRefine in as many languages as possible via Weblate."])
a(R, "is it fine to send PRs from my fork's master branch", [["one branch per PR"]],
  ["Please avoid doing PRs from the master branch of your fork: use one branch per PR instead."])
a(R, "committers with merge rights dont need to bother with pull requests in openrefine, right?", [["even by those who have the rights to merge"]],
  ["pull requests are used systematically, even by those who have the rights to merge them"], True)
a(R, "my openrefine PR has had no answer for a week, is it being ignored??", [["will be answered"]],
  ["All Pull Requests will be answered, however it may take some time to get back to you."])
a(R, "we want to make our own openrefine distribution / fork, is that allowed?", [["fine with new forks"]],
  ["We are fine with new forks (see discussion) but we invite you to engage with the community"])
a(R, "how do I privately report a security vulnerability in OpenRefine?", [["openrefine-coredev@googlegroups.com"]],
  ["You can privately report a vulnerability to us by sending a report to this private mailing list"])
a(R, "why might some vulnerabilities not apply to openrefine", [["run locally"]],
  ["Keep in mind that OpenRefine is designed to run locally on a users PC"])

V = 'clamav-security'
a(V, "does a bug that lets someone DoS a mail server running clamav count as a security issue", [["Denial of Service"]],
  ["any issue that a malicious person could use to cause a Denial of Service (DoS) attack"])
a(V, "a weird file makes clamscan loop forever, is that a vuln or a normal bug", [["infinite loop"]],
  ["may cause a severe memory leak, cause a crash, cause an infinite loop"])
a(V, "not sure if my clamav bug is security related or not, what should i do", [["report it as a security issue"]],
  ["If you are unsure if your bug is a security issue, please report it as a security issue."])
a(V, "I enabled unsigned bytecode sigs and found a crash loading one with clambc, thats a CVE right?", [["not considered to be vulnerabilities"]],
  ["ClamBC signature testing tool are not considered to be vulnerabilities"], True)
a(V, "gonna open a github issue for the clamav exploit i found, thats the normal way to report it yeah?", [["Do not create a ticket on GitHub Issues", "promptly removed"]],
  ["Do not create a ticket on GitHub Issues. GitHub Issues are public.",
   "If you do report a vulnerability via GitHub issues, your issue will be promptly removed."], True)
a(V, "what email do I send a clamav vulnerability report to", [["psirt@cisco.com"]],
  ["Submit your report by email to psirt@cisco.com."])
a(V, "how quickly does cisco psirt acknowledge a report", [["48 hours"]],
  ["received via email are typically acknowledged within 48 hours"])
a(V, "what happens if they decide my report is not a real vulnerability", [["explain why"]],
  ["If the report is rejected, PSIRT or the ClamAV developers will write to you to explain why."])
a(V, "who assigns the CVE for a clamav vuln", [["Cisco"]],
  ["Cisco will assign a CVE ID and will work with you to identify a disclosure date"])
a(V, "how long do i have to keep quiet before telling anyone about a clamav vuln", [["90 days", "3 months"]],
  ["Please allow us at least 90 days (about 3 months) to craft a fix"])
a(V, "should i check the bug on the clamav version from my distro's package manager?", [["latest stable patch release"]],
  ["First, verify that the bug exists in the latest stable patch release."])
a(V, "the file that crashes clamav is actual malware, how should I send it to them", [["encrypted zip"]],
  ["Include the file in an encrypted zip along with the password."])
a(V, "which tool do they want me to use to describe my clamav setup in the report", [["clamconf"]],
  ["Use the clamconf tool provided with ClamAV to describe your configuration."])
a(V, "I found the crash with a fuzzer, anything special to include?", [["describe the system"]],
  ["If you found the bug using a fuzzer or some other system, describe the system"])
a(V, "how do I get bash to write a core dump when clamscan segfaults", [["ulimit -c unlimited"]],
  ["Have the kernel write a core dump. For bourne-like shells (e.g. bash):"])
a(V, "which gdb command prints the backtrace they want", [["bt"]],
  ["Just use the bt command at the prompt to make gdb print a full backtrace."])
a(V, "clamd (the daemon) is the thing crashing, not clamscan. how do i get a backtrace then", [["attach gdb"]],
  ["Follow these instructions to attach gdb to a running ClamD process"])
a(V, "clamd has lots of threads, how do i get backtraces for all of them", [["info threads"]],
  ["you basically want to use info threads to get the number of threads"])
a(V, "where can i talk to other clamav users, is there a discord or something", [["mailing lists"], ["Discord"]],
  ["The best way to get in touch with the ClamAV community is to join our mailing lists."])
a(V, "what license is clamav released under?", [["GPLv2", "GNU General Public License, Version 2"]],
  ["ClamAV is licensed for public/open source use under the GNU General Public License"])
a(V, "why isnt the unrar code linked into libclamav", [["incompatible with GPLv2"]],
  ["The UnRAR license is incompatible with GPLv2 because it contains a clause"])
a(V, "what happens if the unrar library fails to load", [["without RAR support"]],
  ["If it fails to load, ClamAV will continue running without RAR support."])

NM = [  # near misses: (question, what the documents say instead)
 ("can i appeal a coq code of conduct decision? who handles appeals", "Coq CoC covers reporting, confidentiality, sanctions and the pedagogical approach; no appeal process"),
 ("how many core developers does coq have right now?", "core team described (@coq/core, member list only visible to org members); no number"),
 ("who is the current coq development coordinator", "one core developer is designated as development coordinator; no name given"),
 ("do I need to sign a CLA before my first coq PR gets merged?", "nothing about a CLA; only review/merge rules"),
 ("how much does it cost for a company to join the OpenAPI Initiative", "no membership fees; only TSC/BGB roles"),
 ("what time zone are the openapi TSC merge parties scheduled in?", "says the TSC will document and publicize the schedule of merge parties and release parties; no time or zone"),
 ("what day and time are the openapi TSC calls held", "mentions TSC meetings/calls and patch releases at the first TSC meeting of a month; no day or time"),
 ("whats the name of the openapi slack channel where release votes get announced", "says the Liaison announces in the Slack channel; no channel name"),
 ("when is OpenAPI 4.0 coming out?", "v4.0.0 named as the next MAJOR work branch; no date"),
 ("how many members sit on the OAI business governing board", "BGB mentioned (liaison, re-establishing minimum); no size"),
 ("how much does the openrefine project director get paid", "paid position; no salary"),
 ("do openrefine committers get removed if they are inactive for a year?", "how to become a committer; no removal/inactivity rule"),
 ("how many times a year does the openrefine steering committee meet", "members participate in some meetings 'when time allows'; only the Advisory Committee's monthly CS&S meeting is given"),
 ("how many days does openrefine take to fix a reported security vulnerability", "core team will try their best; no time frame"),
 ("does openrefine pay a bug bounty for security reports", "nothing about bounties"),
 ("how many committers does openrefine have at the moment", "list only linked (github org people page); no number"),
 ("does cisco pay a bug bounty for clamav vulnerabilities", "nothing about rewards"),
 ("how many years does a clamav LTS release get security patches", "only: verify the bug in the latest stable patch release; no LTS/EOL policy"),
 ("is there a PGP key i should use to encrypt my email to psirt", "only the encrypted zip with password for sample files; no PGP key"),
 ("how do i report a false positive detection to clamav", "only security issues and general bug reports; false positives not covered"),
 ("what CVSS score does a clamav bug need to be treated as a vulnerability", "defines vulnerabilities by kind (DoS, crash, leak, privilege escalation...); no CVSS"),
]
OFF = [
 "whats a good hydration ratio for sourdough bread",
 "how do i sort a list of dicts by a key in python",
 "anyone know if it's gonna rain in Manchester tomorrow",
 "what's the capital of australia, canberra or sydney?",
 "can someone recommend a laptop under 800 euros for uni",
 "who won the champions league final last year",
 "how many km is a marathon",
]
# trimmed to 20 answerable questions per document
DROP = {"who is actually on the coq CoC enforcement team rn", "what makes coqbot refuse a merge now command",
        "how often can the TSC hold voting periods to add members", "a draft feature got rejected, what label does it get then",
        "I guess only TSC members are allowed to contribute to the OpenAPI spec?",
        "minimum size of the openrefine advisory committee?", "who owns the openrefine.org domain",
        "can the openrefine core team decide a project direction privately among themselves?",
        "clamd has lots of threads, how do i get backtraces for all of them", "which gdb command prints the backtrace they want"}
A = [x for x in A if x[1] not in DROP]
assert len(A) == 80, len(A)
out, i = [], 0
def nid():
    global i; i += 1; return f'M38{i:03d}'
for doc, q, f, ev, fp in A:
    out.append({"id": nid(), "doc": doc, "q": q, "expect": "answer", "facts": f, "evidence": ev})
for q, _ in NM:
    out.append({"id": nid(), "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
for q in OFF:
    out.append({"id": nid(), "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
with open(os.path.join(ROOT, 'questions.jsonl'), 'w') as fh:
    for o in out: fh.write(json.dumps(o, ensure_ascii=False) + '\n')
if __name__ == '__main__':
    import sys
    if '--report' in sys.argv:
        ids = {o['q']: o['id'] for o in out}
        for doc, q, f, ev, fp in A:
            if fp: print('FP', ids[q], q, '=>', f)
        for q, w in NM: print('NM', ids[q], q, '=>', w)
        for q in OFF: print('OFF', ids[q], q)
        from collections import Counter
        print(Counter(d for d, *_ in A))
