package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures how well an {@link FsrsModel} predicts real review histories: log loss and RMSE(bins), computed as
 * fsrs-rs's {@code evaluate} computes them and fed as the fsrs-rs Node binding ({@code FSRSBinding.evaluate})
 * feeds it.
 *
 * <p>Every review that follows a gap of at least one day since the card's previous review is predicted: the
 * prediction is the retrievability just before it, the label whether the rating was better than Again. The first
 * review initialises the state; same-day reviews update it with short-term stability.
 *
 * <p>Two fsrs-rs details make the figures depend on more than the predictions: (1) the outlier filter (see
 * {@link OutlierFilter}) leaves some predictions out, and (2) predictions are weighted by their position,
 * 0.25 + 0.75 (i / (n - 1))³, because fsrs-rs expects them sorted by time. Positions follow the iteration order of
 * the histories passed in, review by review within each card, after the filter's reordering.
 */
public final class Evaluator {
    private static final double MIN_PROBABILITY = 0.0001;
    private static final double MAX_PROBABILITY = 0.9999;

    private final FsrsModel model;
    private final boolean filterOutliers;

    /** An evaluator that reproduces the fsrs-rs binding, outlier filter included. */
    public Evaluator(FsrsModel model) {
        this(model, true);
    }

    /**
     * @param filterOutliers false scores every predicted review, as fsrs-rs's {@code evaluate} alone does
     */
    public Evaluator(FsrsModel model, boolean filterOutliers) {
        if (model == null) {
            throw new IllegalArgumentException("a model is required");
        }
        this.model = model;
        this.filterOutliers = filterOutliers;
    }

    /**
     * @param historiesPerCard each card's reviews in chronological order
     * @throws IllegalArgumentException if no review can be predicted, or if a history goes back in time
     */
    public Evaluation evaluate(Collection<List<Review>> historiesPerCard) {
        List<EvaluationItem> items = new ArrayList<>();
        for (List<Review> history : historiesPerCard) {
            if (history == null) {
                throw new IllegalArgumentException("a card's history is missing");
            }
            items.addAll(predict(history));
        }
        if (items.isEmpty()) {
            throw new IllegalArgumentException(
                    "nothing to evaluate: no card was reviewed again a day or more after a previous review");
        }
        List<EvaluationItem> scored = filterOutliers ? OutlierFilter.apply(items) : items;
        if (scored.isEmpty()) {
            throw new IllegalArgumentException("not enough reviews to evaluate: all " + items.size()
                    + " predicted reviews fall in groups that fsrs-rs treats as outliers (too small or too rare)");
        }
        double[] weights = recencyWeights(scored.size());
        return new Evaluation(items.size(), logLoss(scored, weights), rmseBins(scored, weights),
                items.size() - scored.size());
    }

    /**
     * The calibration of the model on these histories: every prediction {@link #evaluate} makes, binned by predicted
     * recall, with the evaluation itself.
     *
     * @throws IllegalArgumentException as {@link #evaluate} does when nothing can be predicted
     */
    public Calibration calibrate(Collection<List<Review>> historiesPerCard) {
        Evaluation evaluation = evaluate(historiesPerCard);
        int binCount = (int) Math.round(1 / Calibration.BIN_WIDTH);
        double[][] bins = new double[binCount][3];
        double predicted = 0;
        double recalled = 0;
        int items = 0;
        for (List<Review> history : historiesPerCard) {
            for (EvaluationItem item : predict(history)) {
                int bin = Math.min(binCount - 1, (int) Math.floor(item.retrievability() / Calibration.BIN_WIDTH));
                bins[bin][0]++;
                bins[bin][1] += item.retrievability();
                bins[bin][2] += item.recalled() ? 1 : 0;
                predicted += item.retrievability();
                recalled += item.recalled() ? 1 : 0;
                items++;
            }
        }
        List<Calibration.Bin> nonEmpty = new ArrayList<>();
        for (int i = 0; i < binCount; i++) {
            if (bins[i][0] > 0) {
                nonEmpty.add(new Calibration.Bin(i * Calibration.BIN_WIDTH, (i + 1) * Calibration.BIN_WIDTH, (int) bins[i][0],
                        bins[i][1] / bins[i][0], bins[i][2] / bins[i][0]));
            }
        }
        return new Calibration(nonEmpty, items, predicted / items, recalled / items, evaluation);
    }

