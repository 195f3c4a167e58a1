-- History and evidence (issue 7), part 2: sealing and verifying the chain,
-- registers as of an instant, the views, and the triggers on every register.

CREATE FUNCTION ims.seal_chain_work(p_org_id bigint) RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    head record;
    r record;
    n bigint := 0;
    h bytea;
BEGIN
    INSERT INTO ims.chain_head (org_id) VALUES (p_org_id) ON CONFLICT (org_id) DO NOTHING;
    -- one sealer per organization at a time; writers are never blocked
    SELECT c.seq, c.hash INTO head FROM ims.chain_head c WHERE c.org_id = p_org_id FOR UPDATE;
    h := head.hash;
    FOR r IN
        SELECT u.source, u.id, ims.canonical_row(u.source, p_org_id, u.id) AS canon
        FROM (
            SELECT 'history'::text AS source, x.id, x.changed_at AS at FROM ims.history x
            WHERE x.org_id = p_org_id
              AND NOT EXISTS (SELECT FROM ims.chain_seal s
                              WHERE s.org_id = p_org_id AND s.source = 'history' AND s.source_id = x.id)
            UNION ALL
            SELECT 'evidence', x.id, x.created_at FROM ims.evidence x
            WHERE x.org_id = p_org_id
              AND NOT EXISTS (SELECT FROM ims.chain_seal s
                              WHERE s.org_id = p_org_id AND s.source = 'evidence' AND s.source_id = x.id)
            UNION ALL
            SELECT 'evidence_link', x.id, x.linked_at FROM ims.evidence_link x
            WHERE x.org_id = p_org_id
              AND NOT EXISTS (SELECT FROM ims.chain_seal s
                              WHERE s.org_id = p_org_id AND s.source = 'evidence_link' AND s.source_id = x.id)
            UNION ALL
            SELECT 'custody_event', x.id, x.transferred_at FROM ims.custody_event x
            WHERE x.org_id = p_org_id
              AND NOT EXISTS (SELECT FROM ims.chain_seal s
                              WHERE s.org_id = p_org_id AND s.source = 'custody_event' AND s.source_id = x.id)
        ) u
        ORDER BY u.at, u.source, u.id
    LOOP
        n := n + 1;
        INSERT INTO ims.chain_seal (org_id, seq, source, source_id, prev_hash, hash)
        VALUES (p_org_id, head.seq + n, r.source, r.id, h,
                sha256(h || convert_to(r.canon, 'UTF8')))
        RETURNING hash INTO h;
    END LOOP;
    IF n > 0 THEN
        UPDATE ims.chain_head SET seq = head.seq + n, hash = h, sealed_at = clock_timestamp()
        WHERE org_id = p_org_id;
    END IF;
    RETURN n;
END $$;
COMMENT ON FUNCTION ims.seal_chain_work(bigint) IS
    'the sealing done by ims.seal_chain, as the owner of schema ims; not callable by other roles';
REVOKE EXECUTE ON FUNCTION ims.seal_chain_work(bigint) FROM PUBLIC;

