#!/usr/bin/env python3
"""Writes questions.jsonl for real-mixed42 (ids M42001...). Each entry:
(doc, question, facts, evidence) for answerable ones; (None, question) for abstain.
fp=True marks a false-premise question (listed in README)."""
import json, pathlib
OUT = pathlib.Path(__file__).resolve().parent.parent / "questions.jsonl"
A = []  # answerable: (doc, q, facts, evidence, fp)
def a(doc, q, facts, evidence, fp=False):
    A.append((doc, q, facts, evidence, fp))

# ---------------- Syncthing (plain text) ----------------
S = "syncthing"
a(S, "where do i report a security vuln i found in syncthing? is there an official page for that",
  [["syncthing.net/security"]],
  ["for reporting security vulnerabilities, please see the official security page"])
a(S, "how is the device ID actually generated? is it random?",
  [["SHA-256"]],
  ["The fingerprint is computed as the SHA-256 hash of the certificate"])
a(S, "How often does Syncthing send an announcement to the global discovery servers?",
  [["30 minutes"]],
  ["Syncthing sends an announcement every 30 minutes to the global discovery servers"])
a(S, "who actually runs the global discovery servers rn?",
  [["@calmh", "calmh"]],
  ["The discovery servers are currently hosted by @calmh"])
a(S, "if i turn global discovery off what stops working??",
  [["dynamic addresses"], ["cannot be found"]],
  ["devices with dynamic addresses not on the local network cannot be found and connected to"])
a(S, "how often does local discovery broadcast on my LAN? my network guy is asking",
  [["30 seconds"]],
  ["multicast (IPv6) packets to the local network every 30 seconds"])
a(S, "how often does syncthing check for a new verison when auto upgrades are on",
  [["twelve hours"]],
  ["Syncthing checks for a new version at startup and then once every twelve hours"])
a(S, "I disabled automatic upgrades in the config, so now syncthing never contacts the upgrade server at all, correct?",
  [["GUI is loaded"], ["compiling"]],
  ["an upgrade check as above is done when the GUI is loaded",
   "This can be disabled only by compiling Syncthing with upgrades disabled."], fp=True)
a(S, "when an upgrade is available where does the actual download come from",
  [["GitHub"]],
  ["The actual download, should an upgrade be available, is done from GitHub"])
a(S, "does the upgrade check send my device id or anything that identifies me?",
  [["do not contain any identifiable information"]],
  ["The upgrade check (or download) requests do not contain any identifiable information about the user or device"])
a(S, "is usage reporting (telemetry) turned on by default or off?",
  [["defaults to off"]],
  ["Usage reporting defaults to off but the GUI will ask once about enabling it"])
a(S, "if i opt in to usage reporting how often does it send data",
  [["24 hours"]],
  ["Syncthing reports usage data at startup and then every 24 hours"])
a(S, "can I see what's inside the usage report before it gets sent?",
  [["Preview"]],
  ['the usage report can be seen behind the "Preview" link in settings'])
a(S, "what's the default sync port? want to forward it on my router",
  [["22000"]],
  ["if the sync port (default 22000) is accessible from the internet"])
a(S, "who is allowed to run a relay server, and can the relay read my synced files?",
  [["anyone in the general public"], ["not subject to inspection"]],
  ["Relay servers can be run by anyone in the general public",
   "not subject to inspection by the relay"])
a(S, "Is the web GUI reachable from other computers on the network by default?",
  [["local host only"]],
  ["The web GUI defaults to being reachable from the local host only"])
a(S, "my laptop with syncthing on it got stolen yesterday, what should i do on my other machines?",
  [["revoke its access"]],
  ["If a device of yours is lost, make sure to revoke its access from your other devices"])
a(S, "since the device ID is basically a secret key I should never paste mine in this discord, right?",
  [["not sensitive"]],
  ["Should I keep my device IDs secret? No. The IDs are not sensitive."], fp=True)
a(S, "is there an official syncthing app for iOS??",
  [["no plans"]],
  ["There are no plans by the current Syncthing team to officially support iOS"])
a(S, "my firewall log shows syncthing connecting to random IPs on port 22067, have i been hacked or what",
  [["relay servers"]],
  ["these are most likely connections to relay servers"])

# ---------------- Varnish (html) ----------------
V = "varnish"
a(V, "what C coding style does varnish follow? thinking about sending a patch",
  [["style(9)"]],
  ["Our coding style guideline is FreeBSD's style(9)"])
a(V, "can I contribute code under GPL to varnish cache?",
  [["BSD 2-clause"]],
  ["Our license is BSD 2-clause or looser, no GPL or LGPL"])
a(V, "when is the weekly bug-wash and where does it happen",
  [["Monday"], ["15:00-16:00"]],
  ['Monday at 15:00-16:00 (EU time) we "bug-wash" on IRC'])
