#!/usr/bin/env python3
"""Writes manifest.json and questions.jsonl for the fictional-hackspace set."""
import json, os
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

manifest = [
    {"file": "docs/GOVERNANCE", "id": "governance", "title": "Quernstone Project Governance"},
    {"file": "docs/security-policy.html", "id": "security-policy", "title": "Quernstone Security and Vulnerability Disclosure Policy"},
    {"file": "docs/code-of-conduct.docx", "id": "code-of-conduct", "title": "Quernstone Community Code of Conduct"},
    {"file": "docs/contributor-policy.pdf", "id": "contributor-policy", "title": "Quernstone Contributor and Maintainer Policy"},
]

A = []  # (doc, q, facts, evidence)
def a(doc, q, facts, evidence):
    A.append((doc, q, facts, evidence))

G = "governance"
a(G, "how many ppl sit on the steering council and how long is a term?",
  [["five", "5"], ["two years", "2 years"]],
  ["The Steering Council has five seats. Council members serve terms of two"])
a(G, "3 of the council members just got hired by the same company lol. is that even allowed?",
  [["two", "2"]],
  ["No more than two Council members may be employed by, or be paid",
   "will resign; if they do not agree, the member with the shortest"])
a(G, "who actually gets a vote in the council elections?",
  [["Committer"], ["Maintainer"], ["twelve months", "12 months"]],
  ["Every Committer and Maintainer who has been active in the twelve months"])
a(G, "when r council elections and how long is voting open for?",
  [["March"], ["10 days", "ten days"]],
  ["Council elections are held each March. The Council appoints an Election",
   "Voting is open for 10 days and uses ranked ballots counted by the"])
a(G, "can i nominate myself for the council? ive been contributing for like 4 months",
  [["six months", "6 months"]],
  ["Nominations are open for 21 days. Any Contributor with at least six",
   "months of recorded contributions may stand, and self-nomination is"])
a(G, "how long can my candidate statement be for the election",
  [["500 words", "500"]],
  ["welcome. Each candidate publishes a statement of no more than 500"])
a(G, "is there a public report on where the donation money goes? when does it come out",
  [["30 June", "June"]],
  ["The Council publishes an annual financial report on the forum by 30"])
a(G, "a council member quit halfway through their term, who replaces them?",
  [["highest-placed unelected candidate", "highest-placed", "runner-up"], ["special election"]],
  ["offered to the highest-placed unelected candidate from that election.",
   "Otherwise the Council holds a special election within 60 days, run"])
a(G, "can a council member get kicked off the council? what does it take",
  [["three of the other four", "three of four", "3 of the other 4"]],
  ["Conduct, for missing three consecutive meetings without notice, or for",
   "three of the other four members."])
a(G, "how fast do the council meeting minutes get posted and where do i find them",
  [["seven days", "7 days"], ["forum"]],
  ["Minutes are published on the forum, in the Governance category, within",
   "seven days of each meeting. Minutes of closed sessions record only the"])
a(G, "can anyone just sit in on steering council meetings or r they private",
  [["observers"], ["closed session"]],
  ["open to observers unless the Council goes into closed session for a"])
a(G, "whats a QEP and when do i actually need to write one",
  [["Quernstone Enhancement Proposal", "Enhancement Proposal"], ["wire protocol", "storage format", "supported platforms"]],
  ["Substantial changes to the design of Quernstone, its wire protocol, its",
   "storage format or its list of supported platforms need a Quernstone"])
a(G, "how does a QEP get accepted, how many votes does it need?",
  [["two +1", "two"], ["no -1"]],
  ["is accepted if it receives at least two +1 votes and no -1 vote.",
   "A QEP has a public comment period of at least 14 days. After the"])
a(G, "i voted -1 on a QEP but didnt give a reason, does my vote still count?",
  [["counted as 0", "0", "zero"]],
  ["would remove the objection. A -1 vote without reasons is counted as 0."])
