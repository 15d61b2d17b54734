package org.palpate.quiz;

import org.palpate.UserException;

/** The messages of a quiz that is not there, or that another window changed at the same moment. */
final class QuizErrors {

    private QuizErrors() {
    }

    static UserException noQuiz() {
        return new UserException("no quiz in progress: start one with 'quiz start' or 'study'");
    }

    static UserException changedMeanwhile() {
        return new UserException("this quiz was changed in another window at the same moment; nothing was recorded "
                + "here: run 'quiz next' to see where it stands");
    }
}
