-- ims.isoref: the type, its operators, operator classes, functions and their
-- planner integration (index scans, hash and merge joins), and agreement with
-- independent oracles on random values.
BEGIN;
SELECT plan(53);

-- The type and its functions exist.
SELECT has_type('ims', 'isoref', 'type ims.isoref exists');
SELECT is((SELECT typlen FROM pg_catalog.pg_type WHERE oid = 'ims.isoref'::regtype), 8::int2,
          'isoref is 8 bytes');
SELECT is((SELECT typbyval FROM pg_catalog.pg_type WHERE oid = 'ims.isoref'::regtype),
          (SELECT typbyval FROM pg_catalog.pg_type WHERE oid = 'pg_catalog.int8'::regtype),
          'isoref is passed by value exactly when bigint is');
SELECT has_function('ims', 'isoref_parent', ARRAY['ims.isoref'], 'ims.isoref_parent(isoref) exists');
SELECT has_function('ims', 'isoref_depth', ARRAY['ims.isoref'], 'ims.isoref_depth(isoref) exists');
SELECT has_function('ims', 'isoref_ancestors', ARRAY['ims.isoref'], 'ims.isoref_ancestors(isoref) exists');
SELECT has_function('ims', 'isoref_annex', ARRAY['ims.isoref'], 'ims.isoref_annex(isoref) exists');
SELECT has_function('ims', 'isoref_number', ARRAY['ims.isoref', 'integer'], 'ims.isoref_number(isoref, integer) exists');
SELECT has_function('ims', 'isoref_last_descendant', ARRAY['ims.isoref'], 'ims.isoref_last_descendant(isoref) exists');
SELECT function_returns('ims', 'isoref_ancestors', ARRAY['isoref'], 'isoref[]', 'isoref_ancestors returns isoref[]');

-- Operators.
SELECT has_operator('isoref', 'ims', op, 'isoref', 'boolean', format('operator %s exists', op))
FROM unnest(ARRAY['=', '<>', '<', '<=', '>', '>=', '@>', '<@']) AS op;
SELECT is((SELECT oprcanhash AND oprcanmerge FROM pg_catalog.pg_operator
           WHERE oprname = '=' AND oprleft = 'ims.isoref'::regtype AND oprright = 'ims.isoref'::regtype),
          true, '= is marked HASHES and MERGES');
SELECT ok((SELECT o.oprcom = o.oid AND o.oprnegate = n.oid
           FROM pg_catalog.pg_operator o, pg_catalog.pg_operator n
           WHERE o.oprname = '=' AND o.oprleft = 'ims.isoref'::regtype AND o.oprright = 'ims.isoref'::regtype
             AND n.oprname = '<>' AND n.oprleft = 'ims.isoref'::regtype AND n.oprright = 'ims.isoref'::regtype),
          '= has itself as commutator and <> as negator');
SELECT is((SELECT count(*)::int FROM pg_catalog.pg_operator
           WHERE oprleft = 'ims.isoref'::regtype AND oprright = 'ims.isoref'::regtype
             AND oprrest <> 0 AND oprjoin <> 0),
          8, 'every isoref operator has restriction and join selectivity estimators');

-- Operator classes: default btree and hash, with their support functions.
SELECT has_opclass('ims', 'isoref_btree_ops', 'btree operator class exists');
SELECT has_opclass('ims', 'isoref_hash_ops', 'hash operator class exists');
SELECT is((SELECT string_agg(am.amname || ':' || c.opcdefault, ' ' ORDER BY am.amname)
           FROM pg_catalog.pg_opclass c JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod
           WHERE c.opcintype = 'ims.isoref'::regtype),
          'btree:true hash:true', 'both operator classes are the defaults for isoref');
SELECT is((SELECT string_agg(am.amname || ':' || p.amprocnum, ' ' ORDER BY am.amname, p.amprocnum)
           FROM pg_catalog.pg_amproc p
           JOIN pg_catalog.pg_opfamily f ON f.oid = p.amprocfamily
           JOIN pg_catalog.pg_am am ON am.oid = f.opfmethod
           WHERE p.amproclefttype = 'ims.isoref'::regtype),
          'btree:1 btree:2 btree:4 hash:1 hash:2',
          'support functions: btree 1 (cmp), 2 (sortsupport), 4 (equalimage); hash 1 and 2');
