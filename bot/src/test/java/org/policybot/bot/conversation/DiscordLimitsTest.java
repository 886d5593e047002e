package org.policybot.bot.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscordLimitsTest {

    @Test
    void splitsAtParagraphsFirstAndLosesNothing() {
        // GIVEN a text of several paragraphs, longer than one message
        String text = AnswerFixtures.prose(5_000);

        // WHEN split for message content
        List<String> pieces = DiscordLimits.splitContent(text);

        // THEN every piece fits, each ends a paragraph or sentence, and the words are all there in order
        assertThat(pieces).hasSizeGreaterThan(2).allSatisfy(p -> assertThat(p.length()).isBetween(1, 2000));
        assertThat(pieces.subList(0, pieces.size() - 1)).allSatisfy(p -> assertThat(p).endsWith("."));
        assertThat(String.join(" ", pieces).split("\\s+")).containsExactly(text.split("\\s+"));
    }

    @Test
    void aWordLongerThanTheLimitIsCutHardButKept() {
        // GIVEN one unbroken 4,500-character token
        String text = "x".repeat(4_500);

        // WHEN split
        List<String> pieces = DiscordLimits.split(text, 2000);

        // THEN it is cut into full pieces and nothing is lost
        assertThat(pieces).extracting(String::length).containsExactly(2000, 2000, 500);
    }

    @Test
    void neverCutsASurrogatePairInHalf() {
        // GIVEN emoji (two UTF-16 units each) across the cut
        String text = "😀".repeat(1_500);

        // WHEN split at an odd limit
        List<String> pieces = DiscordLimits.split(text, 999);

        // THEN each piece holds whole emoji
        assertThat(pieces).allSatisfy(p -> assertThat(p.codePoints().allMatch(cp -> cp == 0x1F600)).isTrue());
        assertThat(String.join("", pieces)).isEqualTo(text);
    }

    @Test
    void trimEndsWithAnEllipsisAtAWordBoundary() {
        String trimmed = DiscordLimits.trim("alpha beta gamma delta epsilon", 20);

        assertThat(trimmed).isEqualTo("alpha beta gamma…").hasSizeLessThanOrEqualTo(20);
        assertThat(DiscordLimits.trim("short", 20)).isEqualTo("short");
    }

    @Test
    void packsEmbedsIntoMessagesWithinTenEmbedsAndSixThousandCharacters() {
        // GIVEN 23 embeds of 1,000 characters and 12 tiny ones
        List<ReplyEmbed> embeds = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            embeds.add(new ReplyEmbed(null, "d".repeat(1_000), List.of(), null));
        }
        for (int i = 0; i < 12; i++) {
            embeds.add(new ReplyEmbed(null, "tiny " + i, List.of(), null));
        }

        // WHEN packed
        List<ReplyMessage> messages = DiscordLimits.pack(embeds, Feedback.buttons("a1"));

        // THEN every message is within the limits, order is kept, the buttons are under the last message only
        assertThat(messages).allSatisfy(m -> {
            assertThat(m.embeds()).hasSizeLessThanOrEqualTo(10);
            assertThat(m.embeds().stream().mapToInt(ReplyEmbed::size).sum()).isLessThanOrEqualTo(6000);
        });
        assertThat(messages.stream().flatMap(m -> m.embeds().stream()).toList()).isEqualTo(embeds);
        assertThat(messages.get(messages.size() - 1).buttons()).hasSize(2);
        assertThat(messages.subList(0, messages.size() - 1)).allSatisfy(m -> assertThat(m.buttons()).isEmpty());
    }

    @Test
    void repliesThatBreakALimitCannotBeBuilt() {
        assertThatThrownBy(() -> ReplyMessage.text("c".repeat(2001))).hasMessageContaining("message content has 2001");
        assertThatThrownBy(() -> new ReplyField("n".repeat(257), "v")).hasMessageContaining("field name has 257");
        assertThatThrownBy(() -> new ReplyField("n", "v".repeat(1025))).hasMessageContaining("field value has 1025");
        assertThatThrownBy(() -> new ReplyEmbed(null, "d".repeat(4097), List.of(), null))
                .hasMessageContaining("embed description has 4097");
        List<ReplyField> many = new ArrayList<>();
        for (int i = 0; i < 26; i++) {
            many.add(new ReplyField("f" + i, "v"));
        }
        assertThatThrownBy(() -> new ReplyEmbed(null, null, many, null)).hasMessageContaining("26 fields");
        List<ReplyField> heavy = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            heavy.add(new ReplyField("f", "v".repeat(1_000)));
        }
        assertThatThrownBy(() -> new ReplyEmbed(null, null, heavy, null)).hasMessageContaining("limit 6000");
    }

    @Test
    void everyoneAndHereCannotSurviveIntoAReply() {
        // GIVEN text that would mass-ping
        ReplyMessage m = new ReplyMessage("hi @everyone and @here",
                List.of(new ReplyEmbed("@everyone", "@here", List.of(new ReplyField("@everyone", "@here")), "@here")),
                List.of());

        // THEN each place holds a zero-width space after the @
        assertThat(m.content()).isEqualTo("hi @\u200Beveryone and @\u200Bhere");
        ReplyEmbed e = m.embeds().get(0);
        assertThat(List.of(e.title(), e.description(), e.footer(), e.fields().get(0).name(), e.fields().get(0).value()))
                .allSatisfy(s -> assertThat(s).doesNotContain("@everyone").doesNotContain("@here").contains("@\u200B"));
    }
}
