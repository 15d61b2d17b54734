package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/** Stored text with terminal escapes (a name from an old database or a restore) is shown, never sent raw. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=terminal-escapes")
class TerminalEscapesShellTest {

    static final String HOSTILE = "eve\u001b]0;owned\u0007\u001b[2J";

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aTableWithAControlCharacterInACellIsShownEscapedAndAligned() throws Exception {
        Accounts.student(shell, "eve");
        Accounts.teacher(shell);
        jdbc.sql("UPDATE learner SET name = ? WHERE name = 'eve'").param(HOSTILE).update();
        String list = run("learner list");
        assertThat(list).doesNotContain("\u001b", "\u0007").contains("eve\\u001b]0;owned\\u0007\\u001b[2J");
        assertThat(list.lines().map(l -> l.indexOf("student") >= 0 ? l.indexOf("student") : l.indexOf("instructor"))
                .map(at -> at < 0 ? list.lines().findFirst().orElseThrow().indexOf("ROLE") : at).distinct())
                .as("the role column starts at one place on every line").hasSize(1);
    }

    @Test
    void anErrorQuotingWhatWasTypedIsEscaped() throws Exception {
        Accounts.teacher(shell);
        String out = run("learner role \"x\u001b[2J\" --role student");
        assertThat(out).startsWith("Error: ").doesNotContain("\u001b").contains("\\u001b[2J");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
