package org.palpate.curriculum;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of one load, so the author sees all of them at once instead of one per run. */
final class Problems {

    private final List<Problem> problems = new ArrayList<>();

    void error(String file, Position at, String message) {
        problems.add(new Problem(Severity.ERROR, file, at.line(), at.column(), message));
    }

    void warning(String file, Position at, String message) {
        problems.add(new Problem(Severity.WARNING, file, at.line(), at.column(), message));
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    /** Sorted by file, line, column; List.sort is stable, so findings at one spot keep their order. */
    List<Problem> sorted() {
        List<Problem> copy = new ArrayList<>(problems);
        copy.sort(Problem.BY_LOCATION);
        return copy;
    }
}
