#!/usr/bin/env python3
"""Writes ../questions.jsonl (run from build/)."""
import json, os
A = 'answer'
Q = []
def a(doc, q, facts, ev): Q.append(dict(doc=doc, q=q, expect=A, facts=facts, evidence=ev))
def n(q): Q.append(dict(doc=None, q=q, expect='abstain', facts=[], evidence=[]))

# --- bts: Debian BTS information for maintainers (plain text, no extension) ---
b = 'bts'
a(b, "how do i actually close a debian bug, what address do i mail", [["nnn-done@bugs.debian.org", "-done"]], ["Bug reports should be closed by sending email to"])
a(b, "can anyone close a bug or is it only the maintainer who can?", [["submitter"], ["maintainer"]], ["submitter of the bug and the maintainer(s) of the package against which"])
a(b, "whats the default severity if i dont set one when filing", [["normal"]], ["set to normal by default, but can be overridden either by supplying a"])
a(b, "which severities count as release critical pls", [["critical"], ["serious"]], ["Debian. Currently, these are critical, grave and serious. For complete"])
a(b, "my bug is really just a feature request, what severity do i pick?", [["wishlist"]], ["for any feature request, and also for any bugs that are very"])
a(b, "maintainer tagged my bug moreinfo... will it get closed if i dont reply? how long", [["few months"]], ["doesn't provide more information in a reasonable (few months)"])
a(b, "is there a tag for easy bugs that beginners could pick up", [["newcomer"]], ["This bug has a known solution but the maintainer requests"])
a(b, "what does the lfs tag mean on a bug", [["large files"], ["2 gigabytes"]], ["This bug affects support for large files (over 2 gigabytes)."])
a(b, "if i just hit reply on a bug mail does that close the bug?", [["not close", "will not close", "no"]], ["the message, respecting the Reply-To header. This will not close the"])
a(b, "i want my message to go only to the package maintainer and not the person who reported it, which address?", [["maintonly"]], ["nnn-maintonly@bugs.debian.org \u2014 these are only sent to the package"])
a(b, "how can i follow one single bug without subscribing to the whole package", [["nnn-subscribe", "subscribe@bugs.debian.org"]], ["nnn-subscribe@bugs.debian.org. The subject and body of the email are"])
a(b, "can i subscribe a different email address than mine to a bug? whats the format", [["localpart=example.com", "="]], ["If you wish to subscribe another address to a bug, you will need to", "for bug nnn. The @ sign must be encoded by changing it to an = sign."])
a(b, "when i forward a bug to the upstream author who goes in cc?", [["nnn-forwarded@bugs.debian.org", "forwarded"]], ["nnn-forwarded@bugs.debian.org and nnn@bugs.debian.org in the CC field."])
a(b, "the maintainer shown for a package is outdated/wrong, who do i contact", [["override-change@debian.org"]], ["override-change@debian.org for changes to the override file."])
a(b, "where do i send commands to reopen or reassign a bug to another package", [["control@bugs.debian.org"]], ["It is possible to reassign bug reports to other packages, to reopen"])
a(b, "someone said security bugs should be filed as minor so ppl dont panic, thats right?", [["critical", "grave"]], ["that should be fixed, etc). Most security bugs should also be"])
a(b, "can i set one of those release ignore tags on my bug myself?", [["release manager"]], ["by the release manager(s); do not set it yourself without"])
a(b, "what happens to mail i send to plain done without any bug number", [["junk"], ["few weeks"]], ["filed under \"junk\" and kept for a few weeks, but otherwise ignored."])
a(b, "does putting X-Debian-PR: quiet in the header still stop forwarding?", [["ignored"]], ["This header line is now ignored. Instead, send your message to quiet or"])
a(b, "our package is team maintained, can we record who is actually fixing a specific bug", [["owner"]], ["in the bug tracking system. To help with this, each bug may optionally"])

