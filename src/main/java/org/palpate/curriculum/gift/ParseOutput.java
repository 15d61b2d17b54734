package org.palpate.curriculum.gift;

import org.palpate.curriculum.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** What the parser has read so far: items in file order and problems. */
final class ParseOutput {

    private final List<GiftItem> items = new ArrayList<>();
    private final List<GiftProblem> problems = new ArrayList<>();

    void add(GiftItem item) {
        items.add(item);
    }

    void error(int line, String message) {
        problems.add(new GiftProblem(Severity.ERROR, line, message));
    }

    void warning(int line, String message) {
        problems.add(new GiftProblem(Severity.WARNING, line, message));
    }

    GiftParseResult result() {
        List<GiftProblem> byLine = new ArrayList<>(problems);
        byLine.sort(Comparator.comparingInt(GiftProblem::line)); // stable: problems on one line keep their order
        return new GiftParseResult(items, byLine);
    }
}
