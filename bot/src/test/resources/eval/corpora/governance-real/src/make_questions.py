#!/usr/bin/env python3
"""Writes ../questions.jsonl. False-premise cases are marked # FP."""
import json, os

NIX = 'nix-governance-constitution'
OS = 'openstack-tc-charter'
JS = 'openjs-cpc-charter'
FH = 'fhiso-tsc-charter'

A = []  # (doc, q, facts, evidence)

# --- Nix Governance Constitution (Markdown) ---
A += [
 (NIX, "how many people sit on the nix steering committee?",
  [["7", "seven"]],
  ["The SC consists of 7 elected members", "composed of 7 elected individuals to represent the community"]),
 (NIX, "nix SC members get 3 year terms right?",  # FP
  [["2 years", "two years", "2-year", "two-year"]],
  ["each member holds a seat for one term of at most 2 years"]),
 (NIX, "is there a term limit for people on the Nix steering committee",
  [["two consecutive terms", "2 consecutive terms"], ["no lifetime maximum"]],
  ["Members can at most serve two consecutive terms", "There is no lifetime maximum"]),
 (NIX, "what vote does the nix SC need to change the constitution?",
  [["2/3", "two-thirds", "two thirds"]],
  ["The following decisions require at least a 2/3 supermajority agreement of the full SC size"]),
 (NIX, "can the nix SC kick one of its own members off with a simple majority vote?",  # FP
  [["supermajority", "2/3", "two-thirds", "two thirds"]],
  ["A supermajority within the SC may remove SC members", "Forced removal of SC members"]),
 (NIX, "how do i become eligible to vote in the nix steering committee election",
  [["25 commits", "25"], ["commit access", "merging any PR"]],
  ["to total at least 25 commits", "Have exercised commit access by merging any PR to the NixOS GitHub organisation"]),
 (NIX, "how many endorsments does a nix SC candidate need",
  [["3", "three"]],
  ["To be publicly endorsed by at least 3 other people eligible to vote"]),
 (NIX, "Who actually runs the Nix SC elections, and how big does that group have to be?",
  [["Election Committee"], ["3", "three"]],
  ["The previous SC appoints an Election Committee (EC) of at least 3 people to administer the election"]),
 (NIX, "wat kind of voting system is used to elect the nix steering committee",
  [["proportional representation"], ["ranked"]],
  ["The election is done using a proportional representation oriented tallying system based on ranked ballots"]),
 (NIX, "so the nix SC can have 3 or 4 people from the same company as long as they all got elected fair and square?",  # FP
  [["maximum of two", "two members", "2 members", "at most two"]],
  ["there is a hard maximum of two members with the same CoI at any time",
   "there is a soft limit of one individual with the same CoI"]),
 (NIX, "what does it take to make a big change to the nix community values",
  [["90%", "90 %", "90 percent", "ninety percent"]],
  ["Substantial amendments to the Nix Community Values require 90% agreement in a poll among eligible voters"]),
 (NIX, "if someone on the nix SC resigns, is there automatically a by-election?",
  [["special election"], ["abstaining", "abstain"]],
  ["a special election for that position may be held if the SC deems it necessary",
   "Otherwise, the missing positions are assumed to be abstaining from all the SC votes"]),
 (NIX, "whoever wins a nix special election gets a fresh full term, right?",  # FP
  [["remainder of the term", "serve out the remainder"]],
  ["will serve out the remainder of the term of the person they are replacing"]),
 (NIX, "who decides how nix money gets split between events, the foundation board or the SC",
  [["board"], ["priorities"]],
  ["while the SC decides the priorities within these scopes and limits of the allocated funds"]),
 (NIX, "can the nix SC block the foundation from appointing a new board member",
  [["simple majority"], ["binding"]],
  ["give the SC the opportunity to object to the appointment by simple majority",
   "The objection of the SC is binding to the board unless recalled by the SC"]),
 (NIX, "how long do nixos foundation board ppl serve for",
  [["2 years", "two years"]],
  ["Board members have terms of no longer than 2 years"]),
 (NIX, "if the nix SC objects to a board member's renewal, the board can overrule it with a normal majority vote right?",  # FP
  [["unanimous"]],
  ["The board can override such an objection only by a unanimous decision"]),
 (NIX, "where is the nixos foundation actually registered",
  [["Utrecht"], ["Netherlands"]],
  ["a non-profit organisation in Utrecht, the Netherlands"]),
 (NIX, "what's the threshold for normal nix SC decisions, just over half of whoever shows up?",  # FP
  [["full SC"], ["more than 50%", "simple majority"]],
  ["can be decided with a simple majority (more than 50%) of a full SC"]),
]

