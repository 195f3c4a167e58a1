-- Benchmark set-up for bench/history (issue 7).  Three benchmarks:
--
--   update    incident updates with history on versus off, 1 and 8 clients:
--             one incident per transaction (update_1) and 100 incidents per
--             statement (update_100).  "Off" is the same table, the same
--             rules and the same foreign keys, with only the history trigger
--             not firing: every trigger of ims.incident but incident_history
--             is set to ENABLE ALWAYS, and the "off" scripts run with
--             session_replication_role = replica, in which only ALWAYS
--             triggers fire; the "on" scripts set it to origin (the default),
--             so both send the same statements.
--   evidence  evidence appends (an item and its link to an incident per
--             transaction) with 8 clients, into ims.evidence/evidence_link
--             versus plain copies without triggers (the baseline), and with
--             1 transaction in 1,000 also running ims.seal_chain, in an
--             organization of its own that already holds 100,000 sealed
--             links; and 8 clients against 1.
--   verify    ims.verify_chain over a chain of :chain_rows links (default
--             1,000,000, from real incident updates) against SHA-256 of the
--             same bytes in SQL (the hashing limit), canonical_row plus
--             SHA-256 per link, and a set-based recomputation of the same
--             hashes (one join instead of one lookup per link).
--
-- Set BENCH_CHAIN_ROWS to change the chain length (a multiple of 20).
\set ON_ERROR_STOP on
\getenv chain_rows BENCH_CHAIN_ROWS
\if :{?chain_rows}
\else
\set chain_rows 1000000
\endif
\echo '    chain links for the verify benchmark:' :chain_rows

DROP SCHEMA IF EXISTS bench_history CASCADE;
CREATE SCHEMA bench_history;
SET ims.actor = 'bench.setup';

-- The organizations (the bench database is created afresh by bench/run.sh).
INSERT INTO ims.organization (code, name) VALUES
    ('bench-history', 'History benchmark: updates and appends'),
    ('bench-history-sealed', 'History benchmark: appends with sealing'),
    ('bench-history-chain', 'History benchmark: the chain to verify');

-- update: 10,000 incidents with ids 1..10000.
INSERT INTO ims.incident (org_id, id, title, description, impact, urgency)
SELECT o.org_id, g, 'Incident ' || g, 'Users report that the portal answers slowly during peak hours.', 1 + g % 4, 1 + g / 4 % 4
FROM ims.organization o, generate_series(1, 10000) g WHERE o.code = 'bench-history';

