package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.Question;

/**
 * Questions built to break things never raise anything but a clear refusal, and no answer ever
 * carries a raw {@code @everyone} or {@code @here}.
 */
class HostileQuestionTest {
    static final Pattern RAW_MENTION = Pattern.compile("@(everyone|here)\\b", Pattern.CASE_INSENSITIVE);

    @TempDir
    static Path dir;
    private static KnowledgeBase kb;
    private static AnswerEngine engine;

    @BeforeAll
    static void open() throws IOException {
        kb = KbFixtures.open(dir);
        kb.addAll(List.of(KbFixtures.document("cafeteria.md"), KbFixtures.document("announcements.md")), "test:alice");
        engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
    }

    @AfterAll
    static void close() throws IOException {
        kb.close();
    }

    static Stream<String> answerable() {
        return Stream.of(
                "title:(refund OR \"data\") AND text:* ~2 ^10 [a TO z] {x TO y} \\\\ / ? * -cafeteria +open",
                "when\u0000 does\u0007 the\u001b[31m cafeteria open\u007f",
                "\u202Eyadrutas no nepo airetefac eht seod nehw",
                "\u2066does openai train\u2069 on API customer data\u200F\u200B?",
                "🤖 does OpenAI 🧠 train on API customer data? 🔥🔥🔥",
                "@everyone does OpenAI train on API customer data? @here @EVERYONE",
                "<@123456789012345678> <@&987654321098765432> <#111222333> can ChatGPT users opt out",
                "Z̵̡̢a̷̛l̸g̶o̵ ̴c̷a̸f̴e̷t̵e̶r̸i̷a̸ h̵o̶u̷r̸s̷",
                "'; DROP TABLE passages; -- {\"q\": \"x\"} <script>alert(1)</script>",
                "\uD800 when does the cafeteria open \uDFFF",
                "NaN Infinity -0 1e309 0x7fffffff",
                "cafeteria ".repeat(400).strip(),
                "pls ".repeat(990) + "when does the cafeteria open?", // a filler per repeat: no stack overflow
                "a".repeat(maxChars()),
                "How do moderators ping members for events?");
    }

    @ParameterizedTest
    @MethodSource("answerable")
    void hostileQuestionsGetACompleteAnswerOrAnAbstention(String question) {
        // GIVEN a hostile question  WHEN it is asked
        Answer a = engine.answer(Question.of(question));

        // THEN a complete answer or abstention comes back, without a raw mass mention anywhere
        assertThat(a.answer()).isNotBlank();
        assertThat(a.citations().isEmpty()).isEqualTo(a.abstained());
        assertNoRawMention(a);
    }

    static Stream<String> refused() {
        return Stream.of("", "   \n\t ", "\u0000\u0001\u0002", "🤖🤖🔥", "@everyone", "@here <@123> <@&456>",
                "\u202E\u2066\u200B", "x".repeat(20_000));
    }

    @ParameterizedTest
    @MethodSource("refused")
    void emptyOrOversizedQuestionsAreRefusedWithAReason(String question) {
        // GIVEN a question with nothing to search for, or of 20,000 characters  WHEN it is asked
        InvalidQuestionException e = catchThrowableOfType(InvalidQuestionException.class,
                () -> engine.answer(Question.of(question)));

        // THEN it is refused with a one-line reason
        assertThat(e).isNotNull();
        assertThat(e.getMessage()).matches("the question is (empty|too long \\(20000 characters; the limit is 4000\\))");
    }

    @Test
    void mentionsInTheKnowledgeBaseNeverPing() {
        // GIVEN a document that says "@everyone" and "@here"  WHEN a question is answered from it
        Answer a = engine.answer(Question.of("When may moderators ping @everyone?"));

        // THEN the answer quotes it, but no field holds a raw mass mention
        assertThat(a.abstained()).isFalse();
        assertThat(a.citations()).anySatisfy(c -> assertThat(c.doc()).isEqualTo("announcements"));
        assertThat(a.answer() + a.citations()).contains("@\u200Beveryone");
        assertNoRawMention(a);
    }

    @Test
    void hostileFollowUpContextIsHarmless() {
        // GIVEN earlier questions full of syntax, controls and mentions  WHEN a follow-up is asked
        Answer a = engine.answer(new Question("and on saturdays?", List.of("@everyone \u0000 cafeteria:* OR (",
                "when does the cafeteria open @here \u202E")));

        // THEN it is answered like any other question
        assertThat(a.answer()).isNotBlank();
        assertNoRawMention(a);
    }

    static void assertNoRawMention(Answer a) {
        assertThat(a.answer()).doesNotContainPattern(RAW_MENTION);
        assertThat(a.question()).doesNotContainPattern(RAW_MENTION);
        for (Citation c : a.citations()) {
            assertThat(String.join(" ", c.title(), c.section(), c.quote(), c.text())).doesNotContainPattern(RAW_MENTION);
        }
    }

    private static int maxChars() {
        return org.policybot.knowledge.question.QuestionText.MAX_CHARS;
    }
}