a(V, "what happens to a feature request that makes sense but nobody is working on it?",
  [["wiki/VIP page"]],
  ["If feature-requests make sense, they get moved to a wiki/VIP page until somebody implements them"])
a(V, "which platforms are the reference platforms for varnish development",
  [["Ubuntu"], ["FreeBSD"]],
  ["Our reference platforms are Ubuntu and FreeBSD."])
a(V, "my patch compiles with a couple of harmless warnings, thats fine right?",
  [["-Werror"]],
  ["We always -Werror, there are no harmless warnings"])
a(V, "What does the developers guide say will happen to someone instead of adding another rule?",
  [["toss you out"]],
  ["We will toss you out of the project rather than add another rule"])
a(V, "how long did it take until varnish had its first major security issue?",
  [["11 years"]],
  ["It took 11 years for the first major security issue, and that was too soon."])
a(V, "i wrote a vmod that's basically glue around an external library, could it get bundled with varnish?",
  [["does not create dependencies on additional external libraries", "come from third parties"]],
  ["The VMOD does not create dependencies on additional external libraries.",
   'VMODs that are "glue" for a library come from third parties'])
a(V, "for a VMOD to be bundled, what does the developer group have to commit to?",
  [["maintaining the code for the long run"]],
  ["The developer group commits to maintaining the code for the long run"])
a(V, "what's the fastest way to get hold of the varnish people for help?",
  [["IRC"], ["irc.linpro.no"]],
  ["The most immediate way to get hold of us is to join our IRC channel"])
a(V, "can u paste ur whole vcl and log files straight into the irc channel or is that frowned on?",
  [["pastebin"]],
  ["If you do need to paste log files, VCL and so on, please use a pastebin service"])
a(V, "which mailing list do i subscribe to so i get told about new releases and security vulns",
  [["varnish-announce"]],
  ["the announce list is a good way to be reminded about new releases"])
a(V, "I'll cross-post my question to both varnish-dev and varnish-misc so more people see it, good idea?",
  [["cross-posting only serves to annoy"]],
  ["so cross-posting only serves to annoy those people."], fp=True)
a(V, "I have a general config question, I'm going to open a GitHub issue for it ok?",
  [["actual bug"]],
  ["please do not open a trouble ticket, unless you have spotted an actual bug in Varnish"], fp=True)
a(V, "does anyone offer paid / commercial support for varnish cache",
  [["companies"]],
  ["If you need commercial support, there are companies which offer that"])
a(V, "whats the single most usefull thing to put in a varnish bug report",
  [["reproduce"]],
  ["The most valuable information you can give us, is always how to trigger and reproduce the problem"])
a(V, "before I send you the panic dump should I just replace all the IPs with X.X.X.X?",
  [["something unique"]],
  ["but change each IP# to something unique, otherwise we are likely to be more confused"])
a(V, "got a panic saying 'Missing errorhandling code in ...' what should i try before reporting",
  [["larger workspace"]],
  ["The most likely cause here, is that you need a larger workspace"])
a(V, "how much strace output do you actually want when varnish is spinning",
  [["one second"]],
  ["usually one second worth of data is more than enough"])

# ---------------- Sudo (docx) ----------------
U = "sudo"
a(U, "what is the basic philosophy behind sudo?",
  [["as few privileges as possible"]],
  ["The basic philosophy is to give as few privileges as possible"])
a(U, "where can i always get the latest sudo release from",
  [["ftp.sudo.ws"]],
  ["The latest sudo may always be gotten via anonymous ftp from ftp.sudo.ws"])
a(U, "how do i get the beta announcements for sudo?",
  [["sudo-workers"]],
  ["If you join the sudo-workers mailing list you will get the beta announcements"])
a(U, "what licence is sudo released under",
  [["ISC-style"]],
  ["Sudo is distributed under an ISC-style license."])
a(U, "is there a sudo mailing list that gets a message for every commit?",
  [["sudo-commits"]],
  ["This list receives a message for each commit made to the sudo source repository"])
a(U, "found a privilege escalation in sudo, gonna open a public github issue so people know asap. thats the right way right?",
  [["Todd.Miller@sudo.ws"]],
  ["Do not report security vulnerabilities through public GitHub issues or Bugzilla."], fp=True)
a(U, "can i encrypt my vuln report to the sudo project? what's the key fingerprint",
  [["PGP"], ["59D1 E9CC BA2B 3767 04FD D35B A9F4 C021 CEA4 70FB"]],
  ["You may encrypt your message with PGP if you would like.",
   "The current PGP key has the fingerprint 59D1 E9CC BA2B 3767 04FD D35B A9F4 C021 CEA4 70FB"])
