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
final class ChangedSince {
    private ChangedSince() {
    }

    /** The sections (title › section) that {@code answer} cites and that changed since {@code earlier}. */
    static List<String> sections(ConversationMemory.Entry earlier, Answer answer) {
        Instant then = Instant.parse(earlier.time());
        Set<String> out = new LinkedHashSet<>();
        for (Citation c : answer.citations()) {
            if (c.origin() == null) {
                continue;
            }
            boolean revised = c.revisedSince(then);
            boolean otherVersion = earlier.facts().cited().stream().anyMatch(x -> x.doc().equals(c.doc())
                    && x.section().equals(c.section()) && x.version() > 0 && x.version() != c.origin().version());
            if (revised || otherVersion) {
                out.add(c.section().isBlank() ? c.title() : c.title() + Passage.SECTION_SEPARATOR + c.section());
            }
        }
        return List.copyOf(out);
    }

    /** The note for a follow-up that cites changed sections; none when nothing it cites changed. */
    static List<String> note(ConversationMemory.Entry earlier, Answer answer) {
        List<String> changed = sections(earlier, answer);
        if (changed.isEmpty()) {
            return List.of();
        }
        String names = String.join(", ", changed.stream().map(s -> "“" + s + "”").toList());
        return List.of("Since my earlier answer, " + names + (changed.size() == 1 ? " has" : " have")
                + " changed; this answer is from the new text.");
    }
}
