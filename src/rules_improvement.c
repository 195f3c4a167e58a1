/*-------------------------------------------------------------------------
 *
 * rules_improvement.c
 *	  The rules of audits, nonconformities and corrective actions:
 *	    ims.nonconformity_rules()      BEFORE INSERT OR UPDATE on
 *	                                   ims.nonconformity: the row part of
 *	                                   nonconformity_closure (a cause),
 *	                                   tenant_immutable, closed_at and
 *	                                   closed_by, touch;
 *	    ims.corrective_action_rules()  BEFORE INSERT OR UPDATE on
 *	                                   ims.corrective_action:
 *	                                   corrective_action_owner,
 *	                                   tenant_immutable, done_at and
 *	                                   effectiveness_verified_at, touch;
 *	    ims.audit_rules()              BEFORE INSERT OR UPDATE on ims.audit:
 *	                                   tenant_immutable, completed_at,
 *	                                   touch;
 *	    ims.improvement_links(table)   deferred constraint trigger, at
 *	                                   commit: nonconformity_closure,
 *	                                   finding_nonconformity.
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
#include "utils/builtins.h"

#include "rules_part2.h"

PG_FUNCTION_INFO_V1(ims_nonconformity_rules);
PG_FUNCTION_INFO_V1(ims_corrective_action_rules);
PG_FUNCTION_INFO_V1(ims_audit_rules);
PG_FUNCTION_INFO_V1(ims_improvement_links);

/* Commit-time queries. */
static Ims2Query q_lock_nc = {
	"SELECT FROM ims.nonconformity n WHERE n.org_id OPERATOR(pg_catalog.=) $1 "
	"AND n.id OPERATOR(pg_catalog.=) $2 FOR NO KEY UPDATE",
	2, {INT8OID, INT8OID}
};

/*
 * A nonconformity's status, its number of corrective actions, and the first
 * action that keeps it from being closed, with why.
 */
