-- Ready to shard (docs/scaling.md): read from the system catalogs that the
-- schema can be distributed by org_id (Citus: registers as distributed
-- tables co-located by org_id, the catalogue as reference tables).
--
--   * every table of schema ims with an org_id column (a register) has
--     org_id as bigint NOT NULL, a primary key that includes org_id, and
--     org_id in every unique constraint and unique index;
--   * every foreign key between two registers pairs org_id with org_id;
--   * no table without org_id (the catalogue) has a foreign key to a
--     register.
--
-- Exceptions, each justified and listed explicitly (a new one fails here):
--   * ims.lifecycle_transition and ims.clock_pause_status hold built-in rows
--     with org_id NULL, shared by every organization, next to an
--     organization's own rows: org_id is nullable and there is no primary
--     key (their unique key includes org_id, NULLS NOT DISTINCT).  They are
--     small configuration tables: reference tables on Citus.
--   * ims.organization is the tenant table itself; its code is unique across
--     organizations (organization_code_key).  A reference table on Citus.
--
-- The checks are functions, and the end of the file creates tables that
-- break each rule (rolled back) to show that every check can fail.
BEGIN;
SELECT plan(17);

CREATE FUNCTION pg_temp.registers()
RETURNS TABLE (relid oid, relname name, org_att smallint, org_notnull boolean, org_type text)
LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT c.oid, c.relname, a.attnum, a.attnotnull, format_type(a.atttypid, a.atttypmod)
    FROM pg_class c
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'p')
$$;

-- org_id columns that are not bigint (co-location needs one type).
CREATE FUNCTION pg_temp.org_id_not_bigint() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(relname || ' ' || org_type ORDER BY relname), '{}')
    FROM pg_temp.registers() WHERE org_type <> 'bigint'
$$;
-- registers whose org_id may be NULL (a distribution column cannot be).
CREATE FUNCTION pg_temp.org_id_nullable() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(relname::text ORDER BY relname), '{}')
    FROM pg_temp.registers() WHERE NOT org_notnull
$$;
-- registers without a primary key.
CREATE FUNCTION pg_temp.without_pk() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(r.relname::text ORDER BY r.relname), '{}')
    FROM pg_temp.registers() r
    WHERE NOT EXISTS (SELECT FROM pg_constraint k WHERE k.conrelid = r.relid AND k.contype = 'p')
$$;
-- primary keys of registers without org_id.
CREATE FUNCTION pg_temp.pk_without_org_id() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(k.conname::text ORDER BY k.conname), '{}')
    FROM pg_temp.registers() r
    JOIN pg_constraint k ON k.conrelid = r.relid AND k.contype = 'p'
    WHERE NOT r.org_att = ANY (k.conkey)
$$;
-- unique constraints and unique indexes (partial and expression ones
-- included) of registers without org_id among their key columns.
CREATE FUNCTION pg_temp.unique_without_org_id() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(i.indexrelid::regclass::text ORDER BY i.indexrelid::regclass::text), '{}')
    FROM pg_temp.registers() r
    JOIN pg_index i ON i.indrelid = r.relid AND i.indisunique
    WHERE NOT r.org_att = ANY (i.indkey::int2[])
$$;
-- exclusion constraints of registers without org_id.
CREATE FUNCTION pg_temp.exclusion_without_org_id() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(k.conname::text ORDER BY k.conname), '{}')
    FROM pg_temp.registers() r
    JOIN pg_constraint k ON k.conrelid = r.relid AND k.contype = 'x'
    WHERE NOT r.org_att = ANY (k.conkey)
$$;
-- foreign keys between two registers that do not pair org_id with org_id.
CREATE FUNCTION pg_temp.fk_without_org_id() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(f.conname::text ORDER BY f.conname), '{}')
    FROM pg_constraint f
    JOIN pg_temp.registers() src ON src.relid = f.conrelid
    JOIN pg_temp.registers() dst ON dst.relid = f.confrelid
    WHERE f.contype = 'f'
      AND NOT EXISTS (SELECT FROM unnest(f.conkey, f.confkey) AS u(from_att, to_att)
                      WHERE u.from_att = src.org_att AND u.to_att = dst.org_att)
$$;
-- foreign keys from a table without org_id (the catalogue), in schema ims
-- or anywhere else, to a register.
CREATE FUNCTION pg_temp.catalogue_to_register() RETURNS text[] LANGUAGE sql STABLE SET search_path = pg_catalog, pg_temp AS $$
    SELECT coalesce(array_agg(f.conrelid::regclass || '.' || f.conname ORDER BY f.conrelid::regclass::text, f.conname), '{}')
    FROM pg_constraint f
    JOIN pg_temp.registers() dst ON dst.relid = f.confrelid
    WHERE f.contype = 'f'
      AND NOT EXISTS (SELECT FROM pg_temp.registers() src WHERE src.relid = f.conrelid)
