/*-------------------------------------------------------------------------
 *
 * businesstime.c
 *	  Business time on business-hours calendars (ims.calendar):
 *	    ims.business_duration(calendar, from, to)     working time between
 *	                                                 two instants;
 *	    ims.business_deadline(calendar, start, dur)   the instant when that
 *	                                                 much working time has
 *	                                                 passed.
 *
 * A calendar has a time zone, weekly working intervals in local time (an
 * interval whose end is not after its start crosses midnight) and dated
 * exceptions (a closed day, or special hours replacing the weekly ones).
 * Each local day is turned into working segments: real instants, obtained
 * by converting each local wall-clock bound through the time zone, so a
 * 09:00-17:00 day lasts 8 hours even when the clocks change that night,
 * and a 00:00-06:00 shift lasts 5 hours on the night they spring forward.
 *
 * Per calendar and year the segments and the cumulative working time at
 * each local midnight are computed once per backend and cached, so a call
 * costs two binary searches and a few additions:
 *	  F(t) = working time from the start of t's local year up to t
 *	  duration(a, b) = F(b) - F(a) + whole years in between
 *	  deadline(s, d) = the smallest t with F(t) = F(s) + d
 * which makes duration(c, s, deadline(c, s, d)) = d exact to the
 * microsecond.  The caches are dropped when any calendar table changes, in
 * any session (statement trigger ims.cache_invalidate and a relcache
 * callback).
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "common/int.h"
#include "catalog/pg_type.h"
#include "datatype/timestamp.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "pgtime.h"
#include "utils/builtins.h"
#include "utils/date.h"
#include "utils/datetime.h"
#include "utils/hsearch.h"
#include "access/xact.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"
#include "miscadmin.h"
#include "utils/timestamp.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_business_duration);
PG_FUNCTION_INFO_V1(ims_business_deadline);
PG_FUNCTION_INFO_V1(ims_is_time_zone);

#define FIRST_YEAR	1900
#define LAST_YEAR	2299
#define NYEARS		(LAST_YEAR - FIRST_YEAR + 1)

/* A working interval in local time, in microseconds since local midnight. */
typedef struct WorkInterval
{
	int64		start;
	int64		end;			/* end <= start: crosses midnight */
} WorkInterval;

/* The working intervals of a weekday or of an exception day. */
typedef struct DaySchedule
{
	int			jd;				/* Julian day (exceptions only) */
	int			n;
	WorkInterval *iv;
} DaySchedule;

/* Working segments and cumulative working time of one local year. */
typedef struct YearInfo
{
	int			ndays;
	TimestampTz *day_start;		/* ndays + 1 local midnights, as instants */
	int64	   *cum;			/* working time before each local midnight */
	int		   *seg_idx;		/* segments of day d: seg_idx[d] .. seg_idx[d+1]-1 */
	TimestampTz *seg_s;
	TimestampTz *seg_e;
} YearInfo;

typedef struct Calendar
{
	int64		id;				/* hash key */
	int64		org_id;
	pg_tz	   *tz;
	char		tzname[TZ_STRLEN_MAX + 1];
	DaySchedule week[7];		/* ISO weekday - 1 */
	int			nexceptions;
	DaySchedule *exceptions;	/* sorted by jd */
	bool		has_work;		/* any working interval at all */
	int			last_year;		/* the year of the last lookup, 0 if none */
	YearInfo   *years[NYEARS];
} Calendar;

/* What a call site remembers between calls (fn_extra). */
typedef struct CalendarRef
{
	int64		id;
	uint64		generation;
	Oid			userid;			/* the role the calendar was checked for */
	TimestampTz statement_start;	/* of the statement that last read invalidations */
	Calendar   *cal;
} CalendarRef;

static MemoryContext calendar_cxt = NULL;
static HTAB *calendar_cache = NULL;
static uint64 calendar_generation = 1;
static Oid	calendar_relid = InvalidOid;
static Oid	hours_relid = InvalidOid;
static Oid	exception_relid = InvalidOid;
static SPIPlanPtr calendar_plan = NULL;
static SPIPlanPtr hours_plan = NULL;
static SPIPlanPtr exception_plan = NULL;

