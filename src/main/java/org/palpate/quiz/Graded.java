package org.palpate.quiz;

/**
 * The verdict on one answer. {@code given} is the answer as recorded in the review log, in the learner's terms
 * (the keys and texts they saw); {@code expected} is the right answer, readable; {@code feedback} is what the author
 * wrote for a wrong choice the learner picked (may be null).
 */
public record Graded(boolean correct, String given, String expected, String feedback) {
}
