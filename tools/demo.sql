-- The tour printed by "make demo".  Run by psql against an empty database.
\set QUIET on
\pset footer off
CREATE EXTENSION ims27013;
SET search_path = public, ims;
\set QUIET off

\echo
\echo '== ims27013 is installed'
SELECT e.extname AS extension, e.extversion AS version,
       (SELECT count(*) FROM pg_depend d WHERE d.refobjid = e.oid AND d.deptype = 'e') AS objects,
       current_setting('server_version') AS postgresql
FROM pg_extension e WHERE e.extname = 'ims27013';

\echo
\echo '== ims.isoref: clause and control numbers that sort in document order'
SELECT r AS isoref, isoref_depth(r) AS depth, isoref_parent(r) AS parent,
       isoref_ancestors(r) AS ancestors, isoref_annex(r) AS annex
FROM unnest('{A.10.1.1,8.5.1.3,4.10,A.9.4.5,8.5,4.2,10.2,A.5,8.10,5.1}'::isoref[]) AS r
ORDER BY r;

\echo
\echo '== The same numbers sorted as text (what a plain text column would give)'
SELECT string_agg(r::text, '  ' ORDER BY r::text COLLATE "C") AS text_order,
       string_agg(r::text, '  ' ORDER BY r) AS isoref_order
FROM unnest('{A.10.1.1,8.5.1.3,4.10,A.9.4.5,8.5,4.2,10.2,A.5,8.10,5.1}'::isoref[]) AS r;

\echo
\echo '== Hierarchy: @> (is ancestor of) and <@ (is descendant of)'
SELECT a, b, a @> b AS "a @> b", b <@ a AS "b <@ a"
FROM (VALUES ('8.5'::isoref, '8.5.1.3'::isoref), ('8.5', '8.50'), ('A.12', 'A.12.1.2')) AS t(a, b);

\echo
\echo '== A descendant query is a btree range scan (planner support function)'
CREATE TABLE demo_refs AS
SELECT (a || '.' || b || '.' || c)::isoref AS ref
FROM generate_series(1, 10) a, generate_series(1, 40) b, generate_series(1, 40) c;
CREATE INDEX ON demo_refs (ref);
ANALYZE demo_refs;
EXPLAIN (COSTS OFF) SELECT * FROM demo_refs WHERE ref <@ '8.5';
SELECT count(*) AS descendants_of_8_5 FROM demo_refs WHERE ref <@ '8.5';

\echo
\echo '== Bad input is refused with the reason'
\set ON_ERROR_STOP off
SELECT '8..5'::isoref;
\set ON_ERROR_STOP on
