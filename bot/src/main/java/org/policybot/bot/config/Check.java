package org.policybot.bot.config;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Field checks shared by the config records; each failure names the field it is about. */
final class Check {
    private static final Pattern SNOWFLAKE = Pattern.compile("[0-9]{1,20}");

    private Check() {
    }

    static void within(long value, long min, long max, String field) {
        if (value < min) {
            throw new ConfigException(field + ": must be >= " + min + ", was " + value);
        }
        if (value > max) {
            throw new ConfigException(field + ": must be <= " + max + ", was " + value);
        }
    }

    /** A list of Discord ids (snowflakes: decimal digits); null means empty. */
    static List<String> snowflakes(List<String> ids, String field) {
        if (ids == null) {
            return List.of();
        }
        List<String> out = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            if (id == null || !SNOWFLAKE.matcher(id.strip()).matches() || !fitsLong(id.strip())) {
                // the value is not quoted: a token pasted into the wrong field must not reach a log
                throw new ConfigException(field + "[" + i + "]: must be a Discord id (digits only), was "
                        + (id == null ? "null" : "a text of " + id.length() + " characters"));
            }
            out.add(id.strip());
        }
        return List.copyOf(out);
    }

    /** A Discord id is a 64-bit number that Javacord reads as a long: "12345678901234567890" has 20 digits but no. */
    private static boolean fitsLong(String digits) {
        try {
            Long.parseLong(digits);
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String text(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new ConfigException(field + ": required");
        }
        return value.strip();
    }
}
