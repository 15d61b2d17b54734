package org.palpate.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.palpate.learner.LearnerRepository;
import org.palpate.progress.ProgressService;
import org.palpate.scheduling.Phase;
import org.palpate.support.TestBeans;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Upgrading keeps every record: a database is built with the first released schema (V1) and filled as version
 * 0.1 would have filled it; the application then starts on it, migrates it to the current schema, and reads it all.
 */
@SpringBootTest(properties = { "spring.shell.interactive.enabled=false", "palpate.curriculum=src/test/resources/curricula/shell" })
@Import(TestBeans.class)
class UpgradeFromFirstSchemaTest {

    static Path home;

    @DynamicPropertySource
    static void aDatabaseOnTheFirstSchema(DynamicPropertyRegistry registry) throws Exception {
        home = Files.createTempDirectory("palpate-upgrade");
        String url = "jdbc:h2:file:" + home.resolve("palpate") + ";AUTO_SERVER=TRUE";
        Flyway.configure().dataSource(url, "palpate", "").locations("classpath:db/migration").target("1").load().migrate();
        try (Connection db = DriverManager.getConnection(url, "palpate", ""); Statement sql = db.createStatement()) {
            sql.execute("INSERT INTO learner (id, name, role, password_hash, created_at) VALUES "
                    + "(1, 'old timer', 'STUDENT', '$2a$10$abcdefghijklmnopqrstuv', TIMESTAMP WITH TIME ZONE '2026-01-05 10:00:00+00')");
            sql.execute("INSERT INTO quiz_session (id, learner_id, mode, module_id, queue, answered, correct, planned, started_at, version) "
                    + "VALUES (1, 1, 'PRACTICE', 'basics', 'b-tf', 1, 1, 2, TIMESTAMP WITH TIME ZONE '2026-01-05 10:01:00+00', 1)");
            sql.execute("INSERT INTO card (learner_id, question_id, phase, step, stability, difficulty, due, last_review, reps, lapses, version) "
                    + "VALUES (1, 'b-single', 'LEARNING', 1, 2.3065, 2.1181, TIMESTAMP WITH TIME ZONE '2026-01-05 10:12:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2026-01-05 10:02:00+00', 1, 0, 0)");
            sql.execute("INSERT INTO review_log (learner_id, question_id, content_hash, session_id, reviewed_at, rating, correct, answer, "
                    + "response_ms, elapsed_days, queue_before, phase_before, step_before, stability_before, difficulty_before, due_before, "
                    + "last_review_before, reps_before, lapses_before, phase_after, step_after, stability_after, difficulty_after, due_after, "
                    + "reps_after, lapses_after) VALUES (1, 'b-single', 'h1', 1, TIMESTAMP WITH TIME ZONE '2026-01-05 10:02:00+00', 3, TRUE, "
                    + "'A) Effleurage', 4200, 0, 'b-single,b-tf', 'NEW', 0, 0, 0, TIMESTAMP WITH TIME ZONE '2026-01-05 10:01:00+00', NULL, 0, 0, "
                    + "'LEARNING', 1, 2.3065, 2.1181, TIMESTAMP WITH TIME ZONE '2026-01-05 10:12:00+00', 1, 0)");
        }
        registry.add("palpate.home", home::toString);
    }

    @Autowired
    JdbcClient jdbc;
    @Autowired
    LearnerRepository learners;
    @Autowired
    CardRepository cards;
    @Autowired
    ReviewLogRepository reviews;
    @Autowired
    ProgressService progress;
    @Autowired
    QuizService quiz;

    @Test
    void everythingRecordedOnTheFirstSchemaIsThereAfterTheUpgrade() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM \"flyway_schema_history\"").query(Integer.class).single()).isGreaterThan(2);
        var learner = learners.findByName("old timer").orElseThrow();
        assertThat(cards.findAll(learner.id())).containsOnlyKeys("b-single");
        assertThat(cards.findAll(learner.id()).get("b-single").phase()).isEqualTo(Phase.LEARNING);
        assertThat(reviews.history(learner.id())).singleElement().satisfies(r -> {
            assertThat(r.answer()).isEqualTo("A) Effleurage");
            assertThat(r.responseMillis()).isEqualTo(4200L);
            assertThat(ResponseJson.read(r.response())).as("converted by V15").isEqualTo(java.util.Map.of("choices", java.util.List.of("Effleurage")));
        });
        assertThat(jdbc.sql("SELECT queue_before FROM review_undo").query(String.class).single())
                .as("the open quiz keeps its undo data, moved out of the log by V14").isEqualTo("b-single,b-tf");
        assertThat(quiz.open(learner)).hasValueSatisfying(s -> {
            assertThat(s.queue()).containsExactly("b-tf");
            assertThat(s.deadline()).isNull();
        });
        assertThat(progress.of(learner).reviews()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM login_failure").query(Integer.class).single()).isZero();
    }
}
