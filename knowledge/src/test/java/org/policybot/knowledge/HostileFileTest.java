package org.policybot.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policybot.knowledge.model.Source;

/**
 * Bad files offered to a knowledge base in a process with a 64 MB heap: a DOCX that inflates to
 * 512 MB, HTML nested 100,000 deep, random bytes named as documents, a truncated PDF, an empty file
 * and one over the size limit are each refused with a reason, memory stays bounded (no
 * OutOfMemoryError), and the knowledge base is unchanged afterwards.
 */
class HostileFileTest {
    private static final long MAX_FILE_BYTES = 2L * 1024 * 1024;

    @TempDir
    Path work;

    @Test
    void everyBadFileIsRefusedWithinASmallHeapAndChangesNothing() throws Exception {
        // GIVEN a knowledge base with the shipped document and the cafeteria rules, and its state
        Path data = work.resolve("data");
        KbState before;
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            kb.add(KbFixtures.document("cafeteria.md"), "test:alice");
            before = KbState.of(kb, KnowledgeBaseTest.QUESTIONS);
        }
        List<Source> files = new ArrayList<>(HostileFiles.all(MAX_FILE_BYTES));
        files.add(Source.of("big-bomb.docx", HostileFiles.zipBomb(512L * 1024 * 1024)));
        List<String> paths = new ArrayList<>(List.of(data.toString(), Long.toString(MAX_FILE_BYTES)));
        for (Source f : files) {
            Path p = Files.createDirectories(work.resolve("incoming")).resolve(f.fileName());
            Files.write(p, f.content());
            paths.add(p.toString());
        }

        // WHEN a child process with a 64 MB heap offers each of them
        ChildJvm child = ChildJvm.start(work, List.of("-Xmx64m"), Map.of(), HostileFilesChild.class,
                paths.toArray(String[]::new));

        // THEN it finishes normally, having refused every file with a line naming it and the reason
        assertThat(child.await(180)).as(child.output()).isZero();
        List<String> refusals = child.output().lines().filter(l -> l.startsWith("refused: ") || l.startsWith("added: "))
                .toList();
        assertThat(refusals).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            assertThat(refusals.get(i)).startsWith("refused: " + files.get(i).fileName() + ": ");
        }
        assertThat(refusals).anySatisfy(r -> assertThat(r).endsWith("refusing a possible zip bomb"))
                .anySatisfy(r -> assertThat(r).contains("nested"))
                .anySatisfy(r -> assertThat(r).endsWith("is 2,097,153 bytes; the limit is 2,097,152 bytes"));

        // AND the knowledge base is exactly as before
        try (KnowledgeBase kb = KbFixtures.open(data)) {
            assertThat(KbState.of(kb, KnowledgeBaseTest.QUESTIONS)).isEqualTo(before);
        }
    }
}
