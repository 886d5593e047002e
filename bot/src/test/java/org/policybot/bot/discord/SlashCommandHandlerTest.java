package org.policybot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.RETURNS_SELF;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.policybot.bot.discord.AdapterFixtures.json;
import static org.policybot.bot.discord.AdapterFixtures.user;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.RejectedExecutionException;
import org.javacord.api.entity.Attachment;
import org.javacord.api.entity.message.MessageFlag;
import org.javacord.api.entity.message.embed.EmbedBuilder;
import org.javacord.api.entity.message.mention.AllowedMentions;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.entity.permission.Role;
import org.javacord.api.entity.server.Server;
import org.javacord.api.entity.user.User;
import org.javacord.api.event.interaction.SlashCommandCreateEvent;
import org.javacord.api.interaction.SlashCommandInteraction;
import org.javacord.api.interaction.SlashCommandInteractionOption;
import org.javacord.api.interaction.callback.InteractionImmediateResponseBuilder;
import org.javacord.api.interaction.callback.InteractionOriginalResponseUpdater;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mockito.ArgumentCaptor;
import org.policybot.bot.TestEngine;
import org.policybot.bot.config.ThreadMode;
import org.policybot.bot.conversation.EnginePorts;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Scope;

class SlashCommandHandlerTest {
    private static final String SERVER = "4242";

    @TempDir
    static Path kbDir;
    private static KnowledgeBase kb;

    @TempDir
    Path dataDir;

    private final AdapterFixtures.RecordingAnswers answers = new AdapterFixtures.RecordingAnswers(kb);
    private final SlashCommandCreateEvent event = mock(SlashCommandCreateEvent.class);
    private final SlashCommandInteraction interaction = mock(SlashCommandInteraction.class);
    private final InteractionOriginalResponseUpdater original = mock(InteractionOriginalResponseUpdater.class, RETURNS_SELF);
    private final InteractionImmediateResponseBuilder immediate = mock(InteractionImmediateResponseBuilder.class, RETURNS_SELF);
    private final Server server = mock(Server.class);
    private final User alice = user(1001, "alice");
    private SlashCommandHandler handler;

    @BeforeAll
    static void openKnowledgeBase() throws IOException {
        kb = TestEngine.openKnowledgeBase(kbDir);
    }

    @AfterAll
    static void closeKnowledgeBase() throws IOException {
        kb.close();
    }

    @BeforeEach
    void setUp() throws IOException {
        handler = new SlashCommandHandler(AdapterFixtures.conversation(dataDir, ThreadMode.REPLY, 2, answers,
                EnginePorts.admin(kb)),
                new Members("MANAGE_SERVER"), Runnable::run, AdapterFixtures.TOKEN);
        when(event.getSlashCommandInteraction()).thenReturn(interaction);
        when(interaction.getUser()).thenReturn(alice);
        when(interaction.respondLater()).thenReturn(CompletableFuture.completedFuture(original));
        when(interaction.respondLater(anyBoolean())).thenReturn(CompletableFuture.completedFuture(original));
        when(interaction.createImmediateResponder()).thenReturn(immediate);
        CompletableFuture<org.javacord.api.entity.message.Message> sent = AdapterFixtures.sentFuture(777);
        when(original.update()).thenReturn(sent);
        when(original.delete()).thenReturn(CompletableFuture.completedFuture(null));
        when(immediate.respond()).thenReturn(CompletableFuture.completedFuture(original));
        when(interaction.getServer()).thenReturn(Optional.of(server));
        when(server.getIdAsString()).thenReturn(SERVER);
    }

    private void ask(String question) {
        when(interaction.getCommandName()).thenReturn("ask");
        when(interaction.getArgumentStringValueByName("question")).thenReturn(Optional.of(question));
        handler.onSlashCommandCreate(event);
    }

