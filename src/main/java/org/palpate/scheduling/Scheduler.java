package org.palpate.scheduling;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Schedules reviews with FSRS-6. With {@code shortTerm} on (the default) it follows the py-fsrs state machine
 * (docs/scheduling.md §1.4): learning and relearning steps within the day, same-day reviews updating stability with the
 * short-term formula. With {@code shortTerm} off it follows ts-fsrs's long-term scheduler: every answer schedules
 * whole days and the buttons are kept ordered (again ≤ hard &lt; good &lt; easy).
 *
 * <p>Elapsed time is counted in whole 24-hour periods since the last review, as py-fsrs does. Instances are
 * immutable and thread-safe if the {@link FuzzSource} is.
 */
public final class Scheduler {
    private final SchedulerSettings settings;
    private final FuzzSource fuzz;
    private final FsrsModel model;

    /**
     * @param fuzz where fuzz fractions come from; may be null only when {@code settings.fuzz()} is off
     */
    public Scheduler(SchedulerSettings settings, FuzzSource fuzz) {
        if (settings == null) {
            throw new IllegalArgumentException("settings are required");
        }
        if (settings.fuzz() && fuzz == null) {
            throw new IllegalArgumentException("a fuzz source is required when fuzz is enabled");
        }
        this.settings = settings;
        this.fuzz = fuzz;
        this.model = new FsrsModel(settings.weights());
    }

    public SchedulerSettings settings() {
        return settings;
    }

    public FsrsModel model() {
        return model;
    }

    /**
     * All four outcomes at once, for a review at {@code now}.
     *
     * @param cardSeed identifies the card (e.g. a hash of learner and question id); fuzz is seeded with it and the
     *                 card's review count, so the same review always gets the same fuzz and the next one a new one
     */
    public NextStates next(CardState card, Instant now, long cardSeed) {
        if (card == null || now == null) {
            throw new IllegalArgumentException("a card and the time of the review are required");
        }
        long elapsedDays = elapsedDays(card, now);
        double fraction = settings.fuzz() ? fuzzFraction(cardSeed, card.reps()) : Double.NaN;
        return settings.shortTerm()
                ? new StepwiseRules(card, now, elapsedDays, fraction).nextStates()
                : longTermNextStates(card, now, elapsedDays, fraction);
    }

    /** The card after the learner answers {@code rating} at {@code now}. */
    public CardState review(CardState card, Rating rating, Instant now, long cardSeed) {
        return next(card, now, cardSeed).of(rating).card();
    }

    /** Probability that the learner recalls the card at {@code now}; 0 for a card never seen. */
    public double retrievability(CardState card, Instant now) {
        if (card.phase() == Phase.NEW) {
            return 0;
        }
        return model.retrievability(elapsedDays(card, now), card.stability());
    }

    /** Whole 24-hour periods since the last review, never negative (py-fsrs: {@code (now - last_review).days}). */
    static long elapsedDays(CardState card, Instant now) {
        if (card.lastReview() == null) {
            return 0;
        }
        return Math.max(0, Duration.between(card.lastReview(), now).toDays());
    }

