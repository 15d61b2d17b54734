package org.palpate.shell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.palpate.curriculum.MblexCoverage;
import org.palpate.curriculum.MblexCoverage.AreaCoverage;
import org.palpate.quiz.ExamShortfall;

/** The MBLEx outline in words: the bank's coverage (curriculum stats) and the areas an exam could not fill. */
final class MblexText {

    /** Untagged question ids listed in the table; the JSON lists them all. */
    private static final int LISTED = 10;

    private MblexText() {
    }

    /** "ethics: 0 of 3 questions (the bank has none)", one line per area, after a heading; "" when none fell short. */
    static String shortfalls(List<ExamShortfall> shortfalls) {
        if (shortfalls.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("\nThe bank could not fill " + CurriculumCommands.plural(shortfalls.size(), "MBLEx area")
                + " (the other areas took their places where they could):");
        for (ExamShortfall s : shortfalls) {
            out.append("\n  ").append(s.area()).append(": ").append(s.drawn()).append(" of ")
                    .append(CurriculumCommands.plural(s.wanted(), "question")).append(" (the bank has ")
                    .append(s.available() == 0 ? "none" : "only " + s.available()).append(')');
        }
        return out.toString();
    }

    /** The coverage table under its heading, then the untagged count; "" for a curriculum without mblex.yaml. */
    static String table(MblexCoverage coverage) {
        if (coverage == null) {
            return "";
        }
        List<List<String>> rows = coverage.areas().stream().map(a -> List.of(a.area().id(), String.valueOf(a.questions()),
                String.format(Locale.ROOT, "%.1f%%", 100 * a.share()), a.area().weight() + "%",
                String.format(Locale.ROOT, "%.1f", a.target()), status(a))).toList();
        String untagged = coverage.untagged().isEmpty() ? "Untagged: 0 questions."
                : "Untagged: " + CurriculumCommands.plural(coverage.untagged().size(), "question") + " with no MBLEx area (tag "
                + "their topics with `mblex:`; 'curriculum validate' shows where): "
                + String.join(", ", coverage.untagged().subList(0, Math.min(LISTED, coverage.untagged().size())))
                + (coverage.untagged().size() > LISTED ? ", ..." : "");
        return "\n\nMBLEx coverage (areas and weights of mblex.yaml, over all " + coverage.bank() + " questions):\n"
                + Text.table(List.of("AREA", "QUESTIONS", "SHARE", "WEIGHT", "TARGET", "COVERAGE"), rows) + "\n" + untagged;
    }

    /** The coverage as JSON fields; null for a curriculum without mblex.yaml. */
    static Map<String, Object> json(MblexCoverage coverage) {
        if (coverage == null) {
            return null;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("questions", coverage.bank());
        out.put("areas", coverage.areas().stream().map(a -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", a.area().id());
            row.put("title", a.area().title());
            row.put("weight", a.area().weight());
            row.put("questions", a.questions());
            row.put("share", Math.round(a.share() * 1000) / 10.0);
            row.put("target", Math.round(a.target() * 10) / 10.0);
            row.put("coverage", a.status().name().toLowerCase(Locale.ROOT));
            row.put("difference", a.difference());
            return row;
        }).toList());
        out.put("untagged", coverage.untagged().size());
        out.put("untaggedIds", coverage.untagged());
        return out;
    }

    /** "ok", or "UNDER by 3" / "OVER by 2" (capitals, so a short area stands out in the column). */
    private static String status(AreaCoverage a) {
        return switch (a.status()) {
            case OK -> "ok";
            case UNDER -> "UNDER by " + -a.difference();
            case OVER -> "OVER by " + a.difference();
        };
    }
}
