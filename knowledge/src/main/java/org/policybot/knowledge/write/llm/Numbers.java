package org.policybot.knowledge.write.llm;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, normalised ("six" and "6" are one number; "1,000" is "1000"), so a
 * claim's figures can be required to appear in its source. "one" is left out: it is a pronoun too.
 */
final class Numbers {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*|\\p{L}+");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"), Map.entry("five", "5"),
            Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"), Map.entry("nine", "9"),
            Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"), Map.entry("twenty", "20"));

    private Numbers() {
    }

    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String token = m.group();
            if (Character.isDigit(token.charAt(0))) {
                out.add(token.replace(",", ""));
            } else {
                String digits = WORDS.get(token.toLowerCase(Locale.ROOT));
                if (digits != null) {
                    out.add(digits);
                }
            }
        }
        return out;
    }
}
