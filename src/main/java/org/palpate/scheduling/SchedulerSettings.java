package org.palpate.scheduling;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

/**
 * How a learner's cards are scheduled.
 *
 * @param weights             21 FSRS-6 weights; 17 or 19 legacy weights are upgraded to 21 (docs/scheduling.md §1)
 * @param desiredRetention    the probability of recall at which a card becomes due, in (0, 1)
 * @param maximumIntervalDays the longest interval the scheduler will give, at least 1
 * @param learningSteps       waits between the first reviews of a new card (same-day practice)
 * @param relearningSteps     waits between reviews after a lapse
 * @param fuzz                whether review intervals are spread randomly (seeded per card and review)
 * @param shortTerm           true: py-fsrs behaviour with learning steps and same-day stability; false: ts-fsrs
 *                            long-term mode (no steps, every answer schedules whole days, buttons kept ordered)
 */
public record SchedulerSettings(double[] weights, double desiredRetention, int maximumIntervalDays,
                                List<Duration> learningSteps, List<Duration> relearningSteps,
                                boolean fuzz, boolean shortTerm) {

    public SchedulerSettings {
        weights = FsrsModel.upgradeToFsrs6(weights);
        if (!(desiredRetention > 0 && desiredRetention < 1)) {
            throw new IllegalArgumentException("desired retention must be between 0 and 1, was " + desiredRetention);
        }
        if (maximumIntervalDays < 1) {
            throw new IllegalArgumentException("the maximum interval must be at least 1 day, was " + maximumIntervalDays);
        }
        learningSteps = checkedSteps(learningSteps, "learning");
        relearningSteps = checkedSteps(relearningSteps, "relearning");
    }

    /** FSRS-6 default weights, 90 % retention, at most 100 years, steps 1 m, 10 m / 10 m, fuzz and short-term on. */
    public static SchedulerSettings defaults() {
        return new SchedulerSettings(FsrsModel.defaultWeights(), 0.9, 36500,
                List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), List.of(Duration.ofMinutes(10)), true, true);
    }

    public SchedulerSettings withWeights(double[] newWeights) {
        return new SchedulerSettings(newWeights, desiredRetention, maximumIntervalDays, learningSteps,
                relearningSteps, fuzz, shortTerm);
    }

    public SchedulerSettings withDesiredRetention(double retention) {
        return new SchedulerSettings(weights, retention, maximumIntervalDays, learningSteps, relearningSteps,
                fuzz, shortTerm);
    }

    public SchedulerSettings withMaximumIntervalDays(int days) {
        return new SchedulerSettings(weights, desiredRetention, days, learningSteps, relearningSteps, fuzz, shortTerm);
    }

    public SchedulerSettings withSteps(List<Duration> learning, List<Duration> relearning) {
        return new SchedulerSettings(weights, desiredRetention, maximumIntervalDays, learning, relearning, fuzz,
                shortTerm);
    }

    public SchedulerSettings withFuzz(boolean enabled) {
        return new SchedulerSettings(weights, desiredRetention, maximumIntervalDays, learningSteps, relearningSteps,
                enabled, shortTerm);
    }

    public SchedulerSettings withShortTerm(boolean enabled) {
        return new SchedulerSettings(weights, desiredRetention, maximumIntervalDays, learningSteps, relearningSteps,
                fuzz, enabled);
    }

    /** A copy: the record must stay immutable. */
    @Override
    public double[] weights() {
        return weights.clone();
    }

    // Records compare arrays by reference; settings are values, so compare the weights' contents.
    @Override
    public boolean equals(Object other) {
        return other instanceof SchedulerSettings that
                && Arrays.equals(weights, that.weights)
                && Double.compare(desiredRetention, that.desiredRetention) == 0
                && maximumIntervalDays == that.maximumIntervalDays
                && learningSteps.equals(that.learningSteps)
                && relearningSteps.equals(that.relearningSteps)
                && fuzz == that.fuzz
                && shortTerm == that.shortTerm;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(weights) + java.util.Objects.hash(desiredRetention, maximumIntervalDays,
                learningSteps, relearningSteps, fuzz, shortTerm);
    }

    @Override
    public String toString() {
        return "SchedulerSettings[weights=" + Arrays.toString(weights) + ", desiredRetention=" + desiredRetention
                + ", maximumIntervalDays=" + maximumIntervalDays + ", learningSteps=" + learningSteps
                + ", relearningSteps=" + relearningSteps + ", fuzz=" + fuzz + ", shortTerm=" + shortTerm + "]";
    }

    private static List<Duration> checkedSteps(List<Duration> steps, String kind) {
        if (steps == null) {
            throw new IllegalArgumentException(kind + " steps are required (use an empty list for none)");
        }
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException(kind + " steps must be positive durations: " + steps);
            }
        }
        return List.copyOf(steps);
    }
}
