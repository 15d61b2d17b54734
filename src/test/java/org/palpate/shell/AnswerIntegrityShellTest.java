package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.curriculum.CurriculumService;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * Answers are bound to the question the learner saw, an exam reveals nothing before it is finished, and undo keeps
 * the first attempt on record (issue: trustworthy answers). A database of its own, so the item analysis sees only
 * these students.
 */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=answer-integrity")
class AnswerIntegrityShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aRepeatedAnswerDoesNotLandOnAQuestionNobodySaw() throws Exception {
        Accounts.student(shell, "rico");
        run("quiz start --module safety --count 2");
        Map<String, Object> shown = next();
        String answer = Answers.right(curricula.question((String) shown.get("id")), shown);
        assertThat(run("quiz answer " + answer)).contains("Recorded as good");
        assertThat(run("quiz answer " + answer)).isEqualTo("Error: no question is shown: run 'quiz next'");
        assertThat(reviews("rico")).isEqualTo(1);
        assertThat(run("quiz status")).contains("1 answered", "1 to go");
    }

    @Test
    void anAnswerNeedsTheQuestionShownFirstAndTextModeShowsItsId() throws Exception {
        Accounts.student(shell, "sara");
        run("quiz start --module basics --count 2");
        assertThat(run("quiz answer A")).isEqualTo("Error: no question is shown: run 'quiz next'");
        String head = head("sara");
        assertThat(run("quiz next")).contains("Question 1 of 2 · basics / ", " · " + head + "\n");
        Map<String, Object> shown = next();
        run("quiz answer " + Answers.right(curricula.question(head), shown));
        // a script names the question it means, and needs no 'quiz next' in between
        String second = head("sara");
        String valid = switch (curricula.question(second).type()) {
            case TRUE_FALSE -> "true";
            case SHORT -> "kneading";
            case MATCHING -> "A,B,C";
            case ORDERING -> "A,B,C,D";
            default -> "A";
        };
        assertThat(run("quiz answer --question " + second + " " + valid)).contains("Recorded as");
        assertThat(reviews("sara")).isEqualTo(2);
    }

    private String head(String name) {
        return jdbc.sql("SELECT queue FROM quiz_session s JOIN learner l ON l.id = s.learner_id WHERE l.name = ? "
                + "AND s.finished_at IS NULL").param(name).query(String.class).single().split(",")[0];
    }

    @Test
    void studyWithNothingLeftNowSaysWhenTheNextComesBackAndIsNoError() throws Exception {
        Accounts.student(shell, "xia");
        for (int round = 0; round < 5 && !run("quiz start").startsWith("Error: nothing to study now"); round++) {
            for (Map<String, Object> shown = next(); shown.containsKey("id"); shown = next()) {
                run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
            }
            run("quiz finish");
        }
        assertThat(run("study")).isEqualTo("Nothing to study now: 8 come back later today, the next at 09:10; come back "
                + "then, or practise with 'quiz start --module M'.");
    }

    @Test
    void aTopicIsSuggestedWhenMisspelt() throws Exception {
        Accounts.student(shell, "uma");
        assertThat(run("quiz start --topic strokez")).startsWith("Error: no topic 'strokez'; did you mean 'strokes'?");
    }

    @Test
    void aShortAnswerOneLetterOffMayBeRetypedOnceAndIsNeverRightByItself() throws Exception {
        Accounts.student(shell, "vic");
        practiseUntilTheShortAnswer();
        int before = reviews("vic");
        assertThat(run("quiz answer petrisage")).startsWith("Error: close: check the spelling and answer again");
        assertThat(reviews("vic")).as("a near miss records nothing").isEqualTo(before);
        assertThat(run("quiz answer petrisage")).as("the second near miss counts as typed").contains("✘ Not right.");
    }

    @Test
    void aNearMissThatIsAlsoNearAnotherTermOfTheModuleGetsNoHint() throws Exception {
        Accounts.student(shell, "wes");
        practiseUntilTheShortAnswer();
        // "kneadin" is one letter from the answer "kneading", and two from "Kneads", a term of another question
        assertThat(run("quiz answer kneadin")).contains("✘ Not right.");
    }

    /** A practice quiz on strokes, the questions before the short answer answered right. */
    private void practiseUntilTheShortAnswer() throws Exception {
        run("quiz start --module basics --topic strokes --count 4");
        for (Map<String, Object> shown = next(); !shown.get("id").equals("b-short"); shown = next()) {
            run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
        }
    }

    private int reviews(String name) {
        return jdbc.sql("SELECT COUNT(*) FROM review_log r JOIN learner l ON l.id = r.learner_id WHERE l.name = ? "
                + "AND r.undone_at IS NULL").param(name).query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> next() throws Exception {
        return json.readValue(run("quiz next --format json"), Map.class);
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
