# Writes questions.jsonl and manifest.json. Run from the set folder: python3 build/questions.py
import json
A = []
def a(doc, q, facts, ev): A.append(dict(doc=doc, q=q, expect="answer", facts=facts, evidence=ev))
M, N, G, P = "mpl-2", "nova-review", "maintain-git", "gpl-2"
# --- MPL-2 (plain text, no extension)
a(M, "who is actually allowed to put out new versions of this licence?", [["Mozilla Foundation"]], ["Mozilla Foundation is the license steward. Except as provided in Section"])
a(M, "i broke the licence terms by accident and then fixed it. if nobody says anything, how long until my rights are back for good?", [["60 days", "60"]], ["non-compliance by some reasonable means prior to 60 days after You have"])
a(M, "first time ever i got a non-compliance notice from a contributor, how many days do i have to sort it out?", [["30 days", "30"]], ["first time You have received notice of non-compliance with this License", "from such Contributor, and You become compliant prior to 30 days after"])
a(M, "which licences count as the 'secondary' ones? list pls", [["General Public License"], ["Affero"]], ["means either the GNU General Public License, Version 2.0, the GNU", "Lesser General Public License, Version 2.1, the GNU Affero General"])
a(M, "if i only ship a compiled binary of mpl code do i still have to make the source available?", [["Source Code"]], ["(a) such Covered Software must also be made available in Source Code"])
a(M, "can i charge ppl money for sending them the source code?", [["cost of distribution"]], ["Form by reasonable means in a timely manner, at a charge no more", "than the cost of distribution to the recipient; and"])
a(M, "does the mpl let me use the contributors logos or trademarks in my fork?", [["trademarks"]], ["This License does not grant any rights in the trademarks, service marks,"])
a(M, "what happens to my licence if i sue someone claiming the software infringes my patent?", [["terminate"]], ["If You initiate litigation against any entity by asserting a patent", "2.1 of this License shall terminate."])
a(M, "where would a lawsuit about this licence have to be brought?", [["principal place of business", "principal"]], ["courts of a jurisdiction where the defendant maintains its principal", "place of business and such litigation shall be governed by laws of that"])
a(M, "for companies, what % ownership counts as 'control'?", [["fifty percent", "50%"]], ["fifty percent (50%) of the outstanding shares or beneficial"])
a(M, "when does the licence on my contribution actually kick in?", [["first distributes", "first"]], ["become effective for each Contribution on the date the Contributor first"])
a(M, "am i allowed to sell paid support or a warranty for mpl software?", [["fee"]], ["You may choose to offer, and to charge a fee for, warranty, support,"])
a(M, "a law in my country stops me following part of the licence, what am i supposed to do", [["text file"]], ["describe the limitations and the code they affect. Such description must", "be placed in a text file included with all distributions of the Covered"])
a(M, "mpl is copyleft so my whole app has to be mpl if i use one mpl file, right?", [["Larger Work"], ["Your choice"]], ["You may create and distribute a Larger Work under terms of Your choice,"])
a(M, "can i strip the copyright headers out of the source files?", [["may not remove"]], ["You may not remove or alter the substance of any license notices"])
a(M, "whats the notice i put at the top of my source files? where does it say to get the licence", [["mozilla.org/MPL/2.0"]], ["This Source Code Form is subject to the terms of the Mozilla Public", "file, You can obtain one at http://mozilla.org/MPL/2.0/."])
a(M, "can i write my own licence based on the mpl text?", [["rename"]], ["modified version of this License if you rename the license and remove"])
a(M, "if the software turns out buggy who pays for fixing it?", [["not any Contributor"]], ["(not any Contributor) assume the cost of any necessary servicing,"])
a(M, "does the liability limit cover death or injury?", [["death or personal injury", "personal injury"]], ["limitation of liability shall not apply to liability for death or"])
a(M, "a contributor deleted some of their code, do i still get a patent licence for that removed code?", [["removed"]], ["(a) for any code that a Contributor has removed from Covered Software;"])
# --- Nova code review guide (html page)
a(N, "whats the http status for async resource creation in the nova api", [["202"]], ["Synchronous resource creation: 201 Created Asynchronous resource creation: 202 Accepted"])
a(N, "in the rest api do we say tenant or project?", [["project"]], ["project should be used in the REST API instead of tenant"])
a(N, "r underscores ok in urls?", [["hyphens"]], ["URL should not include underscores; use hyphens"])
a(N, "snake case or camelCase for json field names in requests?", [["snake_case"]], ["use snake_case style, not CamelCase or Mixed_Case style"])
a(N, "i changed an rpc method, can i just remove an argument from it?", [["optional"]], ["Arguments can be added as long as they are optional. Arguments", "cannot be removed or changed in an incompatible way"])
a(N, "where do config options go in the nova tree?", [["nova/conf"]], ["The central place where all config options should reside is the /nova/conf/ package"])
a(N, "can my migration drop or alter a db column?", [["additive-only", "additive"]], ["Changes to the database schema must generally be additive-only"])
a(N, "how long does a column have to be unused before we can drop it", [["at least a release"]], ["present in one of our models) for at least a release"])
a(N, "is it ok to convert data inside a schema migration?", [["must not"]], ["Data migrations must not be present in schema migrations"])
a(N, "since which release are multiple cells v2 cells supported?", [["Pike"]], ["Multiple Cells v2 cells are supported started in the Pike release"])
a(N, "i changed the hyper-v driver, can a core +2 it right away?", [["+1"], ["Hyper-V CI"]], ["for a +1 from the Hyper-V CI on the latest patchset, before you can give that"])
a(N, "how do i trigger the experimental ci jobs on my gerrit review", [["check experimental"]], ["To run the experimental jobs, you need to comment your Gerrit review"])
a(N, "what kind of stuff do the experimental jobs test? examples", [["LXC"]], ["The experimental jobs aim to test specific features, such as LXC containers"])
a(N, "new table only stores uuids and sha1 hashes, utf8 or latin1? and why", [["latin1"], ["1/3"]], ["Use the utf8 charset only where necessary.", "A hex-stringified UUID value in latin1 is 1/3 the size of the same field in utf8"])
a(N, "adding a new microversion, which client projects need a patch?", [["python-novaclient"], ["python-openstackclient"]], ["A new patch for the microversion API change in both python-novaclient"])
a(N, "my microversion changes the response schema, does the tempest test have to be merged before nova merges?", [["passing"]], ["should not be merged until the Tempest test is submitted and at least", "passing; it does not need to be merged yet as long as it is testing the"])
a(N, "when do i have to add a release note to a change?", [["upgrade impact"], ["security"]], ["A release note is required on changes that have upgrade impact, security"])
a(N, "adding a new notification type, which infrastructure do i use", [["versioned notification"]], ["Every new notification type shall use the new versioned notification"])
a(N, "what has to be in the help text for a numeric config option?", [["edge cases", "min value"]], ["describe the edge cases (like the min value, max value, 0, -1)"])
a(N, "better to pass one big dict to a remotable method so its a single call, right?", [["simple values", "construct an object"]], ["Remotable methods should not take complex structures as", "Either construct an object and pass that, or pass"])
# --- How to maintain Git (docx)
a(G, "how much of the git maintainers time goes on integration?", [["50%"]], ["Git time is spent on three activities.", "Applying new patches from the contributors while spotting and correcting minor mistakes"])
a(G, "how long is a git feature release cycle", [["eight to ten weeks"]], ["One release cycle for a feature release is expected to last for eight to ten weeks."])
a(G, "how are maintenance releases numbered and what goes in them?", [["vX.Y.Z"], ["bugfixes"]], ["Maintenance releases are numbered as vX.Y.Z and are meant to contain only bugfixes"])
a(G, "im a user, which branch should i follow if i want it stable?", [["master"]], ["The tip of master is meant to be more stable than any tagged releases"])
a(G, "whats the seen branch for", [["criteria"]], ["publish other proposed changes that do not yet pass the criteria set for next"])
a(G, "does master or maint ever get rewound / force pushed?", [["will not be rewound", "not be rewound"]], ["The tips of master and maint branches will not be rewound"])
a(G, "how often does next get rewound?", [["once"]], ["Early in a new development cycle, next is rewound to the tip of master once"])
a(G, "my topic made it into next, so it's def in the next release yeah?", [["not a guarantee"]], ["Being in the next branch is not a guarantee for a topic to be included"])
a(G, "how do topic branches get named?", [["ai/topic"], ["initial"]], ["A topic branch is named as ai/topic where", "is two-letter string named after author"])
a(G, "what mail client does the maintainer read the list with lol", [["Gnus"]], ["I read my mail in Gnus"])
a(G, "can i send replacement patches for a topic thats already in next?", [["not in next"]], ["Replacement patches to an existing topic are accepted only for commits not in next."])
a(G, "what are those SQUASH??? commits on top of my series?", [["SQUASH???"]], ["maintainer often adds an extra commit, with \"SQUASH???\" in its title, to fix things up"])
a(G, "if i dont agree with the maintainers squash fixup do i have to take it?", [["drop"], ["why"]], ["It is also OK to drop them from the next round when the original author does not agree", "but the author is expected to say why somewhere in the discussion"])
a(G, "how were version numbers done before v1.9.0?", [["vX.Y.Z.W"]], ["vX.Y.Z were feature releases while vX.Y.Z.W were maintenance releases"])
a(G, "what is the jch branch?", [["between master and seen"]], ["Prepare jch branch, which is used to represent somewhere between master and seen"])
a(G, "which script updates the what's cooking message", [["Meta/cook"]], ["This step is helped with Meta/cook script."])
a(G, "two topics merge cleanly but break each other semantically, how does the maintainer fix that? whats the ref called", [["refs/merge-fix"]], ["When the script merges branch $X, it checks if \"refs/merge-fix/$X\" exists, and if so"])
a(G, "whats the classic example of a semantic conflict", [["rename"], ["variable"]], ["A classic example is for one topic to rename an variable and all its uses"])
a(G, "obvious fixes for maint get cooked in next first before going to maint, right?", [["directly applied to maint", "directly"]], ["Obviously correct fixes that pertain to the tip of maint are directly applied to maint.", "An unobvious fix for maint is cooked in next and then merged to master"])
a(G, "which script pushes the integration branches out?", [["Meta/pushall"]], ["Push the integration branches out to public places; Meta/pushall script may aid this step."])
# --- GNU GPL v2 (pdf)
a(P, "if i offer source in writing instead of shipping it, how long must the offer stay valid?", [["three years"]], ["b) Accompany it with a written offer, valid for at least three"])
a(P, "can i sell warranty cover for gpl software i hand out?", [["warranty protection"]], ["you may at your option offer warranty protection in exchange for a fee."])
a(P, "i modified a gpl program, what do i have to mark in the changed files?", [["prominent notices"], ["date"]], ["a) You must cause the modified files to carry prominent notices", "stating that you changed the files and the date of any change."])
a(P, "is just running a gpl program restricted in any way?", [["not restricted"]], ["running the Program is not restricted, and the output from the Program"])
a(P, "if i put my own unrelated program on the same usb stick as gpl stuff does mine become gpl?", [["aggregation"]], ["In addition, mere aggregation of another work not based on the Program"])
a(P, "what postal address for the fsf is in the licence?", [["51 Franklin Street"]], ["51 Franklin Street, Fifth Floor, Boston, MA 02110-1301 USA"])
a(P, "what counts as the 'source code' for a binary, do build scripts count too?", [["preferred form"], ["scripts"]], ["The source code for a work means the preferred form of the work for", "associated interface definition files, plus the scripts used to"])
a(P, "if i break the gpl, do the ppl i gave copies to lose their licence too?", [["not have their licenses terminated", "full compliance"]], ["However, parties who have received copies, or rights, from you under", "this License will not have their licenses terminated so long as such"])
a(P, "i never signed the gpl, so how am i bound by it?", [["not required to accept"], ["acceptance"]], ["5. You are not required to accept this License, since you have not", "Program), you indicate your acceptance of this License to do so, and"])
a(P, "a court order says i cant give out the source because of a patent. can i still distribute the binary?", [["may not distribute"]], ["License and any other pertinent obligations, then as a consequence you", "may not distribute the Program at all. For example, if a patent"])
a(P, "can the copyright holder block distribution in certain countries?", [["geographical"]], ["may add an explicit geographical distribution limitation excluding"])
a(P, "the program just says 'gpl' with no version number, which version applies?", [["any version"]], ["this License, you may choose any version ever published by the Free Software"])
a(P, "i want to put gpl code into another free program with a different licence, who do i ask", [["write to the author", "author"]], ["programs whose distribution conditions are different, write to the author"])
a(P, "is there any warranty at all with gpl software", [["no warranty"]], ["11. BECAUSE THE PROGRAM IS LICENSED FREE OF CHARGE, THERE IS NO WARRANTY"])
a(P, "my project is a library and i want proprietary apps to link it, what does the gpl text suggest", [["Lesser General"]], ["library. If this is what you want to do, use the GNU Lesser General"])
a(P, "whats the name of the example program in the how to apply bit?", [["Gnomovision"]], ["Gnomovision version 69, Copyright (C) year name of author"])
a(P, "im a programmer at a company, what should i get my employer to sign?", [["copyright disclaimer"]], ["school, if any, to sign a \"copyright disclaimer\" for the program, if"])
a(P, "the gpl bans charging money for free software doesnt it", [["charge"]], ["have the freedom to distribute copies of free software (and charge for", "You may charge a fee for the physical act of transferring a copy, and"])
a(P, "who holds the copyright on the gpl v2 text and what years", [["Free Software Foundation"], ["1989"]], ["Copyright (C) 1989, 1991 Free Software Foundation, Inc.,"])
a(P, "can i tweak the wording of the licence itself?", [["not allowed"]], ["of this license document, but changing it is not allowed."])
assert len(A) == 80, len(A)
NM = [
 "whats the email address to report someone violating the mpl to mozilla?",
 "when is mpl version 3 coming out?",
 "whats the spdx id i should put for mpl 2.0?",
 "does mozilla make contributors sign a cla before using mpl?",
 "who is the git maintainer by name?",
 "what day of the week does the what's cooking message go out?",
 "how many weeks between git maintenance releases like x.y.1 and x.y.2?",
 "whats the email address of the git mailing list i send patches to?",
 "how long are old git maintenance branches supported, in years?",
 "when is the rc freeze before a git feature release, how many weeks before?",
 "how many core reviewers does nova have?",
 "how many +2 votes does a nova patch need to merge?",
 "whos the nova ptl right now?",
 "whats the nova irc channel?",
 "how many hours does a third party ci get to report before we stop waiting for it?",
 "what python version is the minimum for nova?",
 "whats the minimum test coverage % nova wants on a patch?",
 "how many days does a nova spec freeze last?",
 "how much does the fsf charge to grant an exception to the gpl?",
 "what's the fsf's phone number?",
 "what year did the gpl v3 come out?",
]
OFF = [
 "anyone know a good recipe for banana bread?",
 "whats the weather gonna be like in london this weekend",
 "how do i fix my wifi dropping every few minutes",
 "what time does the champions league final kick off",
 "recommend me a good sci-fi book pls",
 "how many calories in a pint of beer",
 "whats the best way to learn japanese fast",
]
assert len(NM) == 21 and len(OFF) == 7
rows = []
for i, c in enumerate(A + [dict(doc=None, q=q, expect="abstain", facts=[], evidence=[]) for q in NM + OFF], 1):
    rows.append(dict(id="M29%03d" % i, doc=c["doc"], q=c["q"], expect=c["expect"], facts=c["facts"], evidence=c["evidence"]))
with open("questions.jsonl", "w") as f:
    for r in rows: f.write(json.dumps(r, ensure_ascii=False) + "\n")
json.dump([
 {"file": "docs/MPL-2", "id": M, "title": "Mozilla Public License Version 2.0"},
 {"file": "docs/nova-code-review.html", "id": N, "title": "Code Review Guide for Nova"},
 {"file": "docs/how-to-maintain-git.docx", "id": G, "title": "How to maintain Git"},
 {"file": "docs/gnu-gpl-v2.pdf", "id": P, "title": "GNU General Public License, version 2"},
], open("manifest.json", "w"), indent=1)
