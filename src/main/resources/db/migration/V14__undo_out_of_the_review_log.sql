-- The review log keeps what was answered, as data: `response` (JSON, one field per kind of question, e.g.
-- {"choices": ["text picked", ...]}, {"text": "typed"}, {"order": [...]}, {"number": "60"}); `answer` stays the
-- readable form. Rows written before this version are converted by migration 15 (org.palpate.quiz.V15__StructuredAnswers).
ALTER TABLE review_log ADD COLUMN response VARCHAR(4000);

-- Undo needs the queue as it was before each answer of an open quiz. It used to be copied into every review row
-- (up to 200 kB each, kept forever); it now lives beside the log, one row per answer of a quiz that is still open,
-- and is deleted when the quiz is finished.
CREATE TABLE review_undo (
    review_id    BIGINT PRIMARY KEY REFERENCES review_log (id) ON DELETE CASCADE,
    session_id   BIGINT NOT NULL REFERENCES quiz_session (id) ON DELETE CASCADE,
    queue_before VARCHAR(200000) NOT NULL
);
CREATE INDEX review_undo_session ON review_undo (session_id);
INSERT INTO review_undo (review_id, session_id, queue_before)
    SELECT r.id, r.session_id, r.queue_before FROM review_log r JOIN quiz_session s ON s.id = r.session_id
    WHERE s.finished_at IS NULL AND r.queue_before IS NOT NULL AND r.undone_at IS NULL;
ALTER TABLE review_log DROP COLUMN queue_before;
