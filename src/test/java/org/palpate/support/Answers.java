package org.palpate.support;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.palpate.curriculum.Question;
import org.palpate.curriculum.Option;
import org.palpate.curriculum.Presented;

/** Works out the right (or a wrong) answer to a question from what the learner was shown. */
public final class Answers {

    private Answers() {
    }

    /** From the layout the quiz service presents. */
    public static String right(Presented shown) {
        return shown.question().key().rightAnswer(shown);
    }

    /** From what {@code quiz next --format json} printed. */
    public static String right(Question q, Map<String, Object> json) {
        return right(shown(q, json));
    }

    public static String wrong(Question q, Map<String, Object> json) {
        return q.key().wrongAnswer(shown(q, json), i -> 1, new SplittableRandom(1));
    }

    private static Presented shown(Question q, Map<String, Object> json) {
        return new Presented(q, options(json, "choices"), options(json, "left"), options(json, "right"));
    }

    @SuppressWarnings("unchecked")
    private static List<Option> options(Map<String, Object> json, String field) {
        List<Map<String, String>> items = (List<Map<String, String>>) json.getOrDefault(field, List.of());
        return items.stream().map(m -> new Option(m.get("key"), m.get("text"))).toList();
    }
}
