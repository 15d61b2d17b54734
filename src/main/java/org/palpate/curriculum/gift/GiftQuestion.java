package org.palpate.curriculum.gift;

import java.util.List;

/**
 * One question as Moodle would read it. Fields that do not belong to {@link #kind()} are empty lists or null.
 *
 * @param name            the {@code ::name::}, or null when the question has none
 * @param text            the question text; a missing-word question has {@code _____} where its answers were
 * @param missingWord     text follows the answer block (Moodle then shows a gap in the sentence)
 * @param answers         multiple-choice and short-answer answers, in file order
 * @param pairs           matching pairs, in file order
 * @param numbers         numerical answers, in file order
 * @param unit            a numerical question's unit from a {@code // unit: ...} comment (Palpate's own; Moodle
 *                        ignores comments), or null
 * @param gap             a missing-word question's gap name from a {@code // gap: ...} comment (Palpate's own), or null
 * @param truth           the answer of a true-false question
 * @param wrongFeedback   true-false feedback shown for the wrong answer (first {@code #}), or null
 * @param rightFeedback   true-false feedback shown for the right answer (second {@code #}), or null
 * @param generalFeedback the text after {@code ####}, or null
 * @param idNumber        {@code [id:...]} from the question's comment lines (Moodle's ID number), or null
 * @param tags            {@code [tag:...]} from the question's comment lines
 */
public record GiftQuestion(
        int line,
        String name,
        GiftQuestionKind kind,
        GiftText text,
        boolean missingWord,
        List<GiftAnswer> answers,
        List<GiftPair> pairs,
        List<GiftNumber> numbers,
        String unit,
        String gap,
        Boolean truth,
        GiftText wrongFeedback,
        GiftText rightFeedback,
        GiftText generalFeedback,
        String idNumber,
        List<String> tags) implements GiftItem {

    public GiftQuestion {
        answers = List.copyOf(answers);
        pairs = List.copyOf(pairs);
        numbers = List.copyOf(numbers);
        tags = List.copyOf(tags);
    }

    /**
     * Moodle's rule for multiple choice: an {@code =} anywhere means "exactly one answer may be picked"; without
     * one, the learner picks several and the weights add up.
     */
    public boolean oneAnswerMode() {
        return answers.stream().anyMatch(GiftAnswer::marked);
    }
}
