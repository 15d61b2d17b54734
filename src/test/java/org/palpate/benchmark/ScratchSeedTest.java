package org.palpate.benchmark;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.palpate.demo.DemoSeeder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

@Tag("scratch")
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=curriculum", "palpate.home=/tmp/palpate-scratch" })
class ScratchSeedTest {
    @Autowired DemoSeeder seeder;
    @Autowired JdbcClient jdbc;

    void time(String label, String sql) {
        for (int i = 0; i < 3; i++) {
            jdbc.sql("UPDATE review_log SET response_ms = response_ms WHERE id = 1").update();
            long t0 = System.nanoTime();
            var g = jdbc.sql(sql).query().listOfRows();
            System.err.println(label + " " + g.size() + " in " + (System.nanoTime() - t0) / 1e6 + " ms");
        }
    }

    @Test
    void seed() {
        long have = jdbc.sql("SELECT COUNT(*) FROM learner").query(Long.class).single();
        if (have == 0) {
            var r = seeder.seed(Integer.getInteger("n", 1000), Integer.getInteger("d", 240), 42, false);
            System.err.println("SEEDED " + r);
        }
        jdbc.sql("CREATE INDEX IF NOT EXISTS rl_qlt ON review_log (question_id, learner_id, response_ms)").update();
        time("first rows", "SELECT learner_id, question_id, correct, answer, response_ms FROM review_log WHERE reps_before = 0");
        time("times", "SELECT question_id, learner_id, COUNT(*), SUM(LEAST(response_ms, 60000)), COUNT(response_ms) FROM review_log GROUP BY question_id, learner_id");
        time("cards", "SELECT learner_id, question_id, phase, step, stability, difficulty, due, last_review, reps, lapses FROM card");
        time("recent", "SELECT learner_id, question_id, phase_before, step_before, stability_before, difficulty_before, due_before, last_review_before, reps_before, lapses_before FROM review_log WHERE reviewed_at >= DATEADD(DAY, -7, CURRENT_TIMESTAMP) ORDER BY reviewed_at, id");
        time("last", "SELECT c.learner_id, c.question_id, r.correct FROM card c JOIN review_log r ON r.learner_id = c.learner_id AND r.question_id = c.question_id AND r.reviewed_at = c.last_review ORDER BY r.id");
    }
}
