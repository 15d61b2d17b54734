package org.palpate.support;

import java.util.List;

import org.palpate.curriculum.AnswerKey;
import org.palpate.curriculum.Choice;
import org.palpate.curriculum.Choices;
import org.palpate.curriculum.Matching;
import org.palpate.curriculum.Ordering;
import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.curriculum.QuestionType;
import org.palpate.curriculum.ShortAnswers;
import org.palpate.curriculum.TrueFalse;

/** The parts of a question's key for assertions: a part of another kind is empty (null for the true-false answer). */
public final class Keys {

    private Keys() {
    }

    /**
     * The key of one of the six kinds the random-question generators write, from its parts (the one switch the tests
     * have over the kinds: cloze and numerical have their own tests).
     */
    public static AnswerKey of(QuestionType type, List<Choice> choices, Boolean answer, List<String> answers, List<Pair> pairs,
            List<String> sequence) {
        return switch (type) {
            case SINGLE, MULTIPLE -> new Choices(choices, type == QuestionType.MULTIPLE);
            case TRUE_FALSE -> new TrueFalse(answer);
            case SHORT -> new ShortAnswers(answers);
            case MATCHING -> new Matching(pairs);
            case ORDERING -> new Ordering(sequence);
            case CLOZE, NUMERICAL -> throw new IllegalArgumentException("the generators write no " + type);
        };
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
