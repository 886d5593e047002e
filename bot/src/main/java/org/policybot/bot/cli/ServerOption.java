package org.policybot.bot.cli;

import org.policybot.knowledge.model.Scope;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code --server ID}: the Discord server whose own documents a command works on (its moderators'
 * documents); without it, the shared documents every server reads.
 */
final class ServerOption {
    @Option(names = "--server", paramLabel = "ID", converter = ServerOption.Converter.class,
            description = "A Discord server's own documents (default: the shared documents every server reads).")
    Scope scope = Scope.SHARED;

    Scope scope() {
        return scope;
    }

    /** A server id is a Discord id: digits only. */
    static final class Converter implements ITypeConverter<Scope> {
        @Override
        public Scope convert(String value) {
            String id = value.strip();
            if (!Scope.isServerId(id)) {
                throw new TypeConversionException("a server id is a Discord id (digits only), was '" + value + "'");
            }
            return Scope.server(id);
        }
    }
}
