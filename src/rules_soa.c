/*-------------------------------------------------------------------------
 *
 * rules_soa.c
 *	  The rules of the Statement of Applicability:
 *	    ims.soa_entry_rules()   BEFORE INSERT OR UPDATE on ims.soa_entry:
 *	                            soa_justification (row part), the entry
 *	                            names an Annex A control of an ISMS,
 *	                            tenant_immutable, decision and review
 *	                            stamps, touch;
 *	    ims.soa_links(table)    deferred constraint trigger, at commit:
 *	                            soa_justification (an applicable control
 *	                            marked implemented references evidence or
 *	                            a reason).
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

PG_FUNCTION_INFO_V1(ims_soa_entry_rules);
PG_FUNCTION_INFO_V1(ims_soa_links);

enum
{
	S_ORG, S_ID, S_MS, S_SET, S_REF, S_APPLICABLE, S_JUSTIFICATION, S_REVIEW, S_REVIEWED_BY,
	S_REVIEWED_AT, S_DECIDED_BY, S_DECIDED_AT, S_UPDATED_AT, S_UPDATED_BY, S_NCOLS
};

static const char *const soa_columns[S_NCOLS] = {
	"org_id", "id", "management_system_id", "control_set", "control_ref", "applicable",
	"justification", "review_required", "reviewed_by", "reviewed_at", "decided_by", "decided_at",
	"updated_at", "updated_by"
};

/* The kind of the control and of the management system an entry names. */
static Ims2Query q_target = {
	"SELECT (SELECT c.kind::pg_catalog.text FROM ims.control c "
	"        WHERE c.standard OPERATOR(pg_catalog.=) $1 AND c.ref OPERATOR(ims.=) $2::ims.isoref), "
	"       (SELECT m.kind FROM ims.management_system m "
	"        WHERE m.org_id OPERATOR(pg_catalog.=) $3 AND m.id OPERATOR(pg_catalog.=) $4)",
	4, {TEXTOID, TEXTOID, INT8OID, INT8OID}
};

