package org.policybot.bot.discord;

import static org.mockito.ArgumentMatchers.anySet;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.javacord.api.DiscordApi;
import org.javacord.api.interaction.ApplicationCommand;
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
}
