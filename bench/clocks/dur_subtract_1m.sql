-- 1,000,000 wall-clock durations, to - from (OFFSET past the end: every row is computed, none is sent).
SELECT t_to - t_from FROM bench_clocks.span OFFSET 1000000;
