-- An answer is bound to the question the learner was shown: `quiz next` records the question it displayed, and
-- `quiz answer` answers only that one (an answer sent twice no longer lands on a question nobody saw).
ALTER TABLE quiz_session ADD COLUMN presented VARCHAR(100);
-- A short answer one or two letters off gets one retype ("close: check the spelling"): the question it was used on.
ALTER TABLE quiz_session ADD COLUMN retyped VARCHAR(100);
-- Undo no longer deletes the review: the row stays, marked with the moment it was taken back, so the item analysis
-- still sees the learner's real first attempt. Everything else reads only rows that were not taken back.
ALTER TABLE review_log ADD COLUMN undone_at TIMESTAMP WITH TIME ZONE;
