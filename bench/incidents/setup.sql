-- Benchmark set-up for bench/incidents: incidents inserted (insert), moved
-- through their lifecycle new -> in_progress -> resolved -> closed (lifecycle),
-- and updated without a status change (reassign), in these variants:
--   no_triggers    a copy of ims.incident without triggers (the baseline)
--   c_rules        ims.incident itself with its rule triggers: the C row rules
--                  (incident_rules, which also writes ims.status_history) and
--                  the deferred incident_links constraint trigger with its WHEN
--                  clause.  Not the row history of issue 7 (incident_history):
--                  it is not part of the rules (c_all measures it), and it does
--                  not fire in the benchmark's sessions (see below)
--   plpgsql_rules  a copy with the same incident rules written in PL/pgSQL
--                  (plpgsql_rules.sql), writing its own copy of ims.status_history
--   app_history    a copy without triggers whose lifecycle statements also
--                  write the status history themselves (a data-modifying WITH),
--                  to separate the cost of the history rows from the rules;
--                  its insert is the baseline's statement again (a noise check)
--   c_all          a copy with every trigger ims.incident has as installed
--                  (the rules plus the issue-7 row history into ims.history)
--
-- Every copy is CREATE TABLE (LIKE ims.incident INCLUDING ALL): the same
-- columns, defaults, identity, CHECK constraints and indexes; and the same
-- foreign keys as ims.incident (to ims.organization and ims.service), so
-- every variant pays the same referential checks.
--
-- The pgbench sessions run with session_replication_role = replica
-- (settings), in which only triggers set to ENABLE ALWAYS fire: every
-- trigger of every table written here is ALWAYS (the rules, the foreign keys'
-- checks, the PL/pgSQL triggers, c_all's history), except the triggers of
-- ims.incident that are not rules (incident_history), which keep firing in
-- every other session.  So the triggers work as before for other sessions and
-- for the other benchmark groups in the same database (bench/history does the
-- same).  The autovacuum settings below do stay for the groups that run later.
--
-- Size: each pgbench transaction handles one batch of incidents; the plan runs
-- 100 transactions per variant and round, so a round inserts, moves and
-- reassigns :incidents incidents per variant (batch = incidents / 100).  The default is
-- 100,000; set the environment variable BENCH_INCIDENTS to change it, e.g.
--   BENCH_INCIDENTS=1000000 ROUNDS=1 BENCH_GROUPS=incidents make bench
\set ON_ERROR_STOP on
\getenv incidents BENCH_INCIDENTS
\if :{?incidents}
\else
\set incidents 100000
\endif
\echo '    incidents per variant and round:' :incidents

DROP SCHEMA IF EXISTS bench_incidents CASCADE;
CREATE SCHEMA bench_incidents;

-- The organization (its priority matrix comes from ims.default_priority_matrix).
-- A new one on every set-up, so set-up can be repeated in the same database.
INSERT INTO ims.organization (code, name)
SELECT 'bench-incidents-' || (count(*) + 1), 'Incident benchmark'
FROM ims.organization WHERE code LIKE 'bench-incidents-%';

CREATE TABLE bench_incidents.config (
    org_id     bigint NOT NULL,
    incidents  bigint NOT NULL,
    batch      integer NOT NULL,
    CONSTRAINT config_batch_check CHECK (batch > 0 AND batch * 100 = incidents)
);
-- (fails on config_batch_check unless BENCH_INCIDENTS is a positive multiple of 100)
INSERT INTO bench_incidents.config (org_id, incidents, batch)
SELECT max(org_id), :incidents, :incidents / 100 FROM ims.organization WHERE code LIKE 'bench-incidents-%';

-- The copies of ims.incident and ims.status_history.
CREATE TABLE bench_incidents.incident_plain (LIKE ims.incident INCLUDING ALL);
CREATE TABLE bench_incidents.incident_plpgsql (LIKE ims.incident INCLUDING ALL);
CREATE TABLE bench_incidents.incident_app (LIKE ims.incident INCLUDING ALL);
CREATE TABLE bench_incidents.incident_c_all (LIKE ims.incident INCLUDING ALL);
CREATE TABLE bench_incidents.status_history_plpgsql (LIKE ims.status_history INCLUDING ALL);
CREATE TABLE bench_incidents.status_history_app (LIKE ims.status_history INCLUDING ALL);
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['incident_plain', 'incident_plpgsql', 'incident_app', 'incident_c_all'] LOOP
        EXECUTE format('ALTER TABLE bench_incidents.%I
                        ADD FOREIGN KEY (org_id) REFERENCES ims.organization (org_id),
                        ADD FOREIGN KEY (org_id, service_id) REFERENCES ims.service (org_id, id)', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY['status_history_plpgsql', 'status_history_app'] LOOP
        EXECUTE format('ALTER TABLE bench_incidents.%I
                        ADD FOREIGN KEY (org_id) REFERENCES ims.organization (org_id)', t);
    END LOOP;
END $$;

-- c_all: every trigger of ims.incident, as installed, on the copy.
DO $$
DECLARE
    tg record;
BEGIN
    FOR tg IN SELECT pg_get_triggerdef(t.oid) AS def
              FROM pg_trigger t WHERE t.tgrelid = 'ims.incident'::regclass AND NOT t.tgisinternal
              ORDER BY t.tgname LOOP
        EXECUTE replace(tg.def, ' ON ims.incident ', ' ON bench_incidents.incident_c_all ');
    END LOOP;
END $$;

\ir plpgsql_rules.sql

-- The triggers that fire in the pgbench sessions (replica mode): on
-- ims.incident every trigger but those that are not rules, on ims.status_history
-- and on the copies every trigger.
DO $$
DECLARE
    tg record;
BEGIN
    FOR tg IN SELECT t.tgrelid::regclass AS tab, t.tgname FROM pg_trigger t
              WHERE t.tgrelid = 'ims.incident'::regclass
                AND (t.tgisinternal OR t.tgfoid IN ('ims.incident_rules'::regproc, 'ims.link_rules'::regproc))
                 OR t.tgrelid IN ('ims.status_history'::regclass, 'bench_incidents.incident_plain'::regclass,
                                  'bench_incidents.incident_plpgsql'::regclass, 'bench_incidents.incident_app'::regclass,
                                  'bench_incidents.incident_c_all'::regclass,
                                  'bench_incidents.status_history_plpgsql'::regclass,
                                  'bench_incidents.status_history_app'::regclass) LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', tg.tab, tg.tgname);
    END LOOP;
END $$;

-- Make sure the copies are what they claim to be: same indexes and foreign keys
-- as ims.incident; no triggers on the no-trigger copies; c_all with all of
-- ims.incident's triggers; in replica mode, ims.incident fires exactly its rule
-- triggers and foreign key checks.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['bench_incidents.incident_plain', 'bench_incidents.incident_plpgsql',
                             'bench_incidents.incident_app', 'bench_incidents.incident_c_all'] LOOP
        IF (SELECT count(*) FROM pg_index WHERE indrelid = t::regclass)
           <> (SELECT count(*) FROM pg_index WHERE indrelid = 'ims.incident'::regclass)
           OR (SELECT count(*) FROM pg_constraint WHERE conrelid = t::regclass AND contype = 'f')
              <> (SELECT count(*) FROM pg_constraint WHERE conrelid = 'ims.incident'::regclass AND contype = 'f') THEN
            RAISE EXCEPTION '% does not have the indexes and foreign keys of ims.incident', t;
        END IF;
    END LOOP;
    IF EXISTS (SELECT FROM pg_trigger
               WHERE tgrelid IN ('bench_incidents.incident_plain'::regclass, 'bench_incidents.incident_app'::regclass)
                 AND NOT tgisinternal) THEN
        RAISE EXCEPTION 'the no-trigger copies have triggers';
    END IF;
    IF (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'bench_incidents.incident_c_all'::regclass AND NOT tgisinternal)
       <> (SELECT count(*) FROM pg_trigger WHERE tgrelid = 'ims.incident'::regclass AND NOT tgisinternal) THEN
        RAISE EXCEPTION 'c_all does not have the triggers of ims.incident';
    END IF;
    IF (SELECT array_agg(tgname::text ORDER BY tgname) FROM pg_trigger
        WHERE tgrelid = 'ims.incident'::regclass AND NOT tgisinternal AND tgenabled = 'A')
       IS DISTINCT FROM ARRAY['incident_links', 'incident_rules'] THEN
        RAISE EXCEPTION 'in replica mode ims.incident does not fire exactly its rule triggers';
    END IF;
    IF EXISTS (SELECT FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
               WHERE (t.tgrelid IN ('ims.incident'::regclass, 'ims.status_history'::regclass) AND t.tgisinternal
                      OR c.relnamespace = 'bench_incidents'::regnamespace)
                 AND t.tgenabled <> 'A') THEN
        RAISE EXCEPTION 'a foreign key check or a trigger of a copy does not fire in replica mode';
    END IF;
END $$;

-- The PL/pgSQL rules must behave like the C rules: run the same statements
-- against ims.incident and the PL/pgSQL copy and compare what each statement
-- did (error SQLSTATE and constraint name, or ok) and the rows that result.
-- Explicit negative ids, so the identity sequences do not move; rolled back.
CREATE FUNCTION bench_incidents.outcome(stmt text) RETURNS text
    LANGUAGE plpgsql AS $$
DECLARE
    v_state text;
    v_constraint text;
BEGIN
    EXECUTE stmt;
    RETURN 'ok';
EXCEPTION WHEN OTHERS THEN
    GET STACKED DIAGNOSTICS v_state = RETURNED_SQLSTATE, v_constraint = CONSTRAINT_NAME;
    RETURN v_state || ' ' || v_constraint;
END $$;

BEGIN;
DO $$
DECLARE
    org bigint := (SELECT org_id FROM bench_incidents.config);
    stmts text[] := ARRAY[
        -- inserts
        'INSERT INTO %1$s (org_id, id, title, impact, urgency) VALUES (%2$s, -1, ''a'', 2, 1)',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency, priority) VALUES (%2$s, -2, ''b'', 4, 4, 5)',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency, priority) VALUES (%2$s, -3, ''c'', 4, 4, 1)',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency, priority, priority_override_reason) VALUES (%2$s, -3, ''c'', 4, 4, 1, ''VIP'')',
        'INSERT INTO %1$s (org_id, id, title, status) VALUES (%2$s, -4, ''d'', ''closed'')',
        'INSERT INTO %1$s (org_id, id, title, security_class) VALUES (%2$s, -4, ''d'', ''incident'')',
        'INSERT INTO %1$s (org_id, id, title, security_class, security_assessed_by) VALUES (%2$s, -4, ''d'', ''incident'', ''sec'')',
        'INSERT INTO %1$s (org_id, id, title, security_class, security_assessed_by, affects_availability) VALUES (%2$s, -4, ''d'', ''incident'', ''sec'', true)',
        'INSERT INTO %1$s (org_id, id, title, is_major) VALUES (%2$s, -5, ''e'', true)',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency) SELECT %2$s, -100 - g, ''bulk'', 1 + g %% 4, 1 + g / 4 %% 4 FROM generate_series(1, 50) g',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency, priority) SELECT %2$s, -200 - g, ''bulk'', 1, 1, CASE WHEN g = 40 THEN 3 END FROM generate_series(1, 50) g',
        -- updates
        'UPDATE %1$s SET org_id = org_id + 1000000 WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET status = ''resolved'' WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET impact = 4, urgency = 4 WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET priority = 2 WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET status = ''in_progress'' WHERE org_id = %2$s AND id IN (-1, -3, -4, -5)',
        'UPDATE %1$s SET status = ''on_hold'' WHERE org_id = %2$s AND id = -3',
        'UPDATE %1$s SET status = ''resolved'', resolution_code = ''fixed'' WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET status = ''resolved'', resolution_code = ''fixed'', resolution_note = '' '' WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET status = ''resolved'', resolution_code = ''fixed'', resolution_note = ''done'' WHERE org_id = %2$s AND id IN (-1, -3, -4, -5)',
        'UPDATE %1$s SET status = ''in_progress'' WHERE org_id = %2$s AND id = -3',
        'UPDATE %1$s SET status = ''resolved'' WHERE org_id = %2$s AND id = -3',
        'UPDATE %1$s SET status = ''closed'' WHERE org_id = %2$s AND id = -4',
        'UPDATE %1$s SET status = ''closed'', lessons_learned = ''patch'' WHERE org_id = %2$s AND id = -4',
        'UPDATE %1$s SET status = ''closed'' WHERE org_id = %2$s AND id = -5',
        'UPDATE %1$s SET status = ''closed'' WHERE org_id = %2$s AND id IN (-1, -3, -5)',
        'UPDATE %1$s SET status = ''closed'' WHERE org_id = %2$s AND id IN (-1, -3)',
        'UPDATE %1$s SET status = ''in_progress'' WHERE org_id = %2$s AND id = -1',
        'UPDATE %1$s SET status = ''in_progress'' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET status = ''resolved'', resolution_code = ''fixed'', resolution_note = ''done'' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET resolved_at = now() - interval ''30 days'' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET status = ''in_progress'' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET status = ''in_progress'', assignee = ''x'' WHERE org_id = %2$s AND id BETWEEN -150 AND -101',
        'UPDATE %1$s SET status = ''resolved'' WHERE org_id = %2$s AND id BETWEEN -150 AND -101',
        'UPDATE %1$s SET status = CASE WHEN id = -120 THEN ''new'' ELSE ''on_hold'' END WHERE org_id = %2$s AND id BETWEEN -150 AND -101',
        'INSERT INTO %1$s (org_id, id, title, impact, urgency) SELECT %2$s, -300 - g, ''bulk'', 1 + g %% 4, 1 + g / 4 %% 4 FROM generate_series(1, 20) g',
        'UPDATE %1$s SET is_major = true WHERE org_id = %2$s AND id BETWEEN -310 AND -301',
        'UPDATE %1$s SET impact = 5 WHERE org_id = %2$s AND id = -301',
        -- a matrix edit: priorities stay unless their inputs change
        'UPDATE ims.priority_matrix SET priority = 1 WHERE org_id = %2$s AND impact = 4 AND urgency = 4',
        'UPDATE %1$s SET assignee = ''y'' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET title = ''z'', urgency = 4 WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET priority = 5 WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET priority_override_reason = '' '' WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET impact = 3 WHERE org_id = %2$s AND id = -2',
        'UPDATE %1$s SET impact = 4 WHERE org_id = %2$s AND id = -2'
    ];
    -- the rules record the clock time of each row: compare when they set an
    -- instant (NULL or not, not before the transaction began) rather than the instant
    rowq text := 'SELECT string_agg(concat_ws(''/'', id, status, priority, reopen_count, updated_by,
                                          responded_at >= now(), resolved_at >= now(), closed_at >= now(),
                                          security_assessed_at >= now(), major_declared_at >= now(),
                                          updated_at >= now()), '' '' ORDER BY id)
                  FROM %1$s WHERE org_id = %2$s AND id < 0';
    histq text := 'SELECT string_agg(concat_ws(''/'', record_id, from_status, to_status, changed_by, changed_at >= now()),
                                     '' '' ORDER BY record_id, id)
                   FROM %1$s WHERE org_id = %2$s AND record_id < 0';
    s text;
    c_out text;
    p_out text;
