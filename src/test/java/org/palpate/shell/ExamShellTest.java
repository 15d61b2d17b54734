package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.CurriculumService;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

import tools.jackson.databind.json.JsonMapper;

/** The mock exam: drawn by the blueprint, no feedback until the end, then the score and the review of misses. */
@PalpateTest
class ExamShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;
    @Autowired
    MutableClock clock;

    @Test
    void anExamIsScoredByModuleAndTopicWithEveryMissReviewed() throws Exception {
        signUp("olga");
        // blueprint 50/50 and safety has 2 questions: 2 from each module
        assertThat(run("quiz start --mode exam --count 4")).contains("Started a mock exam of 4 questions drawn by the blueprint");
        String missedId = null;
        for (int i = 0; i < 4; i++) {
            Map<String, Object> shown = next();
            String id = (String) shown.get("id");
            boolean miss = i == 0;
            String answer = miss ? Answers.wrong(curricula.question(id), shown) : Answers.right(curricula.question(id), shown);
            missedId = miss ? id : missedId;
            String recorded = run("quiz answer " + answer);
            assertThat(recorded).startsWith("Answer recorded.").doesNotContain("Right", "Why:");
        }
        assertThat(run("quiz next")).contains("That was the last question. See your score with: quiz finish");
        String score = run("quiz finish");
        assertThat(score).contains("Exam score: 3 of 4 (75%)", "basics", "safety", "2/2", "Review of the 1 missed question(s):",
                "1. " + missedId, "Your answer:", "Right answer:", "Why:");
        Map<?, ?> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).as("exam answers count as reviews").isEqualTo(4);
    }

    @Test
    void aTimedExamRefusesAnswersAfterTheDeadline() throws Exception {
        signUp("pia");
        run("quiz start --mode exam --count 3 --time 5");
        assertThat(run("quiz next")).contains("Exam · 5 min left · Question 1 of 3");
        Map<String, Object> shown = next();
        run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
        clock.advance(Duration.ofMinutes(6));
        assertThat(run("quiz answer A")).contains("Error: time is up");
        assertThat(run("quiz next")).contains("Time is up. See your score with: quiz finish");
        assertThat(run("quiz status")).contains("A mock exam ran out of time after 1 answers");
        assertThat(run("quiz finish")).contains("Time was up. Exam score: 1 of 3", "2 not answered (counted as missed)", "(not answered)");
    }

    @Test
    void examOptionsAreChecked() throws Exception {
        signUp("quin");
        assertThat(run("quiz start --mode exam --module basics")).contains("Error: an exam draws from every module by the blueprint");
        assertThat(run("quiz start --time 10")).contains("Error: --time is for exams: add --mode exam");
        run("quiz start --mode exam --count 2");
        Map<String, Object> shown = next();
        run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
        assertThat(run("quiz undo")).contains("Error: an exam answer cannot be taken back");
    }

    @Test
    void anMblexExamNeedsTheOutline() throws Exception {
        signUp("rosa");
        assertThat(run("quiz start --mode exam --blueprint mblex")).contains("Error: this curriculum has no MBLEx outline "
                + "(mblex.yaml), so --blueprint mblex cannot share an exam by its areas; leave out --blueprint");
        assertThat(run("quiz status")).doesNotContain("mock exam");
    }

    private void signUp(String name) throws Exception {
        Accounts.student(shell, name);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> next() throws Exception {
        return json.readValue(run("quiz next --format json"), Map.class);
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
