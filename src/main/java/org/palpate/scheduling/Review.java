package org.palpate.scheduling;

/**
 * One past review of a card, for evaluation and training.
 *
 * @param day    calendar-day number of the review (the caller decides the day boundary, e.g. 04:00 local time)
 * @param rating the answer given
 */
public record Review(long day, Rating rating) {
    public Review {
        if (rating == null) {
            throw new IllegalArgumentException("a review needs a rating");
        }
    }
}
