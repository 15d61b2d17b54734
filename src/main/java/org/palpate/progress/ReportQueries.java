package org.palpate.progress;

import static org.palpate.learner.LearnerRepository.utc;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.palpate.quiz.CardRepository;
import org.palpate.quiz.GradedReviews;
import org.palpate.scheduling.CardState;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The aggregate reads behind the cohort and item reports: whole-cohort queries that return one row per card, per
 * first attempt or per (question, answer), so the database does the counting and Java only the statistics.
 * Rows come for every learner; the services keep the students' (instructors trying questions out would skew the
 * figures). Filtering in Java is cheaper here than a join per review row.
 */
@Repository
class ReportQueries {

    /** Answer times above this count as this much (Anki's default cap): a learner who walked away did not study. */
    static final long RESPONSE_CAP_MS = 60_000;

    record FirstAttempt(long learnerId, String questionId, boolean correct, String response) {
    }

    /** One learner's answers to one question: how many were timed, and their time (each capped). */
    record AnswerTimes(long learnerId, String questionId, long cappedMs, int timed) {
    }

    /** Reviews since a moment: how many per learner, and each card's state at that moment (before its first one). */
    record Recent(Map<Long, Integer> reviews, Map<Long, Map<String, CardState>> statesAtStart) {
    }

    private final JdbcClient jdbc;

    ReportQueries(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every card: learner id -> question id -> state. */
    Map<Long, Map<String, CardState>> cards() {
        Map<Long, Map<String, CardState>> cards = new HashMap<>();
        boolean leftOut = jdbc.sql(GradedReviews.ANY_LEFT_OUT).query(Integer.class).single() > 0;
        String columns = "learner_id, question_id, phase, step, stability, difficulty, due, last_review, reps, lapses";
        jdbc.sql(leftOut ? "SELECT " + columns + " FROM (" + GradedReviews.CARD_STATES + ") counted" : "SELECT " + columns + " FROM card").query(row -> {
                    CardState state = CardRepository.state(row, "", "last_review");
                    cards.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getString(2), state);
                });
        return cards;
    }

    Recent since(Instant start) {
        Map<Long, Integer> counts = new HashMap<>();
        Map<Long, Map<String, CardState>> states = new HashMap<>();
        jdbc.sql("SELECT learner_id, question_id, phase_before, step_before, stability_before, difficulty_before, due_before, "
                + "last_review_before, reps_before, lapses_before FROM review_log WHERE reviewed_at >= ? AND undone_at IS NULL AND " + GradedReviews.COUNTED + " "
                + "ORDER BY reviewed_at, id").param(utc(start)).query(row -> {
                    long learner = row.getLong(1);
                    counts.merge(learner, 1, Integer::sum);
                    states.computeIfAbsent(learner, k -> new HashMap<>()).computeIfAbsent(row.getString(2), q -> {
                        try {
                            return CardRepository.state(row, "_before", "last_review_before");
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    });
                });
        return new Recent(counts, states);
    }

    /** Whether each learner's last answer to each of these questions was right: learner id -> question id -> right. */
    Map<Long, Map<String, Boolean>> lastAnswerRight(Collection<String> questionIds) {
        Map<Long, Map<String, Boolean>> result = new HashMap<>();
        if (questionIds.isEmpty()) {
            return result;
        }
        // The same rule as ReviewLogRepository.latestPerQuestion (the last answer not taken back), for every learner at
        // once: the card's last_review is the time of its last log row (undo puts back the previous one), so an index
        // lookup finds the last answer without scanning each learner's history.
        jdbc.sql("SELECT c.learner_id, c.question_id, r.correct FROM card c JOIN review_log r ON r.learner_id = c.learner_id "
                + "AND r.question_id = c.question_id AND r.reviewed_at = c.last_review WHERE c.question_id IN (:ids) AND r.undone_at IS NULL AND " + GradedReviews.COUNTED + " "
                + "ORDER BY r.id").param("ids", questionIds)
                .query(row -> {
                    result.computeIfAbsent(row.getLong(1), k -> new HashMap<>()).put(row.getString(2), row.getBoolean(3));
                });
        return result;
    }

    /** True retention per learner: reviews of cards in the review phase, and how many were recalled (any rating but again). */
    Map<Long, int[]> trueRetention() {
        Map<Long, int[]> result = new HashMap<>();
        jdbc.sql("SELECT learner_id, COUNT(*), SUM(CASE WHEN rating > 1 THEN 1 ELSE 0 END) FROM review_log "
                + "WHERE phase_before = 'REVIEW' AND undone_at IS NULL AND " + GradedReviews.COUNTED + " GROUP BY learner_id").query(row -> {
                    result.put(row.getLong(1), new int[] {row.getInt(2), row.getInt(3)});
                });
        return result;
    }

    /**
     * Each learner's first answer to each question: the earliest review that found the card new (read through an
     * index). An answer taken back with undo counts: the learner answered before seeing the key, so a right answer
     * typed after it is not a first attempt.
     */
    List<FirstAttempt> firstAttempts() {
        Map<List<Object>, FirstAttempt> first = new HashMap<>();
        Map<List<Object>, Long> firstId = new HashMap<>();
        jdbc.sql("SELECT learner_id, question_id, correct, response, id FROM review_log WHERE reps_before = 0 AND " + GradedReviews.COUNTED).query(row -> {
            List<Object> key = List.of(row.getLong(1), row.getString(2));
            long id = row.getLong(5);
            if (firstId.getOrDefault(key, Long.MAX_VALUE) > id) {
                firstId.put(key, id);
                first.put(key, new FirstAttempt(row.getLong(1), row.getString(2), row.getBoolean(3), row.getString(4)));
            }
        });
        return new ArrayList<>(first.values());
    }

    /** Answer times per learner and question, summed from the index on (question_id, learner_id, response_ms) alone. */
    List<AnswerTimes> answerTimes() {
        List<AnswerTimes> times = new ArrayList<>();
        jdbc.sql("SELECT learner_id, question_id, SUM(LEAST(response_ms, " + RESPONSE_CAP_MS + ")), COUNT(response_ms) "
                + "FROM review_log WHERE " + GradedReviews.COUNTED + " GROUP BY question_id, learner_id").query(row -> {
                    times.add(new AnswerTimes(row.getLong(1), row.getString(2), row.getLong(3), row.getInt(4)));
                });
        return times;
    }

}