# --- xen: Xen project, how a proper patch should look like (html) ---
x = 'xen'
a(x, "how long can the subject line of a xen patch be", [["80"]], ["The subject line should in general not exceed 80 characters."])
a(x, "whats the max line length in the commit message? and are there exceptions", [["75"], ["error output"]], ["Lines in the commit message should not exceed 75 characters, except when copying error output directly"])
a(x, "when i mention another commit in my message how many digits of the id do i need", [["12"]], ["referenced via their commit id (at least 12 digits) and the patch subject"])
a(x, "which tag is mandatory on every patch?", [["Signed-off-by"]], ["This mandatory tag specifies the author(s) of a patch"])
a(x, "can i sign off with my online nickname instead of my real name", [["real name", "no pseudonym"]], ["the Signed-off-by: tag must include the real name of the author (no pseudonym)"])
a(x, "can my company or our team be the author on the signed-off-by line?", [["natural person"]], ["The author must be a natural person (not a team or just a company)"])
a(x, "whats the difference between acked-by and reviewed-by, who can give an ack?", [["maintainer"], ["in principle", "thorough"]], ["can only be given by a maintainer of the modified code", "tag the maintainer states, that he/she is fine with the changes in principle"])
a(x, "who is allowed to give a reviewed-by, do u have to be a maintainer?", [["anybody"]], ["the reviewer (which can be anybody) confirms to have looked thoroughly at the patch"])
a(x, "i got a tested-by but then only fixed some comments and code style, can i keep the tag?", [["fine", "yes"]], ["having changed only coding style, comments, or message texts is fine"])
a(x, "how do i ask for my fix to go into the older released versions too", [["Backport"]], ["an optional tag in the commit message to request a given commit to be backported"])
a(x, "so if i put a backport tag the fix is automatically backported right?", [["request"], ["evaluated", "maintainers"]], ["the Backport tag is a request for backport, which will still need to be evaluated by the maintainers"])
a(x, "i dont know how far back the bug goes, what do i write in the backport tag", [["maybe older"]], ["they are encouraged to append a comment like the following"])
a(x, "someone reported the bug to me, can i credit them in the patch? anything i should check first", [["Reported-by"], ["asked", "public"]], ["As the email address will be made public via git, the reporter of an issue should be asked"])
a(x, "where do i put the 'changes in v2' notes so they dont end up in the commit message", [["---"]], ["include a change log after a line containing only --- (this line will result"])
a(x, "which mailing list do xen patches go to", [["xen-devel@lists.xenproject.org"]], ["A patch should always be sent to the xen-devel mailing list xen-devel@lists.xenproject.org"])
a(x, "who should i cc when sending a patch", [["maintainers"], ["reviewers"]], ["all maintainers and designated reviewers of all touched code areas should get a copy of the mail"])
a(x, "my patch fixes a regression from one specific commit, which tag and what goes in it", [["Fixes:"], ["12"]], ["please use the Fixes: tag with the first 12 characters of the commit id"])
a(x, "i took a patch from the linux kernel for a file xen inherited from there, is there a special tag", [["Origin"]], ["the Origin: tag specifies the source of the patch"])
a(x, "in what order do the tags go at the bottom", [["chronological"]], ["In general tags are added in chronological order."])
a(x, "my tag line is super long, can i wrap it onto two lines?", [["not split", "do not", "no"]], ["Do not split a tag across multiple lines, tags are exempt from the"])

