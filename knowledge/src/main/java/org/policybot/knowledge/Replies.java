package org.policybot.knowledge;

import java.util.List;
import java.util.Map;
import org.policybot.knowledge.question.Intent;

/** The words of abstentions: polite, short, and naming what the knowledge base does cover. */
final class Replies {
    private Replies() {
    }

    static String notCovered(Map<String, List<String>> coverage) {
        if (coverage.isEmpty()) {
            return "I can't answer that: the knowledge base is empty. A moderator can add documents with /kb add.";
        }
        return "I can't answer that from the knowledge base, so I won't guess. It covers " + describe(coverage) + ".";
    }

    static String forIntent(Intent intent, Map<String, List<String>> coverage) {
        String covers = coverage.isEmpty() ? "" : " I can answer questions about " + describe(coverage) + ".";
        return switch (intent) {
            case GREETING -> "Hello!" + covers + " Ask me anything about it.";
            case THANKS -> "You're welcome." + covers;
            case SMALL_TALK -> "I only answer questions from the knowledge base, with sources, so small talk and jokes are"
                    + " not something I can do." + covers;
            case CREATIVE -> "I don't write, generate or recommend things; I answer questions from the knowledge base,"
                    + " with sources." + covers;
            case CALCULATION -> "I don't do sums or convert units; I answer questions from the knowledge base, with sources."
                    + covers;
            case WEATHER -> "I can't tell what the weather will do; I answer questions from the knowledge base, with"
                    + " sources." + covers;
            case ROLE_PLAY -> "I can't take on other roles; I answer questions from the knowledge base, with sources."
                    + covers;
            case INSTRUCTIONS -> "I can't change how I work; I only answer questions from the knowledge base, with"
                    + " sources." + covers;
            case QUESTION, OVERVIEW, CATALOG, LINK -> notCovered(coverage);
        };
    }

    /** "“Insights from global conversations” (What we learned; What’s next)" and so on. */
    static String describe(Map<String, List<String>> coverage) {
        StringBuilder b = new StringBuilder();
        int i = 0;
        for (var e : coverage.entrySet()) {
            if (i > 0) {
                b.append(i == coverage.size() - 1 ? " and " : ", ");
            }
            b.append('“').append(e.getKey()).append('”');
            List<String> sections = e.getValue().stream().limit(6).toList();
            if (!sections.isEmpty()) {
                b.append(" (").append(String.join("; ", sections)).append(')');
            }
            i++;
            if (i >= 8 && coverage.size() > 8) {
                b.append(" and ").append(coverage.size() - 8).append(" more documents");
                break;
            }
        }
        return b.toString();
    }
}
