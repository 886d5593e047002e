package org.policybot.knowledge.decide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import org.junit.jupiter.api.Test;

class DecisionWeightsTest {
    @Test
    void theShippedWeightsCoverEveryFeatureAndThresholdsAreOrdered() {
        // WHEN the weights packaged in the jar are read
        DecisionWeights w = DecisionWeights.shipped();

        // THEN both models weigh every feature, and the thresholds make sense together
        assertThat(w.sentence().weights()).hasSize(SentenceFeature.COUNT);
        assertThat(w.answer().weights()).hasSize(QuestionFeature.COUNT);
        assertThat(w.answerAt()).isBetween(0.0, 1.0).isLessThanOrEqualTo(w.highAt());
        assertThat(w.highAt()).isLessThanOrEqualTo(1.0);
        assertThat(w.companion()).isBetween(0.0, 1.0);
        assertThat(w.neighbour()).isBetween(0.0, 1.0).isLessThanOrEqualTo(w.companion());
        assertThat(w.slotMissingAt()).isBetween(w.answerAt(), 1.0);
        assertThat(w.partAt()).isBetween(w.companionFloor(), 1.0);
        assertThat(w.exactValueAt()).isBetween(w.answerAt(), 1.0);
    }

    @Test
    void aWeightFileMissingAWeightOrSourceIsRefusedByName() throws Exception {
        // GIVEN the shipped file without the weight of COSINE, without the source of a threshold, with an unknown
        // feature, with a part threshold above 1, and with an exact-value threshold below the answer threshold
        ObjectNode root;
        try (InputStream in = DecisionWeights.class.getResourceAsStream(DecisionWeights.RESOURCE)) {
            root = (ObjectNode) new ObjectMapper().readTree(in);
        }
        ObjectNode noCosine = root.deepCopy();
        ((ObjectNode) noCosine.path("sentence").path("weights")).remove("COSINE");
        ObjectNode noSource = root.deepCopy();
        ((ObjectNode) noSource.path("thresholds").path("high")).remove("source");
        ObjectNode unknown = root.deepCopy();
        ((ObjectNode) unknown.path("answer").path("weights")).put("SHOE_SIZE", 1.0);
        ObjectNode badPart = root.deepCopy();
        ((ObjectNode) badPart.path("thresholds").path("part")).put("value", 1.5);
        ObjectNode lowExact = root.deepCopy();
        ((ObjectNode) lowExact.path("thresholds").path("exactValue")).put("value", 0.1);

        // THEN each is refused with the model, threshold or feature named
        assertThatThrownBy(() -> DecisionWeights.parse(noCosine)).hasMessageContaining("lacks a weight for COSINE");
        assertThatThrownBy(() -> DecisionWeights.parse(noSource)).hasMessageContaining("threshold \"high\"");
        assertThatThrownBy(() -> DecisionWeights.parse(unknown)).hasMessageContaining("unknown feature SHOE_SIZE");
        assertThatThrownBy(() -> DecisionWeights.parse(badPart)).hasMessageContaining("threshold \"part\"");
        assertThatThrownBy(() -> DecisionWeights.parse(lowExact)).hasMessageContaining("threshold \"exactValue\"");
    }

    @Test
    void theModelIsALogisticRegression() {
        LogisticModel m = new LogisticModel(-1, new double[] {2, 0.5});

        assertThat(m.logit(new double[] {1, 2})).isEqualTo(2.0);
        assertThat(LogisticModel.probability(0)).isEqualTo(0.5);
        assertThatThrownBy(() -> m.logit(new double[] {1})).isInstanceOf(IllegalArgumentException.class);
    }
}