# --- OpenStack Technical Committee Charter (HTML) ---
A += [
 (OS, "how many seats r there on the openstack TC",
  [["13", "thirteen"]],
  ["The TC is composed of 13 directly-elected members"]),
 (OS, "openstack TC members are elected for 2 years, correct?",  # FP
  [["one-year", "one year", "1 year", "1-year"]],
  ["Seats are valid for one-year terms"]),
 (OS, "how often does openstack elect the TC and how many seats are up each time",
  [["6 months", "six months"], ["6 seats", "six seats"], ["7 seats", "seven seats"]],
  ["The 13 TC seats are partially renewed every 6 months using staggered elections",
   "6 seats are renewed every (Northern hemisphere) Fall, and 7 seats are renewed"]),
 (OS, "what's the quorum for an openstack TC meeting",
  [["half"], ["7", "seven"]],
  ["at least half of the members need to be present", "minimum of 7 people present"]),
 (OS, "a motion at the openstack TC passes w/ a simple majority of the whole committee right",  # FP
  [["one third", "one-third", "1/3"], ["5", "five"]],
  ["a minimum of positive votes of at least one third of the total number of TC members",
   "committee that means a minimum of 5 approvers"]),
 (OS, "how long does a motion have to be up for review before the openstack TC votes it through?",
  [["7 calendar days", "seven calendar days", "7 days", "seven days"]],
  ["posted to Gerrit for review for a minimum of 7 calendar days"]),
 (OS, "once an openstack TC motion has enough votes is it passed straight away",
  [["3 calendar days", "three calendar days", "3 days", "three days"]],
  ["it must stay open for further comments and voting for a minimum of 3 calendar days"]),
 (OS, "what happens if a TC vote in openstack is a tie",
  [["rejected"]],
  ["ties mean the motion is rejected"]),
 (OS, "changing the openstack TC charter just needs a normal majority too?",  # FP
  [["two-thirds", "2/3", "two thirds"], ["9", "nine"]],
  ["two-thirds of the total number of TC members", "committee that means a minimum of 9 approvers"]),
 (OS, "who gets to vote in the openstack TC elections",
  [["Active Technical Contributors", "ATC"]],
  ["The TC seats are elected by the Active Technical Contributors"]),
 (OS, "i do bug triage for openstack but have no merged commits, can i still get ATC staus?",
  [["TC chair"], ["one year", "1 year", "two elections"]],
  ["can exceptionally apply for ATC either by sending an email to the TC chair",
   "is valid one year (two elections)"]),
 (OS, "who's allowed to run for a seat on the OpenStack TC?",
  [["Foundation individual member", "individual member"]],
  ["Any Foundation individual member can propose their candidacy"]),
 (OS, "how does openstack pick the TC chair",
  [["one of its members"], ["Board of Directors"]],
  ["After each election, the TC proposes one of its members to act as the TC chair",
   "The Board of Directors has the authority to approve the TC chair"]),
 (OS, "openstack PTLs get elected for a year like the TC, yeah?",  # FP
  [["every development cycle", "development cycle"]],
  ["PTL seats are completely renewed every development cycle"]),
 (OS, "who votes in an openstack PTL election",
  [["Active Project Contributors", "APC"]],
  ["Voters for a given project's PTL election are the Active Project Contributors"]),
 (OS, "if an openstack TC member quits mid-term who gets the seat",
  [["replacement"], ["order they appear in the results", "did not win seats", "do not win seats"]],
  ["the TC will select a replacement to serve out the remainder of the term",
   "will be consulted in the order they appear in the results"]),
 (OS, "can a foundation board director sit on the openstack TC at the same time",
  [["cumulate", "Foundation Director"]],
  ["You can cumulate any other role, including Foundation Director, with a TC seat"]),
 (OS, "openstack TC status meetings are weekly in #openstack-tc arent they",  # FP
  [["monthly"]],
  ["are public and held monthly in the"]),
]

