package org.palpate.progress;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.palpate.progress.CohortReport.LearnerRow;
import org.palpate.progress.ItemAnalysis.Item;
import org.palpate.progress.LearnerReport.CriticalItem;
import org.palpate.progress.LearnerReport.DayCount;
import org.palpate.progress.LearnerReport.RetentionBucket;
import org.palpate.progress.LearnerReport.StudyDayStats;
import org.palpate.progress.LearnerReport.WeakItem;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressReport.TopicProgress;

/**
 * The reports as CSV for spreadsheets (RFC 4180: commas, quotes doubled, CRLF line ends). Shares are fractions
 * (0.83, not 83%), times ISO-8601 in UTC, empty cells where a figure does not exist.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    /** `progress`: one row per module and per topic; mastery is on the {@code horizon} day (ISO date, the last column). */
    public static String progress(ProgressReport r) {
        List<List<Object>> rows = new ArrayList<>();
        String horizon = r.horizon().toString();
        for (ModuleProgress m : r.modules()) {
            rows.add(List.of(m.id(), "", m.title(), num(m.mastery()), m.seen(), m.total(), m.dueToday(), m.dueIn7Days(), m.critical(),
                    m.criticalRight(), m.mastered(), num(m.examShare()), horizon));
            for (TopicProgress t : m.topics()) {
                rows.add(List.of(m.id(), t.id(), t.title(), num(t.mastery()), t.seen(), t.total(), t.dueToday(), t.dueIn7Days(), "", "", "",
                        "", horizon));
            }
        }
        return write(List.of("module", "topic", "title", "mastery", "seen", "total", "due_today", "due_7_days", "critical",
                "critical_right", "mastered", "exam_share", "horizon"), rows);
    }

    /**
     * `report learner`: a long table, one figure per row (section, key, label, measure, value), so a pivot table can
     * rearrange it and every section fits in one file.
     */
    public static String learner(LearnerReport r) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("summary", r.learner(), "", "reviews", r.reviews()));
        rows.add(List.of("summary", r.learner(), "", "horizon", r.horizon().toString()));
        rows.add(List.of("summary", r.learner(), "", "exam_date", r.examDate() == null ? "" : r.examDate().toString()));
        rows.add(List.of("summary", r.learner(), "", "readiness", num(r.readiness())));
        for (ModuleProgress m : r.modules()) {
            rows.add(List.of("mastery", m.id(), m.title(), "mastery", num(m.mastery())));
            rows.add(List.of("mastery", m.id(), m.title(), "seen", m.seen()));
            rows.add(List.of("mastery", m.id(), m.title(), "total", m.total()));
            rows.add(List.of("mastery", m.id(), m.title(), "mastered", m.mastered()));
            for (TopicProgress t : m.topics()) {
                rows.add(List.of("mastery", m.id() + "/" + t.id(), t.title(), "mastery", num(t.mastery())));
                rows.add(List.of("mastery", m.id() + "/" + t.id(), t.title(), "seen", t.seen()));
                rows.add(List.of("mastery", m.id() + "/" + t.id(), t.title(), "total", t.total()));
            }
        }
        for (CriticalItem c : r.critical()) {
            rows.add(List.of("critical", c.questionId(), c.prompt(), "status", c.status()));
            rows.add(List.of("critical", c.questionId(), c.prompt(), "recall_now", num(c.retrievability())));
            rows.add(List.of("critical", c.questionId(), c.prompt(), "recall_on_horizon", num(c.recallOnHorizon())));
            rows.add(List.of("critical", c.questionId(), c.prompt(), "lapses", c.lapses()));
        }
        for (DayCount d : r.forecast()) {
            rows.add(List.of("forecast", d.date().toString(), "", "due", d.count()));
        }
        for (StudyDayStats d : r.calendar()) {
            rows.add(List.of("calendar", d.date().toString(), "", "reviews", d.reviews()));
            rows.add(List.of("calendar", d.date().toString(), "", "correct", d.correct()));
            rows.add(List.of("calendar", d.date().toString(), "", "seconds", d.seconds()));
        }
        for (RetentionBucket b : r.retention()) {
            rows.add(List.of("retention", b.label(), "", "reviews", b.reviews()));
            rows.add(List.of("retention", b.label(), "", "recalled", b.recalled()));
            rows.add(List.of("retention", b.label(), "", "share", b.share() == null ? "" : num(b.share())));
        }
        if (r.calibration() != null) {
            for (org.palpate.scheduling.Calibration.Bin b : r.calibration().bins()) {
                String bin = Math.round(b.from() * 100) + "-" + Math.round(b.to() * 100) + "%";
                rows.add(List.of("calibration", bin, "", "reviews", b.reviews()));
                rows.add(List.of("calibration", bin, "", "predicted", num(b.predicted())));
                rows.add(List.of("calibration", bin, "", "observed", num(b.observed())));
            }
            rows.add(List.of("calibration", "all", "", "log_loss", num(r.calibration().evaluation().logLoss())));
            rows.add(List.of("calibration", "all", "", "rmse_bins", num(r.calibration().evaluation().rmseBins())));
        }
        rows.add(List.of("streak", "current", "", "days", r.streak().current()));
        rows.add(List.of("streak", "longest", "", "days", r.streak().longest()));
        rows.add(List.of("streak", "studied", "", "days", r.streak().daysStudied()));
        rows.add(List.of("time", "total", "", "seconds", r.time().totalSeconds()));
        rows.add(List.of("time", "last_7_days", "", "seconds", r.time().last7DaysSeconds()));
        rows.add(List.of("time", "last_30_days", "", "seconds", r.time().last30DaysSeconds()));
        rows.add(List.of("time", "per_review", "", "seconds", num(r.time().secondsPerReview())));
        for (WeakItem w : r.weakest()) {
            rows.add(List.of("weakest", w.questionId(), w.prompt(), "recall_now", num(w.retrievability())));
            rows.add(List.of("weakest", w.questionId(), w.prompt(), "recall_on_horizon", num(w.recallOnHorizon())));
            rows.add(List.of("weakest", w.questionId(), w.prompt(), "lapses", w.lapses()));
            rows.add(List.of("weakest", w.questionId(), w.prompt(), "wrong", w.wrong()));
        }
        return write(List.of("section", "key", "label", "measure", "value"), rows);
    }

    /** `report cohort`: one row per student, mastery per module in columns, the at-risk reasons joined by "; ". */
    public static String cohort(CohortReport r) {
        List<String> header = new ArrayList<>(List.of("learner"));
        r.modules().forEach(m -> header.add("mastery_" + m.id()));
        header.addAll(List.of("mastery", "mastery_7_days_ago", "reviews_7_days", "last_study", "overdue", "critical_wrong", "at_risk", "reasons"));
        List<List<Object>> rows = new ArrayList<>();
        for (LearnerRow l : r.learners()) {
            List<Object> row = new ArrayList<>(List.of(l.name()));
            l.mastery().forEach(m -> row.add(num(m)));
            row.addAll(List.of(num(l.overall()), num(l.overallWeekAgo()), l.reviewsLast7Days(), l.lastStudy() == null ? "" : l.lastStudy().toString(),
                    l.overdue(), String.join(" ", l.criticalWrong()), !l.reasons().isEmpty(), String.join("; ", l.reasons())));
            rows.add(row);
        }
        return write(header, rows);
    }

    /** `report items`: one row per question; choice counts as "text=picks" joined by " | ", the right ones marked with *. */
    public static String items(ItemAnalysis r) {
        List<List<Object>> rows = new ArrayList<>();
        for (Item i : r.items()) {
            rows.add(List.of(i.questionId(), i.moduleId(), i.topic(), i.type(), i.critical(), i.attempts(), i.firstAttempts(), num(i.facility()),
                    num(i.discrimination()), num(i.efficiency()), num(i.upperLower()), num(i.meanSeconds()), i.lapses(),
                    i.choices().stream().map(c -> (c.correct() ? "*" : "") + c.text() + "=" + c.picks()).collect(Collectors.joining(" | ")),
                    String.join("; ", i.flags())));
        }
        return write(List.of("question", "module", "topic", "type", "critical", "answers", "first_attempts", "facility", "discrimination",
                "efficiency", "upper_lower", "mean_seconds", "lapses", "choices", "flags"), rows);
    }

    static Object num(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.4f", value);
    }

    static Object num(double value) {
        return num(Double.valueOf(value));
    }

    /**
     * OWASP's defence against CSV injection: a cell a spreadsheet would read as a formula (starting with =, +, -,
     * @, tab or carriage return) gets a leading single quote. Numbers such as -0.25 are not formulas and stay numbers.
     */
    static Object neutralised(Object cell) {
        if (cell instanceof String text && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0
                && !text.matches("-?\\d+(\\.\\d+)?")) {
            return "'" + text;
        }
        return cell;
    }

    private static String write(List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get())) {
            for (List<Object> row : rows) {
                printer.printRecord(row.stream().map(ReportCsv::neutralised).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
