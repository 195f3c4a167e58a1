-- Evidence and the chain (issue 7): the rule evidence_append_only on
-- ims.history, evidence, evidence_link, custody_event and chain_seal (UPDATE,
-- DELETE and TRUNCATE refused, for the superuser and the table owner alike);
-- evidence, links and custody; ims.seal_chain, ims.verify_chain and
-- ims.chain_head; tampering with the stored rows (with the rule's triggers
-- disabled, as a superuser or the owner can) found at the right link; what
-- the chain cannot show without an anchor outside the database; the view
-- ims.evidence_index.
BEGIN;
SELECT plan(92);

SET ims.actor = 'agent.t71';
INSERT INTO ims.organization (code, name) VALUES ('t71a', 'Test 71 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t71b', 'Test 71 B') RETURNING org_id AS org2 \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Laptop stolen') RETURNING id AS inc \gset
UPDATE ims.incident SET status = 'in_progress', security_class = 'incident', security_assessed_by = 'ciso',
    affects_confidentiality = true WHERE org_id = :org AND id = :inc;
-- An update by an actor whose name holds a | (see tampering 11).
SET ims.actor = 'desk|alice';
UPDATE ims.incident SET assignee = 'alice' WHERE org_id = :org AND id = :inc;
SELECT max(id) AS pipe_hist FROM ims.history WHERE org_id = :org AND table_name = 'incident' \gset
SET ims.actor = 'agent.t71';
INSERT INTO ims.incident (org_id, title) VALUES (:org2, 'Printer jam');

-- Evidence: a police report (content hashed), a log excerpt (kept elsewhere),
-- an item with two links; custody hand-overs of the first.
INSERT INTO ims.evidence (org_id, title, description, evidence_kind, uri, content_sha256)
VALUES (:org, 'Police report', 'Theft report|no. 4711', 'document', 's3://evidence/4711.pdf', sha256('report 4711'))
RETURNING id AS ev1 \gset
INSERT INTO ims.evidence (org_id, title, evidence_kind, uri)
VALUES (:org, 'VPN log excerpt', 'log', 'file:///evidence/vpn-2026-11-27.log') RETURNING id AS ev2 \gset
INSERT INTO ims.evidence (org_id, title, evidence_kind, content_sha256, collected_by)
VALUES (:org, 'Photo of the desk', 'image', sha256('jpeg bytes'), 'guard.gus') RETURNING id AS ev3 \gset
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES
    (:org, :ev1, 'incident', :inc), (:org, :ev2, 'incident', :inc), (:org, :ev3, 'incident', :inc), (:org, :ev3, 'problem', 1);
INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
VALUES (:org, :ev1, 'agent.t71', 'legal.lisa', 'review by legal');
INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
VALUES (:org, :ev1, 'legal.lisa', 'insurer', 'claim') RETURNING id AS cust2 \gset

-- Rows of the organization in the four chained tables.
CREATE FUNCTION pg_temp.chained_rows(o bigint) RETURNS bigint LANGUAGE sql AS $$
    SELECT (SELECT count(*) FROM ims.history WHERE org_id = o) + (SELECT count(*) FROM ims.evidence WHERE org_id = o)
         + (SELECT count(*) FROM ims.evidence_link WHERE org_id = o) + (SELECT count(*) FROM ims.custody_event WHERE org_id = o) $$;
-- ims.verify_chain as one line: valid links unsealed [seq source problem].
CREATE FUNCTION pg_temp.verdict(o bigint) RETURNS text LANGUAGE sql AS $$
    SELECT concat_ws(' ', CASE WHEN is_valid THEN 'valid' ELSE 'INVALID' END, links_checked, unsealed_rows,
                     broken_seq, source, problem)
    FROM ims.verify_chain(o) $$;

-- ---------------------------------------------------------------------------
-- Evidence, links and custody.

SELECT is(test_helpers.violation(format($$INSERT INTO ims.evidence (org_id, title) VALUES (%s, 'Nothing')$$, :org)),
          '23514 evidence_content_check evidence', 'evidence needs a uri or the SHA-256 of its content');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.evidence (org_id, title, content_sha256) VALUES (%s, 'Short', '\x00ff')$$, :org)),
          '23514 evidence_sha256_check evidence', 'content_sha256 must be 32 bytes');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
                                          VALUES (%s, %s, 'insurer', 'insurer', 'none')$$, :org, :ev1)),
          '23514 custody_event_parties_check custody_event', 'a hand-over needs two different parties');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id)
                                          VALUES (%s, %s, 'incident', 1)$$, :org2, :ev1)),
          '23503 evidence_link_evidence_fk evidence_link', 'an organization cannot link another organization''s evidence');
