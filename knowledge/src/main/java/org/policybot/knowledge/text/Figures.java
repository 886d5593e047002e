package org.policybot.knowledge.text;

import java.util.regex.Pattern;

/** Figures written in digits or words ("25", "six", "dozens"): one definition for every check that reads them. */
public final class Figures {
    /** The alternatives of a figure, for use inside larger patterns. */
    public static final String ALTERNATIVES = "\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
            + "twelve|twenty|thirty|forty|fifty|hundred|hundreds|thousand|thousands|million|millions|billion|dozen|dozens";
    private static final Pattern WORD = Pattern.compile("(?:" + ALTERNATIVES + ")", Pattern.CASE_INSENSITIVE);

    private Figures() {
    }

    /** True when the whole word is a figure. */
    public static boolean isFigure(String word) {
        return WORD.matcher(word).matches();
    }
}
