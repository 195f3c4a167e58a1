#!/usr/bin/python3
"""A service desk written against ims27013 with a real client library.

Debian's python3-psycopg2 talks to the database the PG* environment variables
name (PGHOST, PGPORT, PGUSER, PGDATABASE, ...).  The script plays a small
service desk application:

  1. as the installing superuser: the extension, two database roles (a desk
     agent in ims_operator, an auditor in ims_auditor), an organization they are
     members of, and a service level target;
  2. as the agent (SET ROLE): records an incident and moves it
     new -> in_progress -> resolved -> closed, catching the rule
     incident_resolution by its SQLSTATE and constraint name on the way;
  3. opens a problem without linking an incident: the rule
     problem_needs_incident refuses it at COMMIT; then does it properly;
  4. as the auditor (who reads everything and writes nothing): tries to change the incident and gets SQLSTATE 42501;
  5. prints a report from the reporting views.

It is also a test (make test, suite "examples"): every outcome is checked and
anything unexpected ends the script with exit status 1.
"""

import sys
import uuid

import psycopg2
import psycopg2.errors

AGENT_ROLE = "servicedesk_example_agent"
AUDITOR_ROLE = "servicedesk_example_auditor"

failures = []


def check(condition, what):
    """Record an expectation; print it as ok / NOT OK."""
    print(("  ok      " if condition else "  NOT OK  ") + what)
    if not condition:
        failures.append(what)


def show_error(e):
    """Print what a client gets from a refused statement."""
    d = e.diag
    print(f"  SQLSTATE {e.pgcode}, constraint {d.constraint_name}, table {d.schema_name}.{d.table_name}")
    print(f"  message: {d.message_primary}")
    print(f"  detail:  {d.message_detail}")
    print(f"  hint:    {d.message_hint}")


def one(cur, sql, args=None):
    """Run a query and return its only row."""
    cur.execute(sql, args)
    row = cur.fetchone()
    if row is None or cur.fetchone() is not None:
        raise RuntimeError(f"expected exactly one row from: {sql}")
    return row


def fmt(v):
    """A value as psql would print it (arrays as {a,b})."""
    if v is None:
        return ""
    if isinstance(v, list):
        return "{" + ",".join(str(x) for x in v) + "}"
    return str(v)


def table(cur, sql, args=None):
    """Run a query and print its result as a small text table."""
    cur.execute(sql, args)
    names = [c.name for c in cur.description]
    rows = [[fmt(v) for v in r] for r in cur.fetchall()]
    widths = [max([len(n)] + [len(r[i]) for r in rows]) for i, n in enumerate(names)]
    print("  " + " | ".join(n.ljust(w) for n, w in zip(names, widths)))
    print("  " + "-+-".join("-" * w for w in widths))
    for r in rows:
        print("  " + " | ".join(v.ljust(w) for v, w in zip(r, widths)))
    return rows


