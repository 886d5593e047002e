#!/usr/bin/env python3
# Writes ../questions.jsonl: 80 answerable cases (20 per document), 21 near misses, 7 off-topic.
import json, os
Q = []
def A(doc, q, facts, ev): Q.append(dict(doc=doc, q=q, expect="answer", facts=facts, evidence=ev))
def N(q): Q.append(dict(doc=None, q=q, expect="abstain", facts=[], evidence=[]))

C = "cal-license"
A(C, "if i only use and tweak holochain's code for my own private stuff, do i owe anyone anything under this licence?",
  [["private"]], ["This License gives You unlimited permission to use and modify the software to which it applies"])
A(C, "do i have to sign something to accept the CAL or how does that work",
  [["any action"]], ["agree to its conditions by taking any action with the Work"])
A(C, "so the CAL lets me put the holochain logo on my app right? it grants basically everything",
  [["trademark"]], ["Licensor does not grant any license to the trademarks, service marks, or logos of Licensor"])
A(C, "when i give someone the source does that have to include crypto keys too?? seems weird",
  [["keys"]], ["installation instructions, cryptographic seeds or keys, and any information reasonably necessary for the Recipient"])
A(C, "im hosting the source on github for my fork. how long do i have to keep it up after i stop distributing?",
  [["one year", "1 year"]], ["permissions granted to You under this License and for at least one year thereafter"])
A(C, "can my modifications go out under a different open source licence or does it all have to be CAL",
  [["Compatible Open Source License"]], ["either a) under this License, or b) under a Compatible Open Source License", "means a license accepted by the Open Source Initiative that allows object code"])
A(C, "we're patching a security hole, how long can we sit on the source for the fix before publishing it",
  [["90", "ninety"]], ["a particular modification of the Work for up to ninety (90) days"])
A(C, "if my app runs as a service for ppl, do i have to hand users their data back? and can i charge for that",
  [["no-charge", "no charge", "free"]], ["a no-charge copy, provided in a commonly used electronic form"])
A(C, "is it ok to lock some features behind encryption keys so users need our server to use them?",
  [["cryptographic"]], ["You may not, by the use of cryptographic methods applied to anything provided to the Recipient"])
A(C, "whats the combined work exception for? can the rest of my bigger app be under whatever licence i want",
  [["Larger Work"]], ["the Larger Work as a whole may be licensed under the terms of your choice"])
A(C, "someone on here said holochain can just revoke the CAL whenever they feel like it?? is that true",
  [["revoked"]], ["This License cannot be revoked, only terminated for the reasons listed below."])
A(C, "i messed up and broke one of the conditions by accident. can i get my rights back and is there a time limit",
  [["sixty", "60"]], ["within sixty (60) days of being notified by Licensor or an intended third party beneficiary", "You are eligible for reinstatement of permissions for the Work one time only"])
A(C, "what happens to my licence if i sue someone saying the software infringes my patent",
  [["terminate"]], ["then all permissions granted to You by this License shall terminate"])
A(C, "the software crashed our prod server, can we claim lost profits from the devs?",
  [["AS-IS", "as is"]], ["the Work comes AS-IS, without any warranty of any kind"])
A(C, "do my own employees and contractors count as recipients i owe source code to?",
  [["Affiliate"]], ["Employees of a Licensee and natural persons acting as contractors exclusively providing services to Licensee are also Affiliates"])
A(C, "can holochain make me sue them only in the courts of their home country?",
  [["jurisdiction"]], ["if Licensor provides conspicuous notice of the particular jurisdiction to all Licensees"])
A(C, "can i sublicense it to my customers and add a few extra conditions of my own",
  [["sublicens"]], ["This License is not sublicensable. Each time You provide the Work or a Modified Work to a Recipient"])
A(C, "if it ends up in court over the licence who pays the lawyers",
  [["prevailing party"]], ["the prevailing party shall be entitled to recover its costs and expenses"])
A(C, "if a judge says one clause is unenforceable does the whole licence fall apart",
  [["sever", "reform"]], ["will be severed from this License but the rest of this License will remain in full force"])
A(C, "under what licence is the text of the CAL itself published? can i make my own edited version",
  [["Attribution-ShareAlike", "BY-SA", "ShareAlike"]], ["The text of this license is released under the Creative Commons Attribution-ShareAlike 4.0 International License"])

