-- A quiz may hold up to 1,000 questions (QuizService.MAX_QUESTIONS); question ids may be 100 characters long.
ALTER TABLE quiz_session ALTER COLUMN queue SET DATA TYPE VARCHAR(200000);
ALTER TABLE review_log ALTER COLUMN queue_before SET DATA TYPE VARCHAR(200000);
