package org.policybot.knowledge.decide;

/**
 * A logistic regression: {@code p = 1 / (1 + e^-(bias + w·x))}. Its weights come from
 * {@link DecisionWeights}, fitted offline; this class only evaluates it.
 */
record LogisticModel(double bias, double[] weights) {

    double logit(double[] x) {
        if (x.length != weights.length) {
            throw new IllegalArgumentException(x.length + " features for a model of " + weights.length);
        }
        double z = bias;
        for (int i = 0; i < x.length; i++) {
            z += weights[i] * x[i];
        }
        return z;
    }

    static double probability(double logit) {
        return 1 / (1 + Math.exp(-logit));
    }
}
