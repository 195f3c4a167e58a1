/*-------------------------------------------------------------------------
 *
 * history.c
 *	  ims.history_record(): AFTER INSERT/UPDATE/DELETE row trigger on every
 *	  register that appends one row to ims.history — table, key,
 *	  organization, operation, transaction, instant, database role, acting
 *	  user, the row as it stands after the change (before it, for a
 *	  DELETE) and, for an UPDATE, the names of the columns that changed.
 *
 *	  ims.append_only(): the rule evidence_append_only — history, evidence,
 *	  custody and chain rows are never updated, deleted or truncated, by
 *	  anybody, the table owner included.
 *
 * One INSERT per changed row, through a plan kept per table; the changed
 * columns are found by comparing the two tuples in C, without a query.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "lib/stringinfo.h"
#include "nodes/bitmapset.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/relcache.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_history_record);
PG_FUNCTION_INFO_V1(ims_append_only);

typedef struct HistoryPlan
{
	Oid			relid;			/* hash key */
	SPIPlanPtr	plan;
	int			npk;			/* primary key columns */
	int			pk[INDEX_MAX_KEYS];
} HistoryPlan;

static HTAB *history_plans = NULL;

/*
 * The kept INSERT plan for a table: the row arrives as a composite of the
 * table's row type; its key is built from the primary key columns.
 */
static HistoryPlan *
history_plan_for(Relation rel)
{
	Oid			relid = RelationGetRelid(rel);
	HistoryPlan *entry;
	bool		found;
	StringInfoData sql;
	StringInfoData key;
	Bitmapset  *pk;
	int			attnum;
	char	   *rowtype;
	Oid			argtypes[8];
	SPIPlanPtr	plan;

	if (history_plans == NULL)
	{
		HASHCTL		ctl;

		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(Oid);
		ctl.entrysize = sizeof(HistoryPlan);
		history_plans = hash_create("ims27013 history plans", 32, &ctl, HASH_ELEM | HASH_BLOBS);
	}
	entry = (HistoryPlan *) hash_search(history_plans, &relid, HASH_FIND, NULL);
	if (entry != NULL)
		return entry;

	rowtype = psprintf("%s.%s",
					   quote_identifier(get_namespace_name(RelationGetNamespace(rel))),
					   quote_identifier(RelationGetRelationName(rel)));

	/* the key: the primary key columns, read from the row */
	pk = RelationGetIndexAttrBitmap(rel, INDEX_ATTR_BITMAP_PRIMARY_KEY);
	initStringInfo(&key);
	attnum = -1;
	while ((attnum = bms_next_member(pk, attnum)) >= 0)
	{
		const char *col = NameStr(TupleDescAttr(RelationGetDescr(rel),
												attnum + FirstLowInvalidHeapAttributeNumber - 1)->attname);

		appendStringInfo(&key, "%s%s, ($4::%s).%s", key.len > 0 ? ", " : "",
						 quote_literal_cstr(col), rowtype, quote_identifier(col));
	}
	if (key.len == 0)
		elog(ERROR, "table %s has no primary key", rowtype);

	initStringInfo(&sql);
	appendStringInfo(&sql,
					 "INSERT INTO ims.history (org_id, table_name, operation, record_key, row_data, "
					 "changed_columns, db_role, actor, changed_at) "
					 "VALUES ($1, $2, $3, pg_catalog.jsonb_build_object(%s), pg_catalog.to_jsonb($4::%s), "
					 "$5, $8, $6, $7)",
					 key.data, rowtype);

	argtypes[0] = INT8OID;
	argtypes[1] = TEXTOID;
	argtypes[2] = TEXTOID;
	argtypes[3] = RelationGetForm(rel)->reltype;
	argtypes[4] = TEXTARRAYOID;
	argtypes[5] = TEXTOID;
	argtypes[6] = TIMESTAMPTZOID;
	argtypes[7] = TEXTOID;
	plan = SPI_prepare(sql.data, 8, argtypes);
	if (plan == NULL || SPI_keepplan(plan) != 0)
		elog(ERROR, "could not prepare the history insert for %s: %s", rowtype,
			 SPI_result_code_string(SPI_result));

	entry = (HistoryPlan *) hash_search(history_plans, &relid, HASH_ENTER, &found);
	entry->plan = plan;
	entry->npk = 0;
	attnum = -1;
	while ((attnum = bms_next_member(pk, attnum)) >= 0 && entry->npk < INDEX_MAX_KEYS)
		entry->pk[entry->npk++] = attnum + FirstLowInvalidHeapAttributeNumber;
	return entry;
}