SELECT is((SELECT collected_by || ' ' || (collected_at BETWEEN now() AND clock_timestamp()) FROM ims.evidence WHERE org_id = :org AND id = :ev1),
          'agent.t71 true', 'collected_by and collected_at default to the actor and the clock');

SELECT columns_are('ims', 'evidence_index',
    ARRAY['org_id', 'evidence_id', 'title', 'evidence_kind', 'uri', 'content_sha256', 'collected_by', 'collected_at',
          'record_kind', 'record_id', 'current_custodian', 'custody_transfers', 'last_transfer_at', 'is_sealed',
          'verification_state'],
    'ims.evidence_index has the documented columns');
SELECT is((SELECT concat_ws(' ', record_kind, record_id = :inc, content_sha256 = encode(sha256('report 4711'), 'hex'),
                            current_custodian, custody_transfers,
                            last_transfer_at = (SELECT transferred_at FROM ims.custody_event WHERE org_id = :org AND id = :cust2),
                            is_sealed, verification_state)
           FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev1),
          'incident t t insurer 2 t f unsealed',
          'evidence_index: the police report, its record, hash, custodian (the last recipient), transfers, unsealed');
SELECT is((SELECT concat_ws(' ', current_custodian, custody_transfers, last_transfer_at IS NULL, content_sha256 IS NULL)
           FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev2),
          'agent.t71 0 t t', 'evidence_index: without hand-overs the custodian is the collector');
SELECT is((SELECT string_agg(record_kind || ':' || current_custodian, ' ' ORDER BY record_kind)
           FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev3),
          'incident:guard.gus problem:guard.gus', 'evidence_index: one row per record the item supports');

-- ---------------------------------------------------------------------------
-- Sealing and verifying.

SELECT pg_temp.chained_rows(:org) AS n \gset
SELECT cmp_ok(:n::int, '>', 30, 'the organization has more than 30 rows to seal (history of its set-up, evidence, links, custody)');
SELECT is(pg_temp.verdict(:org), 'valid 0 ' || :n, 'before sealing: no link, every row unsealed, nothing broken');
SELECT is(ims.seal_chain(:org), :n::bigint, 'ims.seal_chain seals every row of the organization and says how many');
SELECT is(ims.seal_chain(:org), 0::bigint, 'a second ims.seal_chain finds nothing left to seal');
SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'after sealing: every row is a link, none unsealed, valid');
SELECT is(pg_temp.verdict(:org2), format('valid 0 %s', pg_temp.chained_rows(:org2)),
          'the other organization''s rows are not in this chain');
SELECT results_eq(format('SELECT seq FROM ims.chain_seal WHERE org_id = %s ORDER BY seq', :org),
                  format('SELECT generate_series(1::bigint, %s)', :n), 'the links are numbered 1..n without a gap');
SELECT is((SELECT string_agg(source || ' ' || n, ', ' ORDER BY source)
           FROM (SELECT source, count(*) AS n FROM ims.chain_seal WHERE org_id = :org GROUP BY source) s),
          format('custody_event 2, evidence 3, evidence_link 4, history %s', :n::int - 9),
          'every history, evidence, link and custody row of the organization is sealed exactly once');
SELECT is((SELECT prev_hash FROM ims.chain_seal WHERE org_id = :org AND seq = 1), '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea,
          'the first link follows 32 zero bytes');
SELECT is_empty(format($$SELECT s.seq FROM ims.chain_seal s JOIN ims.chain_seal p ON p.org_id = s.org_id AND p.seq = s.seq - 1
                         WHERE s.org_id = %s AND s.prev_hash <> p.hash$$, :org),
                'every link''s prev_hash is the hash of the link before it');
SELECT is_empty(format($$SELECT seq FROM ims.chain_seal WHERE org_id = %s
                         AND hash <> sha256(prev_hash || convert_to(ims.canonical_row(source, org_id, source_id), 'UTF8'))$$, :org),
                'every link''s hash is SHA-256(prev_hash || the UTF-8 bytes of the canonical form of its row)');
