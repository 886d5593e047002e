import json
CR, RG, EU, AG = "llvm-code-review", "llvm-coc-response-guide", "eupl-1.2", "ag-grid-eula"
A = []  # answerable: (doc, q, facts, evidence)
def a(doc, q, facts, ev): A.append((doc, q, facts, ev))

# --- LLVM Code-Review Policy and Practices (plain text, no extension)
a(CR, "do i need someone to review my patch before i commit to llvm or can i just push it", [["significant"]],
  ["All developers are required to have significant changes reviewed before they"])
a(CR, "its a tiny fix in a component i own, can i commit it before anyone reviews?", [["Smaller patches", "smaller"], ["owns the component"]],
  ["(or patches where the developer owns the component) that meet", "be committed prior to an explicit review"])
a(CR, "how many reviewers have to approve a patch before it can land", [["single reviewer"]],
  ["Only approval from a single reviewer is required."])
a(CR, "someone left LGTM on my diff, what does that even mean? am i good to commit", [["Looks Good To Me"]],
  ["stands for Looks Good To Me). Only approval from a single reviewer is required."])
a(CR, "got an approval like 10 min after posting, should i commit right away or wait?", [["24 hours"]],
  ["global nature of our community, this waiting time should be at least 24 hours."])
a(CR, "the reviewer asked another person to look at my patch and that person hasnt said anything for ages. what now?", [["week"], ["ping", "Ping"]],
  ["and after a week that community member has yet to respond, feel free to ping"])
a(CR, "how often is it ok to ping my patch? one is urgent and one isnt", [["every couple of days"], ["one week"]],
  ["get this patch landed and ping it every couple of days", "the common courtesy ping rate is one week"])
a(CR, "someone raised a concern about my commit after it landed and asked me to revert. do i actually have to?", [["revert"]],
  ["they may ask for a revert to the original author who is responsible to revert"])
a(CR, "my patch got reverted :( does that mean i did something wrong?", [["does not indicate any fault"]],
  ["This does not indicate any fault from the patch author"])
a(CR, "what happens if i just ignore the post-commit review comments on my patch", [["reverted"]],
  ["Failure to do so is cause for", "There is a strong expectation that authors respond"])
a(CR, "when do i need to write an RFC instead of just sending a patch for review? and where does it go?", [["Language Reference", "language extensions"], ["mailing list"]],
  ["adding language extensions in Clang, and so on, require an RFC"])
a(CR, "which tool do u use for pre-commit reviews in llvm", [["Phabricator"]],
  ["Pre-commit code reviews are conducted on our web-based code-review tool"])
a(CR, "can i post a patch saying ill commit it friday unless somebody objects?", [["explicit approval"]],
  ["needs an explicit approval before it is committed"])
a(CR, "only experts are allowed to review llvm patches right? im pretty new", [["do not need to be an expert"]],
  ["You do not need to be an expert in some area of the code base to review patches"])
a(CR, "who is supposed to give the final approval to commit, does that person need anything special?", [["commit access"]],
  ["final approval should have commit access to the LLVM project."])
a(CR, "im the code owner for this area and nobody else is reviewing a patch in it. what am i supposed to do", [["arrange"], ["review it yourself"]],
  ["owner, and no other experts are reviewing a patch, you must either help arrange"])
a(CR, "what is the [N/M] thing ppl put in patch titles?", [["[N/M]"], ["order"]],
  ["the title of each patch in the series, so it is clear that there is an order"])
a(CR, "a reviewer left like 15 comments, do i have to do everything they say?", [["acknowledged"], ["good reason"]],
  ["All comments by reviewers should be acknowledged by the patch author."])
a(CR, "post-commit review has a higher bar than pre-commit right? so ppl shouldnt nitpick once it's in", [["not higher"]],
  ["The bar for post-commit feedback is not higher than for pre-commit"])
a(CR, "can a reviewer approve my patch on the condition that i send a follow-up patch later?", [["follow-up patch"]],
  ["conditioned on the author providing a follow-up patch addressing some"])

# --- LLVM Code of Conduct Response Guide (docx)
a(RG, "how do i report a code of conduct problem in the llvm community?", [["conduct@llvm.org"]],
  ["Reports are typically received by email (conduct@llvm.org) or in person from the reporter"])
a(RG, "i emailed a coc report yesterday, when should i hear back?", [["24 hours"]],
  ["the CoC Committee should acknowledge receipt within 24 hours"])
