package org.palpate.scheduling;

import java.time.Duration;
import java.time.Instant;

/**
 * Study toward an exam date (docs/mastery.md). A review scheduled for after the exam whose predicted recall on the exam
 * day would be under the desired retention is brought forward to a day in the second half of the time left before the
 * exam, picked by a fraction seeded per card, so that such reviews spread over those days instead of piling up on the
 * last one. Learning
 * steps, reviews due before the exam, and everything once the exam day has come are left as the scheduler made them.
 *
 * @param examDay         when the exam day starts
 * @param desiredRetention the recall the learner aims at, on the exam day too
 */
public record ExamPlan(Instant examDay, double desiredRetention) {

    /** The card as scheduled, or the same card due earlier when the rule applies. */
    public CardState adjust(CardState next, Instant now, FsrsModel model, double fraction) {
        if (next.phase() != Phase.REVIEW || !now.isBefore(examDay) || !next.due().isAfter(examDay)) {
            return next;
        }
        long daysLeft = Duration.between(now, examDay).toDays();
        if (daysLeft < 1 || model.retrievability(daysLeft, next.stability()) >= desiredRetention) {
            return next;
        }
        // the second half of the days left: late enough to carry to the exam, spread so that the last day has no pile-up
        long first = Math.max(1, (daysLeft + 1) / 2);
        long last = Math.max(first, daysLeft - 1);
        long day = first + Math.min(last - first, (long) Math.floor(fraction * (last - first + 1)));
        return new CardState(next.phase(), next.step(), next.stability(), next.difficulty(), now.plus(Duration.ofDays(day)),
                next.lastReview(), next.reps(), next.lapses());
    }

    /** Every outcome adjusted; the waits follow the new due times. */
    public NextStates adjust(NextStates states, Instant now, FsrsModel model, double fraction) {
        return new NextStates(adjust(states.again(), now, model, fraction), adjust(states.hard(), now, model, fraction),
                adjust(states.good(), now, model, fraction), adjust(states.easy(), now, model, fraction));
    }

    private Outcome adjust(Outcome outcome, Instant now, FsrsModel model, double fraction) {
        CardState card = adjust(outcome.card(), now, model, fraction);
        return card == outcome.card() ? outcome : new Outcome(outcome.rating(), card, Duration.between(now, card.due()));
    }
}
