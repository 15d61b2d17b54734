package org.palpate.quiz;

/**
 * Which reviews progress and reports count. Once an instructor has published a curriculum, only answers graded
 * against a published version count: one graded against a local folder (a student's own answer keys, or any
 * curriculum before the first publication) is left out, and each card is taken as the last counted review left it.
 * Before anything is published (a laptop on its own) every review counts.
 */
public final class GradedReviews {

    /** A condition on review_log's columns (unqualified: it binds to the innermost review_log of the query). */
    public static final String COUNTED = "(curriculum_version IS NOT NULL OR NOT EXISTS (SELECT 1 FROM published_curriculum))";

    /**
     * learner_id, question_id and the card columns, for each card as its last counted review left it (add a
     * condition on {@code r.learner_id} after it, or nothing for every learner).
     */
    public static final String CARD_STATES = "SELECT r.learner_id, r.question_id, r.phase_after AS phase, r.step_after AS step, "
            + "r.stability_after AS stability, r.difficulty_after AS difficulty, r.due_after AS due, r.reviewed_at AS last_review, "
            + "r.reps_after AS reps, r.lapses_after AS lapses FROM review_log r WHERE r.undone_at IS NULL AND " + COUNTED
            + " AND r.id = (SELECT MAX(l.id) FROM review_log l WHERE l.learner_id = r.learner_id AND l.question_id = r.question_id"
            + " AND l.undone_at IS NULL AND " + COUNTED + ")";

    /** Whether some review is left out: only then do the card states differ from the card table (which is faster). */
    public static final String ANY_LEFT_OUT = "SELECT COUNT(*) FROM review_log WHERE curriculum_version IS NULL"
            + " AND EXISTS (SELECT 1 FROM published_curriculum)";

    private GradedReviews() {
    }
}
