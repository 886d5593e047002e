package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.javacord.api.entity.message.MessageBuilder;
import org.javacord.api.entity.message.component.ActionRow;
import org.javacord.api.entity.message.component.Button;
import org.javacord.api.entity.permission.PermissionType;
import org.junit.jupiter.api.Test;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.conversation.ReplyButton;
import org.policybot.bot.conversation.ReplyEmbed;
import org.policybot.bot.conversation.ReplyField;
import org.policybot.bot.conversation.ReplyMessage;

class JavacordMessagesTest {

    @Test
    void allowedMentionsAreEmptyForEveryKind() {
        JsonNode json = AdapterFixtures.json(JavacordMessages.noMentions());

        assertThat(json.get("parse")).isEmpty();
        assertThat(json.path("users")).isEmpty();
        assertThat(json.path("roles")).isEmpty();
        assertThat(json.get("replied_user").asBoolean()).isFalse();
    }

    @Test
    void anEmbedCarriesTitleDescriptionFieldsAndFooter() {
        ReplyEmbed e = new ReplyEmbed("Q", "A [1].", List.of(new ReplyField("[1] T › S", "https://x\n> q")), "Answer a1");

        JsonNode json = AdapterFixtures.json(JavacordMessages.embed(e));

        assertThat(json.get("title").asText()).isEqualTo("Q");
        assertThat(json.get("description").asText()).isEqualTo("A [1].");
        assertThat(json.at("/fields/0/name").asText()).isEqualTo("[1] T › S");
        assertThat(json.at("/fields/0/value").asText()).isEqualTo("https://x\n> q");
        assertThat(json.at("/fields/0/inline").asBoolean()).isFalse();
        assertThat(json.at("/footer/text").asText()).isEqualTo("Answer a1");
    }

    @Test
    void feedbackButtonsCarryTheirCustomIdsAndEmoji() {
        ActionRow row = JavacordMessages.buttons(List.of(new ReplyButton("vote:up:a1", "👍", "Helpful")));

        Button b = (Button) row.getComponents().get(0);
        assertThat(b.getCustomId()).contains("vote:up:a1");
        assertThat(b.getLabel()).contains("Helpful");
        assertThat(b.getEmoji()).hasValueSatisfying(e -> assertThat(e.asUnicodeEmoji()).contains("👍"));
    }

    @Test
    void aChannelMessageKeepsItsContent() {
        MessageBuilder b = JavacordMessages.message(ReplyMessage.text("hello @everyone"), 42L);

        assertThat(b.getStringBuilder().toString()).isEqualTo("hello @\u200Beveryone");
    }

    @Test
    void everyModeratorPermissionTheConfigAcceptsIsAJavacordPermission() {
        for (String name : DiscordSettings.MODERATOR_PERMISSIONS) {
            assertThat(PermissionType.valueOf(name)).isNotNull();
        }
    }
}
