package org.palpate.scheduling;

import java.time.Duration;

/** What happens to a card if the learner answers with {@code rating}: its new state and the wait until it is due. */
public record Outcome(Rating rating, CardState card, Duration interval) {
    public Outcome {
        if (rating == null || card == null || interval == null) {
            throw new IllegalArgumentException("rating, card and interval are required");
        }
    }
}