a(G, "i heard the saltmarsh trust takes 15% of every donation we get, is that right?",
  [["8 percent", "8%", "eight percent"]],
  ["Donations are received through the Trust, which keeps 8 percent of each"])
a(G, "we want to buy a 2k eur build server for the project, who needs to sign that off?",
  [["majority of the Council", "majority"]],
  ["(b) from EUR 500 to EUR 5,000: by a majority of the Council;"])
a(G, "and if something costs more than 5000 euros is there any extra step?",
  [["14 days", "fourteen days"], ["forum"]],
  ["(c) over EUR 5,000: by a majority of the Council, after the proposal",
   "has been posted on the forum for 14 days."])
a(G, "if i fork quernstone can i call my fork Quernstone Plus?",
  [["different name"]],
  ["Forks of Quernstone must use a different name and logo."])
a(G, "what would it take to change the licence of quernstone",
  [["every Council member", "all", "unanimous"], ["three quarters", "3/4"], ["30 days"]],
  ["Changing the licence of Quernstone also needs the agreement of every",
   "Council member and of three quarters of all Maintainers, after a"])
a(G, "we decided something in a discord voice chat with a few maintainers, is that official now?",
  [["forum", "repository"]],
  ["A decision discussed only on Discord is not a decision of the project",
   "until it is recorded on the forum or in a repository."])

S = "security-policy"
a(S, "found a bug that lets me read other ppls cache entries, where do i report it? can i just post in the discord help channel?",
  [["security@quernstone.dev"]],
  ["Send your report by email to security@quernstone.dev",
   "post on the forum or mention it in the Quernstone Mill Discord server"])
a(S, "how long until someone replies to my security report?",
  [["three business days", "3 business days"]],
  ["replies within three business days to confirm that a person has read your report"])
a(S, "which versions get security fixes rn?",
  [["2.7"], ["2.4"]],
  ["At the time of writing these are the 2.7 series and the 2.4 LTS series."])
a(S, "is there a bug bounty? how much do u pay for a critical",
  [["does not have a bug bounty", "no bug bounty", "cannot pay", "not pay"]],
  ["does not have a bug bounty programme: we cannot pay for reports"])
a(S, "since the embargo is max 30 days anyway, can i publish my writeup next month even if theres no fix?",
  [["90 days", "ninety days"]],
  ["It never lasts more than 90 days from the date we received the report.",
   "The embargo may be extended once, by up to 30 days, if the fix is unusually complex"])
a(S, "whats the target fix time for a high severity vuln",
  [["30 days", "thirty days"]],
  ["High 7.0 to 8.9 An authenticated user can poison cache entries",
   "belonging to another project 3 business days 30 days"])
a(S, "if its critical how fast do u respond and how fast is it fixed?",
  [["24 hours"], ["7 days", "seven days"]],
  ["Critical 9.0 to 10.0 Remote code execution in quernd without authentication 24 hours 7 days"])
a(S, "do i get a CVE for a low severity issue?",
  [["Medium or higher"], ["release notes"]],
  ["We request a CVE identifier for every vulnerability rated Medium or higher.",
   "Low severity issues are fixed in the open and listed in the release notes."])
a(S, "im a distro packager, can we get advance notice of security fixes? what do we need",
  [["pre-notification"], ["security contact"]],
  ["may ask to join the pre-notification list",
   "have a security contact who can act on embargoed information"])
a(S, "what happens if someone on the prenotification list leaks embargoed stuff",
  [["12 months", "twelve months"]],
  ["Members who break an embargo are removed from the list for at least 12 months."])
a(S, "can i load test demo.quernstone.dev to check for DoS bugs?",
  [["10 requests per second"], ["out of scope", "load testing"]],
  ["denial-of-service or load testing against project infrastructure",
   "keep any testing of demo.quernstone.dev below 10 requests per second"])
a(S, "tbh im nervous, will u sue me if i find a vuln while poking around?",
  [["good faith"], ["legal action"]],
  ["We will not take legal action against, or ask the authorities to act against",
   "anyone who researches and reports a vulnerability in good faith under this policy"])
