package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;

@PalpateTest
class AccountShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;
    @Value("${palpate.home}")
    Path home;

    @Test
    void aLearnerSignsUpLogsInAndOut() throws Exception {
        assertThat(run("learner add \"Ana Maria\" --role student")).contains("Created student \"Ana Maria\". Log in with: login \"Ana Maria\"");
        assertThat(run("learner add \"Ana Maria\" --role student")).contains("Error: a learner named 'Ana Maria' already exists");
        assertThat(run("login \"Ana Maria\"")).contains("Logged in as \"Ana Maria\" (student).");
        assertThat(run("whoami")).contains("Ana Maria (student)");
        assertThat(run("learner list")).contains("NAME", "Ana Maria", "student");
        assertThat(run("logout")).contains("Logged out.");
        assertThat(run("whoami")).contains("Error: nobody is logged in");
    }

    @Test
    void passwordsAreStoredOnlyAsBcryptHashesAndTheLoginFileIsPrivate() throws Exception {
        run("learner add kim --role instructor");
        String hash = jdbc.sql("SELECT password_hash FROM learner WHERE name = 'kim'").query(String.class).single();
        assertThat(hash).startsWith("$2a$").doesNotContain("correct horse");
        run("login kim");
        Path session = home.resolve("session");
        assertThat(Files.getPosixFilePermissions(session)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        String token = Files.readString(session);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_session WHERE token_hash = ?").param(token).query(Integer.class).single())
                .as("only the token's hash is stored").isZero();
    }

    @Test
    void badAccountInputGetsAClearMessage() throws Exception {
        assertThat(run("learner add zed --role admin")).contains("Error: unknown role 'admin': use student or instructor");
        assertThat(run("learner add zed")).contains("Error: Required option '--role' is missing.");
        assertThat(run("login nobody-here")).contains("Error: wrong name or password");
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
