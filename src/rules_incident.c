/*-------------------------------------------------------------------------
 *
 * rules_incident.c
 *	  ims.incident_rules(): the row rules of ims.incident —
 *	  incident_transition, incident_priority, incident_resolution,
 *	  security_incident_assessment, security_incident_lessons, the row part
 *	  of major_incident_review and tenant_immutable — plus the milestones
 *	  and the status history.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/timestamp.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_incident_rules);

enum
{
	I_ORG, I_ID, I_STATUS, I_IMPACT, I_URGENCY, I_PRIORITY, I_OVERRIDE,
	I_MAJOR, I_SECCLASS, I_ASSESSED_BY, I_ASSESSED_AT, I_C, I_I, I_A,
	I_RES_CODE, I_RES_NOTE, I_LESSONS, I_PIR, I_RESPONDED, I_RESOLVED,
	I_CLOSED, I_REOPENS, I_UPDATED_AT, I_UPDATED_BY, I_MAJOR_AT, I_NCOLS
};

static const char *const incident_columns[I_NCOLS] = {
	"org_id", "id", "status", "impact", "urgency", "priority", "priority_override_reason",
	"is_major", "security_class", "security_assessed_by", "security_assessed_at",
	"affects_confidentiality", "affects_integrity", "affects_availability",
	"resolution_code", "resolution_note", "lessons_learned", "post_incident_review",
	"responded_at", "resolved_at", "closed_at", "reopen_count", "updated_at", "updated_by",
	"major_declared_at"
};

/* A list of the missing fields, for a DETAIL. */
static void
add_missing(StringInfo buf, bool missing, const char *what)
{
	if (missing)
		appendStringInfo(buf, "%s%s", buf->len > 0 ? " and " : "", what);
}

/*
 * incident_priority: the priority comes from the organization's matrix
 * unless an override reason is given.  Sets the derived priority when the
 * priority is left unset, or when impact or urgency change and the priority
 * was neither touched nor overridden.
 */
static void
check_priority(Relation rel, TupleDesc desc, HeapTuple newtup, HeapTuple oldtup,
			   int *c, int64 org_id, int64 id, ImsTupleSets *sets)
{
	bool		isnull;
	bool		prio_null;
	int			impact = ims_get_int32(newtup, desc, c[I_IMPACT], &isnull);
	int			urgency = ims_get_int32(newtup, desc, c[I_URGENCY], &isnull);
	int			priority = ims_get_int32(newtup, desc, c[I_PRIORITY], &prio_null);
	bool		overridden = !ims_blank(ims_get_text(newtup, desc, c[I_OVERRIDE]));
	int			derived;

	/* out-of-range scales are left to the table's CHECK constraints */
	if (impact < 1 || impact > 4 || urgency < 1 || urgency > 4)
		return;
	/* an update that touches none of the inputs keeps the priority it has */
	if (oldtup != NULL &&
		!ims_datum_changed(oldtup, newtup, desc, c[I_PRIORITY]) &&
		!ims_datum_changed(oldtup, newtup, desc, c[I_IMPACT]) &&
		!ims_datum_changed(oldtup, newtup, desc, c[I_URGENCY]) &&
		!ims_datum_changed(oldtup, newtup, desc, c[I_OVERRIDE]))
		return;
	derived = ims_matrix_priority(org_id, impact, urgency);
	if (derived == 0)
		ims_rule_violation(rel, "incident_priority",
						   psprintf("incident " INT64_FORMAT " has no priority in the matrix of organization " INT64_FORMAT,
									id, org_id),
						   psprintf("ims.priority_matrix has no cell for impact %d and urgency %d.",
									impact, urgency),
						   "Add the missing cell to ims.priority_matrix.");

	if (prio_null)
	{
		ims_set(sets, c[I_PRIORITY], Int16GetDatum((int16) derived), false);
		return;
	}
	if (priority == derived || overridden)
		return;
	if (oldtup != NULL &&
		!ims_datum_changed(oldtup, newtup, desc, c[I_PRIORITY]) &&
		(ims_datum_changed(oldtup, newtup, desc, c[I_IMPACT]) ||
		 ims_datum_changed(oldtup, newtup, desc, c[I_URGENCY])))
	{
		ims_set(sets, c[I_PRIORITY], Int16GetDatum((int16) derived), false);
		return;
	}
	ims_rule_violation(rel, "incident_priority",
					   psprintf("incident " INT64_FORMAT " cannot have priority %d without a reason",
								id, priority),
					   psprintf("The priority matrix gives priority %d for impact %d and urgency %d, and priority_override_reason is empty.",
								derived, impact, urgency),
					   "Leave priority unset to derive it from impact and urgency, or set priority_override_reason in the same statement.");
}

