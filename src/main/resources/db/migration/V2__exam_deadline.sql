-- Timed mock exams: answers after the deadline are not accepted.
ALTER TABLE quiz_session ADD COLUMN deadline TIMESTAMP WITH TIME ZONE;
