package org.policybot.bot.cli;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.policybot.bot.conversation.ChangedSince;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;

/**
 * One local conversation, as a Discord thread has it: a question sees the last few before it, and a
 * follow-up that cites a section changed since the answer before says so first.
 */
final class ChatSession {
    /** Earlier questions a follow-up carries (as in a Discord thread's memory). */
    static final int CONTEXT_QUESTIONS = 3;

    private final AnswerEngine engine;
    private final Scope scope;
    private final Clock clock;
    private final List<String> context = new ArrayList<>();
    private Answer last;
    private Instant lastAt;

    ChatSession(AnswerEngine engine, Scope scope, Clock clock) {
        this.engine = engine;
        this.scope = scope;
        this.clock = clock;
    }

    /** The reply to print: any note that a cited section changed since the last answer, then the answer. */
    String ask(String question) {
        Instant now = clock.instant();
        Answer answer = engine.answer(new Question(question, context, scope));
        List<String> lines = new ArrayList<>();
        if (last != null && !context.isEmpty()) {
            lines.addAll(ChangedSince.note(lastAt, last, answer));
        }
        lines.add(answer.answer());
        last = answer;
        lastAt = now;
        context.add(question);
        if (context.size() > CONTEXT_QUESTIONS) {
            context.remove(0);
        }
        return String.join("\n", lines);
    }

    /** The last answer, for its sources; null before the first. */
    Answer last() {
        return last;
    }

    /** Forgets the conversation: the next question is asked afresh. */
    void reset() {
        context.clear();
        last = null;
        lastAt = null;
    }
}
