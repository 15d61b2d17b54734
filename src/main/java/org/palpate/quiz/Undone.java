package org.palpate.quiz;

import org.palpate.curriculum.Question;

/** An answer taken back: the question it was for (null if retired since) and how many answers the quiz now has. */
public record Undone(Question question, int answered) {
}