BEGIN
    FOREACH s IN ARRAY stmts LOOP
        c_out := bench_incidents.outcome(format(s, 'ims.incident', org));
        p_out := bench_incidents.outcome(format(s, 'bench_incidents.incident_plpgsql', org));
        IF c_out IS DISTINCT FROM p_out THEN
            RAISE EXCEPTION 'PL/pgSQL rules differ from the C rules: % gives % in C but % in PL/pgSQL', s, c_out, p_out;
        END IF;
    END LOOP;
    EXECUTE format(rowq, 'ims.incident', org) INTO c_out;
    EXECUTE format(rowq, 'bench_incidents.incident_plpgsql', org) INTO p_out;
    IF c_out IS DISTINCT FROM p_out THEN
        RAISE EXCEPTION 'PL/pgSQL rules leave other rows than the C rules: C % / PL/pgSQL %', c_out, p_out;
    END IF;
    EXECUTE format(histq, 'ims.status_history', org) INTO c_out;
    EXECUTE format(histq, 'bench_incidents.status_history_plpgsql', org) INTO p_out;
    IF c_out IS DISTINCT FROM p_out OR c_out IS NULL THEN
        RAISE EXCEPTION 'PL/pgSQL rules write another status history than the C rules: C % / PL/pgSQL %', c_out, p_out;
    END IF;
