package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pretraining of the four initial stabilities S0(Again..Easy) from the first long-term review of each card, as
 * fsrs-rs's {@code parameter_initialization.rs} does it (docs/optimizer.md, "Initial stabilities").
 */
final class InitialStability {
    /** fsrs-rs works in f32: the defaults it compares with are the f32 values widened to f64. */
    private static final double DEFAULT_DECAY = (float) 0.1542;
    private static final double[] DEFAULT_S0 = {(float) 0.212, (float) 1.2931, (float) 2.3065, (float) 8.2956};
    private static final double L1_SCALE = 16;
    /** Log-linear interpolation weights fsrs-rs uses to fill ratings that were never seen. */
    private static final double W1 = 0.41;
    private static final double W2 = 0.54;

    private InitialStability() {
    }

    /** Recall rate and count of one (first grade, first gap) group. */
    record Group(double gap, double recall, double count) {
    }

    /**
     * The pretrained stabilities and how many first long-term reviews each first grade had.
     *
     * @param stabilities S0 for grades 1..4 (index 0..3), smoothed and filled
     * @param counts      first grade (1..4) to the number of items pretraining saw for it
     */
    record Result(double[] stabilities, Map<Integer, Integer> counts) {
    }

    /**
     * @param firstGrades    each item's first grade
     * @param firstGaps      each item's gap before its first long-term review
     * @param recalled       whether that review was a pass
     * @param averageRecall  pass rate over the whole training set, for Laplace smoothing
     * @throws IllegalArgumentException when there is no item at all
     */
    static Result pretrain(int[] firstGrades, long[] firstGaps, boolean[] recalled, double averageRecall) {
        Map<Integer, Map<Long, int[]>> tallies = new TreeMap<>();
        for (int i = 0; i < firstGrades.length; i++) {
            int[] tally = tallies.computeIfAbsent(firstGrades[i], g -> new TreeMap<>())
                    .computeIfAbsent(firstGaps[i], gap -> new int[2]);
            tally[0] += recalled[i] ? 1 : 0;
            tally[1]++;
        }
        Map<Integer, Double> found = new TreeMap<>();
        Map<Integer, Integer> counts = new TreeMap<>();
        tallies.forEach((grade, byGap) -> {
            List<Group> groups = new ArrayList<>();
            int total = 0;
            for (Map.Entry<Long, int[]> entry : byGap.entrySet()) {
                int[] tally = entry.getValue();
                groups.add(new Group(entry.getKey(), (double) tally[0] / tally[1], tally[1]));
                total += tally[1];
            }
            counts.put(grade, total);
            found.put(grade, search(groups, averageRecall, DEFAULT_S0[grade - 1]));
        });
        return new Result(smoothAndFill(found, counts), counts);
    }

    /**
     * Ternary search over [0.001, 100] for the S0 that minimises {@link #loss}, on recall rates smoothed towards
     * {@code averageRecall} with one pseudo-review per group.
     */
    static double search(List<Group> groups, double averageRecall, double defaultS0) {
        List<Group> smoothed = new ArrayList<>();
        for (Group group : groups) {
            double recall = (group.recall() * group.count() + averageRecall) / (group.count() + 1);
            smoothed.add(new Group(group.gap(), recall, group.count()));
        }
        double low = FsrsModel.S_MIN;
        double high = FsrsModel.INIT_S_MAX;
        double optimal = defaultS0;
        for (int iteration = 0; high - low > Math.ulp(1.0) && iteration < 1000; iteration++) {
            double mid1 = low + (high - low) / 3;
            double mid2 = high - (high - low) / 3;
            if (loss(smoothed, mid1, defaultS0) < loss(smoothed, mid2, defaultS0)) {
                high = mid2;
            } else {
                low = mid1;
            }
            optimal = (high + low) / 2;
        }
        return (float) optimal;
    }

    /** Σ count · BCE(recall, R(gap; s0)) with the default decay, plus |s0 - default| / 16. */
    static double loss(List<Group> groups, double s0, double defaultS0) {
        double factor = Math.pow(0.9, 1 / -DEFAULT_DECAY) - 1;
        double sum = 0;
        for (Group group : groups) {
            double predicted = Math.pow(group.gap() / s0 * factor + 1, -DEFAULT_DECAY);
            sum += -(group.recall() * Math.log(predicted) + (1 - group.recall()) * Math.log(1 - predicted))
                    * group.count();
        }
        return sum + Math.abs(s0 - defaultS0) / L1_SCALE;
    }

