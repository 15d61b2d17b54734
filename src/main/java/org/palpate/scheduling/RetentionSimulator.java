package org.palpate.scheduling;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What a desired retention costs and gives, by simulating a learner's days ahead in the manner of fsrs-rs's
 * {@code simulate} ({@code simulation.rs}; docs/optimizer.md, "Retention simulator"): each day the due cards are
 * reviewed (recalled with probability R, rated Good or Again), the memory model updates them and schedules the next
 * review at the desired retention, and new cards are introduced up to the daily limit. Deterministic: the same seed
 * draws the same random numbers for every retention compared, so the differences come from the retention alone.
 */
public final class RetentionSimulator {
    private static final int MAXIMUM_INTERVAL = 36_500;

    private final FsrsModel model;

    public RetentionSimulator(FsrsModel model) {
        this.model = model;
    }

    /**
     * A card the learner has reviewed.
     *
     * @param stability   days until recall falls to 90 %
     * @param difficulty  1..10
     * @param dueDay      day of the next review, from today (0; overdue cards are due today)
     * @param lastDay     day of the last review (0 today, negative before)
     */
    public record Card(double stability, double difficulty, int dueDay, int lastDay) {
    }

    /**
     * What the learner has and does.
     *
     * @param cards          cards already reviewed
     * @param newCards       questions never seen, introduced in order at {@code newPerDay}
     * @param newPerDay      the daily limit of new questions
     * @param firstPassRate  probability that the first answer to a new question is right
     */
    public record Learner(List<Card> cards, int newCards, int newPerDay, double firstPassRate) {
    }

    /**
     * The outcome at one desired retention.
     *
     * @param desiredRetention  the retention the schedule aims at
     * @param reviewsPerDay     average reviews per day over the horizon, new questions included
     * @param expectedRecall    mean probability of recall on the last day over all questions, unseen ones as 0
     */
    public record Outcome(double desiredRetention, double reviewsPerDay, double expectedRecall) {
    }

    /** Simulates {@code days} days at each retention in {@code retentions}. */
    public List<Outcome> compare(Learner learner, int days, double[] retentions, long seed) {
        List<Outcome> outcomes = new ArrayList<>();
        for (double retention : retentions) {
            outcomes.add(simulate(learner, days, retention, seed));
        }
        return outcomes;
    }

    public Outcome simulate(Learner learner, int days, double desiredRetention, long seed) {
        if (days < 1) {
            throw new IllegalArgumentException("simulate at least one day");
        }
        SplittableRandom random = new SplittableRandom(seed);
        int total = learner.cards().size() + learner.newCards();
        double[] s = new double[total];
        double[] d = new double[total];
        int[] due = new int[total];
        int[] last = new int[total];
        int known = 0;
        for (Card card : learner.cards()) {
            s[known] = card.stability();
            d[known] = card.difficulty();
            due[known] = Math.max(0, card.dueDay());
            last[known] = Math.min(0, card.lastDay());
            known++;
        }
        int introduced = known;
        long reviews = 0;
        for (int day = 0; day < days; day++) {
            for (int i = 0; i < introduced; i++) {
                if (due[i] > day) {
                    continue;
                }
                double r = model.retrievability(day - last[i], s[i]);
                Rating rating = random.nextDouble() < r ? Rating.GOOD : Rating.AGAIN;
                MemoryState next = model.next(new MemoryState(s[i], d[i]), day - last[i], rating);
                schedule(i, next, day, desiredRetention, s, d, due, last);
                reviews++;
            }
            int fresh = Math.min(learner.newPerDay(), total - introduced);
            for (int k = 0; k < fresh; k++) {
                Rating rating = random.nextDouble() < learner.firstPassRate() ? Rating.GOOD : Rating.AGAIN;
                schedule(introduced, model.initial(rating), day, desiredRetention, s, d, due, last);
                introduced++;
                reviews++;
            }
        }
        double recall = 0;
        for (int i = 0; i < introduced; i++) {
            recall += model.retrievability(days - last[i], s[i]);
        }
        return new Outcome(desiredRetention, (double) reviews / days, total == 0 ? 0 : recall / total);
    }

    private void schedule(int i, MemoryState state, int day, double retention, double[] s, double[] d, int[] due,
                          int[] last) {
        s[i] = state.stability();
        d[i] = state.difficulty();
        last[i] = day;
        long interval = Math.round(model.interval(state.stability(), retention));
        due[i] = day + (int) Math.max(1, Math.min(interval, MAXIMUM_INTERVAL));
    }
}
