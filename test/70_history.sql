-- History (issue 7): every INSERT, UPDATE and DELETE of a row of every
-- register writes one ims.history row (record_key = the primary key,
-- row_data = the row after the change or the deleted row, changed_columns,
-- txid, changed_at, db_role, actor); the catalogue check that every register
-- carries the trigger; failed and rolled-back statements leave no history;
-- registers read as of an instant (ims.as_of, ims.as_of_rows); the view
-- ims.audit_trail.  The chain and the evidence log: test/71_evidence_chain.sql.
BEGIN;
SELECT plan(109);

SET ims.actor = 'agent.t70';
INSERT INTO ims.organization (code, name) VALUES ('t70a', 'Test 70 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t70b', 'Test 70 B') RETURNING org_id AS org2 \gset

-- ---------------------------------------------------------------------------
-- The catalogue: which tables record their history.

-- The registers that record their history (28 of part 1, 32 of part 2), and the tables of schema ims that
-- carry an org_id but are exempt (with the reason in docs/history.md):
--   history, evidence, evidence_link, custody_event, chain_seal: the history
--     and evidence log themselves (append-only and hash-chained instead);
--   chain_head: the chain's head, moved only by ims.seal_chain;
--   status_history, escalation_log: logs written by the rules, one row per
--     event, never meant to change;
--   lifecycle_transition, clock_pause_status: mostly built-in rows (org_id
--     NULL); an organization's own rows only tighten the built-in ones;
--   org_member: who may see an organization (security, issue 9).
CREATE TEMP TABLE registers (name text PRIMARY KEY);
INSERT INTO registers
SELECT unnest(ARRAY[
    'organization', 'management_system', 'service', 'service_scope', 'ci', 'ci_relation', 'service_ci',
    'priority_matrix', 'incident', 'incident_ci', 'problem', 'problem_incident', 'known_error',
    'change_model', 'change', 'change_ci', 'change_problem', 'change_incident', 'change_freeze',
    'release', 'release_change', 'service_request', 'calendar', 'calendar_hours', 'calendar_exception',
    'sla_target', 'organization_regime', 'regulatory_report',
    -- part 2 (74_part2_history.sql)
    'risk_matrix', 'risk_matrix_level', 'risk', 'risk_ci', 'risk_service', 'problem_risk',
    'soa_entry', 'soa_evidence', 'risk_control', 'soa_requirement',
    'supplier', 'customer', 'agreement', 'agreement_service', 'risk_supplier', 'risk_customer',
    'objective', 'objective_measurement', 'audit_programme', 'audit', 'audit_clause', 'finding',
    'nonconformity', 'corrective_action', 'management_review', 'management_review_item',
    'continuity_plan', 'continuity_test', 'availability_target', 'service_outage',
    'capacity_threshold', 'capacity_record']);
CREATE TEMP TABLE exempt (name text PRIMARY KEY);
INSERT INTO exempt
SELECT unnest(ARRAY[
    'history', 'evidence', 'evidence_link', 'custody_event', 'chain_seal', 'chain_head',
    'status_history', 'escalation_log', 'lifecycle_transition', 'clock_pause_status', 'org_member']);

-- The history triggers of a table: AFTER, FOR EACH ROW, on INSERT, UPDATE and
-- DELETE, enabled, calling ims.history_record().
CREATE FUNCTION pg_temp.history_triggers(tab text) RETURNS bigint LANGUAGE sql AS $$
    SELECT count(*) FROM pg_catalog.pg_trigger t
    WHERE t.tgrelid = pg_catalog.to_regclass('ims.' || pg_catalog.quote_ident(tab))
      AND t.tgfoid = 'ims.history_record()'::regprocedure
      AND t.tgtype = (1 | 4 | 8 | 16)      -- ROW | INSERT | DELETE | UPDATE, not BEFORE, not INSTEAD
      AND t.tgenabled = 'O' AND NOT t.tgisinternal $$;

SELECT is((SELECT count(*)::int FROM registers WHERE pg_temp.history_triggers(name) = 1), 60,
          'each of the 60 registers has exactly one AFTER INSERT OR UPDATE OR DELETE FOR EACH ROW trigger calling ims.history_record()');
SELECT set_eq($$
    SELECT c.relname::text FROM pg_catalog.pg_class c
    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'p')
      AND EXISTS (SELECT FROM pg_catalog.pg_attribute a WHERE a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped)
      AND c.relname NOT IN (SELECT name FROM exempt)
$$, 'SELECT name FROM registers',
   'every table of schema ims with an org_id records its history, except the exempt ones (a new register without the trigger fails here)');
SELECT is_empty($$
    SELECT c.relname FROM pg_catalog.pg_trigger t JOIN pg_catalog.pg_class c ON c.oid = t.tgrelid
    WHERE t.tgfoid = 'ims.history_record()'::regprocedure AND c.relname NOT IN (SELECT name FROM registers)
$$, 'no other table carries a history trigger (the exempt tables and the catalogue do not)');
SELECT is_empty($$
    SELECT r.name FROM registers r
    WHERE NOT EXISTS (SELECT FROM pg_catalog.pg_index i
                      WHERE i.indrelid = ('ims.' || r.name)::regclass AND i.indisprimary)
$$, 'every register has a primary key (the record_key of its history)');

-- ---------------------------------------------------------------------------
-- Every register writes history: INSERT, UPDATE and DELETE of one row.

-- The primary key of a row of a table, as JSON: the oracle for record_key.
CREATE FUNCTION pg_temp.key_of(tab text, r jsonb) RETURNS jsonb LANGUAGE sql AS $$
    SELECT jsonb_object_agg(a.attname, r -> a.attname::text)
    FROM pg_catalog.pg_index i
    JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
    WHERE i.indrelid = ('ims.' || quote_ident(tab))::regclass AND i.indisprimary $$;

-- The history rows a statement wrote: the statement (an INSERT, UPDATE or
-- DELETE of table tab with the alias t) is run with RETURNING to_jsonb(t);
-- for the row it changed, the history rows written are described as
-- "OPERATION [changed columns]", with a mark for every field that is not what
-- the statement did: (key?) record_key, (row?) row_data, (org?) org_id,
-- (tx?) txid, (when?) changed_at, (role?) db_role, (actor?) actor; rows the
-- statement wrote for other records are counted as "+N"; a statement that
-- fails (or changes more or less than one row) is reported as "error ...".
CREATE FUNCTION pg_temp.written(tab text, stmt text) RETURNS text LANGUAGE plpgsql AS $$
DECLARE
    mark bigint := (SELECT coalesce(max(id), 0) FROM ims.history);
    started timestamptz := clock_timestamp();
    r jsonb;
    k jsonb;
    mine text;
    others bigint;
