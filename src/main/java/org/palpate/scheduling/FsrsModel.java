package org.palpate.scheduling;

import java.util.Arrays;

/**
 * The FSRS-6 memory model: the pure formulas of docs/scheduling.md §1 (fsrs-rs {@code model.rs}, py-fsrs, ts-fsrs), in double
 * precision. It knows nothing about clocks, learning steps or fuzz; {@link Scheduler} adds those.
 *
 * <p>Weights of length 17 (FSRS-4.5) and 19 (FSRS-5) are upgraded to 21 as fsrs-rs does, then clamped to the
 * ranges of fsrs-rs {@code parameter_clipper.rs}.
 */
public final class FsrsModel {
    public static final double S_MIN = 0.001;
    public static final double S_MAX = 36500;
    public static final double D_MIN = 1;
    public static final double D_MAX = 10;
    /** Upper bound for the initial stabilities w0..w3 (fsrs-rs {@code INIT_S_MAX}). */
    static final double INIT_S_MAX = 100;
    /** The decay that FSRS-4.5 and FSRS-5 used implicitly; legacy weight vectors get it as w20. */
    static final double FSRS5_DECAY = 0.5;

    private static final double[] DEFAULT_WEIGHTS = {
            0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
            1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542};

    private final double[] w;
    private final double decay;
    /** Chosen so that R(t = S) = 0.9 whatever the decay. */
    private final double factor;

    /**
     * @param weights 21 FSRS-6 weights, or 17/19 legacy weights (upgraded); values outside the fsrs-rs ranges are
     *                clamped. The short-term floor for w19 is not applied, so legacy sets with w19 = 0 keep it.
     */
    public FsrsModel(double[] weights) {
        this.w = clip(upgradeToFsrs6(weights), 1, false);
        this.decay = -w[20];
        this.factor = Math.pow(0.9, 1 / decay) - 1;
    }

    public static FsrsModel defaults() {
        return new FsrsModel(DEFAULT_WEIGHTS);
    }

    /** The FSRS-6 default weights (medians over 10 000 collections, docs/scheduling.md §1.1). */
    public static double[] defaultWeights() {
        return DEFAULT_WEIGHTS.clone();
    }

    /** A copy of the 21 weights in use (after upgrade and clamping). */
    public double[] weights() {
        return w.clone();
    }

    /**
     * Upgrades a legacy weight vector to FSRS-6 (fsrs-rs {@code check_and_fill_parameters}): 17 weights (FSRS-4.5)
     * get a new difficulty parameterisation and [0, 0, 0, 0.5]; 19 weights (FSRS-5) get [0, 0.5]. Returns a copy.
     *
     * @throws IllegalArgumentException for another length or a non-finite value
     */
    public static double[] upgradeToFsrs6(double[] weights) {
        if (weights == null) {
            throw new IllegalArgumentException("weights are required");
        }
        for (double value : weights) {
            if (!Double.isFinite(value)) {
                throw new IllegalArgumentException("weights must be finite numbers: " + Arrays.toString(weights));
            }
        }
        double[] upgraded = Arrays.copyOf(weights, 21);
        switch (weights.length) {
            case 21 -> { }
            case 19 -> upgraded[20] = FSRS5_DECAY;
            case 17 -> {
                // FSRS-4.5 modelled D0 linearly; these reproduce its D0(1) and D0(4) with the exponential form.
                upgraded[4] = weights[4] + 2 * weights[5];
                upgraded[5] = Math.log(1 + 3 * weights[5]) / 3;
                upgraded[6] = weights[6] + 0.5;
                upgraded[20] = FSRS5_DECAY;
            }
            default -> throw new IllegalArgumentException(
                    "FSRS needs 21 weights (or 17/19 from older versions), got " + weights.length);
        }
        return upgraded;
    }

