package org.palpate.quiz;

import java.util.Random;

import org.palpate.curriculum.Presented;
import org.palpate.curriculum.Question;

/** Lays a question out for answering; the same question and seed always give the same layout. */
public final class Presenter {

    private Presenter() {
    }

    public static Presented present(Question question, long seed) {
        return question.key().present(question, new Random(seed));
    }
}
