package org.palpate.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;

import org.junit.jupiter.api.Test;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/** A shell keeps its own user when another terminal on the same PALPATE_HOME logs in as someone else. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.database=login-per-shell")
class LoginPerShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;
    @Autowired
    LearnerRepository learners;
    @Value("${palpate.home}")
    Path home;

    @Test
    void anotherTerminalsLoginDoesNotChangeTheUserOfAnOpenShell() throws Exception {
        Accounts.student(shell, "ana");
        Accounts.teacher(shell);
        Accounts.student(shell, "bob");
        shell.sendCommand("login ana");
        assertThat(run("whoami")).isEqualTo("ana (student)");

        // a second process on the same home: its own LoginSessions, logging in as bob (the file now holds bob's token)
        LoginSessions otherTerminal = new LoginSessions(jdbc, clock, home);
        otherTerminal.open(learners.findByName("bob").orElseThrow().id());

        assertThat(run("whoami")).as("this shell keeps its user").isEqualTo("ana (student)");
        assertThat(otherTerminal.current()).contains(learners.findByName("bob").orElseThrow().id());
        run("logout");
        assertThat(otherTerminal.current()).as("a logout here leaves the other login alone")
                .contains(learners.findByName("bob").orElseThrow().id());
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