/* The names of the columns an UPDATE changed, as a text[] (NULL if none). */
static Datum
changed_columns(TupleDesc desc, HeapTuple oldtup, HeapTuple newtup, bool *isnull)
{
	Datum	   *names = palloc(sizeof(Datum) * desc->natts);
	int			n = 0;
	int			i;

	for (i = 1; i <= desc->natts; i++)
	{
		if (TupleDescAttr(desc, i - 1)->attisdropped)
			continue;
		if (ims_datum_changed(oldtup, newtup, desc, i))
			names[n++] = CStringGetTextDatum(NameStr(TupleDescAttr(desc, i - 1)->attname));
	}
	*isnull = (n == 0);
	if (n == 0)
		return (Datum) 0;
	return PointerGetDatum(construct_array(names, n, TEXTOID, -1, false, TYPALIGN_INT));
}

/* ims.history_record(): AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW. */
Datum
ims_history_record(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_history_record", false, true);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	TriggerEvent ev = trigdata->tg_event;
	HeapTuple	row;
	const char *op;
	Datum		values[8];
	char		nulls[8] = {' ', ' ', ' ', ' ', ' ', ' ', ' ', ' '};
	bool		isnull;
	bool		no_changes = false;
	ImsSavedUser saved;
	HistoryPlan *hp;

	if (TRIGGER_FIRED_BY_INSERT(ev))
	{
		row = trigdata->tg_trigtuple;
		op = "INSERT";
		nulls[4] = 'n';
	}
	else if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		row = trigdata->tg_newtuple;
		op = "UPDATE";
		values[4] = changed_columns(desc, trigdata->tg_trigtuple, row, &no_changes);
		if (no_changes)
			nulls[4] = 'n';
	}
	else
	{
		row = trigdata->tg_trigtuple;
		op = "DELETE";
		nulls[4] = 'n';
	}

	values[0] = Int64GetDatum(ims_get_int64(row, desc, ims_attnum(desc, "org_id"), &isnull));
	values[1] = CStringGetTextDatum(RelationGetRelationName(rel));
	values[2] = CStringGetTextDatum(op);
	values[3] = heap_copy_tuple_as_datum(row, desc);
	values[5] = CStringGetTextDatum(ims_current_actor());
	values[6] = TimestampTzGetDatum(ims_rule_now());
	values[7] = CStringGetTextDatum(GetUserNameFromId(GetUserId(), false));

	ims_become_owner(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	hp = history_plan_for(rel);

	/*
	 * An UPDATE that changes the primary key ends the old record: record it
	 * as deleted under its old key, then the new row under its new key.
	 */
	if (TRIGGER_FIRED_BY_UPDATE(ev))
	{
		int			k;

		for (k = 0; k < hp->npk; k++)
		{
			if (ims_datum_changed(trigdata->tg_trigtuple, row, desc, hp->pk[k]))
			{
				Datum		old_values[8];
				char		old_nulls[8];

				memcpy(old_values, values, sizeof(values));
				memcpy(old_nulls, nulls, sizeof(nulls));
				old_values[2] = CStringGetTextDatum("DELETE");
				old_values[3] = heap_copy_tuple_as_datum(trigdata->tg_trigtuple, desc);
				old_nulls[4] = 'n';
				if (SPI_execute_plan(hp->plan, old_values, old_nulls, false, 0) != SPI_OK_INSERT)
					elog(ERROR, "history insert failed");
				break;
			}
		}
	}
	if (SPI_execute_plan(hp->plan, values, nulls, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "history insert failed");
	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_POINTER(NULL);
}

/*
 * ims.append_only(): BEFORE UPDATE OR DELETE FOR EACH ROW and BEFORE
 * TRUNCATE FOR EACH STATEMENT; refuses the change (evidence_append_only).
 */
Datum
ims_append_only(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;
	Relation	rel;
	TriggerEvent ev;
	const char *what;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" was not called by trigger manager", "ims_append_only")));
	trigdata = (TriggerData *) fcinfo->context;
	rel = trigdata->tg_relation;
	ev = trigdata->tg_event;
	if (!TRIGGER_FIRED_BEFORE(ev))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired BEFORE", "ims_append_only")));
	if (TRIGGER_FIRED_BY_UPDATE(ev))
		what = "updated";
	else if (TRIGGER_FIRED_BY_DELETE(ev))
		what = "deleted";
	else if (TRIGGER_FIRED_BY_TRUNCATE(ev))
		what = "truncated";
	else
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for UPDATE, DELETE or TRUNCATE", "ims_append_only")));

	ims_rule_violation(rel, "evidence_append_only",
					   psprintf("rows of %s cannot be %s", RelationGetRelationName(rel), what),
					   psprintf("%s is append-only: its rows are evidence and history, hash-chained per organization.",
								RelationGetRelationName(rel)),
					   "Append a new row that records the correction instead.");
	PG_RETURN_POINTER(NULL);
}
