package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.support.Accounts;
import org.palpate.support.ClockPause;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/** Logins end when the password changes or with logout --everywhere; parallel guesses cannot outrun the back-off. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=session-revocation")
class SessionRevocationTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    AccountService accounts;
    @Autowired
    MutableClock clock;
    @Autowired
    ClockPause pause;

    @Test
    void aPasswordChangeEndsTheOtherLoginsAndAResetEndsThemAll() throws Exception {
        Accounts.student(shell, "rex");
        long rex = id("rex");
        otherMachineLogsIn(rex);
        assertThat(sessions(rex)).isEqualTo(2);
        assertThat(run("learner passwd")).contains("Password changed");
        assertThat(sessions(rex)).as("only this machine's login, renewed").isEqualTo(1);
        assertThat(run("whoami")).contains("rex");

        otherMachineLogsIn(rex);
        Accounts.teacher(shell);
        assertThat(run("learner passwd rex")).contains("Password changed");
        assertThat(sessions(rex)).as("a reset ends every login of rex").isZero();
    }

    @Test
    void logoutEverywhereEndsEveryLogin() throws Exception {
        Accounts.student(shell, "max");
        long max = id("max");
        otherMachineLogsIn(max);
        assertThat(run("logout --everywhere")).isEqualTo("Logged max out everywhere.");
        assertThat(sessions(max)).isZero();
        assertThat(run("whoami")).startsWith("Error: ");
    }

    @Test
    void parallelWrongGuessesAreCheckedOneAfterTheOtherEachAfterItsWait() throws Exception {
        Accounts.student(shell, "pia");
        for (int i = 0; i < 3; i++) {
            assertThat(run("login pia-typo")).contains("wrong name or password"); // any name: unknown names back off too
        }
        Duration before = pause.waited();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> guesses = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                guesses.add(pool.submit(() -> {
                    start.await();
                    return accounts.login("pia-typo", "wrong-guess".toCharArray());
                }));
            }
            start.countDown();
            for (Future<?> guess : guesses) {
                assertThatThrownBy(guess::get).isInstanceOf(ExecutionException.class).cause().hasMessage("wrong name or password");
            }
            assertThat(jdbc.sql("SELECT failures FROM login_failure WHERE name = 'pia-typo'").query(Integer.class).single())
                    .as("each saw the failures before it").isEqualTo(9);
            assertThat(pause.waited().minus(before)).as("one guess a second, whatever the number of parallel attempts")
                    .isEqualTo(Duration.ofSeconds(6));
        } finally {
            pool.shutdownNow();
        }
    }

    private void otherMachineLogsIn(long learner) {
        jdbc.sql("INSERT INTO login_session (token_hash, learner_id, created_at, expires_at) VALUES (?, ?, ?, ?)")
                .params(Long.toHexString(System.nanoTime()), learner, java.time.OffsetDateTime.parse("2026-03-02T09:00:00Z"),
                        java.time.OffsetDateTime.parse("2026-03-10T09:00:00Z"))
                .update();
    }

    private long id(String name) {
        return jdbc.sql("SELECT id FROM learner WHERE name = ?").param(name).query(Long.class).single();
    }

    private int sessions(long learner) {
        return jdbc.sql("SELECT COUNT(*) FROM login_session WHERE learner_id = ?").param(learner).query(Integer.class).single();
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
