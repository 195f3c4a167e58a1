-- The rule catalogue (issue 4): every rule the extension enforces, what it
-- demands, and the clauses and controls of both standards that motivate it,
-- as foreign keys into the catalogue — so "how is 20000-1 8.5.1.3 enforced"
-- is one query.  docs/rules.md has one entry per rule.

CREATE TABLE ims.rule (
    name            text NOT NULL,
    record_kind     text NOT NULL,
    demands         text NOT NULL,
    checked         text NOT NULL,
    sqlstate        text NOT NULL DEFAULT '23514',
    guidance_27013  ims.isoref,
    CONSTRAINT rule_pkey PRIMARY KEY (name),
    CONSTRAINT rule_name_check CHECK (name ~ '^[a-z][a-z0-9_]*$'),
    CONSTRAINT rule_checked_check CHECK (checked IN ('row', 'commit', 'row and commit')),
    CONSTRAINT rule_sqlstate_check CHECK (sqlstate ~ '^23[0-9A-Z]{3}$')
);
COMMENT ON TABLE ims.rule IS
    'every rule the extension enforces: a violation raises the rule''s SQLSTATE with the rule name as constraint name';
COMMENT ON COLUMN ims.rule.name IS 'the rule''s stable name, reported as the constraint name of a violation';
COMMENT ON COLUMN ims.rule.record_kind IS 'the register the rule guards';
COMMENT ON COLUMN ims.rule.demands IS 'what the rule demands, in one sentence';
COMMENT ON COLUMN ims.rule.checked IS 'row (each statement, BEFORE trigger), commit (deferred constraint trigger) or both';
COMMENT ON COLUMN ims.rule.guidance_27013 IS 'the ISO/IEC 27013:2021 clause that discusses the topic, where there is one';

CREATE TABLE ims.rule_basis (
    rule            text NOT NULL,
    standard        text NOT NULL,
    clause_ref      ims.isoref,
    control_ref     ims.isoref,
    CONSTRAINT rule_basis_rule_fk FOREIGN KEY (rule) REFERENCES ims.rule (name) ON DELETE CASCADE,
    CONSTRAINT rule_basis_clause_fk FOREIGN KEY (standard, clause_ref) REFERENCES ims.clause (standard, ref),
    CONSTRAINT rule_basis_control_fk FOREIGN KEY (standard, control_ref) REFERENCES ims.control (standard, ref),
    CONSTRAINT rule_basis_one_ref_check CHECK ((clause_ref IS NULL) <> (control_ref IS NULL)),
    CONSTRAINT rule_basis_key UNIQUE NULLS NOT DISTINCT (rule, standard, clause_ref, control_ref)
);
COMMENT ON TABLE ims.rule_basis IS
    'the clauses (ims.clause) and Annex A controls (ims.control) that motivate each rule';
COMMENT ON COLUMN ims.rule_basis.clause_ref IS 'a clause of the standard, or NULL when the basis is a control';
COMMENT ON COLUMN ims.rule_basis.control_ref IS 'an Annex A control of the standard, or NULL when the basis is a clause';

