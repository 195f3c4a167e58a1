-- Suppliers, customers and agreements (issue 5): rule agreement_security (an
-- active agreement covering a service in the scope of an ISMS records its
-- information security requirements, checked at commit from the agreement,
-- its services and the services' scopes), the parties of each kind of
-- agreement, tenant_immutable, touch and bulk statements.
BEGIN;
SELECT plan(32);

SET ims.actor = 'vendor.mgr.t62';
INSERT INTO ims.organization (code, name) VALUES ('t62a', 'Test 62 A') RETURNING org_id AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('t62b', 'Test 62 B') RETURNING org_id AS org2 \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'isms', '27001:2022', 'ISMS') RETURNING id AS isms \gset
INSERT INTO ims.management_system (org_id, kind, standard, name) VALUES (:org, 'sms', '20000-1:2018', 'SMS') RETURNING id AS sms \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Payments') RETURNING id AS pay \gset
INSERT INTO ims.service (org_id, name) VALUES (:org, 'Intranet') RETURNING id AS intra \gset
INSERT INTO ims.service_scope (org_id, service_id, management_system_id) VALUES (:org, :pay, :isms), (:org, :pay, :sms), (:org, :intra, :sms);
INSERT INTO ims.supplier (org_id, name, criticality) VALUES (:org, 'Cloudco', 1) RETURNING id AS cloud \gset
INSERT INTO ims.customer (org_id, name) VALUES (:org, 'Retail division') RETURNING id AS cust \gset

CREATE FUNCTION pg_temp.upd(o bigint, i bigint, s text, tab text DEFAULT 'agreement') RETURNS text LANGUAGE sql AS $$
    SELECT format('UPDATE ims.%I SET %s WHERE org_id = %s AND id = %s', tab, s, o, i) $$;
CREATE FUNCTION pg_temp.col(o bigint, i bigint, c text, tab text DEFAULT 'agreement') RETURNS text LANGUAGE plpgsql AS $$
DECLARE r text;
BEGIN
    EXECUTE format('SELECT (%s)::text FROM ims.%I WHERE org_id = $1 AND id = $2', c, tab) INTO r USING o, i;
    RETURN r;
END $$;
CREATE FUNCTION pg_temp.recent(t timestamptz) RETURNS boolean LANGUAGE sql AS $$
    SELECT coalesce(t BETWEEN pg_catalog.now() AND pg_catalog.clock_timestamp(), false) $$;

-- The parties of each kind of agreement.
SELECT is(test_helpers.violation(format($$INSERT INTO ims.agreement (org_id, kind, title) VALUES (%s, 'sla', 'no customer')$$, :org)),
          '23514 agreement_party_check agreement', 'an SLA names its customer');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.agreement (org_id, kind, title, internal_party) VALUES (%s, 'ola', 'blank party', '')$$, :org)),
          '23514 agreement_party_check agreement', 'an OLA names its internal party');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.agreement (org_id, kind, title, customer_id) VALUES (%s, 'underpinning_contract', 'wrong party', %s)$$, :org, :cust)),
          '23514 agreement_party_check agreement', 'an underpinning contract names a supplier, not a customer');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.agreement (org_id, kind, title, supplier_id) VALUES (%s, 'underpinning_contract', 'other org', %s)$$, :org2, :cloud)),
          '23503 agreement_supplier_fk agreement', 'an agreement with another organization''s supplier is refused');
SELECT is(test_helpers.violation(format($$INSERT INTO ims.agreement (org_id, kind, title, internal_party, start_date, end_date) VALUES (%s, 'ola', 'backwards', 'Network team', '2026-02-01', '2026-01-01')$$, :org)),
          '23514 agreement_term_check agreement', 'a term ends after it starts');

INSERT INTO ims.agreement (org_id, kind, title, supplier_id, start_date) VALUES (:org, 'underpinning_contract', 'Hosting', :cloud, '2026-01-01')
RETURNING id AS uc \gset
INSERT INTO ims.agreement (org_id, kind, title, customer_id) VALUES (:org, 'sla', 'Payments SLA', :cust) RETURNING id AS sla \gset
INSERT INTO ims.agreement (org_id, kind, title, internal_party) VALUES (:org, 'ola', 'Intranet OLA', 'Web team') RETURNING id AS ola \gset
INSERT INTO ims.agreement_service (org_id, agreement_id, service_id) VALUES (:org, :uc, :pay), (:org, :sla, :pay), (:org, :ola, :intra);
SELECT is(test_helpers.violation_at_commit('SELECT 1'), 'no error', 'setup: draft agreements need no security requirements');

-- ---------------------------------------------------------------------------
-- agreement_security
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :uc, $$status = 'active'$$)), '23514 agreement_security agreement',
          'activating an underpinning contract for a service in the ISMS scope without security requirements fails at commit');
SELECT is(pg_temp.col(:org, :uc, 'status'), 'draft', '... and it stays a draft');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :uc, $$status = 'active', security_requirements = E' \t'$$)), '23514 agreement_security agreement',
          'blank security requirements are none');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :sla, $$status = 'active'$$)), '23514 agreement_security agreement',
          'the rule holds for an SLA with a customer as well');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :ola, $$status = 'active'$$)), 'no error',
          'an OLA covering a service only in the SMS scope can become active without security requirements');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :uc, $$status = 'active', security_requirements = 'ISO/IEC 27001 certificate; encryption at rest; breach notice within 24 h'$$)),
          'no error', 'activating it with security requirements passes');