# --- cecill: CeCILL-C free software license agreement v1.0 (docx) ---
c = 'cecill'
a(c, "who actually wrote the cecill-c licence", [["CNRS"], ["INRIA"]], ["The authors of the CeCILL-C (for Ce[a] C[nrs] I[nria] L[logiciel] L[ibre]) license are"])
a(c, "the cecill-c is under US law right?", [["French law"]], ["The Agreement is governed by French law."])
a(c, "if theres a dispute over the licence which court handles it and when", [["Paris"], ["two (2) months", "two months"]], ["the disagreements or disputes shall be referred to the Paris Courts having jurisdiction", "Failing an amicable solution within two (2) months as from their occurrence"])
a(c, "i only downloaded the lib, have i already accepted the licence??", [["downloading", "loading"]], ["loading the Software by any or all means, notably, by downloading from a remote server"])
a(c, "how long does the licence last", [["entire legal term"]], ["remain in force for the entire legal term of protection of the economic rights"])
a(c, "if i break the licence once i lose it immediately, yes?", [["thirty (30) days", "30 days"], ["notice"]], ["automatically terminate this Agreement thirty (30) days after notice has been sent to the Licensee"])
a(c, "if my licence gets terminated, are the licences i already gave to others still valid?", [["remain valid"]], ["any licenses that it may have granted prior to termination of the Agreement shall remain valid"])
a(c, "am i allowed to sell copies of software under cecill-c", [["fee"]], ["the right to market, either in consideration of a fee, or free of charge, one or more copies"])
a(c, "if someone ships me only the binary can they charge whatever they want for the source code?", [["cost of transferring"]], ["the additional cost of acquiring the Source Code shall not exceed the cost of transferring the data"])
a(c, "what do i have to include when i redistribute copies", [["copy of the Agreement"], ["warranty"]], ["a notice relating to the limitation of both the Licensor's warranty and liability"])
a(c, "i wrote a plugin that doesnt touch the source at all, can i pick any licence for it", [["Related Module"], ["free to choose"]], ["is free to choose the type of agreement that shall govern its distribution"])
a(c, "can a combined program (lib + my module) be released under a different licence?", [["other than this Agreement", "different", "yes"]], ["this Derivative Software may be distributed under a license agreement other than this Agreement"])
a(c, "if i modify the code do i have to mark it somehow", [["author"], ["date"]], ["includes an explicit notice that it is the author of said modification"])
a(c, "does whoever gives me the software have to provide support or maintenance", [["Under no circumstances", "no"]], ["Under no circumstances shall the Agreement oblige the Licensor to provide technical assistance or maintenance services"])
a(c, "could the licensor sue me over patents they own on this software?", [["not to enforce"]], ["the Licensor undertakes not to enforce the rights granted by these patents against successive Licensees"])
a(c, "someone sues me for infringement bc i used the software, does the licensor help me?", [["technical and legal assistance"]], ["the Licensor shall provide it with technical and legal assistance for its defense"])
a(c, "is the english text official or only the french one", [["both"], ["authentic"]], ["The Agreement is drafted in both French and English and both versions are deemed authentic."])
a(c, "what losses can i claim from the licensor if the software breaks something", [["direct loss"], ["fault"]], ["claim compensation for any direct loss it may have suffered from the Software"])
a(c, "if the software loses my data can i get compensation for lost profits", [["consequential"]], ["shall constitute consequential loss and shall not provide entitlement to any or all compensation from the Licensor"])
a(c, "can software under this version later be distributed under a newer version of the licence?", [["subsequent version"]], ["may only be subsequently distributed under the same version of the Agreement or a subsequent version"])