L = "llvm-qualgroup"
A(L, "what safety standards is the llvm qualification group about? is iso 26262 one of them",
  [["ISO 26262"]], ["IEC 61508 (for general E/E/PE systems), IEC 62304 (medical devices)", "ISO 26262 (automotive), DO-178C (aerospace), and EN 50716 (railways)"])
A(L, "can the qual group block or approve my patches to llvm?",
  [["non-enforcing", "does not control"]], ["The group is non-enforcing and does not control any part of the codebase."])
A(L, "when did the qualification group start",
  [["July 2025"]], ["This group was initiated in July 2025."])
A(L, "how fast are they expecting to get results, like whats considered good?",
  [["1-2 years", "one to two years", "1 to 2 years"]], ["Concrete outcomes in 1-2 years would be considered excellent for this type of cross-company and voluntary collaboration."])
A(L, "which company is petter berntsson from and whats his github handle",
  [["Arm"], ["petbernt"]], ["Petter Berntsson Arm Limited petbernt petbernt petbernt"])
A(L, "me and 4 coworkers want to join the qual group, can all 5 of us be members?",
  [["three", "3"]], ["Organizations are limited to three representatives within the group to maintain diversity."])
A(L, "whats the discord channel for the qual wg",
  [["fusa-qual-wg"]], ["Engage in conversations on the LLVM Community Discord in the #fusa-qual-wg channel."])
A(L, "how often do they have calls",
  [["monthly"]], ["Join our monthly sync-up calls. Details on working sessions and meeting minutes are shared"])
A(L, "im an academic not a compiler dev, do i qualify for membership?",
  [["research"]], ["Active research, publication, or development of methodologies, frameworks, or tools aimed at improving LLVM quality and reliability."])
A(L, "can i nominate myself for the qual group or does someone have to do it",
  [["themselves", "yourself", "self"]], ["Individuals may nominate themselves or be nominated by an existing member."])
A(L, "what happens if the group cant agree on whether to accept a nominee",
  [["majority"]], ["If consensus is reached, the nominee is accepted. Otherwise, a majority vote will decide."])
A(L, "will i get removed if i go quiet for a few months",
  [["six months", "6 months"]], ["member participation will be reviewed every six months. Inactive members may be removed following this review."])
A(L, "a thread has been going nowhere, when can the moderator wrap it up?",
  [["2 weeks", "two weeks"]], ["if no new viewpoints are expressed after an agreed period (e.g., 2 weeks)"])
A(L, "how do votes work in the qual group, what % wins and how many ppl have to vote",
  [["50%", ">50", "majority"], ["three-quarters", "3/4", "75"]], ["A decision passes if it receives a majority (>50%) of votes among participants who voted.", "at least three-quarters of the total core members must participate in the vote"])
A(L, "whats the naming format for the sync-up slide files?",
  [["llvm_qual_wg"]], ["the naming convention for these slides is"])
A(L, "how long does google hold on to the transcript data from the calls",
  [["72"]], ["for up to ~72 hours for the purpose of", "This retention period cannot currently be shortened."])
A(L, "i dont want to be transcribed, can i opt out",
  [["disabled"]], ["If any participant objects, auto-transcription will be disabled for that meeting."])
A(L, "the full AI transcripts get posted on discourse after each call right? where do i find them",
  [["deleted"], ["private", "never circulated"]], ["Transcript files are private to the note-taker(s) and never circulated to attendees or the public.", "Transcript files are permanently deleted once the minutes are posted."])
A(L, "are the sync-up meetings recorded?",
  [["not recorded", "not by default"]], ["Meetings are not recorded by default.", "Exceptions are made only when explicit approval from attendees is obtained"])
A(L, "can i use the qual group to pitch my company's safety tooling?",
  [["marketing", "commercial"]], ["Using this group for marketing, lobbying, or promoting non-collaborative commercial agendas."])

S = "neutron-stadium"
A(S, "when did the neutron stadium thing start and why",
  [["Kilo"]], ["During the Kilo timeframe, a decomposition effort started, where the codebase got disaggregated into separate repos"])
A(S, "what docs does our networking project need to have to be in the stadium",
  [["developer"], ["API"]], ["it is expected that each project will have a developer, user/operator and API documentations available"])
A(S, "what kind of test coverage do stadium projects need",
  [["tempest"]], ["unit, functional, and tempest coverage using OpenStack CI (upstream) resources so that Grafana support is available"])
