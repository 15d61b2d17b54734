package org.palpate.scheduling;

import java.time.Instant;

/**
 * Everything the scheduler needs to know about one card of one learner.
 *
 * @param phase      where the card is in the learning cycle
 * @param step       index into the learning or relearning steps; 0 in the NEW and REVIEW phases
 * @param stability  FSRS stability in days; 0 while NEW
 * @param difficulty FSRS difficulty in [1, 10]; 0 while NEW
 * @param due        when the card should be reviewed next
 * @param lastReview when the card was last reviewed; null while NEW
 * @param reps       how many reviews the card has had
 * @param lapses     how many times the card was forgotten (Again) in the REVIEW phase
 */
public record CardState(Phase phase, int step, double stability, double difficulty,
                        Instant due, Instant lastReview, int reps, int lapses) {

    public CardState {
        if (phase == null || due == null) {
            throw new IllegalArgumentException("a card state needs a phase and a due time");
        }
        if (step < 0 || reps < 0 || lapses < 0) {
            throw new IllegalArgumentException("step, reps and lapses cannot be negative");
        }
        if (phase != Phase.NEW) {
            if (lastReview == null) {
                throw new IllegalArgumentException("a card in phase " + phase + " must have a last review time");
            }
            if (!(stability > 0) || !Double.isFinite(stability) || !Double.isFinite(difficulty)) {
                throw new IllegalArgumentException("a card in phase " + phase
                        + " needs a positive stability and a finite difficulty, had S=" + stability + ", D=" + difficulty);
            }
        }
    }

    /** A card that has never been reviewed and is due at once. */
    public static CardState newCard(Instant now) {
        return new CardState(Phase.NEW, 0, 0, 0, now, null, 0, 0);
    }

    public MemoryState memory() {
        return new MemoryState(stability, difficulty);
    }
}
