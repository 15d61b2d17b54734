package org.palpate.scheduling;

import java.util.List;

/**
 * Predicted recall against observed recall over a review history: the predictions that {@link Evaluator} scores, put
 * in bins of predicted recall (0-10%, 10-20% ... 90-100%), each with how many reviews fell in it, their mean
 * prediction and the share actually recalled; and the evaluation figures (log loss, RMSE(bins)) of the same reviews.
 *
 * @param bins          the non-empty bins, lowest predictions first
 * @param meanPredicted mean predicted recall over every prediction
 * @param meanObserved  share of those reviews that were recalled
 */
public record Calibration(List<Bin> bins, int items, double meanPredicted, double meanObserved, Evaluation evaluation) {

    /** Width of a bin of predicted recall. */
    public static final double BIN_WIDTH = 0.1;

    public record Bin(double from, double to, int reviews, double predicted, double observed) {
    }

    /** One history's predicted reviews: how many, their mean predicted recall and the share recalled (0 and 0 when none). */
    public record Fit(int reviews, double predicted, double observed) {
    }

    /** Observed minus predicted recall: negative when the model over-estimates the learner's memory. */
    public double bias() {
        return meanObserved - meanPredicted;
    }
}
