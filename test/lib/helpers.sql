-- Helpers for the pgTAP suite, loaded by tools/test.sh into the test
-- database after CREATE EXTENSION pgtap and ims27013 (schema test_helpers).
CREATE SCHEMA test_helpers;

-- Run a statement and report how it failed: 'SQLSTATE constraint table', or
-- 'no error'.  The statement runs in a subtransaction, so nothing of a
-- failed statement persists.
CREATE FUNCTION test_helpers.violation(statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    state text;
    con text;
    tab text;
BEGIN
    EXECUTE statement;
    RETURN 'no error';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, con = CONSTRAINT_NAME, tab = TABLE_NAME;
    RETURN state || ' ' || coalesce(con, '') || ' ' || coalesce(tab, '');
END $$;

-- The same for rules checked at commit: run the statement, then fire the
-- deferred constraint triggers (SET CONSTRAINTS ALL IMMEDIATE) as a commit
-- would, and put them back to deferred.
CREATE FUNCTION test_helpers.violation_at_commit(statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    state text;
    con text;
    tab text;
BEGIN
    EXECUTE statement;
    SET CONSTRAINTS ALL IMMEDIATE;
    SET CONSTRAINTS ALL DEFERRED;
    RETURN 'no error';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, con = CONSTRAINT_NAME, tab = TABLE_NAME;
    SET CONSTRAINTS ALL DEFERRED;
    RETURN state || ' ' || coalesce(con, '') || ' ' || coalesce(tab, '');
END $$;

-- The full error of a statement: 'SQLSTATE | message | detail | hint'.
CREATE FUNCTION test_helpers.error_text(statement text) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    state text;
    msg text;
    detail text;
    hint text;
BEGIN
    EXECUTE statement;
    SET CONSTRAINTS ALL IMMEDIATE;
    SET CONSTRAINTS ALL DEFERRED;
    RETURN 'no error';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT,
        detail = PG_EXCEPTION_DETAIL, hint = PG_EXCEPTION_HINT;
    SET CONSTRAINTS ALL DEFERRED;
    RETURN state || ' | ' || msg || ' | ' || coalesce(detail, '') || ' | ' || coalesce(hint, '');
END $$;