    /**
     * Clamps weights into the ranges fsrs-rs enforces after every optimizer step ({@code parameter_clipper.rs}).
     * Shorter vectors are clamped position by position. Returns a copy.
     *
     * @param relearningSteps with more than one relearning step w17 and w18 are capped lower, so that repeated
     *                        same-day lapses cannot raise stability above its pre-lapse value
     * @param shortTerm       whether short-term (same-day) stability is trained; then w19 is at least 0.01
     */
    public static double[] clip(double[] weights, int relearningSteps, boolean shortTerm) {
        double[] clipped = weights.clone();
        double w17w18Ceiling = 2.0;
        if (clipped.length > 14 && relearningSteps > 1) {
            double bound = -(Math.log(clipped[11]) + Math.log(Math.pow(2, clipped[13]) - 1) + clipped[14] * 0.3)
                    / relearningSteps;
            // written so that a NaN bound (w11 <= 0 before clamping) falls back to 0.01, as Rust's f32::max does
            w17w18Ceiling = Math.min(2.0, Math.sqrt(bound > 0.01 ? bound : 0.01));
        }
        double[][] ranges = {
                {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX}, {S_MIN, INIT_S_MAX},
                {D_MIN, D_MAX}, {0.001, 4.0}, {0.001, 4.0}, {0.001, 0.75}, {0.0, 4.5}, {0.0, 0.8}, {0.001, 3.5},
                {0.001, 5.0}, {0.001, 0.25}, {0.001, 0.9}, {0.0, 4.0}, {0.0, 1.0}, {1.0, 6.0},
                {0.0, w17w18Ceiling}, {0.0, w17w18Ceiling}, {shortTerm ? 0.01 : 0.0, 0.8}, {0.1, 0.8}};
        for (int i = 0; i < Math.min(clipped.length, ranges.length); i++) {
            clipped[i] = clamp(clipped[i], ranges[i][0], ranges[i][1]);
        }
        return clipped;
    }

    /** The decay exponent of the forgetting curve (negative: -w20). */
    public double decay() {
        return decay;
    }

    /** Probability of recall after {@code elapsedDays} (negative counts as 0) for a memory of this stability. */
    public double retrievability(double elapsedDays, double stability) {
        double t = Math.max(0, elapsedDays);
        return Math.pow(1 + factor * t / Math.max(stability, S_MIN), decay);
    }

    /** The memory state after the first ever review of a card. */
    public MemoryState initial(Rating rating) {
        return new MemoryState(clamp(initialStability(rating), S_MIN, S_MAX),
                clamp(initialDifficulty(rating), D_MIN, D_MAX));
    }

    /** S0(G) = w[G-1]. */
    public double initialStability(Rating rating) {
        return w[rating.grade() - 1];
    }

    /** D0(G) = w4 - e^(w5 (G-1)) + 1, not clamped: mean reversion uses the raw D0(Easy). */
    public double initialDifficulty(Rating rating) {
        return w[4] - Math.exp(w[5] * (rating.grade() - 1)) + 1;
    }

    /**
     * One review, in the order of fsrs-rs {@code step}: clamp the previous state, compute R, then the new S
     * (short-term formula when the review is on the same day) and D.
     *
     * @param previous    the state before this review, or null for the first review of a card
     * @param elapsedDays days since the previous review; below one day counts as the same day, as in py-fsrs
     */
    public MemoryState next(MemoryState previous, double elapsedDays, Rating rating) {
        return next(previous, elapsedDays, rating, true);
    }

    /**
     * Like {@link #next(MemoryState, double, Rating)}; with {@code shortTerm = false} it behaves like ts-fsrs's
     * long-term mode: same-day reviews use the long-term formulas (with R = 1), and a lapse is capped at the
     * previous stability instead of S / e^(w17 w18).
     */
    public MemoryState next(MemoryState previous, double elapsedDays, Rating rating, boolean shortTerm) {
        if (previous == null) {
            return initial(rating);
        }
        double s = clamp(previous.stability(), S_MIN, S_MAX);
        double d = clamp(previous.difficulty(), D_MIN, D_MAX);
        double t = Math.max(0, elapsedDays);
        double newS;
        if (shortTerm && t < 1) {
            newS = shortTermStability(s, rating);
        } else {
            double r = retrievability(t, s);
            if (rating == Rating.AGAIN) {
                double lapse = lapseStability(s, d, r);
                newS = shortTerm ? Math.min(lapse, s / Math.exp(w[17] * w[18])) : Math.min(lapse, s);
            } else {
                newS = stabilityAfterRecall(s, d, r, rating);
            }
        }
        return new MemoryState(clamp(newS, S_MIN, S_MAX), nextDifficulty(d, rating));
    }

