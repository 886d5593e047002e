package org.policybot.knowledge.write.llm;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policybot.knowledge.text.Figures;

/**
 * The numbers a text states, normalised, so a claim's figures can be required to appear in its source: figures in
 * digits or words as {@link Figures} reads them ("six" and "6" are one number, "a week" is 1, "fourteen" is 14,
 * "1,000" is 1000, and "2.5" is not "25"), and every other number written in digits (a year, a clause number).
 */
final class Numbers {
    private static final Pattern DIGITS = Pattern.compile("\\d+(?:[.,]\\d+)*");

    private Numbers() {
    }

    static Set<String> in(String text) {
        Set<String> out = new LinkedHashSet<>();
        for (Figures.Figure f : Figures.in(text)) {
            out.add(canonical(f.value()));
        }
        Matcher m = DIGITS.matcher(text);
        while (m.find()) {
            String token = m.group().replace(",", "");
            try {
                out.add(canonical(Double.parseDouble(token)));
            } catch (NumberFormatException e) {
                out.add(token); // "6.1.2", a clause number: compared as written
            }
        }
        return out;
    }

    private static String canonical(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