-- History off for sessions in replica mode: every other trigger of
-- ims.incident (the rules, the deferred link rules, the foreign keys' checks)
-- fires in both modes.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tgrelid::regclass AS tab, tgname FROM pg_trigger
             WHERE tgrelid IN ('ims.incident'::regclass, 'ims.status_history'::regclass) AND tgname <> 'incident_history'
    LOOP
        EXECUTE format('ALTER TABLE %s ENABLE ALWAYS TRIGGER %I', t.tab, t.tgname);
    END LOOP;
    IF EXISTS (SELECT FROM pg_trigger WHERE tgrelid = 'ims.incident'::regclass AND tgname <> 'incident_history'
               AND tgenabled <> 'A') THEN
        RAISE EXCEPTION 'a trigger of ims.incident other than incident_history does not fire in replica mode';
    END IF;
    IF (SELECT tgenabled FROM pg_trigger WHERE tgrelid = 'ims.incident'::regclass AND tgname = 'incident_history') <> 'O' THEN
        RAISE EXCEPTION 'incident_history would fire in replica mode';
    END IF;
END $$;

-- Check that "off" writes no history and "on" does, and that both change the incident alike.
BEGIN;
SET LOCAL session_replication_role = replica;
UPDATE ims.incident SET assignee = 'check-off' WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history') AND id = 1;
SET LOCAL session_replication_role = origin;
UPDATE ims.incident SET assignee = 'check-on' WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history') AND id = 2;
DO $$
BEGIN
    IF (SELECT string_agg(row_data ->> 'assignee', ',') FROM ims.history
        WHERE table_name = 'incident' AND operation = 'UPDATE' AND txid = txid_current()) IS DISTINCT FROM 'check-on' THEN
        RAISE EXCEPTION 'history on/off does not work as intended';
    END IF;
    IF (SELECT count(*) FROM ims.incident WHERE id IN (1, 2) AND updated_by = 'bench.setup'
        AND org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history')) <> 2 THEN
        RAISE EXCEPTION 'the rules did not run in both modes';
    END IF;
END $$;
ROLLBACK;

-- evidence: plain copies of ims.evidence and ims.evidence_link, with the
-- same columns, defaults, checks, indexes and foreign keys, no triggers.
CREATE TABLE bench_history.evidence_plain (LIKE ims.evidence INCLUDING ALL);
ALTER TABLE bench_history.evidence_plain ADD FOREIGN KEY (org_id) REFERENCES ims.organization (org_id);
CREATE TABLE bench_history.evidence_link_plain (LIKE ims.evidence_link INCLUDING ALL);
ALTER TABLE bench_history.evidence_link_plain
    ADD FOREIGN KEY (org_id, evidence_id) REFERENCES bench_history.evidence_plain (org_id, id);

-- evidence with sealing: an organization that already holds 50,000 sealed
-- items and their links (100,000 links), as a working organization would;
-- a seal reads every row of the organization to find the unsealed ones.
INSERT INTO ims.evidence (org_id, title, evidence_kind, content_sha256)
SELECT o.org_id, 'Earlier screenshot ' || g, 'image', sha256(('earlier ' || g)::bytea)
FROM ims.organization o, generate_series(1, 50000) g WHERE o.code = 'bench-history-sealed';
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id)
SELECT e.org_id, e.id, 'incident', e.id % 10000 + 1 FROM ims.evidence e
WHERE e.org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history-sealed');
ANALYZE ims.evidence, ims.evidence_link, ims.chain_seal;
SELECT ims.seal_chain(org_id) AS sealed FROM ims.organization WHERE code = 'bench-history-sealed' \gset
\echo '    sealed before the sealing benchmark:' :sealed

-- verify: :chain_rows history rows from real incident updates (an incident
-- row as JSON is about 900 bytes), then sealed.
SELECT :chain_rows / 20 AS chain_incidents \gset
INSERT INTO ims.incident (org_id, id, title, description, impact, urgency)
SELECT o.org_id, g, 'Incident ' || g, 'Users report that the portal answers slowly during peak hours.', 1 + g % 4, 1 + g / 4 % 4
FROM ims.organization o, generate_series(1, :chain_incidents) g WHERE o.code = 'bench-history-chain';
SELECT format('UPDATE ims.incident SET assignee = %L WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = %L)',
              'agent-' || k, 'bench-history-chain')
FROM generate_series(1, 19) k \gexec
ANALYZE ims.history, ims.chain_seal, ims.chain_head;
SELECT ims.seal_chain(org_id) AS chain_sealed FROM ims.organization WHERE code = 'bench-history-chain' \gset
\echo '    sealed:' :chain_sealed
-- The same bytes the chain hashes, for the baseline.
CREATE TABLE bench_history.chain_bytes AS
SELECT s.seq, s.prev_hash || convert_to(ims.canonical_row(s.source, s.org_id, s.source_id), 'UTF8') AS b
FROM ims.chain_seal s WHERE s.org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history-chain');

-- No autovacuum on the tables the benchmark writes (as in bench/incidents):
-- a background VACUUM or ANALYZE would land on whichever variant runs.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['ims.incident', 'ims.history', 'ims.evidence', 'ims.evidence_link', 'ims.chain_seal',
                             'ims.chain_head', 'bench_history.evidence_plain', 'bench_history.evidence_link_plain'] LOOP
        EXECUTE format('ALTER TABLE %s SET (autovacuum_enabled = off)', t);
    END LOOP;
END $$;
VACUUM ANALYZE ims.organization, ims.incident, ims.history, ims.evidence, ims.evidence_link, ims.custody_event,
    ims.chain_seal, ims.chain_head, bench_history.evidence_plain, bench_history.evidence_link_plain,
    bench_history.chain_bytes;

-- The chain verifies, and the variants of verify compute the same hashes.
DO $$
DECLARE
    o bigint := (SELECT org_id FROM ims.organization WHERE code = 'bench-history-chain');
    n bigint;
BEGIN
    IF NOT (SELECT is_valid AND unsealed_rows = 0 FROM ims.verify_chain(o)) THEN
        RAISE EXCEPTION 'the benchmark chain does not verify';
    END IF;
    SELECT count(*) INTO n FROM bench_history.chain_bytes b JOIN ims.chain_seal s ON s.org_id = o AND s.seq = b.seq
    WHERE s.hash = sha256(b.b);
    IF n <> (SELECT count(*) FROM ims.chain_seal WHERE org_id = o) THEN
        RAISE EXCEPTION 'chain_bytes does not hold the bytes of the chain';
    END IF;
END $$;
