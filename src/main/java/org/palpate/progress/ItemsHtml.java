package org.palpate.progress;

import static org.palpate.progress.ReportHtml.dec;
import static org.palpate.progress.ReportHtml.figure;
import static org.palpate.progress.ReportHtml.num;
import static org.palpate.progress.ReportHtml.pct;
import static org.palpate.progress.ReportHtml.section;
import static org.palpate.progress.ReportHtml.tile;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.palpate.progress.ItemAnalysis.ChoiceCount;
import org.palpate.progress.ItemAnalysis.Item;

/** The item analysis as a self-contained HTML page. */
final class ItemsHtml {

    private ItemsHtml() {
    }

    static String page(ItemAnalysis r, ZoneId zone) {
        Html b = Html.of();
        long flagged = r.items().stream().filter(i -> !i.flags().isEmpty()).count();
        b.add(ReportHtml.tiles(tile(String.valueOf(r.items().size()), "questions"), tile(String.valueOf(r.learners()), "students with answers"),
                tile(String.valueOf(flagged), "flagged")).newline());
        List<Svg.Point> points = r.items().stream().filter(i -> i.facility() != null && i.discrimination() != null)
                .map(i -> new Svg.Point(i.questionId(), i.facility(), i.discrimination(), !i.flags().isEmpty())).toList();
        b.add(figure("Item map", "Each dot is a question: how many got it right on the first attempt (facility) against how well it "
                + "separates stronger from weaker students (discrimination). Questions in the green band usually work; red dots are flagged.",
                Svg.itemMap("Facility against discrimination", points)));

        Html t = Html.of().open("div", "class", "scroll").open("table").open("thead").open("tr").el("th", "Question");
        t.el("th", "Students", "class", "num").el("th", "Answers", "class", "num").el("th", "Facility", "class", "num")
                .el("th", Html.of("Discrim").entity("shy").text("ination"), "class", "num")
                .el("th", Html.of("Effi").entity("shy").text("ciency"), "class", "num")
                .el("th", Html.of("Upper−").open("wbr").text("lower"), "class", "num")
                .el("th", "Mean time", "class", "num").el("th", "Lapses", "class", "num").close("tr").close("thead").open("tbody");
        for (Item i : r.items()) {
            t.open("tr", "class", i.choices().isEmpty() ? null : "has-picks").open("td", "class", "prompt").el("b", i.questionId());
            if (i.critical()) {
                t.text(" ").el("small", "(critical)");
            }
            t.open("br").el("small", i.moduleId() + " / " + i.topic() + " · " + i.type()).open("br").text(Svg.clip(i.prompt(), 160));
            for (String f : i.flags()) {
                t.open("br").el("span", f, "class", "flag");
            }
            t.close("td").add(num(i.firstAttempts())).add(num(i.attempts())).add(num(pct(i.facility()))).add(num(dec(i.discrimination())))
                    .add(num(pct(i.efficiency()))).add(num(dec(i.upperLower())))
                    .add(num(i.meanSeconds() == null ? "–" : String.format(Locale.ROOT, "%.1f s", i.meanSeconds()))).add(num(i.lapses()))
                    .close("tr");
            if (!i.choices().isEmpty()) {
                t.open("tr", "class", "picks").el("td", choices(i), "colspan", 9).close("tr");
            }
        }
        t.close("tbody").close("table").close("div");
        b.add(section("Questions", "Moodle's quiz statistics, on each student's first attempt. Facility: share right. Discrimination: "
                + "correlation between the question and the rest of the student's first attempts (corrected point-biserial; 0.3 or more is good, "
                + "below 0 means stronger students got it wrong more often). Efficiency: that correlation as a share of the highest it could "
                + "reach. Upper−lower: share right in the top 27% of students minus in the bottom 27%. Flags: too easy (facility over 90%), "
                + "too hard (under 30%), negative discrimination (judged by upper−lower under 30 students), a distractor nobody picked; "
                + "no flag before 5 students.", t));
        return ReportPage.page("Item analysis" + (r.moduleId() == null ? "" : ": " + r.moduleId()),
                r.items().size() + " questions, " + r.learners() + " students — as of " + ReportHtml.when(r.at(), zone),
                b.add(ReportHtml.footer()));
    }

    /** How often each choice was picked on first attempts, the key ticked, a distractor nobody picked in red. */
    private static Html choices(Item i) {
        int total = Math.max(1, i.choices().stream().mapToInt(ChoiceCount::picks).sum());
        Html s = Html.of().open("ul", "class", "choices").open("li", "class", "head").el("span", "Choices picked on first attempts")
                .el("span", "times", "class", "num").el("span", "").close("li");
        for (ChoiceCount c : i.choices()) {
            s.open("li", "class", c.correct() ? "key" : null)
                    .el("span", (c.correct() ? "✔ " : "") + Svg.clip(c.text(), 110), "class", !c.correct() && c.picks() == 0 ? "none" : null)
                    .open("span", "class", "num").text(c.picks()).close("span")
                    .el("span", Html.of().el("i", "", "style", "width:" + Math.round(100.0 * c.picks() / total) + "%"), "class", "meter")
                    .close("li");
        }
        return s.close("ul");
    }
}