END $$;
ROLLBACK;

-- The lifecycle scripts move the incidents the insert scripts added, and the
-- reassign scripts update the incidents the lifecycle scripts closed, one
-- batch per transaction in id order: two cursors per variant, starting at the
-- next id of the table's identity, that never run past the inserted (moved)
-- incidents.  Each round thus works on the incidents of that round.
CREATE TABLE bench_incidents.batch_cursor (
    variant        text PRIMARY KEY,
    seq            regclass NOT NULL,
    next_id        bigint NOT NULL,  -- the next incident to move
    next_reassign  bigint NOT NULL   -- the next incident to reassign
);
INSERT INTO bench_incidents.batch_cursor (variant, seq, next_id, next_reassign)
SELECT v.variant, s.seq, coalesce(pg_sequence_last_value(s.seq), 0) + 1, coalesce(pg_sequence_last_value(s.seq), 0) + 1
FROM (VALUES ('c_rules', 'ims.incident'),
             ('no_triggers', 'bench_incidents.incident_plain'),
             ('plpgsql_rules', 'bench_incidents.incident_plpgsql'),
             ('app_history', 'bench_incidents.incident_app'),
             ('c_all', 'bench_incidents.incident_c_all')) AS v (variant, tab),
     LATERAL (SELECT pg_get_serial_sequence(v.tab, 'id')::regclass AS seq) AS s;

