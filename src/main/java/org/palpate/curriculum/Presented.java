package org.palpate.curriculum;

import java.util.List;

/**
 * A question as the learner sees it: choices shuffled (so that positions cannot be memorised) with keys that stay
 * the same between {@code quiz next} and {@code quiz answer}, even across processes, because the shuffle is seeded.
 * {@code choices} holds single/multiple choices, true/false, or the items to put in order; {@code left} and
 * {@code right} hold the two columns of a matching question; a typed answer (short, cloze, numerical) has none.
 */
public record Presented(Question question, List<Option> choices, List<Option> left, List<Option> right) {

    public Presented {
        choices = List.copyOf(choices);
        left = List.copyOf(left);
        right = List.copyOf(right);
    }

    static Presented typed(Question question) {
        return new Presented(question, List.of(), List.of(), List.of());
    }
}
