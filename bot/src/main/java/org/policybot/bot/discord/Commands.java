package org.policybot.bot.discord;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.javacord.api.DiscordApi;
import org.javacord.api.entity.permission.PermissionType;
import org.javacord.api.interaction.SlashCommand;
import org.javacord.api.interaction.SlashCommandBuilder;
import org.javacord.api.interaction.SlashCommandOption;
import org.javacord.api.interaction.SlashCommandOptionType;
import org.policybot.bot.config.DiscordSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The slash commands: {@code /ask} for everyone, {@code /kb} for moderators (checked on every use). {@code /kb}
 * is shown only to members with the moderator permission, unless moderator roles are configured: Discord lets no
 * bot show a command to a role, so it is then shown to everyone and refused privately to non-moderators.
 */
final class Commands {
    private static final Logger LOG = LoggerFactory.getLogger(Commands.class);
    static final String ASK = "ask";
    static final String KB = "kb";

    private Commands() {
    }

    static Set<SlashCommandBuilder> definitions(DiscordSettings discord) {
        SlashCommandBuilder ask = SlashCommand.with(ASK, "Ask a question about our policies",
                        List.of(SlashCommandOption.createStringOption("question", "What do you want to know?", true)))
                .setEnabledInDms(true);
        SlashCommandBuilder kb = SlashCommand.with(KB, "Manage the knowledge base (moderators)", List.of(
                        SlashCommandOption.createSubcommand("add", "Add or replace a document", List.of(
                                SlashCommandOption.createAttachmentOption("file", "The document (.md, .txt, .rst, .html, .pdf, .docx)", true),
                                SlashCommandOption.createStringOption("id", "Document id (default: from the file name)", false),
                                SlashCommandOption.createStringOption("title", "Title (default: from the document)", false),
                                SlashCommandOption.createStringOption("url", "Canonical URL to cite", false))),
                        SlashCommandOption.createSubcommand("remove", "Remove a document", List.of(
                                SlashCommandOption.create(SlashCommandOptionType.STRING, "doc", "Document id (see /kb list)", true))),
                        SlashCommandOption.createSubcommand("list", "List the documents in the knowledge base"),
                        SlashCommandOption.createSubcommand("reindex", "Rebuild the index from the stored documents"),
                        SlashCommandOption.createSubcommand("history", "The kept versions of a document", List.of(
                                SlashCommandOption.create(SlashCommandOptionType.STRING, "doc", "Document id (see /kb list)", true))),
                        SlashCommandOption.createSubcommand("diff", "What changed between two versions of a document", List.of(
                                SlashCommandOption.create(SlashCommandOptionType.STRING, "doc", "Document id (see /kb list)", true),
                                SlashCommandOption.createLongOption("from", "The older version (default: the one before 'to')", false),
                                SlashCommandOption.createLongOption("to", "The newer version (default: the current one)", false))),
                        SlashCommandOption.createSubcommand("rollback", "Make a kept version of a document current again", List.of(
                                SlashCommandOption.create(SlashCommandOptionType.STRING, "doc", "Document id (see /kb list)", true),
                                SlashCommandOption.createLongOption("version", "The version to restore (see /kb history)", true))),
                        SlashCommandOption.createSubcommand("gaps", "Questions members could not get answered, grouped", List.of(
                                SlashCommandOption.createLongOption("days", "Only the last N days (default: all kept)", false)))))
                .setEnabledInDms(false);
        if (discord.moderatorRoleIds().isEmpty()) {
            kb.setDefaultEnabledForPermissions(PermissionType.valueOf(discord.moderatorPermission()));
        } else {
            // A bot cannot grant a role a command (only a server admin can, in Integrations), so a command
            // hidden behind the permission would stay hidden from the configured roles: show it to all.
            kb.setDefaultEnabledForEveryone();
        }
        return Set.of(ask, kb);
    }

    /**
     * Registers (overwrites) the commands: in the configured servers (or the home servers), or globally
     * when there are none. A server that refuses is logged and skipped; a global refusal throws.
     */
    static void register(DiscordApi api, DiscordSettings discord) {
        Set<SlashCommandBuilder> commands = definitions(discord);
        if (discord.commandServers().isEmpty()) {
            api.bulkOverwriteGlobalApplicationCommands(commands).join();
            LOG.info("registered /ask and /kb globally");
        } else {
            for (String guild : discord.commandServers()) {
                try {
                    api.bulkOverwriteServerApplicationCommands(Long.parseLong(guild), commands).join();
                    LOG.info("registered /ask and /kb in server {}", guild);
                } catch (CompletionException e) {
                    // one server that refuses (the bot was removed, or invited without applications.commands)
                    // must not keep the commands from the others, nor stop mentions and DMs from being answered
                    LOG.warn("could not register /ask and /kb in server {}: {}; invite the bot there with the "
                            + "applications.commands scope and restart", guild, String.valueOf(e.getCause()));
                }
            }
        }
    }
}
