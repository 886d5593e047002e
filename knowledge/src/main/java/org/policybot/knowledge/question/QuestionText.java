package org.policybot.knowledge.question;

import java.text.Normalizer;
import java.util.regex.Pattern;
import org.policybot.knowledge.InvalidQuestionException;

/**
 * Cleans a question where it enters the engine: Unicode NFKC, control and bidi-override
 * characters removed, chat mentions ({@code <@123>}, {@code @everyone}) dropped from what is
 * searched, whitespace collapsed; and refuses the empty and the absurdly long.
 */
public final class QuestionText {
    /** Longest question accepted, in characters (Discord has its own, lower, limit). */
    public static final int MAX_CHARS = 4000;
    private static final Pattern INVISIBLE = Pattern.compile(
            "[\\p{Cc}\\p{Cf}\\u2028\\u2029&&[^\\n\\t]]|[\\u200B-\\u200F\\u202A-\\u202E\\u2066-\\u2069\\uFEFF]");
    private static final Pattern MENTION = Pattern.compile("<(?:@[!&]?|#)\\d+>|@(?:everyone|here)\\b");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern RAW_MENTION = Pattern.compile("@(everyone|here)\\b", Pattern.CASE_INSENSITIVE);

    private QuestionText() {
    }

    /** The question fit for searching; throws {@link InvalidQuestionException} when there is none. */
    public static String clean(String raw) {
        if (raw == null) {
            throw new InvalidQuestionException("the question is empty");
        }
        if (raw.length() > MAX_CHARS) {
            throw new InvalidQuestionException("the question is too long (" + raw.length()
                    + " characters; the limit is " + MAX_CHARS + ")");
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        s = INVISIBLE.matcher(s).replaceAll(" ");
        s = MENTION.matcher(s).replaceAll(" ");
        s = SPACE.matcher(s).replaceAll(" ").strip();
        if (s.isEmpty() || s.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new InvalidQuestionException("the question is empty");
        }
        return s;
    }

    /** Text safe to echo into chat: "@everyone"/"@here" can never ping (a zero-width joiner is inserted). */
    public static String neutralise(String text) {
        return text == null ? null : RAW_MENTION.matcher(text).replaceAll("@\u200B$1");
    }
}
