package org.palpate.shell;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.palpate.progress.CohortReport;
import org.palpate.progress.CohortReport.LearnerRow;
import org.palpate.progress.CohortReport.ModuleCompletion;
import org.palpate.progress.ItemAnalysis;
import org.palpate.progress.ItemAnalysis.Item;
import org.palpate.progress.LearnerReport;
import org.palpate.progress.LearnerReport.CriticalItem;
import org.palpate.progress.LearnerReport.DayCount;
import org.palpate.progress.LearnerReport.RetentionBucket;
import org.palpate.progress.LearnerReport.WeakItem;
import org.palpate.progress.CalibrationVerdict;
import org.palpate.progress.MasteryPolicy;
import org.palpate.scheduling.Calibration;
import org.palpate.progress.ProgressReport;
import org.palpate.progress.ProgressReport.ModuleProgress;

/** The reports as plain terminal text: aligned tables, and a calendar drawn with shade characters. */
final class ReportText {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
    /** How many critical questions at risk the summary names before "and N more". */
    private static final int CRITICAL_LISTED = 8;

    private ReportText() {
    }

    static String mastery(ProgressReport report) {
        String on = report.horizonLabel();
        List<List<String>> rows = new ArrayList<>();
        for (ModuleProgress m : report.modules()) {
            rows.add(List.of(m.id() + (m.mastered() ? " ✔" : ""), Text.percent(m.mastery()), m.seen() + "/" + m.total(),
                    String.valueOf(m.learning()), String.valueOf(m.dueToday()), String.valueOf(m.dueIn7Days()),
                    m.critical() == 0 ? "-" : m.criticalRight() + "/" + m.critical(), Text.percent(m.examShare())));
            m.topics().forEach(t -> rows.add(List.of("  " + t.id(), Text.percent(t.mastery()), t.seen() + "/" + t.total(), "",
                    String.valueOf(t.dueToday()), String.valueOf(t.dueIn7Days()), "", "")));
        }
        StringBuilder out = new StringBuilder(report.learner()).append(": ").append(report.reviews()).append(" answers recorded; ")
                .append(report.examDate() == null ? "no exam date set, so mastery is predicted " + on + " (" + DAY.format(report.horizon()) + ")"
                        : "exam " + on + " (" + days(report.daysLeft()) + ")")
                .append("\n\nEXAM READINESS ").append(on.toUpperCase(Locale.ROOT)).append(": ").append(Text.percent(report.readiness()))
                .append(" expected right on a blueprint exam");
        if (!report.weakestTopics().isEmpty()) {
            out.append("\nWeakest topics: ").append(report.weakestTopics().stream()
                    .map(t -> t.moduleId() + "/" + t.topicId() + " " + Text.percent(t.mastery())).collect(Collectors.joining(", ")));
        }
        List<ProgressReport.CriticalAtRisk> risk = report.criticalAtRisk();
        out.append("\nCritical questions at risk ").append(on).append(" (predicted recall under ").append(Text.percent(report.desiredRetention()))
                .append("): ").append(risk.isEmpty() ? "none" : risk.size() + ": " + risk.stream().limit(CRITICAL_LISTED)
                        .map(c -> c.questionId() + (c.seen() ? " " + Text.percent(c.recall()) : " (not seen)")).collect(Collectors.joining(", "))
                        + (risk.size() > CRITICAL_LISTED ? " and " + (risk.size() - CRITICAL_LISTED) + " more" : ""));
        out.append("\n\n").append(Text.table(List.of("MODULE / TOPIC", "MASTERY " + on.toUpperCase(Locale.ROOT), "SEEN", "LEARNING",
                "DUE TODAY", "DUE 7 DAYS", "CRITICAL RIGHT", "EXAM SHARE"), rows));
        out.append("\n\nMastery ").append(on).append(" is the mean predicted chance of recalling each question ").append(on)
                .append(" (unseen = 0%).\nA module is mastered (✔) at ").append(Text.percent(MasteryPolicy.MASTERED))
                .append(" with every question seen and out of its learning steps, and every safety-critical question\n")
                .append("answered right last time. Set your exam date with 'learner exam-date YYYY-MM-DD'.");
        return out.toString();
    }

