package org.palpate.curriculum.gift;

import org.palpate.curriculum.Severity;

import java.util.List;

/** Every item that could be read, in file order, and every problem found, by line. */
public record GiftParseResult(List<GiftItem> items, List<GiftProblem> problems) {

    public GiftParseResult {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    public List<GiftProblem> errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).toList();
    }

    public List<GiftQuestion> questions() {
        return items.stream().filter(GiftQuestion.class::isInstance).map(GiftQuestion.class::cast).toList();
    }
}