/* Relcache callback: drop every cached calendar when a calendar table changes. */
static void
calendar_relcache_cb(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == calendar_relid ||
		relid == hours_relid || relid == exception_relid)
	{
		calendar_cache = NULL;
		calendar_generation++;
		if (calendar_cxt != NULL)
			MemoryContextReset(calendar_cxt);
	}
}

/* Called from _PG_init. */
void
ims_businesstime_init(void)
{
	CacheRegisterRelcacheCallback(calendar_relcache_cb, (Datum) 0);
}

/* Prepare and keep a plan (inside an SPI connection). */
static SPIPlanPtr
keep_plan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare calendar query: %s", SPI_result_code_string(SPI_result));
		*plan = p;
	}
	return *plan;
}

/* Read the rows of a schedule query into a DaySchedule array. */
static void
read_intervals(SPITupleTable *tt, uint64 first, uint64 count, DaySchedule *day,
			   int start_col, MemoryContext cxt)
{
	uint64		i;

	day->n = 0;
	day->iv = MemoryContextAlloc(cxt, sizeof(WorkInterval) * Max(count, 1));
	for (i = first; i < first + count; i++)
	{
		bool		snull;
		bool		enull;
		Datum		s = SPI_getbinval(tt->vals[i], tt->tupdesc, start_col, &snull);
		Datum		e = SPI_getbinval(tt->vals[i], tt->tupdesc, start_col + 1, &enull);

		if (snull || enull)
			continue;			/* a closed day */
		day->iv[day->n].start = DatumGetTimeADT(s);
		day->iv[day->n].end = DatumGetTimeADT(e);
		day->n++;
	}
}

