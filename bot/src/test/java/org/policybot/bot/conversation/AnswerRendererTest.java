package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.policybot.bot.conversation.AnswerFixtures.citation;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.model.Answer;
import org.policybot.knowledge.model.Citation;
import org.policybot.knowledge.model.PassageOrigin;

class AnswerRendererTest {
    private final AnswerRenderer renderer = new AnswerRenderer();

    @Test
    void aShortAnswerIsOneEmbedWithAFieldPerCitation() {
        // GIVEN an answer citing two sections
        Answer answer = AnswerFixtures.answer("How long is API data kept?",
                "API inputs and outputs are kept for up to 30 days [1]. They are not used for training [2].",
                List.of(citation(1, "Enterprise privacy", "API › Retention", "https://example.org/privacy",
                                "API inputs and outputs are kept for up to 30 days."),
                        citation(2, "Enterprise privacy", "API › Training", "https://example.org/privacy#training",
                                "We do not train on API data.")));

        // WHEN rendered
        List<ReplyMessage> messages = renderer.render(answer, Feedback.buttons(answer.id()));

        // THEN one message, one embed: the question as title, the answer with markers, a field per citation
        assertThat(messages).hasSize(1);
        ReplyEmbed embed = messages.get(0).embeds().get(0);
        assertThat(embed.title()).isEqualTo("How long is API data kept?");
        assertThat(embed.description()).isEqualTo(answer.answer());
        assertThat(embed.fields()).extracting(ReplyField::name)
                .containsExactly("[1] Enterprise privacy › API › Retention", "[2] Enterprise privacy › API › Training");
        assertThat(embed.fields().get(0).value())
                .isEqualTo("https://example.org/privacy\n> API inputs and outputs are kept for up to 30 days.");
        assertThat(embed.footer()).isEqualTo("Answer " + answer.id() + " · extractive");
        assertThat(messages.get(0).buttons()).extracting(ReplyButton::customId)
                .containsExactly("vote:up:" + answer.id(), "vote:down:" + answer.id());
    }

    @Test
    void aLongAnswerWithManyCitationsIsSplitWithinEveryLimitAndNothingIsDropped() {
        // GIVEN a 15,000-character answer with 32 citations, some with huge titles and quotes
        String text = AnswerFixtures.prose(15_000);
        List<Citation> citations = new ArrayList<>();
        for (int n = 1; n <= 32; n++) {
            String title = n % 5 == 0 ? "Very long title " + "word ".repeat(80) : "Policy " + n;
            String quote = n % 3 == 0 ? "A long quote. ".repeat(200) : "Quote " + n + ".";
            citations.add(citation(n, title, "Section " + n, "https://example.org/doc/" + n, quote));
        }
        Answer answer = AnswerFixtures.answer("q", text, citations);

        // WHEN rendered
        List<ReplyMessage> messages = renderer.render(answer, Feedback.buttons(answer.id()));

        // THEN every message and embed honours Discord's limits
        assertThat(messages).hasSizeGreaterThan(1).allSatisfy(m -> {
            assertThat(m.embeds()).hasSizeBetween(1, 10);
            assertThat(m.embeds().stream().mapToInt(ReplyEmbed::size).sum()).isLessThanOrEqualTo(6000);
            assertThat(m.embeds()).allSatisfy(e -> {
                assertThat(e.fields()).hasSizeLessThanOrEqualTo(25);
                assertThat(e.description() == null ? 0 : e.description().length()).isLessThanOrEqualTo(4096);
                assertThat(e.fields()).allSatisfy(f -> {
                    assertThat(f.name().length()).isLessThanOrEqualTo(256);
                    assertThat(f.value().length()).isLessThanOrEqualTo(1024);
                });
            });
        });
        List<ReplyEmbed> embeds = messages.stream().flatMap(m -> m.embeds().stream()).toList();
        // AND the whole answer text is there, in order
        String descriptions = String.join(" ", embeds.stream().map(ReplyEmbed::description)
                .filter(d -> d != null).toList());
        assertThat(descriptions.split("\\s+")).containsExactly(text.split("\\s+"));
        // AND every citation has its field, in order, long ones trimmed with an ellipsis
        List<ReplyField> fields = embeds.stream().flatMap(e -> e.fields().stream()).toList();
        assertThat(fields).hasSize(32);
        for (int n = 1; n <= 32; n++) {
            assertThat(fields.get(n - 1).name()).startsWith("[" + n + "] ");
            assertThat(fields.get(n - 1).value()).startsWith("https://example.org/doc/" + n + "\n> ");
        }
        assertThat(fields.get(4).name()).endsWith("…");
        assertThat(fields.get(2).value()).endsWith("…");
        // AND the footer and buttons come once, at the end
        assertThat(embeds.get(embeds.size() - 1).footer()).startsWith("Answer ");
        assertThat(embeds.subList(0, embeds.size() - 1)).allSatisfy(e -> assertThat(e.footer()).isNull());
        assertThat(messages.get(messages.size() - 1).buttons()).hasSize(2);
    }

