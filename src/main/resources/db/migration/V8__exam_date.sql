-- The day a learner sits the exam: mastery and readiness are predicted for it. NULL means none set
-- (the curriculum's cohort default in program.yaml, else 30 days ahead).
ALTER TABLE learner ADD COLUMN exam_date DATE;
