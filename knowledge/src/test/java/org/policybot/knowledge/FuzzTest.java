package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.question.QuestionText;
import org.policybot.knowledge.ingest.Ingestor;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.ParsedDocument;
import org.policybot.knowledge.model.Question;
import org.policybot.knowledge.model.Source;

/**
 * Bounded fuzzing with fixed seeds, so that any failure replays: generated questions through the
 * answer engine, and damaged files through ingestion and the knowledge base. The only outcomes allowed
 * are an answer, a clear refusal, or a parsed document; a failing input is named by its number.
 */
class FuzzTest {
    private static final int QUESTIONS = 1_000;
    private static final int TEXT_FILES = 900;
    private static final int BINARY_FILES = 120;
    private static final int KB_FILES = 12;
    private static final String[] WORDS = ("does openai train on api customer data cafeteria open saturdays guests"
            + " lunch staff policymakers framework ChatGPT users opt out refund policy what when who how why the a"
            + " of in for and or not AND OR NOT title text section trip cities Nigeria students").split(" ");
    private static final String[] SPECIAL = {"+", "-", "&&", "||", "!", "(", ")", "{", "}", "[", "]", "^", "\"",
        "~", "*", "?", ":", "\\", "/", "@everyone", "@here", "<@123456789>", "<@&42>", "<#7>", "\u202E", "\u202D",
        "\u2066", "\u2069", "\u200B", "\u200F", "\uFEFF", "\u0000", "\u0007", "\u001B[2J", "\r\n", "\t", "🤖", "👩‍👩‍👧",
        "🇫🇷", "\uD83D", "\uDC00", "é", "e\u0301\u0301\u0301", "ﬁ", "Ⅻ", "١٢٣", "中文", "русский", "עִברִית",
        "NaN", "1e309", "%s%n", "${jndi:ldap://x}", "' OR 1=1 --", "<script>", "&amp;", "\\u0000"};

    @TempDir
    Path dir;

