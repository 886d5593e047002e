package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.javacord.api.DiscordApi;
import org.javacord.api.interaction.ApplicationCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.core.interaction.SlashCommandBuilderDelegateImpl;
import org.junit.jupiter.api.Test;
import org.policybot.bot.config.DiscordSettings;
import org.policybot.bot.config.ThreadMode;

class CommandsTest {
    private final DiscordApi api = mock(DiscordApi.class);

    @Test
    void withoutServersTheCommandsAreRegisteredGlobally() {
        CompletableFuture<Set<ApplicationCommand>> done = CompletableFuture.completedFuture(Set.of());
        when(api.bulkOverwriteGlobalApplicationCommands(anySet())).thenReturn(done);

        Commands.register(api, DiscordSettings.defaults());

        verify(api).bulkOverwriteGlobalApplicationCommands(anySet());
        verify(api, never()).bulkOverwriteServerApplicationCommands(eq(1L), anySet());
    }

    @Test
    void configuredServersGetTheCommandsDirectly() {
        CompletableFuture<Set<ApplicationCommand>> done = CompletableFuture.completedFuture(Set.of());
        when(api.bulkOverwriteServerApplicationCommands(eq(11L), anySet())).thenReturn(done);
        when(api.bulkOverwriteServerApplicationCommands(eq(12L), anySet())).thenReturn(done);

        Commands.register(api, new DiscordSettings(null, null, null, ThreadMode.REPLY, List.of("11", "12")));

        verify(api).bulkOverwriteServerApplicationCommands(eq(11L), anySet());
        verify(api).bulkOverwriteServerApplicationCommands(eq(12L), anySet());
        verify(api, never()).bulkOverwriteGlobalApplicationCommands(anySet());
    }

    @Test
    void aServerThatRefusesTheCommandsDoesNotKeepThemFromTheNext() {
        // GIVEN two configured servers, the first of which answers 403 (the bot lacks applications.commands there)
        when(api.bulkOverwriteServerApplicationCommands(eq(11L), anySet()))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("403 Missing Access")));
        when(api.bulkOverwriteServerApplicationCommands(eq(12L), anySet()))
                .thenReturn(CompletableFuture.completedFuture(Set.of()));

        // WHEN the commands are registered
        Commands.register(api, new DiscordSettings(null, null, null, ThreadMode.REPLY, List.of("11", "12")));

        // THEN the second server still gets them, and nothing is thrown
        verify(api).bulkOverwriteServerApplicationCommands(eq(12L), anySet());
    }

    @Test
    void aGlobalRefusalStillStopsTheStart() {
        // GIVEN no configured servers, and Discord refusing the global registration
        when(api.bulkOverwriteGlobalApplicationCommands(anySet()))
                .thenReturn(CompletableFuture.failedFuture(new IllegalStateException("401 Unauthorized")));

        // WHEN / THEN the refusal reaches the caller, which stops the bot with a clear message
        assertThatThrownBy(() -> Commands.register(api, DiscordSettings.defaults()))
                .isInstanceOf(CompletionException.class).hasMessageContaining("401");
    }

    @Test
    void withoutModeratorRolesKbIsShownOnlyToMembersWithThePermission() {
        // GIVEN the default settings: moderators are members with Manage Server
        // WHEN the commands are defined
        JsonNode kb = json(Commands.definitions(DiscordSettings.defaults()), Commands.KB);

        // THEN /kb carries Manage Server (bit 5, value 32) as its default permission
        assertThat(kb.path("default_member_permissions").asText()).isEqualTo("32");
    }

    @Test
    void withModeratorRolesKbIsShownToEveryoneSinceNoBotCanShowItToARole() {
        // GIVEN a moderator role configured
        DiscordSettings settings = new DiscordSettings(List.of("77"), null, null, ThreadMode.REPLY, List.of());

        // WHEN the commands are defined
        JsonNode kb = json(Commands.definitions(settings), Commands.KB);

        // THEN /kb has no default permission, so members of the role see it (others are refused on use)
        assertThat(kb.path("default_member_permissions").isMissingNode() || kb.get("default_member_permissions").isNull())
                .as("default_member_permissions in %s", kb).isTrue();
        assertThat(kb.path("dm_permission").asBoolean(true)).isFalse();
    }

    /** The JSON Javacord would send for the named command. */
    private static JsonNode json(Set<SlashCommandBuilder> commands, String name) {
        return commands.stream()
                .map(c -> ((SlashCommandBuilderDelegateImpl) c.getDelegate()).getJsonBodyForApplicationCommand())
                .filter(j -> j.path("name").asText().equals(name)).findFirst().orElseThrow();
    }
}
