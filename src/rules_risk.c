/*-------------------------------------------------------------------------
 *
 * rules_risk.c
 *	  The rules of the risk register:
 *	    ims.risk_rules()         BEFORE INSERT OR UPDATE on ims.risk:
 *	                             risk_score_derived, risk_acceptance
 *	                             (accepting and approving are for
 *	                             ims_manager), tenant_immutable,
 *	                             milestones, touch;
 *	    ims.risk_matrix_rules()  BEFORE UPDATE on ims.risk_matrix:
 *	                             risk_score_derived (a scale never shrinks
 *	                             below a value in use), tenant_immutable,
 *	                             touch;
 *	    ims.risk_links(table)    deferred constraint trigger, at commit:
 *	                             risk_treatment_controls;
 *	    ims.risk_control_lock()  BEFORE INSERT OR UPDATE on ims.risk_control:
 *	                             locks the linked SoA entry FOR SHARE, the
 *	                             statement-time half of
 *	                             risk_treatment_controls under concurrency.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/memutils.h"

#include "rules_part2.h"

PG_FUNCTION_INFO_V1(ims_risk_rules);
PG_FUNCTION_INFO_V1(ims_risk_matrix_rules);
PG_FUNCTION_INFO_V1(ims_risk_links);
PG_FUNCTION_INFO_V1(ims_risk_control_lock);

enum
{
	R_ORG, R_ID, R_OWNER, R_STATUS, R_IL, R_II, R_IS, R_TREATMENT, R_RL, R_RI, R_RS,
	R_ACC_BY, R_ACC_AT, R_APP_BY, R_APP_AT, R_CLOSED, R_UPDATED_AT, R_UPDATED_BY, R_NCOLS
};

static const char *const risk_columns[R_NCOLS] = {
	"org_id", "id", "owner", "status", "inherent_likelihood", "inherent_impact", "inherent_score",
	"treatment", "residual_likelihood", "residual_impact", "residual_score",
	"accepted_by", "accepted_at", "approved_by", "approved_at", "closed_at",
	"updated_at", "updated_by"
};

/*
 * The organization's matrix, read and locked FOR SHARE so that the scales,
 * the appetite and top management cannot change until this transaction
 * ends; $2 is the approver to look up in top management.
 */
static Ims2Query q_matrix = {
	"SELECT m.likelihood_levels, m.impact_levels, m.appetite, "
	"coalesce($2 OPERATOR(pg_catalog.=) ANY (m.top_management), false), "
	"pg_catalog.array_to_string(m.top_management, ', ') "
	"FROM ims.risk_matrix m WHERE m.org_id OPERATOR(pg_catalog.=) $1 FOR SHARE",
	2, {INT8OID, TEXTOID}
};

/* A risk using a likelihood or impact above new scales ($2, $3). */
static Ims2Query q_scale_in_use = {
	"SELECT r.id, GREATEST(r.inherent_likelihood, r.residual_likelihood), "
	"GREATEST(r.inherent_impact, r.residual_impact) "
	"FROM ims.risk r WHERE r.org_id OPERATOR(pg_catalog.=) $1 "
	"AND (r.inherent_likelihood OPERATOR(pg_catalog.>) $2 OR r.residual_likelihood OPERATOR(pg_catalog.>) $2 "
	"  OR r.inherent_impact OPERATOR(pg_catalog.>) $3 OR r.residual_impact OPERATOR(pg_catalog.>) $3) "
	"ORDER BY r.id LIMIT 1",
	3, {INT8OID, INT4OID, INT4OID}
};

/* Commit-time queries of risk_treatment_controls. */
static Ims2Query q_lock_risk = {
	"SELECT FROM ims.risk r WHERE r.org_id OPERATOR(pg_catalog.=) $1 AND r.id OPERATOR(pg_catalog.=) $2 "
	"FOR NO KEY UPDATE",
	2, {INT8OID, INT8OID}
};
/*
 * A new or changed link locks its SoA entry FOR SHARE until the end of the
 * transaction, so the entry cannot be excluded meanwhile by a transaction
 * that cannot see the link yet (see ims_risk_control_lock).
 */
