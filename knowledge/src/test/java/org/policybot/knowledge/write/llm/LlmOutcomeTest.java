package org.policybot.knowledge.write.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.policybot.knowledge.write.Composition;

class LlmOutcomeTest {
    @Test
    void exactlyOneOfCompositionAndReason() {
        // GIVEN / WHEN / THEN
        assertThat(LlmOutcome.composed(new Composition("a [1].", List.of())).ok()).isTrue();
        assertThat(LlmOutcome.failed(LlmOutcome.TIMEOUT).ok()).isFalse();
        assertThatThrownBy(() -> new LlmOutcome(null, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LlmOutcome(new Composition("", List.of()), "timeout"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ollamaMeansItsOpenAiCompatibleEndpoint() {
        // GIVEN / WHEN / THEN
        assertThat(LlmComposer.baseUrl(new LlmSettings("ollama", "http://localhost:11434", "llama3", null, 20)))
                .isEqualTo("http://localhost:11434/v1");
        assertThat(LlmComposer.baseUrl(new LlmSettings("ollama", "http://localhost:11434/v1", "llama3", null, 20)))
                .isEqualTo("http://localhost:11434/v1");
        assertThat(LlmComposer.baseUrl(new LlmSettings("openai", "http://vllm:8000/", "m", null, 20)))
                .isEqualTo("http://vllm:8000/");
    }

    @Test
    void logsShowNoUserInfoOfTheBaseUrl() {
        // GIVEN / WHEN / THEN
        assertThat(LlmComposer.withoutUserInfo("https://user:secret@llm.example:8443/v1"))
                .isEqualTo("https://llm.example:8443/v1");
        assertThat(LlmComposer.withoutUserInfo("http://127.0.0.1:8080/v1")).isEqualTo("http://127.0.0.1:8080/v1");
        assertThat(LlmComposer.withoutUserInfo("https://llm.example/openai/v1?api-key=s3cret"))
                .isEqualTo("https://llm.example/openai/v1");
    }
}