INSERT INTO ims.rule (name, record_kind, checked, guidance_27013, demands) VALUES
    ('tenant_immutable', 'every register', 'row', NULL,
     'a row never moves to another organization: org_id is fixed once written'),
    ('incident_transition', 'incident', 'row', '6.2.6',
     'the status moves only along the incident lifecycle; reopening only within the organization''s reopen window'),
    ('incident_priority', 'incident', 'row', '6.2.10',
     'the priority is derived from impact and urgency through the organization''s priority matrix; an override needs a reason'),
    ('incident_resolution', 'incident', 'row', '6.2.6',
     'a resolved or closed incident has a resolution code and a resolution note'),
    ('security_incident_assessment', 'incident', 'row', '6.2.6',
     'an information security incident has an assessment: who, when and which of confidentiality, integrity and availability'),
    ('security_incident_lessons', 'incident', 'row', '6.2.6',
     'a closed information security incident records lessons learned'),
    ('major_incident_review', 'incident', 'row and commit', '6.2.9',
     'a closed major incident has a post-incident review and a linked problem'),
    ('problem_transition', 'problem', 'row', '6.2.7',
     'the status moves only along the problem lifecycle'),
    ('problem_needs_incident', 'problem', 'commit', '6.2.7',
     'a problem links at least one incident unless it is proactive'),
    ('known_error_content', 'known_error', 'row', '6.2.7',
     'a known error records its root cause and a workaround'),
    ('problem_resolution', 'problem', 'row and commit', '6.2.7',
     'a resolved or closed problem has a root cause and a linked change closed with outcome successful'),
    ('change_transition', 'change', 'row', '6.2.11',
     'the status moves only along the path of the change type; the type is fixed after draft; leaving implementation needs an outcome; a closed change keeps its outcome'),
    ('change_security_assessment', 'change', 'row and commit', '6.2.11',
     'an approved change has a risk level, an information security impact assessment, an approver and its affected CIs; a standard change takes them from an active change model, whose authorizer is its approver'),
    ('change_segregation', 'change', 'row', '6.2.11',
     'the approver of a change is not its requester'),
    ('change_window', 'change', 'row and commit', '6.2.11',
     'a normal or standard change is scheduled with a window, implemented inside it, does not overlap another scheduled change on a shared CI and avoids freezes'),
    ('emergency_change_review', 'change', 'row', '6.2.11',
     'an emergency change closes only with a post-implementation review'),
    ('failed_change_incident', 'change', 'commit', '6.2.11',
     'a failed or backed-out change closes only with a linked incident it caused'),
    ('release_transition', 'release', 'row', '6.3.6',
     'the status moves only along the release lifecycle'),
    ('release_changes_approved', 'release', 'commit', '6.3.6',
     'a deployed release bundles at least one change and every change in it is approved'),
    ('service_request_transition', 'service_request', 'row', NULL,
     'the status moves only along the service request lifecycle');

INSERT INTO ims.rule_basis (rule, standard, clause_ref, control_ref) VALUES
    ('tenant_immutable', '27001:2013', '7.5.3', NULL),
    ('tenant_immutable', '20000-1:2018', '7.5.4', NULL),
    ('incident_transition', '20000-1:2018', '8.6.1', NULL),
    ('incident_priority', '20000-1:2018', '8.6.1', NULL),
    ('incident_resolution', '20000-1:2018', '8.6.1', NULL),
    ('security_incident_assessment', '27001:2013', NULL, 'A.16.1.4'),
    ('security_incident_assessment', '27001:2022', NULL, 'A.5.25'),
    ('security_incident_assessment', '20000-1:2018', '8.7.3.3', NULL),
    ('security_incident_lessons', '27001:2013', NULL, 'A.16.1.6'),
    ('security_incident_lessons', '27001:2022', NULL, 'A.5.27'),
    ('security_incident_lessons', '20000-1:2018', '8.7.3.3', NULL),
    ('major_incident_review', '20000-1:2018', '8.6.1', NULL),
    ('problem_transition', '20000-1:2018', '8.6.3', NULL),
    ('problem_needs_incident', '20000-1:2018', '8.6.3', NULL),
    ('known_error_content', '20000-1:2018', '8.6.3', NULL),
    ('problem_resolution', '20000-1:2018', '8.6.3', NULL),
    ('change_transition', '20000-1:2018', '8.5.1', NULL),
    ('change_transition', '20000-1:2018', '8.5.1.3', NULL),
    ('change_security_assessment', '27001:2013', NULL, 'A.12.1.2'),
    ('change_security_assessment', '27001:2013', NULL, 'A.14.2.2'),
    ('change_security_assessment', '27001:2022', NULL, 'A.8.32'),
    ('change_security_assessment', '20000-1:2018', '8.5.1.3', NULL),
    ('change_security_assessment', '20000-1:2018', '8.7.3.2', NULL),
    ('change_segregation', '27001:2013', NULL, 'A.6.1.2'),
    ('change_segregation', '27001:2022', NULL, 'A.5.3'),
    ('change_window', '20000-1:2018', '8.5.1.3', NULL),
    ('emergency_change_review', '20000-1:2018', '8.5.1.3', NULL),
    ('failed_change_incident', '20000-1:2018', '8.5.1.3', NULL),
    ('release_transition', '20000-1:2018', '8.5.3', NULL),
    ('release_changes_approved', '20000-1:2018', '8.5.3', NULL),
    ('service_request_transition', '20000-1:2018', '8.6.2', NULL);

REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON ims.rule, ims.rule_basis FROM PUBLIC;
GRANT SELECT ON ims.rule, ims.rule_basis TO PUBLIC;
