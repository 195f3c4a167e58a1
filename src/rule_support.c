/*-------------------------------------------------------------------------
 *
 * rule_support.c
 *	  Helpers shared by the rule triggers: checking how a trigger was
 *	  called, finding columns, reading and changing tuples, and the
 *	  tenant_immutable rule.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/guc.h"
#include "utils/syscache.h"
#include "catalog/pg_namespace.h"
#include "utils/builtins.h"
#include "utils/datum.h"
#include "utils/lsyscache.h"

#include "ims.h"

/*
 * Check that fname was called as a row-level trigger of the expected timing
 * (BEFORE or AFTER) for INSERT or UPDATE (or DELETE when allowed), and
 * return its TriggerData.
 */
TriggerData *
ims_row_trigger(FunctionCallInfo fcinfo, const char *fname, bool before,
				bool allow_delete)
{
	TriggerData *trigdata;
	TriggerEvent ev;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" was not called by trigger manager", fname)));
	trigdata = (TriggerData *) fcinfo->context;
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_FOR_ROW(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for each row", fname)));
	if (before ? !TRIGGER_FIRED_BEFORE(ev) : !TRIGGER_FIRED_AFTER(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired %s", fname,
						before ? "BEFORE" : "AFTER")));
	if (!TRIGGER_FIRED_BY_INSERT(ev) && !TRIGGER_FIRED_BY_UPDATE(ev) &&
		!(allow_delete && TRIGGER_FIRED_BY_DELETE(ev)))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for INSERT or UPDATE%s", fname,
						allow_delete ? " or DELETE" : "")));
	/* a new row of an organization the role may not see is refused first */
	if (before && TRIGGER_FIRED_BY_INSERT(ev))
		ims_check_row_org(trigdata->tg_relation, trigdata->tg_trigtuple);
	return trigdata;
}

/* The attribute number of a column; a missing column is a can't-happen. */
int
ims_attnum(TupleDesc tupdesc, const char *colname)
{
	int			attnum = SPI_fnumber(tupdesc, colname);

	if (attnum <= 0)
		elog(ERROR, "column \"%s\" not found", colname);
	return attnum;
}

/*
 * Look up the attribute numbers of several columns, caching them in the
 * trigger's fn_extra for the rest of the statement.
 */
void
ims_attnums(FunctionCallInfo fcinfo, TupleDesc tupdesc,
			const char *const *names, int n, int *attnums)
{
	int		   *cached = (int *) fcinfo->flinfo->fn_extra;
	int			i;

	if (cached == NULL)
	{
		cached = MemoryContextAlloc(fcinfo->flinfo->fn_mcxt, sizeof(int) * n);
		for (i = 0; i < n; i++)
			cached[i] = ims_attnum(tupdesc, names[i]);
		fcinfo->flinfo->fn_extra = cached;
	}
	memcpy(attnums, cached, sizeof(int) * n);
}

/* A bigint column. */
int64
ims_get_int64(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, tupdesc, isnull);

	return *isnull ? 0 : DatumGetInt64(d);
}

/* A smallint or integer column. */
int32
ims_get_int32(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, tupdesc, isnull);

	if (*isnull)
		return 0;
	if (TupleDescAttr(tupdesc, attnum - 1)->atttypid == INT2OID)
		return DatumGetInt16(d);
	return DatumGetInt32(d);
}

/* A boolean column; NULL reads as false. */
bool
ims_get_bool(HeapTuple tuple, TupleDesc tupdesc, int attnum)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, attnum, tupdesc, &isnull);

	return !isnull && DatumGetBool(d);
}

/* A text column as a C string; NULL when the column is null. */
char *
ims_get_text(HeapTuple tuple, TupleDesc tupdesc, int attnum)
{
	bool		isnull;
	Datum		d = heap_getattr(tuple, attnum, tupdesc, &isnull);

	return isnull ? NULL : TextDatumGetCString(d);
}

/* A timestamptz column. */
TimestampTz
ims_get_timestamptz(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull)
{
	Datum		d = heap_getattr(tuple, attnum, tupdesc, isnull);

	return *isnull ? 0 : DatumGetTimestampTz(d);
}

/* Is a text value missing: NULL, empty or only white space? */
bool
ims_blank(const char *s)
{
	if (s == NULL)
		return true;
	for (; *s; s++)
		if (!isspace((unsigned char) *s))
			return false;
	return true;
}

/* Equality of two possibly-NULL C strings. */
bool
ims_streq(const char *a, const char *b)
{
	if (a == NULL || b == NULL)
		return a == b;
	return strcmp(a, b) == 0;
}

/* Did an UPDATE change a column (NULL-aware, binary comparison)? */
bool
ims_datum_changed(HeapTuple oldtup, HeapTuple newtup, TupleDesc tupdesc, int attnum)
{
	Form_pg_attribute att = TupleDescAttr(tupdesc, attnum - 1);
	bool		oldnull;
	bool		newnull;
	Datum		oldval = heap_getattr(oldtup, attnum, tupdesc, &oldnull);
	Datum		newval = heap_getattr(newtup, attnum, tupdesc, &newnull);

	if (oldnull || newnull)
		return oldnull != newnull;
	return !datumIsEqual(oldval, newval, att->attbyval, att->attlen);
}

