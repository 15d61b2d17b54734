package org.palpate.curriculum;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of question: {@link #id()} is the spelling used in {@code type:} in questions.yaml, {@link #fields()}
 * the answer fields that kind uses (any other kind's field on a question is an error). Each kind's key is one
 * {@link AnswerKey} record; {@link AnswerKeyReader} reads it with a switch that must name every constant.
 */
public enum QuestionType {
    SINGLE("single", "choices"),
    MULTIPLE("multiple", "choices"),
    TRUE_FALSE("true-false", "answer"),
    SHORT("short", "answers"),
    MATCHING("matching", "pairs"),
    ORDERING("ordering", "sequence"),
    CLOZE("cloze", "gaps"),
    NUMERICAL("numerical", "number", "unit");

    private final String id;
    private final List<String> fields;

    QuestionType(String id, String... fields) {
        this.id = id;
        this.fields = List.of(fields);
    }

    public String id() {
        return id;
    }

    public List<String> fields() {
        return fields;
    }

    /** The type spelled {@code id} in a file, if any (exact match: the files are the contract). */
    public static Optional<QuestionType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** All file spellings, in declaration order, for hints such as "use one of ...". */
    public static List<String> ids() {
        return Arrays.stream(values()).map(QuestionType::id).toList();
    }

    /** Every answer field of every kind, once each. */
    static List<String> allFields() {
        return Arrays.stream(values()).flatMap(t -> t.fields.stream()).distinct().toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
