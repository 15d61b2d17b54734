package org.palpate.quiz;

import static org.palpate.learner.LearnerRepository.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Rating;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * The review log. Rows are only ever appended; {@code quiz undo} marks the row it reverses as taken back
 * ({@code undone_at}) after putting the card and the session back as they were. Every read here skips rows taken
 * back: they are history (the item analysis counts them as first attempts), not answers that stand.
 */
@Repository
public class ReviewLogRepository {

    private final JdbcClient jdbc;

    ReviewLogRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long append(ReviewEntry e) {
        return append(null, e);
    }

    /** {@code curriculumVersion}: the published curriculum the answer was graded against (null: a local one). */
    long append(Long curriculumVersion, ReviewEntry e) {
        CardState b = e.before();
        CardState a = e.after();
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO review_log (learner_id, question_id, content_hash, session_id, reviewed_at, rating, correct, answer, "
                + "response_ms, elapsed_days, response, phase_before, step_before, stability_before, difficulty_before, due_before, "
                + "last_review_before, reps_before, lapses_before, phase_after, step_after, stability_after, difficulty_after, due_after, reps_after, lapses_after, "
                + "curriculum_version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(e.learnerId(), e.questionId(), e.contentHash(), e.sessionId(), utc(e.reviewedAt()), e.rating().grade(),
                        e.correct(), e.answer(), e.responseMillis(), e.elapsedDays(), e.response(),
                        b.phase().name(), b.step(), b.stability(), b.difficulty(), utc(b.due()), utc(b.lastReview()), b.reps(),
                        b.lapses(), a.phase().name(), a.step(), a.stability(), a.difficulty(), utc(a.due()), a.reps(), a.lapses(),
                        curriculumVersion)
                .update(key, "id");
        return key.getKey().longValue();
    }

    Optional<ReviewEntry> lastOfSession(long sessionId) {
        return jdbc.sql("SELECT * FROM review_log WHERE session_id = ? AND undone_at IS NULL ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param(sessionId).query(this::entry).optional();
    }

    /** The answers of one quiz, in the order they were given. */
    public List<ReviewEntry> ofSession(long sessionId) {
        return jdbc.sql("SELECT * FROM review_log WHERE session_id = ? AND undone_at IS NULL ORDER BY id").param(sessionId).query(this::entry).list();
    }

    void markUndone(long id, Instant at) {
        jdbc.sql("UPDATE review_log SET undone_at = ? WHERE id = ?").params(utc(at), id).update();
    }

    /** How many questions the learner met for the first time since the given moment (the daily new limit). */
    int newSince(long learnerId, Instant since) {
        return jdbc.sql("SELECT COUNT(*) FROM review_log WHERE learner_id = ? AND reviewed_at >= ? AND reps_before = 0 AND undone_at IS NULL")
                .params(learnerId, utc(since)).query(Integer.class).single();
    }

    int wrongInSession(long sessionId, String questionId) {
        return jdbc.sql("SELECT COUNT(*) FROM review_log WHERE session_id = ? AND question_id = ? AND correct = FALSE AND undone_at IS NULL")
                .params(sessionId, questionId).query(Integer.class).single();
    }

    /** Reviews that count (see {@link GradedReviews}), as history and latestPerQuestion. */
    public int count(long learnerId) {
        return jdbc.sql("SELECT COUNT(*) FROM review_log WHERE learner_id = ? AND undone_at IS NULL AND " + GradedReviews.COUNTED).param(learnerId).query(Integer.class).single();
    }

    /** The learner's whole history, oldest first. */
    public List<ReviewEntry> history(long learnerId) {
        return jdbc.sql("SELECT * FROM review_log WHERE learner_id = ? AND undone_at IS NULL AND " + GradedReviews.COUNTED
                + " ORDER BY reviewed_at, id").param(learnerId)
                .query(this::entry).list();
    }

    /** The last answer to each question of a learner (for the "critical questions answered right" rule). */
    public List<ReviewEntry> latestPerQuestion(long learnerId) {
        return jdbc.sql("SELECT * FROM review_log r WHERE learner_id = ? AND id = (SELECT MAX(id) FROM review_log l "
                + "WHERE l.learner_id = r.learner_id AND l.question_id = r.question_id AND l.undone_at IS NULL AND " + GradedReviews.COUNTED + ")")
                .param(learnerId).query(this::entry).list();
    }

    private ReviewEntry entry(ResultSet row, int n) throws SQLException {
        CardState before = CardRepository.state(row, "_before", "last_review_before");
        Instant reviewedAt = CardRepository.instant(row, "reviewed_at");
        CardState after = CardRepository.state(row, "_after", "reviewed_at");
        long session = row.getLong("session_id");
        Long sessionId = row.wasNull() ? null : session;
        long response = row.getLong("response_ms");
        Long responseMillis = row.wasNull() ? null : response;
        return new ReviewEntry(row.getLong("id"), row.getLong("learner_id"), row.getString("question_id"),
                row.getString("content_hash"), sessionId, reviewedAt, Rating.ofGrade(row.getInt("rating")),
                row.getBoolean("correct"), row.getString("answer"), responseMillis, row.getDouble("elapsed_days"),
                row.getString("response"), before, after);
    }
}