    /** D after a review: linear damping towards 10, mean reversion towards D0(Easy), clamp to [1, 10]. */
    public double nextDifficulty(double difficulty, Rating rating) {
        double damped = dampedDifficulty(difficulty, rating);
        return clamp(w[7] * initialDifficulty(Rating.EASY) + (1 - w[7]) * damped, D_MIN, D_MAX);
    }

    /** D + ΔD (10 - D) / 9 with ΔD = -w6 (G - 3): changes shrink as D approaches 10. */
    double dampedDifficulty(double difficulty, Rating rating) {
        double delta = -w[6] * (rating.grade() - 3);
        return difficulty + delta * (10 - difficulty) / 9;
    }

    /** S'_r: stability after a successful review (Hard, Good, Easy) at retrievability {@code r}. */
    public double stabilityAfterRecall(double s, double d, double r, Rating rating) {
        double hardPenalty = rating == Rating.HARD ? w[15] : 1;
        double easyBonus = rating == Rating.EASY ? w[16] : 1;
        return s * (1 + Math.exp(w[8]) * (11 - d) * Math.pow(s, -w[9]) * (Math.exp(w[10] * (1 - r)) - 1)
                * hardPenalty * easyBonus);
    }

    /** S'_f: stability after a lapse (Again) at retrievability {@code r}, capped at S / e^(w17 w18). */
    public double stabilityAfterLapse(double s, double d, double r) {
        return Math.min(lapseStability(s, d, r), s / Math.exp(w[17] * w[18]));
    }

    private double lapseStability(double s, double d, double r) {
        return w[11] * Math.pow(d, -w[12]) * (Math.pow(s + 1, w[13]) - 1) * Math.exp(w[14] * (1 - r));
    }

    /** S'_st: stability after a same-day review; only Again may lower it. */
    public double shortTermStability(double s, Rating rating) {
        double increase = Math.exp(w[17] * (rating.grade() - 3 + w[18])) * Math.pow(s, -w[19]);
        return s * (rating.isRecall() ? Math.max(increase, 1) : increase);
    }

    /** Days until retrievability falls to {@code desiredRetention}; unrounded and unbounded. */
    public double interval(double stability, double desiredRetention) {
        if (!(desiredRetention > 0 && desiredRetention <= 1)) {
            throw new IllegalArgumentException("desired retention must be in (0, 1], was " + desiredRetention);
        }
        return stability / factor * (Math.pow(desiredRetention, 1 / decay) - 1);
    }

    /**
     * Estimates a memory state from an SM-2 card (fsrs-rs {@code memory_state_from_sm2}), for imported history.
     *
     * @param sm2Retention the retention the SM-2 schedule is assumed to have achieved, e.g. 0.9
     */
    public MemoryState fromSm2(double easeFactor, double intervalDays, double sm2Retention) {
        double stability = Math.max(intervalDays, S_MIN) * factor / (Math.pow(sm2Retention, 1 / decay) - 1);
        double difficulty = 11 - (easeFactor - 1)
                / (Math.exp(w[8]) * Math.pow(stability, -w[9]) * Math.expm1((1 - sm2Retention) * w[10]));
        return new MemoryState(stability, clamp(difficulty, D_MIN, D_MAX));
    }

    static double clamp(double value, double low, double high) {
        return Math.max(low, Math.min(high, value));
    }
}