def main():
    # Everything from the PG* variables; schema ims on the search_path so that
    # the ims.isoref operators (clause_ref = '8.6.1') are found.
    conn = psycopg2.connect("", options="-c search_path=public,ims")
    conn.autocommit = False
    cur = conn.cursor()

    # ------------------------------------------------------------------
    print("== 1. Set-up by the database owner (a superuser)")
    cur.execute("CREATE EXTENSION IF NOT EXISTS ims27013")
    for role, group in ((AGENT_ROLE, "ims_operator"), (AUDITOR_ROLE, "ims_auditor")):
        cur.execute("SELECT 1 FROM pg_roles WHERE rolname = %s", (role,))
        if cur.fetchone() is None:
            cur.execute(f'CREATE ROLE "{role}" NOLOGIN')
        cur.execute(f'GRANT "{group}" TO "{role}"')
    code = "example-shop-" + uuid.uuid4().hex[:8]     # the database may be reused
    (org,) = one(cur, "SELECT ims.create_organization(%s, %s, %s)", (code, "Example Shop", AGENT_ROLE))
    cur.execute("INSERT INTO ims.org_member (org_id, role_name) VALUES (%s, %s)", (org, AUDITOR_ROLE))
    # Service level targets are configuration (ims_admin): respond within
    # 30 minutes, resolve within 4 hours, on the organization's 24x7 calendar.
    cur.execute("""
        INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id)
        SELECT %s, 'sla', 'Shop SLA', m, t, c.id
        FROM (VALUES ('response', interval '30 minutes'), ('resolution', interval '4 hours')) AS x(m, t),
             ims.calendar c
        WHERE c.org_id = %s AND c.name = '24x7'""", (org, org))
    conn.commit()
    print(f"  organization {org} ({code}); roles {AGENT_ROLE} (ims_operator), {AUDITOR_ROLE} (ims_auditor)")

    # ------------------------------------------------------------------
    print("\n== 2. The agent records an incident and works it")
    # Session settings, committed so that a later ROLLBACK keeps them.
    cur.execute(f'SET ROLE "{AGENT_ROLE}"')
    cur.execute("SET ims.actor = 'servicedesk.sam'")
    conn.commit()

    cur.execute("INSERT INTO ims.service (org_id, name, owner, criticality) VALUES (%s, 'Web shop', 'head.shop', 1) "
                "RETURNING id", (org,))
    (service,) = cur.fetchone()
    cur.execute("""
        INSERT INTO ims.incident (org_id, title, service_id, impact, urgency)
        VALUES (%s, 'Checkout returns HTTP 500', %s, 2, 2)
        RETURNING id, status, priority""", (org, service))
    incident, status, priority = cur.fetchone()
    conn.commit()
    print(f"  incident {incident}: status {status}, priority {priority} (impact 2 x urgency 2, from the matrix)")
    check(status == "new", "a new incident starts as new")
    check(priority == 3, "priority 3 derived from impact 2 x urgency 2")

    cur.execute("UPDATE ims.incident SET status = 'in_progress', assignee = 'sam' WHERE org_id = %s AND id = %s",
                (org, incident))
    conn.commit()

    print("  resolving without a resolution code ...")
    try:
        cur.execute("UPDATE ims.incident SET status = 'resolved' WHERE org_id = %s AND id = %s", (org, incident))
        conn.commit()
        check(False, "resolving without a resolution code is refused")
    except psycopg2.errors.CheckViolation as e:
        conn.rollback()
        show_error(e)
        check(e.pgcode == "23514", "SQLSTATE 23514 (check_violation)")
        check(e.diag.constraint_name == "incident_resolution", "constraint name = rule incident_resolution")
        check(e.diag.table_name == "incident", "table name = incident")
    (status,) = one(cur, "SELECT status FROM ims.incident WHERE org_id = %s AND id = %s", (org, incident))
    check(status == "in_progress", "nothing of the refused statement persisted (still in_progress)")

    print("  ... and with one, as the hint says")
    cur.execute("""
        UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed',
               resolution_note = 'Payment provider certificate renewed.'
        WHERE org_id = %s AND id = %s""", (org, incident))
    conn.commit()
    cur.execute("UPDATE ims.incident SET status = 'closed' WHERE org_id = %s AND id = %s", (org, incident))
    conn.commit()
    status, responded, resolved, closed = one(cur, """
        SELECT status, responded_at IS NOT NULL, resolved_at IS NOT NULL, closed_at IS NOT NULL
        FROM ims.incident WHERE org_id = %s AND id = %s""", (org, incident))
    check((status, responded, resolved, closed) == ("closed", True, True, True),
          "closed, with responded_at, resolved_at and closed_at set by the rules")
    cur.execute("""SELECT from_status, to_status, changed_by FROM ims.status_history
                   WHERE org_id = %s AND record_kind = 'incident' AND record_id = %s ORDER BY id""", (org, incident))
    steps = cur.fetchall()
    check([(f, t) for f, t, _ in steps] == [("new", "in_progress"), ("in_progress", "resolved"), ("resolved", "closed")],
          "status history: new -> in_progress -> resolved -> closed")
    check(all(by == "servicedesk.sam" for _, _, by in steps), "every step recorded as done by ims.actor servicedesk.sam")

    # ------------------------------------------------------------------
    print("\n== 3. A rule checked at COMMIT: a problem needs an incident")
    cur.execute("INSERT INTO ims.problem (org_id, title) VALUES (%s, 'Certificates expire unnoticed') RETURNING id",
                (org,))
    print("  INSERT INTO ims.problem ... accepted by the statement; COMMIT ...")
    try:
        conn.commit()
        check(False, "a problem without an incident is refused at COMMIT")
    except psycopg2.errors.CheckViolation as e:
        show_error(e)          # psycopg2 has already rolled the transaction back
        check(e.pgcode == "23514", "SQLSTATE 23514 at COMMIT")
        check(e.diag.constraint_name == "problem_needs_incident", "constraint name = rule problem_needs_incident")
    (n,) = one(cur, "SELECT count(*) FROM ims.problem WHERE org_id = %s", (org,))
    check(n == 0, "the whole transaction was rolled back: no problem row")

    cur.execute("INSERT INTO ims.problem (org_id, title) VALUES (%s, 'Certificates expire unnoticed') RETURNING id",
                (org,))
    (problem,) = cur.fetchone()
    cur.execute("INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (%s, %s, %s)",
                (org, problem, incident))
    conn.commit()
    print(f"  problem {problem} with its incident link in one transaction: committed")
    (n,) = one(cur, """SELECT count(*) FROM ims.problem p JOIN ims.problem_incident l
                       ON l.org_id = p.org_id AND l.problem_id = p.id
                       WHERE p.org_id = %s AND p.id = %s AND l.incident_id = %s""", (org, problem, incident))
    check(n == 1, "problem and link committed together")

    # ------------------------------------------------------------------
    print("\n== 4. A role without the right: SQLSTATE 42501")
    try:
        cur.execute(f'SET ROLE "{AUDITOR_ROLE}"')    # undone by the rollback below
        cur.execute("UPDATE ims.incident SET title = 'tampered' WHERE org_id = %s AND id = %s", (org, incident))
        conn.commit()
        check(False, "an auditor cannot update an incident")
    except psycopg2.errors.InsufficientPrivilege as e:
        conn.rollback()
        print(f"  SQLSTATE {e.pgcode}: {e.diag.message_primary}")
        check(e.pgcode == "42501", "SQLSTATE 42501 (insufficient_privilege)")
    (role,) = one(cur, "SELECT current_user")
    check(role == AGENT_ROLE, "the rollback restored the agent's role")

    # ------------------------------------------------------------------
    print("\n== 5. Report from the views (as the auditor)")
    cur.execute(f'SET ROLE "{AUDITOR_ROLE}"')
    print("  ims.sla_status: the incident's clocks")
    rows = table(cur, """
        SELECT agreement_name, metric, state, elapsed_hours, target, stopped_at IS NOT NULL AS stopped
        FROM ims.sla_status WHERE org_id = %s AND record_kind = 'incident' AND record_id = %s
        ORDER BY metric""", (org, incident))
    check([(r[1], r[2]) for r in rows] == [("resolution", "met"), ("response", "met")],
          "both SLA clocks met")

    print("\n  ims.sla_compliance: this month")
    rows = table(cur, """
        SELECT service_name, month, metric, met_count, breached_count, met_pct
        FROM ims.sla_compliance WHERE org_id = %s AND month = date_trunc('month', now())::date
        ORDER BY metric""", (org,))
    check(len(rows) == 2 and all(r[5] == "100.00" for r in rows), "100% met this month")

    print("\n  ims.open_record_ageing: what is still open")
    rows = table(cur, """
        SELECT record_kind, record_id, status, age_bucket FROM ims.open_record_ageing
        WHERE org_id = %s ORDER BY record_kind, record_id""", (org,))
    check([(r[0], r[1]) for r in rows] == [("problem", str(problem))],
          "the problem is open, the closed incident is not")

    print("\n  ims.clause_coverage: how ISO/IEC 20000-1 8.6.1 is enforced")
    rows = table(cur, """
        SELECT clause_ref, coverage, enforcing_rules, evidencing_records
        FROM ims.clause_coverage
        WHERE org_id = %s AND standard = '20000-1:2018' AND clause_ref = '8.6.1'""", (org,))
    check(len(rows) == 1 and "incident_resolution" in rows[0][2].strip("{}").split(","), "8.6.1 is enforced by incident_resolution")

    cur.execute("SELECT count(DISTINCT org_id) FROM ims.open_record_ageing")
    (orgs,) = cur.fetchone()
    check(orgs == 1, "row-level security: the auditor sees only its organization")
    conn.rollback()
    cur.execute("RESET ROLE")
    conn.commit()
    conn.close()

    print()
    if failures:
        print(f"{len(failures)} expectation(s) failed:")
        for f in failures:
            print("  - " + f)
        return 1
    print("servicedesk: every expectation met")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except psycopg2.Error as e:
        print(f"unexpected database error: SQLSTATE {e.pgcode}: {e}", file=sys.stderr)
        sys.exit(1)