    private static String days(long left) {
        return left == 0 ? "today" : left == 1 ? "tomorrow" : left + " days left";
    }

    static String learner(LearnerReport r, ZoneId zone) {
        StringBuilder out = new StringBuilder();
        out.append(mastery(r.progress()));

        out.append("\n\nSAFETY-CRITICAL QUESTIONS\n");
        List<List<String>> critical = new ArrayList<>();
        for (CriticalItem c : r.critical()) {
            boolean unseen = c.status().equals("not seen");
            critical.add(List.of(c.questionId(), c.moduleId(), c.status(), unseen ? "-" : Text.percent(c.retrievability()),
                    unseen ? "-" : Text.percent(c.recallOnHorizon()), String.valueOf(c.lapses()), c.due() == null ? "-" : when(c.due(), zone)));
        }
        String onHorizon = "RECALL " + r.horizonLabel().toUpperCase(Locale.ROOT);
        out.append(critical.isEmpty() ? "none in this curriculum"
                : Text.table(List.of("QUESTION", "MODULE", "LAST ANSWER", "RECALL NOW", onHorizon, "LAPSES", "NEXT REVIEW"), critical));

        int due30 = r.forecast().stream().mapToInt(DayCount::count).sum();
        out.append("\n\nDUE IN THE NEXT 30 DAYS: ").append(due30).append(" reviews\n");
        List<List<String>> forecast = new ArrayList<>();
        for (int i = 0; i < r.forecast().size(); i++) {
            DayCount d = r.forecast().get(i);
            if (d.count() > 0) {
                forecast.add(List.of(i == 0 ? "today (with overdue)" : d.date().format(DAY), String.valueOf(d.count()), "#".repeat(Math.min(60, d.count()))));
            }
        }
        out.append(forecast.isEmpty() ? "nothing due" : Text.table(List.of("DAY", "DUE", ""), forecast));

        LocalDate today = r.forecast().isEmpty() ? LocalDate.ofInstant(r.at(), zone) : r.forecast().get(0).date();
        out.append("\n\nSTUDY CALENDAR, LAST 26 WEEKS (answers per day: · none ░ few ▒ some ▓ many █ most)\n").append(calendar(r, today, 26));

        out.append("\n\nTRUE RETENTION (reviews of learned questions recalled, by interval since the previous review)\n");
        List<List<String>> retention = new ArrayList<>();
        for (RetentionBucket b : r.retention()) {
            retention.add(List.of(b.label(), String.valueOf(b.reviews()), String.valueOf(b.recalled()), b.share() == null ? "-" : Text.percent(b.share())));
        }
        out.append(Text.table(List.of("INTERVAL", "REVIEWS", "RECALLED", "RETENTION"), retention));

        out.append("\n\nIS THE MEMORY MODEL RIGHT FOR YOU? (what FSRS predicted before each review against what you recalled)\n")
                .append(calibration(r.calibration(), "you"));
        out.append("\n\nStreak: ").append(r.streak().current()).append(" days (longest ").append(r.streak().longest()).append(", ")
                .append(r.streak().daysStudied()).append(" days studied). Time answering: ").append(minutes(r.time().totalSeconds()))
                .append(" in total, ").append(minutes(r.time().last7DaysSeconds())).append(" in the last 7 days, ")
                .append(minutes(r.time().last30DaysSeconds())).append(" in the last 30; ")
                .append(String.format(Locale.ROOT, "%.1f s", r.time().secondsPerReview())).append(" per answer.");

        out.append("\n\nWEAKEST QUESTIONS\n");
        List<List<String>> weak = new ArrayList<>();
        for (WeakItem w : r.weakest()) {
            weak.add(List.of(w.questionId(), w.moduleId(), Text.percent(w.retrievability()), Text.percent(w.recallOnHorizon()),
                    String.valueOf(w.lapses()), String.valueOf(w.wrong()), String.valueOf(w.reviews())));
        }
        out.append(weak.isEmpty() ? "no question seen yet"
                : Text.table(List.of("QUESTION", "MODULE", "RECALL NOW", onHorizon, "LAPSES", "WRONG", "ANSWERS"), weak));
        return out.toString();
    }

