package org.palpate.quiz;

import java.util.stream.Collectors;

import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Question;

/** The right answer of a question in words, without the shuffled keys of any one layout (for exam reviews). */
public final class KeyText {

    private KeyText() {
    }

    public static String of(Question q) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> q.choices().stream().filter(Choice::correct).map(Choice::text).collect(Collectors.joining("; "));
            case TRUE_FALSE -> q.answer().toString();
            case SHORT -> String.join(" / ", q.answers());
            case MATCHING -> q.pairs().stream().map(p -> p.left() + " = " + p.right()).collect(Collectors.joining("; "));
            case ORDERING -> String.join(" -> ", q.sequence());
        };
    }
}
