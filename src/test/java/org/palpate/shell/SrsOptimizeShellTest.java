package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.quiz.ImportedReviews;
import org.palpate.quiz.Schedulers;
import org.palpate.scheduling.FsrsModel;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** `srs optimize` on the real review log of the test resources, as a file and as a learner's own history. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=srs-optimize")
class SrsOptimizeShellTest {

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
    void fitsARevlogFileAsWellAsFsrsRs() throws Exception {
        Map<?, ?> result = json.readValue(run("srs optimize --revlog " + SrsEvaluateShellTest.REVLOG + " --format json"),
                Map.class);
        assertThat(result.keySet().stream().map(String::valueOf).toList()).contains("parameters", "logLoss", "rmseBins", "items", "ms");
        assertThat((List<?>) result.get("parameters")).hasSize(21);
        assertThat(result.get("items")).isEqualTo(6276);
        // fsrs-rs (npm binding 0.5.0) reaches 0.445290 / 0.050036 on this log
        assertThat(((Number) result.get("logLoss")).doubleValue()).isLessThanOrEqualTo(0.445290);
        assertThat(((Number) result.get("rmseBins")).doubleValue()).isCloseTo(0.050036, within(1e-4));
        assertThat(run("srs optimize --revlog " + SrsEvaluateShellTest.REVLOG))
                .contains("Fitted FSRS-6 parameters to 12,580 reviews", "Log loss:    0.4452", "nothing was saved");
    }

    @Test
    void aLearnerNeedsEnoughReviewsAndOnlyInstructorsFitOthers() throws Exception {
        Accounts.student(shell, "nuno");
        Learner nuno = learners.findByName("nuno").orElseThrow();
        imported.load(nuno, Path.of(SrsEvaluateShellTest.REVLOG), 120);
        assertThat(run("srs optimize")).contains("Error: nuno has 120 reviews; personal parameters need at least 400");
        Accounts.student(shell, "olga");
        assertThat(run("srs optimize --learner nuno")).contains("Error: students can read only their own progress");
        assertThat(run("srs optimize --learner nuno --revlog x.csv")).contains("Error: give at most one of");
    }

    @Test
    void aLearnersFitIsStoredAndSchedulesTheirReviews() throws Exception {
        Accounts.student(shell, "pia");
        Learner pia = learners.findByName("pia").orElseThrow();
        assertThat(pia.fsrsWeights()).isEmpty();
        imported.load(pia, Path.of(SrsEvaluateShellTest.REVLOG), Integer.MAX_VALUE);
        Accounts.teacher(shell);
        Map<?, ?> result = json.readValue(run("srs optimize --learner pia --format json"), Map.class);
        assertThat(result.get("saved")).isEqualTo(true);
        assertThat(result.get("inUse")).isEqualTo(true);
        assertThat(((Number) result.get("logLoss")).doubleValue())
                .isLessThan(((Number) result.get("baselineLogLoss")).doubleValue());

        // the same days as the file in UTC, so the same fit
        Map<?, ?> file = json.readValue(run("srs optimize --revlog " + SrsEvaluateShellTest.REVLOG + " --format json"),
                Map.class);
        assertThat(result.get("parameters")).isEqualTo(file.get("parameters"));
        double[] stored = learners.findByName("pia").orElseThrow().fsrsWeights().stream()
                .mapToDouble(Double::doubleValue).toArray();
        double[] fitted = ((List<?>) result.get("parameters")).stream().mapToDouble(w -> ((Number) w).doubleValue()).toArray();
        assertThat(stored).containsExactly(fitted);
        assertThat(Schedulers.forLearner(learners.findByName("pia").orElseThrow()).settings().weights())
                .containsExactly(fitted);
        // other learners keep the defaults
        assertThat(Schedulers.forLearner(Accounts.student(accounts, "quim")).settings().weights())
                .containsExactly(FsrsModel.defaultWeights());
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
