-- The incident row rules of src/rules_incident.c written in PL/pgSQL, for the
-- benchmark only (bench/incidents): the way a PL/pgSQL developer would write
-- them, one query per lookup and row, no cache.  Loaded by setup.sql after
-- bench_incidents.incident_plpgsql and bench_incidents.status_history_plpgsql
-- exist.
--
-- Same rules, same errors (SQLSTATE 23514, CONSTRAINT NAME = rule name, TABLE
-- NAME = incident) and same derived columns as ims.incident_rules():
--   tenant_immutable, incident_transition (with the reopen window),
--   incident_priority, incident_resolution, security_incident_assessment,
--   security_incident_lessons, major_incident_review (row part);
--   milestones (responded_at, resolved_at, closed_at, reopen_count,
--   security_assessed_at, major_declared_at), updated_at/updated_by, and a
--   status history row per status change of an UPDATE; closing a major
--   incident, or making it no longer major, needs the role ims_manager.
-- Not mirrored (security, not incident rules; the benchmark runs as a
-- superuser, for whom they change nothing): the C rules write the status
-- history as the owner of schema ims, and refuse a new row of an organization
-- the role may not see before row-level security would.
-- plus the link part of major_incident_review as a deferred constraint
-- trigger with the same WHEN clause as ims.incident's incident_links.