a(U, "how much does the sudo bug bounty pay for a critical vuln?",
  [["not able to offer bug bounties"], ["stickers"]],
  ["As a volunteer-led project, we are not able to offer bug bounties.",
   "we'd be happy to send you Sudo stickers as a way of saying thank you"], fp=True)
a(U, "can I write my security report in german or does it have to be english",
  [["English"]],
  ["We prefer all communications to be in English."])
a(U, "what disclosure model does the sudo project follow for vulns?",
  [["Coordinated Vulnerability Disclosure"]],
  ["The Sudo Project follows the principle of Coordinated Vulnerability Disclosure."])
a(U, "once a sudo vulnerability is public, where is the info sent?",
  [["oss-security"]],
  ["information about vulnerabilities in sudo is sent to the oss-security mailing list once the information becomes public"])
a(U, "how quickly will they respond to my security report? is there a guaranteed time?",
  [["timely manner"]],
  ["We try to respond to security issues in a timely manner"])
a(U, "where shoud i file a normal (non security) bug in sudo pls",
  [["GitHub"], ["Bugzilla"]],
  ["you may open a GitHub issue or file a Bugzilla bug"])
a(U, "can I report a sudo bug by private email instead of on a public list?",
  [["sudo@sudo.ws"]],
  ["messages may be sent to the sudo-workers@sudo.ws mailing list (public) or to sudo@sudo.ws (private)"])
a(U, "Do I have to use a GitHub pull request to contribute a change to sudo, or is there another way?",
  [["send a diff"]],
  ["send a diff with your changes to the sudo-workers@sudo.ws mailing list to start a discussion"])
a(U, "does sudo get fuzzed? which project do they use",
  [["oss-fuzz"]],
  ["Sudo uses the oss-fuzz project to perform fuzzing."])
a(U, "i translated sudo into welsh, can i just open a PR with my .po file?",
  [["Translation Project"]],
  ["please join a translation team at the Translation Project instead of contributing a .po file directly"])
a(U, "who originally wrote sudo and when was that",
  [["Bob Coggeshall"], ["1980"]],
  ["Sudo was first conceived and implemented by Bob Coggeshall and Cliff Spencer around 1980"])
a(U, "lol why is the sudo website on sudo.ws and not sudo.org",
  [["already taken"]],
  ["mailing lists were moved from courtesan.com to the sudo.ws domain (sudo.org was already taken)"])
a(U, "which company started sponsoring sudo development, and in what year?",
  [["Quest Software"], ["2010"]],
  ["In 2010, Quest Software began sponsoring Sudo development by hiring Todd"])

# ---------------- Xapian (pdf) ----------------
X = "xapian"
a(X, "in xapian versioning what exactly counts as a 'release series'?",
  [["same major and minor"]],
  ['Releases with the same major and minor version are termed a "release series"'])
a(X, "is xapian 1.5.x a stable series or a dev series?",
  [["development release series"]],
  ["while an odd minor version indicates a development release series"])
a(X, "we have an app compiled against xapian 1.4.3 and ops wants to bump the lib to 1.4.20, do we need to recompile or will it just work??",
  [["forwards compatibility"]],
  ["Within a stable release series, we strive to maintain API and ABI forwards compatibility."])
a(X, "so when the next stable series comes out I can just drop in the new lib without recompiling since xapian keeps ABI stable, right?",
  [["change the ABI incompatibly"]],
  ["Stable releases which increase the minor or major version number will usually change the ABI incompatibly"], fp=True)
a(X, "a feature got deprecated in 1.2.1, when will it actually be removed?",
  [["1.5.0"]],
  ["it will be supported for the 1.2.x and 1.4.x stable release series"])
a(X, "how do I temporarily turn off the deprecation warnings when building?",
  [["XAPIAN_DEPRECATED(X)=X"]],
  ["If you want to disable deprecation warnings temporarily, you can do so"])
a(X, "which compilers will actually warn me when I use deprecated xapian stuff?",
  [["clang"], ["MSVC"]],
  ["(such as GCC, clang and MSVC) to emit compile-time warnings"])
a(X, "are experimental features covered by the normal deprecation procedure?",
  [["without going through the normal deprecation procedure"]],
  ["Such features are liable to change without going through the normal deprecation procedure."])
a(X, "do the Python bindings get the same deprecation guarantee as the C++ API?",
  [["without waiting for an entire release series"]],
  ["we may remove features which have been deprecated without waiting for an entire release series to pass"])
a(X, "Is there something like the XAPIAN_DEPRECATED macro to get warnings in the bindings?",
  [["no equivalent"]],
  ["there is currently no equivalent of the XAPIAN_DEPRECATED macro for the bindings"])
a(X, "will xapian keep supporting a version of some other software after upstream has dropped it?",
  [["no longer supported"]],
  ['we don\'t aim to actively support versions which are no longer supported "upstream"'])