a(S, "is a vuln in a third party storage backend plugin in scope?",
  [["not hosted", "their authors", "out of scope"]],
  ["plugins, storage back-ends and client integrations that are not hosted in the quernstone organisation",
   "please report those to their authors"])
a(S, "how often will u update me while my report is still open",
  [["14 days", "fourteen days"]],
  ["While the report is open we send you an update at least every 14 days"])
a(S, "my english isnt great, can i write the vuln report in german?",
  [["German"]],
  ["We read reports in English and German."])
a(S, "oops i accidentally posted vuln details in a discord channel, what now",
  [["at once", "immediately"], ["remove"]],
  ["for example in a Discord channel, tell us at once",
   "Discord moderators are asked to remove such messages and forward them to the team."])
a(S, "how many ppl are on the security response team and who picks them",
  [["three and seven", "3 and 7", "three to seven"], ["Steering Council"]],
  ["has between three and seven members, all of them Maintainers, appointed by the Steering Council"])
a(S, "how do i check a quernstone download hasnt been tampered with",
  [["minisign"]],
  ["Every release tarball and binary is signed with the project's minisign key",
   "The public key and checksums are published on the download page."])
a(S, "found a vuln in a rust crate that quernstone depends on, who do i tell?",
  [["upstream"]],
  ["please report it to the upstream project first, following its own policy"])
a(S, "my scanner says some static pages are missing security headers, does that count as a vuln?",
  [["out of scope", "closed without action"]],
  ["missing security headers or cookie flags on static pages where no exploit is shown",
   "The following are out of scope and will normally be closed without action"])

C = "code-of-conduct"
a(C, "does the code of conduct cover DMs? someone from the server keeps messaging me weird stuff",
  [["direct messages"]],
  ["direct messages between community members, when the conversation began in a community space"])
a(C, "how do i report someone on discord?",
  [["Millkeeper", "ModMail"], ["/report"]],
  ["by sending a direct message to the Millkeeper ModMail bot or by using the /report command"])
a(C, "if i appeal how long does it take to get an answer",
  [["21 days", "twenty-one days"]],
  ["The panel sends its decision, with reasons, within 21 days of receiving the appeal."])
a(C, "how quickly do u respond to a conduct report and when will there be a decision?",
  [["48 hours"], ["14 days"]],
  ["We acknowledge every report within 48 hours and aim to reach a decision within 14 days."])
a(C, "can i report someone anonymously?",
  [["anonymously"]],
  ["You may report anonymously, but this can limit what we are able to do"])
a(C, "my report is about someone on the conduct committee itself, what do i do",
  [["left out"], ["council@quernstone.dev", "Steering Council"]],
  ["that member is left out of the handling of the report",
   "If it concerns the whole Committee, write to the Steering Council at council@quernstone.dev instead."])
a(C, "how long can a discord mod time me out without the committee getting involved",
  [["24 hours"]],
  ["time someone out on Discord for up to 24 hours without waiting for the Committee"])
a(C, "i got temp banned, how long can a temp ban last?",
  [["7"], ["90 days"]],
  ["Between 7 and 90 days, as the Committee decides"])
a(C, "can a permanent ban ever be lifted?",
  [["2 years", "two years"]],
  ["Permanent; a review may be requested after 2 years"])
a(C, "who decides on a permanent ban, can one mod just do it?",
  [["all of them", "unanimous"], ["Committee"]],
  ["except for permanent bans, which need all of them to agree",
   "must pass any report that could lead to a temporary or permanent ban to the Committee"])
a(C, "i made an alt because my main got timed out, whats the big deal",
  [["up one level", "one level"]],
  ["the Committee moves the case up one level and any ban starts again from the beginning"])
a(C, "i got banned yesterday, can i appeal? how long do i have",
  [["appeals@quernstone.dev"], ["14 days", "fourteen days"]],
  ["send an email to appeals@quernstone.dev within 14 days of being told of the decision"])