SELECT has_cast('text', 'isoref', 'cast text -> isoref exists');
SELECT has_cast('isoref', 'text', 'cast isoref -> text exists');

-- Hash functions: equal values hash equally, and the seeded hash depends on the seed.
SELECT is(ims.isoref_hash('8.5.1'), ims.isoref_hash(' 8.5.1 '), 'equal values have equal hashes');
SELECT isnt(ims.isoref_hash_extended('8.5.1', 0), ims.isoref_hash_extended('8.5.1', 1),
            'the extended hash depends on its seed');
SELECT is(ims.isoref_hash_extended('8.5.1', 0) & 4294967295, ims.isoref_hash('8.5.1')::bigint & 4294967295,
          'the extended hash with seed 0 agrees with the plain hash in its low 32 bits');

-- Random values: 20,000 numbers of 1 to 5 levels, a quarter of them annex numbers.
-- (Built in one statement: updated rows would leave HOT chains that keep a
-- new index unusable for the rest of this transaction.)
CREATE TEMP TABLE r AS
SELECT id, letter, levels, txt, txt::ims.isoref AS ref
FROM (SELECT id, letter, levels, coalesce(letter || '.', '') || array_to_string(levels, '.') AS txt
      FROM (SELECT i AS id,
                   CASE WHEN random() < 0.25 THEN chr(65 + (random() * 3)::int) END AS letter,
                   ARRAY(SELECT (random() * 30)::int FROM generate_series(1, 1 + (random() * 4)::int + i % 1)) AS levels
            FROM generate_series(1, 20000) AS i) AS g) AS t;
ANALYZE r;

SELECT is((SELECT count(*)::int FROM r WHERE ref::text <> txt), 0, 'text -> isoref -> text is the identity');
SELECT is((SELECT count(*)::int FROM (
    SELECT row_number() OVER (ORDER BY ref, id) AS by_isoref,
           row_number() OVER (ORDER BY coalesce(letter, ''), levels, id) AS by_oracle
    FROM r) s WHERE by_isoref <> by_oracle), 0,
    'ORDER BY isoref equals ordering by (annex letter or none first, levels as integer array)');
SELECT is((SELECT count(DISTINCT ref)::int FROM r), (SELECT count(DISTINCT txt)::int FROM r),
          'distinct isorefs are distinct texts');
SELECT is((SELECT count(*)::int FROM r a JOIN r b ON a.ref = b.ref),
          (SELECT count(*)::int FROM r a JOIN r b ON a.txt = b.txt),
          'isoref equality agrees with text equality');
SELECT is((SELECT count(*)::int FROM (SELECT * FROM r ORDER BY random() LIMIT 300) a,
                                     (SELECT * FROM r ORDER BY random() LIMIT 300) b
           WHERE (a.ref @> b.ref) <> (b.txt = a.txt OR b.txt LIKE a.txt || '.%')), 0,
          '@> agrees with the text-prefix oracle on 90,000 pairs');
SELECT is((SELECT count(*)::int FROM r
           WHERE coalesce(ims.isoref_parent(ref)::text, '') <>
                 coalesce(coalesce(letter || '.', '') || nullif(array_to_string(levels[1:array_length(levels, 1) - 1], '.'), ''), '')),
          0, 'isoref_parent drops the last level (NULL at the top)');
SELECT is((SELECT count(*)::int FROM r WHERE ims.isoref_depth(ref) <> array_length(levels, 1)), 0,
          'isoref_depth counts the levels');
SELECT is((SELECT count(*)::int FROM r
           WHERE cardinality(ims.isoref_ancestors(ref)) <> ims.isoref_depth(ref) - 1
              OR EXISTS (SELECT 1 FROM unnest(ims.isoref_ancestors(ref)) AS a
                         WHERE NOT (a OPERATOR(ims.@>) ref) OR a OPERATOR(ims.=) ref)), 0,
          'isoref_ancestors holds depth - 1 proper ancestors');