SELECT is((SELECT row(h.seq, h.hash)::text FROM ims.chain_head(:org) h),
          (SELECT row(s.seq, encode(s.hash, 'hex'))::text FROM ims.chain_seal s WHERE s.org_id = :org ORDER BY s.seq DESC LIMIT 1),
          'ims.chain_head: the seq and hash (hex) of the last link');
SELECT is((SELECT sealed_at BETWEEN now() AND clock_timestamp() FROM ims.chain_head(:org)), true, 'ims.chain_head: when it was sealed');
SELECT is_empty(format($$SELECT 1 FROM (SELECT source, source_id, seq, lag(source_id) OVER (PARTITION BY source ORDER BY seq) AS prev
                                        FROM ims.chain_seal WHERE org_id = %s) s WHERE source_id < prev$$, :org),
                'rows of one table are sealed in the order they were written');
SELECT is((SELECT concat_ws(' ', is_sealed, verification_state) FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev1),
          't verified', 'evidence_index: a sealed, unchanged item is verified');

-- The canonical form, rebuilt independently for one history row and one evidence row.
SELECT is(ims.canonical_instant('2026-01-01 00:00:00.123456+00'), '1767225600123456', 'canonical_instant: microseconds since 1970 UTC');
SET LOCAL TimeZone = 'America/New_York';
SELECT is(ims.canonical_instant('2026-01-01 00:00:00.123456+00'), '1767225600123456', 'canonical_instant does not depend on TimeZone');
RESET TimeZone;
SELECT is(ims.canonical_row('evidence', :org, :ev1),
          (SELECT format('["evidence", %s, %s, "Police report", "Theft report|no. 4711", "document", "s3://evidence/4711.pdf", "%s", "agent.t71", "%s", "%s"]',
                         :org, :ev1, encode(sha256('report 4711'), 'hex'),
                         (extract(epoch FROM collected_at) * 1000000)::numeric(30, 0),
                         (extract(epoch FROM created_at) * 1000000)::numeric(30, 0))
           FROM ims.evidence WHERE org_id = :org AND id = :ev1),
          'canonical_row of evidence: a JSON array of every column, hash in hex, instants in microseconds');
SELECT id AS hid FROM ims.history WHERE org_id = :org AND table_name = 'incident' AND operation = 'UPDATE' ORDER BY id LIMIT 1 \gset
SELECT is(ims.canonical_row('history', :org, :hid),
          (SELECT jsonb_build_array('history', org_id, id, 'incident', 'UPDATE', record_key, row_data, changed_columns,
                                    txid, (extract(epoch FROM changed_at) * 1000000)::numeric(30, 0)::text, db_role, actor)::text
           FROM ims.history WHERE id = :hid),
          'canonical_row of history: a JSON array of every column, key and row as JSON');
SELECT is(ims.canonical_row('history', :org, -1), NULL, 'canonical_row of a missing row is NULL');
SELECT is(ims.canonical_row('history', :org2, :hid), NULL, 'canonical_row looks only in the organization asked for');

-- More writes after sealing: unsealed until the next seal, which continues the chain.
UPDATE ims.incident SET assignee = 'sec.team' WHERE org_id = :org AND id = :inc;
INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
VALUES (:org, :ev2, 'agent.t71', 'forensics', 'analysis');
SELECT is(pg_temp.verdict(:org), format('valid %s 2', :n), 'rows written after the seal are unsealed, the chain stays valid');
SELECT encode(hash, 'hex') AS head_before FROM ims.chain_seal WHERE org_id = :org AND seq = :n \gset
SELECT is(ims.seal_chain(:org), 2::bigint, 'the next seal takes the two new rows');
SELECT is((SELECT string_agg(source || ':' || (encode(prev_hash, 'hex') = :'head_before' OR seq > :n + 1), ' ' ORDER BY seq)
           FROM ims.chain_seal WHERE org_id = :org AND seq > :n),
          'history:true custody_event:true', 'they continue the chain after the old head, in the order they were written');
SELECT pg_temp.chained_rows(:org) AS n \gset
SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'the longer chain verifies');
SELECT is(ims.seal_chain(:org2) > 0, true, 'the other organization seals its own chain');
SELECT is((SELECT min(seq) FROM ims.chain_seal WHERE org_id = :org2), 1::bigint, 'which starts at link 1');