/* ims.incident_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.incident. */
Datum
ims_incident_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_incident_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[I_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	int64		org_id;
	int64		id;
	char	   *status;
	char	   *old_status = NULL;
	bool		status_changed;
	bool		is_reopen = false;
	bool		closed;
	bool		security_incident;
	TimestampTz now = ims_rule_now();

	ims_attnums(fcinfo, desc, incident_columns, I_NCOLS, c);
	org_id = ims_get_int64(newtup, desc, c[I_ORG], &isnull);
	id = ims_get_int64(newtup, desc, c[I_ID], &isnull);
	status = ims_get_text(newtup, desc, c[I_STATUS]);

	/* tenant_immutable */
	if (!is_insert)
	{
		ims_check_tenant(rel, oldtup, newtup, c[I_ORG]);
		old_status = ims_get_text(oldtup, desc, c[I_STATUS]);
	}
	status_changed = is_insert || strcmp(status, old_status) != 0;

	/* incident_transition, with the reopen window */
	if (status_changed)
	{
		ims_check_transition(rel, "incident_transition", "incident", "", org_id, id,
							 old_status, status, &is_reopen);
		if (is_reopen)
		{
			Interval   *window = ims_reopen_window(org_id);
			TimestampTz resolved_at = ims_get_timestamptz(oldtup, desc, c[I_RESOLVED], &isnull);
			TimestampTz deadline;

			if (isnull)
				resolved_at = now;
			deadline = DatumGetTimestampTz(DirectFunctionCall2(timestamptz_pl_interval,
															   TimestampTzGetDatum(resolved_at),
															   IntervalPGetDatum(window)));
			if (now > deadline)
				ims_rule_violation(rel, "incident_transition",
								   psprintf("incident " INT64_FORMAT " cannot be reopened", id),
								   psprintf("It was resolved at %s, longer ago than the reopen window of %s.",
											timestamptz_to_str(resolved_at),
											DatumGetCString(DirectFunctionCall1(interval_out,
																				IntervalPGetDatum(window)))),
								   "Record a new incident and link it to this one, or widen ims.organization.incident_reopen_window.");
		}
	}

	/* incident_priority */
	check_priority(rel, desc, newtup, oldtup, c, org_id, id, &sets);

	/* incident_resolution */
	closed = strcmp(status, "closed") == 0;
	if (closed || strcmp(status, "resolved") == 0)
	{
		bool		no_code = ims_blank(ims_get_text(newtup, desc, c[I_RES_CODE]));
		bool		no_note = ims_blank(ims_get_text(newtup, desc, c[I_RES_NOTE]));

		if (no_code || no_note)
		{
			StringInfoData missing;

			initStringInfo(&missing);
			add_missing(&missing, no_code, "resolution_code");
			add_missing(&missing, no_note, "resolution_note");
			ims_rule_violation(rel, "incident_resolution",
							   psprintf("incident " INT64_FORMAT " cannot be %s without a resolution",
										id, status),
							   psprintf("The status is \"%s\" but %s %s empty.", status, missing.data,
										(no_code && no_note) ? "are" : "is"),
							   "Set resolution_code and resolution_note in the same statement.");
		}
	}

	/* security_incident_assessment */
	security_incident = strcmp(ims_get_text(newtup, desc, c[I_SECCLASS]), "incident") == 0;
	if (security_incident)
	{
		bool		no_who = ims_blank(ims_get_text(newtup, desc, c[I_ASSESSED_BY]));
		bool		no_cia = !ims_get_bool(newtup, desc, c[I_C]) &&
			!ims_get_bool(newtup, desc, c[I_I]) &&
			!ims_get_bool(newtup, desc, c[I_A]);

		if (no_who || no_cia)
		{
			StringInfoData missing;

			initStringInfo(&missing);
			add_missing(&missing, no_who, "security_assessed_by is empty");
			add_missing(&missing, no_cia,
						"none of affects_confidentiality, affects_integrity and affects_availability is true");
			ims_rule_violation(rel, "security_incident_assessment",
							   psprintf("incident " INT64_FORMAT " cannot be an information security incident without an assessment",
										id),
							   psprintf("security_class is \"incident\" but %s.", missing.data),
							   "Set security_assessed_by and at least one of affects_confidentiality, affects_integrity and affects_availability in the same statement.");
		}
		ims_get_timestamptz(newtup, desc, c[I_ASSESSED_AT], &isnull);
		if (isnull)
			ims_set(&sets, c[I_ASSESSED_AT], TimestampTzGetDatum(now), false);
	}

	/* security_incident_lessons */
	if (closed && security_incident &&
		ims_blank(ims_get_text(newtup, desc, c[I_LESSONS])))
		ims_rule_violation(rel, "security_incident_lessons",
						   psprintf("information security incident " INT64_FORMAT " cannot be closed without lessons learned",
									id),
						   "The status is \"closed\" and security_class is \"incident\" but lessons_learned is empty.",
						   "Record the lessons learned in lessons_learned in the same statement.");

	/*
	 * Closing a major incident is for managers, and so is changing whether a
	 * closed incident is major (either way round).
	 */
	if (closed &&
		(ims_get_bool(newtup, desc, c[I_MAJOR]) || (oldtup != NULL && ims_get_bool(oldtup, desc, c[I_MAJOR]))) &&
		(status_changed || (oldtup != NULL && ims_datum_changed(oldtup, newtup, desc, c[I_MAJOR]))))
		ims_require_role("ims_manager", "close", psprintf("major incident " INT64_FORMAT, id));

	/* a major incident stops being major only by a manager's decision */
	if (oldtup != NULL && ims_get_bool(oldtup, desc, c[I_MAJOR]) && !ims_get_bool(newtup, desc, c[I_MAJOR]))
		ims_require_role("ims_manager", "downgrade", psprintf("major incident " INT64_FORMAT, id));

	/* major_incident_review, row part (the linked problem is checked at commit) */
	if (closed && ims_get_bool(newtup, desc, c[I_MAJOR]) &&
		ims_blank(ims_get_text(newtup, desc, c[I_PIR])))
		ims_rule_violation(rel, "major_incident_review",
						   psprintf("major incident " INT64_FORMAT " cannot be closed without a post-incident review",
									id),
						   "The status is \"closed\" and is_major is true but post_incident_review is empty.",
						   "Record the review in post_incident_review and link a problem (ims.problem_incident) before closing.");

	/* milestones */
	if (ims_get_bool(newtup, desc, c[I_MAJOR]))
	{
		ims_get_timestamptz(newtup, desc, c[I_MAJOR_AT], &isnull);
		if (isnull)
			ims_set(&sets, c[I_MAJOR_AT], TimestampTzGetDatum(now), false);
	}
	if (status_changed)
	{
		if (strcmp(status, "in_progress") == 0)
		{
			ims_get_timestamptz(newtup, desc, c[I_RESPONDED], &isnull);
			if (isnull)
				ims_set(&sets, c[I_RESPONDED], TimestampTzGetDatum(now), false);
		}
		if (strcmp(status, "resolved") == 0)
			ims_set(&sets, c[I_RESOLVED], TimestampTzGetDatum(now), false);
		if (closed)
			ims_set(&sets, c[I_CLOSED], TimestampTzGetDatum(now), false);
		if (is_reopen)
		{
			int32		reopens = ims_get_int32(newtup, desc, c[I_REOPENS], &isnull);

			ims_set(&sets, c[I_REOPENS], Int32GetDatum(reopens + 1), false);
			ims_set(&sets, c[I_RESOLVED], (Datum) 0, true);
		}
	}

	if (!is_insert)
	{
		ims_set_touch(&sets, desc, c[I_UPDATED_AT], c[I_UPDATED_BY], now);
		if (status_changed)
			ims_record_status_change(org_id, "incident", id, old_status, status, now);
	}

	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}
