/*-------------------------------------------------------------------------
 *
 * rules_deferred.c
 *	  ims.link_rules(check): the rules that span rows, run as deferred
 *	  constraint triggers at commit:
 *	    problem_needs_incident, problem_resolution (implemented change or
 *	    accepted risk),
 *	    major_incident_review (linked problem),
 *	    change_security_assessment (affected CIs),
 *	    change_window (overlaps and freezes), failed_change_incident,
 *	    release_changes_approved.
 *
 * Each check first locks the record (FOR NO KEY UPDATE; for change windows
 * also the CIs of the change) in a query of its own, then re-reads the
 * record and its links in another query: concurrent transactions touching
 * the same record are checked one after the other, and the read, made
 * after the lock was granted, sees what the other transaction committed.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/table.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/snapmgr.h"
#include "access/xact.h"

#include "ims.h"
#include "rules_part2.h"

PG_FUNCTION_INFO_V1(ims_link_rules);

enum
{
	Q_LOCK_PROBLEM, Q_PROBLEM, Q_LOCK_INCIDENT, Q_MAJOR, Q_LOCK_CHANGE, Q_CHANGE,
	Q_LOCK_CIS, Q_OVERLAP, Q_FREEZE, Q_LOCK_RELEASE, Q_RELEASE, Q_RELEASE_CHANGES,
	Q_RISK_PROBLEMS, Q_COUNT
};

static SPIPlanPtr plans[Q_COUNT];

static const char *const queries[Q_COUNT] = {
	/* Q_LOCK_PROBLEM */
	"SELECT FROM ims.problem p WHERE p.org_id = $1 AND p.id = $2 FOR NO KEY UPDATE",
	/* Q_PROBLEM */
	"SELECT p.is_proactive, p.status, "
	"EXISTS (SELECT FROM ims.problem_incident pi WHERE pi.org_id = p.org_id AND pi.problem_id = p.id), "
	"EXISTS (SELECT FROM ims.change_problem cp JOIN ims.change c ON c.org_id = cp.org_id AND c.id = cp.change_id "
	"        WHERE cp.org_id = p.org_id AND cp.problem_id = p.id AND c.status = 'closed' AND c.outcome = 'successful') "
	"OR EXISTS (SELECT FROM ims.problem_risk pr JOIN ims.risk r ON r.org_id = pr.org_id AND r.id = pr.risk_id "
	"        WHERE pr.org_id = p.org_id AND pr.problem_id = p.id AND r.treatment = 'retain' AND r.accepted_by IS NOT NULL) "
	"FROM ims.problem p WHERE p.org_id = $1 AND p.id = $2",
	/* Q_LOCK_INCIDENT */
	"SELECT FROM ims.incident i WHERE i.org_id = $1 AND i.id = $2 FOR NO KEY UPDATE",
	/* Q_MAJOR */
	"SELECT i.is_major, i.status, "
	"EXISTS (SELECT FROM ims.problem_incident pi WHERE pi.org_id = i.org_id AND pi.incident_id = i.id) "
	"FROM ims.incident i WHERE i.org_id = $1 AND i.id = $2",
	/* Q_LOCK_CHANGE */
	"SELECT FROM ims.change c WHERE c.org_id = $1 AND c.id = $2 FOR NO KEY UPDATE",
	/* Q_CHANGE */
	"SELECT c.change_type, c.status, c.outcome, c.planned_start, c.planned_end, "
	"EXISTS (SELECT FROM ims.change_ci cc WHERE cc.org_id = c.org_id AND cc.change_id = c.id), "
	"EXISTS (SELECT FROM ims.change_incident ci WHERE ci.org_id = c.org_id AND ci.change_id = c.id "
	"        AND ci.link_type = 'caused'), "
	"(SELECT min(r.id) FROM ims.release_change rc JOIN ims.release r ON r.org_id = rc.org_id AND r.id = rc.release_id "
	"  WHERE rc.org_id = c.org_id AND rc.change_id = c.id AND r.status IN ('deployed', 'closed')) "
	"FROM ims.change c WHERE c.org_id = $1 AND c.id = $2",
	/* Q_LOCK_CIS */
	"SELECT ci.id FROM ims.ci ci JOIN ims.change_ci cc ON cc.org_id = ci.org_id AND cc.ci_id = ci.id "
	"WHERE cc.org_id = $1 AND cc.change_id = $2 ORDER BY ci.id FOR NO KEY UPDATE OF ci",
	/* Q_OVERLAP */
	"SELECT c2.id, cc2.ci_id FROM ims.change_ci cc "
	"JOIN ims.change_ci cc2 ON cc2.org_id = cc.org_id AND cc2.ci_id = cc.ci_id AND cc2.change_id <> cc.change_id "
	"JOIN ims.change c2 ON c2.org_id = cc2.org_id AND c2.id = cc2.change_id "
	"WHERE cc.org_id = $1 AND cc.change_id = $2 AND c2.status IN ('scheduled', 'implementing') "
	"AND c2.planned_start IS NOT NULL AND c2.planned_end IS NOT NULL "
	"AND pg_catalog.tstzrange(c2.planned_start, c2.planned_end) OPERATOR(pg_catalog.&&) pg_catalog.tstzrange($3, $4) "
	"ORDER BY c2.id, cc2.ci_id LIMIT 1",
	/* Q_FREEZE */
	"SELECT f.id, f.name FROM ims.change_freeze f "
	"WHERE f.org_id = $1 AND f.period OPERATOR(pg_catalog.&&) pg_catalog.tstzrange($3, $4) "
	"AND (f.ci_id IS NULL OR EXISTS (SELECT FROM ims.change_ci cc "
	"     WHERE cc.org_id = f.org_id AND cc.change_id = $2 AND cc.ci_id = f.ci_id)) "
	"ORDER BY f.id LIMIT 1",
	/* Q_LOCK_RELEASE */
	"SELECT FROM ims.release r WHERE r.org_id = $1 AND r.id = $2 FOR NO KEY UPDATE",
	/* Q_RELEASE */
	"SELECT r.status FROM ims.release r WHERE r.org_id = $1 AND r.id = $2",
	/* Q_RELEASE_CHANGES */
	"SELECT c.id, c.status FROM ims.change c JOIN ims.release_change rc ON rc.org_id = c.org_id AND rc.change_id = c.id "
	"WHERE rc.org_id = $1 AND rc.release_id = $2 ORDER BY c.id FOR SHARE OF c",
	/* Q_RISK_PROBLEMS */
	"SELECT pr.problem_id FROM ims.problem_risk pr WHERE pr.org_id = $1 AND pr.risk_id = $2 ORDER BY pr.problem_id"
};

