package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.UserException;
import org.palpate.learner.AccountService;
import org.palpate.learner.Role;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.palpate.support.TestBeans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/** --out never writes into PALPATE_HOME nor over a file without --force; CSV cells are no formulas; password rules. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=output-and-passwords")
class OutputAndPasswordRulesTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;
    @Value("${palpate.home}")
    Path home;

    @TempDir
    Path dir;

    @Test
    void outRefusesTheHomeAndNeedsForceToReplaceAFile() throws Exception {
        Accounts.student(shell, "sol");
        long before = Files.size(home.resolve("palpate.mv.db"));
        assertThat(run("progress --out " + home.resolve("palpate.mv.db"))).startsWith("Error: --out: ").contains("is inside PALPATE_HOME");
        assertThat(run("progress --out " + home.resolve("sub/../report.csv"))).contains("is inside PALPATE_HOME");
        Files.createSymbolicLink(dir.resolve("link.csv"), home.resolve("palpate.mv.db"));
        assertThat(run("progress --out " + dir.resolve("link.csv") + " --force")).contains("is inside PALPATE_HOME");
        assertThat(Files.size(home.resolve("palpate.mv.db"))).isGreaterThanOrEqualTo(before);

        Path report = dir.resolve("progress.csv");
        assertThat(run("progress --out " + report)).startsWith("Wrote the csv report");
        Files.writeString(report, "mine");
        assertThat(run("progress --out " + report)).isEqualTo("Error: --out: " + report + " already exists; add --force to replace it");
        assertThat(Files.readString(report)).isEqualTo("mine");
        assertThat(run("progress --out " + report + " --force")).startsWith("Wrote the csv report");
        assertThat(Files.readString(report)).isNotEqualTo("mine");
    }

    @Test
    void csvCellsThatASpreadsheetWouldRunAreNeutralised() throws Exception {
        Accounts.student(shell, "\"=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
        Accounts.student(shell, "@SUM(A1)");
        Accounts.teacher(shell);
        String csv = run("report cohort --format csv");
        assertThat(csv).contains("'=HYPERLINK", "'@SUM(A1)").doesNotContain(",=HYPERLINK", "\n=HYPERLINK", ",@SUM", "\n@SUM");
    }

    @Test
    void aPasswordOver72BytesIsRefused() throws Exception {
        Accounts.teacher(shell);
        assertThatThrownBy(() -> accounts.add("long", Role.STUDENT, "é".repeat(37).toCharArray()))
                .isInstanceOf(UserException.class).hasMessageContaining("74 bytes long in UTF-8; BCrypt uses only the first 72");
        assertThat(accounts.add("exact", Role.STUDENT, "a".repeat(72).toCharArray()).name()).isEqualTo("exact");
        assertThatThrownBy(() -> accounts.login("exact", ("a".repeat(72) + "b").toCharArray())).hasMessage("wrong name or password");
    }

    @Test
    void twoInstructorsDemotingEachOtherAtOnceLeaveOne() throws Exception {
        Accounts.teacher(shell);
        char[] password = TestBeans.PASSWORD.toCharArray();
        accounts.add("ina", Role.INSTRUCTOR, password);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 10; round++) {
                CountDownLatch start = new CountDownLatch(1);
                List<Future<?>> both = new ArrayList<>();
                for (String who : List.of(Accounts.TEACHER, "ina")) {
                    both.add(pool.submit(() -> {
                        start.await();
                        return accounts.changeRole(who, Role.STUDENT);
                    }));
                }
                start.countDown();
                int refused = 0;
                for (Future<?> one : both) {
                    try {
                        one.get();
                    } catch (java.util.concurrent.ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(UserException.class);
                        refused++;
                    }
                }
                int instructors = jdbc.sql("SELECT COUNT(*) FROM learner WHERE role = 'INSTRUCTOR'").query(Integer.class).single();
                assertThat(instructors).as("round %d", round).isEqualTo(1);
                assertThat(refused).isEqualTo(1);
                String left = jdbc.sql("SELECT name FROM learner WHERE role = 'INSTRUCTOR'").query(String.class).single();
                accounts.login(left, password);
                accounts.changeRole(left.equals("ina") ? Accounts.TEACHER : "ina", Role.INSTRUCTOR);
                accounts.login(Accounts.TEACHER, password);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
