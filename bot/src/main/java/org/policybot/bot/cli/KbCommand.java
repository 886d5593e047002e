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
import org.policybot.knowledge.model.DocumentInfo;
import org.policybot.knowledge.model.Passage;
import org.policybot.knowledge.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code kb}: the moderator's commands for the knowledge base. */
@Command(name = "kb", description = "Manage the knowledge base: add, remove, list, show, reindex.",
        subcommands = {KbCommand.Add.class, KbCommand.Remove.class, KbCommand.ListDocs.class, KbCommand.Show.class,
                KbCommand.Reindex.class})
final class KbCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "missing subcommand: add, remove, list, show or reindex");
    }

    /**
     * What every kb subcommand shares: the global options, the wiring, a user's mistake as one line;
     * a subcommand only says what it does to the knowledge base.
     */
    abstract static class KbAction implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public final Integer call() throws IOException {
            GlobalOptions global = GlobalOptions.of(spec);
            try (Services services = Services.from(global)) {
                run(services.kb(), Console.out(), global.actor());
                return 0;
            }
        }

        abstract void run(KnowledgeBase kb, PrintWriter out, String actor) throws IOException;
    }

    @Command(name = "add", description = "Add or replace documents (Markdown, text, HTML, PDF, DOCX); all or nothing.")
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
        void run(KnowledgeBase kb, PrintWriter out, String actor) throws IOException {
            if (files.size() > 1 && (id != null || title != null || url != null)) {
                throw new KnowledgeException("--id, --title and --url apply to one file; add files one at a time to set them");
            }
            List<Source> sources = new ArrayList<>();
            for (Path f : files) {
                sources.add(new Source(name(f), read(f, kb), id, title, url));
            }
            for (DocumentInfo d : kb.addAll(sources, actor)) {
                out.printf("added %s: \"%s\" (%d passages)%n", d.id(), d.title(), d.passages());
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

    @Command(name = "remove", description = "Remove a document and its passages.")
    static final class Remove extends KbAction {
        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Override
        void run(KnowledgeBase kb, PrintWriter out, String actor) throws IOException {
            DocumentInfo d = kb.remove(doc, actor);
            out.printf("removed %s: \"%s\" (%d passages)%n", d.id(), d.title(), d.passages());
        }
    }

    @Command(name = "list", description = "List documents: id, title, passages, added-at.")
    static final class ListDocs extends KbAction {
        @Override
        void run(KnowledgeBase kb, PrintWriter out, String actor) {
            List<DocumentInfo> docs = kb.list();
            if (docs.isEmpty()) {
                out.println("(the knowledge base is empty)");
            }
            for (DocumentInfo d : docs) {
                out.printf("%-40s %-50s %5d passages  added %s by %s%n", d.id(), "\"" + d.title() + "\"",
                        d.passages(), d.addedAt(), d.addedBy());
            }
        }
    }

    @Command(name = "show", description = "Show a document's structure (its sections as a tree, with passage counts),"
            + " then its passages: id, section, text.")
    static final class Show extends KbAction {
        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Override
        void run(KnowledgeBase kb, PrintWriter out, String actor) {
            List<Passage> passages = kb.show(doc);
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

    @Command(name = "reindex", description = "Rebuild the index from the stored source files (one atomic commit).")
    static final class Reindex extends KbAction {
        @Override
        void run(KnowledgeBase kb, PrintWriter out, String actor) throws IOException {
            long start = System.nanoTime();
            int passages = kb.reindex(actor);
            out.printf("reindexed %d documents, %d passages in %.1f s%n", kb.list().size(), passages,
                    (System.nanoTime() - start) / 1e9);
        }
    }
}
