package org.palpate.quiz;

import org.palpate.UserException;
import org.palpate.curriculum.AnswerKey;
import org.palpate.curriculum.Graded;
import org.palpate.curriculum.Presented;

/**
 * Grades an answer typed against a {@link Presented} layout, by the rule of the question's kind. A malformed answer
 * (empty, too long, a key that is not shown, a missing item) is a {@link UserException}: it is refused before
 * anything is recorded, so a typo never costs a review.
 */
public final class Grader {

    private Grader() {
    }

    public static Graded grade(Presented shown, String answer) {
        String typed = answer == null ? "" : answer.strip();
        if (typed.isEmpty()) {
            throw new UserException("the answer is empty");
        }
        if (typed.length() > AnswerKey.MAX_ANSWER_LENGTH) {
            throw new UserException("the answer is longer than " + AnswerKey.MAX_ANSWER_LENGTH + " characters");
        }
        return shown.question().key().grade(shown, typed);
    }
}
