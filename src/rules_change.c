/*-------------------------------------------------------------------------
 *
 * rules_change.c
 *	  ims.change_rules(): the row rules of ims.change — change_transition,
 *	  change_security_assessment, change_segregation, the row part of
 *	  change_window, emergency_change_review and tenant_immutable — with
 *	  milestones and status history.  Affected CIs, overlaps, freezes and
 *	  incident links are checked at commit (rules_deferred.c).
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_change_rules);

enum
{
	C_ORG, C_ID, C_TYPE, C_MODEL, C_STATUS, C_REQUESTED_BY, C_RISK, C_ISIA,
	C_APPROVED_BY, C_APPROVED_AT, C_START, C_END, C_ACTUAL_START, C_ACTUAL_END,
	C_OUTCOME, C_PIR, C_CLOSED, C_UPDATED_AT, C_UPDATED_BY, C_NCOLS
};

static const char *const change_columns[C_NCOLS] = {
	"org_id", "id", "change_type", "change_model_id", "status", "requested_by",
	"risk_level", "security_impact_assessment", "approved_by", "approved_at",
	"planned_start", "planned_end", "actual_start", "actual_end", "outcome",
	"post_implementation_review", "closed_at", "updated_at", "updated_by"
};

static SPIPlanPtr model_plan = NULL;

/* Is the status approval or a later step of the approved path? */
static bool
is_approved_status(const char *status)
{
	return strcmp(status, "approved") == 0 || strcmp(status, "scheduled") == 0 ||
		strcmp(status, "implementing") == 0 || strcmp(status, "review") == 0 ||
		strcmp(status, "closed") == 0;
}

/* The pre-authorization of a standard change, read from its change model. */
typedef struct ChangeModel
{
	bool		found;
	bool		is_active;
	char	   *risk_level;
	char	   *assessment;
	char	   *authorized_by;
} ChangeModel;

