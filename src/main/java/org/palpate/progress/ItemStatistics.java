package org.palpate.progress;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The item statistics of Moodle's quiz statistics report, for items scored 0 or 1, on each learner's first attempt.
 * A learner's "rest score" for an item is their share right on first attempts at every other item they attempted
 * (the corrected total: this item left out), so an item is never correlated with itself.
 */
public final class ItemStatistics {

    /** Kelley's upper and lower groups: the top and bottom 27% of learners by rest score. */
    public static final double UPPER_LOWER_SHARE = 0.27;

    /** One learner's first attempt at the item (1 right, 0 wrong) and their rest score, with a stable tie-breaker. */
    public record Attempt(long learnerId, int score, double rest) {
    }

    private ItemStatistics() {
    }

    /** Facility index: mean score / maximum score; for 0/1 items the share right. Null without attempts. */
    public static Double facility(int right, int attempts) {
        return attempts == 0 ? null : (double) right / attempts;
    }

    /**
     * Discrimination index: Pearson correlation between the item score and the rest score (the corrected
     * point-biserial). Null when fewer than two attempts or when either side does not vary.
     */
    public static Double discrimination(List<Attempt> attempts) {
        int n = attempts.size();
        if (n < 2) {
            return null;
        }
        double[] x = scores(attempts);
        double[] y = rests(attempts);
        double sxx = sumOfSquares(x);
        double syy = sumOfSquares(y);
        if (sxx <= 0 || syy <= 0) {
            return null;
        }
        return covarianceSum(x, y) / Math.sqrt(sxx * syy);
    }

    /**
     * Discriminative efficiency: the covariance of item and rest score divided by the largest covariance they could
     * have with the same values (both sorted), as Moodle computes it. Null when that maximum is 0.
     */
    public static Double efficiency(List<Attempt> attempts) {
        if (attempts.size() < 2) {
            return null;
        }
        double[] x = scores(attempts);
        double[] y = rests(attempts);
        double[] xs = x.clone();
        double[] ys = y.clone();
        Arrays.sort(xs);
        Arrays.sort(ys);
        double max = covarianceSum(xs, ys);
        return max <= 0 ? null : covarianceSum(x, y) / max;
    }

    /**
     * Upper-lower discrimination index D = p(upper) - p(lower): the share right in the top 27% of learners by rest
     * score minus the share right in the bottom 27% (at least one learner each; ties broken by account id, older
     * first). Null with fewer than two attempts.
     */
    public static Double upperLower(List<Attempt> attempts) {
        int n = attempts.size();
        if (n < 2) {
            return null;
        }
        int group = Math.max(1, (int) Math.round(UPPER_LOWER_SHARE * n));
        List<Attempt> ranked = attempts.stream()
                .sorted(Comparator.comparingDouble(Attempt::rest).reversed().thenComparingLong(Attempt::learnerId)).toList();
        int upper = ranked.subList(0, group).stream().mapToInt(Attempt::score).sum();
        int lower = ranked.subList(n - group, n).stream().mapToInt(Attempt::score).sum();
        return (upper - lower) / (double) group;
    }

    private static double[] scores(List<Attempt> attempts) {
        return attempts.stream().mapToDouble(Attempt::score).toArray();
    }

    private static double[] rests(List<Attempt> attempts) {
        return attempts.stream().mapToDouble(Attempt::rest).toArray();
    }

    private static double sumOfSquares(double[] v) {
        return covarianceSum(v, v);
    }

    /** Sum of (x - mean x)(y - mean y): the covariance times n - 1, which cancels in both ratios above. */
    private static double covarianceSum(double[] x, double[] y) {
        double mx = Arrays.stream(x).average().orElse(0);
        double my = Arrays.stream(y).average().orElse(0);
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            sum += (x[i] - mx) * (y[i] - my);
        }
        return sum;
    }
}