# --- OpenJS Foundation Cross Project Council Charter (PDF) ---
A += [
 (JS, "what kinds of members does the openjs CPC have",
  [["Observers"], ["Regular members"], ["Voting members"]],
  ["The CPC is an inclusive group with three types of participants"]),
 (JS, "how do i become a regular member of the OpenJS cross project council? do i need an invite or smth",
  [["PR", "pull request"]],
  ["may request to become a regular member by opening a PR to add themselves to"]),
 (JS, "if i go inactive for a month do i get dropped as a regular CPC member",  # FP
  [["3 months", "three months"]],
  ["Regular members who have not been active in GitHub, participated in meetings, or other work of the CPC for 3",
   "months may be removed from the list of Regular members"]),
 (JS, "how many voting members can an impact project nominate to the cpc",
  [["two", "2"]],
  ["Each Impact project may nominate up to two members through a process of their choosing"]),
 (JS, "how long is a CPC voting member's term",
  [["1 year", "one year"]],
  ["Voting members serve for a term of 1 year and must be re-nominated and ratified by the Voting CPC members each"]),
 (JS, "up to half the openjs CPC voting members can work for the same company, right?",  # FP
  [["one-fourth", "one fourth", "1/4", "a quarter"]],
  ["No more than one-fourth of the Voting CPC members may be affiliated with the same employer"]),
 (JS, "who runs CPC meetings and how do they get picked",
  [["Chairperson"], ["consensus", "vote"]],
  ["The CPC chairperson shall be one of the Voting members, and will be selected by the"]),
 (JS, "how long is the openjs CPC chair's term and is there a limit on terms",
  [["one year", "1 year"], ["no limits"]],
  ["The term for each of these roles is one year",
   "There are no limits on the number of terms a CPC Chairperson or Director may serve"]),
 (JS, "what election method does the cpc use when electing people",
  [["Condorcet"], ["Single Transferable Vote", "STV"]],
  ["a multiple-candidate method should be used, such as:"]),
 (JS, "if only 1 person runs for cpc chair do we still hav to hold an election?",
  [["No election is required", "no election"]],
  ["No election is required if there is only one candidate"]),
 (JS, "CPC votes are won by a majority of the members who show up to the meeting right",  # FP
  [["all Voting CPC members"]],
  ["For all votes, a simple majority of all Voting CPC members for, or against, the issue wins"]),
 (JS, "how does the openjs CPC normally make decisions, do they vote on everything?",
  [["consensus"], ["Does anyone object"]],
  ["The CPC follows a Consensus Seeking decision making model"]),
 (JS, "can the cpc fix typos in its charter without the board signing off",
  [["trivial changes", "spelling and punctuation"]],
  ["the CPC may make trivial changes to the charter without requiring board approval"]),
 (JS, "so the CPC can rewrite its whole charter on its own by majority vote and the board gets no say?",  # FP
  [["subject to approval", "approval from the OpenJS Foundation board", "board approval", "approval by the Board"]],
  ["charter are also subject to approval from the OpenJS Foundation board"]),
 (JS, "what's a CPC director and who can be one",
  [["Board"], ["current CPC Members", "CPC Members"]],
  ["CPC Board representatives are called CPC Directors", "To be eligible, candidates must be current CPC Members"]),
 (JS, "does the CPC set release dates for the openjs projects",
  [["self-governing"], ["release dates"]],
  ["OpenJS Foundation Projects are self-governing entities", "Setting release dates."]),
 (JS, "our project doesnt have a CoC process, who deals with violations then",
  [["CPC", "Cross Project Council"]],
  ["Handling Code of Conduct violations for projects which do not have a documented process to do so"]),
 (JS, "if a CPC voting member steps down part way through, what happens to the seat",
  [["same process"], ["remainder of the term"]],
  ["CPC motion they may be replaced using the same process by which they were elected",
   "serve out the remainder of the term and must be re-confirmed"]),
]

