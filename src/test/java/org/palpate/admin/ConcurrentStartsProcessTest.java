package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;

/**
 * One-shot commands started together on one H2 home race for its lock file while the first starts the auto-server;
 * none of them fails for it ("Database may be already in use", "Lock file recently modified"): they try again.
 */
class ConcurrentStartsProcessTest {

    @TempDir
    Path dir;

    @Test
    void fourOneShotCommandsStartedAtOnceAllRun() throws Exception {
        PalpateProcess palpate = new PalpateProcess(dir.resolve("home"), "src/test/resources/curricula/shell");
        assertThat(palpate.run("s3cret-pass\ns3cret-pass\n", "learner", "add", "teacher").exit()).isZero();
        for (int round = 0; round < 3; round++) {
            List<PalpateProcess.Running> started = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                started.add(palpate.start("", "whoami"));
            }
            for (PalpateProcess.Running running : started) {
                PalpateProcess.Result result = running.await();
                assertThat(result.err().strip()).isEqualTo("Error: nobody is logged in: run 'login NAME' first");
            }
        }
    }
}
