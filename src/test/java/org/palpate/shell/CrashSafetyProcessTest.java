package org.palpate.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import org.palpate.support.H2Home;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.palpate.support.PalpateProcess;
import org.palpate.support.PalpateProcess.Result;
import org.palpate.support.PalpateProcess.Running;

/**
 * Real processes on one H2 file: a study session killed with SIGKILL at random moments leaves every answer whole
 * or absent (review-log row, card state and session position agree), nothing acknowledged is lost, and the session
 * resumes; two processes answering the same question at once record it once.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyProcessTest {

    static final int QUESTIONS = 1000;
    static final String PASSWORD = "s3cret-pass\n";
    static final String NEW_PASSWORD = PASSWORD + PASSWORD; // typed twice

    @TempDir
    static Path home;
    static PalpateProcess palpate;

    @BeforeAll
    static void aStudentWithAManyQuestionDrill() throws Exception {
        Path curriculum = home.resolve("drill-curriculum");
        writeDrill(curriculum);
        palpate = new PalpateProcess(home, curriculum.toString());
        assertThat(palpate.run(NEW_PASSWORD, "learner", "add", "teacher", "--role", "instructor").exit()).isZero();
        assertThat(palpate.run(PASSWORD, "login", "teacher").exit()).isZero();
        assertThat(palpate.run(NEW_PASSWORD, "learner", "add", "sam", "--role", "student").exit()).isZero();
        assertThat(palpate.run(PASSWORD, "login", "sam").exit()).isZero();
    }

    @Test
    @Order(1)
    void aKilledStudySessionLosesNothingItAcknowledged() throws Exception {
        assertThat(palpate.run("", "quiz", "start", "--module", "drill", "--count", String.valueOf(QUESTIONS)).exit()).isZero();
        long seed = System.nanoTime();
        System.out.println("CrashSafetyProcessTest seed " + seed);
        Random random = new Random(seed);
        int acknowledged = 0;
        for (int round = 0; round < 3; round++) {
            Running study = palpate.start("true\n\n".repeat(2 * QUESTIONS), "study");
            // kill at a random point while answers stream in (about 2 ms each), never at a quiet moment
            int target = acknowledged + 20 + random.nextInt(200);
            long deadline = System.nanoTime() + 60_000_000_000L;
            while (study.process().isAlive() && count(Files.readString(study.out()), "Recorded as ") < target - acknowledged
                    && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            study.process().destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no flush
            int printed = count(Files.readString(study.out()), "Recorded as ");
            acknowledged += printed;
            int recorded = checkConsistent();
            assertThat(recorded).as("seed %d round %d: every acknowledged answer is in the log", seed, round)
                    .isGreaterThanOrEqualTo(acknowledged);
            assertThat(recorded).as("seed %d round %d: at most the answer in flight is unacknowledged", seed, round)
                    .isLessThanOrEqualTo(acknowledged + 1);
            acknowledged = recorded;
            Result status = palpate.run("", "quiz", "status");
            assertThat(status.exit()).isZero();
            assertThat(status.out()).contains(recorded + " answered");
        }
    }

    @Test
    @Order(2)
    void twoProcessesAnsweringTheSameQuestionRecordItOnce() throws Exception {
        String question = palpate.run("", "quiz", "next", "--format", "json").out().replaceAll("(?s)^\\{\"id\":\"([^\"]+)\".*", "$1");
        int before = checkConsistent();
        Running first = palpate.start("", "quiz", "answer", "true", "--question", question);
        Running second = palpate.start("", "quiz", "answer", "true", "--question", question);
        Result a = first.await();
        Result b = second.await();
        assertThat(a.exit() + b.exit()).as(a + " / " + b).isEqualTo(1);
        assertThat((a.exit() == 1 ? a : b).err()).contains("was already answered");
        assertThat(checkConsistent()).isEqualTo(before + 1);
    }

    /** Checks that the log, the cards and the session agree; returns how many answers the session has. */
    private static int checkConsistent() throws Exception {
        try (Connection db = H2Home.connect(home);
                Statement sql = db.createStatement()) {
            int logged = single(sql, "SELECT COUNT(*) FROM review_log r JOIN quiz_session s ON r.session_id = s.id WHERE s.finished_at IS NULL");
            assertThat(single(sql, "SELECT answered FROM quiz_session WHERE finished_at IS NULL")).isEqualTo(logged);
            assertThat(single(sql, "SELECT correct FROM quiz_session WHERE finished_at IS NULL"))
                    .isEqualTo(single(sql, "SELECT COUNT(*) FROM review_log WHERE correct"));
            assertThat(single(sql, "SELECT COUNT(*) FROM card c WHERE reps <> "
                    + "(SELECT COUNT(*) FROM review_log r WHERE r.learner_id = c.learner_id AND r.question_id = c.question_id)"))
                    .as("every card has as many reviews as the log").isZero();
            assertThat(single(sql, "SELECT COUNT(*) FROM card c JOIN review_log r ON r.learner_id = c.learner_id "
                    + "AND r.question_id = c.question_id AND r.id = (SELECT MAX(id) FROM review_log l WHERE l.question_id = c.question_id) "
                    + "WHERE c.stability <> r.stability_after OR c.due <> r.due_after OR c.phase <> r.phase_after"))
                    .as("every card is in the state its last review left it").isZero();
            return logged;
        }
    }

    private static int single(Statement sql, String query) throws Exception {
        try (ResultSet row = sql.executeQuery(query)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private static void writeDrill(Path dir) throws Exception {
        Files.createDirectories(dir.resolve("drill/lessons"));
        Files.writeString(dir.resolve("program.yaml"), "title: Drill\nmodules: [drill]\n");
        Files.writeString(dir.resolve("drill/module.yaml"), "id: drill\ntitle: Drill\ntopics:\n  - { id: facts, title: Facts }\n");
        Files.writeString(dir.resolve("drill/lessons/facts.md"), "---\nid: drill-facts\ntitle: Facts\ntopic: facts\nsources: [Drill]\n---\nFacts.\n");
        StringBuilder questions = new StringBuilder("questions:\n");
        for (int i = 0; i < QUESTIONS; i++) {
            questions.append("  - { id: d-").append(i).append(", topic: facts, type: true-false, prompt: \"Statement ").append(i)
                    .append(" is true.\", answer: ").append(i % 5 != 0).append(", explanation: Because., sources: [Drill] }\n");
        }
        Files.writeString(dir.resolve("drill/questions.yaml"), questions);
    }
}
