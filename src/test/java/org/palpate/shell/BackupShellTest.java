package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.curriculum.CurriculumService;
import org.palpate.support.Accounts;
import org.palpate.support.Answers;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

import tools.jackson.databind.json.JsonMapper;

/** admin backup / restore on H2, while the application runs. */
@PalpateTest
@TestPropertySource(properties = "palpate.test.context=backup")
class BackupShellTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;
    @Autowired
    CurriculumService curricula;

    @TempDir
    Path dir;

    @Test
    void aBackupRestoresEverythingAsItWas() throws Exception {
        Accounts.student(shell, "una");
        run("quiz start --module basics --count 4");
        answer();
        answer();
        Accounts.teacher(shell);
        Path file = dir.resolve("backup 'one'.zip");
        assertThat(run("admin backup \"" + file + "\"")).contains("Backed up the database to " + file);
        assertThat(run("admin backup \"" + file + "\"")).contains("Error: ", "already exists");
        assertThat(reviews()).isEqualTo(2);
        int learners = jdbc.sql("SELECT COUNT(*) FROM learner").query(Integer.class).single();

        run("login una");
        answer();
        assertThat(reviews()).isEqualTo(3);
        run("login " + Accounts.TEACHER);
        assertThat(run("admin restore \"" + file + "\"")).contains("Error: restoring replaces everything recorded since the backup: add --yes");
        String restored = run("admin restore \"" + file + "\" --yes");
        assertThat(restored).contains("Restored the database from", "the database before it is saved in");
        assertThat(reviews()).isEqualTo(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner").query(Integer.class).single()).isEqualTo(learners);
        Path saved = Path.of(restored.replaceAll("(?s).*saved in (.*?zip)\\)\\..*", "$1"));
        assertThat(saved).as("the database before the restore is kept").exists();
    }

    @Test
    void aFileThatIsNotABackupLeavesTheDatabaseUnchanged() throws Exception {
        Accounts.teacher(shell);
        int before = reviews();
        Path notABackup = dir.resolve("notes.zip");
        Files.writeString(notABackup, "shopping list");
        assertThat(run("admin restore \"" + notABackup + "\" --yes")).contains("is not a Palpate backup", "the database is unchanged");
        assertThat(reviews()).isEqualTo(before);
        assertThat(run("admin restore \"" + dir.resolve("missing.zip") + "\" --yes")).contains("Error: no such file");
    }

    @Test
    void studentsCannotBackUpOrRestore() throws Exception {
        Accounts.student(shell, "vic");
        assertThat(run("admin backup x.zip")).isEqualTo("Error: 'admin backup' is not available because it is for instructors only");
    }

    private int reviews() {
        return jdbc.sql("SELECT COUNT(*) FROM review_log").query(Integer.class).single();
    }

    @SuppressWarnings("unchecked")
    private void answer() throws Exception {
        Map<String, Object> shown = json.readValue(run("quiz next --format json"), Map.class);
        run("quiz answer " + Answers.right(curricula.question((String) shown.get("id")), shown));
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
