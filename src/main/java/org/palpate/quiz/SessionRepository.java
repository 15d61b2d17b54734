package org.palpate.quiz;

import static org.palpate.learner.LearnerRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

@Repository
class SessionRepository {

    private final JdbcClient jdbc;

    SessionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(long learnerId, QuizMode mode, String moduleId, String topicId, List<String> queue, Instant now, Instant deadline) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO quiz_session (learner_id, mode, module_id, topic_id, queue, answered, correct, planned, started_at, "
                + "deadline, version) VALUES (?, ?, ?, ?, ?, 0, 0, ?, ?, ?, 0)")
                .params(learnerId, mode.name(), moduleId, topicId, join(queue), queue.size(), utc(now), utc(deadline))
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<QuizSession> findOpen(long learnerId) {
        return jdbc.sql("SELECT * FROM quiz_session WHERE learner_id = ? AND finished_at IS NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(learnerId).query(this::session).optional();
    }

    /**
     * The open session, its row locked until the transaction ends: two processes answering at once take turns, and
     * the second sees the first one's answer.
     */
    Optional<QuizSession> lockOpen(long learnerId) {
        return jdbc.sql("SELECT * FROM quiz_session WHERE learner_id = ? AND finished_at IS NULL ORDER BY id DESC "
                + "FETCH FIRST 1 ROWS ONLY FOR UPDATE").param(learnerId).query(this::session).optional();
    }

    /** Locks the learner's row: starting a quiz is serialised per learner, so two windows cannot open two quizzes. */
    void lockLearner(long learnerId) {
        jdbc.sql("SELECT id FROM learner WHERE id = ? FOR UPDATE").param(learnerId).query(Long.class).single();
    }

    /**
     * Moves the session on; fails if another process moved it first (the caller's transaction rolls back). No
     * question is on screen after it: the next one must be shown before it can be answered.
     */
    void advance(QuizSession session, List<String> queue, int answered, int correct) {
        int updated = jdbc.sql("UPDATE quiz_session SET queue = ?, answered = ?, correct = ?, version = ?, presented = NULL, "
                + "retyped = NULL WHERE id = ? AND version = ?")
                .params(join(queue), answered, correct, session.version() + 1, session.id(), session.version()).update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("quiz session " + session.id() + " changed in another process");
        }
    }

    /**
     * Records that the current question was shown, unless the session moved on since it was read (then the question
     * on screen is no longer the one to answer, and stays unanswerable).
     */
    void present(QuizSession session) {
        jdbc.sql("UPDATE quiz_session SET presented = ? WHERE id = ? AND version = ?")
                .params(session.head(), session.id(), session.version()).update();
    }

    /** The one retype after a near miss is used up for the current question. */
    void retyped(QuizSession session) {
        jdbc.sql("UPDATE quiz_session SET retyped = ? WHERE id = ?").params(session.head(), session.id()).update();
    }

    void finish(long sessionId, Instant now) {
        jdbc.sql("DELETE FROM review_undo WHERE session_id = ?").param(sessionId).update();
        jdbc.sql("UPDATE quiz_session SET finished_at = ?, version = version + 1 WHERE id = ?").params(utc(now), sessionId).update();
    }

    private QuizSession session(ResultSet row, int n) throws SQLException {
        return new QuizSession(row.getLong("id"), row.getLong("learner_id"), QuizMode.valueOf(row.getString("mode")),
                row.getString("module_id"), row.getString("topic_id"), split(row.getString("queue")), row.getInt("answered"),
                row.getInt("correct"), row.getInt("planned"), CardRepository.instant(row, "started_at"), CardRepository.instant(row, "deadline"),
                row.getInt("version"), row.getString("presented"), row.getString("retyped"));
    }

    static String join(List<String> queue) {
        return String.join(",", queue);
    }

    static List<String> split(String queue) {
        return queue == null || queue.isEmpty() ? List.of() : Arrays.asList(queue.split(","));
    }

    /** The queue as it was before an answer of an open quiz, for undo (deleted when the quiz is finished). */
    void saveUndo(long reviewId, long sessionId, List<String> queueBefore) {
        jdbc.sql("INSERT INTO review_undo (review_id, session_id, queue_before) VALUES (?, ?, ?)")
                .params(reviewId, sessionId, join(queueBefore)).update();
    }

    Optional<List<String>> undoQueue(long reviewId) {
        return jdbc.sql("SELECT queue_before FROM review_undo WHERE review_id = ?").param(reviewId).query(String.class)
                .optional().map(SessionRepository::split);
    }
}