-- Index support: equality and descendant queries use a btree index.
CREATE INDEX r_ref_idx ON r (ref);
ANALYZE r;
CREATE FUNCTION pg_temp.plan_of(q text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    line text;
    result text := '';
BEGIN
    FOR line IN EXECUTE 'EXPLAIN (COSTS OFF) ' || q LOOP
        result := result || line || E'\n';
    END LOOP;
    RETURN result;
END $$;

SELECT matches(pg_temp.plan_of($$SELECT id FROM r WHERE ref = '8.5.1'$$),
               'Index (Only )?Scan using r_ref_idx|Bitmap Index Scan on r_ref_idx',
               'equality uses the btree index');
SELECT matches(pg_temp.plan_of($$SELECT id FROM r WHERE ref <@ '8.5'$$),
               'Index Cond: \(\(ref >= ''8\.5''::isoref\) AND \(ref <= ''8\.5\.254\.254\.254\.254\.254''::isoref\)\)',
               'a descendant query (ref <@ constant) becomes a btree range');
SELECT doesnt_match(pg_temp.plan_of($$SELECT id FROM r WHERE ref <@ '8.5'$$), 'Seq Scan',
                    'a descendant query does not scan the table');
SELECT matches(pg_temp.plan_of($$SELECT id FROM r WHERE '8.5' @> ref$$),
               'Index Cond: \(\(ref >= ''8\.5''::isoref\) AND \(ref <= ''8\.5\.254\.254\.254\.254\.254''::isoref\)\)',
               'constant @> ref also becomes a btree range');
SELECT matches(pg_temp.plan_of($$SELECT id FROM r WHERE ref BETWEEN 'A.1' AND ims.isoref_last_descendant('A.1')$$),
               'Index Cond', 'the documented explicit range form uses the index');
SELECT results_eq($$SELECT id FROM r WHERE ref <@ '8.5' ORDER BY id$$,
                  $$SELECT id FROM r WHERE txt = '8.5' OR txt LIKE '8.5.%' ORDER BY id$$,
                  'the index range returns exactly the descendants (and the number itself)');
SELECT results_eq($$SELECT id FROM r WHERE ref <@ 'A.2' ORDER BY id$$,
                  $$SELECT id FROM r WHERE txt = 'A.2' OR txt LIKE 'A.2.%' ORDER BY id$$,
                  'the index range is exact for annex numbers too');

-- Joins and grouping: hash and merge strategies are available and agree.
CREATE TEMP TABLE r2 AS SELECT id, ref FROM r WHERE id % 7 = 0;
ANALYZE r2;
SET LOCAL enable_mergejoin = off;
SET LOCAL enable_nestloop = off;
SELECT matches(pg_temp.plan_of('SELECT count(*) FROM r JOIN r2 USING (ref)'), 'Hash Join',
               'equality joins can hash');
SELECT is((SELECT count(*)::int FROM r JOIN r2 USING (ref)),
          (SELECT count(*)::int FROM r JOIN r2 ON r.txt = r2.ref::text), 'the hash join finds every match');
SET LOCAL enable_hashjoin = off;
SET LOCAL enable_mergejoin = on;
SELECT matches(pg_temp.plan_of('SELECT count(*) FROM r JOIN r2 USING (ref)'), 'Merge Join',
               'equality joins can merge');
SELECT is((SELECT count(*)::int FROM r JOIN r2 USING (ref)),
          (SELECT count(*)::int FROM r JOIN r2 ON r.txt = r2.ref::text), 'the merge join finds every match');
SET LOCAL enable_sort = off;
SELECT matches(pg_temp.plan_of('SELECT ref, count(*) FROM r GROUP BY ref'), 'HashAggregate',
               'GROUP BY can hash');
SELECT is((SELECT count(*)::int FROM (SELECT ref FROM r GROUP BY ref) s),
          (SELECT count(DISTINCT txt)::int FROM r), 'hashed GROUP BY finds every group');

-- A hash index works for equality.
CREATE INDEX r_ref_hash ON r USING hash (ref);
SET LOCAL enable_indexscan = on;
SET LOCAL enable_bitmapscan = on;
SET LOCAL enable_seqscan = off;
DROP INDEX r_ref_idx;
SELECT matches(pg_temp.plan_of($$SELECT id FROM r WHERE ref = '8.5.1'$$), 'r_ref_hash',
               'equality can use a hash index');
SELECT results_eq($$SELECT id FROM r WHERE ref = '8.5' ORDER BY id$$,
                  $$SELECT id FROM r WHERE txt = '8.5' ORDER BY id$$, 'the hash index finds every match');

SELECT * FROM finish();
ROLLBACK;