-- ---------------------------------------------------------------------------
-- Rule evidence_append_only: UPDATE, DELETE and TRUNCATE refused on every
-- append-only table, for the superuser running this test too.

CREATE TEMP TABLE append_only (tab text, op text, stmt text);
INSERT INTO append_only
SELECT t, op, CASE op
    WHEN 'UPDATE' THEN format('UPDATE ims.%I SET org_id = org_id WHERE org_id = %s', t, :org)
    WHEN 'DELETE' THEN format('DELETE FROM ims.%I WHERE org_id = %s', t, :org)
    ELSE format('TRUNCATE ims.%I%s', t, CASE WHEN t = 'evidence' THEN ' CASCADE' ELSE '' END) END
FROM unnest(ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal']) t,
     unnest(ARRAY['UPDATE', 'DELETE', 'TRUNCATE']) op;
CREATE TEMP TABLE fingerprint AS
SELECT 'before'::text AS at, pg_temp.chained_rows(:org) AS n,
       (SELECT md5(string_agg(encode(hash, 'hex'), '' ORDER BY seq)) FROM ims.chain_seal WHERE org_id = :org) AS links;

SET client_min_messages = warning;   -- no NOTICE that TRUNCATE ... CASCADE would cascade
SELECT is(test_helpers.violation(stmt), '23514 evidence_append_only ' || tab, tab || ': ' || op || ' is refused (evidence_append_only)')
FROM append_only ORDER BY tab, op;
RESET client_min_messages;
INSERT INTO fingerprint
SELECT 'after', pg_temp.chained_rows(:org),
       (SELECT md5(string_agg(encode(hash, 'hex'), '' ORDER BY seq)) FROM ims.chain_seal WHERE org_id = :org);
SELECT is((SELECT row(n, links) FROM fingerprint WHERE at = 'after'), (SELECT row(n, links) FROM fingerprint WHERE at = 'before'),
          'nothing of the refused statements persisted: every row and every link is still there');
SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'and the chain still verifies');
SELECT is(test_helpers.error_text(format($$UPDATE ims.evidence SET title = 'Better title' WHERE org_id = %s AND id = %s$$, :org, :ev1)),
          '23514 | rows of evidence cannot be updated | evidence is append-only: its rows are evidence and history, hash-chained per organization. | Append a new row that records the correction instead.',
          'the error says what is refused, why, and how to comply');
SELECT is(test_helpers.error_text(format('DELETE FROM ims.history WHERE org_id = %s', :org)),
          '23514 | rows of history cannot be deleted | history is append-only: its rows are evidence and history, hash-chained per organization. | Append a new row that records the correction instead.',
          'the same for a DELETE of history');
SELECT is(test_helpers.violation(format($$UPDATE ims.evidence SET title = 'x' WHERE org_id = %s AND id = -1$$, :org)), 'no error',
          '(a statement that touches no row is not refused: the rule is checked for each row)');

-- The table owner: a role (no superuser) that owns ims.evidence and
-- ims.custody_event is refused too.
CREATE ROLE t71_owner NOLOGIN;
GRANT USAGE ON SCHEMA ims, test_helpers TO t71_owner;
ALTER TABLE ims.evidence OWNER TO t71_owner;
ALTER TABLE ims.custody_event OWNER TO t71_owner;
SET ROLE t71_owner;
SELECT is(test_helpers.violation(format($$UPDATE ims.evidence SET title = 'Owner''s edit' WHERE org_id = %s AND id = %s$$, :org, :ev1)),
          '23514 evidence_append_only evidence', 'the owner of ims.evidence cannot update it');
SELECT is(test_helpers.violation(format($$UPDATE ims.custody_event SET reason = 'edited' WHERE org_id = %s$$, :org)),
          '23514 evidence_append_only custody_event', 'the owner of ims.custody_event cannot update it');
SELECT is(test_helpers.violation(format($$DELETE FROM ims.custody_event WHERE org_id = %s$$, :org)),
          '23514 evidence_append_only custody_event', 'the owner of ims.custody_event cannot delete from it');
SELECT is(test_helpers.violation('TRUNCATE ims.custody_event'),
          '23514 evidence_append_only custody_event', 'the owner of ims.custody_event cannot truncate it');