# --- apache: Apache HTTP Server 2.4 Security Tips (pdf) ---
p = 'apache'
a(p, "how do i hear about new apache releases and security updates", [["Announcements"]], ["HTTP Server directly from Apache, we highly recommend you subscribe to the Apache"])
a(p, "my server got hacked, is it usually a bug in apache itself?", [["add-on code", "CGI scripts", "Operating System"]], ["Of course, most times that a web server is compromised, it is not because of problems", "in the HTTP Server code. Rather, it comes from problems in add-on code, CGI scripts,"])
a(p, "whats the best tool against dos attacks", [["firewall"]], ["Often the most effective anti-DoS tool will be a firewall or other operating-system"])
a(p, "does a firewall protect me from ddos too?", [["no help"]], ["range of simple attacks. Of course this is no help against Distributed Denial of Service"])
a(p, "how low should i set TimeOut if im getting dos'd, and whats the downside", [["few seconds"], ["CGI"]], ["Setting this to as low as a few seconds may be appropriate. As TimeOut is", "problems with long running CGI scripts."])
a(p, "which directive limits how long a client takes for the tls handshake", [["RequestReadTimeout"]], ["The RequestReadTimeout directive allows you to limit the time a client may take"])
a(p, "which mpm helps against dos and why", [["event"], ["asynchronous"]], ["asynchronous processing to avoid devoting a thread to each connection."])
a(p, "does the httpd binary itself need protecting too? what chmod", [["511"]], ["install the httpd executable, you should ensure that it is similarly protected:", "chmod 511 /usr/local/apache/bin/httpd"])
a(p, "whats the risk if the logs directory is writable by a normal user", [["symlink"]], ["with a symlink to some other system file, and then root might overwrite that file with"])
a(p, "can other users write to htdocs or is that dangerous", [["htdocs"], ["modifiable by other users"]], ["You can create an htdocs subdirectory which is modifiable by other users -- since root"])
a(p, "which file extension should i use for ssi pages", [[".shtml"]], ["have a separate extension, such as the conventional .shtml. This helps keep server"])
a(p, "how do i stop ssi pages from running scripts", [["IncludesNOEXEC"]], ["do this replace Includes with IncludesNOEXEC in the Options directive. Note that"])
a(p, "how can cgi scripts run as different users, is there something built in", [["suEXEC"], ["CGIWrap"]], ["to run as different users is suEXEC (\u2197 ../suexec.html) which is included with Apache as", "of doing this is with CGIWrap"])
a(p, "when is it ok to let users run cgi scripts from any folder", [["no users", "trust your users"]], ["You have no users, and nobody ever visits your server."])
a(p, "do mod_php / mod_python scripts run as their own user?", [["identity of the server"]], ["mod_perl, mod_tcl, and mod_python, run under the identity of the server itself (see the"])
a(p, "is there something at the apache level like a web app firewall you can add", [["ModSecurity"]], ["At the Apache level, a web application firewall such as ModSecurity"])
a(p, "how do i stop users overriding my security settings with .htaccess, and since when is that default", [["AllowOverride None"], ["2.3.9"]], ["Note that this setting is the default since Apache 2.3.9."])
a(p, "i read apache only serves files inside the document root no matter what, so i dont need Require all denied right?", [["Require all denied"], ["entire filesystem"]], ["This would allow clients to walk through the entire filesystem. To work around this, add"])
a(p, "what line should i add about UserDir for root", [["UserDir disabled root"]], ["recommend that you include the following line in your server configuration files:"])
a(p, "what does the grep for ../ in the access log show", [["path traversal"]], ["The first example counts requests that contain path traversal sequences \u2014 a common"])

# --- near misses (21) ---
for q in [
 "whats the email address of the debian bts admins? i need to ask them about release tags",
 "how long after a bug is closed does it get archived in the debian bts",
 "whats the exact url of the list of release-critical issues for the next debian release",
 "is there a limit on how many bug reports i can merge together in one go",
 "how long do i have to answer the confirmation mail after subscribing to a bug before it expires",
 "how many reviewed-by tags does a xen patch need before it gets committed",
 "who is the current xen release manager",
 "how many days should i wait before i ping or resend my xen patch if nobody replies",
 "is there a maximum number of patches allowed in one xen patch series",
 "which minimum git version do i need to send patches to xen-devel",
 "whats the phone number of the cnrs office that answers questions about cecill-c",
 "on which website do the authors publish new versions of the cecill-c licence",
 "which version number of the normal cecill licence is cecill-c compatible with",
 "is cecill-c compatible with the gnu gpl",
 "whats the spdx identifier i should put in package.json for cecill-c",
 "what value should i set MaxRequestWorkers to on a small vps",
 "whats the email address to report a security vulnerability in apache httpd",
 "how many simultaneous connections per ip should my firewall allow for apache",
 "which version of modsecurity does apache recommend and is it free",
 "where is the official apache httpd security advisories / cve page",
 "is there a bug bounty, do i get paid for reporting a security bug",
]: n(q)

# --- off-topic (7) ---
for q in [
 "whats the weather gonna be like in paris this weekend",
 "anyone got a good recipe for banana bread",
 "who won the champions league final last year",
 "can u help me with my homework, whats the derivative of x^3 sin x",
 "recommend me a good sci-fi movie for tonight pls",
 "my wifi keeps dropping every 10 min, how do i fix my router",
 "how do you say 'see you tomorrow' in japanese",
]: n(q)

assert len(Q) == 108, len(Q)
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'questions.jsonl'), 'w', encoding='utf-8') as f:
    for i, q in enumerate(Q, 1):
        d = {'id': f'M30{i:03d}', 'doc': q['doc'], 'q': q['q'], 'expect': q['expect'], 'facts': q['facts'], 'evidence': q['evidence']}
        f.write(json.dumps(d, ensure_ascii=False) + '\n')
print(len(Q))
