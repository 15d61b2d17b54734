-- Reports over the whole cohort, without scanning the whole review log:
-- item analysis reads each learner's first attempt at each question (reps_before = 0) ...
CREATE INDEX review_log_first_attempt ON review_log (reps_before, question_id, learner_id);
-- ... and sums answer times per question and learner from the index alone;
CREATE INDEX review_log_question_time ON review_log (question_id, learner_id, response_ms);
-- the cohort report reads the reviews of the last days (the mastery trend) by time.
CREATE INDEX review_log_time ON review_log (reviewed_at);
