-- Personal FSRS-6 parameters (srs optimize): one row per learner, replaced at each fit. weights holds the 21
-- numbers comma-separated; the metrics are those of the fit on the learner's own log at fitted_at. in_use says
-- whether the scheduler uses them: only when they predicted that log better than the starting parameters
-- (the cohort's, or the defaults) did.
CREATE TABLE learner_fsrs_parameters (
    learner_id         BIGINT PRIMARY KEY REFERENCES learner (id) ON DELETE CASCADE,
    weights            VARCHAR(1000) NOT NULL,
    fitted_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    reviews            INTEGER NOT NULL,
    items              INTEGER NOT NULL,
    log_loss           DOUBLE PRECISION NOT NULL,
    rmse_bins          DOUBLE PRECISION NOT NULL,
    baseline_log_loss  DOUBLE PRECISION NOT NULL,
    in_use             BOOLEAN NOT NULL
);

-- The cohort's parameters (srs optimize --cohort): fitted to every student's reviews; new students start from them.
-- A single row, id 1.
CREATE TABLE cohort_fsrs_parameters (
    id         INTEGER PRIMARY KEY,
    weights    VARCHAR(1000) NOT NULL,
    fitted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    learners   INTEGER NOT NULL,
    reviews    INTEGER NOT NULL,
    items      INTEGER NOT NULL,
    log_loss   DOUBLE PRECISION NOT NULL,
    rmse_bins  DOUBLE PRECISION NOT NULL
);
