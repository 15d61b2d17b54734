package org.palpate.curriculum;

import java.util.List;

/** The type-specific answer fields of a question; fields of other types are empty (answer null). */
record AnswerKey(List<Choice> choices, Boolean answer, List<String> answers, List<Pair> pairs, List<String> sequence) {

    static AnswerKey choices(List<Choice> choices) {
        return new AnswerKey(choices, null, List.of(), List.of(), List.of());
    }

    static AnswerKey trueFalse(boolean answer) {
        return new AnswerKey(List.of(), answer, List.of(), List.of(), List.of());
    }

    static AnswerKey accepted(List<String> answers) {
        return new AnswerKey(List.of(), null, answers, List.of(), List.of());
    }

    static AnswerKey pairs(List<Pair> pairs) {
        return new AnswerKey(List.of(), null, List.of(), pairs, List.of());
    }

    static AnswerKey sequence(List<String> sequence) {
        return new AnswerKey(List.of(), null, List.of(), List.of(), sequence);
    }
}
