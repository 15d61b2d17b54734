package org.palpate.demo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

import org.palpate.curriculum.Question;
import org.palpate.quiz.ResponseJson;
import org.palpate.curriculum.Graded;
import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Rating;

/** Batched inserts of review-log rows and cards on one connection (one transaction for the whole seeding). */
final class DemoWriter implements AutoCloseable {
    private final PreparedStatement reviewInsert;
    private final PreparedStatement cardInsert;
    private int pendingReviews;
    private int pendingCards;
    long reviews;

    DemoWriter(Connection connection) throws SQLException {
        reviewInsert = connection.prepareStatement("INSERT INTO review_log (learner_id, question_id, content_hash, session_id, "
                + "reviewed_at, rating, correct, answer, response_ms, elapsed_days, response, phase_before, step_before, "
                + "stability_before, difficulty_before, due_before, last_review_before, reps_before, lapses_before, phase_after, "
                + "step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after) "
                + "VALUES (?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        cardInsert = connection.prepareStatement("INSERT INTO card (learner_id, question_id, phase, step, stability, difficulty, "
                + "due, last_review, reps, lapses, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
    }

    void review(long learnerId, Question q, Instant at, Rating rating, Graded graded, long ms, double elapsedDays,
            CardState b, CardState a) throws SQLException {
        PreparedStatement s = reviewInsert;
        s.setLong(1, learnerId);
        s.setString(2, q.id());
        s.setString(3, q.contentHash());
        s.setObject(4, DemoSeeder.utc(at));
        s.setInt(5, rating.grade());
        s.setBoolean(6, graded.correct());
        s.setString(7, graded.given());
        s.setLong(8, ms);
        s.setDouble(9, elapsedDays);
        s.setString(10, ResponseJson.write(graded.response()));
        s.setString(11, b.phase().name());
        s.setInt(12, b.step());
        s.setDouble(13, b.stability());
        s.setDouble(14, b.difficulty());
        s.setObject(15, DemoSeeder.utc(b.due()));
        if (b.lastReview() == null) {
            s.setNull(16, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(16, DemoSeeder.utc(b.lastReview()));
        }
        s.setInt(17, b.reps());
        s.setInt(18, b.lapses());
        s.setString(19, a.phase().name());
        s.setInt(20, a.step());
        s.setDouble(21, a.stability());
        s.setDouble(22, a.difficulty());
        s.setObject(23, DemoSeeder.utc(a.due()));
        s.setInt(24, a.reps());
        s.setInt(25, a.lapses());
        s.addBatch();
        reviews++;
        if (++pendingReviews == DemoSeeder.BATCH) {
            s.executeBatch();
            pendingReviews = 0;
        }
    }

    void card(long learnerId, String questionId, CardState c) throws SQLException {
        PreparedStatement s = cardInsert;
        s.setLong(1, learnerId);
        s.setString(2, questionId);
        s.setString(3, c.phase().name());
        s.setInt(4, c.step());
        s.setDouble(5, c.stability());
        s.setDouble(6, c.difficulty());
        s.setObject(7, DemoSeeder.utc(c.due()));
        s.setObject(8, DemoSeeder.utc(c.lastReview()));
        s.setInt(9, c.reps());
        s.setInt(10, c.lapses());
        s.addBatch();
        if (++pendingCards == DemoSeeder.BATCH) {
            s.executeBatch();
            pendingCards = 0;
        }
    }

    /** Sends what is batched, so that the caller can commit it. */
    void flush() throws SQLException {
        if (pendingReviews > 0) {
            reviewInsert.executeBatch();
            pendingReviews = 0;
        }
        if (pendingCards > 0) {
            cardInsert.executeBatch();
            pendingCards = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            reviewInsert.close();
            cardInsert.close();
        }
    }
}