BEGIN
    EXECUTE stmt || ' RETURNING to_jsonb(t)' INTO STRICT r;
    k := pg_temp.key_of(tab, r);
    SELECT string_agg(h.operation
                      || coalesce(' ' || h.changed_columns::text, '')
                      || CASE WHEN h.record_key = k THEN '' ELSE ' (key?)' END
                      || CASE WHEN h.row_data = r THEN '' ELSE ' (row?)' END
                      || CASE WHEN h.org_id = (r ->> 'org_id')::bigint THEN '' ELSE ' (org?)' END
                      || CASE WHEN h.txid = txid_current() THEN '' ELSE ' (tx?)' END
                      || CASE WHEN h.changed_at BETWEEN started AND clock_timestamp() THEN '' ELSE ' (when?)' END
                      || CASE WHEN h.db_role = current_user THEN '' ELSE ' (role?)' END
                      || CASE WHEN h.actor = ims.current_actor() THEN '' ELSE ' (actor?)' END,
                      ', ' ORDER BY h.id)
    INTO mine
    FROM ims.history h
    WHERE h.id > mark AND h.table_name = tab AND h.record_key = k;
    SELECT count(*) INTO others FROM ims.history h
    WHERE h.id > mark AND NOT (h.table_name = tab AND h.record_key = k);
    RETURN coalesce(mine, 'nothing') || CASE WHEN others > 0 THEN ' +' || others ELSE '' END;
EXCEPTION WHEN others THEN
    RETURN 'error ' || SQLSTATE || ': ' || SQLERRM;
END $$;

-- INSERT, UPDATE and DELETE of one row of a register, each described.
CREATE FUNCTION pg_temp.exercise(tab text, ins text, upd text, del text) RETURNS text LANGUAGE sql AS $$
    SELECT pg_temp.written(tab, ins) || ' | ' || pg_temp.written(tab, upd) || ' | ' || pg_temp.written(tab, del) $$;

-- Rows the other registers refer to.
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'sms', '20000-1:2018', 'SMS') RETURNING id AS ms \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Portal') RETURNING id AS svc \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'web-1', 'server') RETURNING id AS ci1 \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'db-1', 'database') RETURNING id AS ci2 \gset
INSERT INTO ims.incident (org_id, title) VALUES (:org, 'Portal slow') RETURNING id AS inc \gset
INSERT INTO ims.problem (org_id, title) VALUES (:org, 'Portal slow under load') RETURNING id AS prb \gset
INSERT INTO ims.change (org_id, title) VALUES (:org, 'Add a web node') RETURNING id AS chg \gset
INSERT INTO ims.release (org_id, name) VALUES (:org, 'R1') RETURNING id AS rel \gset
SELECT id AS cal FROM ims.calendar WHERE org_id = :org \gset
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:org, 'nis2');
DELETE FROM ims.priority_matrix WHERE org_id = :org AND impact = 4 AND urgency = 4;
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2022', 'ISMS 2022') RETURNING id AS isms \gset
INSERT INTO ims.risk (org_id, title, owner, inherent_likelihood, inherent_impact)
VALUES (:org, 'Portal outage', 'cio', 2, 3) RETURNING id AS rsk \gset
INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref)
VALUES (:org, :isms, '27001:2022', 'A.5.1') RETURNING id AS soa \gset
INSERT INTO ims.supplier (org_id, name) VALUES (:org, 'HostCo') RETURNING id AS sup \gset
INSERT INTO ims.customer (org_id, name) VALUES (:org, 'Shop AG') RETURNING id AS cus \gset
INSERT INTO ims.agreement (org_id, kind, title, internal_party) VALUES (:org, 'ola', 'Ops OLA', 'IT operations') RETURNING id AS agr \gset
INSERT INTO ims.objective (org_id, management_system_id, title, measure, target)
VALUES (:org, :isms, 'Patch quickly', 'days to patch', 14) RETURNING id AS obj \gset
INSERT INTO ims.audit_programme (org_id, name) VALUES (:org, 'Audits 2026') RETURNING id AS apg \gset
INSERT INTO ims.audit (org_id, programme_id, management_system_id, title) VALUES (:org, :apg, :isms, 'ISMS audit') RETURNING id AS adt \gset
INSERT INTO ims.nonconformity (org_id, management_system_id, source, standard, clause_ref, title)
VALUES (:org, :isms, 'monitoring', '27001:2022', '8.1', 'Patch backlog') RETURNING id AS ncf \gset
INSERT INTO ims.management_review (org_id, management_system_id, title) VALUES (:org, :isms, 'Review 2026') RETURNING id AS mrv \gset
INSERT INTO ims.continuity_plan (org_id, service_id, title) VALUES (:org, :svc, 'Portal recovery') RETURNING id AS cpl \gset
INSERT INTO ims.capacity_threshold (org_id, service_id, metric, warning_level, critical_level)
VALUES (:org, :svc, 'cpu', 70, 90) RETURNING id AS cth \gset
-- An organization whose risk matrix is removed, so that one can be inserted.
INSERT INTO ims.organization (code, name) VALUES ('t70r', 'Test 70 R') RETURNING org_id AS orgr \gset
DELETE FROM ims.risk_matrix WHERE org_id = :orgr;

