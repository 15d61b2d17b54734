package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;

/** A password piped in that is not UTF-8 is refused, never decoded to U+FFFD (two byte strings would then match). */
class PasswordInputProcessTest {

    @TempDir
    Path home;

    @Test
    void invalidUtf8OnStandardInputIsRefused() throws Exception {
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        Running add = palpate.startOpen("learner", "add", "teacher", "--role", "instructor");
        byte[] latin1 = { 'p', 'a', 's', 's', 'w', 'o', 'r', 'd', (byte) 0xE9, '\n' };
        add.process().getOutputStream().write(latin1);
        add.process().getOutputStream().write(latin1);
        add.process().getOutputStream().close();
        Result result = add.await();
        assertThat(result.exit()).as(result.toString()).isEqualTo(1);
        assertThat(result.err()).contains("Error: the password is not valid UTF-8 text");
    }
}
