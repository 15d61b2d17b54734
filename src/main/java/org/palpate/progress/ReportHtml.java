package org.palpate.progress;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.palpate.progress.LearnerReport.CriticalItem;
import org.palpate.progress.LearnerReport.RetentionBucket;
import org.palpate.progress.LearnerReport.WeakItem;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressReport.TopicProgress;
import org.palpate.progress.Svg.Bar;
import org.palpate.progress.Svg.Column;

/**
 * The three reports as self-contained HTML pages: inline CSS and SVG, readable on screen and printed to PDF. Every
 * page is built with {@link Html}, which escapes all text; the helpers here take plain text and fragments only.
 */
public final class ReportHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private ReportHtml() {
    }

    public static String learner(LearnerReport r, ZoneId zone) {
        Html b = Html.of();
        LocalDate today = r.forecast().isEmpty() ? LocalDate.ofInstant(r.at(), zone) : r.forecast().get(0).date();
        long mastered = r.modules().stream().filter(ModuleProgress::mastered).count();
        int seen = r.modules().stream().mapToInt(ModuleProgress::seen).sum();
        int total = r.modules().stream().mapToInt(ModuleProgress::total).sum();
        double overall = total == 0 ? 0 : r.modules().stream().mapToDouble(m -> m.mastery() * m.total()).sum() / total;
        String on = r.horizonLabel();
        b.add(tiles(tile(pct(r.readiness()), "exam readiness " + on), tile(pct(overall), "overall mastery " + on),
                tile(mastered + " / " + r.modules().size(), "modules mastered"), tile(seen + " / " + total, "questions seen"),
                tile(String.valueOf(r.reviews()), "answers recorded"),
                tile(r.forecast().isEmpty() ? "0" : String.valueOf(r.forecast().get(0).count()), "reviews due today"),
                tile(r.streak().current() + (r.streak().current() == 1 ? " day" : " days"), "study streak (longest " + r.streak().longest() + ")"),
                tile(minutes(r.time().totalSeconds()), "time answering")).newline());

        List<Bar> bars = new ArrayList<>();
        for (ModuleProgress m : r.modules()) {
            bars.add(new Bar(m.title() + (m.mastered() ? " ✔" : ""), m.mastery(), false, m.seen() + "/" + m.total() + " seen"));
            for (TopicProgress t : m.topics()) {
                bars.add(new Bar(t.title(), t.mastery(), true, t.seen() + "/" + t.total()));
            }
        }
        b.add(LearnerHtml.readiness(r));
        String level = pct(MasteryPolicy.MASTERED);
        b.add(figure("Mastery by module and topic, " + on,
                "Mastery " + on + " is the mean chance, predicted by the memory model (FSRS-6), of recalling each question " + on
                        + (r.examDate() == null ? " (no exam date is set)" : ", the exam day") + "; unseen questions count 0. A module is mastered (✔) at "
                        + level + " with every question seen and out of its learning steps, and every safety-critical question answered right "
                        + "last time.",
                Svg.shareBars("Mastery by module and topic, " + on, bars, MasteryPolicy.MASTERED, level + " = mastered")));

        Html critical = table("Question", "Module", "Last answer", ">Recall now", ">Recall " + on, ">Lapses", "Next review");
        for (CriticalItem c : r.critical()) {
            String css = c.status().equals("right") ? "right" : c.status().equals("wrong") ? "wrong" : "unseen";
            boolean unseen = c.status().equals("not seen");
            critical.open("tr").add(question(c.questionId(), c.prompt())).el("td", c.moduleId()).open("td", "class", css).text(c.status());
            if (c.lastAnswered() != null) {
                critical.open("br").el("small", shortWhen(c.lastAnswered(), r.at(), zone), "class", "date");
            }
            critical.close("td").add(num(unseen ? "–" : pct(c.retrievability()))).add(num(unseen ? "–" : pct(c.recallOnHorizon())))
                    .add(num(c.lapses())).el("td", c.due() == null ? "–" : shortWhen(c.due(), r.at(), zone), "class", "date").close("tr");
        }
        b.add(section("Safety-critical questions",
                "Questions that protect clients. Each must be answered right at its last review before its module counts as mastered.",
                r.critical().isEmpty() ? paragraph("The curriculum has no critical questions.") : endTable(critical)));

        List<Column> forecast = r.forecast().stream().map(d -> new Column(d.date().format(DAY), d.count())).toList();
        int due30 = r.forecast().stream().mapToInt(LearnerReport.DayCount::count).sum();
        b.add(figure("Reviews due in the next 30 days",
                due30 + " reviews fall due in the next 30 days. Today's column (dark) includes every overdue review.",
                Svg.columns("Reviews due per day, next 30 days", forecast, 5)));

        Map<LocalDate, Integer> perDay = new TreeMap<>();
        r.calendar().forEach(d -> perDay.put(d.date(), d.reviews()));
        b.add(figure("Study calendar", "Answers per study day over the last year (a day starts at 04:00). "
                + r.streak().daysStudied() + " days studied; current streak " + r.streak().current() + ", longest " + r.streak().longest() + ".",
                Svg.calendar("Answers per day, last 52 weeks", perDay, today, 53)));

        List<Bar> retention = r.retention().stream().map(x -> new Bar(x.label(), x.share() == null ? Double.NaN : x.share(), false,
                x.recalled() + " of " + x.reviews())).toList();
        int reviewed = r.retention().stream().mapToInt(RetentionBucket::reviews).sum();
        int recalled = r.retention().stream().mapToInt(RetentionBucket::recalled).sum();
        b.add(figure("True retention by interval",
                "Of the reviews of questions already learned, the share recalled (any rating but again), by the time since the previous "
                        + "review" + (reviewed == 0 ? "." : ": " + pct(recalled / (double) reviewed) + " overall.")
                        + " The scheduler aims at 90%.",
                Svg.shareBars("True retention by interval", retention, 0.9, "90% target")));

        b.add(LearnerHtml.calibration(r.calibration(), "Is the memory model right for you?", "you"));
        b.add(section("Time spent", "Answer time, each answer counted up to 60 seconds (as Anki does).",
                Html.of().el("div", Html.of().add(tile(minutes(r.time().totalSeconds()), "in total"))
                        .add(tile(minutes(r.time().last7DaysSeconds()), "last 7 days")).add(tile(minutes(r.time().last30DaysSeconds()), "last 30 days"))
                        .add(tile(String.format(Locale.ROOT, "%.1f s", r.time().secondsPerReview()), "per answer")), "class", "tiles")));

        Html weak = table("Question", "Module", ">Recall now", ">Recall " + on, ">Lapses", ">Wrong", ">Answers");
        for (WeakItem w : r.weakest()) {
            weak.open("tr").add(question(w.questionId(), w.prompt())).el("td", w.moduleId()).add(num(pct(w.retrievability())))
                    .add(num(pct(w.recallOnHorizon()))).add(num(w.lapses())).add(num(w.wrong())).add(num(w.reviews())).close("tr");
        }
        b.add(section("Weakest questions", "The questions you are least likely to recall " + on + ", with their lapses (forgotten after "
                + "being learned) and wrong answers. Practise them with 'quiz start --module M'.",
                r.weakest().isEmpty() ? paragraph("No question seen yet.") : endTable(weak)));
        return ReportPage.page("Progress report: " + r.learner(), "As of " + when(r.at(), zone), b.add(footer()));
    }

    public static String cohort(CohortReport r, ZoneId zone) {
        return CohortHtml.page(r, zone);
    }

    public static String items(ItemAnalysis r, ZoneId zone) {
        return ItemsHtml.page(r, zone);
    }

    /** {@code <section><div class="tiles">...</div></section>}: the row of big figures at the top of a report. */
    static Html tiles(Html... tiles) {
        Html row = Html.of();
        for (Html tile : tiles) {
            row.add(tile);
        }
        return Html.of().el("section", Html.of().el("div", row, "class", "tiles"));
    }

    static Html tile(String value, String label) {
        return Html.of().el("div", Html.of().el("b", value).el("span", label), "class", "tile");
    }

    static Html section(String title, String note, Html content) {
        return Html.of().open("section").el("h2", title).el("p", note, "class", "note").add(content).close("section").newline();
    }

    static Html figure(String title, String note, Html svg) {
        return Html.of().open("section", "class", "figure").el("h2", title).el("p", note, "class", "note").add(svg).close("section").newline();
    }

    static Html footer() {
        return Html.of().el("footer", "Made by Palpate. Figures are explained in the README, section Reports.").newline();
    }

    static Html paragraph(String text) {
        return Html.of().el("p", text);
    }

    /** An open table with its head row; a heading that starts with {@code >} heads a column of numbers. */
    static Html table(String... headings) {
        return table(Html.of().open("table"), headings);
    }

    static Html table(Html opened, String... headings) {
        Html t = opened.open("thead").open("tr");
        for (String h : headings) {
            t.el("th", h.startsWith(">") ? h.substring(1) : h, "class", h.startsWith(">") ? "num" : null);
        }
        return t.close("tr").close("thead").open("tbody");
    }

    static Html endTable(Html table) {
        return table.close("tbody").close("table");
    }

    /** A number cell. */
    static Html num(String text) {
        return Html.of().el("td", text, "class", "num");
    }

    static Html num(long number) {
        return Html.of().open("td", "class", "num").text(number).close("td");
    }

    /** The question's id in bold over its prompt. */
    private static Html question(String id, String prompt) {
        return Html.of().open("td", "class", "prompt").el("b", id).open("br").text(prompt).close("td");
    }

    static String pct(Double share) {
        return share == null ? "–" : Math.round(share * 100) + "%";
    }

    static String dec(Double value) {
        return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
    }

    static String minutes(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = Math.round(seconds / 60.0);
        return minutes < 120 ? minutes + " min" : String.format(Locale.ROOT, "%.1f h", minutes / 60.0);
    }

    /** For table cells, short enough never to wrap: the year only when it is not the year of the report. */
    static String shortWhen(Instant instant, Instant reportAt, ZoneId zone) {
        return instant.atZone(zone).getYear() == reportAt.atZone(zone).getYear() ? instant.atZone(zone).format(SHORT) : when(instant, zone);
    }

    static String when(Instant instant, ZoneId zone) {
        return instant.atZone(zone).format(WHEN);
    }
}