-- The next batch to move through the lifecycle.
CREATE FUNCTION bench_incidents.next_batch(p_variant text, OUT org bigint, OUT lo bigint, OUT hi bigint)
    LANGUAGE plpgsql AS $$
DECLARE
    v_batch integer;
    v_seq regclass;
BEGIN
    SELECT c.org_id, c.batch INTO org, v_batch FROM bench_incidents.config c;
    UPDATE bench_incidents.batch_cursor b SET next_id = b.next_id + v_batch
    WHERE b.variant = p_variant
    RETURNING b.next_id - v_batch, b.next_id - 1, b.seq INTO lo, hi, v_seq;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no batch cursor for variant %', p_variant;
    END IF;
    IF hi > coalesce(pg_sequence_last_value(v_seq), 0) THEN
        RAISE EXCEPTION 'the lifecycle of % ran past the inserted incidents (batch % .. %)', p_variant, lo, hi
            USING HINT = 'The plan must run the insert benchmark before the lifecycle one, with as many transactions.';
    END IF;
END $$;

-- The next batch to reassign, among the incidents already closed.
CREATE FUNCTION bench_incidents.reassign_batch(p_variant text, OUT org bigint, OUT lo bigint, OUT hi bigint)
    LANGUAGE plpgsql AS $$
DECLARE
    v_batch integer;
    v_moved bigint;
