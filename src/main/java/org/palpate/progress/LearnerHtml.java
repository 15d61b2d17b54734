package org.palpate.progress;

import static org.palpate.progress.Html.esc;
import static org.palpate.progress.ReportHtml.pct;

import java.util.stream.Collectors;

import org.palpate.progress.ProgressReport.CriticalAtRisk;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.scheduling.Calibration;

/** The exam-readiness section of the learner's HTML report. */
final class LearnerHtml {

    /** How many critical questions at risk are named before "and N more". */
    static final int CRITICAL_LISTED = 12;

    private LearnerHtml() {
    }

    /** Predicted against observed recall, in bins, with the evaluation figures and the verdict (learner and cohort). */
    static String calibration(Calibration c, String title, String who) {
        String note = "Before each review of a question a day or more after the previous one, the memory model (FSRS-6, default "
                + "parameters) predicted the chance of recall; here is how often " + who + " actually recalled (any rating but again), "
                + "by predicted chance. A well-fitted model has the two columns close.";
        if (c == null) {
            return ReportHtml.section(title, note, "<p>Nothing to compare yet.</p>");
        }
        StringBuilder t = new StringBuilder("<table><thead><tr><th>Predicted recall</th><th class=\"num\">Reviews</th>"
                + "<th class=\"num\">Mean predicted</th><th class=\"num\">Recalled</th><th class=\"num\">Gap</th></tr></thead><tbody>");
        for (Calibration.Bin b : c.bins()) {
            long gap = Math.round((b.observed() - b.predicted()) * 100);
            t.append("<tr><td>").append(Math.round(b.from() * 100)).append("–").append(Math.round(b.to() * 100)).append("%</td><td class=\"num\">")
                    .append(b.reviews()).append("</td><td class=\"num\">").append(pct(b.predicted())).append("</td><td class=\"num\">")
                    .append(pct(b.observed())).append("</td><td class=\"num").append(gap < -5 ? " wrong" : "").append("\">")
                    .append(gap > 0 ? "+" : "").append(gap).append(" pts</td></tr>");
        }
        t.append("</tbody></table><p>").append(String.format(java.util.Locale.ROOT,
                "Log loss %.4f, RMSE(bins) %.4f over %d predicted reviews, as <code>srs evaluate</code> computes them.",
                c.evaluation().logLoss(), c.evaluation().rmseBins(), c.evaluation().items())).append("</p><p><b>")
                .append(esc(CalibrationVerdict.of(c, who))).append("</b></p>");
        return ReportHtml.section(title, note, t.toString());
    }

    static String readiness(LearnerReport r) {
        String on = r.horizonLabel();
        StringBuilder t = new StringBuilder("<table><thead><tr><th>Module</th><th class=\"num\">Share of the exam</th>"
                + "<th class=\"num\">Expected right " + esc(on) + "</th><th class=\"num\">Seen</th><th class=\"num\">In learning steps</th>"
                + "<th>Mastered</th></tr></thead><tbody>");
        for (ModuleProgress m : r.modules()) {
            t.append("<tr><td>").append(esc(m.title())).append("</td><td class=\"num\">").append(pct(m.examShare()))
                    .append("</td><td class=\"num\">").append(pct(m.mastery())).append("</td><td class=\"num\">").append(m.seen()).append(" / ")
                    .append(m.total()).append("</td><td class=\"num\">").append(m.learning()).append("</td><td>")
                    .append(m.mastered() ? "<span class=\"right\">✔ mastered</span>" : "<span class=\"unseen\">not yet</span>").append("</td></tr>");
        }
        t.append("<tr class=\"total\"><td><b>Blueprint exam</b></td><td class=\"num\">100%</td><td class=\"num\"><b>")
                .append(pct(r.readiness())).append("</b></td><td></td><td></td><td></td></tr></tbody></table>");
        t.append("<p><b>Weakest topics:</b> ").append(r.weakestTopics().isEmpty() ? "none"
                : r.weakestTopics().stream().map(w -> esc(w.title()) + " (" + pct(w.mastery()) + ")").collect(Collectors.joining(", ")))
                .append("</p>");
        t.append("<p><b>Critical questions at risk ").append(esc(on)).append(":</b> ");
        if (r.criticalAtRisk().isEmpty()) {
            t.append("none.");
        } else {
            t.append(r.criticalAtRisk().size()).append(" ");
            for (CriticalAtRisk c : r.criticalAtRisk().stream().limit(CRITICAL_LISTED).toList()) {
                t.append("<span class=\"flag\">").append(esc(c.questionId())).append(c.seen() ? " " + pct(c.recall()) : " not seen")
                        .append("</span> ");
            }
            if (r.criticalAtRisk().size() > CRITICAL_LISTED) {
                t.append("and ").append(r.criticalAtRisk().size() - CRITICAL_LISTED).append(" more");
            }
        }
        t.append("</p>");
        String when = r.examDate() == null ? on + " (no exam date is set: 'learner exam-date YYYY-MM-DD' sets one)"
                : on + ", the exam day (" + r.daysLeft() + (r.daysLeft() == 1 ? " day" : " days") + " from today)";
        return ReportHtml.section("Exam readiness " + on, "The share of a mock exam drawn by the program's blueprint that you would be "
                + "expected to get right " + when + ": each module's predicted recall on that day, weighted by its share of the exam. "
                + "A critical question is at risk when its predicted recall then is under your desired retention ("
                + pct(r.desiredRetention()) + ").", t.toString());
    }
}