static const int query_nargs[Q_COUNT] = {2, 2, 2, 2, 2, 2, 2, 4, 4, 2, 2, 2, 2};

/*
 * Run one of the checks' queries (kept plans, $n parameters).  Each runs as
 * a query of its own, so under READ COMMITTED it takes a fresh snapshot after
 * the locks taken by the previous ones were granted.  Under REPEATABLE READ
 * and SERIALIZABLE the reads use the latest snapshot, as PostgreSQL's own
 * foreign-key checks do, so work committed by others is never missed.
 */
static void
run_query(int q, int64 org_id, int64 id, Datum start, Datum end)
{
	Oid			argtypes[4] = {INT8OID, INT8OID, TIMESTAMPTZOID, TIMESTAMPTZOID};
	Datum		values[4] = {Int64GetDatum(org_id), Int64GetDatum(id), start, end};
	Snapshot	snapshot = InvalidSnapshot;

	if (plans[q] == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(queries[q], query_nargs[q], argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare rule query %d: %s", q, SPI_result_code_string(SPI_result));
		plans[q] = p;
	}
	if (IsolationUsesXactSnapshot() && strstr(queries[q], " FOR ") == NULL)
		snapshot = GetLatestSnapshot();
	if (SPI_execute_snapshot(plans[q], values, NULL, snapshot, InvalidSnapshot,
							 false, false, 0) != SPI_OK_SELECT)
		elog(ERROR, "rule query %d failed", q);
}

/* problem_needs_incident and problem_resolution for one problem. */
static void
check_problem(int64 org_id, int64 id)
{
	char	   *status;

	run_query(Q_LOCK_PROBLEM, org_id, id, 0, 0);
	run_query(Q_PROBLEM, org_id, id, 0, 0);
	if (SPI_processed == 0)
		return;					/* deleted in this transaction */
	status = ims2_text(0, 2);
	if (!ims2_bool(0, 1) && !ims2_bool(0, 3))
		ims2_violation_on("problem", "problem_needs_incident",
					 psprintf("problem " INT64_FORMAT " must link at least one incident", id),
					 "The problem is not proactive and ims.problem_incident has no row for it.",
					 "Link the incidents it causes, or set is_proactive = true for a problem found before any incident.");
	if ((strcmp(status, "resolved") == 0 || strcmp(status, "closed") == 0) && !ims2_bool(0, 4))
		ims2_violation_on("problem", "problem_resolution",
					 psprintf("problem " INT64_FORMAT " cannot be %s without an implemented change or an accepted risk", id, status),
					 "No change linked to it in ims.change_problem is closed with outcome \"successful\", and no risk linked to it in ims.problem_risk is retained and accepted.",
					 "Link the change that removes the root cause and close it successfully, or link its risk (ims.problem_risk) and have the risk owner accept it.");
}

/* major_incident_review, link part, for one incident. */
static void
check_major_incident(int64 org_id, int64 id)
{
	run_query(Q_LOCK_INCIDENT, org_id, id, 0, 0);
	run_query(Q_MAJOR, org_id, id, 0, 0);
	if (SPI_processed == 0)
		return;
	if (ims2_bool(0, 1) && strcmp(ims2_text(0, 2), "closed") == 0 && !ims2_bool(0, 3))
		ims2_violation_on("incident", "major_incident_review",
					 psprintf("major incident " INT64_FORMAT " cannot be closed without a linked problem", id),
					 "ims.problem_incident has no row for it.",
					 "Record the problem the major incident revealed and link it (ims.problem_incident) before closing.");
}

/* change_window: overlaps with other scheduled changes on a shared CI, and freezes. */
static void
check_change_window(int64 org_id, int64 id, Datum start, Datum end)
{
	/* serialize schedulers of the same CIs */
	run_query(Q_LOCK_CIS, org_id, id, start, end);

	run_query(Q_OVERLAP, org_id, id, start, end);
	if (SPI_processed > 0)
		ims2_violation_on("change", "change_window",
					 psprintf("change " INT64_FORMAT " overlaps change %s on CI %s", id,
							  ims2_text(0, 1), ims2_text(0, 2)),
					 psprintf("Both changes are scheduled on CI %s in overlapping windows.", ims2_text(0, 2)),
					 "Choose a window that does not overlap the other change on the shared CI.");

	run_query(Q_FREEZE, org_id, id, start, end);
	if (SPI_processed > 0)
		ims2_violation_on("change", "change_window",
					 psprintf("change " INT64_FORMAT " falls in change freeze %s", id, ims2_text(0, 1)),
					 psprintf("Its window overlaps the freeze \"%s\" covering its CIs.", ims2_text(0, 2)),
					 "Schedule the change outside the freeze, or raise it as an emergency change if it cannot wait.");
}

/* change_security_assessment (CIs), change_window, failed_change_incident for one change. */
static void
check_change(int64 org_id, int64 id)
{
	char	   *type;
	char	   *status;
	char	   *outcome;
	char	   *release_id;
	bool		has_ci;
	bool		has_incident;
	bool		start_null;
	bool		end_null;
	Datum		start;
	Datum		end;

	run_query(Q_LOCK_CHANGE, org_id, id, 0, 0);
	run_query(Q_CHANGE, org_id, id, 0, 0);
	if (SPI_processed == 0)
		return;
	type = ims2_text(0, 1);
	status = ims2_text(0, 2);
	outcome = ims2_text(0, 3);
	start = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 4, &start_null);
	end = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 5, &end_null);
	has_ci = ims2_bool(0, 6);
	has_incident = ims2_bool(0, 7);
	release_id = ims2_text(0, 8);

	if (!has_ci &&
		(strcmp(status, "approved") == 0 || strcmp(status, "scheduled") == 0 ||
		 strcmp(status, "implementing") == 0 || strcmp(status, "review") == 0 ||
		 strcmp(status, "closed") == 0))
		ims2_violation_on("change", "change_security_assessment",
					 psprintf("change " INT64_FORMAT " cannot be %s without its affected CIs", id, status),
					 "ims.change_ci has no row for it.",
					 "Link the affected configuration items (ims.change_ci) before approval.");

	if (strcmp(status, "closed") == 0 && outcome != NULL &&
		(strcmp(outcome, "failed") == 0 || strcmp(outcome, "backed_out") == 0) && !has_incident)
		ims2_violation_on("change", "failed_change_incident",
					 psprintf("change " INT64_FORMAT " with outcome %s cannot be closed without a linked incident", id, outcome),
					 "ims.change_incident has no row with link_type \"caused\" for it.",
					 "Record the incident the failed change caused and link it (ims.change_incident, link_type caused) before closing.");

	if (release_id != NULL &&
		(strcmp(status, "cancelled") == 0 || strcmp(status, "rejected") == 0))
		ims2_violation_on("release", "release_changes_approved",
					 psprintf("change " INT64_FORMAT " of deployed release %s cannot be %s", id, release_id, status),
					 psprintf("Release %s is deployed and every change in it must stay approved.", release_id),
					 "Leave the change approved; back it out with a new change if needed.");

	if (strcmp(type, "emergency") != 0 && !start_null && !end_null &&
		(strcmp(status, "scheduled") == 0 || strcmp(status, "implementing") == 0))
		check_change_window(org_id, id, start, end);
}

