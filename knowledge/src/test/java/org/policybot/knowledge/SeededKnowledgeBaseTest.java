package org.policybot.knowledge;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * A test class whose every test works on its own copy of a data folder seeded once with the shipped
 * document: seeding embeds the document (seconds), a copy takes milliseconds.
 */
abstract class SeededKnowledgeBaseTest {
    /** The folder seeded once per test class. */
    @TempDir
    static Path template;

    /** This test's own copy of it. */
    @TempDir
    Path dir;

    @BeforeAll
    static void seedTemplate() throws IOException {
        KbFixtures.open(template).close();
    }

    @BeforeEach
    void copyTemplate() throws IOException {
        KbFixtures.copyTree(template, dir);
    }
}