A(S, "do we have to test our db migrations in some special way?",
  [["functional"]], ["it is of paramount importance to ensure that DB models/migrations are tested functionally"])
A(S, "is python 3 support required for stadium projects",
  [["Python 3"]], ["it is important that each Stadium project supports Python 3+ the same way Neutron core does"])
A(S, "what do we need to show for upgrades?",
  [["grenade"]], ["This means having grenade support on top of the CI coverage as described above."])
A(S, "our project only talks to neutron through the REST API, that counts as integrating for the stadium yeah?",
  [["Python API"]], ["REST API does not qualify (the project python-neutronclient is an exception).", "A project must integrate with Neutron via one of the supported, advertised and maintained public Python APIs"])
A(S, "do we have to use neutron-lib",
  [["neutron-lib"]], ["It adopts neutron-lib (with related hacking rules applied), and has proof of good decoupling from Neutron core internals."])
A(S, "how are L2 and L7 services supposed to plug in",
  [["ML2"], ["service plugin"]], ["L2/7 services are provided in the form of ML2 mech drivers and service plugins respectively"])
A(S, "how long do we have to meet the criteria before the stadium will take us",
  [["two OpenStack releases", "2 OpenStack releases", "two releases", "2 releases"]], ["will have to be demonstrated typically for at least two OpenStack releases"])
A(S, "when in the cycle can we apply to join the stadium?",
  [["first milestone"]], ["Application for inclusion is to be considered only within the first milestone of each OpenStack cycle"])
A(S, "we got kicked out of the stadium this cycle but fixed everything, can we reapply next week?",
  [["release cycle"]], ["a project cannot reapply within the same release cycle it has been evicted"])
A(S, "which repo and file do i patch to propose our repo under neutron governance",
  [["openstack/governance"], ["projects.yaml"]], ["propose a patch to the openstack/governance repository", "one would add the following entry under Neutron in reference/projects.yaml"])
A(S, "who usually shepherds that governance patch through review",
  [["PTL"]], ["the PTL, in collaboration with the project", "will shepherd through the review process"])
A(S, "once we're in, do big API changes need a spec?",
  [["neutron-specs"]], ["specifications to neutron-specs are required for major API as well as major architectural changes"])
A(S, "where does our project's docs link go on docs.openstack.org",
  [["Networking Sub Projects"]], ["Each project in the Neutron Stadium must have an entry under the", "section that points to the developer documentation for the project"])
A(S, "what does our grafana dashboard have to show",
  [["Gate"], ["Check"]], ["Any subproject must have a Grafana dashboard that shows failure rates for at least Gate and Check queues."])
A(S, "how do we actually kick off the request to join, is there a form or something",
  [["RFE"]], ["An RFE bug tracking this effort effectively initiates the request for Stadium inclusion"])
A(S, "do stadium projects need release notes, and what tool",
  [["reno"]], ["every project in the Stadium must have release notes", "please see the patches below for an example on how to set up reno"])
A(S, "where do we put the CLI for our project, and should the commands have a prefix?",
  [["python-neutronclient"], ["network"]], ["client command line interface support must be developed in python-neutronclient under osc module", "It is worth prefixing the commands being added with the keyword network"])

D = "dpdk-abi"
A(D, "how often can dpdk declare a new major ABI version",
  [["yearly", "once a year", "every year"]], ["Major ABI versions are declared no more frequently than yearly."])
A(D, "which ABI version goes with dpdk 20.11?",
  [["ABI 21", "21"]], ["usually aligning with a LTS release, e.g. ABI 21 for DPDK 20.11."])
A(D, "does the ABI policy cover the windows build too",
  [["Windows"]], ["Please note that this policy does not currently apply to the Windows build."])
A(D, "when the new major ABI gets declared what happens to librte_eal.so.21.3?",
  [["22.0"]], ["example would be librte_eal.so.21.3 would become librte_eal.so.22.0.", "with the minor version reset to 0"])
A(D, "what do the minor version bumps in the soname mean",
  [["quarterly"]], ["release, typically the DPDK quarterly releases. An example of this, might be that"])
A(D, "how many acks do i need to change the ABI and where do they go",
  [["3", "three"], ["mailing list"]], ["At least 3 acknowledgments of the need to do so must be made on the dpdk.org"])
A(D, "does the tech board have to sign off on an ABI change?",
  [["three members", "3 members", "three", "3"], ["technical board"]], ["The acknowledgment of three members of the technical board, as delegates"])