-- NULL, empty or only white space (the C rules' ims_blank()).
CREATE FUNCTION bench_incidents.is_blank(s text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    RETURN s IS NULL OR btrim(s, E' \t\n\r\f\v') = '';

-- Raise a rule violation the way the C rules do.
CREATE FUNCTION bench_incidents.violation(rule text, message text, detail text, hint text)
    RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION USING
        ERRCODE = '23514', CONSTRAINT = rule, TABLE = 'incident', SCHEMA = 'ims',
        MESSAGE = message, DETAIL = detail, HINT = hint;
END $$;

-- The statuses reachable from a status, as the C rules list them in a DETAIL.
CREATE FUNCTION bench_incidents.allowed_next(p_org bigint, p_from text) RETURNS text
    LANGUAGE sql STABLE
    RETURN (SELECT coalesce(string_agg(format('"%s"', t.to_status), ', ' ORDER BY t.from_status, t.to_status), 'none')
            FROM ims.lifecycle_transition t
            WHERE t.record_kind = 'incident' AND t.variant = '' AND t.from_status = p_from
              AND t.org_id IS NOT DISTINCT FROM
                  (SELECT p_org WHERE EXISTS (SELECT FROM ims.lifecycle_transition o
                                              WHERE o.org_id = p_org AND o.record_kind = 'incident' AND o.variant = '')));

-- BEFORE INSERT OR UPDATE FOR EACH ROW.
CREATE FUNCTION bench_incidents.incident_rules() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    v_from            text;
    v_status_changed  boolean;
    v_is_reopen       boolean := false;
    v_window          interval;
    v_resolved_at     timestamptz;
    v_derived         smallint;
    v_closed          boolean;
    v_security        boolean;
    v_no_code         boolean;
    v_no_note         boolean;
    v_no_who          boolean;
    v_no_cia          boolean;
    -- the instant the rules record: the clock time when the row is processed,
    -- or ims.effective_time when set (as the C rules' ims_rule_now())
    v_now             timestamptz := coalesce(nullif(current_setting('ims.effective_time', true), '')::timestamptz,
                                              clock_timestamp());
BEGIN
    -- tenant_immutable
    IF TG_OP = 'UPDATE' THEN
        IF NEW.org_id <> OLD.org_id THEN
            RAISE EXCEPTION USING
                ERRCODE = '23514', CONSTRAINT = 'tenant_immutable', TABLE = 'incident', SCHEMA = 'ims',
                MESSAGE = 'a row of incident cannot move to another organization',
                DETAIL = format('The update changes org_id from %s to %s.', OLD.org_id, NEW.org_id),
                HINT = 'Leave org_id unchanged; create a new row in the other organization instead.';
        END IF;
        v_from := OLD.status;
        v_status_changed := NEW.status <> OLD.status;
    ELSE
        v_from := '';
        v_status_changed := true;
    END IF;

    -- incident_transition: the organization's own incident lifecycle if it
    -- has one, else the built-in one; a reopening only within the window
    IF v_status_changed THEN
        SELECT t.is_reopen INTO v_is_reopen
        FROM ims.lifecycle_transition t
        WHERE t.record_kind = 'incident' AND t.variant = ''
          AND t.from_status = v_from AND t.to_status = NEW.status
          AND t.org_id IS NOT DISTINCT FROM
              (SELECT NEW.org_id WHERE EXISTS (SELECT FROM ims.lifecycle_transition o
                                               WHERE o.org_id = NEW.org_id AND o.record_kind = 'incident'
                                                 AND o.variant = ''));
        IF NOT FOUND THEN
            IF TG_OP = 'INSERT' THEN
                PERFORM bench_incidents.violation('incident_transition',
                    format('incident %s cannot start with status "%s"', NEW.id, NEW.status),
                    format('A new incident starts as: %s.', bench_incidents.allowed_next(NEW.org_id, '')),
                    'Create the incident with a starting status, then move it along its lifecycle (ims.lifecycle_transition).');
            ELSE
                PERFORM bench_incidents.violation('incident_transition',
                    format('incident %s cannot move from "%s" to "%s"', NEW.id, OLD.status, NEW.status),
                    format('From "%s" the lifecycle of an incident allows: %s.', OLD.status,
                           bench_incidents.allowed_next(NEW.org_id, OLD.status)),
                    'Move the incident through the allowed statuses one step at a time (ims.lifecycle_transition).');
            END IF;
        END IF;
        IF v_is_reopen THEN
            SELECT o.incident_reopen_window INTO v_window
            FROM ims.organization o WHERE o.org_id = NEW.org_id;
            v_resolved_at := coalesce(OLD.resolved_at, v_now);
            IF v_now > v_resolved_at + v_window THEN
                PERFORM bench_incidents.violation('incident_transition',
                    format('incident %s cannot be reopened', NEW.id),
                    format('It was resolved at %s, longer ago than the reopen window of %s.', v_resolved_at, v_window),
                    'Record a new incident and link it to this one, or widen ims.organization.incident_reopen_window.');
            END IF;
        END IF;
    END IF;

    -- incident_priority: out-of-range scales are left to the CHECK
    -- constraints; an update that touches none of the inputs keeps its priority
    IF NEW.impact BETWEEN 1 AND 4 AND NEW.urgency BETWEEN 1 AND 4
       AND (TG_OP = 'INSERT'
            OR NEW.priority IS DISTINCT FROM OLD.priority
            OR NEW.impact IS DISTINCT FROM OLD.impact
            OR NEW.urgency IS DISTINCT FROM OLD.urgency
            OR NEW.priority_override_reason IS DISTINCT FROM OLD.priority_override_reason) THEN
        SELECT m.priority INTO v_derived
        FROM ims.priority_matrix m
        WHERE m.org_id = NEW.org_id AND m.impact = NEW.impact AND m.urgency = NEW.urgency;
        IF v_derived IS NULL THEN
            PERFORM bench_incidents.violation('incident_priority',
                format('incident %s has no priority in the matrix of organization %s', NEW.id, NEW.org_id),
                format('ims.priority_matrix has no cell for impact %s and urgency %s.', NEW.impact, NEW.urgency),
                'Add the missing cell to ims.priority_matrix.');
        END IF;
        IF NEW.priority IS NULL THEN
            NEW.priority := v_derived;
        ELSIF NEW.priority <> v_derived AND bench_incidents.is_blank(NEW.priority_override_reason) THEN
            IF TG_OP = 'UPDATE' AND NEW.priority IS NOT DISTINCT FROM OLD.priority
               AND (NEW.impact IS DISTINCT FROM OLD.impact OR NEW.urgency IS DISTINCT FROM OLD.urgency) THEN
                NEW.priority := v_derived;
            ELSE
                PERFORM bench_incidents.violation('incident_priority',
                    format('incident %s cannot have priority %s without a reason', NEW.id, NEW.priority),
                    format('The priority matrix gives priority %s for impact %s and urgency %s, and priority_override_reason is empty.',
                           v_derived, NEW.impact, NEW.urgency),
                    'Leave priority unset to derive it from impact and urgency, or set priority_override_reason in the same statement.');
            END IF;
        END IF;
    END IF;

    -- incident_resolution
    v_closed := NEW.status = 'closed';
    IF v_closed OR NEW.status = 'resolved' THEN
        v_no_code := bench_incidents.is_blank(NEW.resolution_code);
        v_no_note := bench_incidents.is_blank(NEW.resolution_note);
        IF v_no_code OR v_no_note THEN
            PERFORM bench_incidents.violation('incident_resolution',
                format('incident %s cannot be %s without a resolution', NEW.id, NEW.status),
                format('The status is "%s" but %s %s empty.', NEW.status,
                       concat_ws(' and ', CASE WHEN v_no_code THEN 'resolution_code' END,
                                          CASE WHEN v_no_note THEN 'resolution_note' END),
                       CASE WHEN v_no_code AND v_no_note THEN 'are' ELSE 'is' END),
                'Set resolution_code and resolution_note in the same statement.');
        END IF;
    END IF;

    -- security_incident_assessment
    v_security := NEW.security_class = 'incident';
    IF v_security THEN
        v_no_who := bench_incidents.is_blank(NEW.security_assessed_by);
        v_no_cia := NOT (NEW.affects_confidentiality OR NEW.affects_integrity OR NEW.affects_availability);
        IF v_no_who OR v_no_cia THEN
            PERFORM bench_incidents.violation('security_incident_assessment',
                format('incident %s cannot be an information security incident without an assessment', NEW.id),
                format('security_class is "incident" but %s.',
                       concat_ws(' and ', CASE WHEN v_no_who THEN 'security_assessed_by is empty' END,
                                          CASE WHEN v_no_cia THEN 'none of affects_confidentiality, affects_integrity and affects_availability is true' END)),
                'Set security_assessed_by and at least one of affects_confidentiality, affects_integrity and affects_availability in the same statement.');
        END IF;
        IF NEW.security_assessed_at IS NULL THEN
            NEW.security_assessed_at := v_now;
        END IF;
    END IF;

    -- security_incident_lessons
    IF v_closed AND v_security AND bench_incidents.is_blank(NEW.lessons_learned) THEN
        PERFORM bench_incidents.violation('security_incident_lessons',
            format('information security incident %s cannot be closed without lessons learned', NEW.id),
            'The status is "closed" and security_class is "incident" but lessons_learned is empty.',
            'Record the lessons learned in lessons_learned in the same statement.');
    END IF;

    -- closing a major incident is for managers, and so is changing whether a
    -- closed incident is major (either way round)
    IF v_closed AND (NEW.is_major OR (TG_OP = 'UPDATE' AND OLD.is_major))
       AND (v_status_changed OR (TG_OP = 'UPDATE' AND NEW.is_major IS DISTINCT FROM OLD.is_major))
       AND to_regrole('ims_manager') IS NOT NULL AND NOT pg_has_role(current_user, 'ims_manager', 'USAGE') THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('permission denied to close major incident %s', NEW.id),
            DETAIL = 'Only members of ims_manager may close.',
            HINT = 'Ask a member of ims_manager, or have the role granted to you.';
    END IF;

    -- a major incident stops being major only by a manager's decision
    IF TG_OP = 'UPDATE' AND OLD.is_major AND NOT NEW.is_major
       AND to_regrole('ims_manager') IS NOT NULL AND NOT pg_has_role(current_user, 'ims_manager', 'USAGE') THEN
        RAISE EXCEPTION USING
            ERRCODE = '42501',
            MESSAGE = format('permission denied to downgrade major incident %s', NEW.id),
            DETAIL = 'Only members of ims_manager may downgrade.',
            HINT = 'Ask a member of ims_manager, or have the role granted to you.';
    END IF;

    -- major_incident_review, row part (the linked problem is checked at commit)
    IF v_closed AND NEW.is_major AND bench_incidents.is_blank(NEW.post_incident_review) THEN
        PERFORM bench_incidents.violation('major_incident_review',
            format('major incident %s cannot be closed without a post-incident review', NEW.id),
            'The status is "closed" and is_major is true but post_incident_review is empty.',
            'Record the review in post_incident_review and link a problem (ims.problem_incident) before closing.');
    END IF;

    -- milestones
    IF NEW.is_major AND NEW.major_declared_at IS NULL THEN
        NEW.major_declared_at := v_now;
    END IF;
    IF v_status_changed THEN
        IF NEW.status = 'in_progress' AND NEW.responded_at IS NULL THEN
            NEW.responded_at := v_now;
        END IF;
        IF NEW.status = 'resolved' THEN
            NEW.resolved_at := v_now;
        END IF;
        IF v_closed THEN
            NEW.closed_at := v_now;
        END IF;
        IF v_is_reopen THEN
            NEW.reopen_count := NEW.reopen_count + 1;
            NEW.resolved_at := NULL;
        END IF;
    END IF;

    -- updated_at/updated_by and the status history
    IF TG_OP = 'UPDATE' THEN
        NEW.updated_at := v_now;
        NEW.updated_by := ims.current_actor();
        IF v_status_changed THEN
            INSERT INTO bench_incidents.status_history_plpgsql
                (org_id, record_kind, record_id, from_status, to_status, changed_by, changed_at)
            VALUES (NEW.org_id, 'incident', NEW.id, OLD.status, NEW.status, ims.current_actor(), v_now);
        END IF;
    END IF;

    RETURN NEW;
END $$;

-- Deferred, AFTER UPDATE: a closed major incident links a problem.
CREATE FUNCTION bench_incidents.incident_links() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (SELECT FROM bench_incidents.incident_plpgsql i
               WHERE i.org_id = NEW.org_id AND i.id = NEW.id AND i.is_major AND i.status = 'closed'
                 AND NOT EXISTS (SELECT FROM ims.problem_incident pi
                                 WHERE pi.org_id = i.org_id AND pi.incident_id = i.id)
               FOR SHARE OF i) THEN
        PERFORM bench_incidents.violation('major_incident_review',
            format('major incident %s cannot be closed without a linked problem', NEW.id),
            'ims.problem_incident has no row for it.',
            'Record the problem the major incident revealed and link it (ims.problem_incident) before closing.');
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER incident_rules BEFORE INSERT OR UPDATE ON bench_incidents.incident_plpgsql
    FOR EACH ROW EXECUTE FUNCTION bench_incidents.incident_rules();
CREATE CONSTRAINT TRIGGER incident_links AFTER UPDATE ON bench_incidents.incident_plpgsql
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
    WHEN (NEW.is_major AND NEW.status = 'closed')
    EXECUTE FUNCTION bench_incidents.incident_links();
