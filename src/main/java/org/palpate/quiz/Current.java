package org.palpate.quiz;

import org.palpate.curriculum.Presented;
import org.palpate.scheduling.NextStates;

/** The question to answer now, as laid out for the learner, and the next interval for each rating. */
public record Current(QuizSession session, Presented shown, NextStates preview) {
}
