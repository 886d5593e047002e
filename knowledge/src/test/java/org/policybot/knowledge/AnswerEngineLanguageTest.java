package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.write.llm.FakeOpenAiServer;
import org.policybot.knowledge.write.llm.LlmSettings;
import org.policybot.knowledge.write.llm.Translation;

/**
 * Questions in another language than the sources': with a model, translated, answered, checked and
 * translated back with their markers; without one, the English answer with a line in the asker's
 * language. On the shipped document, against a loopback server speaking the OpenAI format, whose
 * scripted replies depend on which of the three calls it gets.
 */
class AnswerEngineLanguageTest {
    private static final String FRENCH = "Est-ce qu'OpenAI entraîne ses modèles sur les données des clients de l'API ?";
    private static final String SPANISH = "¿OpenAI entrena sus modelos con los datos de los clientes de la API?";
    private static final String ENGLISH = "Does OpenAI train on API customer data?";
    private static final String FRENCH_NOTE = "Les documents sont en anglais, donc la réponse aussi.";
    private static final Pattern TEXT = Pattern.compile("<text>(.*)</text>", Pattern.DOTALL);

    private FakeOpenAiServer server;

    @BeforeEach
    void start() {
        server = FakeOpenAiServer.start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private AnswerEngine withModel() {
        return SharedEngine.withModel(new LlmSettings("openai", server.baseUrl(), "fake-model", null, 20));
    }

    /**
     * A model that translates the question into {@link #ENGLISH}, answers it from the passage on customer
     * data, and translates the answer with {@code translate} (applied to the English answer's marker).
     */
    private static Function<FakeOpenAiServer.Request, String> model(Function<String, String> translate) {
        return r -> {
            if (r.system().contains("translate a member's question")) {
                return ENGLISH;
            }
            if (r.system().contains("translate an answer")) {
                Matcher t = TEXT.matcher(r.user());
                Matcher marker = Pattern.compile("\\[\\d+]").matcher(t.find() ? t.group(1) : "");
                return translate.apply(marker.find() ? marker.group() : "");
            }
            return FakeOpenAiServer.citing("train on API customer data", "OpenAI does not train on API customer data")
                    .apply(r);
        };
    }

    @Test
    void aFrenchQuestionIsAnsweredInFrenchWithItsMarkersAndEnglishQuotes() {
        // GIVEN a model that translates faithfully
        server.otherwise(model(marker -> "OpenAI n'entraîne pas ses modèles sur les données des clients de l'API "
                + marker + "."));

        // WHEN a member asks in French
        Answer a = withModel().answer(Question.of(FRENCH));

        // THEN the checked answer comes back in French, its marker naming the English quote
        assertThat(a.abstained()).as(a.answer()).isFalse();
        assertThat(a.question()).isEqualTo(FRENCH);
        assertThat(a.answer()).isEqualTo("OpenAI n'entraîne pas ses modèles sur les données des clients de l'API [1].");
        assertThat(a.citations()).hasSize(1);
        assertThat(a.citations().get(0).quote()).contains("we do not train on API customer data");
        assertThat(a.composer()).isEqualTo(Answer.LLM);
        // AND the three calls: question into English, answer, answer into French
        assertThat(server.requests()).hasSize(3);
        assertThat(server.requests().get(0).system()).contains("from French into English");
        assertThat(server.requests().get(1).user()).contains("<question>" + ENGLISH + "</question>");
        assertThat(server.requests().get(2).system()).contains("into French");
    }

    @Test
    void aSpanishQuestionIsAnsweredInSpanish() {
        // GIVEN a model that translates faithfully
        server.otherwise(model(marker -> "OpenAI no entrena con los datos de los clientes de la API " + marker + "."));

        // WHEN a member asks in Spanish
        Answer a = withModel().answer(Question.of(SPANISH));

        // THEN the answer is in Spanish, the quote in English
        assertThat(a.answer()).isEqualTo("OpenAI no entrena con los datos de los clientes de la API [1].");
        assertThat(a.citations().get(0).quote()).contains("we do not train on API customer data");
        assertThat(server.requests().get(2).system()).contains("into Spanish");
    }

    @Test
    void aTranslationThatDropsAMarkerFallsBackToTheCheckedOriginalWithANote() {
        // GIVEN a model whose translation loses the marker
        server.otherwise(model(marker -> "OpenAI n'entraîne pas ses modèles sur les données des clients."));

        // WHEN a member asks in French
        Answer a = withModel().answer(Question.of(FRENCH));

        // THEN the checked English answer is given, under a line in French, with the reason
        assertThat(a.answer()).isEqualTo(FRENCH_NOTE + "\nOpenAI does not train on API customer data [1].");
        assertThat(a.fallbackReason()).isEqualTo("translation-" + Translation.MARKERS_CHANGED);
        assertThat(a.citations()).hasSize(1);
    }

    @Test
    void aFailedQuestionTranslationStillAnswersUnderALineInFrench() {
        // GIVEN a server that fails the translation call
        server.status(500, "{\"error\":\"down\"}").status(500, "{\"error\":\"down\"}");

        // WHEN a member asks in French
        Answer a = withModel().answer(Question.of(FRENCH));

        // THEN the reply (here, the French text read as it is) comes under the line in French, with the reason
        assertThat(a.answer()).startsWith(FRENCH_NOTE + "\n");
        assertThat(a.fallbackReason()).startsWith("translation-");
        assertThat(a.question()).isEqualTo(FRENCH);
    }

    @Test
    void withoutAModelAFrenchQuestionGetsTheEnglishReplyUnderALineInFrench() {
        // GIVEN the extractive engine (no model)
        // WHEN a member asks in French
        Answer a = SharedEngine.engine().answer(Question.of(FRENCH));

        // THEN the reply opens with one line in French saying the documents, so the reply, are in English
        assertThat(a.answer()).startsWith(FRENCH_NOTE + "\n");
        assertThat(a.question()).isEqualTo(FRENCH);
    }

    @Test
    void aFollowUpInFrenchIsReadWithItsEarlierQuestionInEnglish() {
        // GIVEN a model that translates every French question it is given into English
        server.otherwise(r -> {
            if (r.system().contains("translate a member's question")) {
                return r.user().contains("clients") ? ENGLISH : "Can ChatGPT users opt out?";
            }
            return model(marker -> "Les utilisateurs de ChatGPT peuvent refuser " + marker + ".").apply(r);
        });

        // WHEN a member follows a French question up in French
        Question followUp = new Question("Et les utilisateurs de ChatGPT, ils peuvent refuser ?", List.of(FRENCH),
                Scope.SHARED);
        Answer a = withModel().answer(followUp);

        // THEN the earlier question was translated too, and the model got it in English
        assertThat(server.requests()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(server.requests().get(1).user()).contains("clients");
        assertThat(server.requests().get(2).user()).doesNotContain("clients");
        assertThat(a.question()).isEqualTo(followUp.text());
    }

    @Test
    void anEnglishQuestionNeverCallsForATranslation() {
        // GIVEN a model
        server.otherwise(model(marker -> "unused"));

        // WHEN a member asks in English
        Answer a = withModel().answer(Question.of(ENGLISH));

        // THEN one call: the answer
        assertThat(a.answer()).doesNotContain(FRENCH_NOTE);
        assertThat(server.requests()).hasSize(1);
    }
}
