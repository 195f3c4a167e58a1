-- The PL/pgSQL day-by-day loop (setup.sql) on 20,000 spans.
SELECT bench_clocks.plpgsql_duration(t_from, t_to) FROM bench_clocks.span_20k OFFSET 20000;
