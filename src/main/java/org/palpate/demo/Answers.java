package org.palpate.demo;

import java.util.SplittableRandom;

import org.palpate.curriculum.Presented;

/** What a simulated learner types: the keys of the right answer, or a wrong one drawn the way people err. */
final class Answers {

    private Answers() {
    }

    static String right(Presented shown) {
        return shown.question().key().rightAnswer(shown);
    }

    /** More tempting distractors (higher {@code item.choiceWeights()}) are picked more often. */
    static String wrong(Presented shown, ItemProfile item, SplittableRandom random) {
        double[] weights = item.choiceWeights();
        return shown.question().key().wrongAnswer(shown, i -> i < weights.length ? weights[i] : 1, random);
    }
}