/* release_changes_approved for one release. */
static void
check_release(int64 org_id, int64 id)
{
	char	   *status;
	uint64		i;
	uint64		n;
	uint64		not_approved = 0;
	char	   *first_id = NULL;
	char	   *first_status = NULL;

	run_query(Q_LOCK_RELEASE, org_id, id, 0, 0);
	run_query(Q_RELEASE, org_id, id, 0, 0);
	if (SPI_processed == 0)
		return;
	status = ims2_text(0, 1);
	if (strcmp(status, "deployed") != 0 && strcmp(status, "closed") != 0)
		return;

	run_query(Q_RELEASE_CHANGES, org_id, id, 0, 0);
	n = SPI_processed;
	for (i = 0; i < n; i++)
	{
		char	   *cs = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 2);

		if (strcmp(cs, "approved") != 0 && strcmp(cs, "scheduled") != 0 &&
			strcmp(cs, "implementing") != 0 && strcmp(cs, "review") != 0 &&
			strcmp(cs, "closed") != 0)
		{
			if (not_approved++ == 0)
			{
				first_id = SPI_getvalue(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1);
				first_status = cs;
			}
		}
	}
	if (n == 0)
		ims2_violation_on("release", "release_changes_approved",
					 psprintf("release " INT64_FORMAT " cannot be %s without changes", id, status),
					 "ims.release_change has no row for it.",
					 "Add the approved changes the release deploys (ims.release_change).");
	if (not_approved > 0)
		ims2_violation_on("release", "release_changes_approved",
					 psprintf("release " INT64_FORMAT " cannot be %s while change %s is not approved",
							  id, status, first_id),
					 psprintf("Change %s is \"%s\"; " UINT64_FORMAT " of the release's " UINT64_FORMAT " changes are not approved.",
							  first_id, first_status, not_approved, n),
					 "Approve every change in the release first, or remove the change from ims.release_change.");
}

