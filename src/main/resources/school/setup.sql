-- The school set-up (admin school-setup): PostgreSQL itself enforces who may read and change what. Run by the owner
-- of Palpate's tables (the role the migrations ran as); safe to run again. Names in {{...}} are filled in, quoted:
-- S = the students' group role, I = the instructors' group role, SCHEMA, DATABASE; S_TEXT / I_TEXT are S and I as
-- SQL strings. Every learner is a login role named as the learner and a member of S or I.

DO $$ BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {{S_TEXT}}) THEN CREATE ROLE {{S}} NOLOGIN; END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {{I_TEXT}}) THEN CREATE ROLE {{I}} NOLOGIN; END IF;
END $$;

-- Nobody else connects, creates anything or reads anything; learners only through the two groups.
REVOKE ALL ON DATABASE {{DATABASE}} FROM PUBLIC;
GRANT CONNECT ON DATABASE {{DATABASE}} TO {{S}}, {{I}};
REVOKE ALL ON SCHEMA {{SCHEMA}} FROM PUBLIC;
GRANT USAGE ON SCHEMA {{SCHEMA}} TO {{S}}, {{I}};
REVOKE ALL ON ALL TABLES IN SCHEMA {{SCHEMA}} FROM PUBLIC, {{S}}, {{I}};
REVOKE ALL ON ALL SEQUENCES IN SCHEMA {{SCHEMA}} FROM PUBLIC, {{S}}, {{I}};
REVOKE ALL ON ALL FUNCTIONS IN SCHEMA {{SCHEMA}} FROM PUBLIC, {{S}}, {{I}};

