-- ims.business_duration on the 10,000 spans the per-minute approach gets.
SELECT ims.business_duration(cal, t_from, t_to) FROM bench_clocks.span_10k OFFSET 10000;