RESET ROLE;
SELECT is(pg_temp.chained_rows(:org), (SELECT n FROM fingerprint WHERE at = 'before'), 'the owner''s attempts changed nothing');

-- The rule in the catalogue.
SELECT is((SELECT concat_ws(' ', record_kind, checked, guidance_27013) FROM ims.rule WHERE name = 'evidence_append_only'),
          'evidence row 6.2.8', 'ims.rule lists evidence_append_only, a row rule motivated by ISO/IEC 27013 6.2.8');
SELECT set_eq($$SELECT standard || ' ' || coalesce(clause_ref::text, control_ref::text) FROM ims.rule_basis WHERE rule = 'evidence_append_only'$$,
              ARRAY['27001:2013 A.16.1.7', '27001:2013 7.5.3', '27001:2022 A.5.28', '27001:2022 7.5.3', '20000-1:2018 7.5.4'],
              'its basis: 27001:2013 A.16.1.7 and 7.5.3, 27001:2022 A.5.28 and 7.5.3, 20000-1:2018 7.5.4');

-- ---------------------------------------------------------------------------
-- Tampering in storage: each in a savepoint with the rule's triggers disabled
-- (as a superuser or the owner can), then undone.

SELECT id AS tamper_hist FROM ims.history WHERE org_id = :org AND table_name = 'incident' AND operation = 'UPDATE' ORDER BY id LIMIT 1 \gset
SELECT seq AS tamper_seq, encode(hash, 'hex') AS tamper_hash FROM ims.chain_seal
WHERE org_id = :org AND source = 'history' AND source_id = :tamper_hist \gset
SELECT cmp_ok(:tamper_seq::int, '<', :n::int - 5, '(the tampered link is in the middle of the chain)');

-- 1. A history row's row_data changed.
SAVEPOINT tamper;
ALTER TABLE ims.history DISABLE TRIGGER history_append_only;
UPDATE ims.history SET row_data = jsonb_set(row_data, '{title}', '"Laptop misplaced"') WHERE id = :tamper_hist;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 %s history sealed row was changed', :n, :tamper_seq),
          'a changed history row is found at its link');
SELECT is((SELECT row(source_id, expected, found)::text FROM ims.verify_chain(:org)),
          (SELECT row(:tamper_hist::bigint, :'tamper_hash'::text,
                      encode(sha256(prev_hash || convert_to(ims.canonical_row('history', :org, :tamper_hist), 'UTF8')), 'hex'))::text
           FROM ims.chain_seal WHERE org_id = :org AND seq = :tamper_seq),
          'verify_chain names the row, the hash sealed (expected) and the hash of the row as it is now (found)');
ROLLBACK TO SAVEPOINT tamper;
SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'undone: valid again');

-- 2. A history row deleted.
SAVEPOINT tamper;
ALTER TABLE ims.history DISABLE TRIGGER history_append_only;
DELETE FROM ims.history WHERE id = :tamper_hist;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 %s history sealed row is missing', :n, :tamper_seq),
          'a deleted history row is found at its link');
SELECT is((SELECT row(expected, found)::text FROM ims.verify_chain(:org)), row(:'tamper_hash'::text, NULL::text)::text,
          'verify_chain gives the hash sealed and no found hash');
ROLLBACK TO SAVEPOINT tamper;

-- 3. A link deleted from the middle of the chain.
SELECT source AS next_source FROM ims.chain_seal WHERE org_id = :org AND seq = :tamper_seq + 1 \gset
SAVEPOINT tamper;
ALTER TABLE ims.chain_seal DISABLE TRIGGER chain_seal_append_only;
DELETE FROM ims.chain_seal WHERE org_id = :org AND seq = :tamper_seq;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 1 %s %s gap in the chain', :n::int - 1, :tamper_seq::int + 1, :'next_source'),
          'a deleted link is found as a gap at the next link (and its row shows as unsealed)');
SELECT is((SELECT row(expected, found)::text FROM ims.verify_chain(:org)), row((:tamper_seq)::text, (:tamper_seq + 1)::text)::text,
          'verify_chain gives the seq expected and the seq found');
ROLLBACK TO SAVEPOINT tamper;