/* Commit-time queries. */
static Ims2Query q_lock_entry = {
	"SELECT FROM ims.soa_entry e WHERE e.org_id OPERATOR(pg_catalog.=) $1 AND e.id OPERATOR(pg_catalog.=) $2 "
	"FOR NO KEY UPDATE",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_entry = {
	"SELECT e.applicable, e.implementation_status, e.evidence_reason, "
	"EXISTS (SELECT FROM ims.soa_evidence v WHERE v.org_id OPERATOR(pg_catalog.=) e.org_id "
	"        AND v.soa_entry_id OPERATOR(pg_catalog.=) e.id), "
	"e.control_set, e.control_ref::pg_catalog.text, e.management_system_id "
	"FROM ims.soa_entry e WHERE e.org_id OPERATOR(pg_catalog.=) $1 AND e.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};

/* ims.soa_entry_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.soa_entry. */
Datum
ims_soa_entry_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_soa_entry_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[S_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	bool		app_null;
	int64		org_id;
	int64		id;
	char	   *control_set;
	char	   *control_ref;
	bool		applicable;
	TimestampTz now = ims_rule_now();

	ims_attnums(fcinfo, desc, soa_columns, S_NCOLS, c);
	org_id = ims_get_int64(newtup, desc, c[S_ORG], &isnull);
	id = ims_get_int64(newtup, desc, c[S_ID], &isnull);
	if (!is_insert)
		ims_check_tenant(rel, oldtup, newtup, c[S_ORG]);
	control_set = ims_get_text(newtup, desc, c[S_SET]);
	control_ref = SPI_getvalue(newtup, desc, c[S_REF]);

	/* the entry names a control (not a domain, objective or theme) of an ISMS */
	if (is_insert ||
		ims_datum_changed(oldtup, newtup, desc, c[S_SET]) ||
		ims_datum_changed(oldtup, newtup, desc, c[S_REF]) ||
		ims_datum_changed(oldtup, newtup, desc, c[S_MS]))
	{
		Datum		values[4];
		char	   *control_kind;
		char	   *ms_kind;
		ImsSavedUser saved;

		values[0] = CStringGetTextDatum(control_set);
		values[1] = CStringGetTextDatum(control_ref);
		values[2] = Int64GetDatum(org_id);
		values[3] = Int64GetDatum(ims_get_int64(newtup, desc, c[S_MS], &isnull));
		ims_become_owner_safe(&saved);
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		ims2_run(&q_target, values, NULL, false);
		control_kind = ims2_text(0, 1);
		ms_kind = ims2_text(0, 2);
		/* a missing control or management system is left to the foreign keys */
		if (control_kind != NULL && strcmp(control_kind, "control") != 0)
			ims_rule_violation(rel, "soa_entry_control_check",
							   psprintf("%s %s is not a control (its kind is %s)", control_set, control_ref, control_kind),
							   "A Statement of Applicability decides on Annex A controls only.",
							   "Name a control of the set (kind control in ims.control).");
		if (ms_kind != NULL && strcmp(ms_kind, "isms") != 0)
			ims_rule_violation(rel, "soa_entry_management_system_check",
							   psprintf("management system " INT64_FORMAT " is not an ISMS",
										ims_get_int64(newtup, desc, c[S_MS], &isnull)),
							   psprintf("Its kind is \"%s\"; a Statement of Applicability belongs to an ISMS.", ms_kind),
							   "Use the organization's ISMS (ims.management_system, kind isms).");
		SPI_finish();
		ims_restore_user(&saved);
	}

	/* soa_justification, row part: every decision has a justification */
	(void) heap_getattr(newtup, c[S_APPLICABLE], desc, &app_null);
	applicable = ims_get_bool(newtup, desc, c[S_APPLICABLE]);
	if (!app_null && ims_blank(ims_get_text(newtup, desc, c[S_JUSTIFICATION])))
		ims_rule_violation(rel, "soa_justification",
						   psprintf("the SoA decision on %s %s needs a justification", control_set, control_ref),
						   psprintf("The entry %s the control but justification is empty.",
									applicable ? "includes" : "excludes"),
						   "Say why the control is included or excluded in justification, in the same statement.");

	/* who decided, when */
	if (!app_null && (is_insert || ims_datum_changed(oldtup, newtup, desc, c[S_APPLICABLE])))
	{
		char	   *by = ims_get_text(newtup, desc, c[S_DECIDED_BY]);

		if (ims_blank(by) || (!is_insert && !ims_datum_changed(oldtup, newtup, desc, c[S_DECIDED_BY])))
			ims_set(&sets, c[S_DECIDED_BY], CStringGetTextDatum(ims_current_actor()), false);
		ims_set(&sets, c[S_DECIDED_AT], TimestampTzGetDatum(now), false);
	}
	else if (app_null)
	{
		ims_set(&sets, c[S_DECIDED_BY], (Datum) 0, true);
		ims_set(&sets, c[S_DECIDED_AT], (Datum) 0, true);
	}

	/* a carried decision marked for review: clearing the mark records the review */
	if (!is_insert && ims_get_bool(oldtup, desc, c[S_REVIEW]) &&
		!ims_get_bool(newtup, desc, c[S_REVIEW]))
	{
		char	   *by = ims_get_text(newtup, desc, c[S_REVIEWED_BY]);

		if (ims_blank(by) || !ims_datum_changed(oldtup, newtup, desc, c[S_REVIEWED_BY]))
			ims_set(&sets, c[S_REVIEWED_BY], CStringGetTextDatum(ims_current_actor()), false);
		ims_set(&sets, c[S_REVIEWED_AT], TimestampTzGetDatum(now), false);
	}

	if (!is_insert)
		ims_set_touch(&sets, desc, c[S_UPDATED_AT], c[S_UPDATED_BY], now);
	(void) id;
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* soa_justification, commit part, for one entry. */
static void
check_entry(int64 org_id, int64 id)
{
	char	   *status;

	ims2_run_ids(&q_lock_entry, org_id, id);
	if (SPI_processed == 0)
		return;					/* deleted in this transaction */
	ims2_run_ids(&q_entry, org_id, id);
	if (SPI_processed == 0)
		return;
	status = ims2_text(0, 2);
	if (!ims2_bool(0, 1) || status == NULL || strcmp(status, "implemented") != 0)
		return;
	if (ims2_bool(0, 4) || !ims_blank(ims2_text(0, 3)))
		return;
	ims2_violation_on("soa_entry", "soa_justification",
					  psprintf("the SoA marks %s %s implemented without evidence or a reason",
							   ims2_text(0, 5), ims2_text(0, 6)),
					  psprintf("In the SoA of management system %s the control is applicable and implemented, ims.soa_evidence has no row for it and evidence_reason is empty.",
							   ims2_text(0, 7)),
					  "Reference the evidence (ims.soa_evidence), or say in evidence_reason why there is none.");
}

/*
 * ims.soa_links(table): AFTER ... FOR EACH ROW constraint trigger,
 * DEFERRABLE INITIALLY DEFERRED, on ims.soa_entry ('soa_entry') and
 * ims.soa_evidence ('soa_evidence').
 */
Datum
ims_soa_links(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims2_constraint_trigger(fcinfo, "ims_soa_links");
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
	if (strcmp(check, "soa_entry") == 0)
		check_entry(ims2_tuple_int64(rows[nrows - 1], desc, "org_id", &isnull),
					ims2_tuple_int64(rows[nrows - 1], desc, "id", &isnull));
	else if (strcmp(check, "soa_evidence") == 0)
	{
		for (r = 0; r < nrows; r++)
			check_entry(ims2_tuple_int64(rows[r], desc, "org_id", &isnull),
						ims2_tuple_int64(rows[r], desc, "soa_entry_id", &isnull));
	}
	else
		elog(ERROR, "unknown SoA link check \"%s\"", check);
	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_POINTER(NULL);
}
