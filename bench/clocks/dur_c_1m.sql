-- 1,000,000 calls of ims.business_duration on a Monday-Friday calendar with holidays.
SELECT ims.business_duration(cal, t_from, t_to) FROM bench_clocks.span OFFSET 1000000;
