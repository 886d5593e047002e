package org.policybot.bot.conversation;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Passage;

/**
 * A follow-up cites a section that changed since the earlier answer it follows: its text dates from a
 * version made after that answer, or from another version than the earlier answer cited (a rollback
 * restores older text). The member is told so, and the answer is from the text as it is now.
 */
public final class ChangedSince {
    private ChangedSince() {
    }

    /** The sections (title › section) that {@code answer} cites and that changed since {@code earlier}. */
    static List<String> sections(ConversationMemory.Entry earlier, Answer answer) {
        return sections(Instant.parse(earlier.time()), earlier.facts(), answer);
    }

    private static List<String> sections(Instant then, AnswerFacts earlier, Answer answer) {
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : answer.citations()) {
            if (c.origin() == null) {
                continue;
            }
            boolean revised = c.revisedSince(then);
            boolean otherVersion = earlier.cited().stream().anyMatch(x -> x.doc().equals(c.doc())
                    && x.section().equals(c.section()) && x.version() > 0 && x.version() != c.origin().version());
            if (revised || otherVersion) {
                out.add(c.section().isBlank() ? c.title() : c.title() + Passage.SECTION_SEPARATOR + c.section());
            }
        }
        return List.copyOf(out);
    }

    /** The note for a follow-up that cites changed sections; none when nothing it cites changed. */
    static List<String> note(ConversationMemory.Entry earlier, Answer answer) {
        return note(sections(earlier, answer));
    }

    /**
     * The same for a conversation kept elsewhere (the local {@code chat}): {@code earlier} answered at
     * {@code then}, {@code answer} following it up.
     */
    public static List<String> note(Instant then, Answer earlier, Answer answer) {
        return note(sections(then, AnswerFacts.of(earlier), answer));
    }

    private static List<String> note(List<String> changed) {
        if (changed.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", changed.stream().map(s -> "“" + s + "”").toList());
        return List.of("Since my earlier answer, " + names + (changed.size() == 1 ? " has" : " have")
                + " changed; this answer is from the new text.");
    }
}
