package org.policybot.bot.conversation;

import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.policybot.knowledge.AnswerEngine;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;

/** Binds the conversation's two ports to the real engine. */
public final class EnginePorts {
    private EnginePorts() {
    }

    public static Answers answers(AnswerEngine engine) {
        return new Answers() {
            @Override
            public Answer answer(Question question) {
                return engine.answer(question);
            }

            @Override
            public Answer answer(Question question, Consumer<String> progress) {
                return engine.answer(question, progress);
            }
        };
    }

    public static KnowledgeAdmin admin(KnowledgeBase kb) {
        return admin(kb, scope -> {
        });
    }

    /**
     * The knowledge base's port, telling {@code changed} of every scope whose documents a command changed, once the
     * change is committed (a change that fails tells nothing).
     */
    public static KnowledgeAdmin admin(KnowledgeBase kb, Consumer<Scope> changed) {
        return new KnowledgeAdmin() {
            @Override
            public DocumentInfo add(Scope scope, Source source, String actor) throws IOException {
                DocumentInfo added = kb.add(scope, source, actor);
                changed.accept(scope);
                return added;
            }

            @Override
            public DocumentInfo remove(Scope scope, String docId, String actor) throws IOException {
                DocumentInfo removed = kb.remove(scope, docId, actor);
                changed.accept(scope);
                return removed;
            }

            @Override
            public List<DocumentInfo> list(Scope scope) {
                return kb.list(scope);
            }

            @Override
            public int reindex(Scope scope, String actor) throws IOException {
                int passages = kb.reindex(scope, actor);
                changed.accept(scope);
                return passages;
            }

            @Override
            public List<DocumentVersion> history(Scope scope, String docId) {
                return kb.history(scope, docId);
            }

            @Override
            public DocumentDiff diff(Scope scope, String docId, Integer from, Integer to) throws IOException {
                return kb.diff(scope, docId, from, to);
            }

            @Override
            public DocumentInfo rollback(Scope scope, String docId, int version, String actor) throws IOException {
                DocumentInfo restored = kb.rollback(scope, docId, version, actor);
                changed.accept(scope);
                return restored;
            }
        };
    }
}
