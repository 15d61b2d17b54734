package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.H2Home;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;

/**
 * A real Palpate process restoring a backup is killed (SIGKILL) at random moments of the restore: afterwards the
 * database is either the one before the restore or the backup's, whole (every table as it was in one of them), and
 * Palpate opens it.
 */
class RestoreKillProcessTest {

    static final List<String> TABLES = List.of("learner", "card", "quiz_session", "review_log", "login_failure");
    static final String PASSWORD = "demo-password\n";

    @TempDir
    static Path home;
    static PalpateProcess palpate;
    static Path backup;
    static Map<String, Integer> backedUp;

    @BeforeAll
    static void aSeededDatabaseAndItsBackup() throws Exception {
        palpate = new PalpateProcess(home, "curriculum");
        ok(palpate.run("", "demo", "seed", "--learners", "12", "--days", "30"));
        ok(palpate.run(PASSWORD, "login", "demo-instructor"));
        backup = home.resolve("backup.zip");
        ok(palpate.run("", "admin", "backup", backup.toString()));
        backedUp = counts();
    }

    @Test
    void aKilledRestoreLeavesTheOldOrTheNewDatabaseWhole() throws Exception {
        long seed = System.nanoTime();
        System.out.println("RestoreKillProcessTest seed " + seed);
        Random random = new Random(seed);
        Map<String, Integer> before = changeSinceTheBackup(0);
        long started = System.nanoTime();
        Running whole = startRestore();
        long scratchSeen = awaitScratch(whole);
        ok(whole.await());
        long loadNanos = Math.max(System.nanoTime() - scratchSeen, 1_000_000);
        System.out.printf("restore took %d ms, of which %d ms after the scratch database appeared%n",
                (System.nanoTime() - started) / 1_000_000, loadNanos / 1_000_000);
        assertThat(counts()).as("a restore that runs to the end gives the backup's database").isEqualTo(backedUp);

        int old = 0;
        int restored = 0;
        for (int round = 1; round <= 4; round++) {
            before = changeSinceTheBackup(round);
            Running restore = startRestore();
            awaitScratch(restore);
            Thread.sleep((long) (random.nextDouble() * 1.2 * loadNanos / 1_000_000));
            restore.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no clean close
            Map<String, Integer> after = counts();
            assertThat(after).as("seed %d round %d: the old database or the backup's, whole", seed, round).isIn(before, backedUp);
            if (after.equals(before)) {
                old++;
            } else {
                restored++;
            }
            consistent();
            ok(palpate.run(PASSWORD, "login", "demo-instructor"));
        }
        System.out.printf("killed restores: %d left the old database, %d the new one%n", old, restored);
    }

    /** Makes the live database differ from the backup (one more account); returns its counts. */
    private static Map<String, Integer> changeSinceTheBackup(int round) throws Exception {
        ok(palpate.run(PASSWORD, "login", "demo-instructor"));
        ok(palpate.run("extra-password\nextra-password\n", "learner", "add", "extra-" + round, "--role", "student"));
        Map<String, Integer> counts = counts();
        assertThat(counts).isNotEqualTo(backedUp);
        return counts;
    }

    private static Running startRestore() throws Exception {
        return palpate.start("", "admin", "restore", backup.toString(), "--yes");
    }

    /** Waits until the restore has started building its scratch database (or has ended); returns when. */
    private static long awaitScratch(Running restore) throws Exception {
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (restore.process().isAlive() && System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(home)) {
                if (files.anyMatch(f -> f.getFileName().toString().matches("restore-.*\\.mv\\.db"))) {
                    break;
                }
            }
            Thread.sleep(2);
        }
        return System.nanoTime();
    }

    private static Map<String, Integer> counts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection db = H2Home.connect(home); Statement sql = db.createStatement()) {
            for (String table : TABLES) {
                counts.put(table, single(sql, "SELECT COUNT(*) FROM " + table));
            }
        }
        return counts;
    }

    /** The tables agree with each other: every card has as many reviews as the log. */
    private static void consistent() throws Exception {
        try (Connection db = H2Home.connect(home); Statement sql = db.createStatement()) {
            assertThat(single(sql, "SELECT COUNT(*) FROM card c WHERE reps <> "
                    + "(SELECT COUNT(*) FROM review_log r WHERE r.learner_id = c.learner_id AND r.question_id = c.question_id)")).isZero();
        }
    }

    private static int single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static void ok(Result result) {
        assertThat(result.exit()).as(result.toString()).isZero();
    }
}
