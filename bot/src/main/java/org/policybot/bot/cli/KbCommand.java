package org.policybot.bot.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.policybot.knowledge.KnowledgeBase;
import org.policybot.knowledge.KnowledgeException;
import org.policybot.knowledge.RejectedFileException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.policybot.bot.conversation.VersionText;
import org.policybot.knowledge.model.DocumentDiff;
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.DocumentVersion;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Scope;
import org.policybot.knowledge.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code kb}: the operator's commands for the knowledge base. Without {@code --server} they work on
 * the shared documents (every server reads them; Discord cannot change them); with {@code --server ID}
 * on that server's own documents, as its moderators' {@code /kb} commands do.
 */
@Command(name = "kb", description = "Manage the knowledge base: add, remove, list, show, reindex, history, diff,"
        + " rollback, gaps (the shared documents, or a server's own with --server ID).",
        subcommands = {KbCommand.Add.class, KbCommand.Remove.class, KbCommand.ListDocs.class, KbCommand.Show.class,
                KbCommand.Reindex.class, KbCommand.History.class, KbCommand.Diff.class, KbCommand.Rollback.class,
                GapsCommand.class})
final class KbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: add, remove, list, show, reindex, history, diff, rollback or gaps");
    }

    /**
     * What every kb subcommand shares: the global options, the wiring, a user's mistake as one line;
     * a subcommand only says what it does to the knowledge base.
     */
    abstract static class KbAction implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @picocli.CommandLine.Mixin
        ServerOption server = new ServerOption();

        @Override
        public final Integer call() throws IOException {
            GlobalOptions global = GlobalOptions.of(spec);
            try (Services services = Services.from(global)) {
                PrintWriter out = Console.out();
                run(services.kb(), server.scope(), out, global.actor());
                out.flush();
                return 0;
            }
        }

        abstract void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException;
    }

    /** " (server ID)" after a change to a server's documents, nothing for the shared ones. */
    static String where(Scope scope) {
        return scope.shared() ? "" : " (" + scope + ")";
    }

    @Command(name = "add", description = "Add or replace documents (Markdown, text, reStructuredText, HTML, PDF, DOCX); all or nothing.")
    static final class Add extends KbAction {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to add.")
        List<Path> files;

        @Option(names = "--id", description = "Document id (one file only; the same id replaces a document).")
        String id;

        @Option(names = "--title", description = "Title, overriding the one in the file (one file only).")
        String title;

        @Option(names = "--url", description = "URL to cite, overriding the one in the file (one file only).")
        String url;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException {
            if (files.size() > 1 && (id != null || title != null || url != null)) {
                throw new KnowledgeException("--id, --title and --url apply to one file; add files one at a time to set them");
            }
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(new Source(name(f), read(f, kb), id, title, url));
            }
            for (DocumentInfo d : kb.addAll(scope, sources, actor)) {
                out.printf("added %s: \"%s\" (%d passages)%s%n", d.id(), d.title(), d.passages(), where(scope));
                if (d.version() > 1) {
                    out.printf("  now version %d; the one it replaced is kept (kb history %s)%n", d.version(), d.id());
                }
            }
        }

        private static String name(Path f) {
            return f.getFileName() == null ? f.toString() : f.getFileName().toString();
        }

        /** Reads a file, refusing a folder, a missing or unreadable file, or one over the size limit before reading. */
        private static byte[] read(Path f, KnowledgeBase kb) throws IOException {
            String name = name(f);
            if (Files.isDirectory(f)) {
                throw new RejectedFileException(name, "is a folder, not a file");
            }
            try {
                kb.checkSize(name, Files.size(f));
                return Files.readAllBytes(f);
            } catch (NoSuchFileException e) {
                throw new RejectedFileException(name, "no such file");
            } catch (java.nio.file.AccessDeniedException e) {
                throw new RejectedFileException(name, "cannot be read (permission denied)");
            }
        }
    }

    @Command(name = "remove", description = "Remove a document and its passages (or, with --server ID --all,"
            + " every document of that server).")
    static final class Remove extends KbAction {
        @Parameters(paramLabel = "DOC", arity = "0..1", description = "Document id (see kb list).")
        String doc;

        @Option(names = "--all", description = "Remove every document of the server given with --server.")
        boolean all;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException {
            if (all) {
                if (scope.shared() || doc != null) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                            "--all removes a server's documents: give --server ID and no DOC");
                }
                List<DocumentInfo> removed = kb.removeAll(scope, actor);
                for (DocumentInfo d : removed) {
                    out.printf("removed %s: \"%s\" (%d passages)%s%n", d.id(), d.title(), d.passages(), where(scope));
                }
                out.printf("removed %d documents%s%n", removed.size(), where(scope));
                return;
            }
            if (doc == null) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "missing DOC (or --server ID --all)");
            }
            DocumentInfo d = kb.remove(scope, doc, actor);
            out.printf("removed %s: \"%s\" (%d passages)%s%n", d.id(), d.title(), d.passages(), where(scope));
        }
    }

    @Command(name = "list", description = "List documents: id, title, passages, added-at; the shared ones, then each"
            + " server's own (with --server ID: what that server's members are answered from).")
    static final class ListDocs extends KbAction {
        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) {
            List<DocumentInfo> shared = kb.list();
            if (shared.isEmpty()) {
                out.println("(no shared documents)");
            }
            shared.forEach(d -> print(out, d));
            List<String> servers = scope.shared() ? kb.servers() : List.of(scope.serverId());
            for (String id : servers) {
                List<DocumentInfo> own = kb.list(Scope.server(id)).stream().filter(d -> !d.scope().shared()).toList();
                out.printf("%nserver %s:%n", id);
                if (own.isEmpty()) {
                    out.println("(no documents of its own)");
                }
                own.forEach(d -> print(out, d));
            }
        }

        private static void print(PrintWriter out, DocumentInfo d) {
            out.printf("%-40s %-50s %5d passages  added %s by %s%s%n", d.id(), "\"" + d.title() + "\"",
                    d.passages(), d.addedAt(), d.addedBy(), d.version() > 1 ? "  (version " + d.version() + ")" : "");
        }
    }

    @Command(name = "show", description = "Show a document's structure (its sections as a tree, with passage counts),"
            + " then its passages: id, section, text.")
    static final class Show extends KbAction {
        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) {
            List<Passage> passages = kb.show(scope, doc);
            out.println(doc + ": \"" + (passages.isEmpty() ? "" : passages.get(0).title()) + "\", " + passages.size()
                    + (passages.size() == 1 ? " passage" : " passages"));
            out.println();
            out.println("Sections:");
            SectionOutline.lines(passages).forEach(out::println);
            out.println();
            out.println("Passages:");
            for (Passage p : passages) {
                out.println(p.id());
                out.println("  section: " + (p.section().isEmpty() ? "(none)" : p.sectionLabel()));
                out.println("  " + p.text().replace("\n", "\n  "));
                out.println();
            }
        }
    }

    @Command(name = "history", description = "A document's kept versions, newest first: version, date, actor, sha256,"
            + " passages.")
    static final class History extends KbAction {
        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Option(names = "--json", description = "Print a JSON array, one object per version.")
        boolean json;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) {
            List<DocumentVersion> versions = kb.history(scope, doc);
            if (json) {
                ArrayNode list = AnswerJson.JSON.createArrayNode();
                versions.forEach(v -> list.add(VersionJson.of(v)));
                out.println(list);
            } else {
                out.print(VersionText.history(doc, versions, false));
            }
        }
    }

    @Command(name = "diff", description = "What changed between two kept versions of a document, by section: passages"
            + " added, removed and changed (default: the current version against the one before).")
    static final class Diff extends KbAction {
        @Parameters(index = "0", paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Parameters(index = "1", arity = "0..1", paramLabel = "FROM", description = "The older version (default: the one"
                + " kept before TO).")
        Integer from;

        @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "The newer version (default: the current"
                + " one).")
        Integer to;

        @Option(names = "--json", description = "Print one JSON object.")
        boolean json;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException {
            for (Integer v : java.util.Arrays.asList(from, to)) {
                if (v != null && v < 1) {
                    throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a version is a number from 1");
                }
            }
            DocumentDiff diff = kb.diff(scope, doc, from, to);
            out.print(json ? VersionJson.of(doc, diff).toString() + "\n" : VersionText.diff(doc, diff));
        }
    }

    @Command(name = "rollback", description = "Make a kept version of a document current again, in one atomic, audited"
            + " change (a new version with that version's text; undo it the same way).")
    static final class Rollback extends KbAction {
        @Parameters(index = "0", paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Parameters(index = "1", paramLabel = "VERSION", description = "The version to restore (see kb history).")
        int version;

        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException {
            if (version < 1) {
                throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a version is a number from 1");
            }
            DocumentInfo d = kb.rollback(scope, doc, version, actor);
            out.printf("rolled %s back to version %d: now version %d, \"%s\" (%d passages)%s%n", d.id(), version,
                    d.version(), d.title(), d.passages(), where(scope));
        }
    }

    @Command(name = "reindex", description = "Rebuild the index from the stored source files: the shared documents and"
            + " every server's (with --server ID: that server's only); one atomic commit each.")
    static final class Reindex extends KbAction {
        @Override
        void run(KnowledgeBase kb, Scope scope, PrintWriter out, String actor) throws IOException {
            List<Scope> scopes = new ArrayList<>();
            if (scope.shared()) {
                scopes.add(Scope.SHARED);
                kb.servers().forEach(id -> scopes.add(Scope.server(id)));
            } else {
                scopes.add(scope);
            }
            for (Scope s : scopes) {
                long start = System.nanoTime();
                int passages = kb.reindex(s, actor);
                long documents = kb.list(s).stream().filter(d -> d.scope().equals(s)).count();
                out.printf("reindexed %d documents, %d passages in %.1f s%s%n", documents, passages,
                        (System.nanoTime() - start) / 1e9, where(s));
            }
        }
    }
}
