-- Failed logins back off per attempted name (known or not, so that the wait reveals nothing).
CREATE TABLE login_failure (
    name             VARCHAR(64) PRIMARY KEY,
    failures         INTEGER     NOT NULL,
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