a(RG, "how long does the committee usually take to decide on a report", [["two weeks"]],
  ["The committee will aim to have a resolution agreed upon within two weeks"])
a(RG, "someone reported me. how long do i get to give my side of the story?", [["a week"], ["additional time"]],
  ["The reportee will be given a week to respond with the option to request additional time"])
a(RG, "i got banned from the llvm discord yesterday, can i appeal? how", [["conduct@llvm.org"], ["Code of Conduct Incident Appeal"]],
  ["Any individual(s) determined to have violated the CoC have the right to appeal a decision.",
   "sending an email to conduct@llvm.org with subject line Code of Conduct Incident Appeal"])
a(RG, "whats the deadline for appealing a coc decision?", [["30 days"]],
  ["Appeals can be requested up to 30 days after a resolution has been communicated"])
a(RG, "once i send an appeal how fast do they look at it", [["two weeks"]],
  ["The committee will aim to evaluate appeals within two weeks of receipt."])
a(RG, "what should i put in my appeal email tbh", [["documentation"], ["Statements from other individuals", "statements"]],
  ["The email should include documentation related to the incident to support the appeal.",
   "Statements from other individuals involved in the incident to support the appeal."])
a(RG, "what can the coc committee actually do to someone who broke the rules?", [["warning"], ["ban"]],
  ["A private verbal warning and/or reprimand from the committee", "A permanent or temporary ban from some or all LLVM Project spaces"])
a(RG, "does the committee have to agree unanimously? what if they cant agree", [["unanimous"], ["Board of Directors"]],
  ["The committee should agree unanimously on a resolution.",
   "the LLVM Foundation Board of Directors will help resolve the situation"])
a(RG, "will the committee post publicly about what happened to the person i reported?", [["never"], ["transparency reports"]],
  ["The committee will never make public statements about a resolution"])
a(RG, "when do the coc transparency reports come out?", [["Jan 15"], ["April 15"], ["July 15"], ["Oct 15"]],
  ["on the following dates: Jan 15, April 15, July 15, Oct 15"])
a(RG, "if a speaker at an llvm event starts harassing ppl during their talk can the organizers cut it off?", [["end talks early"]],
  ["organizers should end talks early if the violations include harassment or violent threats"])
a(RG, "one of the committee members is friends with the person i reported, is that allowed?", [["conflicts of interest", "conflict of interest"]],
  ["Committee members should declare any conflicts of interest as soon as possible"])
a(RG, "what if the report is about someone who is on the coc committee", [["must not be involved"]],
  ["concerning a committee member, that member must not be involved in the response process."])
a(RG, "is my report kept private? would they ever share it with the police", [["confidential"], ["law enforcement"]],
  ["All reports will be kept confidential with details shared only with the Code of Conduct committee members.",
   "will always comply with law enforcement when directed"])
a(RG, "can the coc team stop someone from buying drinks at an llvm event", [["alcoholic beverage"]],
  ["Refusal of alcoholic beverage purchases by the reportee at LLVM events."])
a(RG, "for a local llvm meetup, who do i go to first with a coc issue?", [["local organizers"]],
  ["For LLVM meetups, the local organizers will be the first point of contact."])
a(RG, "the committee said they'd ask the reporter about my punishment, so the reporter gets a veto right?", [["not required"]],
  ["the committee is not required to act on this feedback"])
a(RG, "someone is in physical danger at an llvm event, what should the response team do first", [["law enforcement", "event security"]],
  ["contact the appropriate law enforcement or event security immediately"])

# --- EUPL v. 1.2 (pdf)
a(EU, "can i use eupl code in a commercial product?", [["any circumstance", "all usage"]],
  ["use the Work in any circumstance and for all usage"])
a(EU, "do i owe any royalties for using eupl licensed software", [["royalty-free"]],
  ["The Licensor hereby grants You a worldwide, royalty-free, non-exclusive, sublicensable"])
a(EU, "if i only ship the compiled binary do i have to give out the source too?", [["machine-readable copy"], ["repository"]],
  ["Licensee will provide a machine-readable copy of the Source Code or indicate a"])
a(EU, "i changed some files in an eupl project, what do i need to mark in my version?", [["prominent notices"], ["date of modification"]],
  ["carry prominent notices stating that the Work has been modified"])
a(EU, "can i merge eupl code with gpl code and release the result under the gpl?", [["Compatible Licence"], ["GPL"]],
  ["Licence, this Distribution or Communication can be done under the terms of this",
   "GNU General Public License (GPL) v. 2, v. 3"])