CREATE FUNCTION ims.seal_chain(p_org_id bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'ims_seal_chain' LANGUAGE C VOLATILE STRICT;
COMMENT ON FUNCTION ims.seal_chain(bigint) IS
    'seal the organization''s committed history, evidence, evidence link and custody rows that are not in its chain yet, in the order they were written; returns how many were sealed. Run it often (e.g. every minute from pg_cron); concurrent sealers of one organization take turns, writers never wait; the caller must be a member of the organization';

CREATE FUNCTION ims.verify_chain(p_org_id bigint)
RETURNS TABLE (is_valid boolean, links_checked bigint, unsealed_rows bigint,
               broken_seq bigint, source text, source_id bigint, problem text,
               expected text, found text)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    WITH links AS (
        SELECT s.seq, s.source, s.source_id, s.prev_hash, s.hash,
               lag(s.hash) OVER (ORDER BY s.seq) AS prev_link_hash,
               lag(s.seq) OVER (ORDER BY s.seq) AS prev_seq
        FROM ims.chain_seal s WHERE s.org_id = p_org_id
    ),
    checked AS (
        SELECT l.*, ims.canonical_row(l.source, p_org_id, l.source_id) AS canon FROM links l
    ),
    problems AS (
        SELECT c.seq, c.source, c.source_id,
               CASE WHEN c.seq <> coalesce(c.prev_seq, 0) + 1 THEN 'gap in the chain'
                    WHEN c.prev_hash <> coalesce(c.prev_link_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                        THEN 'link does not follow the previous link'
                    WHEN c.canon IS NULL THEN 'sealed row is missing'
                    WHEN sha256(c.prev_hash || convert_to(c.canon, 'UTF8')) <> c.hash THEN 'sealed row was changed'
               END AS problem,
               CASE WHEN c.seq <> coalesce(c.prev_seq, 0) + 1 THEN (coalesce(c.prev_seq, 0) + 1)::text
                    WHEN c.prev_hash <> coalesce(c.prev_link_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                        THEN encode(coalesce(c.prev_link_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea), 'hex')
                    ELSE encode(c.hash, 'hex') END AS expected,
               CASE WHEN c.seq <> coalesce(c.prev_seq, 0) + 1 THEN c.seq::text
                    WHEN c.prev_hash <> coalesce(c.prev_link_hash, '\x0000000000000000000000000000000000000000000000000000000000000000'::bytea)
                        THEN encode(c.prev_hash, 'hex')
                    WHEN c.canon IS NULL THEN NULL
                    ELSE encode(sha256(c.prev_hash || convert_to(c.canon, 'UTF8')), 'hex') END AS found
        FROM checked c
    ),
    first_problem AS (
        SELECT * FROM problems WHERE problem IS NOT NULL ORDER BY seq LIMIT 1
    ),
    head AS (
        SELECT h.seq, h.hash FROM ims.chain_head h WHERE h.org_id = p_org_id
    ),
    last_link AS (
        SELECT l.seq, l.hash FROM links l ORDER BY l.seq DESC LIMIT 1
    ),
    head_problem AS (
        SELECT 'chain head does not match the last link'::text AS problem,
               coalesce(encode(l.hash, 'hex'), '') AS expected, coalesce(encode(h.hash, 'hex'), '') AS found
        FROM head h FULL JOIN last_link l ON true
        WHERE coalesce(h.seq, 0) <> coalesce(l.seq, 0) OR (l.seq IS NOT NULL AND h.hash <> l.hash)
    ),
    unsealed AS (
        SELECT (SELECT count(*) FROM ims.history x WHERE x.org_id = p_org_id
                  AND NOT EXISTS (SELECT FROM ims.chain_seal s WHERE s.org_id = p_org_id AND s.source = 'history' AND s.source_id = x.id))
             + (SELECT count(*) FROM ims.evidence x WHERE x.org_id = p_org_id
                  AND NOT EXISTS (SELECT FROM ims.chain_seal s WHERE s.org_id = p_org_id AND s.source = 'evidence' AND s.source_id = x.id))
             + (SELECT count(*) FROM ims.evidence_link x WHERE x.org_id = p_org_id
                  AND NOT EXISTS (SELECT FROM ims.chain_seal s WHERE s.org_id = p_org_id AND s.source = 'evidence_link' AND s.source_id = x.id))
             + (SELECT count(*) FROM ims.custody_event x WHERE x.org_id = p_org_id
                  AND NOT EXISTS (SELECT FROM ims.chain_seal s WHERE s.org_id = p_org_id AND s.source = 'custody_event' AND s.source_id = x.id))
             AS n
    )
    SELECT fp.seq IS NULL AND NOT EXISTS (SELECT FROM head_problem),
           (SELECT count(*) FROM links), (SELECT n FROM unsealed),
           fp.seq, fp.source, fp.source_id,
           coalesce(fp.problem, (SELECT problem FROM head_problem)),
           coalesce(fp.expected, (SELECT expected FROM head_problem)),
           coalesce(fp.found, (SELECT found FROM head_problem))
    FROM (SELECT 1) one LEFT JOIN first_problem fp ON true
$$;
COMMENT ON FUNCTION ims.verify_chain(bigint) IS
    'walk the organization''s chain and report whether it holds: links checked, rows not sealed yet, and the first broken link (its seq, the sealed row, what is wrong, the hash expected and the one found)';

CREATE FUNCTION ims.chain_head(p_org_id bigint)
RETURNS TABLE (org_id bigint, seq bigint, hash text, sealed_at timestamptz)
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT h.org_id, h.seq, encode(h.hash, 'hex'), h.sealed_at FROM ims.chain_head h WHERE h.org_id = p_org_id
$$;
COMMENT ON FUNCTION ims.chain_head(bigint) IS
    'the last link of the organization''s chain (seq and hash); publish it regularly outside the database so that a rewrite of the chain can be detected';

-- ---------------------------------------------------------------------------
-- Registers as of an instant.

CREATE FUNCTION ims.as_of_rows(p_table regclass, p_org_id bigint, p_at timestamptz)
RETURNS SETOF jsonb
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT h.row_data
    FROM (SELECT DISTINCT ON (x.record_key) x.record_key, x.operation, x.row_data
          FROM ims.history x
          WHERE x.org_id = p_org_id
            AND x.table_name = (SELECT c.relname FROM pg_catalog.pg_class c
                                WHERE c.oid = p_table AND c.relnamespace = 'ims'::regnamespace)
            AND x.changed_at <= p_at
          ORDER BY x.record_key, x.changed_at DESC, x.id DESC) h
    WHERE h.operation <> 'DELETE'
$$;
COMMENT ON FUNCTION ims.as_of_rows(regclass, bigint, timestamptz) IS
    'the rows of a register of the organization as they stood at an instant, as JSON, rebuilt from ims.history';

CREATE FUNCTION ims.as_of(p_register anyelement, p_org_id bigint, p_at timestamptz)
RETURNS SETOF anyelement
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT r.* FROM ims.as_of_rows(pg_catalog.pg_typeof(p_register)::text::regclass, p_org_id, p_at) j,
                    LATERAL jsonb_populate_record(p_register, j) r
$$;
COMMENT ON FUNCTION ims.as_of(anyelement, bigint, timestamptz) IS
    'a register of the organization as it stood at an instant, with the register''s own columns: SELECT * FROM ims.as_of(NULL::ims.incident, 1, ''2026-06-30 17:00+02'')';

-- ---------------------------------------------------------------------------
-- Views.

CREATE VIEW ims.audit_trail AS
SELECT h.org_id, h.id AS history_id, h.changed_at, h.actor, h.db_role, h.txid,
       h.table_name, h.record_key, h.operation, h.changed_columns,
       CASE WHEN h.operation = 'UPDATE' THEN
            (SELECT jsonb_object_agg(c, p.row_data -> c) FROM unnest(h.changed_columns) c) END AS before_values,
       CASE WHEN h.operation = 'UPDATE' THEN
            (SELECT jsonb_object_agg(c, h.row_data -> c) FROM unnest(h.changed_columns) c)
            WHEN h.operation = 'INSERT' THEN h.row_data END AS after_values,
       s.seq IS NOT NULL AS is_sealed, s.seq AS chain_seq
FROM ims.history h
LEFT JOIN LATERAL (SELECT p.row_data FROM ims.history p
                   WHERE p.org_id = h.org_id AND p.table_name = h.table_name AND p.record_key = h.record_key
                     AND p.id < h.id
                   ORDER BY p.id DESC LIMIT 1) p ON h.operation = 'UPDATE'
LEFT JOIN ims.chain_seal s ON s.org_id = h.org_id AND s.source = 'history' AND s.source_id = h.id;
COMMENT ON VIEW ims.audit_trail IS
    'readable history: who changed which record when, the values of the changed columns before and after, and whether the entry is sealed into the chain';
COMMENT ON COLUMN ims.audit_trail.before_values IS 'for an UPDATE, the changed columns'' values before the change';
COMMENT ON COLUMN ims.audit_trail.after_values IS 'for an UPDATE, the changed columns'' new values; for an INSERT, the whole row';
COMMENT ON COLUMN ims.audit_trail.is_sealed IS 'true once the entry is in the organization''s hash chain';

CREATE VIEW ims.evidence_index AS
SELECT e.org_id, e.id AS evidence_id, e.title, e.evidence_kind, e.uri, encode(e.content_sha256, 'hex') AS content_sha256,
       e.collected_by, e.collected_at, l.record_kind, l.record_id,
       coalesce(c.to_party, e.collected_by) AS current_custodian,
       coalesce(c.transfers, 0) AS custody_transfers,
       c.last_transfer_at,
       s.seq IS NOT NULL AS is_sealed,
       CASE WHEN s.seq IS NULL THEN 'unsealed'
            WHEN s.hash = sha256(s.prev_hash || convert_to(ims.canonical_row('evidence', e.org_id, e.id), 'UTF8'))
                THEN 'verified' ELSE 'changed' END AS verification_state
FROM ims.evidence e
LEFT JOIN ims.evidence_link l ON l.org_id = e.org_id AND l.evidence_id = e.id
LEFT JOIN LATERAL (SELECT (array_agg(x.to_party ORDER BY x.transferred_at DESC, x.id DESC))[1] AS to_party,
                          count(*) AS transfers, max(x.transferred_at) AS last_transfer_at
                   FROM ims.custody_event x WHERE x.org_id = e.org_id AND x.evidence_id = e.id) c ON true
LEFT JOIN ims.chain_seal s ON s.org_id = e.org_id AND s.source = 'evidence' AND s.source_id = e.id;
COMMENT ON VIEW ims.evidence_index IS
    'evidence per supported record: custody state (current custodian, hand-overs) and verification state (unsealed, verified against its seal, or changed)';
COMMENT ON COLUMN ims.evidence_index.current_custodian IS 'who holds the item now: the last hand-over''s recipient, else the collector';
COMMENT ON COLUMN ims.evidence_index.verification_state IS 'unsealed, verified (matches its seal) or changed';

-- ---------------------------------------------------------------------------
-- Triggers.

CREATE FUNCTION ims.history_record() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_history_record' LANGUAGE C;
COMMENT ON FUNCTION ims.history_record() IS
    'trigger: appends every INSERT, UPDATE and DELETE of a register row to ims.history';
CREATE FUNCTION ims.append_only() RETURNS trigger
    AS 'MODULE_PATHNAME', 'ims_append_only' LANGUAGE C;
COMMENT ON FUNCTION ims.append_only() IS
    'trigger: rule evidence_append_only, refuses UPDATE, DELETE and TRUNCATE of history, evidence, custody and chain rows';

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal'] LOOP
        EXECUTE format('CREATE TRIGGER %I BEFORE UPDATE OR DELETE ON ims.%I FOR EACH ROW EXECUTE FUNCTION ims.append_only()',
                       t || '_append_only', t);
        EXECUTE format('CREATE TRIGGER %I BEFORE TRUNCATE ON ims.%I FOR EACH STATEMENT EXECUTE FUNCTION ims.append_only()',
                       t || '_no_truncate', t);
    END LOOP;
    FOREACH t IN ARRAY ARRAY[
        'organization', 'management_system', 'service', 'service_scope', 'ci', 'ci_relation', 'service_ci',
        'priority_matrix', 'incident', 'incident_ci', 'problem', 'problem_incident', 'known_error',
        'change_model', 'change', 'change_ci', 'change_problem', 'change_incident', 'change_freeze',
        'release', 'release_change', 'service_request', 'calendar', 'calendar_hours', 'calendar_exception',
        'sla_target', 'organization_regime', 'regulatory_report']
    LOOP
        EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON ims.%I FOR EACH ROW EXECUTE FUNCTION ims.history_record()',
                       t || '_history', t);
    END LOOP;
END $$;

CREATE TRIGGER chain_head_tenant BEFORE UPDATE OF org_id ON ims.chain_head
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();

INSERT INTO ims.rule (name, record_kind, checked, guidance_27013, demands) VALUES
    ('evidence_append_only', 'evidence', 'row', '6.2.8',
     'history, evidence, evidence links, custody events and chain links are never updated, deleted or truncated, by anybody');
INSERT INTO ims.rule_basis (rule, standard, clause_ref, control_ref) VALUES
    ('evidence_append_only', '27001:2013', NULL, 'A.16.1.7'),
    ('evidence_append_only', '27001:2013', '7.5.3', NULL),
    ('evidence_append_only', '27001:2022', NULL, 'A.5.28'),
    ('evidence_append_only', '27001:2022', '7.5.3', NULL),
    ('evidence_append_only', '20000-1:2018', '7.5.4', NULL);

DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head'] LOOP
        PERFORM pg_catalog.pg_extension_config_dump(format('ims.%I', t), '');
    END LOOP;
    FOREACH t IN ARRAY ARRAY['history', 'evidence', 'evidence_link', 'custody_event'] LOOP
        PERFORM pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence(format('ims.%I', t), 'id'), '');
    END LOOP;
END $$;
