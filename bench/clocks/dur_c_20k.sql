-- ims.business_duration on the 20,000 spans the PL/pgSQL loop gets.
SELECT ims.business_duration(cal, t_from, t_to) FROM bench_clocks.span_20k OFFSET 20000;
