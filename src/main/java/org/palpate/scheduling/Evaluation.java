package org.palpate.scheduling;

/**
 * How well a model predicts a review history.
 *
 * @param items              reviews that were predicted: each one that follows a gap of at least one day since the
 *                           card's previous review
 * @param logLoss            weighted binary cross-entropy of those predictions (lower is better), as fsrs-rs
 * @param rmseBins           root mean square calibration error over fsrs-rs's bins (lower is better)
 * @param excludedAsOutliers how many of the {@code items} fsrs-rs's outlier filter left out of both metrics
 */
public record Evaluation(int items, double logLoss, double rmseBins, int excludedAsOutliers) {

    public Evaluation(int items, double logLoss, double rmseBins) {
        this(items, logLoss, rmseBins, 0);
    }

    /** The predictions that the metrics were computed from. */
    public int scoredItems() {
        return items - excludedAsOutliers;
    }
}
