package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import java.time.Instant;

import org.palpate.curriculum.CurriculumService;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.quiz.CardRepository;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.FsrsModel;
import org.palpate.scheduling.Phase;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Mastery as a new student meets it: predicted recall on the exam day (or 30 days ahead), never "mastered" after a
 * first session however well it went. The clock starts on Mon 2 Mar 2026, 09:00 UTC.
 */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=mastery-shell")
class MasteryShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;
    @Autowired
    MutableClock clock;
    @Autowired
    LearnerRepository learners;
    @Autowired
    CardRepository cards;

    @Test
    void sixRightAnswersInAFirstSessionMasterNothing() throws Exception {
        Accounts.student(shell, "nora");
        run("quiz start --module basics --count 6");
        for (int i = 0; i < 6; i++) {
            Map<String, Object> shown = json.readValue(run("quiz next --format json"), Map.class);
            assertThat(run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown))).contains("✔ Right.");
        }
        run("quiz finish");
        clock.advance(Duration.ofMinutes(10));

        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress).containsEntry("reviews", 6).containsEntry("horizon", "2026-04-01").containsEntry("examDate", null)
                .containsKey("readiness");
        Map<String, Object> basics = module(progress, "basics");
        assertThat(basics).containsEntry("seen", 6).containsEntry("mastered", false).containsEntry("learning", 6);
        // each card after one good answer: S = 2.3065, 30 days on R = 13.75102^-0.1542 = 0.667526
        assertThat((Double) basics.get("mastery")).isCloseTo(0.667526, within(1e-6));
        for (Map<String, Object> topic : (List<Map<String, Object>>) basics.get("topics")) {
            assertThat((Double) topic.get("mastery")).as((String) topic.get("id")).isLessThanOrEqualTo(0.8);
        }
        // blueprint 50/50, safety not started: 0.5 * 0.667526
        assertThat((Double) progress.get("readiness")).isCloseTo(0.5 * 0.667526, within(1e-6));

        String table = run("progress");
        assertThat(table).contains("no exam date set, so mastery is predicted in 30 days (Wed 1 Apr)", "MASTERY IN 30 DAYS",
                "EXAM READINESS IN 30 DAYS: 33%", "Critical questions at risk in 30 days (predicted recall under 90%): 2: s-dvt (not seen)")
                .doesNotContain("basics ✔");
        assertThat(line(table, "basics")).contains("67%", "6/6");
    }

    @Test
    void anExamDateMovesTheHorizonAndOnlyItsOwnerOrAnInstructorSetsIt() throws Exception {
        Accounts.student(shell, "omar");
        run("quiz start --module basics --count 1");
        Map<String, Object> shown = json.readValue(run("quiz next --format json"), Map.class);
        run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));

        assertThat(run("learner exam-date")).startsWith("Your exam date is not set: mastery and readiness look 30 days ahead.");
        assertThat(run("learner exam-date 2026-03-14"))
                .isEqualTo("The exam date of omar is 2026-03-14 (Sat 14 Mar 2026): mastery and readiness are predicted for that day.");
        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress).containsEntry("horizon", "2026-03-14").containsEntry("examDate", "2026-03-14")
                .containsEntry("horizonLabel", "on 14 Mar").containsEntry("daysLeft", 12);
        // one card, S = 2.3065, 12 days to the exam: (1 + 0.98034649 * 12 / 2.3065)^-0.1542 = 0.756654; 1 of 6 questions
        assertThat((Double) module(progress, "basics").get("mastery")).isCloseTo(0.756654 / 6, within(1e-6));
        assertThat(run("progress")).contains("exam on 14 Mar (12 days left)", "MASTERY ON 14 MAR", "EXAM READINESS ON 14 MAR");
        assertThat(run("report learner")).contains("RECALL ON 14 MAR");

        assertThat(run("learner exam-date 2026-03-01")).startsWith("Error: the exam date 2026-03-01 is in the past");
        assertThat(run("learner exam-date 2026-02-30")).startsWith("Error: '2026-02-30' is not a date of the calendar");
        assertThat(run("learner exam-date teacher 2026-04-01")).isEqualTo("Error: students can set only their own exam date");
        assertThat(run("learner exam-date --all 2026-04-01")).isEqualTo("Error: only instructors can do this");
        assertThat(run("learner exam-date --clear")).startsWith("The exam date of omar is cleared");
        assertThat(json.readValue(run("progress --format json"), Map.class)).containsEntry("examDate", null);

        Accounts.teacher(shell);
        assertThat(run("learner exam-date omar 2026-03-20")).startsWith("The exam date of omar is 2026-03-20");
        assertThat(run("learner exam-date omar")).isEqualTo("The exam date of omar is 2026-03-20 (Fri 20 Mar 2026).");
        assertThat(run("learner exam-date --all 2026-03-21")).startsWith("Every student's exam date (");
        assertThat(run("report learner omar")).contains("exam on 21 Mar (19 days left)");
        assertThat(run("report cohort")).contains("mastery per module on 21 Mar", "EXAM READINESS ON 21 MAR:", "RANK");
        assertThat(run("learner exam-date --all --clear")).startsWith("Every student's exam date (").contains("is cleared");
    }

    @Test
    void beforeTheExamNoReviewIsDueAfterItThatWouldBeForgottenThere() throws Exception {
        Accounts.student(shell, "pia");
        assertThat(run("learner exam-date 2026-03-12")).startsWith("The exam date of pia is 2026-03-12");
        run("quiz start --module basics --count 6");
        for (int i = 0; i < 6; i++) {
            Map<String, Object> shown = json.readValue(run("quiz next --format json"), Map.class);
            run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown) + " --rate easy");
        }
        Learner pia = learners.findByName("pia").orElseThrow();
        Instant examDay = Instant.parse("2026-03-12T04:00:00Z");
        long daysLeft = Duration.between(clock.instant(), examDay).toDays();
        FsrsModel model = FsrsModel.defaults();
        for (CardState card : cards.findAll(pia.id()).values()) {
            // easy on a new card: review phase, S = 8.2956; fuzz may pick up to 10 days, past the exam (9 days 19 h away)
            assertThat(card.phase()).isEqualTo(Phase.REVIEW);
            if (model.retrievability(daysLeft, card.stability()) < pia.desiredRetention()) {
                assertThat(card.due()).as("due before the exam").isBeforeOrEqualTo(examDay);
            }
        }
    }

    private static Map<String, Object> module(Map<String, Object> progress, String id) {
        return ((List<Map<String, Object>>) progress.get("modules")).stream().filter(m -> m.get("id").equals(id)).findFirst().orElseThrow();
    }

    private static String line(String text, String start) {
        return text.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError("no line " + start + " in\n" + text));
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines()).strip();
    }
}
