package org.palpate.shell;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.palpate.quiz.ExamScore;
import org.palpate.quiz.ExamScore.Missed;
import org.palpate.quiz.ExamScore.Part;

/** A mock exam's result: the score, by module and topic, then the review of every missed question. */
final class ExamText {

    private ExamText() {
    }

    static String text(ExamScore score) {
        StringBuilder out = new StringBuilder();
        out.append(score.timeUp() ? "Time was up. " : "").append("Exam score: ").append(score.right()).append(" of ")
                .append(score.total()).append(" (").append(Text.percent(share(score.right(), score.total()))).append(")");
        if (score.answered() < score.total()) {
            out.append("; ").append(score.total() - score.answered()).append(" not answered (counted as missed)");
        }
        out.append("\n\n");
        List<List<String>> rows = new ArrayList<>();
        score.modules().forEach(m -> {
            rows.add(row(m.id(), m));
            score.topics().stream().filter(t -> t.id().startsWith(m.id() + "/"))
                    .forEach(t -> rows.add(row("  " + t.id().substring(m.id().length() + 1), t)));
        });
        out.append(Text.table(List.of("MODULE / TOPIC", "RIGHT", "SCORE"), rows)).append('\n');
        if (score.missed().isEmpty()) {
            return out.append("\nNo question missed.").toString();
        }
        out.append("\nReview of the ").append(score.missed().size()).append(" missed question(s):\n");
        int n = 1;
        for (Missed m : score.missed()) {
            out.append('\n').append(n++).append(". ").append(m.question().id()).append(m.question().critical() ? " (safety-critical)" : "")
                    .append('\n').append(m.caseText() == null ? "" : Text.wrap("Case: " + m.caseText(), 88) + "\n")
                    .append(Text.wrap(m.question().prompt(), 88)).append('\n')
                    .append("   Your answer:  ").append(m.given() == null ? "(not answered)" : Text.printable(withoutKeys(m.given()))).append('\n')
                    .append("   Right answer: ").append(m.expected()).append('\n')
                    .append(Text.wrap("   Why: " + m.question().explanation(), 88)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    static Map<String, Object> json(ExamScore score) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("right", score.right());
        json.put("total", score.total());
        json.put("answered", score.answered());
        json.put("timeUp", score.timeUp());
        json.put("modules", score.modules());
        json.put("topics", score.topics());
        json.put("missed", score.missed().stream().map(m -> {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", m.question().id());
            item.put("case", m.caseText());
            item.put("given", m.given());
            item.put("expected", m.expected());
            item.put("explanation", m.question().explanation());
            return item;
        }).toList());
        return json;
    }

    /** "B) text; D) text" -> "text; text": the keys were this learner's shuffle; the right answer has none. */
    static String withoutKeys(String given) {
        return given.replaceAll("(^|; )[A-Z]\\) ", "$1");
    }

    private static List<String> row(String label, Part part) {
        return List.of(label, part.right() + "/" + part.total(), Text.percent(share(part.right(), part.total())));
    }

    private static double share(int right, int total) {
        return total == 0 ? 0 : (double) right / total;
    }
}