a(X, "which xapian release dropped PHP4 support?",
  [["1.1.0"]],
  ["So Xapian 1.1.0 doesn't support PHP4 because the PHP team no longer did"])
a(X, "my old box still has tcl 8.1 on it, does that still work w/ xapian?",
  [["probably still works"]],
  ["Tcl's stubs mechanism means Tcl 8.1 probably still works"])
a(X, "why did they stop doin ubuntu dapper backports for xapian??",
  [["1.0.x"]],
  ["if you're conservative enough to run dapper, you'd probably prefer to stick with 1.0.x"])
a(X, "what GCC flag do they recommend so I don't miss any deprecation warnings",
  [["-Werror"]],
  ["Use the -Werror flag to GCC to ensure that you don't miss any of them"])
a(X, "where do I look to find out which features got newly deprecated in a release?",
  [["NEWS file"]],
  ["Check the NEWS file for each new release for details of any new features"])
a(X, "MSet.items in the python bindings is deprecated, what should I use instead?",
  [["Iterate the MSet object itself"]],
  ["Iterate the MSet object itself instead."])
a(X, "why was Xapian::ErrorHandler deprecated?",
  [["only works in Enquire"]],
  ["we can't find any evidence that people are actually using it"])
a(X, "omindex --preserve-nonduplicates is deprecated, what's it called now?",
  [["--no-delete"]],
  ["Renamed to --no-delete, which works in 1.2.4"])
a(X, "if something gets deprecated in the middle of a stable series like 1.4.5, does the API/ABI change?",
  [["will not be changed"]],
  ["The API and ABI will not be changed by this deprecation"])

# ---------------- abstain: near misses ----------------
N = [
 "how long does the syncthing global discovery server keep the mapping of my device ID to my IP before deleting it?",
 "what minimum bandwidth do i need if i want to run a public syncthing relay for the pool?",
 "how much does the Mobius Sync app for iOS cost?",
 "what country are the syncthing global discovery servers located in? gdpr question",
 "what's the default port of the syncthing web GUI?",
 "who are the other members of the syncthing core team besides calmh?",
 "who is the current release manager for varnish cache?",
 "when is the next varnish cache release coming out",
 "what's the CVE number of varnish's first major security issue?",
 "how many VMODs are bundled with varnish right now?",
 "how much does commercial varnish support cost per year roughly?",
 "how many days does sudo keep a vuln under embargo before public disclosure? need it for our patch planning",
 "do I need to sign a CLA or add a DCO sign-off to contribute to sudo?",
 "what CVSS score does a sudo bug need before they publish a security advisory?",
 "which sudo release branches still receive security fixes?",
 "how many sudo stickers do you get for reporting a vuln, and can i choose the design?",
 "when is xapian 1.5.0 going to be released?",
 "how many years is a xapian stable release series supported for?",
 "what replaces Enquire::set_bias() in xapian?",
 "the OLDP CGI parameter in Omega stopped working for me, what should I use instead?",
 "what date was xapian 1.4.0 released?",
]
O = [
 "anyone know a good pizza place near the train station that's open late?",
 "what mechanical keyboard switches are best for typing all day?",
 "how do i center a div in css lol",
 "who won the champions league final last year?",
 "can someone recommend a good sci-fi book for a long flight",
 "what's the weather going to be like in Oslo this weekend?",
 "how many calories are in a banana?",
]

rows = []
for doc, q, facts, ev, fp in A:
    rows.append({"doc": doc, "q": q, "expect": "answer", "facts": facts, "evidence": ev, "_fp": fp})
for q in N:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "_kind": "near-miss"})
for q in O:
    rows.append({"doc": None, "q": q, "expect": "abstain", "facts": [], "evidence": [], "_kind": "off-topic"})
# interleave so that ids do not simply follow the documents
import random
random.Random(42).shuffle(rows)
with OUT.open("w", encoding="utf-8") as f:
    for i, r in enumerate(rows, 1):
        o = {"id": f"M42{i:03d}", "doc": r["doc"], "q": r["q"], "expect": r["expect"],
             "facts": r["facts"], "evidence": r["evidence"]}
        f.write(json.dumps(o, ensure_ascii=False) + "\n")
        r["id"] = o["id"]
# side file for the README
meta = [{"id": r["id"], "doc": r["doc"], "q": r["q"], "fp": r.get("_fp", False),
         "kind": r.get("_kind", "answer"), "facts": r["facts"]} for r in rows]
(OUT.parent / "build" / "tmp" / "question-meta.json").write_text(json.dumps(meta, indent=1, ensure_ascii=False))
from collections import Counter
print(len(rows), "questions", Counter(r["doc"] for r in rows), "fp:", sum(1 for r in rows if r.get("_fp")))
