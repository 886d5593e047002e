package org.policybot.bot.cli;

import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;

/**
 * Renders an answer for a terminal: the answer, then its numbered sources with quotes and links; a source
 * whose text changed after its document was first added says when.
 */
final class AnswerText {
    private AnswerText() {
    }

    static String render(Answer a) {
        StringBuilder b = new StringBuilder(a.answer()).append('\n');
        if (Answer.LOW.equals(a.confidence())) {
            b.append("(low confidence: the sources below may not answer exactly this)\n");
        }
        if (!a.citations().isEmpty()) {
            b.append("\nSources:\n");
            for (Citation c : a.citations()) {
                b.append(sources(c));
            }
        }
        if (a.fallbackReason() != null) {
            b.append("\n(LLM answer not used: ").append(a.fallbackReason()).append(")\n");
        }
        return b.toString();
    }

    static String sources(Citation c) {
        StringBuilder b = new StringBuilder();
        b.append('[').append(c.n()).append("] ").append(c.title());
        if (!c.section().isEmpty()) {
            b.append(" › ").append(c.section());
        }
        if (c.origin() != null && c.origin().version() > 1) {
            b.append(" (updated ").append(AnswerJson.DATE.format(c.origin().since())).append(')');
        }
        b.append('\n').append("    “").append(c.quote()).append("”\n");
        if (!c.url().isEmpty()) {
            b.append("    ").append(c.url()).append('\n');
        }
        return b.toString();
    }
}
