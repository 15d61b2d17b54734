package org.palpate.quiz;

/**
 * The verdict on one answer. {@code given} is the answer as recorded in the review log, in the learner's terms
 * (the keys and texts they saw); {@code expected} is the right answer, readable; {@code feedback} is what the author
 * wrote for a wrong choice the learner picked (may be null); {@code close} marks a short answer one or two letters
 * off, which the learner may retype once before it counts (it is never right by itself).
 */
public record Graded(boolean correct, String given, String expected, String feedback, boolean close) {

    public Graded(boolean correct, String given, String expected, String feedback) {
        this(correct, given, expected, feedback, false);
    }

    Graded asClose() {
        return new Graded(correct, given, expected, feedback, true);
    }
}
