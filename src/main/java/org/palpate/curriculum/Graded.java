package org.palpate.curriculum;

import java.util.Map;

/**
 * The verdict on one answer. {@code given} is the answer in the learner's terms (the keys and texts they saw), for
 * people; {@code response} is the same answer as data for the review log and the item analysis, independent of any
 * one layout's letters (see {@link AnswerKey#grade}); {@code expected} is the right answer, readable; {@code feedback}
 * is what the author wrote for a wrong choice the learner picked (may be null); {@code close} marks a typed answer one
 * or two letters off, which the learner may retype once before it counts (it is never right by itself).
 */
public record Graded(boolean correct, String given, Map<String, Object> response, String expected, String feedback,
                     boolean close) {

    public Graded {
        response = Map.copyOf(response);
    }

    Graded(boolean correct, String given, Map<String, Object> response, String expected, String feedback) {
        this(correct, given, response, expected, feedback, false);
    }

    public Graded asClose() {
        return new Graded(correct, given, response, expected, feedback, true);
    }
}