-- 4. A link's hash replaced.
SAVEPOINT tamper;
ALTER TABLE ims.chain_seal DISABLE TRIGGER chain_seal_append_only;
UPDATE ims.chain_seal SET hash = sha256('forged') WHERE org_id = :org AND seq = :tamper_seq;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 %s history sealed row was changed', :n, :tamper_seq),
          'a replaced link hash is found at that link');
ROLLBACK TO SAVEPOINT tamper;

-- 5. Two links swapped (their rows exchanged).
SAVEPOINT tamper;
ALTER TABLE ims.chain_seal DISABLE TRIGGER chain_seal_append_only;
UPDATE ims.chain_seal SET seq = CASE seq WHEN :tamper_seq THEN -1 ELSE seq END WHERE org_id = :org AND seq = :tamper_seq;
UPDATE ims.chain_seal SET seq = :tamper_seq WHERE org_id = :org AND seq = :tamper_seq + 1;
UPDATE ims.chain_seal SET seq = :tamper_seq + 1 WHERE org_id = :org AND seq = -1;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 %s history link does not follow the previous link', :n, :tamper_seq),
          'two swapped links are found at the first of them');
ROLLBACK TO SAVEPOINT tamper;

-- 6. The chain head changed (hash, then seq).
SAVEPOINT tamper;
UPDATE ims.chain_head SET hash = sha256('forged') WHERE org_id = :org;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 chain head does not match the last link', :n),
          'a changed chain head hash is found (no broken link: the head is wrong)');
SELECT is((SELECT row(expected, found)::text FROM ims.verify_chain(:org)),
          (SELECT row(encode(s.hash, 'hex'), encode(sha256('forged'), 'hex'))::text FROM ims.chain_seal s WHERE s.org_id = :org AND s.seq = :n),
          'verify_chain gives the last link''s hash (expected) and the head''s (found)');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
UPDATE ims.chain_head SET seq = seq - 1 WHERE org_id = :org;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 chain head does not match the last link', :n),
          'a chain head moved back is found');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
DELETE FROM ims.chain_head WHERE org_id = :org;
SELECT is(pg_temp.verdict(:org), format('INVALID %s 0 chain head does not match the last link', :n),
          'a deleted chain head is found');
ROLLBACK TO SAVEPOINT tamper;

-- 7. Evidence, a link and a custody event changed.
SAVEPOINT tamper;
ALTER TABLE ims.evidence DISABLE TRIGGER evidence_append_only;
UPDATE ims.evidence SET content_sha256 = sha256('another report') WHERE org_id = :org AND id = :ev1;
SELECT is((SELECT concat_ws(' ', broken_seq = (SELECT seq FROM ims.chain_seal WHERE org_id = :org AND source = 'evidence' AND source_id = :ev1),
                            source, source_id = :ev1, problem) FROM ims.verify_chain(:org)),
          't evidence t sealed row was changed', 'a changed content hash of an evidence item is found at its link');
SELECT is((SELECT verification_state FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev1), 'changed',
          'evidence_index shows the item as changed');
SELECT is((SELECT verification_state FROM ims.evidence_index WHERE org_id = :org AND evidence_id = :ev2), 'verified',
          'and the others as verified');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
ALTER TABLE ims.evidence_link DISABLE TRIGGER evidence_link_append_only;
UPDATE ims.evidence_link SET record_id = record_id + 1 WHERE org_id = :org AND evidence_id = :ev1;
SELECT is((SELECT source || ' ' || problem FROM ims.verify_chain(:org)), 'evidence_link sealed row was changed',
          'an evidence link pointed at another record is found');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
ALTER TABLE ims.custody_event DISABLE TRIGGER custody_event_append_only;
UPDATE ims.custody_event SET to_party = 'nobody' WHERE org_id = :org AND id = :cust2;
SELECT is((SELECT source || ' ' || problem FROM ims.verify_chain(:org)), 'custody_event sealed row was changed',
          'a changed hand-over is found');
ROLLBACK TO SAVEPOINT tamper;

-- 8. The table owner disables the rule's trigger and edits: found like any other change.
SAVEPOINT tamper;
SET ROLE t71_owner;
ALTER TABLE ims.evidence DISABLE TRIGGER evidence_append_only;
UPDATE ims.evidence SET title = 'Police report (amended)' WHERE org_id = :org AND id = :ev1;
RESET ROLE;
SELECT is((SELECT source || ' ' || problem FROM ims.verify_chain(:org)), 'evidence sealed row was changed',
          'an owner who disables the trigger and edits evidence is found by verify_chain');
