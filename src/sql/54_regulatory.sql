-- Clocks (issue 6), part 3: regulatory notification deadlines for
-- information security incidents, as data.  Sources are recorded per regime
-- and per deadline; docs/clocks.md explains them.

CREATE TABLE ims.regulatory_regime (
    code         text NOT NULL,
    name         text NOT NULL,
    applies_to   text NOT NULL,
    source       text NOT NULL,
    provenance   text NOT NULL DEFAULT 'user',
    note         text,
    CONSTRAINT regulatory_regime_pkey PRIMARY KEY (code),
    CONSTRAINT regulatory_regime_code_check CHECK (code ~ '^[a-z0-9][a-z0-9_]*$'),
    CONSTRAINT regulatory_regime_applies_to_check CHECK (
        applies_to IN ('security_incident', 'major_incident', 'major_security_incident')),
    CONSTRAINT regulatory_regime_provenance_check CHECK (provenance IN ('builtin', 'user'))
);
COMMENT ON TABLE ims.regulatory_regime IS
    'a regulatory incident-reporting regime (NIS2, DORA, ...): which incidents it covers and where its deadlines come from';
COMMENT ON COLUMN ims.regulatory_regime.applies_to IS
    'security_incident (security_class = incident), major_incident (is_major) or major_security_incident (both)';
COMMENT ON COLUMN ims.regulatory_regime.source IS 'the legal text the deadlines come from';
COMMENT ON COLUMN ims.regulatory_regime.provenance IS 'builtin (shipped; check against the current legal text) or user';

CREATE TABLE ims.regulatory_deadline (
    regime       text NOT NULL,
    step         text NOT NULL,
    step_order   smallint NOT NULL,
    anchor       text NOT NULL,
    anchor_step  text,
    time_limit   interval NOT NULL,
    source       text NOT NULL,
    CONSTRAINT regulatory_deadline_pkey PRIMARY KEY (regime, step, anchor),
    CONSTRAINT regulatory_deadline_regime_fk FOREIGN KEY (regime) REFERENCES ims.regulatory_regime (code) ON DELETE CASCADE,
    CONSTRAINT regulatory_deadline_anchor_check CHECK (
        anchor IN ('aware', 'classified_security', 'classified_major', 'step_sent')),
    CONSTRAINT regulatory_deadline_anchor_step_check CHECK ((anchor = 'step_sent') = (anchor_step IS NOT NULL)),
    CONSTRAINT regulatory_deadline_limit_check CHECK (time_limit > '0'::interval)
);
COMMENT ON TABLE ims.regulatory_deadline IS
    'the deadlines of a regime: each step (early warning, notification, final report, ...) is due a time limit after an anchor; a step with several rows is due at the earliest of them';
COMMENT ON COLUMN ims.regulatory_deadline.anchor IS
    'aware (incident reported_at), classified_security (security_assessed_at), classified_major (major_declared_at) or step_sent (when anchor_step was sent)';
COMMENT ON COLUMN ims.regulatory_deadline.time_limit IS 'wall-clock time allowed after the anchor (not business time)';

INSERT INTO ims.regulatory_regime (code, name, applies_to, source, provenance, note) VALUES
    ('nis2', 'NIS2: significant incidents', 'major_security_incident',
     'Directive (EU) 2022/2555 (NIS2), Article 23(4)', 'builtin',
     'An intermediate report on request and a progress report when the incident is ongoing at the final-report deadline are not modelled.'),
    ('dora', 'DORA: major ICT-related incidents', 'major_incident',
     'Regulation (EU) 2022/2554 (DORA), Article 19(4); Commission Delegated Regulation (EU) 2025/301 (time limits)', 'builtin',
     'Check the time limits against the current delegated regulation; weekend and holiday relief for some entities is not modelled.');

INSERT INTO ims.regulatory_deadline (regime, step, step_order, anchor, anchor_step, time_limit, source) VALUES
    ('nis2', 'early_warning', 1, 'aware', NULL, '24 hours', 'NIS2 Art. 23(4)(a): without undue delay and in any event within 24 hours of becoming aware'),
    ('nis2', 'incident_notification', 2, 'aware', NULL, '72 hours', 'NIS2 Art. 23(4)(b): without undue delay and in any event within 72 hours of becoming aware'),
    ('nis2', 'final_report', 3, 'step_sent', 'incident_notification', '1 month', 'NIS2 Art. 23(4)(d): not later than one month after the submission of the incident notification'),
    ('dora', 'initial_notification', 1, 'classified_major', NULL, '4 hours', 'Delegated Regulation (EU) 2025/301: within 4 hours of classification as major'),
    ('dora', 'initial_notification', 1, 'aware', NULL, '24 hours', 'Delegated Regulation (EU) 2025/301: no later than 24 hours after becoming aware'),
    ('dora', 'intermediate_report', 2, 'step_sent', 'initial_notification', '72 hours', 'Delegated Regulation (EU) 2025/301: within 72 hours of the initial notification'),
    ('dora', 'final_report', 3, 'step_sent', 'intermediate_report', '1 month', 'Delegated Regulation (EU) 2025/301: within one month of the latest intermediate report');

