/*-------------------------------------------------------------------------
 *
 * rules_part2_support.c
 *	  Helpers shared by the rules of registers part 2 (rules_risk.c,
 *	  rules_soa.c, rules_improvement.c, rules_supplier.c): kept SPI plans,
 *	  the snapshot rule of commit-time checks, SPI result access and
 *	  violations reported against a register named by table.
 *
 * The commit-time checks follow rules_deferred.c: lock the record in a
 * query of its own (FOR NO KEY UPDATE), then read it and its links in
 * another query, so concurrent transactions touching the same record are
 * checked one after the other and the read sees what the other committed.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "access/xact.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"

#include "rules_part2.h"

/*
 * Run a rule query (SPI must be connected).  The plan is prepared once and
 * kept.  With latest, under REPEATABLE READ and SERIALIZABLE a query that
 * takes no row locks reads with the latest snapshot, as PostgreSQL's own
 * foreign-key checks do, so work committed by others is never missed;
 * under READ COMMITTED every query takes a fresh snapshot anyway.
 */
void
ims2_run(Ims2Query *q, Datum *values, const char *nulls, bool latest)
{
	Snapshot	snapshot = InvalidSnapshot;
	int			rc;

	if (q->plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(q->sql, q->nargs, q->argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare rule query \"%s\": %s", q->sql,
				 SPI_result_code_string(SPI_result));
		q->plan = p;
	}
	if (latest && IsolationUsesXactSnapshot() && strstr(q->sql, " FOR ") == NULL)
		snapshot = GetLatestSnapshot();
	rc = SPI_execute_snapshot(q->plan, values, nulls, snapshot, InvalidSnapshot,
							  false, false, 0);
	if (rc != SPI_OK_SELECT)
		elog(ERROR, "rule query failed (%s): %s", SPI_result_code_string(rc), q->sql);
}

/* Run a commit-time query whose parameters are ($1 org_id, $2 id). */
void
ims2_run_ids(Ims2Query *q, int64 org_id, int64 id)
{
	Datum		values[2] = {Int64GetDatum(org_id), Int64GetDatum(id)};

	ims2_run(q, values, NULL, true);
}

/* Raise a rule violation reported against the register table tablename. */
void
ims2_violation_on(const char *tablename, const char *rule, char *msg, char *detail,
				  const char *hint)
{
	Relation	rel = table_open(get_relname_relid(tablename, ims_schema_oid()), AccessShareLock);

	ims_rule_violation(rel, rule, msg, detail, hint);
	pg_unreachable();
}

/* Column col (1-based) of result row row (0-based) as text; NULL if null. */
char *
ims2_text(int row, int col)
{
	return SPI_getvalue(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col);
}

/* Column col of result row row as boolean; NULL reads as false. */
bool
ims2_bool(int row, int col)
{
	bool		isnull;
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, &isnull);

	return !isnull && DatumGetBool(d);
}

/* Column col of result row row as bigint. */
int64
ims2_int64(int row, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, isnull);

	return *isnull ? 0 : DatumGetInt64(d);
}

/* Column col of result row row as smallint or integer. */
int32
ims2_int32(int row, int col, bool *isnull)
{
	Datum		d = SPI_getbinval(SPI_tuptable->vals[row], SPI_tuptable->tupdesc, col, isnull);

	if (*isnull)
		return 0;
	if (SPI_gettypeid(SPI_tuptable->tupdesc, col) == INT2OID)
		return DatumGetInt16(d);
	return DatumGetInt32(d);
}

/*
 * The bigint column col of every result row, copied out of the SPI result
 * (so that later queries may run); *n is the number of rows.
 */
int64 *
ims2_int64_column(int col, int *n)
{
	uint64		i;
	int64	   *ids;

	*n = (int) SPI_processed;
	ids = palloc(sizeof(int64) * Max(*n, 1));
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		ids[i] = ims2_int64((int) i, col, &isnull);
	}
	return ids;
}

/*
 * Check that fname was called as an AFTER ... FOR EACH ROW trigger with one
 * argument (the name of the table it is on, which selects the checks).
 */
TriggerData *
ims2_constraint_trigger(FunctionCallInfo fcinfo, const char *fname)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, fname, false, true);

	if (trigdata->tg_trigger->tgnargs != 1)
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" needs the name of its table as argument", fname)));
	return trigdata;
}

/* A bigint column of a trigger tuple, by name. */
int64
ims2_tuple_int64(HeapTuple tuple, TupleDesc desc, const char *col, bool *isnull)
{
	return ims_get_int64(tuple, desc, ims_attnum(desc, col), isnull);
}
