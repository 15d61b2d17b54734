package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.shell.test.ShellTestClient;

import tools.jackson.databind.json.JsonMapper;

/** `srs evaluate` on the shared real review log: the figures fsrs-rs (npm binding 0.5.0) gives for default parameters. */
@PalpateTest
class SrsEvaluateShellTest {

    static final String REVLOG = "src/test/resources/fsrs/review_logs_josh_1711744352250_to_1728234780857.csv";

    @Autowired
    ShellTestClient shell;
    @Autowired
    JsonMapper json;

    @Test
    void evaluatesARevlogFileLikeFsrsRs() throws Exception {
        Map<?, ?> result = json.readValue(run("srs evaluate --revlog " + REVLOG + " --format json"), Map.class);
        assertThat(result.get("items")).isEqualTo(6276);
        assertThat(((Number) result.get("logLoss")).doubleValue()).isCloseTo(0.453957, within(1e-4));
        assertThat(run("srs evaluate --revlog " + REVLOG)).contains("Predicted 6,276 reviews", "Log loss:    0.45");
    }

    @Test
    void aMissingFileOrZoneIsAUserMistake() throws Exception {
        assertThat(run("srs evaluate --revlog no-such.csv")).contains("Error: no such file: no-such.csv");
        assertThat(run("srs evaluate --revlog " + REVLOG + " --timezone Mars/Olympus")).contains("Error: unknown time zone 'Mars/Olympus'");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