a(EU, "does the eupl give me any patent rights?", [["patents"]],
  ["The Licensor grants to the Licensee royalty-free, non-exclusive usage rights to any"])
a(EU, "can i use the original project's name and logo to promote my fork", [["trade names", "trademarks"]],
  ["Legal Protection: This Licence does not grant permission to use the trade names,"])
a(EU, "what happens if i break the eupl terms?", [["terminate automatically"]],
  ["The Licence and the rights granted hereunder will terminate automatically upon any"])
a(EU, "the guy i got the code from violated the licence. do i lose my rights too?", [["full compliance"]],
  ["Such a termination will not terminate the licences of any person who has received the"])
a(EU, "i never clicked any i agree button, am i even bound by the eupl?", [["exercising any rights"]],
  ["exercising any rights granted to You by Article 2 of this Licence, such as the use of the"])
a(EU, "which court deals with eupl disputes?", [["Court of Justice"], ["resides"]],
  ["Licensee, will be subject to the jurisdiction of the Court of Justice of the European",
   "the Licensor resides or conducts its primary business."])
a(EU, "what law applies if the licensor isnt based in the eu at all?", [["Belgian"]],
  ["this licence shall be governed by Belgian law if the Licensor has no seat, residence or"])
a(EU, "is there any warranty on eupl software", [["as is"], ["without warranties"]],
  ["without warranties of any kind concerning the Work, including without limitation"])
a(EU, "if the software wipes my data can i sue the licensor for damages?", [["wilful misconduct"], ["product liability"]],
  ["Except in the cases of wilful misconduct or damages directly caused to natural persons,",
   "statutory product liability laws as far such laws apply to the Work."])
a(EU, "can i sell paid support or a warranty on top of eupl software i distribute?", [["additional agreement"], ["own behalf"]],
  ["While distributing the Work, You may choose to conclude an additional agreement,",
   "You may act only on your own behalf and on your sole responsibility"])
a(EU, "if a newer eupl version comes out, can ppl redistribute my code under it?", [["later version"], ["only"]],
  ["this Licence or of a later version of this Licence unless the Original Work is expressly"])
a(EU, "can i add extra restrictions when i pass eupl code on to others?", [["cannot"]],
  ["additional terms or conditions on the Work or Derivative Work that alter or restrict the"])
a(EU, "who is allowed to publish new versions of the eupl", [["European Commission"]],
  ["The European Commission may publish other linguistic versions or new versions of this"])
a(EU, "is the french translation of the eupl as valid as the english one?", [["identical value"]],
  ["All linguistic versions of this Licence, approved by the European Commission, have"])
a(EU, "eupl code can only be used inside the eu right?", [["worldwide"]],
  ["The Licensor hereby grants You a worldwide, royalty-free, non-exclusive, sublicensable"])

# --- AG Grid Enterprise licence terms (html as shipped)
a(AG, "how long is the ag grid enterprise trial", [["thirty (30) days"], ["sixty (60) days"]],
  ["for a period of sixty (60) days, consisting of a trial period of thirty (30) days"])
a(AG, "does the trial version put watermarks on stuff?", [["watermarks"]],
  ["the Software may place watermarks on output"])
a(AG, "how long do we have to pay an ag grid invoice", [["thirty (30) days"]],
  ["the Licensee must pay each valid invoice within thirty (30) days of the date of the invoice"])
a(AG, "can ag grid raise our licence fees? by how much max", [["5%"], ["Customer Prices Index"]],
  ["with no such increase exceeding the equivalent of 5% plus the percentage increase in the Customer Prices Index"])
a(AG, "is there a warranty if the grid doesnt work like the docs say? how long", [["ninety (90) days"], ["repair"]],
  ["the Software shall perform substantially in accordance with the Documentation for a period of ninety (90) days"])
a(AG, "what interest do they charge if we pay late", [["4%"], ["Bank of England"]],
  ["at a rate of 4% per annum above the base lending rate of the Bank of England"])
a(AG, "we have 5 frontend devs writing JS for the app but only 2 actually touch the grid. how many dev licences do we need?", [["five"]],
  ["all five developers will be counted as Licensee Developers"])
a(AG, "one of our licensed devs is leaving, can we give their seat to a new hire?", [["replaced"]],
  ["Members within the group of Licensee Developers can be replaced with alternative members"])
