package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.learner.LearnerRepository;
import org.palpate.quiz.Schedulers;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** `srs settings`: desired retention, the parameters in use, and the simulated trade-off of each retention. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=srs-settings")
class SrsSettingsShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;
    @Autowired
    LearnerRepository learners;

    @Test
    void showsTheTradeOffAndSetsTheDesiredRetention() throws Exception {
        Accounts.student(shell, "uma");
        String text = run("srs settings");
        assertThat(text).contains("Desired retention:  0.90", "the FSRS-6 defaults", "RETENTION", "REVIEWS/DAY",
                "RECALL ON DAY 90");
        assertThat(text.lines().filter(line -> line.contains("<- yours")).toList()).singleElement()
                .asString().startsWith("0.90");

        Map<?, ?> changed = json.readValue(run("srs settings --desired-retention 0.85 --format json"), Map.class);
        assertThat(changed.get("desiredRetention")).isEqualTo(0.85);
        List<?> tradeOff = (List<?>) changed.get("tradeOff");
        assertThat(tradeOff).hasSize(4);
        double fewer = ((Number) ((Map<?, ?>) tradeOff.get(0)).get("reviewsPerDay")).doubleValue();
        double more = ((Number) ((Map<?, ?>) tradeOff.get(3)).get("reviewsPerDay")).doubleValue();
        assertThat(more).isGreaterThanOrEqualTo(fewer);
        assertThat(Schedulers.forLearner(learners.findByName("uma").orElseThrow()).settings().desiredRetention())
                .isEqualTo(0.85);
        assertThat(run("srs settings --desired-retention 1.5")).contains("Error: desired retention must be between 0.70 and 0.99");

        // with an exam date ahead, the simulation runs to that day
        run("learner exam-date 2026-03-21"); // the test clock's today is 2 March 2026
        assertThat(run("srs settings")).contains("The next 19 days, up to your exam, simulated on your cards", "RECALL ON EXAM DAY");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
