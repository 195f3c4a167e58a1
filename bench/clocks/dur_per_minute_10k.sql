-- The per-minute generate_series approach (view bench_clocks.per_minute_10k, setup.sql) on 10,000 spans.
SELECT business FROM bench_clocks.per_minute_10k OFFSET 10000;