/*
 * Rule tenant_immutable: an UPDATE never moves a row to another
 * organization.
 */
void
ims_check_tenant(Relation rel, HeapTuple oldtup, HeapTuple newtup, int org_attnum)
{
	TupleDesc	tupdesc = RelationGetDescr(rel);
	bool		isnull;
	int64		old_org = ims_get_int64(oldtup, tupdesc, org_attnum, &isnull);
	int64		new_org = ims_get_int64(newtup, tupdesc, org_attnum, &isnull);

	if (old_org != new_org)
		ims_rule_violation(rel, "tenant_immutable",
						   psprintf("a row of %s cannot move to another organization",
									RelationGetRelationName(rel)),
						   psprintf("The update changes org_id from " INT64_FORMAT " to " INT64_FORMAT ".",
									old_org, new_org),
						   "Leave org_id unchanged; create a new row in the other organization instead.");
}

/* Record a column change to apply later. */
void
ims_set(ImsTupleSets *sets, int attnum, Datum value, bool isnull)
{
	int			i;

	for (i = 0; i < sets->n; i++)
	{
		if (sets->attnums[i] == attnum)
		{
			sets->values[i] = value;
			sets->nulls[i] = isnull;
			return;
		}
	}
	if (sets->n >= IMS_MAX_SETS)
		elog(ERROR, "too many column changes in one rule trigger");
	sets->attnums[sets->n] = attnum;
	sets->values[sets->n] = value;
	sets->nulls[sets->n] = isnull;
	sets->n++;
}

/* Record updated_at = now and updated_by = the acting user. */
void
ims_set_touch(ImsTupleSets *sets, TupleDesc tupdesc, int updated_at, int updated_by,
			  TimestampTz now)
{
	ims_set(sets, updated_at, TimestampTzGetDatum(now), false);
	ims_set(sets, updated_by, CStringGetTextDatum(ims_current_actor()), false);
}

/* Apply the recorded column changes; returns the tuple unchanged if none. */
HeapTuple
ims_apply_sets(HeapTuple tuple, TupleDesc tupdesc, ImsTupleSets *sets)
{
	if (sets->n == 0)
		return tuple;
	return heap_modify_tuple_by_cols(tuple, tupdesc, sets->n, sets->attnums,
									 sets->values, sets->nulls);
}

/* The owner of schema ims (the role that created the extension). */
static Oid
ims_owner(void)
{
	static Oid	owner = InvalidOid;

	if (!OidIsValid(owner))
	{
		HeapTuple	tup = SearchSysCache1(NAMESPACEOID, ObjectIdGetDatum(ims_schema_oid()));

		if (!HeapTupleIsValid(tup))
			elog(ERROR, "cache lookup failed for schema ims");
		owner = ((Form_pg_namespace) GETSTRUCT(tup))->nspowner;
		ReleaseSysCache(tup);
	}
	return owner;
}

/*
 * Act as the owner of schema ims until ims_restore_user.  For statements
 * that resolve no operator or function by name (fully qualified INSERTs).
 */
void
ims_become_owner(ImsSavedUser *saved)
{
	GetUserIdAndSecContext(&saved->userid, &saved->sec_context);
	saved->guc_nest_level = 0;
	SetUserIdAndSecContext(ims_owner(),
						   saved->sec_context | SECURITY_LOCAL_USERID_CHANGE | SECURITY_NOFORCE_RLS);
}

/*
 * Act as the owner of schema ims with search_path = pg_catalog, pg_temp, so
 * that no object of the caller's schemas can be run with the owner's rights.
 */
void
ims_become_owner_safe(ImsSavedUser *saved)
{
	ims_become_owner(saved);
	saved->guc_nest_level = NewGUCNestLevel();
	(void) set_config_option("search_path", "pg_catalog, pg_temp",
							 PGC_USERSET, PGC_S_SESSION,
							 GUC_ACTION_SAVE, true, 0, false);
}

/* Return to the user (and search_path) saved by ims_become_owner*. */
void
ims_restore_user(ImsSavedUser *saved)
{
	if (saved->guc_nest_level > 0)
		AtEOXact_GUC(true, saved->guc_nest_level);
	SetUserIdAndSecContext(saved->userid, saved->sec_context);
}

/*
 * The rows an AFTER row event is about: the old row (UPDATE, DELETE) and
 * the new row (INSERT, UPDATE), in that order; returns how many (1 or 2).
 */
int
ims_event_rows(TriggerData *trigdata, HeapTuple rows[2])
{
	TriggerEvent ev = trigdata->tg_event;
	int			n = 0;

	if (!TRIGGER_FIRED_BY_INSERT(ev))
		rows[n++] = trigdata->tg_trigtuple;
	if (TRIGGER_FIRED_BY_UPDATE(ev))
		rows[n++] = trigdata->tg_newtuple;
	else if (TRIGGER_FIRED_BY_INSERT(ev))
		rows[n++] = trigdata->tg_trigtuple;
	return n;
}