CREATE TEMP TABLE exercised (tab text PRIMARY KEY, ins text, upd text, del text, expected text);
INSERT INTO exercised VALUES
    ('organization',
     $$INSERT INTO ims.organization AS t (code, name) VALUES ('t70z', 'Test 70 Z')$$,
     $$UPDATE ims.organization t SET name = 'Test 70 Zed' WHERE code = 't70z'$$,
     $$DELETE FROM ims.organization t WHERE code = 't70z'$$,
     'INSERT +29 | UPDATE {name,updated_at,updated_by} | DELETE +29'),
    ('management_system',
     format($$INSERT INTO ims.management_system AS t (org_id, kind, standard, name) VALUES (%s, 'isms', '27001:2022', 'ISMS')$$, :org),
     format($$UPDATE ims.management_system t SET scope_statement = 'Hosting' WHERE org_id = %s AND name = 'ISMS'$$, :org),
     format($$DELETE FROM ims.management_system t WHERE org_id = %s AND name = 'ISMS'$$, :org),
     'INSERT | UPDATE {scope_statement,updated_at,updated_by} | DELETE'),
    ('service',
     format($$INSERT INTO ims.service AS t (org_id, name) VALUES (%s, 'Mail')$$, :org),
     format($$UPDATE ims.service t SET owner = 'ops' WHERE org_id = %s AND name = 'Mail'$$, :org),
     format($$DELETE FROM ims.service t WHERE org_id = %s AND name = 'Mail'$$, :org),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('service_scope',
     format($$INSERT INTO ims.service_scope AS t (org_id, service_id, management_system_id) VALUES (%s, %s, %s)$$, :org, :svc, :ms),
     format($$UPDATE ims.service_scope t SET created_by = 'scoper' WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     format($$DELETE FROM ims.service_scope t WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('ci',
     format($$INSERT INTO ims.ci AS t (org_id, name, ci_class) VALUES (%s, 'lb-1', 'appliance')$$, :org),
     format($$UPDATE ims.ci t SET owner = 'network' WHERE org_id = %s AND name = 'lb-1'$$, :org),
     format($$DELETE FROM ims.ci t WHERE org_id = %s AND name = 'lb-1'$$, :org),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('ci_relation',
     format($$INSERT INTO ims.ci_relation AS t (org_id, source_ci_id, relation_type, target_ci_id) VALUES (%s, %s, 'depends_on', %s)$$, :org, :ci1, :ci2),
     format($$UPDATE ims.ci_relation t SET created_by = 'modeller' WHERE org_id = %s AND source_ci_id = %s$$, :org, :ci1),
     format($$DELETE FROM ims.ci_relation t WHERE org_id = %s AND source_ci_id = %s$$, :org, :ci1),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('service_ci',
     format($$INSERT INTO ims.service_ci AS t (org_id, service_id, ci_id) VALUES (%s, %s, %s)$$, :org, :svc, :ci1),
     format($$UPDATE ims.service_ci t SET created_by = 'modeller' WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     format($$DELETE FROM ims.service_ci t WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('priority_matrix',
     format($$INSERT INTO ims.priority_matrix AS t (org_id, impact, urgency, priority) VALUES (%s, 4, 4, 5)$$, :org),
     format($$UPDATE ims.priority_matrix t SET priority = 4 WHERE org_id = %s AND impact = 4 AND urgency = 4$$, :org),
     format($$DELETE FROM ims.priority_matrix t WHERE org_id = %s AND impact = 4 AND urgency = 4$$, :org),
     'INSERT | UPDATE {priority} | DELETE'),
    ('incident',
     format($$INSERT INTO ims.incident AS t (org_id, title) VALUES (%s, 'Mail bounces')$$, :org),
     format($$UPDATE ims.incident t SET title = 'Mail bounces for one domain' WHERE org_id = %s AND title = 'Mail bounces'$$, :org),
     format($$DELETE FROM ims.incident t WHERE org_id = %s AND title = 'Mail bounces for one domain'$$, :org),
     'INSERT | UPDATE {title,updated_at,updated_by} | DELETE'),
    ('incident_ci',
     format($$INSERT INTO ims.incident_ci AS t (org_id, incident_id, ci_id) VALUES (%s, %s, %s)$$, :org, :inc, :ci1),
     format($$UPDATE ims.incident_ci t SET created_by = 'triage' WHERE org_id = %s AND incident_id = %s$$, :org, :inc),
     format($$DELETE FROM ims.incident_ci t WHERE org_id = %s AND incident_id = %s$$, :org, :inc),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('problem',
     format($$INSERT INTO ims.problem AS t (org_id, title, is_proactive) VALUES (%s, 'Disk wear', true)$$, :org),
     format($$UPDATE ims.problem t SET description = 'SMART warnings' WHERE org_id = %s AND title = 'Disk wear'$$, :org),
     format($$DELETE FROM ims.problem t WHERE org_id = %s AND title = 'Disk wear'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('problem_incident',
     format($$INSERT INTO ims.problem_incident AS t (org_id, problem_id, incident_id) VALUES (%s, %s, %s)$$, :org, :prb, :inc),
     format($$UPDATE ims.problem_incident t SET created_by = 'analyst' WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     format($$DELETE FROM ims.problem_incident t WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('known_error',
     format($$INSERT INTO ims.known_error AS t (org_id, problem_id, root_cause, workaround) VALUES (%s, %s, 'Pool too small', 'Restart')$$, :org, :prb),
     format($$UPDATE ims.known_error t SET workaround = 'Restart the pool' WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     format($$DELETE FROM ims.known_error t WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     'INSERT | UPDATE {workaround,updated_at,updated_by} | DELETE'),
    ('change_model',
     format($$INSERT INTO ims.change_model AS t (org_id, name, risk_level, security_impact_assessment, authorized_by) VALUES (%s, 'Patch', 'low', 'None.', 'cab')$$, :org),
     format($$UPDATE ims.change_model t SET description = 'Monthly patches' WHERE org_id = %s AND name = 'Patch'$$, :org),
     format($$DELETE FROM ims.change_model t WHERE org_id = %s AND name = 'Patch'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('change',
     format($$INSERT INTO ims.change AS t (org_id, title) VALUES (%s, 'Rotate keys')$$, :org),
     format($$UPDATE ims.change t SET description = 'TLS keys' WHERE org_id = %s AND title = 'Rotate keys'$$, :org),
     format($$DELETE FROM ims.change t WHERE org_id = %s AND title = 'Rotate keys'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('change_ci',
     format($$INSERT INTO ims.change_ci AS t (org_id, change_id, ci_id) VALUES (%s, %s, %s)$$, :org, :chg, :ci1),
     format($$UPDATE ims.change_ci t SET created_by = 'planner' WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     format($$DELETE FROM ims.change_ci t WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('change_problem',
     format($$INSERT INTO ims.change_problem AS t (org_id, change_id, problem_id) VALUES (%s, %s, %s)$$, :org, :chg, :prb),
     format($$UPDATE ims.change_problem t SET created_by = 'planner' WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     format($$DELETE FROM ims.change_problem t WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('change_incident',
     format($$INSERT INTO ims.change_incident AS t (org_id, change_id, incident_id) VALUES (%s, %s, %s)$$, :org, :chg, :inc),
     format($$UPDATE ims.change_incident t SET link_type = 'fixes' WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     format($$DELETE FROM ims.change_incident t WHERE org_id = %s AND change_id = %s$$, :org, :chg),
     'INSERT | UPDATE {link_type} | DELETE'),
    ('change_freeze',
     format($$INSERT INTO ims.change_freeze AS t (org_id, name, period) VALUES (%s, 'Year end', '[2026-12-20, 2027-01-05)')$$, :org),
     format($$UPDATE ims.change_freeze t SET name = 'Year-end freeze' WHERE org_id = %s AND name = 'Year end'$$, :org),
     format($$DELETE FROM ims.change_freeze t WHERE org_id = %s AND name = 'Year-end freeze'$$, :org),
     'INSERT | UPDATE {name,updated_at,updated_by} | DELETE'),
    ('release',
     format($$INSERT INTO ims.release AS t (org_id, name) VALUES (%s, 'R2')$$, :org),
     format($$UPDATE ims.release t SET planned_at = '2026-12-01 10:00+00' WHERE org_id = %s AND name = 'R2'$$, :org),
     format($$DELETE FROM ims.release t WHERE org_id = %s AND name = 'R2'$$, :org),
     'INSERT | UPDATE {planned_at,updated_at,updated_by} | DELETE'),
    ('release_change',
     format($$INSERT INTO ims.release_change AS t (org_id, release_id, change_id) VALUES (%s, %s, %s)$$, :org, :rel, :chg),
     format($$UPDATE ims.release_change t SET created_by = 'release.manager' WHERE org_id = %s AND release_id = %s$$, :org, :rel),
     format($$DELETE FROM ims.release_change t WHERE org_id = %s AND release_id = %s$$, :org, :rel),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('service_request',
     format($$INSERT INTO ims.service_request AS t (org_id, title) VALUES (%s, 'New laptop')$$, :org),
     format($$UPDATE ims.service_request t SET assignee = 'desk' WHERE org_id = %s AND title = 'New laptop'$$, :org),
     format($$DELETE FROM ims.service_request t WHERE org_id = %s AND title = 'New laptop'$$, :org),
     'INSERT | UPDATE {assignee,updated_at,updated_by} | DELETE'),
    ('calendar',
     format($$INSERT INTO ims.calendar AS t (org_id, name, time_zone) VALUES (%s, 'Office', 'Europe/Berlin')$$, :org),
     format($$UPDATE ims.calendar t SET description = 'Mon-Fri 9-17' WHERE org_id = %s AND name = 'Office'$$, :org),
     format($$DELETE FROM ims.calendar t WHERE org_id = %s AND name = 'Office'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('calendar_hours',
     format($$INSERT INTO ims.calendar_hours AS t (org_id, calendar_id, weekday, start_time, end_time) VALUES (%s, %s, 1, '08:00', '12:00')$$, :org, :cal),
     format($$UPDATE ims.calendar_hours t SET end_time = '13:00' WHERE org_id = %s AND calendar_id = %s AND start_time = '08:00'$$, :org, :cal),
     format($$DELETE FROM ims.calendar_hours t WHERE org_id = %s AND calendar_id = %s AND start_time = '08:00'$$, :org, :cal),
     'INSERT | UPDATE {end_time} | DELETE'),
    ('calendar_exception',
     format($$INSERT INTO ims.calendar_exception AS t (org_id, calendar_id, day) VALUES (%s, %s, '2026-12-25')$$, :org, :cal),
     format($$UPDATE ims.calendar_exception t SET reason = 'Christmas Day' WHERE org_id = %s AND day = '2026-12-25'$$, :org),
     format($$DELETE FROM ims.calendar_exception t WHERE org_id = %s AND day = '2026-12-25'$$, :org),
     'INSERT | UPDATE {reason} | DELETE'),
    ('sla_target',
     format($$INSERT INTO ims.sla_target AS t (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES (%s, 'sla', 'Gold', 'response', '4 hours', %s)$$, :org, :cal),
     format($$UPDATE ims.sla_target t SET warning_pct = 80 WHERE org_id = %s AND agreement_name = 'Gold'$$, :org),
     format($$DELETE FROM ims.sla_target t WHERE org_id = %s AND agreement_name = 'Gold'$$, :org),
     'INSERT | UPDATE {warning_pct,updated_at,updated_by} | DELETE'),
    ('organization_regime',
     format($$INSERT INTO ims.organization_regime AS t (org_id, regime) VALUES (%s, 'dora')$$, :org),
     format($$UPDATE ims.organization_regime t SET regime = t.regime WHERE org_id = %s AND regime = 'dora'$$, :org),
     format($$DELETE FROM ims.organization_regime t WHERE org_id = %s AND regime = 'dora'$$, :org),
     'INSERT | UPDATE | DELETE'),
    ('regulatory_report',
     format($$INSERT INTO ims.regulatory_report AS t (org_id, incident_id, regime, step) VALUES (%s, %s, 'nis2', 'early_warning')$$, :org, :inc),
     format($$UPDATE ims.regulatory_report t SET reference = 'CSIRT-2026-17' WHERE org_id = %s AND incident_id = %s$$, :org, :inc),
     format($$DELETE FROM ims.regulatory_report t WHERE org_id = %s AND incident_id = %s$$, :org, :inc),
     'INSERT | UPDATE {reference} | DELETE'),
    ('risk_matrix',
     format($$INSERT INTO ims.risk_matrix AS t (org_id, appetite) VALUES (%s, 10)$$, :orgr),
     format($$UPDATE ims.risk_matrix t SET appetite = 8 WHERE org_id = %s$$, :orgr),
     format($$DELETE FROM ims.risk_matrix t WHERE org_id = %s$$, :orgr),
     'INSERT | UPDATE {appetite,updated_at,updated_by} | DELETE'),
    ('risk_matrix_level',
     format($$INSERT INTO ims.risk_matrix_level AS t (org_id, level, min_score, max_score) VALUES (%s, 'extreme', 26, 30)$$, :org),
     format($$UPDATE ims.risk_matrix_level t SET max_score = 40 WHERE org_id = %s AND level = 'extreme'$$, :org),
     format($$DELETE FROM ims.risk_matrix_level t WHERE org_id = %s AND level = 'extreme'$$, :org),
     'INSERT | UPDATE {max_score} | DELETE'),
    ('risk',
     format($$INSERT INTO ims.risk AS t (org_id, title, owner, inherent_likelihood, inherent_impact) VALUES (%s, 'Ransomware', 'ciso', 3, 4)$$, :org),
     format($$UPDATE ims.risk t SET description = 'Encrypted file shares' WHERE org_id = %s AND title = 'Ransomware'$$, :org),
     format($$DELETE FROM ims.risk t WHERE org_id = %s AND title = 'Ransomware'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('risk_ci',
     format($$INSERT INTO ims.risk_ci AS t (org_id, risk_id, ci_id) VALUES (%s, %s, %s)$$, :org, :rsk, :ci1),
     format($$UPDATE ims.risk_ci t SET created_by = 'analyst' WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     format($$DELETE FROM ims.risk_ci t WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('risk_service',
     format($$INSERT INTO ims.risk_service AS t (org_id, risk_id, service_id) VALUES (%s, %s, %s)$$, :org, :rsk, :svc),
     format($$UPDATE ims.risk_service t SET created_by = 'analyst' WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     format($$DELETE FROM ims.risk_service t WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('problem_risk',
     format($$INSERT INTO ims.problem_risk AS t (org_id, problem_id, risk_id) VALUES (%s, %s, %s)$$, :org, :prb, :rsk),
     format($$UPDATE ims.problem_risk t SET created_by = 'analyst' WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     format($$DELETE FROM ims.problem_risk t WHERE org_id = %s AND problem_id = %s$$, :org, :prb),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('risk_control',
     format($$INSERT INTO ims.risk_control AS t (org_id, risk_id, soa_entry_id) VALUES (%s, %s, %s)$$, :org, :rsk, :soa),
     format($$UPDATE ims.risk_control t SET created_by = 'analyst' WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     format($$DELETE FROM ims.risk_control t WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('agreement_service',
     format($$INSERT INTO ims.agreement_service AS t (org_id, agreement_id, service_id) VALUES (%s, %s, %s)$$, :org, :agr, :svc),
     format($$UPDATE ims.agreement_service t SET created_by = 'analyst' WHERE org_id = %s AND agreement_id = %s$$, :org, :agr),
     format($$DELETE FROM ims.agreement_service t WHERE org_id = %s AND agreement_id = %s$$, :org, :agr),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('risk_supplier',
     format($$INSERT INTO ims.risk_supplier AS t (org_id, risk_id, supplier_id) VALUES (%s, %s, %s)$$, :org, :rsk, :sup),
     format($$UPDATE ims.risk_supplier t SET created_by = 'analyst' WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     format($$DELETE FROM ims.risk_supplier t WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('risk_customer',
     format($$INSERT INTO ims.risk_customer AS t (org_id, risk_id, customer_id) VALUES (%s, %s, %s)$$, :org, :rsk, :cus),
     format($$UPDATE ims.risk_customer t SET created_by = 'analyst' WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     format($$DELETE FROM ims.risk_customer t WHERE org_id = %s AND risk_id = %s$$, :org, :rsk),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('soa_entry',
     format($$INSERT INTO ims.soa_entry AS t (org_id, management_system_id, control_set, control_ref) VALUES (%s, %s, '27001:2022', 'A.5.2')$$, :org, :isms),
     format($$UPDATE ims.soa_entry t SET owner = 'ciso' WHERE org_id = %s AND control_ref = 'A.5.2'$$, :org),
     format($$DELETE FROM ims.soa_entry t WHERE org_id = %s AND control_ref = 'A.5.2'$$, :org),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('soa_evidence',
     format($$INSERT INTO ims.soa_evidence AS t (org_id, soa_entry_id, reference) VALUES (%s, %s, 'DMS-ISMS-001')$$, :org, :soa),
     format($$UPDATE ims.soa_evidence t SET description = 'Policy set' WHERE org_id = %s AND reference = 'DMS-ISMS-001'$$, :org),
     format($$DELETE FROM ims.soa_evidence t WHERE org_id = %s AND reference = 'DMS-ISMS-001'$$, :org),
     'INSERT | UPDATE {description} | DELETE'),
    ('soa_requirement',
     format($$INSERT INTO ims.soa_requirement AS t (org_id, soa_entry_id, standard, clause_ref) VALUES (%s, %s, '27001:2022', '6.1.3')$$, :org, :soa),
     format($$UPDATE ims.soa_requirement t SET created_by = 'ciso' WHERE org_id = %s AND soa_entry_id = %s$$, :org, :soa),
     format($$DELETE FROM ims.soa_requirement t WHERE org_id = %s AND soa_entry_id = %s$$, :org, :soa),
     'INSERT | UPDATE {created_by} | DELETE'),
    ('supplier',
     format($$INSERT INTO ims.supplier AS t (org_id, name) VALUES (%s, 'CloudCo')$$, :org),
     format($$UPDATE ims.supplier t SET contact = 'sales@cloudco.example' WHERE org_id = %s AND name = 'CloudCo'$$, :org),
     format($$DELETE FROM ims.supplier t WHERE org_id = %s AND name = 'CloudCo'$$, :org),
     'INSERT | UPDATE {contact,updated_at,updated_by} | DELETE'),
    ('customer',
     format($$INSERT INTO ims.customer AS t (org_id, name) VALUES (%s, 'Retail AG')$$, :org),
     format($$UPDATE ims.customer t SET contact = 'it@retail.example' WHERE org_id = %s AND name = 'Retail AG'$$, :org),
     format($$DELETE FROM ims.customer t WHERE org_id = %s AND name = 'Retail AG'$$, :org),
     'INSERT | UPDATE {contact,updated_at,updated_by} | DELETE'),
    ('agreement',
     format($$INSERT INTO ims.agreement AS t (org_id, kind, title, internal_party) VALUES (%s, 'ola', 'Network OLA', 'Network team')$$, :org),
     format($$UPDATE ims.agreement t SET description = 'Switching and routing' WHERE org_id = %s AND title = 'Network OLA'$$, :org),
     format($$DELETE FROM ims.agreement t WHERE org_id = %s AND title = 'Network OLA'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('objective',
     format($$INSERT INTO ims.objective AS t (org_id, management_system_id, title, measure, target) VALUES (%s, %s, 'Train staff', 'share trained', 95)$$, :org, :isms),
     format($$UPDATE ims.objective t SET owner = 'hr' WHERE org_id = %s AND title = 'Train staff'$$, :org),
     format($$DELETE FROM ims.objective t WHERE org_id = %s AND title = 'Train staff'$$, :org),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('objective_measurement',
     format($$INSERT INTO ims.objective_measurement AS t (org_id, objective_id, value) VALUES (%s, %s, 12)$$, :org, :obj),
     format($$UPDATE ims.objective_measurement t SET note = 'November' WHERE org_id = %s AND objective_id = %s$$, :org, :obj),
     format($$DELETE FROM ims.objective_measurement t WHERE org_id = %s AND objective_id = %s$$, :org, :obj),
     'INSERT | UPDATE {note} | DELETE'),
    ('audit_programme',
     format($$INSERT INTO ims.audit_programme AS t (org_id, name) VALUES (%s, 'Audits 2027')$$, :org),
     format($$UPDATE ims.audit_programme t SET owner = 'qm' WHERE org_id = %s AND name = 'Audits 2027'$$, :org),
     format($$DELETE FROM ims.audit_programme t WHERE org_id = %s AND name = 'Audits 2027'$$, :org),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('audit',
     format($$INSERT INTO ims.audit AS t (org_id, programme_id, management_system_id, title) VALUES (%s, %s, %s, 'Supplier audit')$$, :org, :apg, :isms),
     format($$UPDATE ims.audit t SET scope = 'HostCo' WHERE org_id = %s AND title = 'Supplier audit'$$, :org),
     format($$DELETE FROM ims.audit t WHERE org_id = %s AND title = 'Supplier audit'$$, :org),
     'INSERT | UPDATE {scope,updated_at,updated_by} | DELETE'),
    ('audit_clause',
     format($$INSERT INTO ims.audit_clause AS t (org_id, audit_id, standard, clause_ref) VALUES (%s, %s, '27001:2022', '9.2')$$, :org, :adt),
     format($$UPDATE ims.audit_clause t SET clause_ref = '9.3' WHERE org_id = %s AND audit_id = %s$$, :org, :adt),
     format($$DELETE FROM ims.audit_clause t WHERE org_id = %s AND audit_id = %s$$, :org, :adt),
     'INSERT | UPDATE {clause_ref} | DELETE'),
    ('finding',
     format($$INSERT INTO ims.finding AS t (org_id, audit_id, kind, description) VALUES (%s, %s, 'observation', 'Backups untested')$$, :org, :adt),
     format($$UPDATE ims.finding t SET evidence = 'No restore log' WHERE org_id = %s AND audit_id = %s$$, :org, :adt),
     format($$DELETE FROM ims.finding t WHERE org_id = %s AND audit_id = %s$$, :org, :adt),
     'INSERT | UPDATE {evidence,updated_at,updated_by} | DELETE'),
    ('nonconformity',
     format($$INSERT INTO ims.nonconformity AS t (org_id, management_system_id, source, standard, clause_ref, title) VALUES (%s, %s, 'review', '27001:2022', '7.2', 'Training records missing')$$, :org, :isms),
     format($$UPDATE ims.nonconformity t SET description = 'Two teams' WHERE org_id = %s AND title = 'Training records missing'$$, :org),
     format($$DELETE FROM ims.nonconformity t WHERE org_id = %s AND title = 'Training records missing'$$, :org),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('corrective_action',
     format($$INSERT INTO ims.corrective_action AS t (org_id, nonconformity_id, description, owner, due_date) VALUES (%s, %s, 'Automate patching', 'ops', '2099-01-31')$$, :org, :ncf),
     format($$UPDATE ims.corrective_action t SET description = 'Automate patching of servers' WHERE org_id = %s AND nonconformity_id = %s$$, :org, :ncf),
     format($$DELETE FROM ims.corrective_action t WHERE org_id = %s AND nonconformity_id = %s$$, :org, :ncf),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('management_review',
     format($$INSERT INTO ims.management_review AS t (org_id, management_system_id, title) VALUES (%s, %s, 'Review 2027')$$, :org, :isms),
     format($$UPDATE ims.management_review t SET chair = 'ceo' WHERE org_id = %s AND title = 'Review 2027'$$, :org),
     format($$DELETE FROM ims.management_review t WHERE org_id = %s AND title = 'Review 2027'$$, :org),
     'INSERT | UPDATE {chair,updated_at,updated_by} | DELETE'),
    ('management_review_item',
     format($$INSERT INTO ims.management_review_item AS t (org_id, review_id, kind, topic, content) VALUES (%s, %s, 'input', 'Audits', 'Two findings')$$, :org, :mrv),
     format($$UPDATE ims.management_review_item t SET owner = 'qm' WHERE org_id = %s AND review_id = %s$$, :org, :mrv),
     format($$DELETE FROM ims.management_review_item t WHERE org_id = %s AND review_id = %s$$, :org, :mrv),
     'INSERT | UPDATE {owner,updated_at,updated_by} | DELETE'),
    ('continuity_plan',
     format($$INSERT INTO ims.continuity_plan AS t (org_id, service_id, title) VALUES (%s, %s, 'Mail recovery')$$, :org, :svc),
     format($$UPDATE ims.continuity_plan t SET rto = '4 hours' WHERE org_id = %s AND title = 'Mail recovery'$$, :org),
     format($$DELETE FROM ims.continuity_plan t WHERE org_id = %s AND title = 'Mail recovery'$$, :org),
     'INSERT | UPDATE {rto,updated_at,updated_by} | DELETE'),
    ('continuity_test',
     format($$INSERT INTO ims.continuity_test AS t (org_id, plan_id, tested_on, outcome) VALUES (%s, %s, '2026-10-01', 'passed')$$, :org, :cpl),
     format($$UPDATE ims.continuity_test t SET findings = 'None' WHERE org_id = %s AND plan_id = %s$$, :org, :cpl),
     format($$DELETE FROM ims.continuity_test t WHERE org_id = %s AND plan_id = %s$$, :org, :cpl),
     'INSERT | UPDATE {findings,updated_at,updated_by} | DELETE'),
    ('availability_target',
     format($$INSERT INTO ims.availability_target AS t (org_id, service_id, target_percent) VALUES (%s, %s, 99.9)$$, :org, :svc),
     format($$UPDATE ims.availability_target t SET valid_to = '2099-12-31' WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     format($$DELETE FROM ims.availability_target t WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     'INSERT | UPDATE {valid_to,updated_at,updated_by} | DELETE'),
    ('service_outage',
     format($$INSERT INTO ims.service_outage AS t (org_id, service_id, period) VALUES (%s, %s, '[2026-11-01 10:00+00, 2026-11-01 11:00+00)')$$, :org, :svc),
     format($$UPDATE ims.service_outage t SET description = 'Power' WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     format($$DELETE FROM ims.service_outage t WHERE org_id = %s AND service_id = %s$$, :org, :svc),
     'INSERT | UPDATE {description,updated_at,updated_by} | DELETE'),
    ('capacity_threshold',
     format($$INSERT INTO ims.capacity_threshold AS t (org_id, ci_id, metric, warning_level, critical_level) VALUES (%s, %s, 'disk', 80, 95)$$, :org, :ci2),
     format($$UPDATE ims.capacity_threshold t SET unit = 'percent' WHERE org_id = %s AND metric = 'disk'$$, :org),
     format($$DELETE FROM ims.capacity_threshold t WHERE org_id = %s AND metric = 'disk'$$, :org),
     'INSERT | UPDATE {unit,updated_at,updated_by} | DELETE'),
    ('capacity_record',
     format($$INSERT INTO ims.capacity_record AS t (org_id, threshold_id, value) VALUES (%s, %s, 75)$$, :org, :cth),
     format($$UPDATE ims.capacity_record t SET note = 'peak' WHERE org_id = %s AND threshold_id = %s$$, :org, :cth),
     format($$DELETE FROM ims.capacity_record t WHERE org_id = %s AND threshold_id = %s$$, :org, :cth),
     'INSERT | UPDATE {note} | DELETE');

SELECT set_eq('SELECT tab FROM exercised', 'SELECT name FROM registers', 'the next tests exercise every register');
SELECT is(pg_temp.exercise(tab, ins, upd, del), expected,
          tab || ': INSERT, UPDATE and DELETE each write one history row with the right key, row, columns, transaction, instant, role and actor')
FROM exercised ORDER BY tab;

-- The DELETE of the organization cascaded to its calendar, hours and
-- priority matrix: each cascaded row is recorded as deleted.
SELECT is((SELECT string_agg(table_name || ' ' || n, ', ' ORDER BY table_name)
           FROM (SELECT h.table_name, count(*) AS n FROM ims.history h
                 WHERE h.org_id = (SELECT (record_key ->> 'org_id')::bigint FROM ims.history
                                   WHERE table_name = 'organization' AND row_data ->> 'code' = 't70z' LIMIT 1)
                   AND h.operation = 'DELETE'
                 GROUP BY h.table_name) x),
          'calendar 1, calendar_hours 7, organization 1, priority_matrix 16, risk_matrix 1, risk_matrix_level 4',
          'deleting an organization records the deletion of every row the delete cascaded to');
SELECT is((SELECT count(*)::int FROM ims.history h
           WHERE h.table_name = 'organization' AND h.row_data ->> 'code' = 't70z'), 3,
          'the history of a deleted organization outlives it (no foreign key to ims.organization)');

-- The priority cell the exercise deleted is needed again.
SELECT clock_timestamp() AS t_nocell \gset
INSERT INTO ims.priority_matrix (org_id, impact, urgency, priority) VALUES (:org, 4, 4, 5);

-- ---------------------------------------------------------------------------
-- What is recorded, in detail.

-- The history of incident :inc so far, as "operation columns".
CREATE FUNCTION pg_temp.inc_history(o bigint, i bigint) RETURNS text LANGUAGE sql AS $$
    SELECT coalesce(string_agg(operation || coalesce(' ' || changed_columns::text, ''), ', ' ORDER BY id), '')
    FROM ims.history WHERE org_id = o AND table_name = 'incident' AND record_key = jsonb_build_object('org_id', o, 'id', i) $$;

SELECT is(pg_temp.inc_history(:org, :inc), 'INSERT', 'incident :inc has its INSERT recorded');
UPDATE ims.incident SET status = 'in_progress', assignee = 'ann' WHERE org_id = :org AND id = :inc;
SELECT is(pg_temp.inc_history(:org, :inc),
          'INSERT, UPDATE {status,assignee,responded_at,updated_at,updated_by}',
          'changed_columns lists, in column order, what the statement and the rules changed (responded_at, updated_at, updated_by)');
SELECT is((SELECT row_data FROM ims.history WHERE org_id = :org AND table_name = 'incident'
           AND record_key = jsonb_build_object('org_id', :org, 'id', :inc) ORDER BY id DESC LIMIT 1),
          (SELECT to_jsonb(i) FROM ims.incident i WHERE org_id = :org AND id = :inc),
          'row_data of the UPDATE is the whole row as stored, milestones set by the rules included');
UPDATE ims.incident SET assignee = 'ann' WHERE org_id = :org AND id = :inc;
SELECT is(pg_temp.inc_history(:org, :inc),
          'INSERT, UPDATE {status,assignee,responded_at,updated_at,updated_by}, UPDATE {updated_at}',
          'an UPDATE that sets a column to its own value is recorded, with only the clock time the rules set in updated_at as changed');

SET ims.actor = 'someone.else';
UPDATE ims.incident SET assignee = 'bob' WHERE org_id = :org AND id = :inc;
SELECT is((SELECT actor || ' / ' || db_role FROM ims.history WHERE org_id = :org AND table_name = 'incident'
           ORDER BY id DESC LIMIT 1),
          'someone.else / ' || current_user, 'actor is the setting ims.actor, db_role the database role');
RESET ims.actor;
UPDATE ims.incident SET assignee = 'carl' WHERE org_id = :org AND id = :inc;
SELECT is((SELECT actor FROM ims.history WHERE org_id = :org AND table_name = 'incident' ORDER BY id DESC LIMIT 1),
          session_user::text, 'without ims.actor the actor is the session user');
SET ims.actor = 'agent.t70';

-- A role that is not a superuser: db_role is that role, whoever owns the tables.
CREATE ROLE t70_clerk NOLOGIN;
GRANT ims_operator TO t70_clerk;
GRANT USAGE ON SCHEMA test_helpers TO t70_clerk;
INSERT INTO ims.org_member (org_id, role_name) VALUES (:org, 't70_clerk');
SET ROLE t70_clerk;
SELECT is(test_helpers.violation(format($$UPDATE ims.incident SET assignee = 'dora' WHERE org_id = %s AND id = %s$$, :org, :inc)),
          'no error', 'an operator (not the owner of ims.history) can update an incident');
RESET ROLE;
SELECT is((SELECT db_role || ' / ' || actor || ' / ' || (row_data ->> 'assignee') FROM ims.history
           WHERE org_id = :org AND table_name = 'incident' ORDER BY id DESC LIMIT 1),
          't70_clerk / agent.t70 / dora', 'the operator''s change is recorded with db_role = the operator''s role');

-- Bulk statements: one history row per row.
INSERT INTO ims.incident (org_id, title, impact, urgency)
SELECT :org, 'bulk ' || g, 1 + g % 4, 1 + g / 4 % 4 FROM generate_series(1, 50) g;
SELECT is((SELECT count(*)::int FROM ims.history WHERE org_id = :org AND table_name = 'incident' AND operation = 'INSERT'
           AND row_data ->> 'title' LIKE 'bulk %' AND txid = txid_current()), 50,
          'an INSERT ... SELECT of 50 incidents writes 50 history rows');
UPDATE ims.incident SET assignee = 'bulk.team' WHERE org_id = :org AND title LIKE 'bulk %';
SELECT is((SELECT count(DISTINCT record_key)::int FROM ims.history WHERE org_id = :org AND table_name = 'incident'
           AND operation = 'UPDATE' AND changed_columns @> '{assignee}' AND row_data ->> 'assignee' = 'bulk.team'), 50,
          'an UPDATE of 50 incidents writes one history row for each');

-- Failed and rolled-back changes leave no history.
SELECT count(*) AS hist_before FROM ims.history \gset
SELECT is(test_helpers.violation(format($$UPDATE ims.incident SET status = 'closed' WHERE org_id = %s AND id = %s$$, :org, :inc)),
          '23514 incident_transition incident', 'a refused transition fails');
SELECT is(test_helpers.violation(format(
          $$UPDATE ims.incident SET status = CASE WHEN title = 'bulk 7' THEN 'closed' ELSE 'in_progress' END
            WHERE org_id = %s AND title LIKE 'bulk %%'$$, :org)),
          '23514 incident_transition incident', 'an UPDATE of 50 incidents with one refused row fails as a whole');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.incident (org_id, title, status) VALUES (%s, 'bad', 'closed')$$, :org)),
          '23514 incident_transition incident', 'a refused INSERT fails');
SAVEPOINT undone;
UPDATE ims.incident SET assignee = 'undone' WHERE org_id = :org AND title LIKE 'bulk %';
ROLLBACK TO SAVEPOINT undone;
SELECT is((SELECT count(*) FROM ims.history), :'hist_before'::bigint,
          'failed statements and a rolled-back savepoint left no history row');

-- ---------------------------------------------------------------------------
-- ims.as_of: a register as it stood at an instant.

-- The incident's state at t1 (created), t2 (updated), t3 (deleted); t0 before it existed.
SELECT clock_timestamp() AS t0 \gset
INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (:org, 'Audit day', 2, 2) RETURNING id AS aud \gset
CREATE TEMP TABLE seen AS SELECT 1 AS step, to_jsonb(i) AS r FROM ims.incident i WHERE org_id = :org AND id = :aud;
SELECT clock_timestamp() AS t1 \gset
UPDATE ims.incident SET title = 'Audit day (updated)', impact = 1 WHERE org_id = :org AND id = :aud;
INSERT INTO seen SELECT 2, to_jsonb(i) FROM ims.incident i WHERE org_id = :org AND id = :aud;
SELECT clock_timestamp() AS t2 \gset
DELETE FROM ims.incident WHERE org_id = :org AND id = :aud;
SELECT clock_timestamp() AS t3 \gset

-- One incident as of an instant, as JSON (NULL when it did not exist).
CREATE FUNCTION pg_temp.inc_as_of(o bigint, i bigint, at timestamptz) RETURNS jsonb LANGUAGE sql AS $$
    SELECT to_jsonb(a) FROM ims.as_of(NULL::ims.incident, o, at) a WHERE a.id = i $$;

SELECT is(pg_temp.inc_as_of(:org, :aud, :'t0'), NULL, 'as of before its creation the incident does not exist');
SELECT is(pg_temp.inc_as_of(:org, :aud, :'t1'), (SELECT r FROM seen WHERE step = 1),
          'as of after its creation: the incident as created, every column');
SELECT is(pg_temp.inc_as_of(:org, :aud, :'t2'), (SELECT r FROM seen WHERE step = 2),
          'as of after the update: the updated incident (title, impact and the priority the rules derived)');
SELECT isnt((SELECT r ->> 'priority' FROM seen WHERE step = 1), (SELECT r ->> 'priority' FROM seen WHERE step = 2),
          '(the update changed the derived priority, so the two states differ in more than the title)');
SELECT is(pg_temp.inc_as_of(:org, :aud, :'t3'), NULL, 'as of after the delete the incident is gone again');
SELECT is(pg_temp.inc_as_of(:org, :aud, (SELECT changed_at FROM ims.history WHERE org_id = :org AND table_name = 'incident'
                                          AND record_key = jsonb_build_object('org_id', :org, 'id', :aud::bigint)
                                          AND operation = 'UPDATE')),
          (SELECT r FROM seen WHERE step = 2), 'as of the exact instant of a change, the change is included');
SELECT is((SELECT pg_typeof(a) FROM ims.as_of(NULL::ims.incident, :org, :'t2') a LIMIT 1), 'ims.incident'::regtype,
          'ims.as_of returns rows of the register''s own type');
SELECT is((SELECT count(*)::int FROM ims.as_of(NULL::ims.incident, :org, :'t2')),
          (SELECT count(*)::int FROM ims.incident WHERE org_id = :org) + 1,
          'as of t2: the incidents of today plus the one deleted since');
INSERT INTO ims.incident (org_id, title) VALUES (:org2, 'Other organization');
SELECT is_empty(format($$SELECT * FROM ims.as_of(NULL::ims.incident, %s, clock_timestamp()) WHERE org_id <> %s$$, :org, :org),
          'as_of returns only the rows of the organization asked for');
SELECT is((SELECT count(*)::int FROM ims.as_of(NULL::ims.incident, :org2, clock_timestamp())), 1,
          'the other organization sees its own incident');
SELECT is_empty(format($$SELECT * FROM ims.as_of_rows('pg_catalog.pg_class'::regclass, %s, clock_timestamp())$$, :org),
          'as_of_rows of a table outside schema ims returns nothing');
SELECT is((SELECT count(*)::int FROM ims.as_of(NULL::ims.priority_matrix, :org, :'t_nocell')), 15,
          'as_of of a register with a composite key: the priority matrix while one cell was deleted');
SELECT is((SELECT count(*)::int FROM ims.as_of(NULL::ims.priority_matrix, :org, :'t0')), 16,
          'as_of of a register with a composite key: the whole priority matrix once the cell was added back');
SELECT is((SELECT count(*)::int FROM ims.as_of(NULL::ims.service_ci, :org, clock_timestamp())), 0,
          'as_of of a link table after its only row was deleted: empty');

-- A key that changes: the history row of the UPDATE carries the new key, so
-- the old key must not be reported as still existing.
INSERT INTO ims.incident (org_id, id, title) VALUES (:org, 700001, 'Renumbered');
UPDATE ims.incident SET id = 700002 WHERE org_id = :org AND id = 700001;
SELECT is((SELECT string_agg(a.id::text, ',' ORDER BY a.id) FROM ims.as_of(NULL::ims.incident, :org, clock_timestamp()) a
           WHERE a.id IN (700001, 700002)),
          '700002', 'as of now, an incident whose id was changed exists once, under its new id');
SELECT is((SELECT string_agg(operation || ' ' || (record_key ->> 'id'), ', ' ORDER BY id) FROM ims.history
           WHERE org_id = :org AND table_name = 'incident' AND record_key ->> 'id' IN ('700001', '700002')),
          'INSERT 700001, DELETE 700001, UPDATE 700002',
          'a changed key is recorded as the end of the record under its old key, then an UPDATE under the new key');

-- As of now, every register reads exactly as its table does (every row of
-- these organizations has its whole life in ims.history).
CREATE FUNCTION pg_temp.table_rows(tab text, o bigint) RETURNS SETOF jsonb LANGUAGE plpgsql AS $$
BEGIN
    RETURN QUERY EXECUTE format('SELECT to_jsonb(t) FROM ims.%I t WHERE t.org_id = $1', tab) USING o;
END $$;
CREATE FUNCTION pg_temp.as_of_differs(tab text, o bigint) RETURNS boolean LANGUAGE sql AS $$
    SELECT EXISTS (
        (SELECT j FROM ims.as_of_rows(('ims.' || tab)::regclass, o, clock_timestamp()) j
         EXCEPT ALL SELECT r FROM pg_temp.table_rows(tab, o) r)
        UNION ALL
        (SELECT r FROM pg_temp.table_rows(tab, o) r
         EXCEPT ALL SELECT j FROM ims.as_of_rows(('ims.' || tab)::regclass, o, clock_timestamp()) j)) $$;
SELECT cmp_ok((SELECT count(DISTINCT r.name)::int FROM registers r, pg_temp.table_rows(r.name, :org)), '>=', 10,
              'at least 10 registers hold rows of the organization now (the next test is not vacuous)');
SELECT is((SELECT coalesce(string_agg(r.name, ', ' ORDER BY r.name), '')
           FROM registers r, (VALUES (:org), (:org2)) o (org) WHERE pg_temp.as_of_differs(r.name, o.org)),
          '', 'as of now, ims.as_of_rows of every register equals the table, row for row (both organizations)');

-- ---------------------------------------------------------------------------
-- ims.audit_trail.

SELECT columns_are('ims', 'audit_trail',
    ARRAY['org_id', 'history_id', 'changed_at', 'actor', 'db_role', 'txid', 'table_name', 'record_key',
          'operation', 'changed_columns', 'before_values', 'after_values', 'is_sealed', 'chain_seq'],
    'ims.audit_trail has the documented columns');
INSERT INTO ims.incident (org_id, title, impact, urgency) VALUES (:org, 'Trail', 3, 3) RETURNING id AS trl \gset
UPDATE ims.incident SET title = 'Trail (renamed)', urgency = 1 WHERE org_id = :org AND id = :trl;
DELETE FROM ims.incident WHERE org_id = :org AND id = :trl;
CREATE TEMP TABLE trail AS
SELECT * FROM ims.audit_trail WHERE org_id = :org AND table_name = 'incident'
   AND record_key = jsonb_build_object('org_id', :org, 'id', :trl::bigint);
SELECT is((SELECT string_agg(operation, ' ' ORDER BY history_id) FROM trail), 'INSERT UPDATE DELETE',
          'audit_trail: one row per change of the record');
SELECT is((SELECT after_values FROM trail WHERE operation = 'INSERT'),
          (SELECT row_data FROM ims.history WHERE id = (SELECT history_id FROM trail WHERE operation = 'INSERT')),
          'audit_trail: after_values of an INSERT is the whole row');
SELECT is((SELECT before_values FROM trail WHERE operation = 'UPDATE'),
          jsonb_build_object('title', 'Trail', 'urgency', 3, 'priority', 4, 'updated_at', NULL, 'updated_by', NULL),
          'audit_trail: before_values of an UPDATE holds the changed columns'' old values');
SELECT is((SELECT after_values - 'updated_at' FROM trail WHERE operation = 'UPDATE'),
          jsonb_build_object('title', 'Trail (renamed)', 'urgency', 1, 'priority', 3, 'updated_by', 'agent.t70'),
          'audit_trail: after_values of an UPDATE holds the changed columns'' new values');
SELECT is((SELECT (before_values IS NULL) AND (after_values IS NULL) FROM trail WHERE operation = 'DELETE'), true,
          'audit_trail: a DELETE has neither before_values nor after_values (the deleted row is in ims.history.row_data)');
SELECT is((SELECT bool_and(NOT is_sealed AND chain_seq IS NULL) FROM trail), true,
          'audit_trail: nothing is sealed before ims.seal_chain runs');
SELECT is((SELECT count(*)::int FROM trail t JOIN ims.history h ON h.id = t.history_id
           WHERE (t.changed_at, t.actor, t.db_role, t.txid, t.changed_columns) IS NOT DISTINCT FROM
                 (h.changed_at, h.actor, h.db_role, h.txid, h.changed_columns)), 3,
          'audit_trail: changed_at, actor, db_role, txid and changed_columns are those of ims.history');
SELECT ims.seal_chain(:org) > 0 AS sealed \gset
SELECT is((SELECT bool_and(v.is_sealed AND v.chain_seq = s.seq)
           FROM ims.audit_trail v JOIN ims.chain_seal s ON s.org_id = v.org_id AND s.source = 'history' AND s.source_id = v.history_id
           WHERE v.org_id = :org AND v.table_name = 'incident'
             AND v.record_key = jsonb_build_object('org_id', :org, 'id', :trl::bigint)), true,
          'audit_trail: after sealing each entry shows its link in the chain');
SELECT is((SELECT count(*)::int FROM ims.audit_trail WHERE org_id = :org AND NOT is_sealed), 0,
          'audit_trail: every entry of the organization is sealed');

SELECT * FROM finish();
ROLLBACK;
