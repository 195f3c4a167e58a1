-- Sort 1,000,000 values held as ltree (OFFSET past the end: the whole set is sorted, no row is sent).
SELECT v FROM bench_isoref.v_ltree ORDER BY v OFFSET 1000000;