# --- FHISO Technical Standing Committee Charter (plain text) ---
A += [
 (FH, "whats the email addr for the fhiso technical standing committee",
  [["tsc@fhiso.org"]],
  ["may be contacted at tsc@fhiso.org"]),
 (FH, "who sits on the FHISO TSC?",
  [["Coordinator"], ["Recorder"], ["Special Members"]],
  ["The TSC consists of the following members:"]),
 (FH, "exploratory group coordinators automatically get a seat on the fhiso TSC right",  # FP
  [["not given a seat"]],
  ["Note that Exploratory Groups Coordinators are not given a seat on"]),
 (FH, "who appoints the fhiso committee recorder",
  [["committee coordinator"]],
  ["Committee Recorder, appointed by the committee coordinator."]),
 (FH, "how often does the fhiso tsc meet and can it be just an email thread",
  [["monthly"], ["email conversation"]],
  ["Regularly scheduled TSC meetings will be held, usually at least monthly,",
   "An email conversation may be"]),
 (FH, "who can call a special meeting of the FHISO TSC?",
  [["TSC Coordinator", "Coordinator"], ["majority vote"]],
  ["meetings may be called by the TSC Coordinator or by the majority vote of"]),
 (FH, "when fhiso TSC cant reach consensus it needs a 2/3 vote to decide, correct?",  # FP
  [["simple majority", "simple"]],
  ["build full consensus on all issues, but decisions may be made by simple"]),
 (FH, "are fhiso tsc votes secret or can ppl see who voted what",
  [["recorded in the meeting minutes", "meeting minutes"]],
  ["voting member, shall be recorded in the meeting minutes"]),
 (FH, "who signs off on the fhiso TSC budget",
  [["Board approval", "Board"]],
  ["The committee's budget is subject to Board approval."]),
 (FH, "the fhiso TSC can just appoint new voting members itself cant it",  # FP
  [["does not have the ability", "not have the ability", "cannot"]],
  ["ability to appoint new voting members to the TSC"]),
 (FH, "how does a transitional member become a full member at fhiso",
  [["two ballots"], ["one month"], ["whichever comes first", "whichever"]],
  ["Transitional Members become full members after being present for two"]),
 (FH, "do transitional members votes count twords consensus at fhiso",
  [["not counted"]],
  ["The votes of Transitional Members are not counted when"]),
 (FH, "if i abstain on a ballot that doesnt count towards ending my transitional period, right?",  # FP
  [["same as casting a vote"]],
  ["status, actively abstaining is the same as casting a vote."]),
 (FH, "im not a fhiso member, can i still send in a CFPS paper and what does that make me",
  [["Associates", "Associate"]],
  ["Authors who are not members of the FHISO shall be deemed", "Associates of the FHISO per Article 5 of the Bylaws."]),
 (FH, "can fhiso project teams be set up before the standard development process policy is approved",
  [["may not be formed"], ["Exploratory Groups"]],
  ["PTs may not be formed before it is approved"]),
 (FH, "the fhiso TSC can amend its own charter by a majority vote, yes?",  # FP
  [["Board"]],
  ["the goals and/or policies may be made by the Board at any time"]),
 (FH, "if a TSC policy doc clashes with an executive committee one at fhiso which one wins",
  [["Executive Committee"], ["supersede"]],
  ["Committee's documents supersede those of the TSC."]),
 (FH, "can the fhiso tsc shut down a project team",
  [["dissolving"]],
  ["This may involve suspending or dissolving some Project"]),
]

NEAR = [
 # Nix
 "how long does voting stay open in the nix steering committee election",
 "what month are the nix SC elections held in",
 "how many people are on the NixOS Foundation board?",
 "do nix steering committee members get paid for it",
 "whats the quorum for a nix SC meeting",
 "how long does a Nix-wide ban last before you can appeal it",
 "how often does the nix steering committee have to meet",
 # OpenStack
 "what's the minimum age to run for the openstack TC",
 "how many people from the same company can sit on the openstack TC",
 "how do you remove an openstack TC member for misconduct",
 "who is the current chair of the openstack technical committee",
 "how many official project teams does openstack have right now",
 "can the openstack TC remove a PTL before the end of the cycle",
 # OpenJS
 "how many seats do CPC directors get on the openjs board",
 "how many voting members does the openjs CPC have in total",
 "what's the quorum for an openjs CPC meeting",
 "how often does the cpc meet, weekly?",
 "which projects count as impact projects in openjs",
 "how much money is in the openjs travel fund",
 # FHISO
 "how long is the fhiso committee coordinator's term",
 "how many special members can the fhiso board appoint to the TSC",
 "whats the quorum for a fhiso tsc meeting",
 "how long does the fhiso TSC have to respond to a CFPS paper",
 "how much does fhiso membership cost",
 "which US state is fhiso incorporated in",
]

OFF = [
 "what's a good nix flake template for a rust project",
 "how do i install openstack on a single laptop for testing",
 "can you recommend a good app for building my family tree",
 "whats the weather going to be like in utrecht this weekend",
 "how do i fix npm ERR! ERESOLVE unable to resolve dependency tree",
 "write me a haiku about kubernetes",
 "who won the 2022 world cup",
 "how do i convert a markdown file to pdf with pandoc",
]

out = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl')
n = 0
with open(out, 'w', encoding='utf-8') as f:
    def put(obj):
        f.write(json.dumps(obj, ensure_ascii=False) + '\n')
    for doc, q, facts, ev in A:
        n += 1
        put({"id": f"y{n:03d}", "doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
    for q in NEAR + OFF:
        n += 1
        put({"id": f"y{n:03d}", "doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
print(len(A), 'answerable,', len(NEAR), 'near misses,', len(OFF), 'off-topic')
