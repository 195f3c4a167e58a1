-- A realistic demo organization (issue 8), created through the registers and
-- their rules: nothing here bypasses a rule.  Historical instants are
-- recorded with the superuser setting ims.effective_time, so the demo must
-- be loaded by a superuser.  docs/guide.md shows what to look at.

CREATE FUNCTION ims.demo_load(p_scale integer DEFAULT 1, p_code text DEFAULT 'demo-bank')
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
    org bigint;
    cal bigint;
    svc bigint[];
    svc_crit int[];
    cis bigint[];
    models bigint[];
    t0 timestamptz := date_trunc('day', now()) - interval '365 days';
    n_incidents int := 2000 * p_scale;
    n_changes int := 250 * p_scale;
    n_requests int := 800 * p_scale;
    i int;
    k int;
    inc bigint;
    chg bigint;
    prob bigint;
    ev bigint;
    at timestamptz;
    t timestamptz;
    u double precision;
    impact int;
    urgency int;
    is_sec boolean;
    is_maj boolean;
    s int;
    ctype text;
    slot timestamptz;
    chg_outcome text;
BEGIN
    IF p_scale < 1 OR p_scale > 1000 THEN
        RAISE EXCEPTION USING ERRCODE = '22023', MESSAGE = format('scale %s is out of range', p_scale),
            DETAIL = 'The scale goes from 1 (thousands of records) to 1000 (millions).',
            HINT = 'Use ims.demo_load(1) for a first look.';
    END IF;
    IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user) THEN
        RAISE EXCEPTION USING ERRCODE = '42501', MESSAGE = 'ims.demo_load needs a superuser',
            DETAIL = 'It records past instants through the rules with the superuser setting ims.effective_time.';
    END IF;
    PERFORM setseed(0.27013);
    PERFORM set_config('ims.actor', 'demo.loader', true);
    PERFORM set_config('ims.effective_time', t0::text, true);

    -- The organization, its ISMS and SMS with different scopes (27013 5.2).
    INSERT INTO ims.organization (code, name) VALUES (p_code, 'Demo Bank') RETURNING org_id INTO org;
    INSERT INTO ims.management_system (org_id, kind, standard, name, status, scope_statement) VALUES
        (org, 'isms', '27001:2022', 'Demo Bank ISMS', 'operating', 'Payments, online banking and customer data'),
        (org, 'sms', '20000-1:2018', 'Demo Bank SMS', 'operating', 'All customer-facing IT services');
    INSERT INTO ims.organization_regime (org_id, regime) VALUES (org, 'nis2'), (org, 'dora');

    -- The office calendar: Mon-Fri 08:00-18:00 Berlin, public holidays closed.
    INSERT INTO ims.calendar (org_id, name, time_zone, description)
    VALUES (org, 'Berlin office', 'Europe/Berlin', 'service desk hours') RETURNING id INTO cal;
    INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
    SELECT org, cal, d, '08:00', '18:00' FROM generate_series(1, 5) AS d;
    INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason)
    SELECT org, cal, h.day, h.reason
    FROM (VALUES ('2025-12-25'::date, 'Christmas Day'), ('2025-12-26', 'Boxing Day'), ('2026-01-01', 'New Year''s Day'),
                 ('2026-04-03', 'Good Friday'), ('2026-04-06', 'Easter Monday'), ('2026-05-01', 'Labour Day'),
                 ('2026-05-14', 'Ascension Day'), ('2026-05-25', 'Whit Monday'), ('2026-10-03', 'German Unity Day'),
                 ('2026-12-25', 'Christmas Day'), ('2026-12-26', 'Boxing Day'), ('2027-01-01', 'New Year''s Day'))
         AS h(day, reason);

    -- Services and the CIs they run on.
    WITH s AS (
        INSERT INTO ims.service (org_id, name, owner, criticality)
        VALUES (org, 'Online banking', 'head.digital', 1), (org, 'Card payments', 'head.payments', 1),
               (org, 'Core banking', 'head.core', 1), (org, 'Customer support', 'head.support', 2),
               (org, 'Email and collaboration', 'head.workplace', 3), (org, 'HR portal', 'head.hr', 4),
               (org, 'Data warehouse', 'head.data', 3), (org, 'Corporate network', 'head.network', 2)
        RETURNING id, criticality)
    SELECT array_agg(id ORDER BY id), array_agg(criticality ORDER BY id) INTO svc, svc_crit FROM s;
    INSERT INTO ims.service_scope (org_id, service_id, management_system_id)
    SELECT org, s.id, m.id FROM ims.service s JOIN ims.management_system m ON m.org_id = s.org_id
    WHERE s.org_id = org AND (m.kind = 'sms' OR s.criticality <= 2);
    INSERT INTO ims.ci (org_id, name, ci_class, is_information_asset, confidentiality, integrity, availability)
    SELECT org, format('%s-%s', cls, n), cls, cls IN ('database', 'document'),
           CASE WHEN cls IN ('database', 'document') THEN 1 + (n % 3) END,
           CASE WHEN cls IN ('database', 'document') THEN 1 + (n % 2) END,
           CASE WHEN cls IN ('database', 'document') THEN 1 + (n % 4) END
    FROM unnest(ARRAY['application', 'database', 'server', 'network', 'document']) AS cls,
         generate_series(1, 8) AS n;
    SELECT array_agg(id ORDER BY id) INTO cis FROM ims.ci WHERE org_id = org;
    -- applications run on servers and depend on databases; servers connect to the network
    INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id)
    SELECT org, a.id, 'runs_on', sv.id FROM ims.ci a JOIN ims.ci sv ON sv.org_id = a.org_id
    WHERE a.org_id = org AND a.ci_class = 'application' AND sv.ci_class = 'server'
      AND split_part(a.name, '-', 2) = split_part(sv.name, '-', 2)
    UNION ALL
    SELECT org, a.id, 'depends_on', d.id FROM ims.ci a JOIN ims.ci d ON d.org_id = a.org_id
    WHERE a.org_id = org AND a.ci_class = 'application' AND d.ci_class = 'database'
      AND split_part(a.name, '-', 2) = split_part(d.name, '-', 2)
    UNION ALL
    SELECT org, sv.id, 'connects_to', nw.id FROM ims.ci sv JOIN ims.ci nw ON nw.org_id = sv.org_id
    WHERE sv.org_id = org AND sv.ci_class = 'server' AND nw.ci_class = 'network'
      AND (split_part(sv.name, '-', 2)::int % 4) + 1 = split_part(nw.name, '-', 2)::int;
    INSERT INTO ims.service_ci (org_id, service_id, ci_id)
    SELECT org, svc[n], a.id FROM generate_series(1, 8) AS n
    JOIN ims.ci a ON a.org_id = org AND a.name = 'application-' || n;

    -- Service level targets on the office calendar, plus a 24x7 network OLA.
    INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, priority, metric, target, calendar_id)
    SELECT org, 'sla', 'Customer SLA', p, m, tgt, cal
    FROM (VALUES (1, 'response', interval '30 minutes'), (1, 'resolution', interval '4 hours'),
                 (2, 'response', interval '1 hour'), (2, 'resolution', interval '8 hours'),
                 (3, 'response', interval '4 hours'), (3, 'resolution', interval '24 hours'),
                 (4, 'response', interval '8 hours'), (4, 'resolution', interval '40 hours'),
                 (5, 'response', interval '16 hours'), (5, 'resolution', interval '80 hours')) AS x(p, m, tgt);
    INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, service_id, metric, target, calendar_id)
    SELECT org, 'ola', 'Network OLA', svc[8], m, tgt, (SELECT id FROM ims.calendar WHERE org_id = org AND name = '24x7')
    FROM (VALUES ('response', interval '15 minutes'), ('resolution', interval '4 hours')) AS x(m, tgt);

    -- Change models for standard changes.
    INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
    VALUES (org, 'Monthly OS patching', 'low', 'Vendor patches tested in staging; no change to access or data flows.', 'cab.chair'),
           (org, 'Certificate renewal', 'low', 'Same key length and issuer; no exposure of private keys.', 'cab.chair');
    SELECT array_agg(id ORDER BY id) INTO models FROM ims.change_model WHERE org_id = org;
    INSERT INTO ims.change_freeze (org_id, name, period)
    VALUES (org, 'Year-end freeze', tstzrange(date_trunc('year', now()) + interval '11 months 19 days',
                                             date_trunc('year', now()) + interval '1 year 3 days'));

    -- A year of incidents: arrivals in business hours mostly, lifecycle with
    -- pauses, a few major and information security incidents.
    FOR i IN 1 .. n_incidents LOOP
        at := t0 + (random() * 364) * interval '1 day';
        at := date_trunc('day', at) + CASE WHEN random() < 0.8 THEN interval '8 hours' + random() * interval '10 hours'
                                           ELSE random() * interval '24 hours' END;
        u := random();
        impact := CASE WHEN u < 0.05 THEN 1 WHEN u < 0.25 THEN 2 WHEN u < 0.7 THEN 3 ELSE 4 END;
        urgency := CASE WHEN random() < 0.1 THEN 1 WHEN random() < 0.4 THEN 2 WHEN random() < 0.8 THEN 3 ELSE 4 END;
        is_maj := impact = 1 AND urgency <= 2 AND random() < 0.3;
        is_sec := random() < 0.02 OR (is_maj AND random() < 0.3);
        s := 1 + floor(random() * 8)::int;
        PERFORM set_config('ims.effective_time', at::text, true);
        INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at, is_major)
        VALUES (org, format('%s: %s', (SELECT name FROM ims.service WHERE org_id = org AND id = svc[s]),
                            (ARRAY['slow responses', 'login failures', 'errors on save', 'outage', 'timeouts',
                                   'wrong data shown', 'batch job failed', 'certificate warning'])[1 + floor(random() * 8)::int]),
                svc[s], impact, urgency, at, is_maj)
        RETURNING id INTO inc;
        INSERT INTO ims.incident_ci (org_id, incident_id, ci_id)
        VALUES (org, inc, (SELECT ci_id FROM ims.service_ci WHERE org_id = org AND service_id = svc[s] LIMIT 1));

        -- respond
        t := at + (random() ^ 3 * 12 + 0.05) * interval '1 hour';
        CONTINUE WHEN t > now();
        PERFORM set_config('ims.effective_time', t::text, true);
        UPDATE ims.incident SET status = 'in_progress', assignee = 'agent.' || (1 + i % 12)
        WHERE org_id = org AND id = inc;
        IF is_sec THEN
            UPDATE ims.incident SET security_class = 'incident', security_assessed_by = 'ciso.carla',
                   affects_confidentiality = random() < 0.5, affects_integrity = true
            WHERE org_id = org AND id = inc;
        ELSIF random() < 0.05 THEN
            UPDATE ims.incident SET security_class = 'event' WHERE org_id = org AND id = inc;
        END IF;
        -- sometimes wait for the customer, once or twice
        FOR k IN 1 .. CASE WHEN random() < 0.1 THEN 1 + floor(random() * 2)::int ELSE 0 END LOOP
            t := t + random() * interval '6 hours';
            EXIT WHEN t > now();
            PERFORM set_config('ims.effective_time', t::text, true);
            UPDATE ims.incident SET status = 'on_hold' WHERE org_id = org AND id = inc;
            t := t + random() * interval '20 hours';
            EXIT WHEN t > now();
            PERFORM set_config('ims.effective_time', t::text, true);
            UPDATE ims.incident SET status = 'in_progress' WHERE org_id = org AND id = inc;
        END LOOP;
        CONTINUE WHEN t > now();
        -- resolve
        t := t + (CASE impact WHEN 1 THEN 4 WHEN 2 THEN 10 WHEN 3 THEN 24 ELSE 48 END) * (random() ^ 2) * 7 * interval '1 hour';
        CONTINUE WHEN t > now() OR (SELECT status FROM ims.incident WHERE org_id = org AND id = inc) <> 'in_progress';
        PERFORM set_config('ims.effective_time', t::text, true);
        UPDATE ims.incident SET status = 'resolved',
               resolution_code = (ARRAY['fixed', 'workaround', 'configuration', 'user_error', 'vendor_fix'])[1 + floor(random() * 5)::int],
               resolution_note = 'Service restored and confirmed with the reporter.'
        WHERE org_id = org AND id = inc;
        IF is_maj THEN
            INSERT INTO ims.problem (org_id, title, description)
            VALUES (org, 'Root cause of major incident ' || inc, 'Opened from the major incident review.')
            RETURNING id INTO prob;
            INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (org, prob, inc);
        END IF;
        -- close after a few days, unless still recent
        t := t + (1 + random() * 4) * interval '1 day';
        CONTINUE WHEN t > now();
        PERFORM set_config('ims.effective_time', t::text, true);
        IF is_sec THEN
            INSERT INTO ims.evidence (org_id, title, evidence_kind, uri, content_sha256, collected_by, collected_at)
            VALUES (org, 'Logs of incident ' || inc, 'log', format('s3://demo-evidence/%s/logs.tar.gz', inc),
                    sha256(convert_to('logs ' || inc, 'UTF8')), 'forensics.fred', t)
            RETURNING id INTO ev;
            INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES (org, ev, 'incident', inc);
            INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, transferred_at, reason)
            VALUES (org, ev, 'forensics.fred', 'legal.lena', t, 'Handed over for the regulator''s request');
            INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step, sent_at, reference)
            SELECT org, inc, d.regime, d.step, at + interval '20 hours', 'REF-' || inc || '-' || d.step
            FROM ims.regulatory_deadline d
            JOIN ims.regulatory_regime g ON g.code = d.regime
            WHERE d.regime IN ('nis2', 'dora') AND d.step_order = 1 AND d.anchor = 'aware' AND is_maj
            ON CONFLICT DO NOTHING;
        END IF;
        PERFORM set_config('ims.actor', CASE WHEN is_maj THEN 'ops.manager' ELSE 'agent.' || (1 + i % 12) END, true);
        UPDATE ims.incident SET status = 'closed',
               lessons_learned = CASE WHEN is_sec THEN 'Tightened monitoring of the affected system.' END,
               post_incident_review = CASE WHEN is_maj THEN 'Reviewed with the service owner; actions tracked in the problem.' END
        WHERE org_id = org AND id = inc;
        PERFORM set_config('ims.actor', 'demo.loader', true);
    END LOOP;

    -- Changes over the year: one window a slot, no overlaps, none in the freeze.
    FOR i IN 1 .. n_changes LOOP
        slot := t0 + (i * 364.0 / n_changes) * interval '1 day' + interval '20 hours';
        CONTINUE WHEN EXISTS (SELECT FROM ims.change_freeze f WHERE f.org_id = org
                              AND f.period && tstzrange(slot - interval '5 days', slot + interval '2 hours'));
        u := random();
        ctype := CASE WHEN u < 0.7 THEN 'normal' WHEN u < 0.9 THEN 'standard' ELSE 'emergency' END;
        PERFORM set_config('ims.effective_time', (slot - interval '5 days')::text, true);
        INSERT INTO ims.change (org_id, title, change_type, change_model_id, requested_by, planned_start, planned_end)
        VALUES (org, CASE ctype WHEN 'standard' THEN 'Standard change ' || i ELSE 'Change ' || i END, ctype,
                CASE WHEN ctype = 'standard' THEN models[1 + i % 2] END,
                'engineer.' || (1 + i % 7),
                CASE WHEN ctype <> 'emergency' THEN slot END, CASE WHEN ctype <> 'emergency' THEN slot + interval '2 hours' END)
        RETURNING id INTO chg;
        INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (org, chg, cis[1 + i % array_length(cis, 1)]);
        IF ctype = 'normal' THEN
            UPDATE ims.change SET status = 'submitted' WHERE org_id = org AND id = chg;
            PERFORM set_config('ims.effective_time', (slot - interval '3 days')::text, true);
            UPDATE ims.change SET status = 'approved', approved_by = 'cab.chair',
                   risk_level = (ARRAY['low', 'medium', 'high'])[1 + i % 3],
                   security_impact_assessment = 'Assessed by the ISMS team: no change to access rights or data exposure.'
            WHERE org_id = org AND id = chg;
        ELSIF ctype = 'standard' THEN
            UPDATE ims.change SET status = 'approved' WHERE org_id = org AND id = chg;
        ELSE
            UPDATE ims.change SET status = 'approved', approved_by = 'ecab.erin', risk_level = 'high',
                   security_impact_assessment = 'Emergency fix; exposure reviewed by the on-call security officer.'
            WHERE org_id = org AND id = chg;
        END IF;
        CONTINUE WHEN slot > now();
        IF ctype <> 'emergency' THEN
            UPDATE ims.change SET status = 'scheduled' WHERE org_id = org AND id = chg;
        END IF;
        PERFORM set_config('ims.effective_time', (slot + interval '10 minutes')::text, true);
        UPDATE ims.change SET status = 'implementing' WHERE org_id = org AND id = chg;
        chg_outcome := CASE WHEN random() < 0.05 THEN 'failed' WHEN random() < 0.03 THEN 'backed_out' ELSE 'successful' END;
        PERFORM set_config('ims.effective_time', (slot + interval '90 minutes')::text, true);
        UPDATE ims.change SET status = 'review', outcome = chg_outcome WHERE org_id = org AND id = chg;
        IF chg_outcome <> 'successful' THEN
            INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
            VALUES (org, 'Disruption after change ' || chg, svc[1 + i % 8], 3, 2, slot + interval '95 minutes')
            RETURNING id INTO inc;
            INSERT INTO ims.change_incident (org_id, change_id, incident_id, link_type) VALUES (org, chg, inc, 'caused');
            PERFORM set_config('ims.effective_time', (slot + interval '100 minutes')::text, true);
            UPDATE ims.incident SET status = 'in_progress', assignee = 'engineer.' || (1 + i % 7) WHERE org_id = org AND id = inc;
            PERFORM set_config('ims.effective_time', (slot + interval '3 hours')::text, true);
            UPDATE ims.incident SET status = 'resolved', resolution_code = 'rolled_back',
                   resolution_note = 'The change was rolled back.' WHERE org_id = org AND id = inc;
            IF slot + interval '2 days' < now() THEN
                PERFORM set_config('ims.effective_time', (slot + interval '2 days')::text, true);
                UPDATE ims.incident SET status = 'closed' WHERE org_id = org AND id = inc;
            END IF;
            PERFORM set_config('ims.effective_time', (slot + interval '90 minutes')::text, true);
        END IF;
        CONTINUE WHEN slot + interval '1 day' > now();
        PERFORM set_config('ims.effective_time', (slot + interval '1 day')::text, true);
        UPDATE ims.change SET status = 'closed',
               post_implementation_review = CASE WHEN ctype = 'emergency' THEN 'Reviewed by the CAB; no follow-up needed.' END
        WHERE org_id = org AND id = chg;
    END LOOP;

    -- Problems of major incidents: investigated, known errors, fixed by a change.
    FOR prob IN SELECT id FROM ims.problem WHERE org_id = org ORDER BY id LOOP
        SELECT max(i.resolved_at) INTO t FROM ims.problem_incident pi
        JOIN ims.incident i ON i.org_id = pi.org_id AND i.id = pi.incident_id
        WHERE pi.org_id = org AND pi.problem_id = prob;
        t := coalesce(t, now() - interval '1 day') + interval '1 day';
        CONTINUE WHEN t > now();
        PERFORM set_config('ims.effective_time', t::text, true);
        UPDATE ims.problem SET status = 'investigating' WHERE org_id = org AND id = prob;
        INSERT INTO ims.known_error (org_id, problem_id, symptom, root_cause, workaround)
        VALUES (org, prob, 'Service unavailable under peak load', 'Connection pool exhausted', 'Restart the pool during peaks');
        UPDATE ims.problem SET status = 'known_error', root_cause = 'Connection pool exhausted under peak load'
        WHERE org_id = org AND id = prob;
        SELECT c.id INTO chg FROM ims.change c
        WHERE c.org_id = org AND c.status = 'closed' AND c.outcome = 'successful' AND c.closed_at < now() - interval '1 day'
        ORDER BY c.id DESC LIMIT 1;
        CONTINUE WHEN chg IS NULL;
        INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (org, chg, prob);
        UPDATE ims.problem SET status = 'resolved' WHERE org_id = org AND id = prob;
    END LOOP;

    -- Service requests.
    FOR i IN 1 .. n_requests LOOP
        at := t0 + (random() * 364) * interval '1 day' + interval '9 hours';
        PERFORM set_config('ims.effective_time', at::text, true);
        INSERT INTO ims.service_request (org_id, service_id, title, requested_by, reported_at)
        VALUES (org, svc[1 + i % 8], (ARRAY['New laptop', 'Access to shared drive', 'Password reset', 'New mailbox'])[1 + i % 4],
                'staff.' || (1 + i % 50), at)
        RETURNING id INTO inc;
        t := at + random() * interval '30 hours';
        CONTINUE WHEN t > now();
        PERFORM set_config('ims.effective_time', t::text, true);
        UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = org AND id = inc;
        t := t + random() * interval '40 hours';
        CONTINUE WHEN t > now();
        PERFORM set_config('ims.effective_time', t::text, true);
        UPDATE ims.service_request SET status = 'fulfilled' WHERE org_id = org AND id = inc;
        UPDATE ims.service_request SET status = 'closed' WHERE org_id = org AND id = inc;
    END LOOP;

    PERFORM ims.demo_load_isms(org);
    PERFORM set_config('ims.effective_time', '', true);
    PERFORM ims.seal_chain(org);
    RETURN org;
END $$;
COMMENT ON FUNCTION ims.demo_load(integer, text) IS
    'create a realistic demo organization through the registers and their rules: services, CIs with dependencies, calendars, SLA targets, a year of incidents with pauses, major and security incidents, problems, known errors, changes of every type, service requests, evidence and a sealed chain; scale 1 makes thousands of records, 1000 millions; needs a superuser (past instants are recorded with ims.effective_time); returns the org_id';
REVOKE EXECUTE ON FUNCTION ims.demo_load(integer, text) FROM PUBLIC;
