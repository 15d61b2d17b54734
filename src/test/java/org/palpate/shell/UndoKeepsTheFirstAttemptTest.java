package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
 * Undo puts the card and the quiz back exactly, but an answer taken back stays on record as taken back: a wrong
 * answer, undo, then the right one is a wrong first attempt for the item analysis. A database of its own, so the
 * item analysis sees only this student.
 */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=undo-first-attempt")
class UndoKeepsTheFirstAttemptTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anUndoneWrongAnswerStaysTheFirstAttemptAndTheCardIsRestoredExactly() throws Exception {
        Accounts.student(shell, "tom");
        run("quiz start --module basics --count 6");
        Map<String, Object> shown = next();
        String id = (String) shown.get("id");
        assertThat(run("quiz answer " + Answers.wrong(curricula.question(id), shown))).contains("✘ Not right.", "Right answer:");
        assertThat(run("quiz undo")).contains("Took back your answer to " + id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM card c JOIN learner l ON l.id = c.learner_id WHERE l.name = 'tom'")
                .query(Integer.class).single()).as("the card is as before the answer: new").isZero();
        shown = next();
        assertThat(shown.get("id")).isEqualTo(id);
        assertThat(run("quiz answer " + Answers.right(curricula.question(id), shown))).contains("✔ Right.");

        Map<?, ?> progress = json.readValue(run("progress --format json"), Map.class);
        assertThat(progress.get("reviews")).as("the answer taken back is not a review").isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM review_log r JOIN learner l ON l.id = r.learner_id WHERE l.name = 'tom' "
                + "AND r.undone_at IS NOT NULL AND r.correct = FALSE").query(Integer.class).single()).isEqualTo(1);

        Accounts.teacher(shell);
        Map<String, Object> items = json.readValue(run("report items --format json --module basics"), Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> item = ((List<Map<String, Object>>) items.get("items")).stream()
                .filter(i -> i.get("questionId").equals(id)).findFirst().orElseThrow();
        assertThat(item).as("the first attempt was the wrong one").containsEntry("facility", 0.0);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> next() throws Exception {
        return json.readValue(run("quiz next --format json"), Map.class);
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
