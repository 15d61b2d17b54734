package org.palpate.support;

import java.util.List;

import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Choices;
import org.palpate.curriculum.Matching;
import org.palpate.curriculum.Ordering;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.ShortAnswers;
import org.palpate.curriculum.TrueFalse;

/** The parts of a question's key for assertions: a part of another kind is empty (null for the true-false answer). */
public final class Keys {

    private Keys() {
    }

    public static List<Choice> choices(Question q) {
        return q.key() instanceof Choices c ? c.choices() : List.of();
    }

    public static Boolean answer(Question q) {
        return q.key() instanceof TrueFalse t ? t.answer() : null;
    }

    public static List<String> answers(Question q) {
        return q.key() instanceof ShortAnswers s ? s.answers() : List.of();
    }

    public static List<Pair> pairs(Question q) {
        return q.key() instanceof Matching m ? m.pairs() : List.of();
    }

    public static List<String> sequence(Question q) {
        return q.key() instanceof Ordering o ? o.sequence() : List.of();
    }
}
