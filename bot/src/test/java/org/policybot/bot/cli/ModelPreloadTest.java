package org.policybot.bot.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelPreloadTest {
    @Test
    void commandsThatEmbedPreloadTheModel() {
        // GIVEN commands that answer, index or group questions  THEN the model starts loading at once
        assertThat(ModelPreload.needsModel(List.of("ask", "who?"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("--data", "list", "ask", "show me"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("--data", "/tmp/kb", "kb", "add", "list.md"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("kb", "reindex", "--actor", "remove"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("eval", "dev.jsonl"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("kb", "rollback", "refunds", "1"))).isTrue();
        assertThat(ModelPreload.needsModel(List.of("kb", "gaps", "--server", "42"))).isTrue();
    }

    @Test
    void commandsThatNeverEmbedDoNot() {
        // GIVEN listing, showing, removing, a history, a diff, help, version or nothing  THEN the model is not loaded
        assertThat(ModelPreload.needsModel(List.of("--data", "/tmp/kb", "kb", "list"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("kb", "show", "doc"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("kb", "remove", "doc"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("kb", "history", "doc"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("kb", "diff", "doc", "1", "2"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("kb"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("--help"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of("ask", "--help"))).isFalse();
        assertThat(ModelPreload.needsModel(List.of())).isFalse();
    }
}
