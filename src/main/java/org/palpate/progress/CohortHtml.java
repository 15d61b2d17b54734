package org.palpate.progress;

import static org.palpate.progress.ReportHtml.num;
import static org.palpate.progress.ReportHtml.figure;
import static org.palpate.progress.ReportHtml.pct;
import static org.palpate.progress.ReportHtml.section;
import static org.palpate.progress.ReportHtml.tile;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.palpate.progress.CohortReport.LearnerRow;

/** The cohort report as a self-contained HTML page. */
final class CohortHtml {

    private CohortHtml() {
    }

    static String page(CohortReport r, ZoneId zone) {
        Html b = Html.of();
        int n = r.learners().size();
        String on = r.horizonLabel();
        double mean = r.learners().stream().mapToDouble(LearnerRow::overall).average().orElse(0);
        int active = (int) r.learners().stream().filter(l -> l.reviewsLast7Days() > 0).count();
        b.add(ReportHtml.tiles(tile(String.valueOf(n), "students"), tile(pct(mean), "mean mastery " + on),
                tile(r.onTrack() + " / " + n, "on track for the exam (readiness " + pct(r.thresholds().onTrack()) + "+)"),
                tile(active + " / " + n, "studied in the last 7 days"), tile(String.valueOf(r.atRisk().size()), "at risk")).newline());

        Map<String, Integer> rank = new TreeMap<>();
        for (int i = 0; i < r.ranking().size(); i++) {
            rank.put(r.ranking().get(i), i + 1);
        }
        List<LearnerRow> sorted = r.learners().stream().sorted(Comparator.comparingDouble(LearnerRow::readiness)
                .thenComparing(LearnerRow::name)).toList();
        List<String> columns = new ArrayList<>(r.modules().stream().map(CohortReport.ModuleColumn::title).toList());
        columns.add("Exam readiness");
        List<List<Double>> values = sorted.stream().map(l -> {
            List<Double> row = new ArrayList<>(l.mastery());
            row.add(l.readiness());
            return row;
        }).toList();
        b.add(figure("Mastery " + on + ": students by module",
                "Each cell is a student's mastery of a module " + on + " (mean predicted chance of recall then; unseen questions count 0); "
                        + "the last column is their exam readiness, the expected share right on a blueprint exam. Students are ranked by "
                        + "readiness (#1 is the most ready), the least ready first; ● marks a student at risk.",
                Html.of().el("div", SvgHeatmap.draw("Mastery per student and module", sorted.stream().map(l -> "#" + rank.get(l.name())
                        + " " + l.name()).toList(), sorted.stream().map(l -> !l.reasons().isEmpty()).toList(), columns, values), "class", "scroll")));

        List<Svg.Stack> stacks = r.completion().stream().map(c -> new Svg.Stack(c.title() + " (" + pct(c.meanMastery()) + ")",
                new int[] {c.mastered(), c.started() - c.mastered(), c.learners() - c.started()})).toList();
        b.add(figure("Module completion", "How many students have mastered each module, started it without mastering it yet, or not "
                + "started it; the mean mastery " + on + " is in brackets.",
                Svg.stacks("Module completion", stacks, List.of("mastered", "started", "not started"), List.of("#08306b", "#9ecae1", "#eef2f7"))));

        Html risk = ReportHtml.table(Html.of().open("table", "class", "risk"), "Student", ">Mastery " + on,
                ">7 days ago", ">Readiness", ">Retention", "Last study", ">Overdue", "Why");
        Map<String, LearnerRow> byName = new TreeMap<>();
        r.learners().forEach(l -> byName.put(l.name(), l));
        for (CohortReport.AtRisk a : r.atRisk()) {
            LearnerRow l = byName.get(a.name());
            risk.open("tr").el("td", Html.of().el("b", a.name())).add(num(pct(l.overall()))).add(num(pct(l.overallWeekAgo())))
                    .add(num(pct(l.readiness()))).add(num(pct(l.trueRetention())))
                    .el("td", l.lastStudy() == null ? "never" : ReportHtml.shortWhen(l.lastStudy(), r.at(), zone), "class", "date")
                    .add(num(l.overdue())).open("td", "class", "why");
            a.reasons().forEach(reason -> risk.el("span", reason, "class", "flag").text(" "));
            risk.close("td").close("tr");
        }
        CohortReport.Thresholds t = r.thresholds();
        b.add(section("At-risk students (" + r.atRisk().size() + ")", "A student is at risk after " + t.noStudyDays()
                + " days without study, with more than " + t.overdueBacklog() + " reviews overdue, when overall mastery fell by more than "
                + Math.round(t.masteryDrop() * 100) + " points in " + t.trendDays() + " days, when true retention (the share of reviews "
                + "of learned questions recalled) is under " + pct(t.lowRetention()) + " over " + t.retentionMinReviews()
                + " reviews or more, or when a safety-critical question was answered wrong last time.",
                r.atRisk().isEmpty() ? ReportHtml.paragraph("Nobody is at risk.")
                        : Html.of().el("div", ReportHtml.endTable(risk), "class", "scroll")));
        b.add(LearnerHtml.calibration(r.calibration(), "Is the memory model right for these students?", "these students"));
        return ReportPage.page("Cohort report", n + " students, " + r.modules().size() + " modules — as of " + ReportHtml.when(r.at(), zone),
                b.add(ReportHtml.footer()));
    }
}
