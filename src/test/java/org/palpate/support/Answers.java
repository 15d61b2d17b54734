package org.palpate.support;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.curriculum.Pair;
import org.palpate.curriculum.Question;

/** Works out the right (or a wrong) answer to a question from what {@code quiz next --format json} showed. */
public final class Answers {

    private Answers() {
    }

    @SuppressWarnings("unchecked")
    public static String right(Question q, Map<String, Object> shown) {
        List<Map<String, String>> choices = (List<Map<String, String>>) shown.get("choices");
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> choices.stream()
                    .filter(c -> q.choices().stream().anyMatch(qc -> qc.correct() && qc.text().equals(c.get("text"))))
                    .map(c -> c.get("key")).collect(Collectors.joining(","));
            case TRUE_FALSE -> q.answer().toString();
            case SHORT -> q.answers().get(0);
            case MATCHING -> {
                List<Map<String, String>> left = (List<Map<String, String>>) shown.get("left");
                List<Map<String, String>> right = (List<Map<String, String>>) shown.get("right");
                yield left.stream().map(l -> {
                    String wanted = q.pairs().stream().filter(p -> p.left().equals(l.get("text"))).map(Pair::right).findFirst().orElseThrow();
                    return right.stream().filter(r -> r.get("text").equals(wanted)).map(r -> r.get("key")).findFirst().orElseThrow();
                }).collect(Collectors.joining(","));
            }
            case ORDERING -> q.sequence().stream().map(item -> choices.stream().filter(c -> c.get("text").equals(item))
                    .map(c -> c.get("key")).findFirst().orElseThrow()).collect(Collectors.joining(","));
        };
    }

    @SuppressWarnings("unchecked")
    public static String wrong(Question q, Map<String, Object> shown) {
        List<Map<String, String>> choices = (List<Map<String, String>>) shown.get("choices");
        return switch (q.type()) {
            case SINGLE, MULTIPLE -> choices.stream()
                    .filter(c -> q.choices().stream().anyMatch(qc -> !qc.correct() && qc.text().equals(c.get("text"))))
                    .map(c -> c.get("key")).findFirst().orElseThrow();
            case TRUE_FALSE -> String.valueOf(!q.answer());
            case SHORT -> "certainly not this";
            case MATCHING, ORDERING -> {
                String right = right(q, shown);
                List<String> keys = List.of(right.split(","));
                yield String.join(",", keys.subList(1, keys.size())) + "," + keys.get(0);
            }
        };
    }

}