static Ims2Query q_lock_entry = {
	"SELECT FROM ims.soa_entry e WHERE e.org_id OPERATOR(pg_catalog.=) $1 AND e.id OPERATOR(pg_catalog.=) $2 "
	"FOR SHARE",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_risk = {
	"SELECT r.treatment, "
	"(SELECT count(*) FROM ims.risk_control rc WHERE rc.org_id OPERATOR(pg_catalog.=) r.org_id "
	"  AND rc.risk_id OPERATOR(pg_catalog.=) r.id), "
	"EXISTS (SELECT FROM ims.risk_control rc JOIN ims.soa_entry e "
	"  ON e.org_id OPERATOR(pg_catalog.=) rc.org_id AND e.id OPERATOR(pg_catalog.=) rc.soa_entry_id "
	"  WHERE rc.org_id OPERATOR(pg_catalog.=) r.org_id AND rc.risk_id OPERATOR(pg_catalog.=) r.id "
	"  AND e.applicable) "
	"FROM ims.risk r WHERE r.org_id OPERATOR(pg_catalog.=) $1 AND r.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};
static Ims2Query q_entry_risks = {
	"SELECT rc.risk_id FROM ims.risk_control rc WHERE rc.org_id OPERATOR(pg_catalog.=) $1 "
	"AND rc.soa_entry_id OPERATOR(pg_catalog.=) $2 ORDER BY rc.risk_id",
	2, {INT8OID, INT8OID}
};

/* A smallint column (0 when NULL). */
static int
get_small(HeapTuple tuple, TupleDesc desc, int attnum, bool *isnull)
{
	return ims_get_int32(tuple, desc, attnum, isnull);
}

/* Did the UPDATE change any of the listed columns? (INSERT: always true) */
static bool
any_changed(HeapTuple oldtup, HeapTuple newtup, TupleDesc desc, const int *c,
			const int *which, int n)
{
	int			i;

	if (oldtup == NULL)
		return true;
	for (i = 0; i < n; i++)
		if (ims_datum_changed(oldtup, newtup, desc, c[which[i]]))
			return true;
	return false;
}

/*
 * risk_score_derived for one pair (inherent or residual): the scales lie on
 * the matrix, and a typed score equals likelihood x impact.  Returns the
 * derived score (0 when the pair is NULL).
 */
static int
derive_score(Relation rel, HeapTuple oldtup, HeapTuple newtup, TupleDesc desc,
			 int att_l, int att_i, int att_s, const char *which, int64 id,
			 bool check_scale, int max_l, int max_i)
{
	bool		l_null;
	bool		i_null;
	bool		s_null;
	int			l = get_small(newtup, desc, att_l, &l_null);
	int			imp = get_small(newtup, desc, att_i, &i_null);
	int			s = get_small(newtup, desc, att_s, &s_null);
	int			derived = (l_null || i_null) ? 0 : l * imp;
	bool		typed = !s_null &&
		(oldtup == NULL || ims_datum_changed(oldtup, newtup, desc, att_s));

	if (check_scale && !l_null && !i_null &&
		(l < 1 || l > max_l || imp < 1 || imp > max_i))
		ims_rule_violation(rel, "risk_score_derived",
						   psprintf("risk " INT64_FORMAT " has %s likelihood or impact outside the risk matrix",
									id, which),
						   psprintf("The %s likelihood is %d and the impact %d; the organization's matrix has likelihood 1 to %d and impact 1 to %d.",
									which, l, imp, max_l, max_i),
						   "Use values on the scales of ims.risk_matrix, or widen the matrix first.");
	if (typed && (l_null || i_null))
		ims_rule_violation(rel, "risk_score_derived",
						   psprintf("risk " INT64_FORMAT " cannot have %s score without its likelihood and impact",
									id, which),
						   psprintf("The statement sets %s_score to %d but %s_likelihood and %s_impact are not both set.",
									which, s, which, which),
						   "Leave the score unset; it is derived from likelihood and impact.");
	if (typed && s != derived)
		ims_rule_violation(rel, "risk_score_derived",
						   psprintf("risk " INT64_FORMAT " cannot have %s score %d", id, which, s),
						   psprintf("The %s score is likelihood x impact = %d x %d = %d.",
									which, l, imp, derived),
						   "Leave the score unset; it is derived from likelihood and impact.");
	return derived;
}

/* ims.risk_rules(): BEFORE INSERT OR UPDATE FOR EACH ROW on ims.risk. */
Datum
ims_risk_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_risk_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	bool		is_insert = TRIGGER_FIRED_BY_INSERT(trigdata->tg_event);
	HeapTuple	newtup = is_insert ? trigdata->tg_trigtuple : trigdata->tg_newtuple;
	HeapTuple	oldtup = is_insert ? NULL : trigdata->tg_trigtuple;
	int			c[R_NCOLS];
	ImsTupleSets sets = {0};
	bool		isnull;
	int64		org_id;
	int64		id;
	char	   *owner;
	char	   *treatment;
	char	   *accepted_by;
	char	   *approved_by;
	bool		accepted;
	bool		approved;
	bool		check_scale;
	bool		check_acceptance;
	int			max_l = 0;
	int			max_i = 0;
	int			appetite = 0;
	bool		approver_ok = false;
	char	   *top_management = NULL;
	int			inherent;
	int			residual;
	int			effective;
	TimestampTz now = ims_rule_now();
	static const int scale_cols[] = {R_IL, R_II, R_RL, R_RI};
	static const int acceptance_cols[] = {R_OWNER, R_TREATMENT, R_ACC_BY, R_APP_BY,
	R_IL, R_II, R_RL, R_RI};

	ims_attnums(fcinfo, desc, risk_columns, R_NCOLS, c);
	org_id = ims_get_int64(newtup, desc, c[R_ORG], &isnull);
	id = ims_get_int64(newtup, desc, c[R_ID], &isnull);
	if (!is_insert)
		ims_check_tenant(rel, oldtup, newtup, c[R_ORG]);

	owner = ims_get_text(newtup, desc, c[R_OWNER]);
	treatment = ims_get_text(newtup, desc, c[R_TREATMENT]);
	accepted_by = ims_get_text(newtup, desc, c[R_ACC_BY]);
	approved_by = ims_get_text(newtup, desc, c[R_APP_BY]);
	accepted = !ims_blank(accepted_by);
	approved = !ims_blank(approved_by);

	/* accepting a risk, and approving its acceptance, are for managers */
	if (accepted && (is_insert || ims_datum_changed(oldtup, newtup, desc, c[R_ACC_BY])))
		ims_require_role("ims_manager", "accept", psprintf("risk " INT64_FORMAT, id));
	if (approved && (is_insert || ims_datum_changed(oldtup, newtup, desc, c[R_APP_BY])))
		ims_require_role("ims_manager", "approve the acceptance of", psprintf("risk " INT64_FORMAT, id));

	/*
	 * The rules look at what a statement changes: an UPDATE that leaves the
	 * scales and the acceptance alone is not re-checked against a matrix
	 * that may have changed since.
	 */
	check_scale = any_changed(oldtup, newtup, desc, c, scale_cols, lengthof(scale_cols));
	check_acceptance = any_changed(oldtup, newtup, desc, c, acceptance_cols,
								   lengthof(acceptance_cols));

	if (check_scale || check_acceptance)
	{
		MemoryContext caller = CurrentMemoryContext;
		Datum		values[2];
		char		nulls[2] = {' ', ' '};
		ImsSavedUser saved;

		values[0] = Int64GetDatum(org_id);
		if (approved)
			values[1] = CStringGetTextDatum(approved_by);
		else
		{
			values[1] = (Datum) 0;
			nulls[1] = 'n';
		}
		ims_become_owner_safe(&saved);
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		ims2_run(&q_matrix, values, nulls, false);
		if (SPI_processed == 0)
			ims_rule_violation(rel, "risk_score_derived",
							   psprintf("organization " INT64_FORMAT " has no risk matrix", org_id),
							   "ims.risk_matrix has no row for the organization.",
							   "Insert the organization's risk matrix (ims.risk_matrix) first.");
		max_l = ims2_int32(0, 1, &isnull);
		max_i = ims2_int32(0, 2, &isnull);
		appetite = ims2_int32(0, 3, &isnull);
		approver_ok = ims2_bool(0, 4);
		top_management = MemoryContextStrdup(caller, ims2_text(0, 5));
		SPI_finish();
		ims_restore_user(&saved);
	}

	/* risk_score_derived */
	inherent = derive_score(rel, oldtup, newtup, desc, c[R_IL], c[R_II], c[R_IS], "inherent", id,
							check_scale, max_l, max_i);
	residual = derive_score(rel, oldtup, newtup, desc, c[R_RL], c[R_RI], c[R_RS], "residual", id,
							check_scale, max_l, max_i);
	ims_set(&sets, c[R_IS], Int16GetDatum((int16) inherent), false);
	ims_set(&sets, c[R_RS], Int16GetDatum((int16) residual), residual == 0);

	/* risk_acceptance */
	effective = residual > 0 ? residual : inherent;
	if (check_acceptance)
	{
		if (treatment != NULL && strcmp(treatment, "retain") == 0 && !accepted)
			ims_rule_violation(rel, "risk_acceptance",
							   psprintf("risk " INT64_FORMAT " cannot be retained without its owner's acceptance", id),
							   psprintf("The treatment is \"retain\" but accepted_by is empty; the owner is \"%s\".",
										owner),
							   "Set accepted_by to the risk owner in the same statement.");
		if (accepted && strcmp(accepted_by, owner) != 0)
			ims_rule_violation(rel, "risk_acceptance",
							   psprintf("risk " INT64_FORMAT " can only be accepted by its owner", id),
							   psprintf("accepted_by is \"%s\" but the risk owner is \"%s\".",
										accepted_by, owner),
							   "The risk owner accepts the residual risk: set accepted_by to the owner, or change the owner first.");
		if (approved && !approver_ok)
			ims_rule_violation(rel, "risk_acceptance",
							   psprintf("risk " INT64_FORMAT " cannot be approved by \"%s\"", id, approved_by),
							   psprintf("\"%s\" is not top management; the organization's matrix names: %s.",
										approved_by, top_management[0] ? top_management : "nobody"),
							   "Have one of the people in ims.risk_matrix.top_management approve.");
		if (accepted && effective > appetite && !approved)
			ims_rule_violation(rel, "risk_acceptance",
							   residual > 0 ?
							   psprintf("risk " INT64_FORMAT " with a residual score of %d above the risk appetite of %d needs a top-management approver",
										id, effective, appetite) :
							   psprintf("risk " INT64_FORMAT " with a score of %d (inherent: no residual assessed) above the risk appetite of %d needs a top-management approver",
										id, effective, appetite),
							   psprintf("The risk is accepted by \"%s\" but approved_by is empty; top management is: %s.",
										accepted_by, top_management[0] ? top_management : "nobody"),
							   "Set approved_by to a member of ims.risk_matrix.top_management in the same statement, or reduce the residual risk.");
	}

	/* milestones */
	if (!accepted)
		ims_set(&sets, c[R_ACC_AT], (Datum) 0, true);
	else if (is_insert ? (ims_get_timestamptz(newtup, desc, c[R_ACC_AT], &isnull), isnull)
			 : ims_datum_changed(oldtup, newtup, desc, c[R_ACC_BY]))
		ims_set(&sets, c[R_ACC_AT], TimestampTzGetDatum(now), false);
	if (!approved)
		ims_set(&sets, c[R_APP_AT], (Datum) 0, true);
	else if (is_insert ? (ims_get_timestamptz(newtup, desc, c[R_APP_AT], &isnull), isnull)
			 : ims_datum_changed(oldtup, newtup, desc, c[R_APP_BY]))
		ims_set(&sets, c[R_APP_AT], TimestampTzGetDatum(now), false);
	{
		char	   *status = ims_get_text(newtup, desc, c[R_STATUS]);

		if (strcmp(status, "closed") != 0)
			ims_set(&sets, c[R_CLOSED], (Datum) 0, true);
		else if (is_insert || ims_datum_changed(oldtup, newtup, desc, c[R_STATUS]))
			ims_set(&sets, c[R_CLOSED], TimestampTzGetDatum(now), false);
	}

	if (!is_insert)
		ims_set_touch(&sets, desc, c[R_UPDATED_AT], c[R_UPDATED_BY], now);
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* ims.risk_matrix_rules(): BEFORE UPDATE FOR EACH ROW on ims.risk_matrix. */
Datum
ims_risk_matrix_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_risk_matrix_rules", true, false);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	HeapTuple	oldtup = trigdata->tg_trigtuple;
	HeapTuple	newtup = trigdata->tg_newtuple;
	ImsTupleSets sets = {0};
	bool		isnull;
	int			att_l = ims_attnum(desc, "likelihood_levels");
	int			att_i = ims_attnum(desc, "impact_levels");
	int			org_att = ims_attnum(desc, "org_id");
	int			new_l;
	int			new_i;

	if (!TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired for UPDATE", "ims_risk_matrix_rules")));
	ims_check_tenant(rel, oldtup, newtup, org_att);
	new_l = ims_get_int32(newtup, desc, att_l, &isnull);
	new_i = ims_get_int32(newtup, desc, att_i, &isnull);
	if (new_l < ims_get_int32(oldtup, desc, att_l, &isnull) ||
		new_i < ims_get_int32(oldtup, desc, att_i, &isnull))
	{
		int64		org_id = ims_get_int64(newtup, desc, org_att, &isnull);
		Datum		values[3] = {Int64GetDatum(org_id), Int32GetDatum(new_l), Int32GetDatum(new_i)};
		ImsSavedUser saved;

		ims_become_owner_safe(&saved);
		if (SPI_connect() != SPI_OK_CONNECT)
			elog(ERROR, "SPI_connect failed");
		ims2_run(&q_scale_in_use, values, NULL, false);
		if (SPI_processed > 0)
			ims_rule_violation(rel, "risk_score_derived",
							   psprintf("the risk matrix of organization " INT64_FORMAT " cannot shrink below the values in use",
										org_id),
							   psprintf("Risk %s uses likelihood %s and impact %s; the new scales are 1 to %d and 1 to %d.",
										ims2_text(0, 1), ims2_text(0, 2), ims2_text(0, 3), new_l, new_i),
							   "Reassess the risks that use the values you drop, then shrink the scales.");
		SPI_finish();
		ims_restore_user(&saved);
	}
	ims_set_touch(&sets, desc, ims_attnum(desc, "updated_at"), ims_attnum(desc, "updated_by"),
				  ims_rule_now());
	return PointerGetDatum(ims_apply_sets(newtup, desc, &sets));
}

/* risk_treatment_controls for one risk. */
static void
check_risk(int64 org_id, int64 id)
{
	char	   *treatment;
	char	   *links;

	ims2_run_ids(&q_lock_risk, org_id, id);
	if (SPI_processed == 0)
		return;					/* deleted in this transaction */
	ims2_run_ids(&q_risk, org_id, id);
	if (SPI_processed == 0)
		return;
	treatment = ims2_text(0, 1);
	if (treatment == NULL || strcmp(treatment, "modify") != 0 || ims2_bool(0, 3))
		return;
	links = ims2_text(0, 2);
	ims2_violation_on("risk", "risk_treatment_controls",
					  psprintf("risk " INT64_FORMAT " treated by modification must link an applicable control of the SoA", id),
					  strcmp(links, "0") == 0 ?
					  pstrdup("The treatment is \"modify\" and ims.risk_control has no row for it.") :
					  psprintf("The treatment is \"modify\" and none of its %s linked SoA entries is applicable.", links),
					  "Link the controls that modify the risk (ims.risk_control) to applicable entries of the Statement of Applicability.");
}

/*
 * ims.risk_links(table): AFTER ... FOR EACH ROW constraint trigger,
 * DEFERRABLE INITIALLY DEFERRED, on ims.risk ('risk'), ims.risk_control
 * ('risk_control') and ims.soa_entry ('soa_entry').
 */
Datum
ims_risk_links(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims2_constraint_trigger(fcinfo, "ims_risk_links");
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
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
	if (strcmp(check, "risk") == 0)
		check_risk(ims2_tuple_int64(rows[nrows - 1], desc, "org_id", &isnull),
				   ims2_tuple_int64(rows[nrows - 1], desc, "id", &isnull));
	else if (strcmp(check, "risk_control") == 0)
	{
		for (r = 0; r < nrows; r++)
			check_risk(ims2_tuple_int64(rows[r], desc, "org_id", &isnull),
					   ims2_tuple_int64(rows[r], desc, "risk_id", &isnull));
	}
	else if (strcmp(check, "soa_entry") == 0)
	{
		int64		org_id = ims2_tuple_int64(rows[nrows - 1], desc, "org_id", &isnull);
		int64	   *risks;
		int			n;
		int			i;

		ims2_run_ids(&q_entry_risks, org_id,
					 ims2_tuple_int64(rows[nrows - 1], desc, "id", &isnull));
		risks = ims2_int64_column(1, &n);
		for (i = 0; i < n; i++)
			check_risk(org_id, risks[i]);
	}
	else
		elog(ERROR, "unknown risk link check \"%s\"", check);
	SPI_finish();
	ims_restore_user(&saved);
	(void) rel;
	PG_RETURN_POINTER(NULL);
}

/*
 * ims.risk_control_lock(): BEFORE INSERT OR UPDATE OF soa_entry_id FOR EACH
 * ROW on ims.risk_control.  A transaction that links a risk to an SoA entry
 * keeps the entry from being excluded by another transaction until it ends:
 * the other transaction's commit-time check cannot see the new link, so
 * without the lock both could commit and leave a modified risk whose only
 * control is excluded.  The lock is taken when the link is written, not at
 * commit, so the commit-time checks lock only the risk and two transactions
 * never wait for each other's rows in opposite orders.
 */
Datum
ims_risk_control_lock(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_risk_control_lock", true, false);
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	HeapTuple	newtup = TRIGGER_FIRED_BY_UPDATE(trigdata->tg_event) ?
		trigdata->tg_newtuple : trigdata->tg_trigtuple;
	bool		isnull;
	ImsSavedUser saved;

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	ims2_run_ids(&q_lock_entry,
				 ims2_tuple_int64(newtup, desc, "org_id", &isnull),
				 ims2_tuple_int64(newtup, desc, "soa_entry_id", &isnull));
	SPI_finish();
	ims_restore_user(&saved);
	return PointerGetDatum(newtup);
}