SELECT is(pg_temp.col(:org, :uc, '(status, updated_by, pg_temp.recent(updated_at))'), '(active,vendor.mgr.t62,t)', '... updated_at and updated_by are set');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :uc, 'security_requirements = NULL')), '23514 agreement_security agreement',
          'removing the requirements of an active agreement fails at commit');
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.service_scope (org_id, service_id, management_system_id) VALUES (%s, %s, %s)', :org, :intra, :isms)),
          '23514 agreement_security agreement', 'bringing a service of an active agreement without requirements into the ISMS scope fails at commit');
SELECT is((SELECT count(*)::int FROM ims.service_scope WHERE org_id = :org AND service_id = :intra AND management_system_id = :isms), 0,
          '... and the service stays out of the ISMS scope');
SELECT is(test_helpers.violation_at_commit(format('UPDATE ims.service_scope SET management_system_id = %s WHERE org_id = %s AND service_id = %s', :isms, :org, :intra)),
          '23514 agreement_security agreement', 'moving the scope row of such a service to the ISMS fails at commit too');
SELECT is(test_helpers.violation_at_commit(format('INSERT INTO ims.agreement_service (org_id, agreement_id, service_id) VALUES (%s, %s, %s)', :org, :ola, :pay)),
          '23514 agreement_security agreement', 'adding an in-scope service to an active agreement without requirements fails at commit');
SELECT is(test_helpers.violation_at_commit(format('UPDATE ims.agreement_service SET service_id = %s WHERE org_id = %s AND agreement_id = %s', :pay, :org, :ola)),
          '23514 agreement_security agreement', 'pointing its service link at an in-scope service fails at commit');
SELECT is(test_helpers.violation_at_commit(format($$INSERT INTO ims.agreement (org_id, kind, title, supplier_id, status) VALUES (%s, 'underpinning_contract', 'Backup', %s, 'active')$$, :org, :cloud)),
          'no error', 'an active agreement covering no service needs no requirements');
SELECT is(test_helpers.violation_at_commit(format(
    $$WITH a AS (INSERT INTO ims.agreement (org_id, kind, title, supplier_id, status) VALUES (%s, 'underpinning_contract', 'CDN', %s, 'active') RETURNING org_id, id)
      INSERT INTO ims.agreement_service (org_id, agreement_id, service_id) SELECT org_id, id, %s FROM a$$, :org, :cloud, :pay)),
    '23514 agreement_security agreement', 'inserting an active agreement with an in-scope service and no requirements fails at commit');
SELECT is(test_helpers.violation_at_commit(pg_temp.upd(:org, :uc, $$status = 'expired', security_requirements = NULL$$)), 'no error',
          'an expired agreement may lose its requirements');
-- Bulk
SELECT is(test_helpers.violation_at_commit(format(
    $$WITH a AS (INSERT INTO ims.agreement (org_id, kind, title, supplier_id, security_requirements)
                 SELECT %s, 'underpinning_contract', 'bulk ' || g, %s, CASE WHEN g = 7 THEN NULL ELSE 'Clause 12 of the MSA' END
                 FROM generate_series(1, 15) g RETURNING org_id, id)
      INSERT INTO ims.agreement_service (org_id, agreement_id, service_id) SELECT org_id, id, %s FROM a;
      UPDATE ims.agreement SET status = 'active' WHERE org_id = %1$s AND title LIKE 'bulk %%'$$, :org, :cloud, :pay)),
    '23514 agreement_security agreement', 'a bulk UPDATE activating 15 agreements, one without requirements, fails at commit');
SELECT is((SELECT count(*)::int FROM ims.agreement WHERE org_id = :org AND title LIKE 'bulk %'), 0, '... and nothing of the transaction persists');

-- tenant_immutable
SELECT is(test_helpers.violation(pg_temp.upd(:org, :cloud, format('org_id = %s', :org2), 'supplier')), '23514 tenant_immutable supplier',
          'a supplier cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :cust, format('org_id = %s', :org2), 'customer')), '23514 tenant_immutable customer',
          'a customer cannot move to another organization');
SELECT is(test_helpers.violation(pg_temp.upd(:org, :sla, format('org_id = %s', :org2))), '23514 tenant_immutable agreement',
          'an agreement cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.agreement_service SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable agreement_service', 'an agreement_service link cannot move to another organization');
INSERT INTO ims.risk (org_id, title, owner, kind, inherent_likelihood, inherent_impact) VALUES (:org, 'Cloudco outage', 'cio.t62', 'service', 2, 4)
RETURNING id AS risk \gset
INSERT INTO ims.risk_supplier (org_id, risk_id, supplier_id) VALUES (:org, :risk, :cloud);
INSERT INTO ims.risk_customer (org_id, risk_id, customer_id) VALUES (:org, :risk, :cust);
SELECT is(test_helpers.violation(format('UPDATE ims.risk_supplier SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable risk_supplier', 'a risk_supplier link cannot move to another organization');
SELECT is(test_helpers.violation(format('UPDATE ims.risk_customer SET org_id = %s WHERE org_id = %s', :org2, :org)),
          '23514 tenant_immutable risk_customer', 'a risk_customer link cannot move to another organization');

SELECT is((SELECT (record_kind, checked, guidance_27013)::text FROM ims.rule WHERE name = 'agreement_security'), '(agreement,commit,6.3.4)',
          'agreement_security is in ims.rule, checked at commit, under 27013 6.3.4');
SELECT is((SELECT string_agg(standard || ' ' || coalesce(clause_ref::text, control_ref::text), ', ' ORDER BY standard, clause_ref, control_ref)
           FROM ims.rule_basis WHERE rule = 'agreement_security'),
          '20000-1:2018 8.3.3, 20000-1:2018 8.3.4, 27001:2013 A.15.1.2, 27001:2022 A.5.20', '... motivated by A.15.1.2 / A.5.20 and 20000-1 8.3.3, 8.3.4');

SELECT * FROM finish();
ROLLBACK;
