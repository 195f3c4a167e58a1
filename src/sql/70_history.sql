-- History and evidence (issue 7): every change to a register row recorded,
-- evidence with chain of custody, both hash-chained per organization, and
-- registers read as of a past instant.  C: src/history.c; docs/history.md.

-- ---------------------------------------------------------------------------
-- History: one row per INSERT, UPDATE and DELETE of a register row.

CREATE TABLE ims.history (
    org_id           bigint NOT NULL,
    id               bigint GENERATED ALWAYS AS IDENTITY,
    table_name       text NOT NULL,
    operation        text NOT NULL,
    record_key       jsonb NOT NULL,
    row_data         jsonb NOT NULL,
    changed_columns  text[],
    txid             bigint NOT NULL DEFAULT pg_catalog.txid_current(),
    changed_at       timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    db_role          text NOT NULL DEFAULT CURRENT_USER,
    actor            text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT history_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT history_operation_check CHECK (operation IN ('INSERT', 'UPDATE', 'DELETE'))
);
CREATE INDEX history_record_idx ON ims.history (org_id, table_name, record_key, id);
CREATE INDEX history_time_idx ON ims.history (org_id, changed_at);
COMMENT ON TABLE ims.history IS
    'every INSERT, UPDATE and DELETE of a register row: who (database role and ims.actor), when, in which transaction, and the row after the change (before it, for a DELETE); append-only and hash-chained; it outlives the rows it records, so it has no foreign keys';
COMMENT ON COLUMN ims.history.record_key IS 'the primary key of the changed row, as a JSON object';
COMMENT ON COLUMN ims.history.row_data IS 'the whole row after an INSERT or UPDATE, the deleted row for a DELETE';
COMMENT ON COLUMN ims.history.changed_columns IS 'for an UPDATE, the columns whose values changed (NULL when none did)';
COMMENT ON COLUMN ims.history.txid IS 'the transaction that made the change';
COMMENT ON COLUMN ims.history.changed_at IS 'the clock time of the change';
COMMENT ON COLUMN ims.history.db_role IS 'the database role that made the change';
COMMENT ON COLUMN ims.history.actor IS 'the application user (ims.actor), else the session user';

-- ---------------------------------------------------------------------------
-- Evidence and chain of custody (ISO/IEC 27013 6.2.8).

CREATE TABLE ims.evidence (
    org_id          bigint NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    title           text NOT NULL,
    description     text,
    evidence_kind   text NOT NULL DEFAULT 'document',
    uri             text,
    content_sha256  bytea,
    collected_by    text NOT NULL DEFAULT ims.current_actor(),
    collected_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    created_at      timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    CONSTRAINT evidence_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT evidence_org_fk FOREIGN KEY (org_id) REFERENCES ims.organization (org_id),
    CONSTRAINT evidence_title_check CHECK (title <> ''),
    CONSTRAINT evidence_kind_check CHECK (evidence_kind IN ('document', 'log', 'image', 'record', 'statement', 'other')),
    CONSTRAINT evidence_sha256_check CHECK (content_sha256 IS NULL OR pg_catalog.length(content_sha256) = 32),
    CONSTRAINT evidence_content_check CHECK (uri IS NOT NULL OR content_sha256 IS NOT NULL)
);
COMMENT ON TABLE ims.evidence IS
    'evidence items: what they are, where the content lives (uri), the SHA-256 of the content, who collected them and when; append-only and hash-chained';
COMMENT ON COLUMN ims.evidence.uri IS 'where the content is kept (the content itself may live outside the database)';
COMMENT ON COLUMN ims.evidence.content_sha256 IS 'SHA-256 of the content (32 bytes), to show it has not changed';

CREATE TABLE ims.evidence_link (
    org_id       bigint NOT NULL,
    id           bigint GENERATED ALWAYS AS IDENTITY,
    evidence_id  bigint NOT NULL,
    record_kind  text NOT NULL,
    record_id    bigint NOT NULL,
    linked_at    timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    linked_by    text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT evidence_link_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT evidence_link_key UNIQUE (org_id, evidence_id, record_kind, record_id),
    CONSTRAINT evidence_link_evidence_fk FOREIGN KEY (org_id, evidence_id) REFERENCES ims.evidence (org_id, id),
    CONSTRAINT evidence_link_kind_check CHECK (record_kind ~ '^[a-z][a-z0-9_]*$')
);
CREATE INDEX evidence_link_record_idx ON ims.evidence_link (org_id, record_kind, record_id);
COMMENT ON TABLE ims.evidence_link IS
    'which records an evidence item supports: record_kind names the register (incident, change, soa_entry, nonconformity, audit, ...) and record_id its row; append-only';