    @Test
    void generatedQuestionsGetAnAnswerOrAClearRefusal() throws IOException {
        // GIVEN a knowledge base and 1,000 questions generated from seed 6
        Random random = new Random(6);
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.addAll(List.of(KbFixtures.document("cafeteria.md"), KbFixtures.document("announcements.md")), "test:fuzz");
            AnswerEngine engine = new AnswerEngine(kb, KbFixtures.EMBEDDER, null);
            int answered = 0;
            int refused = 0;
            for (int i = 0; i < QUESTIONS; i++) {
                String q = question(random);
                List<String> context = random.nextInt(5) == 0 ? List.of(question(random)) : List.of();
                // WHEN each is asked  THEN it is answered completely or refused as invalid, nothing else
                try {
                    Answer a = engine.answer(new Question(q, context));
                    assertThat(a.answer()).as("question #%d", i).isNotBlank();
                    assertThat(a.citations().isEmpty()).as("question #%d", i).isEqualTo(a.abstained());
                    HostileQuestionTest.assertNoRawMention(a);
                    answered++;
                } catch (InvalidQuestionException e) {
                    assertThat(e.getMessage()).as("question #%d", i).startsWith("the question is ");
                    refused++;
                } catch (RuntimeException e) {
                    throw new AssertionError("question #" + i + " failed: " + escape(q), e);
                }
            }
            assertThat(answered).as("answered").isGreaterThan(QUESTIONS / 2);
            assertThat(refused).as("refused").isPositive();
        }
    }

    @Test
    void damagedFilesAreParsedOrRefusedWithAReason() {
        // GIVEN well-formed files of every supported kind, damaged in ways chosen by seed 7
        Random random = new Random(7);
        Ingestor ingestor = new Ingestor(KnowledgeBase.Settings.DEFAULT_MAX_FILE_BYTES);
        List<Source> seeds = seeds();
        int parsed = 0;
        int refused = 0;
        for (int i = 0; i < TEXT_FILES + BINARY_FILES; i++) {
            Source seed = i < TEXT_FILES ? seeds.get(i % 3) : seeds.get(3 + i % 2);
            Source damaged = Source.of(seed.fileName(), damage(seed.content(), random));
            // WHEN each is ingested  THEN it parses into text, or is refused naming the file and the reason
            try {
                ParsedDocument doc = ingestor.parse(damaged);
                assertThat(doc.blocks()).as("file #%d", i).isNotEmpty();
                parsed++;
            } catch (RejectedFileException e) {
                assertThat(e.getMessage()).as("file #%d", i).startsWith(seed.fileName() + ": ").doesNotContain("\n");
                refused++;
            } catch (RuntimeException | StackOverflowError e) {
                throw new AssertionError("file #" + i + " (" + seed.fileName() + ") failed", e);
            }
        }
        assertThat(parsed).as("parsed").isPositive();
        assertThat(refused).as("refused").isPositive();
    }

    @Test
    void damagedFilesOfferedToTheKnowledgeBaseAreAddedWholeOrChangeNothing() throws IOException {
        // GIVEN a knowledge base and twelve damaged files from seed 8
        Random random = new Random(8);
        List<Source> seeds = seeds();
        List<String> questions = List.of("When does the cafeteria open on Saturdays?", "Who led the tour?");
        try (KnowledgeBase kb = KbFixtures.open(dir)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:fuzz");
            for (int i = 0; i < KB_FILES; i++) {
                Source seed = seeds.get(i % seeds.size());
                Source damaged = new Source(seed.fileName(), damage(seed.content(), random), "fuzzed", null, null);
                KbState before = KbState.of(kb, questions);
                // WHEN each is added  THEN it is in the knowledge base, or refused with nothing changed
                try {
                    kb.add(damaged, "test:fuzz");
                    assertThat(kb.show("fuzzed")).as("file #%d", i).isNotEmpty();
                } catch (RejectedFileException e) {
                    assertThat(KbState.of(kb, questions)).as("file #%d", i).isEqualTo(before);
                }
            }
        }
    }

    private static String question(Random random) {
        if (random.nextInt(50) == 0) {
            return "why ".repeat(QuestionText.MAX_CHARS / 4 - 10 + random.nextInt(20));
        }
        StringBuilder q = new StringBuilder();
        int tokens = random.nextInt(25);
        for (int t = 0; t < tokens; t++) {
            switch (random.nextInt(4)) {
                case 0, 1 -> q.append(WORDS[random.nextInt(WORDS.length)]);
                case 2 -> q.append(SPECIAL[random.nextInt(SPECIAL.length)]);
                default -> q.appendCodePoint(randomCodePoint(random));
            }
            q.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return q.toString();
    }

    private static int randomCodePoint(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> random.nextInt(0x20);
            case 1 -> 0x20 + random.nextInt(0x2000);
            case 2 -> 0xD800 + random.nextInt(0x800);
            default -> 0x1F300 + random.nextInt(0x400);
        };
    }

    /** Three textual seeds (Markdown, HTML, text) then a PDF and a DOCX. */
    private static List<Source> seeds() {
        String html = "<html><head><title>Parking</title></head><body><nav>Home</nav><h1>Parking</h1><p>Staff park"
                + " in the north lot.</p><h2>Visitors</h2><p>Visitors register their plate at reception.</p></body></html>";
        return List.of(KbFixtures.document("cafeteria.md"), Source.of("parking.html", html.getBytes(StandardCharsets.UTF_8)),
                Source.of("notes.txt", KbFixtures.bytes("travel.md")), Source.of("parking.pdf", HostileFiles.pdf()),
                Source.of("remote.docx", HostileFiles.docx()));
    }

    /** One to three damages: flipped bytes, a cut, inserted noise or markup, a repeated chunk. */
    static byte[] damage(byte[] original, Random random) {
        byte[] b = original.clone();
        int damages = 1 + random.nextInt(3);
        for (int d = 0; d < damages && b.length > 0; d++) {
            switch (random.nextInt(5)) {
                case 0 -> {
                    for (int i = 1 + random.nextInt(20); i > 0; i--) {
                        b[random.nextInt(b.length)] = (byte) random.nextInt(256);
                    }
                }
                case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length));
                case 2 -> b = insert(b, random.nextInt(b.length), HostileFiles.randomBytes(1 + random.nextInt(64), random.nextLong()));
                case 3 -> b = insert(b, random.nextInt(b.length), markup(random));
                default -> {
                    int from = random.nextInt(b.length);
                    int to = Math.min(b.length, from + random.nextInt(512));
                    b = insert(b, from, Arrays.copyOfRange(b, from, to));
                }
            }
        }
        return b;
    }

    private static byte[] markup(Random random) {
        String[] pieces = {"<div>", "</p>", "<!--", "-->", "<script>", "<![CDATA[", "# ", "```", "---\n", "|a|b|\n",
            "\n\n", "&#0;", "&#xD800;", "\u0000", "%PDF-1.7", "%%EOF", "PK\u0003\u0004", "<w:p>", "stream\nendstream"};
        String p = pieces[random.nextInt(pieces.length)];
        return p.repeat(1 + random.nextInt(random.nextInt(10) == 0 ? 5000 : 5)).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] insert(byte[] b, int at, byte[] extra) {
        byte[] out = new byte[b.length + extra.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(extra, 0, out, at, extra.length);
        System.arraycopy(b, at, out, at + extra.length, b.length - at);
        return out;
    }

    private static String escape(String s) {
        StringBuilder out = new StringBuilder();
        s.codePoints().forEach(c -> out.append(c < 0x20 || c > 0x7E ? String.format("\\u%04X", c) : String.valueOf((char) c)));
        return out.toString();
    }
}
