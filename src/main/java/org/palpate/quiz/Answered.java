package org.palpate.quiz;

import org.palpate.curriculum.Presented;
import org.palpate.curriculum.Graded;
import org.palpate.curriculum.Question;
import org.palpate.scheduling.NextStates;
import org.palpate.scheduling.Outcome;
import org.palpate.scheduling.Rating;

/** A recorded answer: the verdict, the rating it became, the card's new state, and the quiz as it was before. */
public record Answered(Presented shown, Graded graded, Rating rating, Outcome outcome, NextStates preview,
        QuizSession before, boolean comesBack) {

    public Question question() {
        return shown.question();
    }
}
