package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.learner.LearnerRepository;
import org.palpate.quiz.ImportedReviews;
import org.palpate.quiz.Schedulers;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** Cohort parameters: fitted to all students, where new students start; `srs evaluate` compares the sets. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=srs-cohort")
class SrsCohortShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    AccountService accounts;
    @Autowired
    LearnerRepository learners;
    @Autowired
    ImportedReviews imported;

    @Test
    void newStudentsStartFromTheCohortAndKeepItUntilTheirOwnFitIsBetter() throws Exception {
        Path log = Path.of(SrsEvaluateShellTest.REVLOG);
        // the repository's review log split between two students by card
        imported.load(Accounts.student(accounts, "rui"), log, card -> card.hashCode() % 2 == 0);
        imported.load(Accounts.student(accounts, "sara"), log, card -> card.hashCode() % 2 != 0);
        Accounts.student(shell, "tiago");
        assertThat(run("srs optimize --cohort")).contains("Error: ");

        Accounts.teacher(shell);
        Map<?, ?> cohort = json.readValue(run("srs optimize --cohort --format json"), Map.class);
        assertThat(cohort.get("reviews")).isEqualTo(12580);
        assertThat(cohort.get("saved")).isEqualTo(true);
        assertThat(((Number) cohort.get("logLoss")).doubleValue())
                .isLessThan(((Number) cohort.get("baselineLogLoss")).doubleValue());
        double[] cohortWeights = weights(cohort);
        // a student without a fit of their own, even one without any review, is scheduled with the cohort's parameters
        assertThat(Schedulers.forLearner(learners.findByName("tiago").orElseThrow()).settings().weights())
                .containsExactly(cohortWeights);

        run("login rui");
        Map<?, ?> own = json.readValue(run("srs optimize --format json"), Map.class);
        assertThat(own.get("baseline")).isEqualTo("cohort");
        boolean better = ((Number) own.get("logLoss")).doubleValue() < ((Number) own.get("baselineLogLoss")).doubleValue();
        assertThat(own.get("inUse")).isEqualTo(better);
        assertThat(Schedulers.forLearner(learners.findByName("rui").orElseThrow()).settings().weights())
                .containsExactly(better ? weights(own) : cohortWeights);

        Map<?, ?> evaluation = json.readValue(run("srs evaluate --format json"), Map.class);
        List<?> compared = (List<?>) evaluation.get("comparison");
        List<Object> names = compared.stream().map(c -> (Object) ((Map<?, ?>) c).get("parameters")).toList();
        List<Object> inUse = compared.stream().map(c -> (Object) ((Map<?, ?>) c).get("inUse")).toList();
        assertThat(names).containsExactly("default", "cohort", "personal");
        assertThat(inUse).containsExactly(false, !better, better);
        assertThat(((Map<?, ?>) compared.get(2)).get("logLoss")).isEqualTo(own.get("logLoss"));
        assertThat(run("srs evaluate")).contains("PARAMETERS", "default", "cohort", "personal", "<- in use");
    }

    private static double[] weights(Map<?, ?> result) {
        return ((List<?>) result.get("parameters")).stream().mapToDouble(w -> ((Number) w).doubleValue()).toArray();
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