BEGIN
    SELECT c.org_id, c.batch INTO org, v_batch FROM bench_incidents.config c;
    UPDATE bench_incidents.batch_cursor b SET next_reassign = b.next_reassign + v_batch
    WHERE b.variant = p_variant
    RETURNING b.next_reassign - v_batch, b.next_reassign - 1, b.next_id INTO lo, hi, v_moved;
    IF NOT FOUND THEN
        RAISE EXCEPTION 'no batch cursor for variant %', p_variant;
    END IF;
    IF hi >= v_moved THEN
        RAISE EXCEPTION 'the reassign of % ran past the closed incidents (batch % .. %)', p_variant, lo, hi
            USING HINT = 'The plan must run the lifecycle benchmark before the reassign one, with as many transactions.';
    END IF;
END $$;

-- No autovacuum on the tables the benchmark writes (in the benchmark's own
-- database): on 2 cores a background VACUUM or ANALYZE of one table lands on
-- whichever variant happens to run and makes the comparison noisy.  Every
-- variant then runs on tables in the same state; the UPDATEs find their rows
-- through the primary key (org_id, id) either way.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ims.incident', 'ims.status_history', 'ims.history',
                             'bench_incidents.incident_plain', 'bench_incidents.incident_plpgsql',
                             'bench_incidents.incident_app', 'bench_incidents.incident_c_all',
                             'bench_incidents.status_history_plpgsql', 'bench_incidents.status_history_app'] LOOP
        EXECUTE format('ALTER TABLE %s SET (autovacuum_enabled = off)', t);
    END LOOP;
END $$;

VACUUM ANALYZE bench_incidents.config, bench_incidents.batch_cursor, ims.organization, ims.priority_matrix,
    ims.lifecycle_transition, ims.incident, ims.status_history, ims.history,
    bench_incidents.incident_plain, bench_incidents.incident_plpgsql, bench_incidents.incident_app,
    bench_incidents.incident_c_all,
    bench_incidents.status_history_plpgsql, bench_incidents.status_history_app;