    @Test
    void askDefersThenFillsTheOriginalResponseWithTheAnswerEmbedAndNoMentions() {
        // WHEN alice asks
        ask("Do you train on API customer data?");

        // THEN the reply is deferred (public), then updated with the embed, buttons and empty allowed mentions
        verify(interaction).respondLater(false);
        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<EmbedBuilder>> embeds = ArgumentCaptor.forClass(List.class);
        verify(original).addEmbeds(embeds.capture());
        JsonNode embed = json(embeds.getValue().get(0));
        assertThat(embed.get("title").asText()).isEqualTo("Do you train on API customer data?");
        assertThat(embed.get("description").asText()).contains("API customer data").contains("[1]");
        assertThat(embed.at("/fields/0/name").asText()).startsWith("[1] Insights from global conversations");
        ArgumentCaptor<AllowedMentions> mentions = ArgumentCaptor.forClass(AllowedMentions.class);
        verify(original).setAllowedMentions(mentions.capture());
        assertThat(json(mentions.getValue()).get("parse")).isEmpty();
        verify(original).addComponents(any());
        verify(original, never()).setFlags(any(MessageFlag[].class));
        verify(original).update();
        assertThat(answers.questions).extracting(q -> q.text()).containsExactly("Do you train on API customer data?");
    }

    @Test
    void aTooLongQuestionGetsAnEphemeralNoticeAndIsNeverDeferredOrAnswered() {
        // WHEN alice asks 101 characters with a 100-character limit
        ask("x".repeat(101));

        // THEN only she sees a notice; nothing is deferred and the engine is not asked
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(org.mockito.ArgumentMatchers.contains("101 characters"));
        verify(immediate).respond();
        verify(interaction, never()).respondLater(anyBoolean());
        assertThat(answers.questions).isEmpty();
    }

    @Test
    void aQuestionOfOnlyMentionsAndSymbolsGetsAnEphemeralNoticeAndIsNeverDeferred() {
        // WHEN alice asks something with no word in it
        ask("@everyone ???");

        // THEN only she sees how to ask; nothing public is posted and the engine is not asked
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(org.mockito.ArgumentMatchers.startsWith("Please include a question"));
        verify(interaction, never()).respondLater(anyBoolean());
        assertThat(answers.questions).isEmpty();
    }

    @Test
    void anAskTheBotCannotTakeOnWhileShuttingDownSaysSoInsteadOfThinkingForever() throws IOException {
        // GIVEN a handler whose worker pool is shut down
        handler = new SlashCommandHandler(AdapterFixtures.conversation(dataDir, ThreadMode.REPLY, 2, answers,
                EnginePorts.admin(kb)), new Members("MANAGE_SERVER"),
                r -> {
                    throw new RejectedExecutionException("shut down");
                }, AdapterFixtures.TOKEN);

        // WHEN alice asks
        ask("Do you train on API customer data?");

        // THEN the deferred reply is replaced by the notice, and the engine is not asked
        verify(interaction).respondLater(false);
        verify(original).setContent(Interactions.SHUTTING_DOWN);
        verify(original).update();
        assertThat(answers.questions).isEmpty();
    }

    @Test
    void theRateLimitAnswersWithOneEphemeralNoticeThenAcknowledgesSilently() {
        // GIVEN a limit of 2 a minute
        ask("one?");
        ask("two?");

        // WHEN a third and a fourth question come at once
        ask("three?");
        ask("four?");

        // THEN the third gets the notice, the fourth a silent acknowledgement, and neither reaches the engine
        verify(immediate).setContent(org.mockito.ArgumentMatchers.contains("2 questions a minute"));
        verify(immediate).respond();
        verify(interaction).respondLater(true);
        verify(original).delete();
        assertThat(answers.questions).hasSize(2);
    }

    @Test
    void anUnknownCommandGetsAnEphemeralIDontKnowThatOne() {
        // WHEN a command the bot never registered arrives
        when(interaction.getCommandName()).thenReturn("frobnicate");
        handler.onSlashCommandCreate(event);

        // THEN it is answered at once, privately
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent("I don't know that one.");
        verify(immediate).respond();
        assertThat(answers.questions).isEmpty();
    }

    private SlashCommandInteractionOption kbAdd(Attachment attachment) {
        when(interaction.getCommandName()).thenReturn("kb");
        SlashCommandInteractionOption sub = mock(SlashCommandInteractionOption.class);
        when(sub.getName()).thenReturn("add");
        when(sub.getArgumentAttachmentValueByName("file")).thenReturn(Optional.of(attachment));
        when(sub.getArgumentStringValueByName(anyString())).thenReturn(Optional.empty());
        when(interaction.getOptions()).thenReturn(List.of(sub));
        return sub;
    }