static Ims2Query q_nc = {
	"SELECT n.status, "
	"(SELECT count(*) FROM ims.corrective_action a WHERE a.org_id OPERATOR(pg_catalog.=) n.org_id "
	"  AND a.nonconformity_id OPERATOR(pg_catalog.=) n.id), "
	"b.id, b.why "
	"FROM ims.nonconformity n LEFT JOIN LATERAL ("
	"  SELECT a.id, CASE WHEN a.status OPERATOR(pg_catalog.<>) 'done' THEN 'is not done' "
	"                    WHEN a.effective IS NULL THEN 'has no effectiveness review' "
	"                    WHEN NOT a.effective THEN 'was found not effective' "
	"                    ELSE 'was verified by its owner' END AS why "
	"  FROM ims.corrective_action a WHERE a.org_id OPERATOR(pg_catalog.=) n.org_id "
	"  AND a.nonconformity_id OPERATOR(pg_catalog.=) n.id "
	"  AND (a.status OPERATOR(pg_catalog.<>) 'done' OR a.effective IS NOT TRUE "
	"       OR a.effectiveness_verified_by IS NULL "
	"       OR a.effectiveness_verified_by OPERATOR(pg_catalog.=) a.owner) "
	"  ORDER BY a.id LIMIT 1) b ON true "
	"WHERE n.org_id OPERATOR(pg_catalog.=) $1 AND n.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_lock_audit = {
	"SELECT FROM ims.audit a WHERE a.org_id OPERATOR(pg_catalog.=) $1 "
	"AND a.id OPERATOR(pg_catalog.=) $2 FOR NO KEY UPDATE",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_audit = {
	"SELECT a.status, "
	"(SELECT f.id FROM ims.finding f WHERE f.org_id OPERATOR(pg_catalog.=) a.org_id "
	"  AND f.audit_id OPERATOR(pg_catalog.=) a.id "
	"  AND f.kind OPERATOR(pg_catalog.=) ANY ('{major_nonconformity,minor_nonconformity}'::pg_catalog.text[]) "
	"  AND NOT EXISTS (SELECT FROM ims.nonconformity n WHERE n.org_id OPERATOR(pg_catalog.=) f.org_id "
	"                  AND n.finding_id OPERATOR(pg_catalog.=) f.id) "
	"  ORDER BY f.id LIMIT 1) "
	"FROM ims.audit a WHERE a.org_id OPERATOR(pg_catalog.=) $1 AND a.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_finding_audit = {
	"SELECT f.audit_id FROM ims.finding f WHERE f.org_id OPERATOR(pg_catalog.=) $1 "
	"AND f.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};

/* Set (status entered) or clear (status left) a milestone column. */
static void
milestone(ImsTupleSets *sets, HeapTuple oldtup, HeapTuple newtup, TupleDesc desc,
		  int status_att, const char *status, int att, TimestampTz now)
{
	char	   *cur = ims_get_text(newtup, desc, status_att);

	if (strcmp(cur, status) != 0)
		ims_set(sets, att, (Datum) 0, true);
	else if (oldtup == NULL || ims_datum_changed(oldtup, newtup, desc, status_att))
	{
		bool		isnull;

		ims_get_timestamptz(newtup, desc, att, &isnull);
		if (oldtup != NULL || isnull)
			ims_set(sets, att, TimestampTzGetDatum(now), false);
	}
}

/* ims.nonconformity_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.nonconformity. */
Datum
ims_nonconformity_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_nonconformity_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	ImsTupleSets sets = {0};
	bool		isnull;
	int			status_att = ims_attnum(desc, "status");
	int64		id = ims_get_int64(newtup, desc, ims_attnum(desc, "id"), &isnull);
	char	   *status = ims_get_text(newtup, desc, status_att);
	bool		closed = strcmp(status, "closed") == 0;
	TimestampTz now = ims_rule_now();

	if (!is_insert)
		ims_check_tenant(rel, oldtup, newtup, ims_attnum(desc, "org_id"));

	/* nonconformity_closure, row part: the causes are determined (10.1 b) */
	if (closed && ims_blank(ims_get_text(newtup, desc, ims_attnum(desc, "cause"))))
		ims_rule_violation(rel, "nonconformity_closure",
						   psprintf("nonconformity " INT64_FORMAT " cannot be closed without its cause", id),
						   "The status is \"closed\" but cause is empty.",
						   "Record the causes of the nonconformity in cause, and close it once its corrective actions are done and verified effective.");

	milestone(&sets, oldtup, newtup, desc, status_att, "closed", ims_attnum(desc, "closed_at"), now);
	if (!closed)
		ims_set(&sets, ims_attnum(desc, "closed_by"), (Datum) 0, true);
	else if (is_insert || ims_datum_changed(oldtup, newtup, desc, status_att))
		ims_set(&sets, ims_attnum(desc, "closed_by"), CStringGetTextDatum(ims_current_actor()), false);

	if (!is_insert)
		ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"), now);
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

enum
{
	A_ORG, A_ID, A_OWNER, A_DUE, A_STATUS, A_DONE_AT, A_EFFECTIVE, A_VERIFIED_BY,
	A_VERIFIED_AT, A_UPDATED_AT, A_UPDATED_BY, A_NCOLS
};

static const char *const action_columns[A_NCOLS] = {
	"org_id", "id", "owner", "due_date", "status", "done_at", "effective",
	"effectiveness_verified_by", "effectiveness_verified_at", "updated_at", "updated_by"
};

/* ims.corrective_action_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.corrective_action. */
Datum
ims_corrective_action_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_corrective_action_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[A_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	bool		due_null;
	bool		eff_null;
	int64		id;
	char	   *owner;
	char	   *status;
	char	   *verified_by;
	bool		done;
	TimestampTz now = ims_rule_now();

	ims_attnums(fcinfo, desc, action_columns, A_NCOLS, c);
	id = ims_get_int64(newtup, desc, c[A_ID], &isnull);
	if (!is_insert)
		ims_check_tenant(rel, oldtup, newtup, c[A_ORG]);
	owner = ims_get_text(newtup, desc, c[A_OWNER]);
	status = ims_get_text(newtup, desc, c[A_STATUS]);
	verified_by = ims_get_text(newtup, desc, c[A_VERIFIED_BY]);
	done = strcmp(status, "done") == 0;
	(void) heap_getattr(newtup, c[A_DUE], desc, &due_null);
	(void) heap_getattr(newtup, c[A_EFFECTIVE], desc, &eff_null);

	/* corrective_action_owner */
	if (ims_blank(owner) || due_null)
		ims_rule_violation(rel, "corrective_action_owner",
						   psprintf("corrective action " INT64_FORMAT " needs an owner and a due date", id),
						   psprintf("%s.", ims_blank(owner) && due_null ? "owner is empty and due_date is null" :
									ims_blank(owner) ? "owner is empty" : "due_date is null"),
						   "Set owner (who is responsible) and due_date (by when) in the same statement.");
	if (!eff_null && !done && oldtup != NULL && strcmp(ims_get_text(oldtup, desc, c[A_STATUS]), "done") == 0)
		ims_rule_violation(rel, "corrective_action_owner",
						   psprintf("corrective action " INT64_FORMAT " cannot be reopened with its effectiveness review", id),
						   psprintf("The status becomes \"%s\" but effective is still set.", status),
						   "Clear effective and effectiveness_verified_by in the same statement; the action is reviewed again once done.");
	if (!eff_null && !done)
		ims_rule_violation(rel, "corrective_action_owner",
						   psprintf("the effectiveness of corrective action " INT64_FORMAT " cannot be verified before it is done", id),
						   psprintf("The status is \"%s\" but effective is set.", status),
						   "Mark the action done first; when reopening it, clear effective and effectiveness_verified_by in the same statement.");
	if (eff_null != ims_blank(verified_by))
		ims_rule_violation(rel, "corrective_action_owner",
						   psprintf("the effectiveness review of corrective action " INT64_FORMAT " needs a result and who made it", id),
						   eff_null ? "effectiveness_verified_by is set but effective is null." :
						   "effective is set but effectiveness_verified_by is empty.",
						   "Set effective (true or false) and effectiveness_verified_by together.");
	if (!ims_blank(verified_by) && strcmp(verified_by, owner) == 0)
		ims_rule_violation(rel, "corrective_action_owner",
						   psprintf("corrective action " INT64_FORMAT " cannot be verified by its owner", id),
						   psprintf("effectiveness_verified_by and owner are both \"%s\".", owner),
						   "Have someone other than the action's owner review its effectiveness.");

	/* milestones */
	milestone(&sets, oldtup, newtup, desc, c[A_STATUS], "done", c[A_DONE_AT], now);
	if (eff_null)
		ims_set(&sets, c[A_VERIFIED_AT], (Datum) 0, true);
	else if (is_insert ||
			 ims_datum_changed(oldtup, newtup, desc, c[A_EFFECTIVE]) ||
			 ims_datum_changed(oldtup, newtup, desc, c[A_VERIFIED_BY]))
		ims_set(&sets, c[A_VERIFIED_AT], TimestampTzGetDatum(now), false);

	if (!is_insert)
		ims_set_touch(&sets, desc, c[A_UPDATED_AT], c[A_UPDATED_BY], now);
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* ims.audit_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.audit. */
Datum
ims_audit_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_audit_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	ImsTupleSets sets = {0};
	TimestampTz now = ims_rule_now();

	if (!is_insert)
		ims_check_tenant(rel, oldtup, newtup, ims_attnum(desc, "org_id"));
	milestone(&sets, oldtup, newtup, desc, ims_attnum(desc, "status"), "completed",
			  ims_attnum(desc, "completed_at"), now);
	if (!is_insert)
		ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"), now);
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/*
 * nonconformity_closure for one nonconformity.  closing: the check comes
 * from the nonconformity (it is being closed), else from one of its
 * actions (the nonconformity is already closed); only the wording differs.
 */
static void
check_nonconformity(int64 org_id, int64 id, bool closing)
{
	char	   *blocker;
	char	   *count;
	char	   *detail;

	ims2_run_ids(&q_lock_nc, org_id, id);
	if (SPI_processed == 0)
		return;					/* deleted in this transaction */
	ims2_run_ids(&q_nc, org_id, id);
	if (SPI_processed == 0 || strcmp(ims2_text(0, 1), "closed") != 0)
		return;
	count = ims2_text(0, 2);
	if (strcmp(count, "0") == 0)
		ims2_violation_on("nonconformity", "nonconformity_closure",
						  closing ?
						  psprintf("nonconformity " INT64_FORMAT " cannot be closed without a corrective action", id) :
						  psprintf("nonconformity " INT64_FORMAT " is closed, but has no corrective action left", id),
						  "The status is \"closed\" and ims.corrective_action has no row for it.",
						  closing ?
						  "Record the action taken to eliminate its causes (ims.corrective_action), carry it out and have its effectiveness verified." :
						  "Keep the corrective actions of a closed nonconformity; reopen it (status open) first to rework them.");
	blocker = ims2_text(0, 3);
	if (blocker == NULL)
		return;
	detail = psprintf("Every corrective action of a closed nonconformity must be done and verified effective by someone other than its owner; it has %s.",
					  strcmp(count, "1") == 0 ? "1 action" : psprintf("%s actions", count));
	if (closing)
		ims2_violation_on("nonconformity", "nonconformity_closure",
						  psprintf("nonconformity " INT64_FORMAT " cannot be closed while corrective action %s %s",
								   id, blocker, ims2_text(0, 4)),
						  detail,
						  "Finish the action and have someone other than its owner verify it effective (effective = true, effectiveness_verified_by), or add a new action if it was not effective.");
	ims2_violation_on("nonconformity", "nonconformity_closure",
					  psprintf("nonconformity " INT64_FORMAT " is closed, but its corrective action %s %s",
							   id, blocker, ims2_text(0, 4)),
					  detail,
					  "Reopen the nonconformity (status open) before reworking its corrective actions.");
}

/*
 * finding_nonconformity for one audit.  completing: the check comes from the
 * audit, else from a finding or a nonconformity of an audit already
 * completed; only the wording differs.
 */
static void
check_audit(int64 org_id, int64 id, bool completing)
{
	char	   *finding;

	ims2_run_ids(&q_lock_audit, org_id, id);
	if (SPI_processed == 0)
		return;
	ims2_run_ids(&q_audit, org_id, id);
	if (SPI_processed == 0 || strcmp(ims2_text(0, 1), "completed") != 0)
		return;
	finding = ims2_text(0, 2);
	if (finding == NULL)
		return;
	ims2_violation_on("audit", "finding_nonconformity",
					  completing ?
					  psprintf("audit " INT64_FORMAT " cannot be completed while its finding %s is not raised as a nonconformity",
							   id, finding) :
					  psprintf("audit " INT64_FORMAT " is completed, but its finding %s is not raised as a nonconformity",
							   id, finding),
					  psprintf("Finding %s is a nonconformity and no ims.nonconformity row names it in finding_id.", finding),
					  completing ?
					  "Raise the nonconformity (ims.nonconformity with finding_id) before completing the audit, or reclassify the finding." :
					  "Raise the finding as a nonconformity (ims.nonconformity with finding_id) in the same transaction, and keep it.");
}

/* finding_nonconformity for the audit of one finding. */
static void
check_finding(int64 org_id, int64 finding_id)
{
	bool		isnull;
	int64		audit_id;

	ims2_run_ids(&q_finding_audit, org_id, finding_id);
	if (SPI_processed == 0)
		return;
	audit_id = ims2_int64(0, 1, &isnull);
	check_audit(org_id, audit_id, false);
}

/*
 * ims.improvement_links(table): AFTER ... FOR EACH ROW constraint trigger,
 * DEFERRABLE INITIALLY DEFERRED, on ims.nonconformity ('nonconformity':
 * closure; 'nonconformity_finding': the finding it was raised from),
 * ims.corrective_action ('corrective_action'), ims.audit ('audit') and
 * ims.finding ('finding').
 */
Datum
ims_improvement_links(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims2_constraint_trigger(fcinfo, "ims_improvement_links");
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	const char *check = trigdata->tg_trigger->tgargs[0];
	HeapTuple	rows[2];
	int			nrows = 0;
	int			r;
	bool		isnull;
	ImsSavedUser saved;

	nrows = ims_event_rows(trigdata, rows);

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	for (r = 0; r < nrows; r++)
	{
		int64		org_id = ims2_tuple_int64(rows[r], desc, "org_id", &isnull);

		/* the record itself: only its current (last) version */
		if (strcmp(check, "nonconformity") == 0)
		{
			if (r == nrows - 1)
				check_nonconformity(org_id, ims2_tuple_int64(rows[r], desc, "id", &isnull), true);
		}
		else if (strcmp(check, "audit") == 0)
		{
			if (r == nrows - 1)
				check_audit(org_id, ims2_tuple_int64(rows[r], desc, "id", &isnull), true);
		}
		/* links: what the old row and the new row point at */
		else if (strcmp(check, "corrective_action") == 0)
			check_nonconformity(org_id, ims2_tuple_int64(rows[r], desc, "nonconformity_id", &isnull), false);
		else if (strcmp(check, "finding") == 0)
			check_audit(org_id, ims2_tuple_int64(rows[r], desc, "audit_id", &isnull), false);
		else if (strcmp(check, "nonconformity_finding") == 0)
		{
			int64		finding_id = ims2_tuple_int64(rows[r], desc, "finding_id", &isnull);

			if (!isnull)
				check_finding(org_id, finding_id);
		}
		else
			elog(ERROR, "unknown improvement link check \"%s\"", check);
	}
	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_POINTER(NULL);
}
