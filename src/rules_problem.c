/*-------------------------------------------------------------------------
 *
 * rules_problem.c
 *	  ims.problem_rules() and ims.known_error_rules(): the row rules of
 *	  problems (problem_transition, the root-cause part of
 *	  problem_resolution) and known errors (known_error_content), with
 *	  tenant_immutable, milestones and status history.  The links a problem
 *	  needs are checked at commit (rules_deferred.c).
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "utils/builtins.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_problem_rules);
PG_FUNCTION_INFO_V1(ims_known_error_rules);

enum
{
	P_ORG, P_ID, P_STATUS, P_ROOT_CAUSE, P_RESOLVED, P_CLOSED,
	P_UPDATED_AT, P_UPDATED_BY, P_NCOLS
};

static const char *const problem_columns[P_NCOLS] = {
	"org_id", "id", "status", "root_cause", "resolved_at", "closed_at", "updated_at", "updated_by"
};

/* ims.problem_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.problem. */
Datum
ims_problem_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_problem_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[P_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	int64		org_id;
	int64		id;
	char	   *status;
	char	   *old_status = NULL;
	bool		status_changed;
	TimestampTz now = ims_rule_now();

	ims_attnums(fcinfo, desc, problem_columns, P_NCOLS, c);
	org_id = ims_get_int64(newtup, desc, c[P_ORG], &isnull);
	id = ims_get_int64(newtup, desc, c[P_ID], &isnull);
	status = ims_get_text(newtup, desc, c[P_STATUS]);
	if (!is_insert)
	{
		ims_check_tenant(rel, oldtup, newtup, c[P_ORG]);
		old_status = ims_get_text(oldtup, desc, c[P_STATUS]);
	}
	status_changed = is_insert || strcmp(status, old_status) != 0;

	if (status_changed)
		ims_check_transition(rel, "problem_transition", "problem", "", org_id, id,
							 old_status, status, NULL);

	/* problem_resolution, row part: a resolved problem has a root cause */
	if ((strcmp(status, "resolved") == 0 || strcmp(status, "closed") == 0) &&
		ims_blank(ims_get_text(newtup, desc, c[P_ROOT_CAUSE])))
		ims_rule_violation(rel, "problem_resolution",
						   psprintf("problem " INT64_FORMAT " cannot be %s without a root cause", id, status),
						   psprintf("The status is \"%s\" but root_cause is empty.", status),
						   "Record the root cause in root_cause, and link the implemented change that removes it (ims.change_problem).");

	if (status_changed)
	{
		if (strcmp(status, "resolved") == 0)
			ims_set(&sets, c[P_RESOLVED], TimestampTzGetDatum(now), false);
		if (strcmp(status, "closed") == 0)
			ims_set(&sets, c[P_CLOSED], TimestampTzGetDatum(now), false);
	}
	if (!is_insert)
	{
		ims_set_touch(&sets, desc, c[P_UPDATED_AT], c[P_UPDATED_BY], now);
		if (status_changed)
			ims_record_status_change(org_id, "problem", id, old_status, status, now);
	}
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* ims.known_error_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.known_error. */
Datum
ims_known_error_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_known_error_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	ImsTupleSets sets = {0};
	bool		isnull;
	int64		id = ims_get_int64(newtup, desc, ims_attnum(desc, "id"), &isnull);
	bool		no_cause = ims_blank(ims_get_text(newtup, desc, ims_attnum(desc, "root_cause")));
	bool		no_workaround = ims_blank(ims_get_text(newtup, desc, ims_attnum(desc, "workaround")));

	if (!is_insert)
		ims_check_tenant(rel, trigdata->tg_trigtuple, newtup, ims_attnum(desc, "org_id"));
	if (no_cause || no_workaround)
		ims_rule_violation(rel, "known_error_content",
						   psprintf("known error " INT64_FORMAT " must record a root cause and a workaround", id),
						   psprintf("%s empty.",
									no_cause && no_workaround ? "root_cause and workaround are" :
									no_cause ? "root_cause is" : "workaround is"),
						   "Set root_cause and workaround; a problem without them stays a problem under investigation.");
	if (!is_insert)
		ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"),
					  ims_rule_now());
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}
