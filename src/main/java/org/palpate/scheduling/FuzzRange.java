package org.palpate.scheduling;

/**
 * The whole-day range a review interval may be fuzzed into, so that cards learnt together do not stay due together.
 * Same ranges as py-fsrs, ts-fsrs and Anki: ±1 day plus 15 % of the part of the interval between 2.5 and 7 days,
 * 10 % of the part between 7 and 20 days and 5 % beyond 20 days; none below 2.5 days. Bounds and the pick follow
 * Anki's {@code fuzz.rs}, which respects a minimum (used to keep the buttons ordered) and a maximum interval.
 */
public record FuzzRange(int lower, int upper) {
    public FuzzRange {
        if (lower < 1 || upper < lower) {
            throw new IllegalArgumentException("invalid fuzz range [" + lower + ", " + upper + "]");
        }
    }

    /**
     * The range around {@code intervalDays}, kept within [minimum, maximum]. When the range would be a single day
     * above 2 and below the maximum it is widened by one day, so that fuzz still has an effect.
     */
    public static FuzzRange around(double intervalDays, int minimum, int maximum) {
        int min = Math.max(1, Math.min(minimum, maximum));
        double interval = Math.max(min, Math.min(maximum, intervalDays));
        double delta = delta(interval);
        int lower = clamp(roundHalfUp(interval - delta), min, maximum);
        int upper = clamp(roundHalfUp(interval + delta), min, maximum);
        if (upper == lower && upper > 2 && upper < maximum) {
            upper = lower + 1;
        }
        return new FuzzRange(lower, upper);
    }

    /** The interval without fuzz: rounded, then kept within [minimum, maximum]. */
    public static int unfuzzed(double intervalDays, int minimum, int maximum) {
        int min = Math.max(1, Math.min(minimum, maximum));
        return clamp(roundHalfUp(Math.min(intervalDays, maximum)), min, maximum);
    }

    /** Picks a day uniformly from the range: {@code fraction} 0 gives the lower bound, just under 1 the upper. */
    public int pick(double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("a fuzz fraction must be in [0, 1), was " + fraction);
        }
        return Math.min(upper, (int) Math.floor(lower + fraction * (1 + upper - lower)));
    }

    /** How far the interval may move in each direction. */
    static double delta(double intervalDays) {
        if (intervalDays < 2.5) {
            return 0;
        }
        return 1 + 0.15 * share(intervalDays, 2.5, 7) + 0.10 * share(intervalDays, 7, 20)
                + 0.05 * share(intervalDays, 20, Double.MAX_VALUE);
    }

    private static double share(double interval, double start, double end) {
        return Math.max(Math.min(interval, end) - start, 0);
    }

    /** Rust's f32::round for positive numbers (half away from zero), which Anki's bounds use. */
    private static int roundHalfUp(double value) {
        return (int) Math.min(Integer.MAX_VALUE, Math.floor(value + 0.5));
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }
}