-- Accounts: never password_hash; only one's own settings. Roles, accounts and passwords change only through the
-- functions below. login_session and login_failure are not granted at all (a learner's connection is its login).
GRANT SELECT (id, name, role, desired_retention, new_per_day, created_at, exam_date) ON learner TO {{S}}, {{I}};
GRANT UPDATE (desired_retention, new_per_day, exam_date) ON learner TO {{S}}, {{I}};
GRANT SELECT, INSERT, UPDATE, DELETE ON card, quiz_session, review_log, learner_fsrs_parameters TO {{S}}, {{I}};
GRANT SELECT ON cohort_fsrs_parameters, published_curriculum, published_file, flyway_schema_history TO {{S}}, {{I}};
GRANT INSERT, UPDATE, DELETE ON cohort_fsrs_parameters TO {{I}};
GRANT INSERT ON published_curriculum, published_file TO {{I}};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {{SCHEMA}} TO {{S}}, {{I}};

-- Rows: one's own; instructors read everyone's. The owner (Palpate's migrations, demo seed) is not bound.
ALTER TABLE learner ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS palpate_own ON learner;
CREATE POLICY palpate_own ON learner TO {{S}}, {{I}} USING (name = current_user) WITH CHECK (name = current_user);
DROP POLICY IF EXISTS palpate_instructors_read ON learner;
CREATE POLICY palpate_instructors_read ON learner FOR SELECT TO {{I}} USING (true);

DO $$
DECLARE
    owned text;
BEGIN
    FOREACH owned IN ARRAY ARRAY['card', 'quiz_session', 'review_log', 'learner_fsrs_parameters'] LOOP
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', owned);
        EXECUTE format('DROP POLICY IF EXISTS palpate_own ON %I', owned);
        EXECUTE format('CREATE POLICY palpate_own ON %I TO %s, %s'
            || ' USING (learner_id = (SELECT id FROM learner WHERE name = current_user))'
            || ' WITH CHECK (learner_id = (SELECT id FROM learner WHERE name = current_user))', owned, {{S_TEXT}}::regrole, {{I_TEXT}}::regrole);
        EXECUTE format('DROP POLICY IF EXISTS palpate_instructors_read ON %I', owned);
        EXECUTE format('CREATE POLICY palpate_instructors_read ON %I FOR SELECT TO %s USING (true)', owned, {{I_TEXT}}::regrole);
    END LOOP;
END $$;
DROP POLICY IF EXISTS palpate_instructors_write ON learner_fsrs_parameters;
CREATE POLICY palpate_instructors_write ON learner_fsrs_parameters TO {{I}} USING (true) WITH CHECK (true);

-- Account management, run with the owner's rights (it has CREATEROLE). Messages starting "palpate: " are shown to
-- the user as they are. Instructors may call them; a learner may change only their own password.
CREATE OR REPLACE FUNCTION palpate_require_instructor() RETURNS void LANGUAGE plpgsql SECURITY DEFINER
SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    IF session_user <> current_user AND NOT pg_has_role(session_user, {{I_TEXT}}, 'MEMBER') THEN
        RAISE EXCEPTION 'palpate: only instructors can do this' USING ERRCODE = 'insufficient_privilege';
    END IF;
END $f$;

CREATE OR REPLACE FUNCTION palpate_group(account_role text) RETURNS text LANGUAGE sql IMMUTABLE AS $f$
    SELECT CASE account_role WHEN 'INSTRUCTOR' THEN {{I_TEXT}} ELSE {{S_TEXT}} END
$f$;

CREATE OR REPLACE FUNCTION palpate_account_add(account_name text, account_role text, bcrypt text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    PERFORM palpate_require_instructor();
    IF account_role NOT IN ('STUDENT', 'INSTRUCTOR') THEN RAISE EXCEPTION 'palpate: unknown role %', account_role; END IF;
    IF octet_length(account_name) > 63 THEN
        RAISE EXCEPTION 'palpate: in the school set-up a name has at most 63 bytes (a PostgreSQL role name)';
    END IF;
    IF EXISTS (SELECT FROM learner WHERE name = account_name) THEN
        RAISE EXCEPTION 'palpate: a learner named ''%'' already exists', account_name;
    END IF;
    IF EXISTS (SELECT FROM pg_roles WHERE rolname = account_name) THEN
        RAISE EXCEPTION 'palpate: the database server has a role named ''%'' already: choose another name', account_name;
    END IF;
    INSERT INTO learner (name, role, password_hash, created_at) VALUES (account_name, account_role, bcrypt, now());
    EXECUTE format('CREATE ROLE %I LOGIN PASSWORD %L IN ROLE %I', account_name, verifier, palpate_group(account_role));
END $f$;

CREATE OR REPLACE FUNCTION palpate_account_password(account_name text, bcrypt text, verifier text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    IF account_name <> session_user THEN PERFORM palpate_require_instructor(); END IF;
    UPDATE learner SET password_hash = bcrypt WHERE name = account_name;
    IF NOT FOUND THEN RAISE EXCEPTION 'palpate: no learner named ''%''', account_name; END IF;
    EXECUTE format('ALTER ROLE %I LOGIN PASSWORD %L', account_name, verifier);
END $f$;

-- Locks the instructors' rows first: two instructors demoting each other at once are checked one after the other.
CREATE OR REPLACE FUNCTION palpate_keep_an_instructor(account_name text) RETURNS void LANGUAGE plpgsql
SECURITY DEFINER SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    PERFORM id FROM learner WHERE role = 'INSTRUCTOR' ORDER BY id FOR UPDATE;
    IF EXISTS (SELECT FROM learner WHERE name = account_name AND role = 'INSTRUCTOR')
            AND (SELECT count(*) FROM learner WHERE role = 'INSTRUCTOR') = 1 THEN
        RAISE EXCEPTION 'palpate: % is the only instructor; make someone else an instructor first', account_name;
    END IF;
END $f$;

CREATE OR REPLACE FUNCTION palpate_account_role(account_name text, account_role text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    PERFORM palpate_require_instructor();
    IF account_role NOT IN ('STUDENT', 'INSTRUCTOR') THEN RAISE EXCEPTION 'palpate: unknown role %', account_role; END IF;
    IF account_role <> 'INSTRUCTOR' THEN PERFORM palpate_keep_an_instructor(account_name); END IF;
    UPDATE learner SET role = account_role WHERE name = account_name;
    IF NOT FOUND THEN RAISE EXCEPTION 'palpate: no learner named ''%''', account_name; END IF;
    EXECUTE format('REVOKE %I, %I FROM %I', {{S_TEXT}}, {{I_TEXT}}, account_name);
    EXECUTE format('GRANT %I TO %I', palpate_group(account_role), account_name);
END $f$;

CREATE OR REPLACE FUNCTION palpate_account_remove(account_name text)
RETURNS void LANGUAGE plpgsql SECURITY DEFINER SET search_path = {{SCHEMA}}, pg_temp AS $f$
BEGIN
    PERFORM palpate_require_instructor();
    PERFORM palpate_keep_an_instructor(account_name);
    DELETE FROM learner WHERE name = account_name;
    IF NOT FOUND THEN RAISE EXCEPTION 'palpate: no learner named ''%''', account_name; END IF;
    IF pg_has_role(account_name, {{S_TEXT}}, 'MEMBER') OR pg_has_role(account_name, {{I_TEXT}}, 'MEMBER') THEN
        EXECUTE format('DROP ROLE %I', account_name);
    END IF;
END $f$;

REVOKE ALL ON FUNCTION palpate_require_instructor(), palpate_group(text), palpate_keep_an_instructor(text),
    palpate_account_add(text, text, text, text), palpate_account_password(text, text, text),
    palpate_account_role(text, text), palpate_account_remove(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION palpate_account_password(text, text, text) TO {{S}}, {{I}};
GRANT EXECUTE ON FUNCTION palpate_account_add(text, text, text, text), palpate_account_role(text, text),
    palpate_account_remove(text) TO {{I}};

-- Every learner gets a login role (no password yet for those made before: an instructor sets one).
DO $$
DECLARE
    account record;
BEGIN
    FOR account IN SELECT name, role FROM learner WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = learner.name) LOOP
        EXECUTE format('CREATE ROLE %I LOGIN IN ROLE %I', account.name, palpate_group(account.role));
    END LOOP;
END $$;
