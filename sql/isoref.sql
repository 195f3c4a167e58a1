--
-- ims.isoref: input and output, ordering, operators, functions, casts,
-- binary form, and every kind of malformed input.
--
SET search_path = public, ims;

-- Input and output: canonical forms come back unchanged.
SELECT v AS input, v::isoref AS isoref
FROM (VALUES ('4'), ('6.1.2'), ('8.5.1.3'), ('A.5'), ('A.12.1.2'), ('5.1'), ('8.34'),
             ('0'), ('0.1'), ('254'), ('1.2.3.4.5.6.7'), ('Z.254.0'), ('B.1')) AS t(v);

-- Accepted and normalized: a lower-case annex letter, surrounding white space.
SELECT v AS input, v::isoref AS isoref
FROM (VALUES ('a.5'), ('  8.5  '), (E'\t10.2\n')) AS t(v);

-- The issue's order: numeric level by level, parent before child, clauses before annexes.
SELECT v::isoref AS ordered
FROM (VALUES ('A.10.1.1'), ('8.5.1'), ('4.10'), ('A.5'), ('10.2'), ('8.5'), ('5'),
             ('A.9.4.5'), ('8.5.1.1'), ('4.2'), ('8.6')) AS t(v)
ORDER BY 1;

-- Comparison operators.
SELECT a, b, a = b AS eq, a <> b AS ne, a < b AS lt, a <= b AS le, a > b AS gt, a >= b AS ge
FROM (VALUES ('8.5'::isoref, '8.5'::isoref), ('8.5', '8.5.1'), ('8.10', '8.9'),
             ('10', 'A.1'), ('A.9.4.5', 'A.10.1.1'), ('0', '0.1')) AS t(a, b);

-- Hierarchy operators: @> (ancestor or equal) and <@ (descendant or equal).
SELECT a, b, a @> b AS a_contains_b, a <@ b AS a_within_b
FROM (VALUES ('8'::isoref, '8.5.1'::isoref), ('8.5', '8.5'), ('8.5', '8.50'),
             ('8.5.1', '8.5'), ('A.5', 'A.5.1.1'), ('5', 'A.5.1'), ('8.5', '8.6')) AS t(a, b);

-- Functions.
SELECT r,
       isoref_parent(r) AS parent,
       isoref_depth(r) AS depth,
       isoref_ancestors(r) AS ancestors,
       isoref_annex(r) AS annex,
       isoref_number(r, 1) AS level1,
       isoref_number(r, 2) AS level2,
       isoref_last_descendant(r) AS last_descendant
FROM (VALUES ('8'::isoref), ('8.5.1.3'), ('A.5'), ('A.12.1.2'), ('1.2.3.4.5.6.7')) AS t(r);
SELECT isoref_number('8.5.1', 0) AS level0, isoref_number('8.5.1', 8) AS level8,
       isoref_parent(NULL) AS parent_of_null;

-- Casts: text and varchar, explicit and by assignment.
SELECT '8.5.1'::text::isoref AS from_text, 'A.5'::varchar::isoref AS from_varchar,
       '8.5.1'::isoref::text || '!' AS to_text, pg_typeof('8.5.1'::isoref::varchar) AS varchar_type;
CREATE TEMP TABLE isoref_cast_target (r isoref, t text);
INSERT INTO isoref_cast_target SELECT x, y FROM (VALUES ('4.1'::text, '4.2'::isoref)) AS v(x, y);
SELECT r, t, pg_typeof(r) AS r_type, pg_typeof(t) AS t_type FROM isoref_cast_target;

-- Binary output is the stored 64-bit word: annex letter, then one byte per level.
SELECT isoref_send('8.5.1') AS plain, isoref_send('A.12.1.2') AS annex;

-- Binary round trip through COPY, and a malformed binary value refused.
CREATE TEMP TABLE isoref_bin (r isoref);
COPY (SELECT v::isoref FROM (VALUES ('8.5.1'), ('A.12.1.2'), ('0')) AS t(v))
    TO '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
COPY isoref_bin FROM '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
SELECT r FROM isoref_bin ORDER BY r;
COPY (SELECT 0::bigint) TO '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
COPY isoref_bin FROM '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
COPY (SELECT 4294967296::bigint) TO '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
COPY isoref_bin FROM '/tmp/ims27013_isoref_regress.bin' (FORMAT binary);
SELECT count(*) AS rows_after_refused_copies FROM isoref_bin;

-- Malformed input: SQLSTATE, message and detail for each case.
CREATE FUNCTION pg_temp.isoref_error(v text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    state text;
    msg text;
    detail text;
BEGIN
    PERFORM v::ims.isoref;
    RETURN 'accepted';
EXCEPTION WHEN others THEN
    GET STACKED DIAGNOSTICS state = RETURNED_SQLSTATE, msg = MESSAGE_TEXT, detail = PG_EXCEPTION_DETAIL;
    RETURN state || ' | ' || msg || ' | ' || detail;
END $$;
SELECT format('%L', v) AS input, pg_temp.isoref_error(v) AS error
FROM (VALUES (''), (' '), ('A.'), ('.4'), ('4..1'), ('4.1.'), ('-1'), ('4.x'), ('+4'),
             ('1.2.3.4.5.6.7.8'), ('255'), ('8.1000'), ('99999999999999999999'),
             ('08'), ('8.05'), ('A'), ('A5'), ('AB.1'), ('4 .1'), ('4. 1'), ('4.1 x'),
             ('é.1'), ('4,1'), ('A.5.'), ('A..5')) AS t(v);

-- What a client sees (message, DETAIL, HINT).
SELECT '4..1'::isoref;
SELECT '1.2.3.4.5.6.7.8'::isoref;

-- NULL passes through strict functions and operators.
SELECT NULL::isoref AS n, NULL::isoref = '8'::isoref AS eq, isoref_depth(NULL) AS depth;
