package org.policybot.knowledge.retrieve;

import java.util.Map;

/** Expands common chat abbreviations ("ppl", "govt", "u") before a question is searched. */
final class ChatSpeak {
    private static final Map<String, String> EXPANSIONS = Map.ofEntries(
            Map.entry("ppl", "people"), Map.entry("u", "you"), Map.entry("ur", "your"), Map.entry("pls", "please"),
            Map.entry("plz", "please"), Map.entry("wat", "what"), Map.entry("wht", "what"), Map.entry("abt", "about"),
            Map.entry("govt", "government"), Map.entry("gov", "government"), Map.entry("govts", "governments"),
            Map.entry("info", "information"), Map.entry("thx", "thanks"), Map.entry("b4", "before"),
            Map.entry("bc", "because"), Map.entry("cuz", "because"), Map.entry("coz", "because"),
            Map.entry("msg", "message"), Map.entry("msgs", "messages"), Map.entry("dept", "department"),
            Map.entry("org", "organization"), Map.entry("orgs", "organizations"), Map.entry("dev", "developer"),
            Map.entry("devs", "developers"), Map.entry("yr", "year"), Map.entry("yrs", "years"),
            Map.entry("r", "are"), Map.entry("y", "why"), Map.entry("tho", "though"), Map.entry("w", "with"),
            Map.entry("abt.", "about"), Map.entry("regs", "regulations"), Map.entry("convo", "conversation"),
            Map.entry("convos", "conversations"), Map.entry("pic", "picture"), Map.entry("pics", "pictures"),
            Map.entry("approx", "approximately"), Map.entry("ai's", "ai"), Map.entry("biz", "business"),
            Map.entry("rn", "now"), Map.entry("atm", "now"), Map.entry("tbh", "honestly"), Map.entry("imo", "opinion"),
            Map.entry("idk", "unsure"), Map.entry("ngl", "honestly"), Map.entry("lol", "lol"), Map.entry("nah", "no"),
            Map.entry("ya", "you"), Map.entry("thru", "through"), Map.entry("bcuz", "because"),
            Map.entry("gonna", "going"));

    private ChatSpeak() {
    }

    static String expand(String lowerWord) {
        return EXPANSIONS.getOrDefault(lowerWord, lowerWord);
    }
}
