package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.learner.AccountService;
import org.palpate.progress.SmallCohortAccess;
import org.palpate.quiz.RecordedReviews;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** Every report in every format through the shell, on the small cohort of the hand calculations. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=report-shell")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReportShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    RecordedReviews recorded;
    @Autowired
    MutableClock clock;
    @TempDir
    Path dir;

    @BeforeAll
    void cohort() {
        SmallCohortAccess.record(accounts, recorded, clock);
    }

    @Test
    void itemAnalysisInEveryFormat() throws Exception {
        run("login ida");
        String table = run("report items");
        assertThat(table).contains("Item analysis: 8 questions, 6 students", "QUESTION", "FACILITY", "DISCR", "UPPER-LOWER");
        assertThat(line(table, "b-single ")).contains("5", "7", "60%", "0.00", "1.00", "18.6", "unused distractor");
        assertThat(line(table, "b-tf ")).contains("80%", "-0.59", "-114%");
        assertThat(table).contains("b-single: ✔ Effleurage 3 | Tapotement 2 | Petrissage 0");

        List<CSVRecord> csv = csv(run("report items --format csv"));
        CSVRecord q1 = csv.stream().filter(r -> r.get("question").equals("b-single")).findFirst().orElseThrow();
        assertThat(q1.get("facility")).isEqualTo("0.6000");
        assertThat(q1.get("discrimination")).isIn("0.0000", "-0.0000");
        assertThat(q1.get("upper_lower")).isEqualTo("1.0000");
        assertThat(q1.get("answers")).isEqualTo("7");
        assertThat(q1.get("mean_seconds")).isEqualTo("18.5714");
        assertThat(q1.get("choices")).isEqualTo("*Effleurage=3 | Tapotement=2 | Petrissage=0");
        assertThat(q1.get("flags")).isEqualTo("unused distractor");
        assertThat(csv.stream().filter(r -> r.get("question").equals("b-matching")).findFirst().orElseThrow().get("facility")).isEmpty();

        Map<String, Object> parsed = json.readValue(run("report items --format json --module basics"), Map.class);
        assertThat(parsed).containsEntry("moduleId", "basics").containsEntry("learners", 6);
        List<Map<String, Object>> items = (List<Map<String, Object>>) parsed.get("items");
        assertThat(items).hasSize(6);
        assertThat(items.get(1)).containsEntry("questionId", "b-multiple").containsEntry("facility", 0.5);
        assertThat((Double) items.get(1).get("discrimination")).isCloseTo(Math.sqrt(0.5), org.assertj.core.api.Assertions.within(1e-9));

        Path html = dir.resolve("items.html");
        assertThat(run("report items --out " + html)).startsWith("Wrote the html report to " + html);
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("<h1>Item analysis</h1>", "Facility against discrimination", "b-single", "unused distractor",
                "Petrissage");
    }

    @Test
    void cohortInEveryFormat() throws Exception {
        run("login ida");
        String table = run("report cohort");
        assertThat(table).contains("Cohort: 6 students", "BASICS", "SAFETY", "MODULE COMPLETION", "AT RISK (");
        assertThat(line(table, "basics ")).contains("0/6", "5/6");
        assertThat(table).contains("fabio: no study for 7 days; critical question s-dvt answered wrong last time");

        List<CSVRecord> csv = csv(run("report cohort --format csv"));
        assertThat(csv).extracting(r -> r.get("learner")).containsExactly("alba", "bruno", "carla", "dario", "elena", "fabio");
        CSVRecord fabio = csv.get(5);
        assertThat(fabio.get("critical_wrong")).isEqualTo("s-dvt");
        assertThat(fabio.get("at_risk")).isEqualTo("true");
        assertThat(fabio.get("mastery_basics")).isEqualTo("0.0000");
        assertThat(csv.get(0).get("reviews_7_days")).isEqualTo("1");
        assertThat(csv.get(0).get("at_risk")).isEqualTo("false");

        Map<String, Object> parsed = json.readValue(run("report cohort --format json"), Map.class);
        assertThat(parsed).containsKeys("at", "modules", "learners", "completion", "atRisk", "thresholds");
        assertThat(parsed.get("thresholds")).isEqualTo(Map.of("noStudyDays", 7, "overdueBacklog", 20, "masteryDrop", 0.1, "trendDays", 7,
                "lowRetention", 0.75, "retentionMinReviews", 20, "onTrack", 0.8));

        Path html = dir.resolve("cohort.html");
        run("report cohort --format html --out " + html);
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("<h1>Cohort report</h1>", "Mastery per student and module", "Module completion", "At-risk students (");
    }

    @Test
    void aLearnerReportInEveryFormatAndProgressKeepsItsContract() throws Exception {
        run("login bruno");
        String table = run("report learner");
        assertThat(table).contains("bruno: 5 answers recorded", "SAFETY-CRITICAL QUESTIONS", "s-dvt", "not seen",
                "DUE IN THE NEXT 30 DAYS: 4 reviews", "today (with overdue)", "STUDY CALENDAR", "TRUE RETENTION",
                "Streak: 0 days (longest 1, 2 days studied)", "Time answering: 1 min in total", "WEAKEST QUESTIONS");
        assertThat(line(table, "3-6 days")).contains("1", "0", "0%");
        // one prediction: q1 (easy, S = 8.2956) 5 days later, R = 1.590870^-0.1542 = 0.9309, forgotten
        assertThat(table).contains("IS THE MEMORY MODEL RIGHT FOR YOU?", "The memory model over-estimates you by 93 points "
                + "(predicted 93% recalled on average, observed 0% over 1 review)");
        assertThat(line(table, "90-100%")).contains("1", "93%", "0%");

        List<CSVRecord> csv = csv(run("report learner bruno --format csv"));
        assertThat(csv.get(0).values()).containsExactly("summary", "bruno", "", "reviews", "5");
        assertThat(csv).anySatisfy(r -> assertThat(r.values()).containsExactly("calendar", "2026-03-02", "", "reviews", "4"));
        assertThat(csv).anySatisfy(r -> assertThat(r.values()).containsExactly("retention", "3-6 days", "", "share", "0.0000"));
        assertThat(csv).anySatisfy(r -> assertThat(r.values()).containsExactly("time", "per_review", "", "seconds", "12.0000"));

        Map<String, Object> parsed = json.readValue(run("report learner --format json"), Map.class);
        assertThat(parsed).containsEntry("learner", "bruno").containsEntry("reviews", 5)
                .containsKeys("modules", "critical", "forecast", "calendar", "retention", "streak", "time", "weakest");

        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress).containsEntry("reviews", 5).containsKey("modules");
        List<CSVRecord> progressCsv = csv(run("progress --format csv"));
        assertThat(progressCsv.get(0).get("module")).isEqualTo("basics");
        assertThat(progressCsv.get(0).get("seen")).isEqualTo("4");
        Path html = dir.resolve("me.html");
        assertThat(run("progress --out " + html)).startsWith("Wrote the html report to");
        String page = Files.readString(html);
        assertSelfContained(page);
        assertThat(page).contains("<h1>Progress report: bruno</h1>", "Mastery by module and topic", "Reviews due in the next 30 days",
                "Study calendar", "True retention by interval", "Weakest questions", "@media print", "Is the memory model right for you?",
                "Exam readiness in 30 days");
    }

    @Test
    void studentsSeeOnlyTheirOwnAndMistakesGetOneLine() throws Exception {
        run("login carla");
        assertThat(run("report learner alba")).isEqualTo("Error: students can read only their own progress");
        assertThat(run("report cohort")).isEqualTo("Error: only instructors can do this");
        assertThat(run("report items --format csv")).isEqualTo("Error: only instructors can do this");
        assertThat(run("report learner --format xml")).startsWith("Error: unknown format 'xml': use table or csv or json or html");
        run("login ida");
        assertThat(run("report learner nobody")).isEqualTo("Error: no learner named 'nobody'");
        assertThat(run("report items --module anatomy")).startsWith("Error: no module 'anatomy'");
        Files.writeString(dir.resolve("file.txt"), "a file, not a folder");
        assertThat(run("report cohort --out " + dir.resolve("file.txt").resolve("under-a-file.csv"))).startsWith("Error: cannot write");
    }

    @Test
    void demoSeedRefusesADatabaseWithRealAccounts() throws Exception {
        assertThat(run("demo seed --learners 2 --days 3")).startsWith("Error: this database has 7 account(s) of real people");
        assertThat(run("demo seed --learners 0")).startsWith("Error: --learners must be between 1 and");
    }

    private static void assertSelfContained(String page) {
        assertThat(page).startsWith("<!DOCTYPE html>").contains("<svg").doesNotContain("<script", "<link", "@import", "url(");
        assertThat(page.replace("xmlns=\"http://www.w3.org/2000/svg\"", "")).doesNotContain("http://", "https://");
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    private static List<CSVRecord> csv(String text) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(text)).getRecords();
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines()).strip();
    }
}