/* Read a change model (kept plan). */
static ChangeModel
read_change_model(int64 org_id, int64 model_id)
{
	ChangeModel m = {0};
	Oid			argtypes[2] = {INT8OID, INT8OID};
	Datum		values[2] = {Int64GetDatum(org_id), Int64GetDatum(model_id)};
	MemoryContext caller = CurrentMemoryContext;
	ImsSavedUser saved;

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (model_plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare("SELECT m.is_active, m.risk_level, m.security_impact_assessment, "
									"m.authorized_by FROM ims.change_model m "
									"WHERE m.org_id = $1 AND m.id = $2",
									2, argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare the change model lookup");
		model_plan = p;
	}
	if (SPI_execute_plan(model_plan, values, NULL, true, 1) != SPI_OK_SELECT)
		elog(ERROR, "change model lookup failed");
	if (SPI_processed == 1)
	{
		HeapTuple	tup = SPI_tuptable->vals[0];
		TupleDesc	d = SPI_tuptable->tupdesc;
		bool		isnull;
		char	   *v;

		m.found = true;
		m.is_active = DatumGetBool(SPI_getbinval(tup, d, 1, &isnull));
		/* copy the strings out of the SPI context into the caller's */
		v = SPI_getvalue(tup, d, 2);
		m.risk_level = v ? MemoryContextStrdup(caller, v) : NULL;
		v = SPI_getvalue(tup, d, 3);
		m.assessment = v ? MemoryContextStrdup(caller, v) : NULL;
		v = SPI_getvalue(tup, d, 4);
		m.authorized_by = v ? MemoryContextStrdup(caller, v) : NULL;
	}
	SPI_finish();
	ims_restore_user(&saved);
	return m;
}

/* ims.change_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.change. */
Datum
ims_change_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_change_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[C_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	int64		org_id;
	int64		id;
	char	   *type;
	char	   *status;
	char	   *old_status = NULL;
	bool		status_changed;
	bool		emergency;
	char	   *risk;
	char	   *assessment;
	char	   *approved_by;
	char	   *requested_by;
	TimestampTz now = ims_rule_now();

	ims_attnums(fcinfo, desc, change_columns, C_NCOLS, c);
	org_id = ims_get_int64(newtup, desc, c[C_ORG], &isnull);
	id = ims_get_int64(newtup, desc, c[C_ID], &isnull);
	type = ims_get_text(newtup, desc, c[C_TYPE]);
	status = ims_get_text(newtup, desc, c[C_STATUS]);
	emergency = strcmp(type, "emergency") == 0;

	if (!is_insert)
	{
		ims_check_tenant(rel, oldtup, newtup, c[C_ORG]);
		old_status = ims_get_text(oldtup, desc, c[C_STATUS]);
		if (ims_datum_changed(oldtup, newtup, desc, c[C_TYPE]) && strcmp(old_status, "draft") != 0)
			ims_rule_violation(rel, "change_transition",
							   psprintf("change " INT64_FORMAT " cannot change its type after draft", id),
							   psprintf("The update changes change_type from \"%s\" to \"%s\" in status \"%s\".",
										ims_get_text(oldtup, desc, c[C_TYPE]), type, old_status),
							   "Cancel the change and raise a new one of the right type.");
	}
	status_changed = is_insert || strcmp(status, old_status) != 0;

	/* a closed change keeps its outcome: problems and incidents rely on it */
	if (!is_insert && strcmp(old_status, "closed") == 0 &&
		ims_datum_changed(oldtup, newtup, desc, c[C_OUTCOME]))
		ims_rule_violation(rel, "change_transition",
						   psprintf("the outcome of closed change " INT64_FORMAT " cannot change", id),
						   psprintf("The update changes outcome from \"%s\" to \"%s\".",
									ims_get_text(oldtup, desc, c[C_OUTCOME]) ? ims_get_text(oldtup, desc, c[C_OUTCOME]) : "",
									ims_get_text(newtup, desc, c[C_OUTCOME]) ? ims_get_text(newtup, desc, c[C_OUTCOME]) : ""),
						   "Record what happened since in a new change or incident.");

	/* change_transition: along the path of the change type */
	if (status_changed)
		ims_check_transition(rel, "change_transition", "change", type, org_id, id,
							 old_status, status, NULL);

	risk = ims_get_text(newtup, desc, c[C_RISK]);
	assessment = ims_get_text(newtup, desc, c[C_ISIA]);
	approved_by = ims_get_text(newtup, desc, c[C_APPROVED_BY]);
	requested_by = ims_get_text(newtup, desc, c[C_REQUESTED_BY]);

	/* A standard change takes its pre-authorization from its change model. */
	if (strcmp(type, "standard") == 0 && status_changed && is_approved_status(status) &&
		(old_status == NULL || !is_approved_status(old_status)))
	{
		int64		model_id = ims_get_int64(newtup, desc, c[C_MODEL], &isnull);
		ChangeModel m = read_change_model(org_id, model_id);

		if (!m.found || !m.is_active)
			ims_rule_violation(rel, "change_security_assessment",
							   psprintf("standard change " INT64_FORMAT " cannot be approved without an active change model", id),
							   psprintf("Change model " INT64_FORMAT " is %s.", model_id,
										m.found ? "not active" : "missing"),
							   "Use an active change model, or raise the change as a normal change.");
		if (risk == NULL)
		{
			risk = m.risk_level;
			ims_set(&sets, c[C_RISK], CStringGetTextDatum(risk), false);
		}
		if (ims_blank(assessment))
		{
			assessment = m.assessment;
			ims_set(&sets, c[C_ISIA], CStringGetTextDatum(assessment), false);
		}
		if (ims_blank(approved_by))
		{
			approved_by = m.authorized_by;
			ims_set(&sets, c[C_APPROVED_BY], CStringGetTextDatum(approved_by), false);
		}
		else if (!ims_streq(approved_by, m.authorized_by))
			ims_rule_violation(rel, "change_security_assessment",
							   psprintf("standard change " INT64_FORMAT " is approved by its change model", id),
							   psprintf("approved_by is \"%s\" but change model " INT64_FORMAT " was authorized by \"%s\".",
										approved_by, model_id, m.authorized_by),
							   "Leave approved_by empty: a standard change takes its approver from its change model.");
	}

	if (is_approved_status(status))
	{
		/* change_security_assessment, row part (affected CIs at commit) */
		if (risk == NULL || ims_blank(assessment) || ims_blank(approved_by))
		{
			StringInfoData missing;
			int			n = 0;

			initStringInfo(&missing);
			if (risk == NULL)
				appendStringInfo(&missing, "%srisk_level", n++ ? " and " : "");
			if (ims_blank(assessment))
				appendStringInfo(&missing, "%ssecurity_impact_assessment", n++ ? " and " : "");
			if (ims_blank(approved_by))
				appendStringInfo(&missing, "%sapproved_by", n++ ? " and " : "");
			ims_rule_violation(rel, "change_security_assessment",
							   psprintf("change " INT64_FORMAT " cannot be %s without a risk level, an information security impact assessment and an approver",
										id, status),
							   psprintf("The status is \"%s\" but %s %s empty.", status, missing.data,
										n > 1 ? "are" : "is"),
							   "Set risk_level, security_impact_assessment and approved_by when approving, and link the affected CIs (ims.change_ci).");
		}

		/* change_segregation */
		if (ims_streq(approved_by, requested_by))
			ims_rule_violation(rel, "change_segregation",
							   psprintf("change " INT64_FORMAT " cannot be approved by its requester", id),
							   psprintf("approved_by and requested_by are both \"%s\".", approved_by),
							   "Have someone other than the requester approve the change.");

		if (status_changed && (old_status == NULL || !is_approved_status(old_status)))
		{
			/* a standard change is pre-authorized by its model */
			if (strcmp(type, "standard") != 0)
				ims_require_role("ims_manager", "approve", psprintf("change " INT64_FORMAT, id));
			ims_get_timestamptz(newtup, desc, c[C_APPROVED_AT], &isnull);
			if (isnull)
				ims_set(&sets, c[C_APPROVED_AT], TimestampTzGetDatum(now), false);
		}
	}

	/* change_window, row part: a scheduled change keeps its window */
	if (!emergency &&
		(strcmp(status, "scheduled") == 0 || strcmp(status, "implementing") == 0))
	{
		bool		no_start;
		bool		no_end;
		TimestampTz start = ims_get_timestamptz(newtup, desc, c[C_START], &no_start);
		TimestampTz end = ims_get_timestamptz(newtup, desc, c[C_END], &no_end);

		if (no_start || no_end)
			ims_rule_violation(rel, "change_window",
							   psprintf("change " INT64_FORMAT " cannot be %s without an approved window", id, status),
							   "planned_start or planned_end is empty.",
							   "Set planned_start and planned_end before scheduling the change.");
		if (status_changed && strcmp(status, "implementing") == 0)
		{
			TimestampTz actual = ims_get_timestamptz(newtup, desc, c[C_ACTUAL_START], &isnull);

			if (isnull)
			{
				actual = now;
				ims_set(&sets, c[C_ACTUAL_START], TimestampTzGetDatum(now), false);
			}
			if (actual < start || actual >= end)
				ims_rule_violation(rel, "change_window",
								   psprintf("change " INT64_FORMAT " cannot be implemented outside its approved window", id),
								   psprintf("Implementation starts at %s; the approved window is %s to %s.",
											pstrdup(timestamptz_to_str(actual)),
											pstrdup(timestamptz_to_str(start)),
											pstrdup(timestamptz_to_str(end))),
								   "Implement within the window, or move the change back to approved and schedule a new window.");
		}
	}
	if (status_changed && emergency && strcmp(status, "implementing") == 0)
	{
		ims_get_timestamptz(newtup, desc, c[C_ACTUAL_START], &isnull);
		if (isnull)
			ims_set(&sets, c[C_ACTUAL_START], TimestampTzGetDatum(now), false);
	}

	/* leaving implementing needs an outcome */
	if (status_changed && old_status != NULL && strcmp(old_status, "implementing") == 0)
	{
		if (ims_get_text(newtup, desc, c[C_OUTCOME]) == NULL)
			ims_rule_violation(rel, "change_transition",
							   psprintf("change " INT64_FORMAT " cannot leave implementing without an outcome", id),
							   "outcome is empty.",
							   "Set outcome to successful, failed or backed_out in the same statement.");
		ims_get_timestamptz(newtup, desc, c[C_ACTUAL_END], &isnull);
		if (isnull)
			ims_set(&sets, c[C_ACTUAL_END], TimestampTzGetDatum(now), false);
	}

	/* emergency_change_review */
	if (emergency && strcmp(status, "closed") == 0 &&
		ims_blank(ims_get_text(newtup, desc, c[C_PIR])))
		ims_rule_violation(rel, "emergency_change_review",
						   psprintf("emergency change " INT64_FORMAT " cannot be closed without a post-implementation review", id),
						   "The change is an emergency change and post_implementation_review is empty.",
						   "Record the post-implementation review in post_implementation_review in the same statement.");

	if (status_changed && strcmp(status, "closed") == 0)
		ims_set(&sets, c[C_CLOSED], TimestampTzGetDatum(now), false);
	if (!is_insert)
	{
		ims_set_touch(&sets, desc, c[C_UPDATED_AT], c[C_UPDATED_BY], now);
		if (status_changed)
			ims_record_status_change(org_id, "change", id, old_status, status, now);
	}
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}
