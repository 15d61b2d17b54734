package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.palpate.learner.Access;
import org.palpate.learner.AccountService;
import org.palpate.support.ClockPause;
import org.palpate.support.MutableClock;
import org.palpate.support.PalpateTest;
import org.palpate.UserException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts and roles on a database of their own, from the very first account on. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=accounts")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccountShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    ClockPause pause;
    @Autowired
    Access access;
    @Autowired
    AccountService accounts;
    @Value("${palpate.home}")
    Path home;

    @Test
    @Order(1)
    void theFirstAccountIsAnInstructorWhoThenAddsTheOthers() throws Exception {
        assertThat(run("login kim")).isEqualTo("Error: there are no accounts yet: create the first one, an instructor's, "
                + "with 'learner add NAME'");
        assertThat(run("learner add ana --role student")).contains("Error: the first account must be an instructor");
        assertThat(run("learner add kim")).as("the first account is an instructor's by default").contains("Created instructor kim.");
        assertThat(run("learner add ana --role student"))
                .contains("Error: 'learner add' is not available because nobody is logged in: run 'login NAME' first");
        run("login kim");
        assertThat(run("learner add \"Ana Maria\"")).as("later ones are students by default").contains("Created student \"Ana Maria\".");
        assertThat(run("learner add \"Ana Maria\" --role student")).contains("Error: a learner named 'Ana Maria' already exists");
        assertThat(run("learner list")).contains("NAME", "Ana Maria", "student", "kim", "instructor");
    }

    @Test
    @Order(2)
    void studentsCannotUseInstructorCommandsAndSeeOnlyTheirOwnData() throws Exception {
        assertThat(run("login \"Ana Maria\"")).contains("Logged in as \"Ana Maria\" (student).");
        for (String command : new String[] { "learner add bob --role student", "learner list", "learner remove kim --yes",
                "learner role kim --role student", "question show s-dvt", "curriculum reload", "module new x" }) {
            String name = command.startsWith("learner") || command.startsWith("question") || command.startsWith("curriculum")
                    || command.startsWith("module") ? command.split(" ")[0] + " " + command.split(" ")[1] : command;
            assertThat(run(command)).as(command).isEqualTo("Error: '" + name + "' is not available because it is for instructors only");
        }
        assertThat(run("progress")).contains("Ana Maria: 0 answers recorded");
        assertThat(run("curriculum validate")).as("checking files reveals no answer key").contains("is valid");
        assertThatThrownBy(() -> access.requireReadable("kim")).isInstanceOf(UserException.class)
                .hasMessage("students can read only their own progress");
        assertThatThrownBy(() -> access.requireReadable("nobody-at-all")).as("the same answer: names are not revealed")
                .hasMessage("students can read only their own progress");
        assertThat(access.requireReadable(null).name()).isEqualTo("Ana Maria");
        assertThat(run("learner passwd kim")).as("someone else's password").isEqualTo("Error: only instructors can do this");
        assertThat(run("learner passwd nobody-at-all")).as("the same answer: names are not revealed")
                .isEqualTo("Error: only instructors can do this");
    }

    @Test
    @Order(3)
    void instructorsManageAccountsButNeverRemoveTheLastInstructor() throws Exception {
        run("login kim");
        assertThat(run("learner role \"Ana Maria\" --role instructor")).contains("\"Ana Maria\" is now an instructor.");
        assertThat(run("learner role \"Ana Maria\" --role student")).contains("\"Ana Maria\" is now a student.");
        assertThat(run("learner role kim --role student")).contains("Error: kim is the only instructor");
        assertThat(run("learner remove kim --yes")).contains("Error: kim is the only instructor");
        assertThat(run("learner passwd \"Ana Maria\"")).contains("Password changed for \"Ana Maria\".");
        assertThat(run("learner passwd")).as("your own, with the current password").contains("Password changed for kim.");
        assertThatThrownBy(() -> accounts.changePassword("kim", "not-my-password".toCharArray(), "new-password-1".toCharArray()))
                .hasMessage("the current password is wrong; nothing was changed");
        assertThat(run("learner remove \"Ana Maria\"")).contains("Error: removing \"Ana Maria\" deletes their whole history: add --yes");
        assertThat(run("learner remove \"Ana Maria\" --yes")).contains("Removed \"Ana Maria\" and their history.");
        assertThat(run("login \"Ana Maria\"")).contains("Error: wrong name or password");
    }

    @Test
    @Order(4)
    void failedLoginsBackOffWithoutLockingTheOwnerOut() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertThat(run("login kim-typo")).contains("Error: wrong name or password");
        }
        Duration before = pause.waited();
        assertThat(run("login kim-typo")).contains("Error: wrong name or password");
        assertThat(pause.waited().minus(before)).as("a guess after three failures waits its second").isEqualTo(Duration.ofSeconds(1));
        for (int i = 0; i < 5; i++) {
            assertThatThrownBy(() -> accounts.login("kim", "an attacker's guess".toCharArray())).hasMessage("wrong name or password");
        }
        assertThat(run("login kim")).as("the owner gets through after the short wait").contains("Logged in as kim");
        before = pause.waited();
        assertThat(run("login kim")).as("a success resets the count").contains("Logged in as kim");
        assertThat(pause.waited()).isEqualTo(before);
    }

    @Test
    @Order(5)
    void passwordsAreStoredOnlyAsBcryptHashesAndTheLoginFileIsPrivate() throws Exception {
        String hash = jdbc.sql("SELECT password_hash FROM learner WHERE name = 'kim'").query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain("correct horse");
        run("login kim");
        Path session = home.resolve("session");
        assertThat(Files.getPosixFilePermissions(session)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String token = Files.readString(session);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_session WHERE token_hash = ?").param(token).query(Integer.class).single())
                .as("only the token's hash is stored").isZero();
        assertThat(run("whoami")).isEqualTo("kim (instructor)");
    }

    @Test
    @Order(6)
    void hostileNamesAreStoredAndShownAsData() throws Exception {
        run("login kim");
        String sql = "Robert'); DROP TABLE learner;--";
        assertThat(run("learner add \"" + sql + "\" --role student")).contains("Created student");
        assertThat(run("learner list")).contains(sql, "kim");
        assertThat(run("learner add \"red\u001b[31mtext\" --role student")).contains("Error: the name contains control characters");
        assertThat(run("learner add " + "x".repeat(65) + " --role student")).contains("Error: the name is longer than 64 characters");
        assertThat(run("learner add bob --role admin")).contains("Error: unknown role 'admin': use student or instructor");
        assertThat(run("learner add Bob Lee --role student")).contains("Error: too many words: a name with spaces goes in quotes, e.g. \"Bob Lee\"");
        assertThat(run("login Bob Lee")).contains("Error: too many words");
        assertThat(run("learner add bob")).as("without --role, a student").contains("Created student bob.");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