    @Test
    void aLowConfidenceAnswerIsMarkedInTitleAndFooter() {
        // GIVEN an answer the engine is not sure answers exactly the question
        Answer low = AnswerFixtures.lowConfidence("Is there a student discount?",
                "The documents may not answer exactly this; the closest they come:\nMembers pay £30 a month [1].",
                List.of(AnswerFixtures.citation(1, "Fees", "Levels", "https://example.org/fees", "Members pay £30 a month.")));

        // WHEN it is rendered for Discord
        ReplyEmbed embed = new AnswerRenderer().render(low, List.of()).get(0).embeds().get(0);

        // THEN the mark is visible before the question and in the footer, and the sources are still given
        assertThat(embed.title()).isEqualTo("⚠ Is there a student discount?");
        assertThat(embed.footer()).endsWith("· low confidence");
        assertThat(embed.description()).startsWith("The documents may not answer exactly this");
        assertThat(embed.fields()).hasSize(1);
    }

    @Test
    void anAbstentionIsTheEnginesWordsWithoutSourceFields() {
        // GIVEN an abstention (the engine's text names what the knowledge base covers)
        Answer answer = AnswerFixtures.abstention("What is the canteen menu?",
                "I can't answer that from the knowledge base, so I won't guess. It covers “Refund policy”.");

        // WHEN rendered
        List<ReplyMessage> messages = renderer.render(answer, Feedback.buttons(answer.id()));

        // THEN the text is shown as is, with no source fields, and can still be voted on
        ReplyEmbed embed = messages.get(0).embeds().get(0);
        assertThat(embed.description()).isEqualTo(answer.answer());
        assertThat(embed.fields()).isEmpty();
        assertThat(messages.get(0).buttons()).hasSize(2);
    }

    @Test
    void echoedMassMentionsAreNeutralisedInTitleAnswerAndQuotes() {
        // GIVEN a question and a quote holding @everyone / @here
        Answer answer = AnswerFixtures.answer("@everyone what is the policy?", "It says @here is fine [1].",
                List.of(citation(1, "T @everyone", "", "", "ping @here")));

        // WHEN rendered
        ReplyEmbed embed = renderer.render(answer, List.of()).get(0).embeds().get(0);

        // THEN no raw mass mention survives anywhere
        assertThat(List.of(embed.title(), embed.description(), embed.fields().get(0).name(), embed.fields().get(0).value()))
                .allSatisfy(s -> assertThat(s).doesNotContain("@everyone").doesNotContain("@here"));
        assertThat(embed.fields().get(0).value()).isEqualTo("> ping @\u200Bhere");
    }

    @Test
    void aCitationWhoseTextChangedInTheLast30DaysSaysWhen() {
        // GIVEN an answer citing text of version 3 (changed on 2026-12-03), text of version 2 (changed in August)
        // and text of version 1, rendered on 2026-12-10
        Instant now = Instant.parse("2026-12-10T09:00:00Z");
        AnswerRenderer dated = new AnswerRenderer(Clock.fixed(now, ZoneOffset.UTC));
        Answer answer = AnswerFixtures.answer("What changed?", "Refunds take 30 days [1]. Cards too [2]. Cash [3].",
                List.of(dated(citation(1, "Refund policy", "Window", "https://example.org/refunds", "30 days."), 3,
                                "2026-12-03T10:00:00Z"),
                        dated(citation(2, "Refund policy", "Cards", "", "Cards."), 2, "2026-08-01T10:00:00Z"),
                        dated(citation(3, "Refund policy", "Cash", "", "Cash."), 1, "2026-12-05T10:00:00Z")));

        // WHEN rendered
        List<ReplyField> fields = dated.render(answer, List.of()).get(0).embeds().get(0).fields();

        // THEN only the recently changed text says so, after its link; a first version never does
        assertThat(fields.get(0).value()).isEqualTo("https://example.org/refunds · updated 2026-12-03\n> 30 days.");
        assertThat(fields.get(1).value()).isEqualTo("> Cards.");
        assertThat(fields.get(2).value()).isEqualTo("> Cash.");
    }

    @Test
    void notesComeBeforeTheAnswer() {
        // GIVEN an answer and a note about it  WHEN rendered  THEN the note opens the description
        Answer answer = AnswerFixtures.answer("q", "Refunds take 30 days [1].",
                List.of(citation(1, "Refund policy", "Window", "", "30 days.")));
        String description = renderer.render(answer, List.of(), List.of("Since my earlier answer, it changed."))
                .get(0).embeds().get(0).description();
        assertThat(description).isEqualTo("Since my earlier answer, it changed.\n\nRefunds take 30 days [1].");
    }

    private static Citation dated(Citation c, int version, String since) {
        return new Citation(c.n(), c.doc(), c.title(), c.section(), c.url(), c.quote(), c.text(), c.passageId(),
                new PassageOrigin(version, Instant.parse(since)));
    }
}
