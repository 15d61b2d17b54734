package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/**
 * The MBLEx outline on the small test curriculum under src/test/resources/curricula/mblex: 8 questions each of
 * benefits (str-*), assessment (pln-*) and pathology (con-*), 2 of kinesiology (kin-*), one ethics question that is a
 * draft (eth-01, never shown to students) and one question with no area (misc-01). Anatomy and practice have none.
 */
@PalpateTest
@TestPropertySource(properties = { "palpate.test.database=mblex", "palpate.curriculum=src/test/resources/curricula/mblex" })
class MblexShellTest {

    /** The weights of the areas the students' bank covers. */
    private static final Map<String, Integer> COVERED = Map.of("kin", 12, "con", 14, "str", 15, "pln", 17);

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;

    @Test
    void statsShowTheCoverageOfEachAreaAgainstItsWeightAndTheUntaggedQuestions() throws Exception {
        Accounts.teacher(shell);
        // 28 questions in the bank: an area's target is its weight in percent of 28
        assertThat(run("curriculum stats")).contains("MBLEx coverage (areas and weights of mblex.yaml, over all 28 questions):",
                        "AREA", "SHARE", "WEIGHT", "TARGET", "COVERAGE",
                        "Untagged: 1 question with no MBLEx area (tag their topics with `mblex:`; 'curriculum validate' shows where): misc-01")
                .containsPattern("anatomy +0 +0\\.0% +11% +3\\.1 +UNDER by 3")
                .containsPattern("kinesiology +2 +7\\.1% +12% +3\\.4 +UNDER by 1")
                .containsPattern("pathology +8 +28\\.6% +14% +3\\.9 +OVER by 4")
                .containsPattern("assessment +8 +28\\.6% +17% +4\\.8 +OVER by 3")
                .containsPattern("ethics +1 +3\\.6% +16% +4\\.5 +UNDER by 3");
        Map<?, ?> stats = json.readValue(run("curriculum stats --format json"), Map.class);
        Map<?, ?> mblex = (Map<?, ?>) stats.get("mblex");
        assertThat(mblex.get("questions")).isEqualTo(28);
        assertThat(mblex.get("untagged")).isEqualTo(1);
        assertThat(mblex.get("untaggedIds")).isEqualTo(List.of("misc-01"));
        assertThat((List<?>) mblex.get("areas")).hasSize(7).first().isEqualTo(Map.of("id", "anatomy", "title",
                "Anatomy and Physiology", "weight", 11, "questions", 0, "share", 0.0, "target", 3.1, "coverage", "under",
                "difference", -3));
    }

    @Test
    void anMblexExamSharesItsQuestionsByTheWeightsOfTheAreasTheBankCovers() throws Exception {
        Accounts.student(shell, "mira");
        String started = run("quiz start --mode exam --blueprint mblex --count 10");
        assertThat(started).contains("Started a mock exam of 10 questions drawn by the MBLEx content outline",
                "The bank could not fill 3 MBLEx areas (the other areas took their places where they could):",
                "  anatomy: 0 of 1 question (the bank has none)", "  ethics: 0 of 2 questions (the bank has none)",
                "  practice: 0 of 1 question (the bank has none)");
        Map<String, Integer> drawn = areasOf(answerAll());
        // largest remainder over 12+14+15+17 = 58: exact shares 2.07, 2.41, 2.59, 2.93
        assertThat(drawn).isEqualTo(Map.of("kin", 2, "con", 2, "str", 3, "pln", 3));
        drawn.forEach((area, n) -> assertThat((double) n).as(area)
                .isBetween(10.0 * COVERED.get(area) / 58 - 1, 10.0 * COVERED.get(area) / 58 + 1));
        run("quiz finish");
    }

    @Test
    void anAreaWithTooFewQuestionsGivesWhatItHasAndIsNamed() throws Exception {
        Accounts.student(shell, "noor");
        String started = run("quiz start --mode exam --blueprint mblex --count 20");
        assertThat(started).contains("Started a mock exam of 20 questions drawn by the MBLEx content outline",
                "  kinesiology: 2 of 3 questions (the bank has only 2)", "  ethics: 0 of 3 questions (the bank has none)");
        Map<String, Integer> drawn = areasOf(answerAll());
        assertThat(drawn.get("kin")).isEqualTo(2);
        assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        assertThat(drawn).doesNotContainKeys("eth", "misc"); // the draft and the untagged question are never drawn
        run("quiz finish");
    }

    @Test
    void withoutBlueprintAnExamIsDrawnByTheProgramAsBefore() throws Exception {
        Accounts.student(shell, "otto");
        assertThat(run("quiz start --blueprint mblex")).contains("Error: --blueprint is for exams: add --mode exam");
        assertThat(run("quiz start --mode exam --blueprint modules")).contains("Error: unknown blueprint 'modules': use mblex");
        String started = run("quiz start --mode exam --count 6");
        assertThat(started).contains("Started a mock exam of 6 questions drawn by the blueprint").doesNotContain("MBLEx");
        assertThat(answerAll()).hasSize(6);
        run("quiz finish");
    }

    /** Answers every question of the open quiz ("true": all questions here are true-false) and returns their ids. */
    private List<String> answerAll() throws Exception {
        List<String> ids = new ArrayList<>();
        while (true) {
            Map<?, ?> shown = json.readValue(run("quiz next --format json"), Map.class);
            if (Boolean.TRUE.equals(shown.get("done"))) {
                return ids;
            }
            ids.add((String) shown.get("id"));
            run("quiz answer true");
        }
    }

    /** Questions per area, by the id prefix of the test curriculum. */
    private static Map<String, Integer> areasOf(List<String> ids) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        ids.forEach(id -> counts.merge(id.substring(0, id.indexOf('-')), 1, Integer::sum));
        return counts;
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
