package org.policybot.bot.conversation;

import java.util.ArrayList;
import java.util.List;

/**
 * The one place that knows Discord's message limits and how to fit text into them. Discord rejects
 * an oversized message outright (Javacord does not check), so text is split at the cleanest boundary
 * available (paragraph, line, sentence, word) or trimmed with an ellipsis where a single value must fit;
 * nothing is silently dropped.
 */
public final class DiscordLimits {
    public static final int CONTENT = 2000;
    public static final int TITLE = 256;
    public static final int DESCRIPTION = 4096;
    public static final int FIELDS = 25;
    public static final int FIELD_NAME = 256;
    public static final int FIELD_VALUE = 1024;
    public static final int FOOTER = 2048;
    /** Title, description, field names and values and footer of all embeds of one message together. */
    public static final int EMBED_TOTAL = 6000;
    public static final int EMBEDS_PER_MESSAGE = 10;
    public static final int BUTTONS_PER_ROW = 5;
    public static final int CUSTOM_ID = 100;
    public static final int BUTTON_LABEL = 80;
    public static final int THREAD_NAME = 100;
    /** Largest file a bot may attach in any server: Discord's upload limit without boosts (10 MiB since 2024). */
    public static final int FILE_BYTES = 10 * 1024 * 1024;

    static final String ELLIPSIS = "…";

    private DiscordLimits() {
    }

    static void require(String text, int min, int max, String what) {
        if (text == null) {
            return;
        }
        if (text.length() < min || text.length() > max) {
            throw new IllegalArgumentException(what + " has " + text.length() + " characters, allowed " + min + ".." + max);
        }
    }

    /** {@code text} cut to at most {@code max} characters at a word boundary, ending with "…" when cut. */
    public static String trim(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max - ELLIPSIS.length();
        int space = text.lastIndexOf(' ', cut);
        if (space >= cut * 2 / 3) {
            cut = space;
        }
        cut = safeCut(text, cut);
        return text.substring(0, cut).stripTrailing() + ELLIPSIS;
    }

    /** Splits message text into pieces of at most {@value #CONTENT} characters. */
    public static List<String> splitContent(String text) {
        return split(text, CONTENT);
    }

    /**
     * Splits {@code text} into non-blank pieces of at most {@code max} characters, cutting at the last
     * paragraph break, line break, sentence end or space in the second half of each piece (a hard cut only
     * when there is none). Joining the pieces with whitespace gives back the text.
     */
    public static List<String> split(String text, int max) {
        List<String> pieces = new ArrayList<>();
        String rest = text.strip();
        while (rest.length() > max) {
            int cut = boundary(rest, max);
            pieces.add(rest.substring(0, cut).stripTrailing());
            rest = rest.substring(cut).stripLeading();
        }
        if (!rest.isEmpty()) {
            pieces.add(rest);
        }
        return pieces;
    }

    private static int boundary(String text, int max) {
        int floor = max / 2;
        for (String sep : new String[] {"\n\n", "\n", ". ", "! ", "? ", "; ", " "}) {
            int at = text.lastIndexOf(sep, max - sep.length());
            if (at >= floor) {
                return at + sep.length();
            }
        }
        return safeCut(text, max);
    }

    /** Never cut between the halves of a surrogate pair. */
    private static int safeCut(String text, int cut) {
        if (cut > 0 && cut < text.length() && Character.isHighSurrogate(text.charAt(cut - 1))) {
            return cut - 1;
        }
        return cut;
    }

    /**
     * Packs embeds into as few messages as the limits allow (at most 10 embeds and 6000 characters
     * each), in order; the buttons go under the last message.
     */
    public static List<ReplyMessage> pack(List<ReplyEmbed> embeds, List<ReplyButton> buttons) {
        List<ReplyMessage> messages = new ArrayList<>();
        List<ReplyEmbed> current = new ArrayList<>();
        int size = 0;
        for (ReplyEmbed embed : embeds) {
            if (!current.isEmpty() && (current.size() == EMBEDS_PER_MESSAGE || size + embed.size() > EMBED_TOTAL)) {
                messages.add(new ReplyMessage(null, current, List.of()));
                current = new ArrayList<>();
                size = 0;
            }
            current.add(embed);
            size += embed.size();
        }
        if (!current.isEmpty()) {
            messages.add(new ReplyMessage(null, current, buttons));
        }
        return messages;
    }

    /** Plain text as one or more messages, buttons under the last. */
    public static List<ReplyMessage> textMessages(String text, List<ReplyButton> buttons) {
        List<String> pieces = splitContent(SafeText.neutralise(text));
        if (pieces.isEmpty()) {
            pieces = List.of(ELLIPSIS);
        }
        List<ReplyMessage> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            out.add(new ReplyMessage(pieces.get(i), List.of(), i == pieces.size() - 1 ? buttons : List.of()));
        }
        return out;
    }
}
