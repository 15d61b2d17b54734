package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.H2Home;
import org.palpate.support.PalpateProcess;

/** A database that a newer Palpate has migrated further is refused at start with one line, and left as it is. */
class NewerSchemaProcessTest {

    @TempDir
    Path dir;

    @Test
    void aDatabaseFromANewerPalpateIsRefusedWithOneLine() throws Exception {
        Path home = dir.resolve("home");
        PalpateProcess palpate = new PalpateProcess(home, "src/test/resources/curricula/shell");
        assertThat(palpate.run("s3cret-pass\ns3cret-pass\n", "learner", "add", "teacher").exit()).isZero();
        try (Connection db = H2Home.connect(home); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\","
                    + " \"installed_by\", \"execution_time\", \"success\") VALUES (99, '99', 'from the future', 'SQL', 'V99__future.sql',"
                    + " 'palpate', 0, TRUE)");
        }
        PalpateProcess.Result refused = palpate.run("", "whoami");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err().strip()).startsWith("palpate: cannot start: the database was upgraded by a newer Palpate "
                + "(schema version 99; this one knows up to ").endsWith("): run that version or a newer one").doesNotContain("\n");
        assertThat(refused.out()).isEmpty();
    }
}