a(C, "who hears the appeal? is it the same ppl who banned me?",
  [["three", "3"], ["Steering Council"]],
  ["an appeals panel of three Steering Council members who were not involved in the original decision",
   "Members of the Conduct Committee may not sit on the panel."])
a(C, "if i appeal can the panel make my ban longer?",
  [["cannot increase"]],
  ["The panel cannot increase a consequence."])
a(C, "am i still banned while my appeal is pending or does it pause?",
  [["stays in force"]],
  ["A ban stays in force while the appeal is being considered."])
a(C, "a mod gave me a level 1 correction and i want to appeal it to the council, how do i do that",
  [["cannot be appealed"]],
  ["Corrections at level 1 cannot be appealed, but you can always reply to the moderator"])
a(C, "how long does a warning stay on my record?",
  [["6 months", "six months"]],
  ["Warning stays on record for 6 months"])
a(C, "is posting screenshots of someones DMs against the rules?",
  [["consent"], ["Conduct Committee"]],
  ["posting screenshots of private messages without the consent of the other people in them",
   "except when reporting to the Conduct Committee"])
a(C, "i reported someone and the committee did nothing. can i appeal that as the reporter?",
  [["no action"]],
  ["a reporter, if the Committee decided to take no action on their report."])
a(C, "at querncamp who do i go to if someone is harassing me",
  [["green lanyard"]],
  ["by speaking to anyone wearing a green lanyard"])

P = "contributor-policy"
a(P, "where do i sign the CLA before my first PR?",
  [["DCO", "Developer Certificate of Origin"], ["sign-off", "Signed-off-by", "git commit -s"]],
  ["Quernstone does not ask contributors to sign a contributor licence agreement (CLA), and",
   "the copyright in your work. Instead, every commit must carry a sign-off under the"])
a(P, "my MR is blocked by dco-check, how do i fix it",
  [["--signoff", "git rebase --signoff main"]],
  ["dco-check job blocks merge requests with a commit that is not signed off. If you forget, run",
   "git rebase --signoff main and push again."])
a(P, "can i contribute anonymously or do i have to use my real name",
  [["anonymous"], ["known by", "real name"]],
  ["name you are known by in the community; we do not accept anonymous contributions. The"])
a(P, "my company pays me to work on quernstone, does that get my PRs reviewed faster or with fewer approvals?",
  [["does not change", "nobody can buy"]],
  ["paid by their employers for some of their time. Payment does not change the review rules:",
   "nobody can buy a merge, a release date or a place on the roadmap. Third-party bounties"])
a(P, "can i copy some GPL code into quern-core?",
  [["not accepted"]],
  ["the GPL, the LGPL or another copyleft licence is not accepted into the main repositories."])
a(P, "am i allowed to use copilot or chatgpt for my PR?",
  [["say so", "merge request description"]],
  ["You may use AI coding assistants, but you must say so in the merge request description,"])
a(P, "how many approvals do i need to get my PR merged",
  [["one", "1"], ["two", "2"]],
  ["Every merge request needs approval from at least one Maintainer of the component",
   "authentication and authorisation, or the release tooling need two Maintainer approvals,"])
a(P, "im a maintainer, can i merge my own MR if nobody reviews it?",
  [["revert", "reverting"]],
  ["Nobody merges their own merge request. The only exception is reverting a change that"])
a(P, "my PR got approved an hour ago, why isnt it merged yet?",
  [["24 hours"]],
  ["A non-trivial merge request stays open for at least 24 hours after the first approval, so that"])
a(P, "how long until someone reviews my MR? its been 2 weeks and nothing",
  [["five working days", "5 working days"], ["review-queue"]],
  ["We aim to give every merge request a first review within five working days. If you have",
   "heard nothing after 14 days, ask in the #review-queue channel on Discord or on the"])
a(P, "what happens if i dont get round to answering review comments for a while",
  [["60 days"], ["stale"]],
  ["A merge request whose author has not responded to review comments for 60 days is"])
