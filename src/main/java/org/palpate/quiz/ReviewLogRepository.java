package org.palpate.quiz;

import static org.palpate.learner.LearnerRepository.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Rating;
import org.springframework.jdbc.core.JdbcTemplate;
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

    private static final String INSERT = "INSERT INTO review_log (learner_id, question_id, content_hash, session_id, reviewed_at, "
            + "rating, correct, answer, response_ms, elapsed_days, response, phase_before, step_before, stability_before, "
            + "difficulty_before, due_before, last_review_before, reps_before, lapses_before, phase_after, step_after, "
            + "stability_after, difficulty_after, due_after, reps_after, lapses_after, curriculum_version) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** Rows sent to the database per batch by {@link #appendAll}. */
    static final int BATCH = 5_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ReviewLogRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    long append(ReviewEntry e) {
        return append(null, e);
    }

    /** {@code curriculumVersion}: the published curriculum the answer was graded against (null: a local one). */
    long append(Long curriculumVersion, ReviewEntry e) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        template.update(connection -> {
            PreparedStatement insert = connection.prepareStatement(INSERT, new String[] {"id"});
            bind(insert, curriculumVersion, e);
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    /**
     * Appends many rows in JDBC batches (the demo cohort writes hundreds of thousands); their ids are not needed, and
     * they were graded against no published curriculum version.
     */
    public void appendAll(List<ReviewEntry> entries) {
        template.batchUpdate(INSERT, entries, BATCH, (insert, e) -> bind(insert, null, e));
    }

    /** The one binding of an entry to {@link #INSERT}'s parameters. */
    private static void bind(PreparedStatement s, Long curriculumVersion, ReviewEntry e) throws SQLException {
        CardState b = e.before();
        CardState a = e.after();
        s.setLong(1, e.learnerId());
        s.setString(2, e.questionId());
        s.setString(3, e.contentHash());
        setLong(s, 4, e.sessionId());
        CardRepository.setInstant(s, 5, e.reviewedAt());
        s.setInt(6, e.rating().grade());
        s.setBoolean(7, e.correct());
        s.setString(8, e.answer());
        setLong(s, 9, e.responseMillis());
        s.setDouble(10, e.elapsedDays());
        s.setString(11, e.response());
        CardRepository.bind(s, 12, b);
        CardRepository.setInstant(s, 17, b.lastReview());
        s.setInt(18, b.reps());
        s.setInt(19, b.lapses());
        CardRepository.bind(s, 20, a);
        s.setInt(25, a.reps());
        s.setInt(26, a.lapses());
        setLong(s, 27, curriculumVersion);
    }

    private static void setLong(PreparedStatement s, int index, Long value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.BIGINT);
        } else {
            s.setLong(index, value);
        }
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

    /** On every wrong answer: reads by review_log_session (V16), never by the question's history over the cohort. */
    static final String WRONG_IN_SESSION = "SELECT COUNT(*) FROM review_log WHERE session_id = ? AND question_id = ? "
            + "AND correct = FALSE AND undone_at IS NULL";

    int wrongInSession(long sessionId, String questionId) {
        return jdbc.sql(WRONG_IN_SESSION).params(sessionId, questionId).query(Integer.class).single();
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