A(D, "the lib im changing has no maintainer, who acks the ABI change then",
  [["sub-tree"]], ["no maintainer is available for the component, the tree/sub-tree maintainer"])
A(D, "who has to clean out the old compatibility code later on",
  [["original contributor"]], ["code rests with the original contributor of the ABI changes,"])
A(D, "we want to drop support for some old NICs, is that an ABI thing? how much notice",
  [["one release"]], ["relevant deprecation policy procedures as above: 3 acks, technical board approval", "and announcement at least one release in advance."])
A(D, "what is RTE_NEXT_ABI used for",
  [["RTE_NEXT_ABI"]], ["details about oncoming changes. RTE_NEXT_ABI wrapper will be removed at the"])
A(D, "can experimental APIs change with no warning?",
  [["without prior notice", "without notice"]], ["APIs marked as experimental are not considered part of an ABI version and may be"])
A(D, "how long does a new api have to stay experimental before it can go stable",
  [["one release"]], ["an API should remain in experimental state for at least one release."])
A(D, "what happens to an api thats been experimental forever",
  [["two years", "2 years"], ["removal", "removed"]], ["become a candidate for removal, to avoid the accumulation of abandoned symbols."])
A(D, "how often is the experimental status looked at again and by who",
  [["annually", "every year", "yearly"]], ["experimental status should be reviewed annually, by both the maintainer and/"])
A(D, "how do i mark a function as experimental in the header",
  [["__rte_experimental"]], ["development header files), must be marked with the __rte_experimental tag (see"])
A(D, "the build keeps failing the map file vs code symbol check, can i turn that off?",
  [["ALLOW_EXPERIMENTAL_API"]], ["defining ALLOW_EXPERIMENTAL_API during compilation in the corresponding library"])
A(D, "during the ABI breakage window anything goes right? no acks needed",
  [["3 ACKs", "three ACKs", "3 acks"]], ["the ABI breakage window is not permission to circumvent the", "Changes, that is, 3 ACKs of the requirement to break the ABI and the"])
A(D, "my app needs a function that was added in 21.02 before ABI 22 is out. how do i declare that dependency",
  [["21.2"]], ["dependencies are met by specifying DPDK (>= 21.2) as an explicit package"])
A(D, "gonna reorganize some public struct fields so they read nicer, thats a fine reason to change the API right?",
  [["avoid"], ["performance"]], ["due to changes such as reorganizing public structure fields for aesthetic or", "changed for significant reasons, such as performance enhancements. API breakages"])

# near misses (21)
for q in [
  "who chairs the llvm qualification group? whats their name",
  "what day and time (utc) are the qual group sync-up calls",
  "is there a membership fee to join the llvm qualification group",
  "how long do the qual group meeting minutes stay up on discourse",
  "whats the deadline to send slides before a qual group sync-up",
  "does the llvm qualification group get funding or a budget from the llvm foundation?",
  "how much does a commercial licence for holochain cost if i dont want to use the CAL",
  "when did the OSI approve the cryptographic autonomy license",
  "who actually wrote the cryptographic autonomy license?",
  "when is CAL 2.0 coming out",
  "who is the current neutron PTL",
  "how many projects are in the neutron stadium right now",
  "what majority does the TC need to approve a new stadium project, 2/3?",
  "how many core reviewers have to +2 the governance patch for stadium inclusion",
  "whats the irc channel for neutron stadium questions",
  "what minimum unit test coverage percentage do stadium projects need",
  "how long do dpdk LTS branches keep getting bug fix backports, 2 years or 3?",
  "who is on the dpdk technical board",
  "what minimum gcc version do i need to build dpdk",
  "does dpdk pay a bug bounty for security reports",
  "who maintains librte_eal in dpdk",
]: N(q)
# off-topic (7)
for q in [
  "anyone know a good pizza place thats open late",
  "how do i center a div in css lol",
  "whats the weather gonna be like on saturday",
  "can someone recommend a mechanical keyboard under 100 bucks",
  "whats the capital of australia again",
  "how many tablespoons are in a cup",
  "best way to learn japanese fast?",
]: N(q)

assert len(Q) == 108, len(Q)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl'), 'w') as f:
    for i, c in enumerate(Q, 1):
        c = {"id": f"M26{i:03d}", **c}
        f.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(Q))
