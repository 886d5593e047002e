package org.policybot.knowledge.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Recognises a publication date written as "June 29, 2023", "29 June 2023" or "2023-06-29" and gives ISO. */
final class Dates {
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
            "sep", "oct", "nov", "dec");
    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October"
            + "|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\\.?";
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?:[T ][0-9:.+\\-Z]*)?");
    private static final Pattern MONTH_FIRST = Pattern.compile(MONTH + " (\\d{1,2}),? (\\d{4})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2}) " + MONTH + ",? (\\d{4})");

    private Dates() {
    }

    /** The ISO date when the whole of {@code text} is one date, else empty. */
    static Optional<String> parse(String text) {
        String s = text.strip();
        Matcher m = ISO.matcher(s);
        if (m.matches()) {
            return iso(m.group(1), m.group(2), m.group(3));
        }
        m = MONTH_FIRST.matcher(s);
        if (m.matches()) {
            return iso(m.group(3), month(m.group(1)), m.group(2));
        }
        m = DAY_FIRST.matcher(s);
        if (m.matches()) {
            return iso(m.group(3), month(m.group(2)), m.group(1));
        }
        return Optional.empty();
    }

    /** The ISO date of the first date written inside {@code text} ("Version 3, 29 June 2007"), else empty. */
    static Optional<String> find(String text) {
        for (Pattern p : List.of(ISO, MONTH_FIRST, DAY_FIRST)) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                Optional<String> date = parse(m.group());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    private static String month(String name) {
        return String.valueOf(MONTHS.indexOf(name.substring(0, 3).toLowerCase(Locale.ROOT)) + 1);
    }

    private static Optional<String> iso(String year, String month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day))
                    .toString());
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
