package org.palpate.quiz;

import java.time.Instant;

import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Rating;

/**
 * One row of the append-only review log: what was answered, how it was graded, and the card before and after.
 * {@code answer} is the answer in the learner's terms, for people; {@code response} the same as data (JSON, see
 * {@link ResponseJson}), null for reviews imported from elsewhere.
 */
public record ReviewEntry(long id, long learnerId, String questionId, String contentHash, Long sessionId,
        Instant reviewedAt, Rating rating, boolean correct, String answer, Long responseMillis, double elapsedDays,
        String response, CardState before, CardState after) {
}
