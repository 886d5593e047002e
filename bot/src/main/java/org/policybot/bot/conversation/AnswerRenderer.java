package org.policybot.bot.conversation;

import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

/**
 * Turns an {@link Answer} into Discord messages: embeds whose description is the answer with its
 * {@code [n]} markers, one field per citation ({@code [n] title › section}, the URL, the quote), the
 * answer id in the footer, feedback buttons under the last message. Long answers and many citations
 * flow into further embeds and messages; {@link DiscordLimits} decides where.
 */
public final class AnswerRenderer {
    /** How a low-confidence answer is marked: before its title and in its footer, besides its opening words. */
    static final String LOW_MARK = "⚠ ";
    static final String LOW_CONFIDENCE = "low confidence";
    /** Quotes are cut here for readability, well inside the field limit, so a typical answer is one message. */
    static final int QUOTE_MAX = 350;

    /**
     * @param answer  the engine's answer (an abstention's text already says what the knowledge base covers)
     * @param buttons the feedback buttons for this answer
     */
    public List<ReplyMessage> render(Answer answer, List<ReplyButton> buttons) {
        boolean low = Answer.LOW.equals(answer.confidence());
        String footer = DiscordLimits.trim("Answer " + answer.id() + " · " + answer.composer()
                + (low ? " · " + LOW_CONFIDENCE : ""), DiscordLimits.FOOTER);
        String asked = answer.question().isBlank() ? "" : SafeText.neutralise(answer.question().strip().replace('\n', ' '));
        String title = low ? DiscordLimits.trim(LOW_MARK + (asked.isEmpty() ? LOW_CONFIDENCE : asked), DiscordLimits.TITLE)
                : asked.isEmpty() ? null : DiscordLimits.trim(asked, DiscordLimits.TITLE);
        String text = SafeText.neutralise(answer.answer());
        List<String> chunks = DiscordLimits.split(text, DiscordLimits.DESCRIPTION);
        if (chunks.isEmpty()) {
            chunks = List.of(answer.abstained() ? "I could not find this in the knowledge base." : ELLIPSIS_ONLY);
        }
        int budget = DiscordLimits.EMBED_TOTAL - footer.length();

        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            drafts.add(new Draft(i == 0 ? title : null, chunks.get(i)));
        }
        for (Citation c : answer.citations()) {
            ReplyField field = field(c);
            Draft last = drafts.get(drafts.size() - 1);
            if (last.fields.size() == DiscordLimits.FIELDS || last.size() + field.size() > budget) {
                last = new Draft(null, null);
                drafts.add(last);
            }
            last.fields.add(field);
        }
        List<ReplyEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            embeds.add(drafts.get(i).build(i == drafts.size() - 1 ? footer : null));
        }
        return DiscordLimits.pack(embeds, buttons);
    }

    private static final String ELLIPSIS_ONLY = DiscordLimits.ELLIPSIS;

    /** {@code [n] title › section}; the URL as a link; the quote, trimmed to fit. */
    static ReplyField field(Citation c) {
        String label = "[" + c.n() + "] " + c.title()
                + (c.section() == null || c.section().isBlank() ? "" : Passage.SECTION_SEPARATOR + c.section());
        String name = DiscordLimits.trim(SafeText.neutralise(oneLine(label)), DiscordLimits.FIELD_NAME);
        String url = c.url() == null ? "" : c.url().strip();
        String link = url.isEmpty() ? "" : url.length() <= DiscordLimits.FIELD_VALUE / 2 && url.matches("(?i)https?://\\S+")
                ? url : DiscordLimits.trim(oneLine(url), DiscordLimits.FIELD_VALUE / 2);
        String quote = c.quote() == null ? "" : oneLine(SafeText.neutralise(c.quote()));
        int room = Math.min(QUOTE_MAX, DiscordLimits.FIELD_VALUE - link.length() - 3);
        String value = link;
        if (!quote.isEmpty()) {
            value = (link.isEmpty() ? "" : link + "\n") + "> " + DiscordLimits.trim(quote, room);
        }
        return new ReplyField(name, value.isEmpty() ? "(no quote)" : value);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** An embed being filled. */
    private static final class Draft {
        final String title;
        final String description;
        final List<ReplyField> fields = new ArrayList<>();

        Draft(String title, String description) {
            this.title = title;
            this.description = description;
        }

        int size() {
            int n = (title == null ? 0 : title.length()) + (description == null ? 0 : description.length());
            for (ReplyField f : fields) {
                n += f.size();
            }
            return n;
        }

        ReplyEmbed build(String footer) {
            return new ReplyEmbed(title, description, fields, footer);
        }
    }
}
