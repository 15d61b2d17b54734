package org.palpate.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

import javax.sql.DataSource;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.palpate.learner.AccountService;
import org.palpate.learner.Learner;
import org.palpate.learner.LearnerRepository;
import org.palpate.learner.Role;
import org.palpate.quiz.Current;
import org.palpate.quiz.QuizMode;
import org.palpate.quiz.QuizService;
import org.palpate.support.TempHome;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * {@code ./mvnw -Pbenchmark test -Dtest=AnswerBenchmarkTest}: the answer round trip in process (choose and show the
 * next question, grade, schedule, record the review and the card, advance the quiz) on an H2 file database holding
 * 1,000 learners, 500 questions, 500,000 cards and 1,000,000 review rows, written with JDBC batches. Beside it, the
 * floor on the same database and connection pool: one raw JDBC insert of a review row plus one select of a card by
 * its primary key. Prints p50 and p99 of each and their ratio; asserts nothing about time.
 */
@Tag("benchmark")
@SpringBootTest(properties = "spring.shell.interactive.enabled=false")
@ContextConfiguration(initializers = TempHome.class)
class AnswerBenchmarkTest {

    private static final int LEARNERS = Integer.getInteger("benchmark.learners", 1000);
    private static final int MODULES = 10;
    private static final int PER_MODULE = 50;
    private static final int REVIEWS_PER_CARD = 2; // 1,000 x 500 x 2 = 1,000,000 review rows
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 1000);
    private static final String PASSWORD = "bench-password";

    @Autowired
    AccountService accounts;
    @Autowired
    LearnerRepository learners;
    @Autowired
    QuizService quiz;
    @Autowired
    DataSource dataSource;

    @DynamicPropertySource
    static void curriculum(DynamicPropertyRegistry registry) {
        try {
            Path dir = Files.createTempDirectory("palpate-answer-bench");
            GeneratedCurriculum.write(dir, MODULES, PER_MODULE);
            registry.add("palpate.curriculum", dir::toString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void answerRoundTripOnAMillionReviews() throws SQLException {
        long seedStart = System.nanoTime();
        accounts.add("teacher", Role.INSTRUCTOR, PASSWORD.toCharArray());
        accounts.login("teacher", PASSWORD.toCharArray());
        Learner first = accounts.add("s1", Role.STUDENT, PASSWORD.toCharArray());
        long rows = seed(first);
        print("seeded %,d learners, %,d cards, %,d review rows in %.0f s", LEARNERS, (long) LEARNERS * MODULES * PER_MODULE, rows,
                (System.nanoTime() - seedStart) / 1e9);

        Learner learner = learners.findByName("s1").orElseThrow();
        Random random = new Random(7);
        List<Long> app = new ArrayList<>();
        List<Long> answers = new ArrayList<>();
        List<Long> starts = new ArrayList<>();
        List<Long> floor = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            for (int round = 0; round < ROUNDS + 100; round++) { // the first 100 warm the code up
                long start = System.nanoTime();
                boolean started = answerOne(learner, random);
                long took = System.nanoTime() - start;
                start = System.nanoTime();
                floorOne(connection, learner.id(), random);
                long floorTook = System.nanoTime() - start;
                if (round >= 100) {
                    app.add(took);
                    (started ? starts : answers).add(took);
                    floor.add(floorTook);
                }
            }
        }
        app.sort(null);
        answers.sort(null);
        starts.sort(null);
        floor.sort(null);
        print("%,d answer round trips (quiz next + quiz answer, in process) beside the JDBC floor", ROUNDS);
        print("%-40s p50 %6.2f ms  p99 %6.2f ms", "answer round trip", ms(app, 0.50), ms(app, 0.99));
        print("%-40s p50 %6.2f ms  p99 %6.2f ms", "  of which, within a quiz (" + answers.size() + ")", ms(answers, 0.50), ms(answers, 0.99));
        print("%-40s p50 %6.2f ms  p99 %6.2f ms", "  of which, a new quiz started (" + starts.size() + ")", ms(starts, 0.50), ms(starts, 0.99));
        print("%-40s p50 %6.2f ms  p99 %6.2f ms", "floor: insert review + select card by key", ms(floor, 0.50), ms(floor, 0.99));
        print("%-40s p50 %6.1f     p99 %6.1f", "ratio round trip / floor", ms(app, 0.50) / ms(floor, 0.50), ms(app, 0.99) / ms(floor, 0.99));
    }

    /**
     * One question shown and answered, right four times in five; a finished practice quiz of 50 is replaced by a new
     * one (every 50th round trip, so 2% of them: the p99 of all round trips is where quiz starts show). Returns whether
     * a quiz was started.
     */
    private boolean answerOne(Learner learner, Random random) {
        Optional<Current> current = quiz.open(learner).isPresent() ? quiz.next(learner) : Optional.empty();
        boolean started = current.isEmpty();
        if (started) {
            quiz.open(learner).ifPresent(open -> quiz.finish(learner));
            quiz.start(learner, QuizMode.PRACTICE, "m" + (random.nextInt(MODULES) + 1), null, 50);
            current = quiz.next(learner);
        }
        String id = current.orElseThrow().shown().question().id();
        boolean right = GeneratedCurriculum.answer(id) == (random.nextInt(5) != 0);
        quiz.answer(learner, id, String.valueOf(right), null, 1500L);
        return started;
    }

    private static void floorOne(Connection connection, long learnerId, Random random) throws SQLException {
        String question = "m" + (random.nextInt(MODULES) + 1) + "-q" + (random.nextInt(PER_MODULE) + 1);
        try (PreparedStatement insert = connection.prepareStatement(INSERT_REVIEW)) {
            bindReview(insert, learnerId, question, Instant.now());
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("SELECT stability, due FROM card WHERE learner_id = ? AND question_id = ?")) {
            select.setLong(1, learnerId);
            select.setString(2, question);
            try (ResultSet row = select.executeQuery()) {
                row.next();
            }
        }
    }

    private static final String INSERT_REVIEW = "INSERT INTO review_log (learner_id, question_id, content_hash, reviewed_at, rating, "
            + "correct, answer, response_ms, elapsed_days, phase_before, step_before, stability_before, difficulty_before, due_before, "
            + "reps_before, lapses_before, phase_after, step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after) "
            + "VALUES (?, ?, ?, ?, 3, TRUE, 'true', 1500, 3.0, 'REVIEW', 0, 5.0, 5.0, ?, 1, 0, 'REVIEW', 0, 12.0, 4.9, ?, 2, 0)";

    private static void bindReview(PreparedStatement insert, long learnerId, String question, Instant at) throws SQLException {
        insert.setLong(1, learnerId);
        insert.setString(2, question);
        insert.setString(3, "0".repeat(64));
        insert.setTimestamp(4, Timestamp.from(at));
        insert.setTimestamp(5, Timestamp.from(at));
        insert.setTimestamp(6, Timestamp.from(at.plusSeconds(12 * 86_400)));
    }

    /** Learners s2..sN with s1's password hash, a card per learner and question, two reviews per card: JDBC batches. */
    private long seed(Learner first) throws SQLException {
        long reviews = 0;
        Instant now = Instant.now();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement add = c.prepareStatement("INSERT INTO learner (name, role, password_hash, created_at) "
                    + "SELECT ?, 'STUDENT', password_hash, created_at FROM learner WHERE id = ?")) {
                for (int n = 2; n <= LEARNERS; n++) {
                    add.setString(1, "s" + n);
                    add.setLong(2, first.id());
                    add.addBatch();
                }
                add.executeBatch();
            }
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement all = c.prepareStatement("SELECT id FROM learner WHERE role = 'STUDENT' ORDER BY id");
                    ResultSet rows = all.executeQuery()) {
                while (rows.next()) {
                    ids.add(rows.getLong(1));
                }
            }
            try (PreparedStatement card = c.prepareStatement("INSERT INTO card (learner_id, question_id, phase, step, stability, "
                    + "difficulty, due, last_review, reps, lapses, version) VALUES (?, ?, 'REVIEW', 0, 12.0, 5.0, ?, ?, 2, 0, 0)");
                    PreparedStatement review = c.prepareStatement(INSERT_REVIEW)) {
                for (long id : ids) {
                    for (int m = 1; m <= MODULES; m++) {
                        for (int q = 1; q <= PER_MODULE; q++) {
                            String question = "m" + m + "-q" + q;
                            Instant due = now.plusSeconds((long) ((q * 7 + id) % 40 - 10) * 86_400); // some due, most later
                            card.setLong(1, id);
                            card.setString(2, question);
                            card.setTimestamp(3, Timestamp.from(due));
                            card.setTimestamp(4, Timestamp.from(now.minusSeconds(86_400)));
                            card.addBatch();
                            for (int r = 0; r < REVIEWS_PER_CARD; r++) {
                                bindReview(review, id, question, now.minusSeconds((REVIEWS_PER_CARD - r) * 5L * 86_400));
                                review.addBatch();
                                reviews++;
                            }
                        }
                    }
                    card.executeBatch();
                    review.executeBatch();
                    c.commit();
                }
            }
        }
        return reviews;
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static void print(String format, Object... args) {
        System.out.println("[benchmark] " + String.format(Locale.ROOT, format, args));
    }
}
