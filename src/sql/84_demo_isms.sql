-- The demo organization's ISMS side (issue 8, with the registers of part 2):
-- a Statement of Applicability on 27001:2022, a risk register treated by its
-- controls, and an audit cycle, all through the rules.  Called by
-- ims.demo_load; needs a superuser for the same reason.

CREATE FUNCTION ims.demo_load_isms(p_org_id bigint)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    isms bigint;
    ctl record;
    e bigint;
    r bigint;
    i int;
    l int;
    m int;
    treat text;
    owners text[] := ARRAY['head.digital', 'head.payments', 'head.core', 'ciso.carla', 'head.network'];
    t0 timestamptz := date_trunc('day', now()) - interval '300 days';
    ap bigint;
    au bigint;
    fi bigint;
    nc bigint;
    ca bigint;
BEGIN
    SELECT id INTO isms FROM ims.management_system WHERE org_id = p_org_id AND kind = 'isms';
    UPDATE ims.risk_matrix SET top_management = ARRAY['ceo.clara', 'ciso.carla'] WHERE org_id = p_org_id;

    -- The Statement of Applicability: three exclusions, the rest applicable.
    PERFORM set_config('ims.actor', 'ciso.carla', true);
    PERFORM set_config('ims.effective_time', t0::text, true);
    FOR ctl IN SELECT c.ref FROM ims.control c WHERE c.standard = '27001:2022' AND c.kind = 'control' ORDER BY c.ref LOOP
        i := ims.isoref_number(ctl.ref, 2) + 100 * ims.isoref_number(ctl.ref, 1);
        IF ctl.ref::text IN ('A.7.11', 'A.8.30', 'A.7.14') THEN
            INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification, owner)
            VALUES (p_org_id, isms, '27001:2022', ctl.ref, false,
                    CASE ctl.ref::text
                        WHEN 'A.8.30' THEN 'No development is outsourced; all development is in-house.'
                        WHEN 'A.7.11' THEN 'Supporting utilities are run by the data-centre provider under its own certification.'
                        ELSE 'No equipment is disposed of or re-used: the provider destroys media under contract.' END,
                    'ciso.carla');
        ELSE
            INSERT INTO ims.soa_entry (org_id, management_system_id, control_set, control_ref, applicable, justification,
                                       implementation_status, owner)
            VALUES (p_org_id, isms, '27001:2022', ctl.ref, true, 'Needed to treat the risks of the payments services.',
                    CASE WHEN i % 10 < 7 THEN 'implemented' WHEN i % 10 < 9 THEN 'partially_implemented' ELSE 'planned' END,
                    owners[1 + i % 5])
            RETURNING id INTO e;
            IF i % 10 < 7 THEN
                INSERT INTO ims.soa_evidence (org_id, soa_entry_id, reference, description, evidence_date)
                VALUES (p_org_id, e, format('dms://isms/controls/%s.pdf', ctl.ref), 'Procedure and last check',
                        (t0 + interval '10 days')::date);
            END IF;
        END IF;
    END LOOP;

    -- The risk register: most risks modified by controls, some retained and accepted.
    PERFORM set_config('ims.effective_time', (t0 + interval '20 days')::text, true);
    FOR i IN 1 .. 40 LOOP
        l := 2 + (i * 7) % 4;
        m := 2 + (i * 5) % 4;
        treat := CASE WHEN i % 10 < 7 THEN 'modify' WHEN i % 10 < 9 THEN 'retain' ELSE NULL END;
        INSERT INTO ims.risk (org_id, kind, title, owner, inherent_likelihood, inherent_impact)
        VALUES (p_org_id, CASE WHEN i % 3 = 0 THEN 'service' WHEN i % 3 = 1 THEN 'information_security' ELSE 'both' END,
                (ARRAY['Account takeover of online banking customers', 'Card data exposed by a supplier',
                       'Core banking outage beyond the recovery time', 'Ransomware on office systems',
                       'Loss of the primary data centre', 'Payment fraud by an insider',
                       'Unpatched internet-facing systems', 'Capacity shortfall at month end'])[1 + i % 8] || ' #' || i,
                owners[1 + i % 5], l, m)
        RETURNING id INTO r;
        IF treat = 'modify' THEN
            INSERT INTO ims.risk_control (org_id, risk_id, soa_entry_id)
            SELECT p_org_id, r, s.id FROM ims.soa_entry s
            WHERE s.org_id = p_org_id AND s.management_system_id = isms AND s.applicable
            ORDER BY (s.id * 7919 + i * 104729) % 1000 LIMIT 1 + i % 3;
            UPDATE ims.risk SET treatment = 'modify', treatment_plan = 'Apply the linked controls.',
                   residual_likelihood = greatest(1, l - 2), residual_impact = greatest(1, m - 1)
            WHERE org_id = p_org_id AND id = r;
        ELSIF treat = 'retain' THEN
            UPDATE ims.risk SET treatment = 'retain', residual_likelihood = l, residual_impact = m,
                   accepted_by = owners[1 + i % 5],
                   approved_by = CASE WHEN l * m > 9 THEN 'ceo.clara' END
            WHERE org_id = p_org_id AND id = r;
        END IF;
    END LOOP;

    -- An audit cycle: audit, nonconformity, corrective action, effectiveness, closure.
    PERFORM set_config('ims.actor', 'qm.olga', true);
    PERFORM set_config('ims.effective_time', (t0 + interval '60 days')::text, true);
    INSERT INTO ims.audit_programme (org_id, name, period_start, period_end, owner, objectives)
    VALUES (p_org_id, 'Internal audits', t0::date, (t0 + interval '1 year')::date, 'qm.olga',
            'Every clause of 4-10 and every applicable Annex A control once a year')
    RETURNING id INTO ap;
    INSERT INTO ims.audit (org_id, programme_id, management_system_id, title, scope, lead_auditor, planned_start, planned_end)
    VALUES (p_org_id, ap, isms, 'Access management audit', 'Identity and access management of online banking',
            'auditor.pia', (t0 + interval '60 days')::date, (t0 + interval '62 days')::date)
    RETURNING id INTO au;
    INSERT INTO ims.audit_clause (org_id, audit_id, standard, clause_ref, control_ref)
    VALUES (p_org_id, au, '27001:2022', '9.2', NULL), (p_org_id, au, '27001:2022', NULL, 'A.5.18');
    PERFORM set_config('ims.actor', 'auditor.pia', true);
    UPDATE ims.audit SET status = 'in_progress' WHERE org_id = p_org_id AND id = au;
    INSERT INTO ims.finding (org_id, audit_id, kind, standard, control_ref, description, evidence)
    VALUES (p_org_id, au, 'minor_nonconformity', '27001:2022', 'A.5.18', 'Access rights of leavers are removed weeks late',
            '3 of 10 sampled leavers still active after 14 days')
    RETURNING id INTO fi;
    PERFORM set_config('ims.actor', 'qm.olga', true);
    INSERT INTO ims.nonconformity (org_id, management_system_id, finding_id, source, severity, standard, control_ref,
                                   title, correction, owner, raised_at)
    VALUES (p_org_id, isms, fi, 'audit', 'minor', '27001:2022', 'A.5.18', 'Leavers keep access for weeks',
            'The three accounts were disabled the same day', 'iam.lead.ivo', t0 + interval '62 days')
    RETURNING id INTO nc;
    UPDATE ims.audit SET status = 'completed', report = 'dms://audits/iam.pdf' WHERE org_id = p_org_id AND id = au;
    INSERT INTO ims.corrective_action (org_id, nonconformity_id, description, owner, due_date)
    VALUES (p_org_id, nc, 'Disable accounts from the HR leaver feed within one day', 'iam.lead.ivo',
            (t0 + interval '120 days')::date)
    RETURNING id INTO ca;
    PERFORM set_config('ims.actor', 'iam.lead.ivo', true);
    PERFORM set_config('ims.effective_time', (t0 + interval '100 days')::text, true);
    UPDATE ims.corrective_action SET status = 'done' WHERE org_id = p_org_id AND id = ca;
    PERFORM set_config('ims.actor', 'auditor.pia', true);
    PERFORM set_config('ims.effective_time', (t0 + interval '150 days')::text, true);
    UPDATE ims.corrective_action SET effective = true, effectiveness_verified_by = 'auditor.pia',
           effectiveness_note = 'No leaver of the last month kept access'
    WHERE org_id = p_org_id AND id = ca;
    PERFORM set_config('ims.actor', 'qm.olga', true);
    UPDATE ims.nonconformity SET status = 'closed', cause = 'Leaver tickets reached IAM only by e-mail'
    WHERE org_id = p_org_id AND id = nc;

    -- A second, open nonconformity from a complaint.
    INSERT INTO ims.nonconformity (org_id, management_system_id, source, severity, standard, clause_ref, title, owner, raised_at)
    VALUES (p_org_id, (SELECT id FROM ims.management_system WHERE org_id = p_org_id AND kind = 'sms'), 'complaint', 'minor',
            '20000-1:2018', '8.3.3', 'Service reports sent late to a customer', 'head.support', now() - interval '20 days');
    PERFORM set_config('ims.actor', 'demo.loader', true);
END $$;
COMMENT ON FUNCTION ims.demo_load_isms(bigint) IS
    'the ISMS side of the demo organization: a Statement of Applicability on 27001:2022, a risk register treated by its controls, and an audit cycle; called by ims.demo_load';
REVOKE EXECUTE ON FUNCTION ims.demo_load_isms(bigint) FROM PUBLIC;
