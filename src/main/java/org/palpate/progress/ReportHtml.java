package org.palpate.progress;

import static org.palpate.progress.Html.esc;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import org.palpate.progress.ItemAnalysis.ChoiceCount;
import org.palpate.progress.ItemAnalysis.Item;
import org.palpate.progress.LearnerReport.CriticalItem;
import org.palpate.progress.LearnerReport.RetentionBucket;
import org.palpate.progress.LearnerReport.WeakItem;
import org.palpate.progress.ProgressReport.ModuleProgress;
import org.palpate.progress.ProgressReport.TopicProgress;
import org.palpate.progress.Svg.Bar;
import org.palpate.progress.Svg.Column;

/** The three reports as self-contained HTML pages: inline CSS and SVG, readable on screen and printed to PDF. */
public final class ReportHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM", Locale.ENGLISH);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM, HH:mm", Locale.ENGLISH);

    private ReportHtml() {
    }

    public static String learner(LearnerReport r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        LocalDate today = r.forecast().isEmpty() ? LocalDate.ofInstant(r.at(), zone) : r.forecast().get(0).date();
        long mastered = r.modules().stream().filter(ModuleProgress::mastered).count();
        int seen = r.modules().stream().mapToInt(ModuleProgress::seen).sum();
        int total = r.modules().stream().mapToInt(ModuleProgress::total).sum();
        double overall = total == 0 ? 0 : r.modules().stream().mapToDouble(m -> m.mastery() * m.total()).sum() / total;
        String on = r.horizonLabel();
        b.append("<section><div class=\"tiles\">")
                .append(tile(pct(r.readiness()), "exam readiness " + on))
                .append(tile(pct(overall), "overall mastery " + on))
                .append(tile(mastered + " / " + r.modules().size(), "modules mastered"))
                .append(tile(seen + " / " + total, "questions seen"))
                .append(tile(String.valueOf(r.reviews()), "answers recorded"))
                .append(tile(r.forecast().isEmpty() ? "0" : String.valueOf(r.forecast().get(0).count()), "reviews due today"))
                .append(tile(r.streak().current() + (r.streak().current() == 1 ? " day" : " days"), "study streak (longest " + r.streak().longest() + ")"))
                .append(tile(minutes(r.time().totalSeconds()), "time answering"))
                .append("</div></section>\n");

        List<Bar> bars = new ArrayList<>();
        for (ModuleProgress m : r.modules()) {
            bars.add(new Bar(m.title() + (m.mastered() ? " ✔" : ""), m.mastery(), false, m.seen() + "/" + m.total() + " seen"));
            for (TopicProgress t : m.topics()) {
                bars.add(new Bar(t.title(), t.mastery(), true, t.seen() + "/" + t.total()));
            }
        }
        b.append(LearnerHtml.readiness(r));
        String level = pct(MasteryPolicy.MASTERED);
        b.append(figure("Mastery by module and topic, " + on,
                "Mastery " + on + " is the mean chance, predicted by the memory model (FSRS-6), of recalling each question " + on
                        + (r.examDate() == null ? " (no exam date is set)" : ", the exam day") + "; unseen questions count 0. A module is mastered (✔) at "
                        + level + " with every question seen and out of its learning steps, and every safety-critical question answered right "
                        + "last time.",
                Svg.shareBars("Mastery by module and topic, " + on, bars, MasteryPolicy.MASTERED, level + " = mastered")));

        StringBuilder critical = new StringBuilder("<table><thead><tr><th>Question</th><th>Module</th><th>Last answer</th>"
                + "<th class=\"num\">Recall now</th><th class=\"num\">Recall " + esc(on) + "</th><th class=\"num\">Lapses</th>"
                + "<th>Next review</th></tr></thead><tbody>");
        for (CriticalItem c : r.critical()) {
            String css = c.status().equals("right") ? "right" : c.status().equals("wrong") ? "wrong" : "unseen";
            critical.append("<tr><td class=\"prompt\"><b>").append(esc(c.questionId())).append("</b><br>").append(esc(c.prompt()))
                    .append("</td><td>").append(esc(c.moduleId())).append("</td><td class=\"").append(css).append("\">")
                    .append(esc(c.status())).append(c.lastAnswered() == null ? "" : "<br><small class=\"date\">" + esc(shortWhen(c.lastAnswered(), r.at(), zone)) + "</small>")
                    .append("</td><td class=\"num\">").append(c.status().equals("not seen") ? "–" : pct(c.retrievability()))
                    .append("</td><td class=\"num\">").append(c.status().equals("not seen") ? "–" : pct(c.recallOnHorizon()))
                    .append("</td><td class=\"num\">").append(c.lapses()).append("</td><td class=\"date\">")
                    .append(c.due() == null ? "–" : esc(shortWhen(c.due(), r.at(), zone))).append("</td></tr>");
        }
        critical.append("</tbody></table>");
        b.append(section("Safety-critical questions",
                "Questions that protect clients. Each must be answered right at its last review before its module counts as mastered.",
                r.critical().isEmpty() ? "<p>The curriculum has no critical questions.</p>" : critical.toString()));

        List<Column> forecast = r.forecast().stream().map(d -> new Column(d.date().format(DAY), d.count())).toList();
        int due30 = r.forecast().stream().mapToInt(LearnerReport.DayCount::count).sum();
        b.append(figure("Reviews due in the next 30 days",
                due30 + " reviews fall due in the next 30 days. Today's column (dark) includes every overdue review.",
                Svg.columns("Reviews due per day, next 30 days", forecast, 5)));

        Map<LocalDate, Integer> perDay = new TreeMap<>();
        r.calendar().forEach(d -> perDay.put(d.date(), d.reviews()));
        b.append(figure("Study calendar", "Answers per study day over the last year (a day starts at 04:00). "
                + r.streak().daysStudied() + " days studied; current streak " + r.streak().current() + ", longest " + r.streak().longest() + ".",
                Svg.calendar("Answers per day, last 52 weeks", perDay, today, 53)));

        List<Bar> retention = r.retention().stream().map(x -> new Bar(x.label(), x.share() == null ? Double.NaN : x.share(), false,
                x.recalled() + " of " + x.reviews())).toList();
        int reviewed = r.retention().stream().mapToInt(RetentionBucket::reviews).sum();
        int recalled = r.retention().stream().mapToInt(RetentionBucket::recalled).sum();
        b.append(figure("True retention by interval",
                "Of the reviews of questions already learned, the share recalled (any rating but again), by the time since the previous "
                        + "review" + (reviewed == 0 ? "." : ": " + pct(recalled / (double) reviewed) + " overall.")
                        + " The scheduler aims at 90%.",
                Svg.shareBars("True retention by interval", retention, 0.9, "90% target")));

        b.append(LearnerHtml.calibration(r.calibration(), "Is the memory model right for you?", "you"));
        b.append(section("Time spent", "Answer time, each answer counted up to 60 seconds (as Anki does).",
                "<div class=\"tiles\">" + tile(minutes(r.time().totalSeconds()), "in total") + tile(minutes(r.time().last7DaysSeconds()), "last 7 days")
                        + tile(minutes(r.time().last30DaysSeconds()), "last 30 days")
                        + tile(String.format(Locale.ROOT, "%.1f s", r.time().secondsPerReview()), "per answer") + "</div>"));

        StringBuilder weak = new StringBuilder("<table><thead><tr><th>Question</th><th>Module</th><th class=\"num\">Recall now</th>"
                + "<th class=\"num\">Recall " + esc(on) + "</th><th class=\"num\">Lapses</th><th class=\"num\">Wrong</th><th class=\"num\">Answers</th></tr></thead><tbody>");
        for (WeakItem w : r.weakest()) {
            weak.append("<tr><td class=\"prompt\"><b>").append(esc(w.questionId())).append("</b><br>").append(esc(w.prompt()))
                    .append("</td><td>").append(esc(w.moduleId())).append("</td><td class=\"num\">").append(pct(w.retrievability()))
                    .append("</td><td class=\"num\">").append(pct(w.recallOnHorizon()))
                    .append("</td><td class=\"num\">").append(w.lapses()).append("</td><td class=\"num\">").append(w.wrong())
                    .append("</td><td class=\"num\">").append(w.reviews()).append("</td></tr>");
        }
        weak.append("</tbody></table>");
        b.append(section("Weakest questions", "The questions you are least likely to recall " + on + ", with their lapses (forgotten after "
                + "being learned) and wrong answers. Practise them with 'quiz start --module M'.",
                r.weakest().isEmpty() ? "<p>No question seen yet.</p>" : weak.toString()));
        return Html.page("Progress report: " + r.learner(), "As of " + when(r.at(), zone), b.toString() + footer());
    }

    public static String cohort(CohortReport r, ZoneId zone) {
        return CohortHtml.page(r, zone);
    }

    public static String items(ItemAnalysis r, ZoneId zone) {
        StringBuilder b = new StringBuilder();
        long flagged = r.items().stream().filter(i -> !i.flags().isEmpty()).count();
        b.append("<section><div class=\"tiles\">").append(tile(String.valueOf(r.items().size()), "questions"))
                .append(tile(String.valueOf(r.learners()), "students with answers")).append(tile(String.valueOf(flagged), "flagged"))
                .append("</div></section>\n");
        List<Svg.Point> points = r.items().stream().filter(i -> i.facility() != null && i.discrimination() != null)
                .map(i -> new Svg.Point(i.questionId(), i.facility(), i.discrimination(), !i.flags().isEmpty())).toList();
        b.append(figure("Item map", "Each dot is a question: how many got it right on the first attempt (facility) against how well it "
                + "separates stronger from weaker students (discrimination). Questions in the green band usually work; red dots are flagged.",
                Svg.itemMap("Facility against discrimination", points)));

        StringBuilder t = new StringBuilder("<div class=\"scroll\"><table><thead><tr><th>Question</th><th class=\"num\">Students</th>"
                + "<th class=\"num\">Answers</th><th class=\"num\">Facility</th><th class=\"num\">Discrim&shy;ination</th><th class=\"num\">Effi&shy;ciency</th>"
                + "<th class=\"num\">Upper−<wbr>lower</th><th class=\"num\">Mean time</th><th class=\"num\">Lapses</th>"
                + "</tr></thead><tbody>");
        for (Item i : r.items()) {
            t.append(i.choices().isEmpty() ? "<tr>" : "<tr class=\"has-picks\">").append("<td class=\"prompt\"><b>").append(esc(i.questionId())).append("</b>").append(i.critical() ? " <small>(critical)</small>" : "")
                    .append("<br><small>").append(esc(i.moduleId() + " / " + i.topic() + " · " + i.type())).append("</small><br>")
                    .append(esc(Svg.clip(i.prompt(), 160)));
            for (String f : i.flags()) {
                t.append("<br><span class=\"flag\">").append(esc(f)).append("</span>");
            }
            t.append("</td><td class=\"num\">").append(i.firstAttempts()).append("</td><td class=\"num\">").append(i.attempts())
                    .append("</td><td class=\"num\">").append(pct(i.facility())).append("</td><td class=\"num\">").append(dec(i.discrimination()))
                    .append("</td><td class=\"num\">").append(pct(i.efficiency())).append("</td><td class=\"num\">").append(dec(i.upperLower()))
                    .append("</td><td class=\"num\">").append(i.meanSeconds() == null ? "–" : String.format(Locale.ROOT, "%.1f s", i.meanSeconds()))
                    .append("</td><td class=\"num\">").append(i.lapses()).append("</td></tr>");
            if (!i.choices().isEmpty()) {
                t.append("<tr class=\"picks\"><td colspan=\"9\">").append(choices(i)).append("</td></tr>");
            }
        }
        t.append("</tbody></table></div>");
        b.append(section("Questions", "Moodle's quiz statistics, on each student's first attempt. Facility: share right. Discrimination: "
                + "correlation between the question and the rest of the student's first attempts (corrected point-biserial; 0.3 or more is good, "
                + "below 0 means stronger students got it wrong more often). Efficiency: that correlation as a share of the highest it could "
                + "reach. Upper−lower: share right in the top 27% of students minus in the bottom 27%. Flags: too easy (facility over 90%), "
                + "too hard (under 30%), negative discrimination (judged by upper−lower under 30 students), a distractor nobody picked; "
                + "no flag before 5 students.", t.toString()));
        return Html.page("Item analysis" + (r.moduleId() == null ? "" : ": " + r.moduleId()),
                r.items().size() + " questions, " + r.learners() + " students — as of " + when(r.at(), zone), b.toString() + footer());
    }

    private static String choices(Item i) {
        if (i.choices().isEmpty()) {
            return "<span class=\"unseen\">–</span>";
        }
        int total = Math.max(1, i.choices().stream().mapToInt(ChoiceCount::picks).sum());
        StringBuilder s = new StringBuilder("<ul class=\"choices\"><li class=\"head\"><span>Choices picked on first attempts</span>"
                + "<span class=\"num\">times</span><span></span></li>");
        for (ChoiceCount c : i.choices()) {
            s.append("<li").append(c.correct() ? " class=\"key\"" : "").append("><span").append(!c.correct() && c.picks() == 0 ? " class=\"none\"" : "")
                    .append(">").append(c.correct() ? "✔ " : "").append(esc(Svg.clip(c.text(), 110))).append("</span><span class=\"num\">")
                    .append(c.picks()).append("</span><span class=\"meter\"><i style=\"width:")
                    .append(Math.round(100.0 * c.picks() / total)).append("%\"></i></span></li>");
        }
        return s.append("</ul>").toString();
    }

    static String tile(String value, String label) {
        return "<div class=\"tile\"><b>" + esc(value) + "</b><span>" + esc(label) + "</span></div>";
    }

    static String section(String title, String note, String content) {
        return "<section><h2>" + esc(title) + "</h2><p class=\"note\">" + esc(note) + "</p>" + content + "</section>\n";
    }

    static String figure(String title, String note, String svg) {
        return "<section class=\"figure\"><h2>" + esc(title) + "</h2><p class=\"note\">" + esc(note) + "</p>" + svg + "</section>\n";
    }

    static String footer() {
        return "<footer>Made by Palpate. Figures are explained in the README, section Reports.</footer>\n";
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

    static List<Integer> range(int n) {
        return IntStream.range(0, n).boxed().toList();
    }
}
