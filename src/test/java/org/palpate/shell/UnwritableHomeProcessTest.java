package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;

/**
 * A PALPATE_HOME Palpate cannot write (a read-only file system, a full disk, a file where the folder should be) stops
 * a command with one line on standard error that names the problem, exit status 1, and no log lines or stack traces.
 */
class UnwritableHomeProcessTest {

    @Test
    void aFileWhereTheHomeShouldBeIsOneLine(@TempDir Path dir) throws Exception {
        Path home = Files.writeString(dir.resolve("home"), "not a folder");
        assertOneLine(new PalpateProcess(home, "src/test/resources/curricula/shell").run("", "whoami"), home);
    }

    @Test
    void aReadOnlyHomeIsOneLine(@TempDir Path dir) throws Exception {
        Path writable = Files.createDirectories(dir.resolve("writable"));
        Path home = Files.createDirectories(dir.resolve("home"));
        assumeTrue(sh("mount --bind " + writable + " " + home + " && mount -o remount,ro,bind " + home),
                "needs root to mount a read-only folder");
        try {
            Result result = new PalpateProcess(home, "src/test/resources/curricula/shell").run("", "whoami");
            assertOneLine(result, home);
            assertThat(result.err()).containsIgnoringCase("read-only file system");
        } finally {
            sh("umount " + home);
        }
    }

    @Test
    void aFullDiskIsOneLine(@TempDir Path dir) throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        assumeTrue(sh("mount -t tmpfs -o size=64k tmpfs " + home), "needs root to mount a small file system");
        try {
            sh("dd if=/dev/zero of=" + home.resolve("filler") + " bs=4k count=100");
            Result result = new PalpateProcess(home, "src/test/resources/curricula/shell").run("", "whoami");
            assertOneLine(result, home);
            assertThat(result.err()).containsIgnoringCase("no space left on device");
        } finally {
            sh("umount " + home);
        }
    }

    private static void assertOneLine(Result result, Path home) {
        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.err().lines()).as(result.toString()).singleElement().asString()
                .startsWith("palpate: ").contains(home.toString());
        assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ", "ERROR", "WARN");
    }

    private static boolean sh(String command) throws Exception {
        return new ProcessBuilder("sh", "-c", command).redirectErrorStream(true).start().waitFor() == 0;
    }
}