/* Load a calendar definition into the cache (SPI, kept plans). */
static Calendar *
load_calendar(int64 id)
{
	Calendar   *cal;
	Calendar   *entry;
	MemoryContext load_cxt;
	bool		found;
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2];
	int64		org_id;
	char	   *tzname;
	uint64		i;
	uint64		n;

	if (calendar_cxt == NULL)
		calendar_cxt = AllocSetContextCreate(CacheMemoryContext, "ims27013 calendars",
											 ALLOCSET_DEFAULT_SIZES);
	if (calendar_relid == InvalidOid)
	{
		Oid			nsp = ims_schema_oid();

		calendar_relid = get_relname_relid("calendar", nsp);
		hours_relid = get_relname_relid("calendar_hours", nsp);
		exception_relid = get_relname_relid("calendar_exception", nsp);
	}

	/* outside the SPI connection, whose memory SPI_finish releases */
	load_cxt = AllocSetContextCreate(CurrentMemoryContext, "ims27013 calendar",
									 ALLOCSET_SMALL_SIZES);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	values[0] = Int64GetDatum(id);
	if (SPI_execute_plan(keep_plan(&calendar_plan,
								   "SELECT c.org_id, c.time_zone FROM ims.calendar c WHERE c.id = $1",
								   1, argtypes),
						 values, NULL, true, 2) != SPI_OK_SELECT)
		elog(ERROR, "calendar lookup failed");
	if (SPI_processed != 1)
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("calendar " INT64_FORMAT " does not exist", id),
				 errhint("Use the id of a row of ims.calendar.")));
	{
		bool		isnull;

		org_id = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
		tzname = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
	}

	/*
	 * Filled in a context of its own, entered into the cache only when
	 * complete: an invalidation arriving meanwhile resets the cache context
	 * but not this one.
	 */
	cal = MemoryContextAllocZero(load_cxt, sizeof(Calendar));
	cal->id = id;
	cal->org_id = org_id;
	cal->tz = pg_tzset(tzname);
	if (cal->tz == NULL)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar " INT64_FORMAT " has an unknown time zone \"%s\"", id, tzname)));
	strlcpy(cal->tzname, tzname, sizeof(cal->tzname));

	values[0] = Int64GetDatum(org_id);
	values[1] = Int64GetDatum(id);
	if (SPI_execute_plan(keep_plan(&hours_plan,
								   "SELECT h.weekday, h.start_time, h.end_time FROM ims.calendar_hours h "
								   "WHERE h.org_id = $1 AND h.calendar_id = $2 ORDER BY h.weekday, h.start_time",
								   2, argtypes),
						 values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "calendar hours lookup failed");
	n = SPI_processed;
	for (i = 0; i < n;)
	{
		bool		isnull;
		int			wd = DatumGetInt16(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
		uint64		j = i;

		while (j < n && DatumGetInt16(SPI_getbinval(SPI_tuptable->vals[j], SPI_tuptable->tupdesc, 1, &isnull)) == wd)
			j++;
		if (wd >= 1 && wd <= 7)
			read_intervals(SPI_tuptable, i, j - i, &cal->week[wd - 1], 2, load_cxt);
		i = j;
	}

	if (SPI_execute_plan(keep_plan(&exception_plan,
								   "SELECT x.day, x.start_time, x.end_time FROM ims.calendar_exception x "
								   "WHERE x.org_id = $1 AND x.calendar_id = $2 ORDER BY x.day, x.start_time",
								   2, argtypes),
						 values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "calendar exception lookup failed");
	n = SPI_processed;
	cal->exceptions = MemoryContextAlloc(load_cxt, sizeof(DaySchedule) * Max(n, 1));
	for (i = 0; i < n;)
	{
		bool		isnull;
		DateADT		day = DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
		uint64		j = i;
		DaySchedule *ex = &cal->exceptions[cal->nexceptions++];

		while (j < n && DatumGetDateADT(SPI_getbinval(SPI_tuptable->vals[j], SPI_tuptable->tupdesc, 1, &isnull)) == day)
			j++;
		read_intervals(SPI_tuptable, i, j - i, ex, 2, load_cxt);
		ex->jd = day + POSTGRES_EPOCH_JDATE;
		i = j;
	}
	SPI_finish();

	for (i = 0; i < 7; i++)
		cal->has_work |= cal->week[i].n > 0;
	for (i = 0; i < (uint64) cal->nexceptions; i++)
		cal->has_work |= cal->exceptions[i].n > 0;

	/* the cache may have been reset while we read: recreate it if so */
	if (calendar_cache == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(Calendar);
		ctl.hcxt = calendar_cxt;
		calendar_cache = hash_create("ims27013 calendars", 16, &ctl,
									 HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	MemoryContextSetParent(load_cxt, calendar_cxt);
	entry = (Calendar *) hash_search(calendar_cache, &id, HASH_ENTER, &found);
	memcpy(entry, cal, sizeof(Calendar));
	return entry;
}

/* The calendar for a call, from the call site's memory or the cache. */
static Calendar *
get_calendar(FunctionCallInfo fcinfo, int64 id)
{
	CalendarRef *ref = (CalendarRef *) fcinfo->flinfo->fn_extra;
	Calendar   *cal;

	/*
	 * Nothing in a call takes a lock, which is when invalidations are read:
	 * read them once per statement, so a calendar committed by another
	 * session is seen by the next statement.
	 */
	if (ref == NULL || ref->statement_start != GetCurrentStatementStartTimestamp())
	{
		AcceptInvalidationMessages();
		if (ref != NULL)
			ref->statement_start = GetCurrentStatementStartTimestamp();
	}
	if (ref != NULL && ref->id == id && ref->generation == calendar_generation &&
		ref->userid == GetUserId())
		return ref->cal;
	cal = calendar_cache ? (Calendar *) hash_search(calendar_cache, &id, HASH_FIND, NULL) : NULL;
	if (cal == NULL)
		cal = load_calendar(id);
	/* the cache is shared by the roles of this session: check this role may see it */
	else if (check_enable_rls(calendar_relid, InvalidOid, true) == RLS_ENABLED &&
			 !ims_org_visible(cal->org_id))
		ereport(ERROR,
				(errcode(ERRCODE_UNDEFINED_OBJECT),
				 errmsg("calendar " INT64_FORMAT " does not exist", id),
				 errhint("Use the id of a row of ims.calendar.")));
	if (ref == NULL)
	{
		ref = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(CalendarRef));
		fcinfo->flinfo->fn_extra = ref;
	}
	ref->id = id;
	ref->generation = calendar_generation;
	ref->userid = GetUserId();
	ref->statement_start = GetCurrentStatementStartTimestamp();
	ref->cal = cal;
	return cal;
}

/* The schedule of a Julian day: its exception if any, else its weekday's. */
static DaySchedule *
schedule_of(Calendar *cal, int jd)
{
	int			lo = 0;
	int			hi = cal->nexceptions - 1;

	while (lo <= hi)
	{
		int			mid = (lo + hi) / 2;

		if (cal->exceptions[mid].jd == jd)
			return &cal->exceptions[mid];
		if (cal->exceptions[mid].jd < jd)
			lo = mid + 1;
		else
			hi = mid - 1;
	}
	return &cal->week[(j2day(jd) + 6) % 7];
}

/* The instant of a local wall-clock time (Julian day, microseconds of day). */
static TimestampTz
local_to_instant(Calendar *cal, int jd, int64 usec)
{
	struct pg_tm tm;
	int			offset;
	int64		local;

	if (usec >= USECS_PER_DAY)
	{
		jd += (int) (usec / USECS_PER_DAY);
		usec %= USECS_PER_DAY;
	}
	memset(&tm, 0, sizeof(tm));
	j2date(jd, &tm.tm_year, &tm.tm_mon, &tm.tm_mday);
	tm.tm_hour = (int) (usec / USECS_PER_HOUR);
	tm.tm_min = (int) ((usec / USECS_PER_MINUTE) % 60);
	tm.tm_sec = (int) ((usec / USECS_PER_SEC) % 60);
	offset = DetermineTimeZoneOffset(&tm, cal->tz);
	local = (int64) (jd - POSTGRES_EPOCH_JDATE) * USECS_PER_DAY + usec;
	return local + (int64) offset * USECS_PER_SEC;
}

/* Sort helper for segments. */
typedef struct Segment
{
	TimestampTz s;
	TimestampTz e;
} Segment;

static int
segment_cmp(const void *a, const void *b)
{
	const Segment *x = (const Segment *) a;
	const Segment *y = (const Segment *) b;

	return x->s < y->s ? -1 : (x->s > y->s ? 1 : 0);
}

/* Compute the segments and cumulative working time of a local year. */
static YearInfo *
build_year(Calendar *cal, int year)
{
	MemoryContext oldcxt = MemoryContextSwitchTo(calendar_cxt);
	YearInfo   *yi = palloc0(sizeof(YearInfo));
	int			jd0 = date2j(year, 1, 1);
	int			d;
	int			cap = 4 * 366;
	int			nseg = 0;
	Segment    *segs = palloc(sizeof(Segment) * cap);

	yi->ndays = date2j(year + 1, 1, 1) - jd0;
	yi->day_start = palloc(sizeof(TimestampTz) * (yi->ndays + 1));
	yi->cum = palloc(sizeof(int64) * (yi->ndays + 1));
	yi->seg_idx = palloc(sizeof(int) * (yi->ndays + 1));
	for (d = 0; d <= yi->ndays; d++)
		yi->day_start[d] = local_to_instant(cal, jd0 + d, 0);

	yi->cum[0] = 0;
	for (d = 0; d < yi->ndays; d++)
	{
		int			jd = jd0 + d;
		TimestampTz lo = yi->day_start[d];
		TimestampTz hi = yi->day_start[d + 1];
		DaySchedule *prev = schedule_of(cal, jd - 1);
		DaySchedule *cur = schedule_of(cal, jd);
		int			first = nseg;
		int			k;
		int			m;
		int64		total = 0;

		if (nseg + prev->n + cur->n > cap)
		{
			cap = Max(cap * 2, nseg + prev->n + cur->n);
			segs = repalloc(segs, sizeof(Segment) * cap);
		}
		/* the part after midnight of yesterday's midnight-crossing intervals */
		for (k = 0; k < prev->n; k++)
			if (prev->iv[k].end <= prev->iv[k].start)
			{
				segs[nseg].s = lo;
				segs[nseg].e = local_to_instant(cal, jd, prev->iv[k].end);
				nseg++;
			}
		/* today's intervals, up to midnight */
		for (k = 0; k < cur->n; k++)
		{
			segs[nseg].s = local_to_instant(cal, jd, cur->iv[k].start);
			segs[nseg].e = cur->iv[k].end <= cur->iv[k].start ? hi :
				local_to_instant(cal, jd, cur->iv[k].end);
			nseg++;
		}
		/* clip to the day, drop empty ones, sort and merge overlaps */
		m = first;
		for (k = first; k < nseg; k++)
		{
			TimestampTz s = Max(segs[k].s, lo);
			TimestampTz e = Min(segs[k].e, hi);

			if (e > s)
			{
				segs[m].s = s;
				segs[m].e = e;
				m++;
			}
		}
		nseg = m;
		if (nseg - first > 1)
			qsort(&segs[first], nseg - first, sizeof(Segment), segment_cmp);
		m = first;
		for (k = first; k < nseg; k++)
		{
			if (m > first && segs[k].s <= segs[m - 1].e)
				segs[m - 1].e = Max(segs[m - 1].e, segs[k].e);
			else
				segs[m++] = segs[k];
		}
		nseg = m;
		yi->seg_idx[d] = first;
		for (k = first; k < nseg; k++)
			total += segs[k].e - segs[k].s;
		yi->cum[d + 1] = yi->cum[d] + total;
	}
	yi->seg_idx[yi->ndays] = nseg;
	yi->seg_s = palloc(sizeof(TimestampTz) * Max(nseg, 1));
	yi->seg_e = palloc(sizeof(TimestampTz) * Max(nseg, 1));
	for (d = 0; d < nseg; d++)
	{
		yi->seg_s[d] = segs[d].s;
		yi->seg_e[d] = segs[d].e;
	}
	pfree(segs);
	MemoryContextSwitchTo(oldcxt);
	return yi;
}

/* The cached year, built on first use; years outside the range are refused. */
static YearInfo *
get_year(Calendar *cal, int year)
{
	if (year < FIRST_YEAR || year > LAST_YEAR)
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("business time is computed for the years %d to %d only", FIRST_YEAR, LAST_YEAR),
				 errdetail("The computation reached the year %d.", year)));
	if (cal->years[year - FIRST_YEAR] == NULL)
		cal->years[year - FIRST_YEAR] = build_year(cal, year);
	return cal->years[year - FIRST_YEAR];
}

/* The local year an instant falls in. */
static int
year_of(Calendar *cal, TimestampTz t)
{
	int64		days;
	int			y;
	int			m;
	int			d;
	YearInfo   *yi;

	/* most calls fall in the year of the previous one */
	if (cal->last_year != 0)
	{
		yi = cal->years[cal->last_year - FIRST_YEAR];
		if (t >= yi->day_start[0] && t < yi->day_start[yi->ndays])
			return cal->last_year;
	}
	days = t / USECS_PER_DAY;
	if (t < 0 && t % USECS_PER_DAY != 0)
		days--;
	if (days + POSTGRES_EPOCH_JDATE < date2j(FIRST_YEAR - 1, 1, 1) ||
		days + POSTGRES_EPOCH_JDATE > date2j(LAST_YEAR + 1, 12, 31))
		ereport(ERROR,
				(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
				 errmsg("business time is computed for the years %d to %d only", FIRST_YEAR, LAST_YEAR),
				 errdetail("The instant %s is outside that range.", timestamptz_to_str(t))));
	j2date((int) (days + POSTGRES_EPOCH_JDATE), &y, &m, &d);
	yi = get_year(cal, y);
	if (t < yi->day_start[0])
		y--;
	else if (t >= yi->day_start[yi->ndays])
		y++;
	else
		cal->last_year = y;
	return y;
}

/* Working time from the start of the local year up to t (t within the year). */
static int64
within_year(YearInfo *yi, TimestampTz t)
{
	int			lo;
	int			k;
	int64		sum;

	/*
	 * The last day whose start is not after t: local days are 24 hours but
	 * for clock changes, so the guess from the elapsed time is off by at
	 * most one day.
	 */
	lo = (int) ((t - yi->day_start[0]) / USECS_PER_DAY);
	if (lo > yi->ndays - 1)
		lo = yi->ndays - 1;
	if (lo < 0)
		lo = 0;
	while (lo > 0 && yi->day_start[lo] > t)
		lo--;
	while (lo < yi->ndays - 1 && yi->day_start[lo + 1] <= t)
		lo++;
	sum = yi->cum[lo];
	for (k = yi->seg_idx[lo]; k < yi->seg_idx[lo + 1] && yi->seg_s[k] < t; k++)
		sum += Min(t, yi->seg_e[k]) - yi->seg_s[k];
	return sum;
}

/* Working time between two instants; negative when to is before from. */
static int64
duration_between(Calendar *cal, TimestampTz from, TimestampTz to)
{
	int			y1;
	int			y2;
	int			y;
	int64		result;

	if (to < from)
		return -duration_between(cal, to, from);
	y1 = year_of(cal, from);
	y2 = year_of(cal, to);
	result = within_year(get_year(cal, y2), to) - within_year(get_year(cal, y1), from);
	for (y = y1; y < y2; y++)
		result += get_year(cal, y)->cum[get_year(cal, y)->ndays];
	return result;
}

/* The smallest instant of year y whose working time since the year start is target. */
static TimestampTz
instant_at(YearInfo *yi, int64 target)
{
	int			lo = 0;
	int			hi = yi->ndays - 1;
	int			k;
	int64		rem;

	/* the first day by whose end target is reached */
	while (lo < hi)
	{
		int			mid = (lo + hi) / 2;

		if (yi->cum[mid + 1] >= target)
			hi = mid;
		else
			lo = mid + 1;
	}
	rem = target - yi->cum[lo];
	for (k = yi->seg_idx[lo]; k < yi->seg_idx[lo + 1]; k++)
	{
		int64		len = yi->seg_e[k] - yi->seg_s[k];

		if (rem <= len)
			return yi->seg_s[k] + rem;
		rem -= len;
	}
	return yi->day_start[lo];
}

/* The instant when dur of working time has passed since start (dur may be negative). */
static TimestampTz
deadline_after(Calendar *cal, TimestampTz start, int64 dur)
{
	int			y;
	YearInfo   *yi;
	int64		target;

	if (dur == 0)
		return start;
	if (!cal->has_work)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("calendar " INT64_FORMAT " has no working time", cal->id),
				 errdetail("It has no weekly hours and no exception with hours, so no deadline is ever reached."),
				 errhint("Add working intervals to ims.calendar_hours.")));
	y = year_of(cal, start);
	yi = get_year(cal, y);
	target = within_year(yi, start) + dur;
	while (target > yi->cum[yi->ndays])
	{
		target -= yi->cum[yi->ndays];
		yi = get_year(cal, ++y);
	}
	while (target < 0)
	{
		yi = get_year(cal, --y);
		target += yi->cum[yi->ndays];
	}
	return instant_at(yi, target);
}

