package org.policybot.bot.conversation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

/**
 * Turns an {@link Answer} into Discord messages: embeds whose description is the answer with its
 * {@code [n]} markers, one field per citation ({@code [n] title › section}, the URL and "updated DATE"
 * when the cited text changed lately, the quote), the answer id in the footer, feedback buttons under
 * the last message. Long answers and many citations flow into further embeds and messages;
 * {@link DiscordLimits} decides where.
 */
public final class AnswerRenderer {
    /** A citation says when its text changed if that was this recently (as issue 12 asks: the last 30 days). */
    static final Duration RECENT_UPDATE = Duration.ofDays(30);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ZoneOffset.UTC);

    /** How a low-confidence answer is marked: before its title and in its footer, besides its opening words. */
    static final String LOW_MARK = "⚠ ";
    static final String LOW_CONFIDENCE = "low confidence";
    /** Quotes are cut here for readability, well inside the field limit, so a typical answer is one message. */
    static final int QUOTE_MAX = 350;

    private final Clock clock;

    /** @param clock what "lately" is measured from */
    public AnswerRenderer(Clock clock) {
        this.clock = clock;
    }

    /** A renderer on the system clock. */
    public AnswerRenderer() {
        this(Clock.systemUTC());
    }

    /**
     * @param answer  the engine's answer (an abstention's text already says what the knowledge base covers)
     * @param buttons the feedback buttons for this answer
     */
    public List<ReplyMessage> render(Answer answer, List<ReplyButton> buttons) {
        return render(answer, buttons, List.of());
    }

    /**
     * As {@link #render(Answer, List)}, with notes above the answer (e.g. that a section changed since an
     * earlier answer in the conversation).
     */
    public List<ReplyMessage> render(Answer answer, List<ReplyButton> buttons, List<String> notes) {
        boolean low = Answer.LOW.equals(answer.confidence());
        String footer = DiscordLimits.trim("Answer " + answer.id() + " · " + answer.composer()
                + (low ? " · " + LOW_CONFIDENCE : ""), DiscordLimits.FOOTER);
        String asked = answer.question().isBlank() ? "" : SafeText.neutralise(answer.question().strip().replace('\n', ' '));
        String title = low ? DiscordLimits.trim(LOW_MARK + (asked.isEmpty() ? LOW_CONFIDENCE : asked), DiscordLimits.TITLE)
                : asked.isEmpty() ? null : DiscordLimits.trim(asked, DiscordLimits.TITLE);
        String text = SafeText.neutralise((notes.isEmpty() ? "" : String.join("\n", notes) + "\n\n") + answer.answer());
        List<String> chunks = DiscordLimits.split(text, DiscordLimits.DESCRIPTION);
        if (chunks.isEmpty()) {
            chunks = List.of(answer.abstained() ? "I could not find this in the knowledge base." : ELLIPSIS_ONLY);
        }
        int budget = DiscordLimits.EMBED_TOTAL - footer.length();

        List<Draft> drafts = new ArrayList<>();
        for (int i = 0; i < chunks.size(); i++) {
            drafts.add(new Draft(i == 0 ? title : null, chunks.get(i)));
        }
        Instant recent = clock.instant().minus(RECENT_UPDATE);
        for (Citation c : answer.citations()) {
            ReplyField field = field(c, recent);
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
        return field(c, Instant.MAX);
    }

    /**
     * {@code [n] title › section}; the URL as a link, and "updated DATE" when the cited text changed (after
     * the document was first added) at or after {@code recent}; the quote, trimmed to fit.
     */
    static ReplyField field(Citation c, Instant recent) {
        String label = "[" + c.n() + "] " + c.title()
                + (c.section() == null || c.section().isBlank() ? "" : Passage.SECTION_SEPARATOR + c.section());
        String name = DiscordLimits.trim(SafeText.neutralise(oneLine(label)), DiscordLimits.FIELD_NAME);
        String url = c.url() == null ? "" : c.url().strip();
        String link = url.isEmpty() ? "" : url.length() <= DiscordLimits.FIELD_VALUE / 2 && url.matches("(?i)https?://\\S+")
                ? url : DiscordLimits.trim(oneLine(url), DiscordLimits.FIELD_VALUE / 2);
        if (c.revisedSince(recent)) {
            String updated = "updated " + DATE.format(c.origin().since());
            link = link.isEmpty() ? updated : link + " · " + updated;
        }
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
