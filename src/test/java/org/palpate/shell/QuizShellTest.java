package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.CurriculumService;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

import tools.jackson.databind.json.JsonMapper;

/** A student's quiz, driven command by command through the shell, on H2. */
@PalpateTest
class QuizShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;

    @Test
    void aStudentAnswersAPracticeQuizAndSeesProgress() throws Exception {
        signUp("ana");
        assertThat(run("quiz start --module basics --count 6")).contains("Started a practice quiz of 6 questions on basics");
        for (int i = 1; i <= 6; i++) {
            Map<String, Object> shown = next();
            assertThat(shown).containsKeys("id", "type", "prompt", "choices");
            assertThat(shown.get("position")).isEqualTo(i);
            String result = run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
            assertThat(result).contains("✔ Right.", "Why: ", "Sources:", "Next review by rating: again", "Recorded as good");
        }
        assertThat(run("quiz next")).contains("No questions left (6 of 6 right)");
        assertThat(run("quiz finish")).contains("Quiz finished: 6 of 6 right.");

        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).isEqualTo(6);
        assertThat(progress.get("modules").toString()).contains("id=basics", "seen=6, total=6");
        assertThat(run("progress")).contains("MODULE / TOPIC", "basics", "6/6", "safety", "0/2");
    }

    @Test
    void matchingQuestionsShowTwoColumnsInJson() throws Exception {
        signUp("mia");
        run("quiz start --module basics --topic strokes --count 4");
        Map<String, Object> shown;
        do {
            shown = next();
            if (!shown.get("type").equals("matching")) {
                run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
            }
        } while (!shown.get("type").equals("matching"));
        assertThat(shown).containsKeys("left", "right");
        assertThat(shown.get("left").toString()).contains("key=1", "key=2", "key=3");
        assertThat(shown.get("right").toString()).contains("key=A", "key=B", "key=C");
    }

    @Test
    void aWrongAnswerComesBackAfterThreeOthers() throws Exception {
        signUp("ben");
        run("quiz start --module basics --count 6");
        Map<String, Object> first = next();
        String id = (String) first.get("id");
        String verdict = run("quiz answer " + Answers.wrong(curricula.question(id), first));
        assertThat(verdict).contains("✘ Not right.", "Right answer:", "Recorded as again", "It will come back later in this quiz");
        for (int i = 0; i < 3; i++) {
            Map<String, Object> other = next();
            assertThat(other.get("id")).isNotEqualTo(id);
            run("quiz answer " + Answers.right(curricula.question((String) other.get("id")), other));
        }
        assertThat(next().get("id")).isEqualTo(id);
    }

    @Test
    void undoTakesBackTheAnswerTheCardAndThePosition() throws Exception {
        signUp("cleo");
        run("quiz start --module basics --count 3");
        Map<String, Object> first = next();
        run("quiz answer " + Answers.right(curricula.question((String) first.get("id")), first) + " --rate easy");
        assertThat(run("quiz undo")).contains("Took back your answer to " + first.get("id"));
        assertThat(next().get("id")).isEqualTo(first.get("id"));
        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).isEqualTo(0);
        assertThat(progress.get("modules").toString()).contains("seen=0");
        assertThat(run("quiz undo")).contains("Error: nothing to undo");
    }

    @Test
    void aMalformedAnswerIsRefusedAndNothingIsRecorded() throws Exception {
        signUp("dan");
        run("quiz start --module safety --topic vascular --count 1");
        run("quiz next");
        assertThat(run("quiz answer Z")).contains("Error: answer with one letter");
        assertThat(run("quiz answer")).contains("Error: ANSWER is missing");
        assertThat(run("quiz answer A --rate sometimes")).contains("Error: unknown rating 'sometimes'");
        Map<String, Object> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).isEqualTo(0);
    }

    @Test
    void theDailyQuizRespectsPrerequisites() throws Exception {
        signUp("eve");
        // safety needs basics: only the 6 basics questions are new today
        assertThat(run("quiz start")).contains("Started a daily quiz of 6 questions");
        assertThat(run("quiz start")).contains("Error: a quiz is already in progress");
        assertThat(run("quiz status")).contains("A daily quiz is in progress", "0 answered", "6 to go");
    }

    @Test
    void mistakesGetOneClearLine() throws Exception {
        run("logout");
        assertThat(run("quiz next")).contains("Error: nobody is logged in: run 'login NAME' first");
        signUp("finn");
        assertThat(run("quiz start --module anatomy")).contains("Error: no module 'anatomy'");
        assertThat(run("quiz next --format xml")).contains("Error: unknown format 'xml'");
        assertThatThrownBy(() -> shell.sendCommand("quiz start --modul basics"))
                .hasMessageContaining("unknown option --modul for 'quiz start'; did you mean --module?");
        assertThatThrownBy(() -> shell.sendCommand("quiz strat")).hasMessageContaining("unknown command 'quiz strat'");
    }

    @Test
    void hostileInputIsRefusedOrShownAsData() throws Exception {
        signUp("xena");
        assertThat(run("quiz start --module \"'; DROP TABLE card;--\"")).isEqualTo("Error: no module ''; DROP TABLE card;--'; modules are basics, safety");
        assertThat(run("quiz start --module \"red\u001b[31mtext\"")).contains("Error: no module 'red\\u001b[31mtext'").doesNotContain("\u001b");
        assertThat(run("quiz start --count lots")).contains("Error: --count needs a whole number, not 'lots'");
        assertThat(run("quiz start --count 0")).contains("Error: --count must be between 1 and 1000");
        run("quiz start --module basics --topic strokes --count 1");
        run("quiz next");
        assertThat(run("quiz answer " + "x".repeat(600))).contains("Error: the answer is longer than 500 characters");
        Map<?, ?> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).isEqualTo(0);
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
