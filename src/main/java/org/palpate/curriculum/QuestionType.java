package org.palpate.curriculum;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The six kinds of question; {@link #id()} is the spelling used in {@code type:} in questions.yaml. */
public enum QuestionType {
    SINGLE("single"),
    MULTIPLE("multiple"),
    TRUE_FALSE("true-false"),
    SHORT("short"),
    MATCHING("matching"),
    ORDERING("ordering");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The type spelled {@code id} in a file, if any (exact match: the files are the contract). */
    public static Optional<QuestionType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }

    /** All file spellings, in declaration order, for hints such as "use one of ...". */
    public static List<String> ids() {
        return Arrays.stream(values()).map(QuestionType::id).toList();
    }

    @Override
    public String toString() {
        return id;
    }
}
