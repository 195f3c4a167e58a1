/*-------------------------------------------------------------------------
 *
 * rules_part2.h
 *	  Helpers shared by the rules of registers part 2 (risk, SoA,
 *	  improvement, suppliers): kept SPI plans with $n parameters, the
 *	  snapshot rule of the commit-time checks, reading SPI results and
 *	  raising a violation against a register named by table.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef RULES_PART2_H
#define RULES_PART2_H

#include "postgres.h"

#include "executor/spi.h"

#include "ims.h"

#define IMS2_MAX_ARGS 4

/*
 * A query of a rule: its SQL text with $n parameters and their types,
 * prepared on first use and kept for the life of the backend.  A query
 * whose text contains " FOR " takes row locks; every other query of a
 * commit-time check reads with the latest snapshot under REPEATABLE READ
 * and SERIALIZABLE (see ims2_run).
 */
typedef struct Ims2Query
{
	const char *sql;
	int			nargs;
	Oid			argtypes[IMS2_MAX_ARGS];
	SPIPlanPtr	plan;
} Ims2Query;

extern void ims2_run(Ims2Query *q, Datum *values, const char *nulls, bool latest);
extern void ims2_run_ids(Ims2Query *q, int64 org_id, int64 id);
extern void ims2_violation_on(const char *tablename, const char *rule,
							  char *msg, char *detail, const char *hint) pg_attribute_noreturn();
extern char *ims2_text(int row, int col);
extern bool ims2_bool(int row, int col);
extern int64 ims2_int64(int row, int col, bool *isnull);
extern int32 ims2_int32(int row, int col, bool *isnull);
extern int64 *ims2_int64_column(int col, int *n);
extern TriggerData *ims2_constraint_trigger(FunctionCallInfo fcinfo, const char *fname);
extern int64 ims2_tuple_int64(HeapTuple tuple, TupleDesc desc, const char *col, bool *isnull);

#endif							/* RULES_PART2_H */