CREATE TABLE ims.organization_regime (
    org_id   bigint NOT NULL,
    regime   text NOT NULL,
    CONSTRAINT organization_regime_pkey PRIMARY KEY (org_id, regime),
    CONSTRAINT organization_regime_org_fk FOREIGN KEY (org_id) REFERENCES ims.organization (org_id) ON DELETE CASCADE,
    CONSTRAINT organization_regime_regime_fk FOREIGN KEY (regime) REFERENCES ims.regulatory_regime (code)
);
COMMENT ON TABLE ims.organization_regime IS 'the regulatory regimes an organization is subject to';

CREATE TABLE ims.regulatory_report (
    org_id       bigint NOT NULL,
    id           bigint GENERATED BY DEFAULT AS IDENTITY,
    incident_id  bigint NOT NULL,
    regime       text NOT NULL,
    step         text NOT NULL,
    sent_at      timestamptz NOT NULL DEFAULT pg_catalog.now(),
    sent_by      text NOT NULL DEFAULT ims.current_actor(),
    reference    text,
    CONSTRAINT regulatory_report_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT regulatory_report_incident_fk FOREIGN KEY (org_id, incident_id) REFERENCES ims.incident (org_id, id),
    CONSTRAINT regulatory_report_regime_fk FOREIGN KEY (org_id, regime) REFERENCES ims.organization_regime (org_id, regime),
    CONSTRAINT regulatory_report_key UNIQUE (org_id, incident_id, regime, step)
);
COMMENT ON TABLE ims.regulatory_report IS 'reports sent to an authority for an incident: regime, step, when, by whom, the authority''s reference';

CREATE VIEW ims.regulatory_deadlines AS
WITH due AS (
    SELECT i.org_id, i.id AS incident_id, i.title, d.regime, d.step, d.step_order,
           min(CASE d.anchor
                   WHEN 'aware' THEN i.reported_at
                   WHEN 'classified_security' THEN i.security_assessed_at
                   WHEN 'classified_major' THEN i.major_declared_at
                   WHEN 'step_sent' THEN prev.sent_at END + d.time_limit) AS due_at,
           bool_or(d.anchor = 'step_sent' AND prev.sent_at IS NULL) AS waiting_for_step
    FROM ims.incident i
    JOIN ims.organization_regime o ON o.org_id = i.org_id
    JOIN ims.regulatory_regime g ON g.code = o.regime
    JOIN ims.regulatory_deadline d ON d.regime = o.regime
    LEFT JOIN ims.regulatory_report prev
      ON prev.org_id = i.org_id AND prev.incident_id = i.id AND prev.regime = d.regime AND prev.step = d.anchor_step
    WHERE CASE g.applies_to
              WHEN 'security_incident' THEN i.security_class = 'incident'
              WHEN 'major_incident' THEN i.is_major
              ELSE i.security_class = 'incident' AND i.is_major END
    GROUP BY i.org_id, i.id, i.title, d.regime, d.step, d.step_order
)
SELECT due.org_id, due.incident_id, due.title, due.regime, due.step, due.step_order,
       due.due_at, r.sent_at, r.reference,
       CASE WHEN r.sent_at IS NOT NULL THEN CASE WHEN due.due_at IS NULL OR r.sent_at <= due.due_at
                                                 THEN 'sent' ELSE 'sent_late' END
            WHEN due.due_at IS NULL THEN 'waiting'
            WHEN due.due_at < pg_catalog.now() THEN 'overdue'
            ELSE 'due' END AS state,
       round(extract(epoch FROM due.due_at - pg_catalog.now()) / 3600, 2) AS hours_left
FROM due
LEFT JOIN ims.regulatory_report r
  ON r.org_id = due.org_id AND r.incident_id = due.incident_id AND r.regime = due.regime AND r.step = due.step;
COMMENT ON VIEW ims.regulatory_deadlines IS
    'for every incident covered by a regime its organization is subject to: each reporting step, when it is due, whether and when it was sent, and its state (due, overdue, sent, sent_late, waiting for an earlier step)';
COMMENT ON COLUMN ims.regulatory_deadlines.due_at IS 'the earliest deadline of the step; NULL while its anchor is not known yet';
COMMENT ON COLUMN ims.regulatory_deadlines.hours_left IS 'hours until due_at (negative when overdue)';

CREATE TRIGGER organization_regime_tenant BEFORE UPDATE OF org_id ON ims.organization_regime
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
CREATE TRIGGER regulatory_report_tenant BEFORE UPDATE OF org_id ON ims.regulatory_report
    FOR EACH ROW EXECUTE FUNCTION ims.tenant_immutable();
SELECT pg_catalog.pg_extension_config_dump('ims.regulatory_regime', 'WHERE provenance <> ''builtin''');
SELECT pg_catalog.pg_extension_config_dump('ims.organization_regime', '');
SELECT pg_catalog.pg_extension_config_dump('ims.regulatory_report', '');
SELECT pg_catalog.pg_extension_config_dump(pg_catalog.pg_get_serial_sequence('ims.regulatory_report', 'id'), '');
SELECT pg_catalog.pg_extension_config_dump('ims.regulatory_deadline',
    'WHERE regime IN (SELECT code FROM ims.regulatory_regime WHERE provenance <> ''builtin'')');
