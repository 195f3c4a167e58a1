-- Build a btree index over 1,000,000 values held as text (rolled back).
BEGIN;
CREATE INDEX ON bench_isoref.v_text (v);
ROLLBACK;
