package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.Role;
import org.palpate.quiz.RecordedReviews;
import org.palpate.scheduling.Rating;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A learner name, module and topic titles, question prompts and a choice that are HTML (a script, an attribute
 * break-out with an onerror handler, an ampersand, quotes) go through every HTML report as text: parsed back, the
 * page has no script, no image and no handler, and shows each text exactly as written (escaped once, not twice).
 */
@PalpateTest
@TestPropertySource(properties = { "palpate.test.database=hostile-reports", "palpate.curriculum=src/test/resources/curricula/hostile" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextInReportsTest {

    /** The same text as in src/test/resources/curricula/hostile. */
    static final String HOSTILE = "<script>alert(1)</script>\"><img src=x onerror=alert(2)> & 'q'";
    static final String NAME = "<script>x</script>\"><img onerror=y> & 'q'";

    @Autowired
    ShellTestClient shell;
    @Autowired
    AccountService accounts;
    @Autowired
    RecordedReviews recorded;
    @Autowired
    MutableClock clock;
    @TempDir
    Path dir;

    @BeforeAll
    void studentsAnswer() {
        accounts.add("ida", Role.INSTRUCTOR, TestBeans.PASSWORD.toCharArray());
        accounts.login("ida", TestBeans.PASSWORD.toCharArray());
        Learner hostile = accounts.add(NAME, Role.STUDENT, TestBeans.PASSWORD.toCharArray());
        Learner other = accounts.add("otto", Role.STUDENT, TestBeans.PASSWORD.toCharArray());
        Instant t = clock.instant();
        recorded.wrong(hostile, "b-single", "Tapotement " + HOSTILE, t, 10_000);
        recorded.wrong(hostile, "s-dvt", null, t.plusSeconds(60), 10_000);
        recorded.right(other, "b-single", Rating.GOOD, t.plusSeconds(120), 10_000);
        recorded.right(other, "s-dvt", Rating.GOOD, t.plusSeconds(180), 10_000);
        clock.advance(Duration.ofDays(2));
    }

    @Test
    void everyHtmlReportShowsHostileTextAsText() throws Exception {
        run("login ida");
        check(report("report learner \"" + NAME.replace("\"", "\\\"") + "\" --format html --out "), NAME, "Basics " + HOSTILE,
                "Strokes " + HOSTILE, "What do you do? " + HOSTILE);
        check(report("report cohort --format html --out "), NAME, "Basics " + HOSTILE);
        check(report("report items --format html --out "), "Which stroke is a long gliding stroke? " + HOSTILE,
                "Tapotement " + HOSTILE);
        run("login otto");
        check(report("progress --format html --out "), "Basics " + HOSTILE, "Strokes " + HOSTILE);
    }

    private String report(String command) throws Exception {
        Path out = Files.createTempFile(dir, "report", ".html");
        Files.delete(out);
        String said = run(command + out);
        assertThat(said).as(command).startsWith("Wrote the html report to");
        return Files.readString(out);
    }

    private static void check(String page, String... texts) {
        Document doc = Jsoup.parse(page);
        assertThat(doc.select("script, img, iframe, object, embed")).as("elements from the texts").isEmpty();
        assertThat(doc.getAllElements().stream().flatMap(e -> e.attributes().asList().stream())
                .filter(a -> a.getKey().toLowerCase().startsWith("on"))).as("event handlers").isEmpty();
        String shown = doc.wholeText();
        for (String text : texts) {
            assertThat(shown).as("shown as written, escaped once").contains(text);
        }
        assertThat(page).doesNotContain("&amp;lt;", "&amp;amp;", "&amp;quot;", "&amp;#39;");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines()).strip();
    }
}
