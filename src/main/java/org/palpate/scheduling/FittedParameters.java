package org.palpate.scheduling;

/**
 * The outcome of {@link FsrsOptimizer#fit}.
 *
 * @param weights       the 21 FSRS-6 weights
 * @param stage         how far fitting got with the data available
 * @param trainingItems items fsrs-rs's rules kept for training (after the outlier filter)
 */
public record FittedParameters(double[] weights, Stage stage, int trainingItems) {

    public FittedParameters {
        weights = weights.clone();
    }

    @Override
    public double[] weights() {
        return weights.clone();
    }

    public enum Stage {
        /** Fewer than 8 items: the default weights. */
        DEFAULTS,
        /** Fewer than 64 items, or only first reviews: fitted initial stabilities, the other weights default. */
        INITIAL_STABILITIES,
        /** All 21 weights were trained. */
        TRAINED
    }
}