    /** How one card's history was predicted: the reviews {@link #evaluate} would predict, their mean prediction and recall. */
    public Calibration.Fit fit(List<Review> history) {
        List<EvaluationItem> items = predict(history);
        double predicted = items.stream().mapToDouble(EvaluationItem::retrievability).sum();
        double recalled = items.stream().filter(EvaluationItem::recalled).count();
        return items.isEmpty() ? new Calibration.Fit(0, 0, 0)
                : new Calibration.Fit(items.size(), predicted / items.size(), recalled / items.size());
    }

    private List<EvaluationItem> predict(List<Review> history) {
        List<EvaluationItem> items = new ArrayList<>();
        MemoryState state = null;
        long previousDay = 0;
        int firstGrade = 0;
        int longTermReviews = 0;
        int longTermLapses = 0;
        long firstLongTermGap = -1;
        for (Review review : history) {
            if (state == null) {
                state = model.initial(review.rating());
                firstGrade = review.rating().grade();
                previousDay = review.day();
                continue;
            }
            long gap = review.day() - previousDay;
            if (gap < 0) {
                throw new IllegalArgumentException("a card's reviews must be in chronological order: day "
                        + review.day() + " follows day " + previousDay);
            }
            if (gap >= 1) {
                longTermReviews++;
                if (firstLongTermGap < 0) {
                    firstLongTermGap = gap;
                }
                items.add(new EvaluationItem(model.retrievability(gap, state.stability()), review.rating().isRecall(),
                        gap, longTermReviews, longTermLapses, firstGrade, firstLongTermGap));
                if (review.rating() == Rating.AGAIN) {
                    longTermLapses++;
                }
            }
            state = model.next(state, gap, review.rating());
            previousDay = review.day();
        }
        return items;
    }

    /** fsrs-rs {@code recency_weighted_fsrs_items}: later items count up to four times as much as early ones. */
    private static double[] recencyWeights(int count) {
        double last = Math.max(count - 1, 1);
        double[] weights = new double[count];
        for (int i = 0; i < count; i++) {
            weights[i] = 0.25 + 0.75 * Math.pow(i / last, 3);
        }
        return weights;
    }

    /** fsrs-rs {@code weighted_binary_cross_entropy}, with predictions clamped away from 0 and 1. */
    private static double logLoss(List<EvaluationItem> items, double[] weights) {
        double loss = 0;
        double weightSum = 0;
        for (int i = 0; i < items.size(); i++) {
            double p = FsrsModel.clamp(items.get(i).retrievability(), MIN_PROBABILITY, MAX_PROBABILITY);
            loss += (items.get(i).recalled() ? Math.log(p) : Math.log(1 - p)) * weights[i];
            weightSum += weights[i];
        }
        return -loss / weightSum;
    }

    /** fsrs-rs {@code rmse_bins}: per bin, (mean prediction - recall rate)², weighted by the bin's total weight. */
    private static double rmseBins(List<EvaluationItem> items, double[] weights) {
        Map<EvaluationItem.BinKey, double[]> bins = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            EvaluationItem item = items.get(i);
            double[] bin = bins.computeIfAbsent(item.bin(), key -> new double[4]);
            bin[0] += item.retrievability();
            bin[1] += item.recalled() ? 1 : 0;
            bin[2] += 1;
            bin[3] += weights[i];
        }
        double squares = 0;
        double weightSum = 0;
        for (double[] bin : bins.values()) {
            double error = bin[0] / bin[2] - bin[1] / bin[2];
            squares += error * error * bin[3];
            weightSum += bin[3];
        }
        return Math.sqrt(squares / weightSum);
    }
}
