-- Sort 1,000,000 values held as isoref (OFFSET past the end: the whole set is sorted, no row is sent).
SELECT v FROM bench_isoref.v_isoref ORDER BY v OFFSET 1000000;