    /**
     * fsrs-rs {@code smooth_and_fill}: S0 must not fall as the grade rises (a violation is resolved towards the grade
     * with more data); grades without data are filled by log-linear interpolation; the result is clamped.
     *
     * @param found  grade to S0, for the grades that have one
     * @param counts grade to item count; grades missing here are dropped from {@code found}
     * @throws IllegalArgumentException when no grade is left
     */
    static double[] smoothAndFill(Map<Integer, Double> found, Map<Integer, Integer> counts) {
        Double[] s = new Double[5];
        found.forEach((grade, value) -> {
            if (counts.containsKey(grade)) {
                s[grade] = value;
            }
        });
        int[][] pairs = {{1, 2}, {2, 3}, {3, 4}, {1, 3}, {2, 4}, {1, 4}};
        for (int[] pair : pairs) {
            int small = pair[0];
            int big = pair[1];
            if (s[small] != null && s[big] != null && s[small] > s[big]) {
                if (counts.get(small) > counts.get(big)) {
                    s[big] = s[small];
                } else {
                    s[small] = s[big];
                }
            }
        }
        int known = 0;
        for (int grade = 1; grade <= 4; grade++) {
            known += s[grade] == null ? 0 : 1;
        }
        if (known == 0) {
            throw new IllegalArgumentException("not enough data to estimate initial stabilities");
        }
        if (known == 1) {
            scaleDefaults(s);
        } else if (known < 4) {
            fill(s);
        }
        double[] result = new double[4];
        for (int grade = 1; grade <= 4; grade++) {
            result[grade - 1] = (float) FsrsModel.clamp(s[grade], FsrsModel.S_MIN, FsrsModel.INIT_S_MAX);
        }
        return result;
    }

    /** One grade known: every default is scaled by the same factor (the defaults are already ascending). */
    private static void scaleDefaults(Double[] s) {
        for (int grade = 1; grade <= 4; grade++) {
            if (s[grade] != null) {
                double factor = s[grade] / DEFAULT_S0[grade - 1];
                for (int g = 1; g <= 4; g++) {
                    s[g] = DEFAULT_S0[g - 1] * factor;
                }
                return;
            }
        }
    }

    /** Two or three grades known: the interpolation formulas of fsrs-rs, case by case. */
    private static void fill(Double[] s) {
        Double r1 = s[1];
        Double r2 = s[2];
        Double r3 = s[3];
        Double r4 = s[4];
        boolean two = (r1 == null ? 0 : 1) + (r2 == null ? 0 : 1) + (r3 == null ? 0 : 1) + (r4 == null ? 0 : 1) == 2;
        if (two) {
            if (r1 == null && r2 == null) {
                s[2] = Math.pow(r3, 1 / (1 - W2)) * Math.pow(r4, 1 - 1 / (1 - W2));
                s[1] = Math.pow(s[2], 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r1 == null && r3 == null) {
                s[3] = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
                s[1] = Math.pow(r2, 1 / W1) * Math.pow(s[3], 1 - 1 / W1);
            } else if (r1 == null && r4 == null) {
                s[4] = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
                s[1] = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
            } else if (r2 == null && r3 == null) {
                double k = W1 + W2 - W1 * W2;
                s[2] = Math.pow(r1, W1 / k) * Math.pow(r4, 1 - W1 / k);
                s[3] = Math.pow(r1, 1 - W2 / k) * Math.pow(r4, W2 / k);
            } else if (r2 == null && r4 == null) {
                s[2] = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
                s[4] = Math.pow(s[2], 1 - 1 / W2) * Math.pow(r3, 1 / W2);
            } else if (r3 == null && r4 == null) {
                s[3] = Math.pow(r1, 1 - 1 / (1 - W1)) * Math.pow(r2, 1 / (1 - W1));
                s[4] = Math.pow(r2, 1 - 1 / W2) * Math.pow(s[3], 1 / W2);
            }
            return;
        }
        if (r1 == null) {
            s[1] = Math.pow(r2, 1 / W1) * Math.pow(r3, 1 - 1 / W1);
        } else if (r2 == null) {
            s[2] = Math.pow(r1, W1) * Math.pow(r3, 1 - W1);
        } else if (r3 == null) {
            s[3] = Math.pow(r2, 1 - W2) * Math.pow(r4, W2);
        } else {
            s[4] = Math.pow(r2, 1 - 1 / W2) * Math.pow(r3, 1 / W2);
        }
    }
}
