-- Benchmark data for bench/isoref: the same 1,000,000 clause numbers held as
-- isoref, as bigint (the isoref's own 64-bit word, so the order is identical),
-- as text in the C collation, and as ltree.
\set ON_ERROR_STOP on
CREATE EXTENSION IF NOT EXISTS ltree;
DROP SCHEMA IF EXISTS bench_isoref CASCADE;
CREATE SCHEMA bench_isoref;

-- 1 to 4 levels of 1..40, a quarter of them annex numbers.
SELECT setseed(0.27013);
CREATE TABLE bench_isoref.src AS
SELECT g AS id,
       CASE WHEN random() < 0.25 THEN 'A.' ELSE '' END
       || array_to_string(ARRAY(SELECT 1 + (random() * 39)::int
                                FROM generate_series(1, 1 + (random() * 3)::int + g * 0)), '.') AS txt
FROM generate_series(1, 1000000) AS g;

CREATE TABLE bench_isoref.v_isoref (v ims.isoref);
CREATE TABLE bench_isoref.v_bigint (v bigint);
CREATE TABLE bench_isoref.v_text (v text COLLATE "C");
CREATE TABLE bench_isoref.v_ltree (v ltree);
INSERT INTO bench_isoref.v_isoref SELECT txt::ims.isoref FROM bench_isoref.src ORDER BY id;
INSERT INTO bench_isoref.v_bigint
SELECT ('x' || encode(ims.isoref_send(txt::ims.isoref), 'hex'))::bit(64)::bigint FROM bench_isoref.src ORDER BY id;
INSERT INTO bench_isoref.v_text SELECT txt FROM bench_isoref.src ORDER BY id;
INSERT INTO bench_isoref.v_ltree SELECT txt::ltree FROM bench_isoref.src ORDER BY id;
VACUUM ANALYZE bench_isoref.v_isoref, bench_isoref.v_bigint, bench_isoref.v_text, bench_isoref.v_ltree;

-- Sanity: the bigint column sorts exactly like the isoref column.
DO $$
BEGIN
    IF (SELECT count(*) FROM bench_isoref.v_isoref) <> 1000000
       OR (SELECT count(*) FROM bench_isoref.v_bigint) <> 1000000 THEN
        RAISE EXCEPTION 'benchmark data incomplete';
    END IF;
END $$;