    /** Mixes card and review count (SplitMix64 finaliser) so that neighbouring seeds give unrelated fractions. */
    static long fuzzSeed(long cardSeed, int reps) {
        long z = cardSeed + 0x9E3779B97F4A7C15L * (reps + 1L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    private double fuzzFraction(long cardSeed, int reps) {
        double fraction = fuzz.fraction(fuzzSeed(cardSeed, reps));
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalStateException("the fuzz source returned " + fraction + ", outside [0, 1)");
        }
        return fraction;
    }

    /** Whole days for a review interval, fuzzed when a fraction is given, within [minimum, maximum interval]. */
    private int reviewDays(double stability, int minimum, double fraction) {
        double interval = model.interval(stability, settings.desiredRetention());
        int maximum = settings.maximumIntervalDays();
        return Double.isNaN(fraction)
                ? FuzzRange.unfuzzed(interval, minimum, maximum)
                : FuzzRange.around(interval, minimum, maximum).pick(fraction);
    }

    private NextStates longTermNextStates(CardState card, Instant now, long elapsedDays, double fraction) {
        MemoryState[] memory = new MemoryState[4];
        for (Rating rating : Rating.values()) {
            memory[rating.ordinal()] = card.phase() == Phase.NEW
                    ? model.initial(rating)
                    : model.next(card.memory(), elapsedDays, rating, false);
        }
        // ts-fsrs's ordering: again ≤ hard, hard ≥ again + 1, good ≥ hard + 1, easy ≥ good + 1.
        int maximum = settings.maximumIntervalDays();
        int hard = reviewDays(memory[Rating.HARD.ordinal()].stability(), 1, fraction);
        int again = Math.min(reviewDays(memory[Rating.AGAIN.ordinal()].stability(), 1, fraction), hard);
        hard = Math.min(Math.max(hard, again + 1), maximum);
        int good = reviewDays(memory[Rating.GOOD.ordinal()].stability(), hard + 1, fraction);
        int easy = reviewDays(memory[Rating.EASY.ordinal()].stability(), good + 1, fraction);
        int[] days = {again, hard, good, easy};
        Outcome[] outcomes = new Outcome[4];
        for (Rating rating : Rating.values()) {
            int i = rating.ordinal();
            boolean lapse = rating == Rating.AGAIN && card.phase() == Phase.REVIEW;
            outcomes[i] = outcome(card, now, rating, memory[i], Phase.REVIEW, 0, Duration.ofDays(days[i]), lapse);
        }
        return new NextStates(outcomes[0], outcomes[1], outcomes[2], outcomes[3]);
    }

    private static Outcome outcome(CardState card, Instant now, Rating rating, MemoryState memory, Phase phase,
                                   int step, Duration wait, boolean lapse) {
        CardState next = new CardState(phase, step, memory.stability(), memory.difficulty(), now.plus(wait), now,
                card.reps() + 1, card.lapses() + (lapse ? 1 : 0));
        return new Outcome(rating, next, wait);
    }

    /** The py-fsrs state machine for one review; a small object so that the per-rating rules read top-down. */
    private final class StepwiseRules {
        private final CardState card;
        private final Instant now;
        private final long elapsedDays;
        private final double fraction;

        StepwiseRules(CardState card, Instant now, long elapsedDays, double fraction) {
            this.card = card;
            this.now = now;
            this.elapsedDays = elapsedDays;
            this.fraction = fraction;
        }

        NextStates nextStates() {
            return new NextStates(outcome(Rating.AGAIN), outcome(Rating.HARD), outcome(Rating.GOOD),
                    outcome(Rating.EASY));
        }

        private Outcome outcome(Rating rating) {
            MemoryState memory = card.phase() == Phase.NEW
                    ? model.initial(rating)
                    : model.next(card.memory(), elapsedDays, rating, true);
            return switch (card.phase()) {
                case NEW -> throughSteps(rating, memory, settings.learningSteps(), Phase.LEARNING, 0);
                case LEARNING -> throughSteps(rating, memory, settings.learningSteps(), Phase.LEARNING, card.step());
                case RELEARNING ->
                        throughSteps(rating, memory, settings.relearningSteps(), Phase.RELEARNING, card.step());
                case REVIEW -> fromReview(rating, memory);
            };
        }

        private Outcome fromReview(Rating rating, MemoryState memory) {
            List<Duration> relearning = settings.relearningSteps();
            boolean lapse = rating == Rating.AGAIN;
            if (lapse && !relearning.isEmpty()) {
                return Scheduler.outcome(card, now, rating, memory, Phase.RELEARNING, 0, relearning.get(0), true);
            }
            return graduate(rating, memory, lapse);
        }

        /** Learning and relearning share these rules; only the list of steps and the phase differ. */
        private Outcome throughSteps(Rating rating, MemoryState memory, List<Duration> steps, Phase phase, int step) {
            // A card may sit beyond the last step if the steps were shortened since; passing answers graduate it.
            if (steps.isEmpty() || (step >= steps.size() && rating != Rating.AGAIN)) {
                return graduate(rating, memory, false);
            }
            return switch (rating) {
                case AGAIN -> Scheduler.outcome(card, now, rating, memory, phase, 0, steps.get(0), false);
                case HARD -> Scheduler.outcome(card, now, rating, memory, phase, step, hardWait(steps, step), false);
                case GOOD -> step + 1 >= steps.size()
                        ? graduate(rating, memory, false)
                        : Scheduler.outcome(card, now, rating, memory, phase, step + 1, steps.get(step + 1), false);
                case EASY -> graduate(rating, memory, false);
            };
        }

        /** Hard repeats the current step; on the first step it waits between the first two steps (or 1.5 × one). */
        private Duration hardWait(List<Duration> steps, int step) {
            if (step > 0) {
                return steps.get(step);
            }
            return steps.size() == 1
                    ? steps.get(0).multipliedBy(3).dividedBy(2)
                    : steps.get(0).plus(steps.get(1)).dividedBy(2);
        }

        private Outcome graduate(Rating rating, MemoryState memory, boolean lapse) {
            Duration wait = Duration.ofDays(reviewDays(memory.stability(), 1, fraction));
            return Scheduler.outcome(card, now, rating, memory, Phase.REVIEW, 0, wait, lapse);
        }
    }
}
