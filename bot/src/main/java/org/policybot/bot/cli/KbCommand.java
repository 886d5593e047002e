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

    @Command(name = "add", description = "Add or replace documents (Markdown, text, HTML, PDF, DOCX); all or nothing.")
    static final class Add implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "FILE", arity = "1..*", description = "Files to add.")
        List<Path> files;

        @Option(names = "--id", description = "Document id (one file only; the same id replaces a document).")
        String id;

        @Option(names = "--title", description = "Title, overriding the one in the file (one file only).")
        String title;

        @Option(names = "--url", description = "URL to cite, overriding the one in the file (one file only).")
        String url;

        @Override
        public Integer call() throws IOException {
            if (files.size() > 1 && (id != null || title != null || url != null)) {
                throw new KnowledgeException("--id, --title and --url apply to one file; add files one at a time to set them");
            }
            try (Services services = Services.from(GlobalOptions.of(spec))) {
                List<Source> sources = new ArrayList<>();
                for (Path f : files) {
                    sources.add(new Source(name(f), read(f, services.kb()), id, title, url));
                }
                PrintWriter out = Console.out();
                for (DocumentInfo d : services.kb().addAll(sources, GlobalOptions.of(spec).actor())) {
                    out.printf("added %s: \"%s\" (%d passages)%n", d.id(), d.title(), d.passages());
                }
                return 0;
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
    static final class Remove implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Override
        public Integer call() throws IOException {
            try (Services services = Services.from(GlobalOptions.of(spec))) {
                DocumentInfo d = services.kb().remove(doc, GlobalOptions.of(spec).actor());
                Console.out().printf("removed %s: \"%s\" (%d passages)%n", d.id(), d.title(), d.passages());
                return 0;
            }
        }
    }

    @Command(name = "list", description = "List documents: id, title, passages, added-at.")
    static final class ListDocs implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = Services.from(GlobalOptions.of(spec))) {
                List<DocumentInfo> docs = services.kb().list();
                PrintWriter out = Console.out();
                if (docs.isEmpty()) {
                    out.println("(the knowledge base is empty)");
                }
                for (DocumentInfo d : docs) {
                    out.printf("%-40s %-50s %5d passages  added %s by %s%n", d.id(), "\"" + d.title() + "\"",
                            d.passages(), d.addedAt(), d.addedBy());
                }
                return 0;
            }
        }
    }

    @Command(name = "show", description = "Show a document's passages: id, section, text.")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(paramLabel = "DOC", description = "Document id (see kb list).")
        String doc;

        @Override
        public Integer call() throws IOException {
            try (Services services = Services.from(GlobalOptions.of(spec))) {
                PrintWriter out = Console.out();
                for (Passage p : services.kb().show(doc)) {
                    out.println(p.id());
                    out.println("  section: " + (p.section().isEmpty() ? "(none)" : p.sectionLabel()));
                    out.println("  " + p.text().replace("\n", "\n  "));
                    out.println();
                }
                return 0;
            }
        }
    }

    @Command(name = "reindex", description = "Rebuild the index from the stored source files (one atomic commit).")
    static final class Reindex implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            try (Services services = Services.from(GlobalOptions.of(spec))) {
                long start = System.nanoTime();
                int passages = services.kb().reindex(GlobalOptions.of(spec).actor());
                Console.out().printf("reindexed %d documents, %d passages in %.1f s%n", services.kb().list().size(),
                        passages, (System.nanoTime() - start) / 1e9);
                return 0;
            }
        }
    }
}
