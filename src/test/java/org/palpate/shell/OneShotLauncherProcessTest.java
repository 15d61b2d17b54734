package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;

/**
 * The one-shot steps of {@link OneShotProcessTest} through {@code ./palpate}, as users run Palpate: the launcher
 * passes arguments whole, standard input through and the exit code back, and keeps the JVM's own messages (class
 * archive, sharing warnings) off standard output, from its first run of a build (which writes the archive) on.
 */
class OneShotLauncherProcessTest extends OneShotProcessTest {

    @Override
    PalpateProcess process(Path home, String curriculum) {
        return PalpateProcess.throughLauncher(home, curriculum);
    }

    @Override
    boolean throughTheLauncher() {
        return true;
    }

    @Test
    @Order(0)
    void standardOutputCarriesOnlyPalpatesOutput() throws Exception {
        Result first = palpate("", "whoami"); // the first run of the build writes the class archive at exit
        assertThat(first.exit()).isEqualTo(1);
        assertThat(first.out()).isEmpty();
        assertThat(first.err().strip()).isEqualTo("Error: nobody is logged in: run 'login NAME' first");
        assertThat(PalpateProcess.launcherRunsSpringAot()).as("with Spring AOT's generated context, as the package").isTrue();
        Result later = palpate("", "whoami");
        assertThat(later.exit()).isEqualTo(1);
        assertThat(later.out()).isEmpty();
        assertThat(later.err().strip()).isEqualTo("Error: nobody is logged in: run 'login NAME' first");
    }
}
