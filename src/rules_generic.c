/*-------------------------------------------------------------------------
 *
 * rules_generic.c
 *	  Rule triggers shared by several registers:
 *	    ims.lifecycle_rules(kind)  the *_transition rule of a register whose
 *	                               only row rule is its lifecycle (release,
 *	                               service request), with milestones,
 *	                               touch and status history;
 *	    ims.register_touch()       updated_at / updated_by and
 *	                               tenant_immutable for registers without
 *	                               rules of their own;
 *	    ims.tenant_immutable()     tenant_immutable alone, for link tables
 *	                               (BEFORE UPDATE OF org_id).
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_lifecycle_rules);
PG_FUNCTION_INFO_V1(ims_register_touch);
PG_FUNCTION_INFO_V1(ims_tenant_immutable);

/*
 * The timestamp column a register sets when a record enters a status, or
 * NULL: fulfilled_at, closed_at, deployed_at.
 */
static const char *
milestone_column(TupleDesc desc, const char *status)
{
	const char *col = NULL;

	if (strcmp(status, "fulfilled") == 0)
		col = "fulfilled_at";
	else if (strcmp(status, "closed") == 0)
		col = "closed_at";
	else if (strcmp(status, "deployed") == 0)
		col = "deployed_at";
	if (col != NULL && SPI_fnumber(desc, col) <= 0)
		return NULL;
	return col;
}

/* ims.lifecycle_rules(kind): BEFORE INSERT OR UPDATE FOR EACH ROW. */
Datum
ims_lifecycle_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_lifecycle_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	const char *kind;
	char	   *rule;
	int			org_att = ims_attnum(desc, "org_id");
	int			status_att = ims_attnum(desc, "status");
	bool		isnull;
	int64		org_id = ims_get_int64(newtup, desc, org_att, &isnull);
	int64		id = ims_get_int64(newtup, desc, ims_attnum(desc, "id"), &isnull);
	char	   *status = ims_get_text(newtup, desc, status_att);
	char	   *old_status = NULL;
	ImsTupleSets sets = {0};
	TimestampTz now = ims_rule_now();

	if (trigdata->tg_trigger->tgnargs != 1)
		elog(ERROR, "ims_lifecycle_rules needs the record kind as its argument");
	kind = trigdata->tg_trigger->tgargs[0];
	rule = psprintf("%s_transition", kind);

	if (!is_insert)
	{
		ims_check_tenant(rel, oldtup, newtup, org_att);
		old_status = ims_get_text(oldtup, desc, status_att);
	}
	if (is_insert || strcmp(status, old_status) != 0)
	{
		const char *milestone;

		ims_check_transition(rel, rule, kind, "", org_id, id, old_status, status, NULL);
		milestone = milestone_column(desc, status);
		if (milestone != NULL)
			ims_set(&sets, ims_attnum(desc, milestone),
					TimestampTzGetDatum(now), false);
		if (!is_insert)
			ims_record_status_change(org_id, kind, id, old_status, status, now);
	}
	if (!is_insert)
		ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"), now);
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* ims.register_touch(): BEFORE UPDATE FOR EACH ROW on plain registers. */
Datum
ims_register_touch(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_register_touch", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	ImsTupleSets sets = {0};

	if (!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for UPDATE", "ims_register_touch")));
	if (SPI_fnumber(desc, "org_id") > 0)
		ims_check_tenant(rel, trigdata->tg_trigtuple, trigdata->tg_newtuple,
						 ims_attnum(desc, "org_id"));
	ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"),
				  ims_rule_now());
	return PointerGetDatum(ims_apply_sets(trigdata->tg_newtuple, desc, &sets));
}

/* ims.tenant_immutable(): BEFORE UPDATE OF org_id FOR EACH ROW on link tables. */
Datum
ims_tenant_immutable(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_tenant_immutable", true, false);
	Relation	rel = trigdata->tg_relation;

	if (!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for UPDATE", "ims_tenant_immutable")));
	ims_check_tenant(rel, trigdata->tg_trigtuple, trigdata->tg_newtuple,
					 ims_attnum(RelationGetDescr(rel), "org_id"));
	return PointerGetDatum(trigdata->tg_newtuple);
}