/* problem_resolution for the problems a risk resolves (its acceptance changed). */
static void
check_risk_problems(int64 org_id, int64 risk_id)
{
	int			n;
	int			i;
	int64	   *problems;

	run_query(Q_RISK_PROBLEMS, org_id, risk_id, 0, 0);
	problems = ims2_int64_column(1, &n);
	for (i = 0; i < n; i++)
		check_problem(org_id, problems[i]);
}

/*
 * ims.link_rules(check): AFTER INSERT/UPDATE/DELETE FOR EACH ROW constraint
 * trigger, DEFERRABLE INITIALLY DEFERRED.  The argument names the table the
 * trigger is on, and so which checks to run.
 */
Datum
ims_link_rules(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims_row_trigger(fcinfo, "ims_link_rules", false, true);
	Relation	rel = trigdata->tg_relation;
	TupleDesc	desc = RelationGetDescr(rel);
	TriggerEvent ev = trigdata->tg_event;
	HeapTuple	tuple;
	const char *check;
	int64		org_id;
	bool		isnull;
	ImsSavedUser saved;

	if (trigdata->tg_trigger->tgnargs != 1)
		elog(ERROR, "ims_link_rules needs the name of its table as argument");
	check = trigdata->tg_trigger->tgargs[0];
	/* the row the event is about: the old row for DELETE, else the new one */
	tuple = TRIGGER_FIRED_BY_UPDATE(ev) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	org_id = ims2_tuple_int64(tuple, desc, "org_id", &isnull);

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");

	if (strcmp(check, "problem") == 0)
		check_problem(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else if (strcmp(check, "incident") == 0)
		check_major_incident(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else if (strcmp(check, "change") == 0)
		check_change(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else if (strcmp(check, "release") == 0)
		check_release(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else if (strcmp(check, "risk") == 0)
		check_risk_problems(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else
	{
		/* link tables: check what the old row linked (and the new one) */
		HeapTuple	rows[2];
		int			nrows = 0;
		int			r;

		nrows = ims_event_rows(trigdata, rows);
		for (r = 0; r < nrows; r++)
		{
			int64		org = ims2_tuple_int64(rows[r], desc, "org_id", &isnull);

			if (strcmp(check, "problem_incident") == 0)
			{
				check_problem(org, ims2_tuple_int64(rows[r], desc, "problem_id", &isnull));
				check_major_incident(org, ims2_tuple_int64(rows[r], desc, "incident_id", &isnull));
			}
			else if (strcmp(check, "change_problem") == 0 || strcmp(check, "problem_risk") == 0)
				check_problem(org, ims2_tuple_int64(rows[r], desc, "problem_id", &isnull));
			else if (strcmp(check, "change_ci") == 0 || strcmp(check, "change_incident") == 0)
				check_change(org, ims2_tuple_int64(rows[r], desc, "change_id", &isnull));
			else if (strcmp(check, "release_change") == 0)
				check_release(org, ims2_tuple_int64(rows[r], desc, "release_id", &isnull));
			else
				elog(ERROR, "unknown link rule check \"%s\"", check);
		}
	}

	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_POINTER(NULL);
}
