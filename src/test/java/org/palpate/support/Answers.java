package org.palpate.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;
import org.palpate.quiz.Option;
import org.palpate.quiz.Presented;

/** Works out the right (or a wrong) answer to a question from what the learner was shown. */
public final class Answers {

    private Answers() {
    }

    /** From the layout the quiz service presents. */
    public static String right(Presented shown) {
        return right(shown.question(), shown.choices(), shown.left(), shown.right());
    }

    /** From what {@code quiz next --format json} printed. */
    public static String right(Question q, Map<String, Object> json) {
        return right(q, options(json, "choices"), options(json, "left"), options(json, "right"));
    }

    public static String wrong(Question q, Map<String, Object> json) {
        List<Option> choices = options(json, "choices");
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> choices.stream()
                    .filter(c -> q.choices().stream().anyMatch(qc -> !qc.correct() && qc.text().equals(c.text())))
                    .map(Option::key).findFirst().orElseThrow();
            case TRUE_FALSE -> String.valueOf(!q.answer());
            case SHORT -> "certainly not this";
            case MATCHING, ORDERING -> {
                List<String> keys = List.of(right(q, json).split(","));
                yield String.join(",", keys.subList(1, keys.size())) + "," + keys.get(0);
            }
        };
    }

    private static String right(Question q, List<Option> choices, List<Option> left, List<Option> right) {
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> choices.stream()
                    .filter(c -> q.choices().stream().anyMatch(qc -> qc.correct() && qc.text().equals(c.text())))
                    .map(Option::key).collect(Collectors.joining(","));
            case TRUE_FALSE -> q.answer().toString();
            case SHORT -> q.answers().get(0);
            case MATCHING -> left.stream().map(l -> {
                String wanted = q.pairs().stream().filter(p -> p.left().equals(l.text())).map(Pair::right).findFirst().orElseThrow();
                return keyOf(right, wanted);
            }).collect(Collectors.joining(","));
            case ORDERING -> q.sequence().stream().map(item -> keyOf(choices, item)).collect(Collectors.joining(","));
        };
    }

    private static String keyOf(List<Option> options, String text) {
        return options.stream().filter(o -> o.text().equals(text)).map(Option::key).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static List<Option> options(Map<String, Object> json, String field) {
        List<Map<String, String>> items = (List<Map<String, String>>) json.getOrDefault(field, List.of());
        return items.stream().map(m -> new Option(m.get("key"), m.get("text"))).toList();
    }
}