CREATE TABLE ims.custody_event (
    org_id          bigint NOT NULL,
    id              bigint GENERATED ALWAYS AS IDENTITY,
    evidence_id     bigint NOT NULL,
    from_party      text NOT NULL,
    to_party        text NOT NULL,
    transferred_at  timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    reason          text NOT NULL,
    CONSTRAINT custody_event_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT custody_event_evidence_fk FOREIGN KEY (org_id, evidence_id) REFERENCES ims.evidence (org_id, id),
    CONSTRAINT custody_event_parties_check CHECK (from_party <> '' AND to_party <> '' AND from_party <> to_party),
    CONSTRAINT custody_event_reason_check CHECK (reason <> '')
);
CREATE INDEX custody_event_evidence_idx ON ims.custody_event (org_id, evidence_id, transferred_at);
COMMENT ON TABLE ims.custody_event IS 'chain of custody: every hand-over of an evidence item (from, to, when, why); append-only and hash-chained';

-- ---------------------------------------------------------------------------
-- The chain: history, evidence, evidence links and custody rows are sealed,
-- in the order ims.seal_chain meets them, into one hash chain per
-- organization.  Writers never wait for each other: rows are appended freely
-- and sealed later; a row not sealed yet is reported as unsealed.

CREATE TABLE ims.chain_seal (
    org_id      bigint NOT NULL,
    seq         bigint NOT NULL,
    source      text NOT NULL,
    source_id   bigint NOT NULL,
    prev_hash   bytea NOT NULL,
    hash        bytea NOT NULL,
    sealed_at   timestamptz NOT NULL DEFAULT pg_catalog.clock_timestamp(),
    CONSTRAINT chain_seal_pkey PRIMARY KEY (org_id, seq),
    CONSTRAINT chain_seal_source_key UNIQUE (org_id, source, source_id),
    CONSTRAINT chain_seal_source_check CHECK (source IN ('history', 'evidence', 'evidence_link', 'custody_event'))
);
COMMENT ON TABLE ims.chain_seal IS
    'the hash chain of an organization: link seq holds SHA-256(prev_hash || canonical form of the sealed row); append-only';

CREATE TABLE ims.chain_head (
    org_id     bigint NOT NULL,
    seq        bigint NOT NULL DEFAULT 0,
    hash       bytea NOT NULL DEFAULT '\x0000000000000000000000000000000000000000000000000000000000000000',
    sealed_at  timestamptz,
    CONSTRAINT chain_head_pkey PRIMARY KEY (org_id)
);
COMMENT ON TABLE ims.chain_head IS
    'the last link of each organization''s chain; publish it (ims.chain_head(org_id)) outside the database to anchor the chain';

-- Canonical forms: the exact bytes that are hashed.  Instants are written as
-- microseconds since the Unix epoch, so the form does not depend on TimeZone.
CREATE FUNCTION ims.canonical_instant(t timestamptz) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    RETURN (EXTRACT(epoch FROM t) * 1000000)::numeric(30, 0)::text;
COMMENT ON FUNCTION ims.canonical_instant(timestamptz) IS 'an instant as microseconds since 1970-01-01 UTC, for hashing';

CREATE FUNCTION ims.canonical_row(source text, org_id bigint, source_id bigint) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- a JSON array of the fields: unambiguous whatever the fields contain,
    -- and NULL distinct from an empty string
    SELECT CASE source
        WHEN 'history' THEN
            (SELECT jsonb_build_array('history', h.org_id, h.id, h.table_name, h.operation, h.record_key,
                                      h.row_data, h.changed_columns, h.txid,
                                      ims.canonical_instant(h.changed_at), h.db_role, h.actor)::text
             FROM ims.history h WHERE h.org_id = canonical_row.org_id AND h.id = source_id)
        WHEN 'evidence' THEN
            (SELECT jsonb_build_array('evidence', e.org_id, e.id, e.title, e.description, e.evidence_kind,
                                      e.uri, encode(e.content_sha256, 'hex'), e.collected_by,
                                      ims.canonical_instant(e.collected_at), ims.canonical_instant(e.created_at))::text
             FROM ims.evidence e WHERE e.org_id = canonical_row.org_id AND e.id = source_id)
        WHEN 'evidence_link' THEN
            (SELECT jsonb_build_array('evidence_link', l.org_id, l.id, l.evidence_id, l.record_kind, l.record_id,
                                      ims.canonical_instant(l.linked_at), l.linked_by)::text
             FROM ims.evidence_link l WHERE l.org_id = canonical_row.org_id AND l.id = source_id)
        WHEN 'custody_event' THEN
            (SELECT jsonb_build_array('custody_event', c.org_id, c.id, c.evidence_id, c.from_party, c.to_party,
                                      ims.canonical_instant(c.transferred_at), c.reason)::text
             FROM ims.custody_event c WHERE c.org_id = canonical_row.org_id AND c.id = source_id)
        END
$$;
COMMENT ON FUNCTION ims.canonical_row(text, bigint, bigint) IS
    'the canonical text of a sealed row (history, evidence, evidence link or custody event), NULL when the row does not exist';
