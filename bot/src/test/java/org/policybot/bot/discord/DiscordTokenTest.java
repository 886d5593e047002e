package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class DiscordTokenTest {
    private static final String SECRET = "MTIzNDU2Nzg5MDEyMzQ1Njc4.GaBcDe.very-secret";

    @Test
    void aMissingTokenIsOneLineSayingSo() {
        assertThatThrownBy(() -> DiscordToken.from(Map.of()))
                .isInstanceOf(DiscordToken.MissingTokenException.class)
                .hasMessage("DISCORD_TOKEN is not set: put the bot token in the DISCORD_TOKEN environment variable to run the bot");
        assertThatThrownBy(() -> DiscordToken.from(Map.of(DiscordToken.ENV, "  ")))
                .isInstanceOf(DiscordToken.MissingTokenException.class);
    }

    @Test
    void theTokenNeverShowsInToStringOrScrubbedText() {
        DiscordToken token = DiscordToken.from(Map.of(DiscordToken.ENV, SECRET));

        assertThat(token.toString()).doesNotContain(SECRET).isEqualTo("DiscordToken[DISCORD_TOKEN]");
        assertThat(token.scrub("Authorization: Bot " + SECRET + " failed")).isEqualTo("Authorization: Bot [DISCORD_TOKEN] failed");
    }

    @Test
    void aLoginFailureNeverCarriesTheTokenInItsMessageOrCauses() {
        // GIVEN a failure whose root cause quotes the token
        DiscordToken token = DiscordToken.from(Map.of(DiscordToken.ENV, SECRET));
        CompletionException failure = new CompletionException(new IOException("401 for token " + SECRET));

        // WHEN it is turned into the login exception
        DiscordLoginException e = DiscordLoginException.of(failure, token);

        // THEN the message names the failure without the token, and nothing chained can leak it
        assertThat(e.getMessage()).isEqualTo("login to Discord failed: IOException: 401 for token [DISCORD_TOKEN]");
        assertThat(e.getCause()).isNull();
        assertThat(e.getStackTrace()).isNotEmpty();
    }
}