    private static Attachment attachment(String name, int size, String content) {
        CompletableFuture<byte[]> bytes = CompletableFuture.completedFuture(content.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Attachment a = mock(Attachment.class);
        when(a.getFileName()).thenReturn(name);
        when(a.getSize()).thenReturn(size);
        when(a.asByteArray()).thenReturn(bytes);
        return a;
    }

    @Test
    void kbAddFromSomeoneWithoutRoleOrPermissionIsRefusedAtOnceAndNothingIsFetchedOrChanged() {
        List<DocumentInfo> before = kb.list();
        // GIVEN alice has an unrelated role and no permission
        Role other = mock(Role.class);
        when(other.getIdAsString()).thenReturn("77");
        when(server.getRoles(alice)).thenReturn(List.of(other));
        Attachment file = attachment("refunds.md", 20, "# Refunds");
        kbAdd(file);

        // WHEN she runs /kb add
        handler.onSlashCommandCreate(event);

        // THEN she alone is refused; the file is not downloaded and the knowledge base is not touched
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(org.mockito.ArgumentMatchers.startsWith("Only moderators"));
        verify(interaction, never()).respondLater(anyBoolean());
        verify(file, never()).asByteArray();
        assertThat(kb.list()).isEqualTo(before);
    }

    @Test
    void kbAddFromAModeratorRoleDownloadsAddsWithTheActorAndRepliesEphemerally() throws IOException {
        // GIVEN alice holds the moderator role
        Role mod = mock(Role.class);
        when(mod.getIdAsString()).thenReturn(AdapterFixtures.MOD_ROLE);
        when(server.getRoles(alice)).thenReturn(List.of(mod));
        kbAdd(attachment("refunds.md", 300, "# Refund policy\n\nCustomers may request a full refund within 14 days of purchase."));

        // WHEN she runs /kb add
        handler.onSlashCommandCreate(event);

        // THEN the reply is deferred ephemerally, the file becomes one of her server's documents with her as actor
        verify(interaction).respondLater(true);
        assertThat(kb.list(Scope.server(SERVER))).filteredOn(d -> !d.scope().shared()).extracting(DocumentInfo::id)
                .containsExactly("refunds");
        assertThat(kb.list()).extracting(DocumentInfo::id).doesNotContain("refunds");
        assertThat(java.nio.file.Files.readString(kbDir.resolve("servers").resolve(SERVER).resolve("audit.jsonl")))
                .contains("discord:1001:alice");
        verify(original).setContent(org.mockito.ArgumentMatchers.startsWith(
                "Added **Refund policy** (`refunds`) to this server's documents: 1 passages."));
        verify(original).setFlags(MessageFlag.EPHEMERAL);
    }

    @Test
    void theConfiguredPermissionAloneMakesAModeratorAndAnOversizedFileIsNotFetched() {
        List<DocumentInfo> before = kb.list();
        // GIVEN alice has MANAGE_SERVER but no moderator role, and attaches a file over the 1000-byte limit
        when(server.hasPermission(alice, PermissionType.MANAGE_SERVER)).thenReturn(true);
        Attachment big = attachment("big.pdf", 5000, "x");
        kbAdd(big);

        // WHEN she runs /kb add
        handler.onSlashCommandCreate(event);

        // THEN she passes the check but the file is refused before download
        verify(interaction).respondLater(true);
        verify(original).setContent(org.mockito.ArgumentMatchers.startsWith("big.pdf is 4.9 KB; the limit is 1000 bytes."));
        verify(big, never()).asByteArray();
        assertThat(kb.list()).isEqualTo(before);
    }

    @Test
    void kbFromADirectMessageIsRefused() {
        // GIVEN no server (a DM)
        when(interaction.getServer()).thenReturn(Optional.empty());
        when(interaction.getCommandName()).thenReturn("kb");
        SlashCommandInteractionOption list = mock(SlashCommandInteractionOption.class);
        when(list.getName()).thenReturn("list");
        when(interaction.getOptions()).thenReturn(List.of(list));

        // WHEN /kb list arrives
        handler.onSlashCommandCreate(event);

        // THEN it is refused ephemerally
        verify(immediate).setFlags(MessageFlag.EPHEMERAL);
        verify(immediate).setContent(org.mockito.ArgumentMatchers.startsWith("Only moderators"));
    }
}
