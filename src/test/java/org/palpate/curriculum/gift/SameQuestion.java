package org.palpate.curriculum.gift;

import org.palpate.support.Keys;
import org.palpate.curriculum.Question;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Field-by-field comparison of an exported question and what came back from GIFT, for readable failures. */
final class SameQuestion {

    private SameQuestion() {
    }

    /**
     * What differs between {@code original} and {@code imported}; {@code prompt} is the prompt the import should
     * have (the original's, with the case text in front when it has a case). Sources, critical and difficulty
     * have no place in GIFT and are not compared.
     */
    static List<String> differences(Question original, String prompt, Question imported) {
        List<String> differences = new ArrayList<>();
        compare(differences, "type", original.type(), imported.type());
        compare(differences, "prompt", prompt, imported.prompt());
        compare(differences, "choices", Keys.choices(original), Keys.choices(imported));
        compare(differences, "answer", Keys.answer(original), Keys.answer(imported));
        compare(differences, "answers", Keys.answers(original), Keys.answers(imported));
        compare(differences, "pairs", Keys.pairs(original), Keys.pairs(imported));
        compare(differences, "key", original.key(), imported.key());
        compare(differences, "explanation", original.explanation(), imported.explanation());
        compare(differences, "tags", original.tags(), imported.tags());
        compare(differences, "topic", original.topic(), imported.topic());
        return differences;
    }

    private static void compare(List<String> differences, String field, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            differences.add(field + ": expected <" + expected + "> but was <" + actual + ">");
        }
    }
}
