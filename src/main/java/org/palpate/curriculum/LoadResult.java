package org.palpate.curriculum;

import java.util.List;

/** The outcome of a load: the curriculum (null if any ERROR) and every problem found, sorted by location. */
public record LoadResult(Curriculum curriculum, List<Problem> problems) {

    public LoadResult {
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return curriculum != null;
    }

    public List<Problem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).toList();
    }
}
