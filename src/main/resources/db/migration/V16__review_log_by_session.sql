-- The answer path counts a question's wrong answers within the open quiz (does it come back again?). With only the
-- foreign key's index on session_id, H2 chose review_log_question instead and read every learner's reviews of that
-- question: 2,000 rows at 1,000 learners, some 15 ms on every wrong answer (docs/startup.md, answer round trip).
-- PostgreSQL does not index a foreign key by itself, so there it would have scanned the log.
CREATE INDEX review_log_session ON review_log (session_id, question_id);
