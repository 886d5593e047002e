package org.policybot.bot.conversation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;

/** The engine port with a window on it: remembers every question (with its context) before passing it on. */
final class RecordingAnswers implements Answers {
    final List<Question> questions = Collections.synchronizedList(new ArrayList<>());
    private final Answers engine;

    RecordingAnswers(Answers engine) {
        this.engine = engine;
    }

    @Override
    public Answer answer(Question question) {
        questions.add(question);
        return engine.answer(question);
    }
}
