package org.palpate.quiz;

import static org.palpate.learner.LearnerRepository.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.palpate.scheduling.CardState;
import org.palpate.scheduling.Phase;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Per-learner FSRS card state. Updates carry the version read, so a concurrent answer cannot be lost. */
@Repository
public class CardRepository {

    public record StoredCard(CardState state, int version) {
    }

    private static final String COLUMNS = "question_id, phase, step, stability, difficulty, due, last_review, reps, lapses, version";
    private static final String INSERT = "INSERT INTO card (learner_id, question_id, phase, step, stability, difficulty, due, "
            + "last_review, reps, lapses, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)";
    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    CardRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    public Optional<StoredCard> find(long learnerId, String questionId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM card WHERE learner_id = ? AND question_id = ?")
                .params(learnerId, questionId).query((row, n) -> new StoredCard(state(row), row.getInt("version"))).optional();
    }

    /** Every card of a learner, by question id. */
    public Map<String, CardState> findAll(long learnerId) {
        Map<String, CardState> cards = new LinkedHashMap<>();
        jdbc.sql("SELECT " + COLUMNS + " FROM card WHERE learner_id = ?").param(learnerId)
                .query(row -> {
                    cards.put(row.getString("question_id"), state(row));
                });
        return cards;
    }

    void save(long learnerId, String questionId, CardState state, Optional<StoredCard> previous) {
        if (previous.isEmpty()) {
            template.update(INSERT, insert -> bindNew(insert, learnerId, questionId, state));
            return;
        }
        int version = previous.get().version();
        int updated = jdbc.sql("UPDATE card SET phase = ?, step = ?, stability = ?, difficulty = ?, due = ?, last_review = ?, "
                + "reps = ?, lapses = ?, version = ? WHERE learner_id = ? AND question_id = ? AND version = ?")
                .params(state.phase().name(), state.step(), state.stability(), state.difficulty(), utc(state.due()),
                        utc(state.lastReview()), state.reps(), state.lapses(), version + 1, learnerId, questionId, version)
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("card " + questionId + " changed in another process");
        }
    }

    /** Inserts cards the learner does not have yet, in JDBC batches (the demo cohort's final cards). */
    public void insertAll(long learnerId, Map<String, CardState> states) {
        template.batchUpdate(INSERT, List.copyOf(states.entrySet()), ReviewLogRepository.BATCH,
                (insert, card) -> bindNew(insert, learnerId, card.getKey(), card.getValue()));
    }

    private static void bindNew(PreparedStatement s, long learnerId, String questionId, CardState state) throws SQLException {
        s.setLong(1, learnerId);
        s.setString(2, questionId);
        bind(s, 3, state);
        setInstant(s, 8, state.lastReview());
        s.setInt(9, state.reps());
        s.setInt(10, state.lapses());
    }

    /** Binds phase, step, stability, difficulty and due from {@code first} on: the columns a card and the review log share. */
    static void bind(PreparedStatement s, int first, CardState state) throws SQLException {
        s.setString(first, state.phase().name());
        s.setInt(first + 1, state.step());
        s.setDouble(first + 2, state.stability());
        s.setDouble(first + 3, state.difficulty());
        setInstant(s, first + 4, state.due());
    }

    static void setInstant(PreparedStatement s, int index, Instant instant) throws SQLException {
        if (instant == null) {
            s.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            s.setObject(index, utc(instant));
        }
    }

    /** For progress and reports: each card as the last review that counts left it (see {@link GradedReviews}). */
    public Map<String, CardState> findAllCounted(long learnerId) {
        int leftOut = jdbc.sql(GradedReviews.ANY_LEFT_OUT + " AND learner_id = ?").param(learnerId).query(Integer.class).single();
        if (leftOut == 0) {
            return findAll(learnerId);
        }
        Map<String, CardState> cards = new LinkedHashMap<>();
        jdbc.sql(GradedReviews.CARD_STATES + " AND r.learner_id = ?").param(learnerId)
                .query(row -> {
                    cards.put(row.getString("question_id"), state(row));
                });
        return cards;
    }

    void delete(long learnerId, String questionId) {
        jdbc.sql("DELETE FROM card WHERE learner_id = ? AND question_id = ?").params(learnerId, questionId).update();
    }

    private static CardState state(ResultSet row) throws SQLException {
        return state(row, "", "last_review");
    }

    /**
     * The one mapping from a row to a card's state, for the {@code card} table ({@code suffix} "") and the review
     * log's copies of it ({@code "_before"}, {@code "_after"}): columns {@code phase}, {@code step}, {@code stability},
     * {@code difficulty}, {@code due}, {@code reps}, {@code lapses} with the suffix, and the last review from
     * {@code lastReviewColumn} (the review log's state after a review was last reviewed at {@code reviewed_at}).
     */
    public static CardState state(ResultSet row, String suffix, String lastReviewColumn) throws SQLException {
        return new CardState(Phase.valueOf(row.getString("phase" + suffix)), row.getInt("step" + suffix),
                row.getDouble("stability" + suffix), row.getDouble("difficulty" + suffix), instant(row, "due" + suffix),
                instant(row, lastReviewColumn), row.getInt("reps" + suffix), row.getInt("lapses" + suffix));
    }

    public static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
