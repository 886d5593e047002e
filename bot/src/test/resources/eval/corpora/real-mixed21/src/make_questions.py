import json
A=[]  # (doc, q, facts, evidence)
D='debian-nm'
A+= [
(D,"how do i sub to debian-devel? do i just send an email to the list itself",[["debian-devel-REQUEST@lists.debian.org","-REQUEST"],["subscribe"]],['already. Send the word "subscribe" in the "Subject" of an email to']),
(D,"which debian list is the must-have one if i want to follow development?",[["debian-devel-announce"]],["mandatory for anyone who wishes to follow Debian's development."]),
(D,"new here. should i just start coding on stuff right away or post first?",[["lurk","read without posting"],["duplicated effort","intentions"]],["You should subscribe and lurk (that is, read without posting) for a","to work on something to avoid duplicated effort."]),
(D,"how do i find someone to sponsor my package",[["debian-mentors"]],['sponsor by mailing the "debian-mentors@lists.debian.org" mailing list,',"describing your package and yourself and asking for a sponsor (see"]),
(D,"is admin@mydomain.org ok as my address for the lists or is that a problem",[["avoided","avoid"],["too-generic","generic"]],["One pitfall could be a too-generic local part in your email address:","Terms like mail, admin, root, master should be avoided, please see"]),
(D,"i dont really want to package stuff, more into docs and QA. how do i get involved?",[["join maintainers","join"],["patches"]],["Quality Assurance (QA) work you can join maintainers already working","on these tasks and submit patches and improvements."]),
(D,"tbh id rather get 1 on 1 help by private mail, can i just dm some random dev?",[["post to that list","debian-mentors"],["volunteer"]],["Those who prefer one-on-one help (e.g., via private email) should also","post to that list and an experienced developer will volunteer to help."]),
(D,"my NM application is still going through but my package is ready. does it have to wait?",[["sponsor"]],["might be able find a sponsor to upload your package for you. Sponsors"]),
(D,"who can be a sponsor, can any contributor upload for me?",[["official Debian Developers","Debian Developer"]],["are people who are official Debian Developers, and who are willing to"]),
(D,"what do i have to read before applying? is the gnu manifesto required too?",[["Social Contract"],["good idea"]],["read the Debian Social Contract. Registering as a member means that","behind Debian. Reading the GNU Manifesto would also be a good idea."]),
(D,"why do u guys verify new members at all, seems kinda paranoid",[["1000"],["compromised"]],["number of people working on Debian has grown to over 1000 and our","careful about being compromised. Therefore, we need to verify new"]),
(D,"what should i have done before i register as a member?",[["patches","Bug Tracking System"],["sponsored"]],["submitting patches through the Bug Tracking System and having a","package sponsored by an existing Debian Developer for a while. Also,"]),
(D,"do i have to get my gpg key signed by the DPL personally?",[["existing Debian maintainer","Debian Developer"],["in person"]],["has been signed by an existing Debian maintainer. If your OpenPGP key","is not signed yet, you should try to meet a Debian Developer in person"]),
(D,"there's no debian dev anywhere near where i live. am i stuck on the ID check?",[["alternative ways","exception"],["case-by-case"]],["Debian Developer close to you, alternative ways to pass the ID check","may be permitted as an absolute exception on a case-by-case-basis. See"]),
(D,"is a 2048 bit key good enough for applying",[["greater than 2048","more than 2048"],["4096"]],["Your key length must be greater than 2048 bits (4096 bits is"]),
(D,"my public key isnt on any keyserver yet, do i have to upload it myself?",[["New Maintainer Group"]],["your key on the public key servers. The New Maintainer Group will put"]),
(D,"using crypto is illegal where i live, even for signing. can i still become a member??",[["special arrangements","contact us"]],["forbidden then please contact us so we can make special arrangements."]),
(D,"do i have to use gnupg or is another openpgp tool ok",[["gnupg","GNU Privacy Guard"],["other implementation"]],['Debian uses the "GNU Privacy Guard" (package "gnupg" version 2 or',"better) as its baseline standard. You can use some other"]),
(D,"whats an advocate and who can be mine?",[["existing Debian Developer","existing developer"],["worked"]],["To apply as a new member, you need an existing Debian Developer to","developer, an existing developer with whom you have worked over the"]),
(D,"just signed up on the application page, what happens next and where do i see my status?",[["confirm"],["Application Manager"],["status board","applications status"]],["your advocate has to confirm your application. When your advocate has","completed this step you will be assigned an Application Manager who","process. You can always check your status on the applications status"]),
]
D='qemu-security'
A+= [
(D,"does qemu treat the guest as trusted?",[["untrusted","not trusted"]],["The following entities are untrusted, meaning that they may be buggy or"]),
(D,"i found a crash when qemu opens a malformed disk image. is that a security bug or just a normal bug",[["User-supplied files","untrusted"],["real-world","damage"]],["User-supplied files (e.g. disk images, kernels, device trees)","treated as security bugs if this is the case"]),
(D,"found a bug in pure TCG emulation (no kvm). security issue?",[["not considered security bugs","not considered"]],["Bugs affecting the non-virtualization use case are not considered security"]),
(D,"what kind of setups does the virtualization use case cover",[["cloud"],["VPS","virtual private server"],["desktop","data center"]],["The virtualization use case covers cloud and virtual private server (VPS)"]),
(D,"wait what's TCG",[["Tiny Code Generator"]],["The non-virtualization use case covers emulation using the Tiny Code Generator"]),
(D,"can i count on qemu for guest isolation if im not using hardware virtualization",[["must not rely","no"]],["Users with non-virtualization use cases must not rely on","QEMU to provide guest isolation or any security guarantees"]),
(D,"why isnt the non-virt code held to the same security bar?",[["historical reasons"]],["for historical reasons much of the non-virtualization use case code was not written"]),
(D,"what do ppl mean by escaping the virtual machine?",[["control of execution on the host","gains control"]],["When guest code gains control of execution on the host this is called escaping the virtual machine"]),
(D,"is a guest hogging cpu or network part of guest isolation or not?",[["resource limits","throttling"],["exceed"]],["Isolation also includes resource limits such as throttling of CPU, memory, disk, or network","Guests must be unable to exceed their resource limits"]),
(D,"can one vm get at another vm's disk image or traffic?",[["protected","must not"],["explicitly shared"]],["Disk image files and network traffic must be protected from other guests","unless explicitly shared between them by the user"]),
(D,"what does least privilege mean for qemu specifically",[["resources belonging to the guest"]],["each process only has access to resources belonging to the guest"]),
(D,"my new feature cant follow least privilege for technical reasons, is that a blocker?",[["clearly documented","documented"],["trade-off"]],["the security risk must be clearly documented so users are aware of the trade-off of enabling the feature"]),
(D,"easiest is to just run qemu as root for /dev/net/tun access, thats fine right?",[["unprivileged"],["File descriptor passing","UNIX groups"]],["The fundamental isolation mechanism is that QEMU processes must run as unprivileged users","File descriptor passing can be used to give an otherwise unprivileged QEMU process access to host devices"]),
(D,"which of the isolation mechanisms does qemu itself do and which are up to libvirt etc",[["seccomp"],["--sandbox","sandbox"],["management tools"]],["With the exception of Linux seccomp, these mechanisms are all deployed by management tools","Linux seccomp is available via the QEMU --sandbox option"]),
(D,"what do selinux or apparmor add on top",[["confine"]],["SELinux and AppArmor make it possible to confine processes beyond the traditional UNIX process and file permissions model"]),
(D,"how do i cap cpu time / memory / io for qemu processes?",[["cgroup"]],["Resource limits and cgroup controllers provide throughput and utilization limits on key resources"]),
(D,"who should be allowed access to the QMP/HMP monitor",[["trusted"]],["should only be made accessible to a trusted management application or user"]),
(D,"can i expose the monitor over plain tcp? and whats recommended instead",[["TLS"],["UNIX domain socket"]],["Use of the TCP based character device backend is inappropriate unless configured to use both TLS","the monitor console should be exposed over a UNIX domain socket backend to the local host only"]),
(D,"why is the monitor console such a big deal, what can the migrate command do",[["arbitrary processes","spawning"]],["the migrate command allows for the spawning of arbitrary processes"]),
(D,"if qemu isnt confined by selinux or namespaces how much power does the monitor really have",[["user account"],["equivalent"]],["should be considered to have privileges equivalent to those of the user account QEMU is running under"]),
]
D='sphinx-coc'
A+= [
(D,"does the sphinx coc cover immigration status?",[["immigration status"]],["any race, ethnicity, culture, national origin, colour, immigration status"]),
(D,"whats the short version of the sphinx ground rules",[["friendly and patient","friendly"],["welcoming"],["considerate"],["respectful"]],["we have a few ground rules that we ask people to adhere to"]),
(D,"someone in chat said theyd post another member's home address if he kept arguing. is that against the coc or only if they actually post it?",[["threatening to post"],["doxing","personally identifying information"]],["Posting (or threatening to post) other people"]),
(D,"can i post nsfw or gore memes in offtopic",[["sexually explicit or violent material","sexually explicit"]],["Posting sexually explicit or violent material."]),
(D,"a guy keeps messaging me after i told him to stop. what does the coc say about that",[["Repeated harassment","harassment"],["stop"]],["Repeated harassment of others. In general, if someone asks you to stop, then stop."]),
(D,"the coc is only about how we treat other sphinx members, right?",[["outside the Sphinx community","outside"]],["respectful when dealing with other members as well as with people outside the Sphinx community"]),
(D,"is disagreeing with a maintainer on a PR against the coc?",[["no excuse","constructively"]],["disagreement is no excuse for poor behavior and poor manners","It is important that we resolve disagreements and differing views constructively"]),
(D,"i got super frustrated in a review and went off on someone. whats the coc line on that",[["personal attack"]],["we cannot allow that frustration to turn into a personal attack"]),
(D,"coc is only for github issues i assume, so the mailing list and chat are fair game?",[["all spaces"]],["This code of conduct applies to all spaces of the Sphinx community."]),
(D,"if something isnt on the list of banned stuff, is it automatically allowed?",[["exhaustive"],["spirit"]],["an exhaustive list of things that you can","Rather, take it in the spirit in which it"]),
(D,"who wrote the original text of this coc?",[["Speak Up"]],["Original text courtesy of the Speak Up! project"]),
(D,"why does the coc care about how i phrase stuff in english?",[["primary language"],["world-wide"]],["you might not be communicating in someone else"]),
(D,"if i just cheer on someone whos harassing another person, am i breaking the rules too?",[["Advocating","encouraging"]],["Advocating for, or encouraging, any of the above behavior."]),
(D,"someone said theyd find me and beat me up lol, is that a coc thing",[["Violent threats"]],["Violent threats or language directed against another person."]),
(D,"who is the sphinx community actually made up of",[["volunteers"]],["the Sphinx team and community is made up of volunteers from all over the world"]),
(D,"why does sphinx even need a coc, diversity is a good thing isnt it",[["communication issues","unhappiness"]],["Diversity is a strength, but it can also lead to communication issues and unhappiness"]),
(D,"as a maintainer making calls on the project what does the coc want me to keep in mind",[["users and colleagues"],["consequences"]],["Any decision you take will affect users and colleagues, and you should take those consequences into account"]),
(D,"this person just doesnt get my point and i think theyre clueless. what does the coc expect from me?",[["understand why","different perspectives"]],["When we disagree, try to understand why.","Different people have different perspectives on issues."]),
(D,"i broke the build and now everyone is blaming me, what does the coc say",[["blaming"],["learning from mistakes"]],["focus on helping to resolve issues and learning from mistakes"]),
(D,"insulting someone is bad ok, but is it worse if i use racist or sexist words?",[["racist or sexist"],["Personal insults"]],["Personal insults, especially those using racist or sexist terms."]),
]
D='pytest-compat'
A+= [
(D,"when does pytest actually remove deprecated stuff, can it happen in any release?",[["major releases","major"]],["We will only start the removal of deprecated functionality in major"]),
(D,"my plugin uses something deprecated in 3.9 and 4.0 is the next release, so it breaks in 4.0 right?",[["5.0"],["two minor releases"]],["in 4.0), and keep it around for at least two minor releases (e.g. if we","remove it in 5.0, not in 4.0)."]),
(D,"what warning class do features scheduled for removal get, and what is it a subclass of?",[["PytestRemovedInXWarning"],["PytestDeprecationwarning"]],["A deprecated feature scheduled to be removed in major version X will","use the warning class PytestRemovedInXWarning (a subclass of"]),
(D,"when the new major comes out is the deprecated stuff deleted right away?",[["errors"],["won't remove","not"]],["When the deprecation expires (e.g. 4.0 is released), we won't remove the","errors by default. This approach makes it explicit that removal is"]),
(D,"so when is a deprecated feature really gone for good",[["next minor release","4.1"]],["the next minor release (e.g. 4.1), the feature will be effectively removed."]),
(D,"upgraded pytest and now my tests fail with deprecation errors. can i turn them back into warnings for a while?",[["warning instead of an error","warning"]],["imminent, and still gives you time to turn the deprecated feature into a","warning instead of an error so it can be dealt with in your own time. In"]),
(D,"how do i silence pytest deprecation warnings? is that ok to do",[["-W","filterwarnings"],["sparingly","temporarily"]],["suppressed using the standard means: -W command-line flag or filterwarnings","sparingly and temporarily, and heed the warnings when possible."]),
(D,"what kinds of compatibility transitions does pytest have",[["trivial"],["transitional"],["true breakage"]],["As of now, pytest considers multiple types of backward compatibility"]),
(D,"how long do they keep supporting the trivial kind of api changes",[["indefinitely"]],["We try to support those indefinitely while encouraging users to switch to"]),
(D,"when is pytest allowed to just break an api outright?",[["unsustainable"],["very small"]],["c. true breakage: should only be considered when normal transition is","number of actual users is very small (for example only impacting some"]),
(D,"what has to go in the issue that announces a breaking change",[["description"],["Rationale"],["impact"]],["True breakages must be announced first in an issue containing:","Expected impact on users and plugin authors (example in issue #895)"]),
(D,"after the breaking change issue is posted whats the next step",[["-1"],["proof-of-concept","POC"]],["After there's no hard -1 on the issue it should be followed up by an initial"]),
(D,"what does a breaking-change PR need before it gets accepted?",[["deprecation errors/warnings","deprecation"],["deprecations.rst"]],["deprecation errors/warnings that help users fix and port their code. If it","and examples on how to port code in doc/en/deprecations.rst"]),
(D,"when can that breaking PR be merged and into what kind of release",[["reasonable amount of time"],["major release"]],["After a reasonable amount of time the PR can be merged to base a new"]),
(D,"im still on python 3.6, pytest 7.2 still works with that right?",[["3.7"]],["Released pytest versions support all Python versions that are actively"]),
(D,"stuck on python 2.7 at work :( whats the newest pytest i can use",[["4.6"]],["Released pytest versions support all Python versions that are actively"]),
(D,"why does pytest deprecate things in the first place",[["simpler","more efficient"]],["is still supported. All deprecations in pytest were done because simpler or","more efficient ways of accomplishing the same tasks have emerged, making"]),
(D,"since what version has pytest had this clear deprecation scheme",[["3.0"]],["With the pytest 3.0 release we introduced a clear communication scheme for"]),
(D,"where do i find whats already deprecated or removed, and how do they track future removals?",[["Deprecations and Removals"],["milestones","labels"]],["Features currently deprecated and removed in previous releases can be","We track future deprecation and removal of features using milestones and"]),
(D,"does pytest even care about backwards compat or do they break stuff a lot",[["very high priority","high priority"]],["Keeping backwards compatibility has a very high priority in the pytest"]),
]
NEAR=[
"how long does the NM process usually take once i get an application manager?",
"is there a minimum age to become a debian developer? im 15",
"how much does it cost to apply for debian membership",
"how many months exactly do i need to contribute before i can apply, is it 6?",
"does my openpgp key need an expiry date, and how long can it be valid for?",
"once im a member can i vote in the project leader elections?",
"whats the email to report a qemu security bug to?",
"how long is the embargo before a qemu security fix goes public",
"does qemu pay a bounty for finding guest escape bugs?",
"how long does a qemu release get security fixes for",
"do qemu security bugs get a CVE and who assigns it?",
"who do i report a sphinx coc violation to? is there an email",
"what happens to someone who breaks the sphinx coc, do they get banned?",
"i got warned under the sphinx coc, can i appeal it?",
"who enforces the coc on the sphinx side, is there a committee?",
"when did sphinx adopt this code of conduct?",
"who is allowed to put a -1 on a pytest breaking change issue, only core devs?",
"how many weeks does a breaking-change PR have to wait before it gets merged?",
"does pytest backport bug fixes to older major versions, is there an LTS?",
"how often does pytest put out a new major release?",
"when will pytest drop python 3.7?",
]
OFF=[
"whats a good laptop for coding under 1000 bucks?",
"anyone know a decent pizza place near the meetup venue",
"whats the weather gonna be like tmrw",
"how do i center a div in css lol",
"who won the champions league last year",
"translate good morning to german pls",
"any good anime recs? finished frieren",
]
assert len(A)==80 and len(NEAR)==21 and len(OFF)==7
out=open('/work/sets/real-mixed21/questions.jsonl','w')
n=0
for d,q,f,e in A:
    n+=1
    for ev in e:
        w=len(ev.split()); assert 6<=w<=18,(n,ev,w)
    out.write(json.dumps({"id":f"M21{n:03d}","doc":d,"q":q,"expect":"answer","facts":f,"evidence":e})+"\n")
for q in NEAR+OFF:
    n+=1
    out.write(json.dumps({"id":f"M21{n:03d}","doc":None,"q":q,"expect":"abstain","facts":[],"evidence":[]})+"\n")
print(n)