/* A business duration given as an interval, in microseconds. */
static int64
interval_to_usec(Interval *span)
{
	if (span->month != 0)
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
				 errmsg("a business duration cannot be given in months or years"),
				 errhint("Give it in days, hours and minutes; a day counts as 24 hours of working time.")));
	{
		int64		days_usec;
		int64		result;

		if (pg_mul_s64_overflow((int64) span->day, USECS_PER_DAY, &days_usec) ||
			pg_add_s64_overflow(span->time, days_usec, &result))
			ereport(ERROR,
					(errcode(ERRCODE_DATETIME_VALUE_OUT_OF_RANGE),
					 errmsg("business duration out of range"),
					 errdetail("The duration is too large to count in microseconds.")));
		return result;
	}
}

/* ims.business_duration(calendar bigint, from timestamptz, to timestamptz) -> interval */
Datum
ims_business_duration(PG_FUNCTION_ARGS)
{
	Calendar   *cal = get_calendar(fcinfo, PG_GETARG_INT64(0));
	Interval   *result = palloc0(sizeof(Interval));

	result->time = duration_between(cal, PG_GETARG_TIMESTAMPTZ(1), PG_GETARG_TIMESTAMPTZ(2));
	PG_RETURN_INTERVAL_P(result);
}

/* ims.business_deadline(calendar bigint, start timestamptz, duration interval) -> timestamptz */
Datum
ims_business_deadline(PG_FUNCTION_ARGS)
{
	Calendar   *cal = get_calendar(fcinfo, PG_GETARG_INT64(0));

	PG_RETURN_TIMESTAMPTZ(deadline_after(cal, PG_GETARG_TIMESTAMPTZ(1),
										 interval_to_usec(PG_GETARG_INTERVAL_P(2))));
}

/* ims.is_time_zone(text): is the name a time zone of the IANA database? */
Datum
ims_is_time_zone(PG_FUNCTION_ARGS)
{
	char	   *name = text_to_cstring(PG_GETARG_TEXT_PP(0));

	PG_RETURN_BOOL(strlen(name) <= TZ_STRLEN_MAX && pg_tzset(name) != NULL);
}
