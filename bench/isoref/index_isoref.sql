-- Build a btree index over 1,000,000 values held as isoref (rolled back).
BEGIN;
CREATE INDEX ON bench_isoref.v_isoref (v);
ROLLBACK;
