package org.palpate.progress;

import static org.palpate.progress.ReportHtml.num;
import static org.palpate.progress.ReportHtml.pct;

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
    static Html calibration(Calibration c, String title, String who) {
        String note = "Before each review of a question a day or more after the previous one, the memory model (FSRS-6, default "
                + "parameters) predicted the chance of recall; here is how often " + who + " actually recalled (any rating but again), "
                + "by predicted chance. A well-fitted model has the two columns close.";
        if (c == null) {
            return ReportHtml.section(title, note, ReportHtml.paragraph("Nothing to compare yet."));
        }
        Html t = ReportHtml.table("Predicted recall", ">Reviews", ">Mean predicted", ">Recalled", ">Gap");
        for (Calibration.Bin b : c.bins()) {
            long gap = Math.round((b.observed() - b.predicted()) * 100);
            t.open("tr").el("td", Math.round(b.from() * 100) + "–" + Math.round(b.to() * 100) + "%").add(num(b.reviews()))
                    .add(num(pct(b.predicted()))).add(num(pct(b.observed())))
                    .el("td", (gap > 0 ? "+" : "") + gap + " pts", "class", gap < -5 ? "num wrong" : "num").close("tr");
        }
        ReportHtml.endTable(t).open("p").text(String.format(java.util.Locale.ROOT, "Log loss %.4f, RMSE(bins) %.4f over %d predicted reviews, as ",
                c.evaluation().logLoss(), c.evaluation().rmseBins(), c.evaluation().items())).el("code", "srs evaluate")
                .text(" computes them.").close("p").el("p", Html.of().el("b", CalibrationVerdict.of(c, who)));
        return ReportHtml.section(title, note, t);
    }

    static Html readiness(LearnerReport r) {
        String on = r.horizonLabel();
        Html t = ReportHtml.table("Module", ">Share of the exam", ">Expected right " + on, ">Seen", ">In learning steps", "Mastered");
        for (ModuleProgress m : r.modules()) {
            t.open("tr").el("td", m.title()).add(num(pct(m.examShare()))).add(num(pct(m.mastery()))).add(num(m.seen() + " / " + m.total()))
                    .add(num(m.learning()))
                    .el("td", m.mastered() ? Html.of().el("span", "✔ mastered", "class", "right") : Html.of().el("span", "not yet", "class", "unseen"))
                    .close("tr");
        }
        t.open("tr", "class", "total").el("td", Html.of().el("b", "Blueprint exam")).add(num("100%"))
                .el("td", Html.of().el("b", pct(r.readiness())), "class", "num").el("td", "").el("td", "").el("td", "").close("tr");
        ReportHtml.endTable(t).open("p").el("b", "Weakest topics:").text(" ");
        if (r.weakestTopics().isEmpty()) {
            t.text("none");
        }
        for (int i = 0; i < r.weakestTopics().size(); i++) {
            t.text((i == 0 ? "" : ", ") + r.weakestTopics().get(i).title() + " (" + pct(r.weakestTopics().get(i).mastery()) + ")");
        }
        t.close("p").open("p").el("b", "Critical questions at risk " + on + ":").text(" ");
        if (r.criticalAtRisk().isEmpty()) {
            t.text("none.");
        } else {
            t.text(r.criticalAtRisk().size()).text(" ");
            for (CriticalAtRisk c : r.criticalAtRisk().stream().limit(CRITICAL_LISTED).toList()) {
                t.el("span", c.questionId() + (c.seen() ? " " + pct(c.recall()) : " not seen"), "class", "flag").text(" ");
            }
            if (r.criticalAtRisk().size() > CRITICAL_LISTED) {
                t.text("and ").text(r.criticalAtRisk().size() - CRITICAL_LISTED).text(" more");
            }
        }
        t.close("p");
        String when = r.examDate() == null ? on + " (no exam date is set: 'learner exam-date YYYY-MM-DD' sets one)"
                : on + ", the exam day (" + r.daysLeft() + (r.daysLeft() == 1 ? " day" : " days") + " from today)";
        return ReportHtml.section("Exam readiness " + on, "The share of a mock exam drawn by the program's blueprint that you would be "
                + "expected to get right " + when + ": each module's predicted recall on that day, weighted by its share of the exam. "
                + "A critical question is at risk when its predicted recall then is under your desired retention ("
                + pct(r.desiredRetention()) + ").", t);
    }
}