$$;

-- ---------------------------------------------------------------------------
-- The schema as installed.

SELECT cmp_ok((SELECT count(*) FROM pg_temp.registers())::int, '>=', 30,
              'schema ims has its registers (tables with an org_id)');
SELECT is(pg_temp.org_id_not_bigint(), '{}'::text[], 'every org_id is a bigint');
SELECT is(pg_temp.org_id_nullable(), ARRAY['clock_pause_status', 'lifecycle_transition'],
          'org_id is NOT NULL everywhere except in the two tables with shared built-in rows');
SELECT is(pg_temp.without_pk(), ARRAY['clock_pause_status', 'lifecycle_transition'],
          'every register has a primary key except the two tables with shared built-in rows');
SELECT is(pg_temp.pk_without_org_id(), '{}'::text[], 'every primary key of a register includes org_id');
SELECT is(pg_temp.unique_without_org_id(), ARRAY['ims.organization_code_key'],
          'every unique constraint and unique index of a register includes org_id, except the organization code');
SELECT is(pg_temp.exclusion_without_org_id(), '{}'::text[], 'every exclusion constraint of a register includes org_id');
SELECT is(pg_temp.fk_without_org_id(), '{}'::text[],
          'every foreign key between two registers pairs org_id with org_id');
SELECT is(pg_temp.catalogue_to_register(), '{}'::text[], 'no table without org_id refers to a register');
SELECT isnt_empty($$SELECT FROM pg_constraint f JOIN pg_temp.registers() r ON r.relid = f.conrelid
                    WHERE f.contype = 'f' AND f.confrelid = 'ims.standard'::regclass$$,
                  'registers do refer to the catalogue (distributed to reference tables is allowed)');

-- ---------------------------------------------------------------------------
-- Each check fails for a table that breaks its rule.

CREATE TABLE ims.zz_shard_parent (org_id bigint NOT NULL, id bigint NOT NULL, PRIMARY KEY (org_id, id));
CREATE TABLE ims.zz_shard_bad (
    org_id     integer,                                             -- not bigint, nullable
    id         bigint PRIMARY KEY,                                  -- primary key without org_id
    code       text UNIQUE,                                         -- unique without org_id
    period     tstzrange,
    parent_id  bigint,
    EXCLUDE USING gist (period WITH &&),                            -- exclusion without org_id
    CONSTRAINT zz_shard_bad_parent_fk FOREIGN KEY (parent_id, parent_id)
        REFERENCES ims.zz_shard_parent (org_id, id)                 -- does not pair org_id
);
CREATE TABLE ims.zz_shard_nopk (org_id bigint NOT NULL, note text);
CREATE TABLE public.zz_shard_catalogue (
    org_id_of_something bigint, id bigint,
    CONSTRAINT zz_shard_catalogue_fk FOREIGN KEY (org_id_of_something, id) REFERENCES ims.zz_shard_parent (org_id, id));

SELECT ok('zz_shard_bad integer' = ANY (pg_temp.org_id_not_bigint()), 'the type check finds an integer org_id');
SELECT ok('zz_shard_bad' = ANY (pg_temp.org_id_nullable()), 'the NOT NULL check finds a nullable org_id');
SELECT ok('zz_shard_nopk' = ANY (pg_temp.without_pk()), 'the primary key check finds a register without one');
SELECT ok('zz_shard_bad_pkey' = ANY (pg_temp.pk_without_org_id()), 'the primary key check finds a key without org_id');
SELECT ok('ims.zz_shard_bad_code_key' = ANY (pg_temp.unique_without_org_id())
          AND 'ims.zz_shard_bad_pkey' = ANY (pg_temp.unique_without_org_id()),
          'the unique check finds unique keys without org_id');
SELECT ok('zz_shard_bad_parent_fk' = ANY (pg_temp.fk_without_org_id())
          AND cardinality(pg_temp.exclusion_without_org_id()) = 1,
          'the foreign key and exclusion checks find keys that do not carry org_id');
SELECT ok('public.zz_shard_catalogue.zz_shard_catalogue_fk' = ANY (pg_temp.catalogue_to_register()),
          'the catalogue check finds a table without org_id referring to a register');

SELECT * FROM finish();
ROLLBACK;
