-- Sort 1,000,000 values held as text (OFFSET past the end: the whole set is sorted, no row is sent).
SELECT v FROM bench_isoref.v_text ORDER BY v OFFSET 1000000;