a(P, "how often do new minor versions come out?",
  [["eight weeks", "8 weeks"]],
  ["Quernstone follows semantic versioning. A new minor release is published every eight"])
a(P, "when is feature freeze before a release, and when does the rc come out?",
  [["two weeks", "2 weeks"], ["one week", "1 week"]],
  ["weeks from the main branch. Feature freeze begins two weeks before the release date, and",
   "a release candidate is published one week before it. Features that are not ready at the"])
a(P, "which releases are LTS?",
  [["every fourth", "fourth"]],
  ["Every fourth minor release, counted from x.0 (for example 2.0, 2.4 and 2.8), is a long-term"])
a(P, "how long does 2.4 LTS get security fixes",
  [["18 months"]],
  ["For 18 months after the LTS"])
a(P, "we're on 2.7, do we still get security fixes once 2.8 is out?",
  [["4 weeks", "four weeks"]],
  ["Until 4 weeks after the next"])
a(P, "just became a maintainer, what do i need to set up before i get merge rights?",
  [["two-factor authentication", "2FA"]],
  ["New Maintainers must turn on two-factor authentication on code.quernstone.dev before"])
a(P, "what do i need to become a maintainer? i have like 12 merged PRs",
  [["20"], ["six months", "6 months"]],
  ["had at least 20 merge requests merged, or done an equivalent amount of review,",
   "contributed regularly for at least six months;"])
a(P, "who decides if someone becomes a maintainer and how long does it take",
  [["seven days", "7 days"], ["objects", "no objection"]],
  ["seven days. The candidate is appointed if no Maintainer objects. An objection must give"])
a(P, "what happens to maintainers who disappear for ages? can they come back later",
  [["12 months", "twelve months"], ["emeritus"], ["two years", "2 years"]],
  ["vote for 12 months is considered inactive. The Steering Council then writes to them. If",
   "An emeritus Maintainer may ask to return within two years of becoming emeritus. They"])

NEAR = [
    "who is the chair of the steering council right now?",
    "is there a limit on how many terms in a row someone can serve on the council?",
    "whats the minimum age to join the quernstone mill discord?",
    "does the trust pay travel costs if a maintainer goes to a conference to give a talk?",
    "when and where is querncamp happening this year?",
    "what day and time r the monthly council calls? i wanna listen in",
    "how much money does the project actually have in the bank rn",
    "can i donate with paypal or crypto?",
    "who assigns quernstone's CVE ids, is the project its own CNA?",
    "when does the security team's pgp key expire",
    "whats the release date for 2.8?",
    "is windows an officially supported platform for quernd?",
    "how many maintainers does the project have at the moment?",
    "who are the trustees of the saltmarsh software trust?",
    "are the council meetings recorded and put on youtube?",
    "is there a max length for a QEP, like a word limit?",
    "do committers also have to turn on 2fa or just maintainers?",
    "whats the msrv policy, how old a rust version do u support?",
    "how long does the modmail bot keep my messages to the mods?",
    "who is the election officer for this year's council election?",
    "is quernstone a registered trademark?",
]
OFF = [
    "anyone know a good mechanical keyboard under 100 bucks?",
    "whats the weather gonna be like in lisbon next week, going to a conf",
    "how do i fix borrow checker error E0499 in my own rust project",
    "can u recommend a good rust book for beginners pls",
    "who won the champions league final this year?",
    "whats a good recipe for banana bread lol",
    "whats the difference between tcp and udp, explain like im 5",
]

with open(os.path.join(ROOT, "manifest.json"), "w") as f:
    json.dump(manifest, f, indent=2)
    f.write("\n")
rows = []
n = 0
for doc, q, facts, ev in A:
    n += 1
    rows.append({"id": f"HS{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    n += 1
    rows.append({"id": f"HS{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
assert n == 108, n
with open(os.path.join(ROOT, "questions.jsonl"), "w") as f:
    for r in rows:
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
from collections import Counter
print(Counter(r["doc"] for r in rows))
