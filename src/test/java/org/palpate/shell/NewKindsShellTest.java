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
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** Cloze and numerical questions through the shell: shown, answered, scored in an exam, counted in the reports. */
@PalpateTest
@TestPropertySource(properties = { "palpate.curriculum=src/test/resources/curricula/kinds", "palpate.test.database=kinds" })
class NewKindsShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;

    @Test
    void typedAnswersAreShownWithTheirBlanksAndUnitsAndGraded() throws Exception {
        Accounts.student(shell, "ana");
        run("quiz start --module typed --count 4");
        boolean first = true;
        for (int i = 0; i < 4; i++) {
            String text = run("quiz next");
            Map<String, Object> shown = next();
            String id = (String) shown.get("id");
            switch (id) {
                case "two-strokes" -> {
                    assertThat(shown.get("gaps")).isEqualTo(2);
                    assertThat(shown.get("prompt")).isEqualTo("Gliding strokes are called [1] _____; kneading strokes are called [2] _____.");
                    assertThat(text).contains("[1] _____", "Type the 2 missing words in order, separated by `;`.");
                    assertThat(run("quiz answer effleurage")).contains("Error: type the 2 missing words in order");
                }
                case "hold" -> {
                    assertThat(shown.get("unit")).isEqualTo("seconds");
                    assertThat(text).contains("Type a number in seconds.");
                    assertThat(run("quiz answer about a minute")).contains("Error: type one number (in seconds)");
                }
                default -> assertThat(shown).containsKeys("id", "prompt");
            }
            String answer = first ? Answers.wrong(curricula.question(id), shown) : Answers.right(curricula.question(id), shown);
            String verdict = run("quiz answer \"" + answer + "\"");
            assertThat(verdict).contains(first ? "✘ Not right." : "✔ Right.", "Right answer: ");
            first = false;
        }
    }

    @Test
    void anExamScoresTypedAnswersAndTheItemAnalysisListsThem() throws Exception {
        Accounts.student(shell, "ben");
        assertThat(run("quiz start --mode exam --count 4")).contains("Started a mock exam of 4 questions");
        for (int i = 0; i < 4; i++) {
            Map<String, Object> shown = next();
            String id = (String) shown.get("id");
            String answer = id.equals("ice") ? "45" : Answers.right(curricula.question(id), shown);
            assertThat(run("quiz answer \"" + answer + "\"")).contains("Answer recorded.").doesNotContain("Right answer");
        }
        assertThat(run("quiz finish")).contains("3 of 4", "ice", "10 to 20 minutes");

        Accounts.teacher(shell);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) json.readValue(
                run("report items --format json --module typed"), Map.class).get("items");
        assertThat(items).extracting(i -> i.get("questionId") + " " + i.get("type"))
                .contains("two-strokes cloze", "hold numerical", "ice numerical");
    }

    private Map<String, Object> next() throws Exception {
        return json.readValue(run("quiz next --format json"), Map.class);
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