    /** Predicted against observed recall in bins, the evaluation figures, and the verdict in a sentence. */
    static String calibration(Calibration c, String who) {
        if (c == null) {
            return "nothing to compare yet: FSRS predicts only reviews that come a day or more after the previous one";
        }
        List<List<String>> rows = new ArrayList<>();
        for (Calibration.Bin b : c.bins()) {
            rows.add(List.of(Math.round(b.from() * 100) + "-" + Math.round(b.to() * 100) + "%", String.valueOf(b.reviews()),
                    Text.percent(b.predicted()), Text.percent(b.observed())));
        }
        return Text.table(List.of("PREDICTED", "REVIEWS", "MEAN PREDICTED", "RECALLED"), rows)
                + String.format(Locale.ROOT, "%nLog loss %.4f, RMSE(bins) %.4f over %d predicted reviews (as 'srs evaluate' computes them).%n",
                        c.evaluation().logLoss(), c.evaluation().rmseBins(), c.evaluation().items())
                + CalibrationVerdict.of(c, who);
    }

    private static String calendar(LearnerReport r, LocalDate today, int weeks) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        r.calendar().forEach(d -> perDay.put(d.date(), d.reviews()));
        int max = Math.max(1, perDay.values().stream().mapToInt(Integer::intValue).max().orElse(1));
        LocalDate firstMonday = today.minusWeeks(weeks - 1L).with(DayOfWeek.MONDAY);
        String[] names = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
        StringBuilder out = new StringBuilder();
        for (int d = 0; d < 7; d++) {
            out.append(names[d]).append(' ');
            for (int w = 0; w < weeks; w++) {
                LocalDate day = firstMonday.plusDays(w * 7L + d);
                if (day.isAfter(today)) {
                    out.append(' ');
                    continue;
                }
                int n = perDay.getOrDefault(day, 0);
                double share = n / (double) max;
                out.append(n == 0 ? '·' : share <= 0.25 ? '░' : share <= 0.5 ? '▒' : share <= 0.75 ? '▓' : '█');
            }
            out.append('\n');
        }
        return out.toString().stripTrailing();
    }

    static String cohort(CohortReport r, ZoneId zone) {
        List<String> header = new ArrayList<>(List.of("LEARNER"));
        r.modules().forEach(m -> header.add(m.id().toUpperCase(Locale.ROOT)));
        header.addAll(List.of("OVERALL", "7 DAYS AGO", "READINESS", "RETENTION", "LAST STUDY", "OVERDUE", "AT RISK"));
        List<List<String>> rows = new ArrayList<>();
        for (LearnerRow l : r.learners()) {
            List<String> row = new ArrayList<>(List.of(l.name()));
            l.mastery().forEach(m -> row.add(Text.percent(m)));
            row.addAll(List.of(Text.percent(l.overall()), Text.percent(l.overallWeekAgo()), Text.percent(l.readiness()),
                    l.trueRetention() == null ? "-" : Text.percent(l.trueRetention()), l.lastStudy() == null ? "never" : when(l.lastStudy(), zone),
                    String.valueOf(l.overdue()), l.reasons().isEmpty() ? "" : "yes"));
            rows.add(row);
        }
        StringBuilder out = new StringBuilder("Cohort: ").append(r.learners().size()).append(" students, mastery per module ")
                .append(r.horizonLabel()).append("\n\n").append(r.learners().isEmpty() ? "no students yet" : Text.table(header, rows));
        out.append("\n\nEXAM READINESS ").append(r.horizonLabel().toUpperCase(Locale.ROOT)).append(": ").append(r.onTrack()).append(" of ")
                .append(r.learners().size()).append(" on track (").append(Text.percent(r.thresholds().onTrack()))
                .append(" or more expected right on a blueprint exam)\n");
        Map<String, LearnerRow> byName = new HashMap<>();
        r.learners().forEach(l -> byName.put(l.name(), l));
        List<List<String>> ranking = new ArrayList<>();
        for (int i = 0; i < r.ranking().size(); i++) {
            LearnerRow l = byName.get(r.ranking().get(i));
            ranking.add(List.of(String.valueOf(i + 1), l.name(), Text.percent(l.readiness()), l.examDate() == null ? "-" : l.examDate().toString(),
                    l.onTrack() ? "yes" : ""));
        }
        out.append(ranking.isEmpty() ? "no students yet" : Text.table(List.of("RANK", "LEARNER", "READINESS", "EXAM DATE", "ON TRACK"), ranking));
        out.append("\n\nMODULE COMPLETION\n");
        List<List<String>> completion = new ArrayList<>();
        for (ModuleCompletion c : r.completion()) {
            completion.add(List.of(c.moduleId(), c.mastered() + "/" + c.learners(), c.started() + "/" + c.learners(), Text.percent(c.meanMastery())));
        }
        out.append(Text.table(List.of("MODULE", "MASTERED", "STARTED", "MEAN MASTERY"), completion));
        out.append("\n\nAT RISK (").append(r.atRisk().size()).append(")\n");
        out.append(r.atRisk().isEmpty() ? "nobody" : r.atRisk().stream().map(a -> a.name() + ": " + String.join("; ", a.reasons()))
                .collect(Collectors.joining("\n")));
        CohortReport.Thresholds t = r.thresholds();
        out.append("\n\nAt risk: no study for ").append(t.noStudyDays()).append(" days, more than ").append(t.overdueBacklog())
                .append(" reviews overdue, mastery down more than ").append(Math.round(t.masteryDrop() * 100)).append(" points in ")
                .append(t.trendDays()).append(" days, true retention under ").append(Text.percent(t.lowRetention())).append(" (from ")
                .append(t.retentionMinReviews()).append(" reviews of learned questions on),\nor a critical question answered wrong last time.");
        out.append("\n\nIS THE MEMORY MODEL RIGHT FOR THESE STUDENTS? (predicted before each review against recalled, every student)\n")
                .append(calibration(r.calibration(), "these students"));
        return out.toString();
    }

    static String items(ItemAnalysis r) {
        List<List<String>> rows = new ArrayList<>();
        for (Item i : r.items()) {
            rows.add(List.of(i.questionId() + (i.critical() ? " !" : ""), String.valueOf(i.firstAttempts()), String.valueOf(i.attempts()),
                    pct(i.facility()), dec(i.discrimination()), pct(i.efficiency()), dec(i.upperLower()),
                    i.meanSeconds() == null ? "-" : String.format(Locale.ROOT, "%.1f", i.meanSeconds()), String.valueOf(i.lapses()),
                    String.join(", ", i.flags())));
        }
        StringBuilder out = new StringBuilder("Item analysis").append(r.moduleId() == null ? "" : " of " + r.moduleId()).append(": ")
                .append(r.items().size()).append(" questions, ").append(r.learners()).append(" students (first attempts)\n\n")
                .append(Text.table(List.of("QUESTION", "STUDENTS", "ANSWERS", "FACILITY", "DISCR", "EFFIC", "UPPER-LOWER", "SECONDS",
                        "LAPSES", "FLAGS"), rows));
        out.append("\n\nCHOICES PICKED ON FIRST ATTEMPTS (✔ right)\n");
        for (Item i : r.items()) {
            if (!i.choices().isEmpty()) {
                out.append(i.questionId()).append(": ").append(i.choices().stream()
                        .map(c -> (c.correct() ? "✔ " : "") + Text.printable(clip(c.text(), 40)) + " " + c.picks())
                        .collect(Collectors.joining(" | "))).append('\n');
            }
        }
        out.append("\nFacility: share right. DISCR: corrected point-biserial (Moodle's discrimination index, as a fraction).")
                .append("\nEFFIC: discriminative efficiency. UPPER-LOWER: share right in the top 27% minus the bottom 27%. ! = critical.");
        return out.toString();
    }

    private static String pct(Double share) {
        return share == null ? "-" : Text.percent(share);
    }

    private static String dec(Double value) {
        return value == null ? "-" : String.format(Locale.ROOT, "%.2f", value);
    }

    private static String clip(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    private static String when(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(WHEN);
    }

    private static String minutes(long seconds) {
        return seconds < 60 ? seconds + " s" : Math.round(seconds / 60.0) + " min";
    }
}
