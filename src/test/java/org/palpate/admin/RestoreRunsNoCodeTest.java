package org.palpate.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.Accounts;
import org.palpate.support.PalpateTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.shell.test.ShellTestClient;
import org.springframework.test.context.TestPropertySource;

/**
 * admin restore takes data only: a backup carrying SQL, or anything but the tables Palpate's schema has, is refused
 * with one line and changes nothing, and so are wrong, empty, huge and truncated files; a round trip keeps every row.
 */
@PalpateTest
@TestPropertySource(properties = { "palpate.test.context=restore-safety", "palpate.restore.max-bytes=3000000" })
class RestoreRunsNoCodeTest {

    @Autowired
    ShellTestClient shell;
    @Autowired
    JdbcClient jdbc;

    @TempDir
    Path dir;

    Path backup;

    @BeforeEach
    void aBackupOfAFewAccounts() throws Exception {
        Accounts.teacher(shell);
        if (jdbc.sql("SELECT COUNT(*) FROM learner WHERE name = 'una'").query(Integer.class).single() == 0) {
            Accounts.student(shell, "una");
            run("quiz start --module basics --count 3");
            Accounts.teacher(shell);
        }
        backup = dir.resolve("good.zip");
        assertThat(run("admin backup " + backup)).startsWith("Backed up");
    }

    @Test
    void anOldStyleScriptIsRefusedAndRunsNothing() throws Exception {
        Path marker = dir.resolve("pwned");
        String script = "CREATE ALIAS RUN_IT AS 'String run(String c) throws Exception { new ProcessBuilder(c.split(\" \")).start().waitFor(); return c; }';\n"
                + "CALL RUN_IT('touch " + marker + "');\n"
                + "INSERT INTO learner (name, role, password_hash, created_at) VALUES ('mallory', 'INSTRUCTOR', 'x', CURRENT_TIMESTAMP);\n";
        Path crafted = zip("script.zip", Map.of("script.sql", script));
        refused(crafted, "is not a Palpate backup (it is an SQL script");
        assertThat(marker).as("the alias never ran").doesNotExist();
    }

    @Test
    void sqlBesideTheTablesIsRefused() throws Exception {
        Map<String, byte[]> entries = entries(backup);
        entries.put("tables/evil.sql", "CREATE ALIAS X AS 'int x() { return 1; }'".getBytes(StandardCharsets.UTF_8));
        refused(zip("extra.zip", entries), "unexpected entry tables/evil.sql");
        entries.remove("tables/evil.sql");
        entries.put("../../escape.jsonl", new byte[0]);
        refused(zip("slip.zip", entries), "unexpected entry ../../escape.jsonl");
        entries.remove("../../escape.jsonl");
        entries.put("tables/mallory.jsonl", new byte[0]);
        refused(zip("unknown-table.zip", entries), "unexpected entry tables/mallory.jsonl");
    }

    @Test
    void sqlInsideAValueStaysText() throws Exception {
        String name = "x'); CREATE ALIAS EVIL AS 'int e() { return 1; }'; --";
        Path crafted = rewrite("value.zip", "tables/learner.jsonl", rows -> rows.replaceFirst("\"una\"", "\"" + name.replace("\"", "\\\"") + "\""));
        assertThat(run("admin restore " + crafted + " --yes")).startsWith("Restored the database from");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM learner WHERE name = ?").param(name).query(Integer.class).single()).isOne();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM INFORMATION_SCHEMA.ROUTINES WHERE ROUTINE_NAME = 'EVIL'").query(Integer.class).single()).isZero();
    }

    @Test
    void wrongEmptyHugeAndTruncatedFilesAreRefused() throws Exception {
        Path empty = Files.createFile(dir.resolve("empty.zip"));
        refused(empty, "not a zip file");
        byte[] whole = Files.readAllBytes(backup);
        Path truncated = Files.write(dir.resolve("truncated.zip"), Arrays.copyOf(whole, whole.length / 2));
        refused(truncated, "not a zip file, or a zip cut short");
        refused(rewrite("short.zip", "tables/quiz_session.jsonl", rows -> ""), "tables/quiz_session.jsonl has 0 rows where the manifest says 1");
        Map<String, byte[]> bomb = entries(backup);
        bomb.put("tables/card.jsonl", ("[\"" + "x".repeat(5_000_000)).getBytes(StandardCharsets.UTF_8)); // a few kilobytes zipped
        refused(zip("bomb.zip", bomb), "it unpacks to more than 3000000 bytes");
        refused(rewrite("newer.zip", "manifest.json", m -> m.replaceFirst("\"schemaVersion\" : \"[0-9.]+\"", "\"schemaVersion\" : \"99\"")),
                "written at schema version 99, which this Palpate");
        refused(rewrite("type.zip", "tables/learner.jsonl", rows -> rows.replaceFirst("\\[\\d+,", "[\"one\",")), "tables/learner.jsonl line 1: column id");
        refused(rewrite("dup.zip", "tables/learner.jsonl", rows -> rows + rows), "tables/learner.jsonl near line");
        refused(zip("nothing.zip", Map.of("notes.txt", "hello")), "it has no manifest.json");
    }

    @Test
    void aRoundTripKeepsEveryRow() throws Exception {
        Map<String, List<Map<String, Object>>> before = everyRow();
        assertThat(before.get("review_log")).isEmpty(); // quiz rows, learners and no answers: see BackupShellTest for answers
        assertThat(run("admin restore " + backup + " --yes")).startsWith("Restored the database from");
        assertThat(everyRow()).isEqualTo(before);
        assertThat(run("login " + Accounts.TEACHER)).as("logins are not restored: everyone logs in again").contains("Logged in");
        assertThat(run("learner add newcomer --role student")).as("ids go on after the restored rows").contains("Created student");
    }

    private void refused(Path file, String reason) throws Exception {
        Map<String, List<Map<String, Object>>> before = everyRow();
        String out = run("admin restore " + file + " --yes");
        assertThat(out).startsWith("Error: ").contains(reason).contains("the database is unchanged").doesNotContain("\n");
        assertThat(everyRow()).as("the database is untouched").isEqualTo(before);
        assertThat(run("whoami")).as("and still in use").contains(Accounts.TEACHER);
    }

    private Map<String, List<Map<String, Object>>> everyRow() {
        Map<String, List<Map<String, Object>>> rows = new LinkedHashMap<>();
        for (String table : List.of("learner", "card", "quiz_session", "review_log", "login_failure")) {
            rows.put(table, jdbc.sql("SELECT * FROM " + table + " ORDER BY 1, 2").query().listOfRows());
        }
        return rows;
    }

    private Path rewrite(String name, String entry, UnaryOperator<String> change) throws IOException {
        Map<String, byte[]> entries = entries(backup);
        entries.put(entry, change.apply(new String(entries.get(entry), StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
        return zip(name, entries);
    }

    private static Map<String, byte[]> entries(Path file) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry entry : zip.stream().toList()) {
                entries.put(entry.getName(), zip.getInputStream(entry).readAllBytes());
            }
        }
        return entries;
    }

    private Path zip(String name, Map<String, ?> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, ?> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(entry.getValue() instanceof String text ? text.getBytes(StandardCharsets.UTF_8) : (byte[]) entry.getValue());
                zip.closeEntry();
            }
        }
        return Files.write(dir.resolve(name), bytes.toByteArray());
    }

    private String run(String command) throws Exception {
        return String.join("\n", shell.sendCommand(command).lines());
    }
}