ROLLBACK TO SAVEPOINT tamper;

-- 9. Tampering in one organization does not touch another's chain.
SAVEPOINT tamper;
ALTER TABLE ims.history DISABLE TRIGGER history_append_only;
UPDATE ims.history SET actor = 'forger' WHERE id = :tamper_hist;
SELECT is((SELECT is_valid FROM ims.verify_chain(:org2)), true, 'the other organization''s chain still verifies');
ROLLBACK TO SAVEPOINT tamper;

-- 10. What the chain alone cannot show: a superuser who changes a row and
-- recomputes every later link and the head leaves a chain that verifies.
-- Only a head published outside the database (seq and hash) shows it.
SELECT seq AS pub_seq, hash AS pub_hash FROM ims.chain_head(:org) \gset
SAVEPOINT tamper;
ALTER TABLE ims.history DISABLE TRIGGER history_append_only;
ALTER TABLE ims.chain_seal DISABLE TRIGGER chain_seal_append_only;
UPDATE ims.history SET row_data = jsonb_set(row_data, '{title}', '"Laptop misplaced"') WHERE id = :tamper_hist;
DO $$
DECLARE
    l record;
    h bytea;
    o bigint := (SELECT org_id FROM ims.organization WHERE code = 't71a');
BEGIN
    FOR l IN SELECT * FROM ims.chain_seal WHERE org_id = o ORDER BY seq LOOP
        IF h IS NOT NULL THEN
            UPDATE ims.chain_seal SET prev_hash = h WHERE org_id = o AND seq = l.seq;
            l.prev_hash := h;
        END IF;
        h := sha256(l.prev_hash || convert_to(ims.canonical_row(l.source, o, l.source_id), 'UTF8'));
        UPDATE ims.chain_seal SET hash = h WHERE org_id = o AND seq = l.seq;
    END LOOP;
    UPDATE ims.chain_head SET hash = h WHERE org_id = o;
END $$;
SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'a chain rewritten from the changed row onwards verifies (the limit)');
SELECT isnt((SELECT hash FROM ims.chain_head(:org)), :'pub_hash', 'but the head differs from the one published before');
SELECT is((SELECT encode(hash, 'hex') = :'pub_hash' FROM ims.chain_seal WHERE org_id = :org AND seq = :pub_seq), false,
          'and the link at the published seq no longer has the published hash: the rewrite is found');
ROLLBACK TO SAVEPOINT tamper;
SELECT is((SELECT encode(hash, 'hex') = :'pub_hash' FROM ims.chain_seal WHERE org_id = :org AND seq = :pub_seq), true,
          'untouched, the link at the published seq has the published hash');

-- 11. Changes that move text across the boundary between two fields, or turn
-- a NULL into an empty string: the canonical form (a JSON array) changes, so
-- each is found.
SAVEPOINT tamper;
ALTER TABLE ims.evidence DISABLE TRIGGER evidence_append_only;
UPDATE ims.evidence SET title = 'Police report|Theft report', description = 'no. 4711' WHERE org_id = :org AND id = :ev1;
SELECT is((SELECT is_valid FROM ims.verify_chain(:org)), false,
          'evidence: text moved from the description into the title (across the |) is found');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
ALTER TABLE ims.evidence DISABLE TRIGGER evidence_append_only;
UPDATE ims.evidence SET description = '' WHERE org_id = :org AND id = :ev3;
SELECT is((SELECT is_valid FROM ims.verify_chain(:org)), false, 'evidence: a NULL description made empty is found');
ROLLBACK TO SAVEPOINT tamper;
SAVEPOINT tamper;
ALTER TABLE ims.history DISABLE TRIGGER history_append_only;
UPDATE ims.history SET db_role = db_role || '|desk', actor = 'alice' WHERE id = :pipe_hist;
SELECT is((SELECT is_valid FROM ims.verify_chain(:org)), false,
          'history: actor "desk|alice" rewritten as db_role "...|desk" and actor "alice" is found');
ROLLBACK TO SAVEPOINT tamper;

SELECT is(pg_temp.verdict(:org), format('valid %s 0', :n), 'after every tampering was undone the chain verifies');

SELECT * FROM finish();
ROLLBACK;
