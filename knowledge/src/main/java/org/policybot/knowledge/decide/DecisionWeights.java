package org.policybot.knowledge.decide;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;

/**
 * Every weight and threshold of the decision, in one place: the resource file
 * {@code decision-weights.json} beside this class. Each model and threshold there carries its
 * {@code source}: what it was fitted on (the tuning documents, never the validation ones) or why it
 * was set by hand. {@code tools/fit-decision.py} writes the fitted parts.
 *
 * @param sentence   the sentence model: does this sentence answer the question?
 * @param answer     the answer model: does the knowledge base answer the question at all?
 * @param answerAt   answer probability from which the engine answers; below it, "not covered"
 * @param highAt     answer probability from which an answer has high confidence
 * @param companion  a further sentence joins the best one when its probability is at least this share of the best's
 * @param companionFloor and at least this probability
 * @param neighbour  the sentence just before or after the best one or a companion joins them when its probability
 *                   is at least this share of the best's
 * @param redundant  cosine from which a further sentence repeats one already chosen
 * @param modelAt    answer probability from which a question the decision refuses still goes to a
 *                   configured model, which may answer from the passages or decline
 * @param modelRanks a model's answer must quote at least one of this many best-ranked sentences
 * @param slotMissingAt answer probability from which a question is answered although the one thing it asks for is
 *                   missing (what "how many" counts, the name "who is" asks for, from its best sentence; the length
 *                   of time "how long" or the rate "how often" asks for, from its answer's sentences); 1 never
 * @param lowPassages a low-confidence answer also quotes the best sentence of this many further passages, the next
 *                   closest places to look
 * @param partAt     a question that asks two things also quotes the best sentence for a part the answer leaves out,
 *                   when that sentence's probability for the part is at least this
 * @param exactValueAt answer probability from which a question asking for one price or one time of day is answered:
 *                   below it, the closest passages offer a figure of something else as if it were the one asked
 */
public record DecisionWeights(LogisticModel sentence, LogisticModel answer, double answerAt, double highAt,
                              double companion, double companionFloor, double neighbour, double redundant, double modelAt,
                              int modelRanks, double slotMissingAt, int lowPassages, double partAt,
                              double exactValueAt) {
    static final String RESOURCE = "decision-weights.json";

    public DecisionWeights {
        if (!(modelAt >= 0 && modelAt <= answerAt)) {
            throw new IllegalStateException(RESOURCE + ": threshold \"model\" must be 0..answer (" + answerAt + "), was "
                    + modelAt);
        }
        if (!(slotMissingAt >= answerAt && slotMissingAt <= 1)) {
            throw new IllegalStateException(RESOURCE + ": threshold \"slotMissing\" must be answer (" + answerAt
                    + ")..1, was " + slotMissingAt);
        }
        if (lowPassages < 0) {
            throw new IllegalStateException(RESOURCE + ": threshold \"lowPassages\" must be at least 0, was " + lowPassages);
        }
        if (!(exactValueAt >= answerAt && exactValueAt <= 1)) {
            throw new IllegalStateException(RESOURCE + ": threshold \"exactValue\" must be answer (" + answerAt
                    + ")..1, was " + exactValueAt);
        }
        if (!(partAt >= 0 && partAt <= 1)) {
            throw new IllegalStateException(RESOURCE + ": threshold \"part\" must be 0..1, was " + partAt);
        }
        if (modelRanks < 1) {
            throw new IllegalStateException(RESOURCE + ": threshold \"modelRanks\" must be at least 1, was " + modelRanks);
        }
    }

    /** The weights shipped in the jar. */
    public static DecisionWeights shipped() {
        try (InputStream in = DecisionWeights.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the jar");
            }
            return parse(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("reading " + RESOURCE, e);
        }
    }

    static DecisionWeights parse(JsonNode root) {
        JsonNode t = root.path("thresholds");
        return new DecisionWeights(model(root.path("sentence"), "sentence", names(SentenceFeature.values())),
                model(root.path("answer"), "answer", names(QuestionFeature.values())),
                threshold(t, "answer"), threshold(t, "high"), threshold(t, "companion"),
                threshold(t, "companionFloor"), threshold(t, "neighbour"), threshold(t, "redundant"), threshold(t, "model"),
                (int) threshold(t, "modelRanks"), threshold(t, "slotMissing"), (int) threshold(t, "lowPassages"),
                threshold(t, "part"), threshold(t, "exactValue"));
    }

    private static String[] names(Enum<?>[] values) {
        String[] out = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i].name();
        }
        return out;
    }

    private static LogisticModel model(JsonNode node, String name, String[] features) {
        if (!node.isObject() || !node.path("source").isTextual() || !node.path("bias").isNumber()) {
            throw new IllegalStateException(RESOURCE + ": model \"" + name + "\" needs source, bias and weights");
        }
        JsonNode w = node.path("weights");
        double[] weights = new double[features.length];
        Set<String> expected = new HashSet<>(Set.of(features));
        for (Iterator<String> it = w.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!expected.contains(f)) {
                throw new IllegalStateException(RESOURCE + ": model \"" + name + "\" has unknown feature " + f);
            }
        }
        for (int i = 0; i < features.length; i++) {
            if (!w.path(features[i]).isNumber()) {
                throw new IllegalStateException(RESOURCE + ": model \"" + name + "\" lacks a weight for " + features[i]);
            }
            weights[i] = w.get(features[i]).asDouble();
        }
        return new LogisticModel(node.get("bias").asDouble(), weights);
    }

    private static double threshold(JsonNode thresholds, String name) {
        JsonNode n = thresholds.path(name);
        if (!n.path("value").isNumber() || !n.path("source").isTextual()) {
            throw new IllegalStateException(RESOURCE + ": threshold \"" + name + "\" needs a value and a source");
        }
        return n.get("value").asDouble();
    }
}