a(AG, "what copyright notice do we have to show in our app for ag grid?", [["Portions of this software are copyright"]],
  ["Portions of this software are copyright 2015-20XX by AG Grid Ltd"])
a(AG, "can we build a dashboard builder tool for other devs on top of ag grid and sell it?", [["development toolkit", "application builder"]],
  ["Application that can be described as a development toolkit or library, an application builder"])
a(AG, "our subscription is ending, do we have to delete ag grid from everything?", [["cease to use"], ["delete"]],
  ["permanently destroy or delete the Software Materials"])
a(AG, "we bought a perpetual licence, can we keep using it after the contract ends", [["perpetual"], ["continue to use"]],
  ["If the Licence is perpetual, the Licensee may continue to use the versions of the Software Materials"])
a(AG, "does the licence auto renew? and how much notice to cancel", [["twelve (12) month"], ["thirty (30) days"]],
  ["shall automatically renew for subsequent twelve (12) month periods",
   "Not less than thirty (30) days prior to the end of any Initial Term or any Renewal Term"])
a(AG, "what are the support hours", [["9am"], ["5pm"]],
  ["during the hours of 9am and 5pm on Business Days"])
a(AG, "is ag grid support open between christmas and new year?", [["27, 28, 29, 30 and 31 December"]],
  ["public holiday day in the UK and on 27, 28, 29, 30 and 31 December"])
a(AG, "if i log a support request how fast do they start on it", [["following Business Day"]],
  ["commence corrective maintenance or otherwise resolve the Support Request by the end of the following Business Day"])
a(AG, "we're stuck on a 2 year old version, will support still fix bugs for us?", [["12 months"]],
  ["previous releases that were released less than 12 months before the date of a Support Request"])
a(AG, "can ag grid audit us? even after we stop being a customer?", [["audit"], ["twelve (12) months"]],
  ["for a period of twelve (12) months after its termination for the purposes of verifying its compliance"])
a(AG, "whats the most ag grid would have to pay if the grid breaks and costs us money", [["$5,000"], ["TWELVE (12) MONTHS"]],
  ["IN THE PRECEDING TWELVE (12) MONTHS; AND (B) $5,000"])
a(AG, "which country's law governs the ag grid licence terms?", [["English law"]],
  ["These Terms are governed by English law."])

NEAR = [
 "how many days do i have to respond to post-commit review comments before my llvm patch gets reverted?",
 "how do i get commit access to the llvm repo?",
 "is there a max size for a patch that llvm reviewers will accept?",
 "which irc channel should i ask in to find a reviewer for my llvm patch",
 "is there a limit on how many patches i can have up for review at once?",
 "how many people sit on the llvm code of conduct committee?",
 "who is on the llvm coc committee and how do they get picked?",
 "how long does the llvm coc committee keep reports and notes before deleting them?",
 "can i report a coc incident anonymously?",
 "if my coc appeal gets rejected can i appeal again to the llvm foundation board?",
 "how long does a temporary ban from llvm spaces usually last?",
 "whats the minimum age to attend an llvm developers meeting?",
 "is there an eupl 1.3 yet and when does it come out?",
 "do i have to register my eupl project with the european commission?",
 "whats the spdx identifier for eupl 1.2?",
 "how many language versions of the eupl are there?",
 "how much does an ag grid enterprise licence cost per developer?",
 "if we cancel ag grid in the middle of the year do we get a refund for the rest?",
 "does ag grid give a discount to startups or nonprofits?",
 "how many production environments come with an ag grid deployment licence by default?",
 "what uptime or sla does ag grid guarantee for support?",
]
OFF = [
 "whats the weather in brussels tomorrow",
 "can u recommend a good mechanical keyboard for coding",
 "how do i center a div lol",
 "who won the champions league last year?",
 "anyone got a good banana bread recipe",
 "pls translate good morning into japanese",
 "should i learn rust or go first tbh",
]
assert len(A) == 80 and len(NEAR) == 21 and len(OFF) == 7, (len(A), len(NEAR), len(OFF))
rows = []
for i, (doc, q, facts, ev) in enumerate(A):
    rows.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev})
for q in NEAR + OFF:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": []})
with open("/work/sets/real-mixed17/questions.jsonl", "w") as f:
    for n, r in enumerate(rows, 1):
        r = {"id": f"M17{n:03d}", **r}
        r = {k: r[k] for k in ["id", "doc", "q", "expect", "facts", "evidence"]}
        f.write(json.dumps(r, ensure_ascii=False) + "\n")
print(len(rows))
