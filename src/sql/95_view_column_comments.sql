-- Comments on the view columns the modules before this one left without one
-- (docs/development.md, "Adding a view": BI tools show them next to each
-- field).  Runs after every module that creates a view; the wording follows
-- the comment of the table column each one comes from, and docs/views.md.
-- test/80_reporting_views.sql checks that every column of every view of
-- schema ims has a comment.

-- ---------------------------------------------------------------------------
-- Catalogue views (22_catalogue_functions.sql).

COMMENT ON COLUMN ims.correspondence_in_force.mapping IS 'the correspondence table this row belongs to (ims.mapping), e.g. 27013-A';
COMMENT ON COLUMN ims.correspondence_in_force.from_standard IS 'standard of the from item (fixed by the mapping)';
COMMENT ON COLUMN ims.correspondence_in_force.from_kind IS 'clause or control: where the from item lives (ims.clause or ims.control)';
COMMENT ON COLUMN ims.correspondence_in_force.from_ref IS 'number of the from item; NULL when the to item has no counterpart';
COMMENT ON COLUMN ims.correspondence_in_force.to_standard IS 'standard of the to item (fixed by the mapping)';
COMMENT ON COLUMN ims.correspondence_in_force.to_kind IS 'clause or control: where the to item lives (ims.clause or ims.control)';
COMMENT ON COLUMN ims.correspondence_in_force.to_ref IS 'number of the to item; NULL when the from item has no counterpart';
COMMENT ON COLUMN ims.correspondence_in_force.relation IS 'how the two items correspond (ims.correspondence_relation)';
COMMENT ON COLUMN ims.correspondence_in_force.provenance IS 'compiled or derived (built in), imported or user: derived rows are our own judgement, not the official table';
COMMENT ON COLUMN ims.correspondence_in_force.verification IS 'how the row was verified, where known';
COMMENT ON COLUMN ims.correspondence_in_force.sources IS 'codes of the public sources that agree, where known';
COMMENT ON COLUMN ims.correspondence_in_force.note IS 'why the items correspond (our words)';
COMMENT ON COLUMN ims.correspondence_in_force.builtin IS 'true for rows shipped with the extension (read-only); false for imported or user rows';

COMMENT ON COLUMN ims.term_in_force.term IS 'the term, lower case as listed';
COMMENT ON COLUMN ims.term_in_force.standard IS 'code of the standard whose vocabulary it is';
COMMENT ON COLUMN ims.term_in_force.ref IS 'number of the entry in the standard''s clause 3, NULL if not defined or not numbered';
COMMENT ON COLUMN ims.term_in_force.membership IS 'yes, no, no_unverified or unconfirmed (ims.term_membership)';
COMMENT ON COLUMN ims.term_in_force.verification IS 'how membership and number were verified (from the reference data)';
COMMENT ON COLUMN ims.term_in_force.comparison IS 'short comparison of the two standards'' use of the term, in our own words, where known';
COMMENT ON COLUMN ims.term_in_force.note IS 'free note, e.g. why a user row corrects the built-in one';
COMMENT ON COLUMN ims.term_in_force.builtin IS 'true for rows shipped with the extension (read-only); false for a user''s row or correction';
COMMENT ON COLUMN ims.term_in_force.corrected IS 'a user row that replaces the built-in row of the same standard and term';

COMMENT ON COLUMN ims.catalogue_item.standard IS 'code of the standard (ims.standard)';
COMMENT ON COLUMN ims.catalogue_item.ref IS 'number of the clause or Annex A item';
COMMENT ON COLUMN ims.catalogue_item.title IS 'short title of the clause or Annex A item';
COMMENT ON COLUMN ims.catalogue_item.kind IS 'clause (a row of ims.clause) or control (an Annex A row of ims.control: control, objective, domain or theme)';
COMMENT ON COLUMN ims.catalogue_item.parent_ref IS 'number of the enclosing item, NULL at top level';
COMMENT ON COLUMN ims.catalogue_item.ref_27002 IS '27001:2022 Annex A rows only: the number in ISO/IEC 27002:2022 form (5.1 for A.5.1)';

-- ---------------------------------------------------------------------------
-- SLA views (52_sla.sql).

COMMENT ON COLUMN ims.sla_status.org_id IS 'the organization';
COMMENT ON COLUMN ims.sla_status.record_kind IS 'incident or service_request';
COMMENT ON COLUMN ims.sla_status.record_id IS 'id of the incident or service request';
COMMENT ON COLUMN ims.sla_status.service_id IS 'the service of the record; NULL when none';
COMMENT ON COLUMN ims.sla_status.priority IS 'priority of the record, 1 (highest) to 5';
COMMENT ON COLUMN ims.sla_status.status IS 'current status of the record';
COMMENT ON COLUMN ims.sla_status.target_id IS 'the SLA target this clock measures (ims.sla_target.id)';
COMMENT ON COLUMN ims.sla_status.agreement_kind IS 'sla, ola or underpinning_contract';
COMMENT ON COLUMN ims.sla_status.agreement_name IS 'the agreement the target belongs to';
COMMENT ON COLUMN ims.sla_status.metric IS 'response (until work starts: the first move out of new) or resolution (until resolved or fulfilled)';
COMMENT ON COLUMN ims.sla_status.calendar_id IS 'the business-hours calendar the clock runs on (ims.calendar.id)';
COMMENT ON COLUMN ims.sla_status.target IS 'the business time allowed (interval; days count as 24 working hours)';
COMMENT ON COLUMN ims.sla_status.started_at IS 'when the clock started: when the record was reported';
COMMENT ON COLUMN ims.sla_status.elapsed IS 'business time counted so far, pauses excluded (interval)';
COMMENT ON COLUMN ims.sla_status.paused IS 'business time spent in pause statuses such as on_hold (interval; resolution clocks only)';
COMMENT ON COLUMN ims.sla_status.remaining IS 'target minus elapsed (interval; negative once breached)';
COMMENT ON COLUMN ims.sla_status.due_at IS 'when a running clock breaches if nothing changes; NULL when stopped or paused';
COMMENT ON COLUMN ims.sla_status.stopped_at IS 'when the clock stopped (response: first move out of new; resolution: resolved or fulfilled); NULL while running';

COMMENT ON COLUMN ims.sla_compliance.org_id IS 'the organization';
COMMENT ON COLUMN ims.sla_compliance.record_kind IS 'incident or service_request';
COMMENT ON COLUMN ims.sla_compliance.service_id IS 'the service; NULL for records without a service';
COMMENT ON COLUMN ims.sla_compliance.service_name IS 'name of the service';
COMMENT ON COLUMN ims.sla_compliance.month IS 'first day of the month the records were reported in (session time zone)';
COMMENT ON COLUMN ims.sla_compliance.agreement_name IS 'the agreement the targets belong to';
COMMENT ON COLUMN ims.sla_compliance.metric IS 'response or resolution';
COMMENT ON COLUMN ims.sla_compliance.met_count IS 'clocks that stopped within their target';
COMMENT ON COLUMN ims.sla_compliance.breached_count IS 'clocks past their target, stopped or still running';

COMMENT ON COLUMN ims.service_response_times.org_id IS 'the organization';
COMMENT ON COLUMN ims.service_response_times.service_id IS 'the service; NULL for incidents without a service';
COMMENT ON COLUMN ims.service_response_times.service_name IS 'name of the service';
COMMENT ON COLUMN ims.service_response_times.month IS 'first day of the month the incidents were reported in (session time zone)';
COMMENT ON COLUMN ims.service_response_times.incident_count IS 'incidents reported in the month';

-- ---------------------------------------------------------------------------
-- Regulatory deadlines (54_regulatory.sql).

COMMENT ON COLUMN ims.regulatory_deadlines.org_id IS 'the organization';
COMMENT ON COLUMN ims.regulatory_deadlines.incident_id IS 'the incident (ims.incident.id)';
COMMENT ON COLUMN ims.regulatory_deadlines.title IS 'title of the incident';
COMMENT ON COLUMN ims.regulatory_deadlines.regime IS 'the regulatory regime (ims.regulatory_regime.code), e.g. nis2, dora';
COMMENT ON COLUMN ims.regulatory_deadlines.step IS 'the reporting step, e.g. early_warning, incident_notification, final_report';
COMMENT ON COLUMN ims.regulatory_deadlines.step_order IS 'order of the step within its regime, from 1';
COMMENT ON COLUMN ims.regulatory_deadlines.sent_at IS 'when the report of the step was sent (ims.regulatory_report); NULL when not sent';
COMMENT ON COLUMN ims.regulatory_deadlines.reference IS 'the authority''s reference for the report sent';
COMMENT ON COLUMN ims.regulatory_deadlines.state IS 'due, overdue, sent, sent_late or waiting (for an earlier step)';

-- ---------------------------------------------------------------------------
-- History and evidence views (72_chain.sql).

COMMENT ON COLUMN ims.audit_trail.org_id IS 'the organization';
COMMENT ON COLUMN ims.audit_trail.history_id IS 'the history entry (ims.history.id)';
COMMENT ON COLUMN ims.audit_trail.changed_at IS 'the clock time of the change';
COMMENT ON COLUMN ims.audit_trail.actor IS 'the application user (ims.actor), else the session user';
COMMENT ON COLUMN ims.audit_trail.db_role IS 'the database role that made the change';
COMMENT ON COLUMN ims.audit_trail.txid IS 'the transaction that made the change';
COMMENT ON COLUMN ims.audit_trail.table_name IS 'the register changed, e.g. incident';
COMMENT ON COLUMN ims.audit_trail.record_key IS 'the primary key of the changed row, as a JSON object';
COMMENT ON COLUMN ims.audit_trail.operation IS 'the operation: INSERT, UPDATE or DELETE';
COMMENT ON COLUMN ims.audit_trail.changed_columns IS 'for an UPDATE, the columns whose values changed (NULL when none did)';
COMMENT ON COLUMN ims.audit_trail.chain_seq IS 'position of the entry in the organization''s hash chain; NULL until sealed';

COMMENT ON COLUMN ims.evidence_index.org_id IS 'the organization';
COMMENT ON COLUMN ims.evidence_index.evidence_id IS 'the evidence item (ims.evidence.id)';
COMMENT ON COLUMN ims.evidence_index.title IS 'title of the evidence item';
COMMENT ON COLUMN ims.evidence_index.evidence_kind IS 'document, log, image, record, statement or other';
COMMENT ON COLUMN ims.evidence_index.uri IS 'where the content is kept (the content itself may live outside the database)';
COMMENT ON COLUMN ims.evidence_index.content_sha256 IS 'hex SHA-256 of the content, to show it has not changed';
COMMENT ON COLUMN ims.evidence_index.collected_by IS 'who collected the item';
COMMENT ON COLUMN ims.evidence_index.collected_at IS 'when the item was collected';
COMMENT ON COLUMN ims.evidence_index.record_kind IS 'kind of the record the item supports (one row per link); NULL when not linked';
COMMENT ON COLUMN ims.evidence_index.record_id IS 'id of the record the item supports; NULL when not linked';
COMMENT ON COLUMN ims.evidence_index.custody_transfers IS 'number of hand-overs (ims.custody_event)';
COMMENT ON COLUMN ims.evidence_index.last_transfer_at IS 'when the item was last handed over; NULL when never';
COMMENT ON COLUMN ims.evidence_index.is_sealed IS 'true once the item is in the organization''s hash chain';

-- ---------------------------------------------------------------------------
-- Reporting views (80_reporting_views.sql).

COMMENT ON COLUMN ims.open_record_ageing.org_id IS 'the organization';
COMMENT ON COLUMN ims.open_record_ageing.record_id IS 'id of the record in its register (with org_id and record_kind it names the row)';
COMMENT ON COLUMN ims.open_record_ageing.title IS 'title of the record';
COMMENT ON COLUMN ims.open_record_ageing.status IS 'current status of the record (an open status of its lifecycle)';

COMMENT ON COLUMN ims.change_calendar.org_id IS 'the organization';
COMMENT ON COLUMN ims.change_calendar.change_id IS 'the change (ims.change.id)';
COMMENT ON COLUMN ims.change_calendar.title IS 'title of the change';
COMMENT ON COLUMN ims.change_calendar.change_type IS 'standard, normal or emergency';
COMMENT ON COLUMN ims.change_calendar.status IS 'current status of the change';
COMMENT ON COLUMN ims.change_calendar.risk_level IS 'low, medium, high or very_high; NULL before assessment';
COMMENT ON COLUMN ims.change_calendar.planned_start IS 'start of the planned (approved) window';
COMMENT ON COLUMN ims.change_calendar.planned_end IS 'end of the planned (approved) window';
COMMENT ON COLUMN ims.change_calendar.ci_ids IS 'the CIs the change touches (ims.change_ci), in id order; NULL when none';

COMMENT ON COLUMN ims.major_incidents.org_id IS 'the organization';
COMMENT ON COLUMN ims.major_incidents.incident_id IS 'the incident (ims.incident.id)';
COMMENT ON COLUMN ims.major_incidents.title IS 'title of the incident';
COMMENT ON COLUMN ims.major_incidents.status IS 'new, in_progress, on_hold, resolved or closed';
COMMENT ON COLUMN ims.major_incidents.priority IS 'priority, 1 (highest) to 5';
COMMENT ON COLUMN ims.major_incidents.service_id IS 'the affected service; NULL when none is recorded';
COMMENT ON COLUMN ims.major_incidents.service_name IS 'name of the affected service';
COMMENT ON COLUMN ims.major_incidents.major_declared_at IS 'when the incident was first declared major';
COMMENT ON COLUMN ims.major_incidents.reported_at IS 'when the incident was reported';
COMMENT ON COLUMN ims.major_incidents.resolved_at IS 'when it was last resolved; NULL while not resolved';
COMMENT ON COLUMN ims.major_incidents.closed_at IS 'when it was closed; NULL while not closed';
COMMENT ON COLUMN ims.major_incidents.has_review IS 'a post-incident review is recorded';
COMMENT ON COLUMN ims.major_incidents.has_problem IS 'a problem is linked (ims.problem_incident)';

COMMENT ON COLUMN ims.security_incidents.org_id IS 'the organization';
COMMENT ON COLUMN ims.security_incidents.incident_id IS 'the incident (ims.incident.id)';
COMMENT ON COLUMN ims.security_incidents.title IS 'title of the incident';
COMMENT ON COLUMN ims.security_incidents.status IS 'new, in_progress, on_hold, resolved or closed';
COMMENT ON COLUMN ims.security_incidents.priority IS 'priority, 1 (highest) to 5';
COMMENT ON COLUMN ims.security_incidents.is_major IS 'also a major incident';
COMMENT ON COLUMN ims.security_incidents.reported_at IS 'when the incident was reported (the aware anchor of regulatory deadlines)';
COMMENT ON COLUMN ims.security_incidents.security_assessed_by IS 'who assessed the information security classification';
COMMENT ON COLUMN ims.security_incidents.security_assessed_at IS 'when the information security classification was assessed';
COMMENT ON COLUMN ims.security_incidents.affects_confidentiality IS 'the assessment found confidentiality affected';
COMMENT ON COLUMN ims.security_incidents.affects_integrity IS 'the assessment found integrity affected';
COMMENT ON COLUMN ims.security_incidents.affects_availability IS 'the assessment found availability affected';
COMMENT ON COLUMN ims.security_incidents.has_lessons IS 'lessons learned are recorded (rule security_incident_lessons)';
COMMENT ON COLUMN ims.security_incidents.regulatory_due IS 'steps not sent whose deadline is still ahead';
COMMENT ON COLUMN ims.security_incidents.regulatory_sent IS 'steps sent, on time or late';

COMMENT ON COLUMN ims.clause_coverage.org_id IS 'the organization';
COMMENT ON COLUMN ims.clause_coverage.standard IS '27001:2013, 27001:2022 or 20000-1:2018';
COMMENT ON COLUMN ims.clause_coverage.clause_ref IS 'the clause number, e.g. 8.5.1.3';
COMMENT ON COLUMN ims.clause_coverage.title IS 'short title (heading) of the clause';

COMMENT ON COLUMN ims.integration_status.org_id IS 'the organization';
COMMENT ON COLUMN ims.integration_status.has_isms IS 'an ISMS of the organization is operating';
COMMENT ON COLUMN ims.integration_status.has_sms IS 'an SMS of the organization is operating';
COMMENT ON COLUMN ims.integration_status.rules_in_force IS 'number of rules in ims.rule (the same for every organization)';
COMMENT ON COLUMN ims.integration_status.clauses_enforced IS 'number of distinct clauses that some rule has as its basis (the same for every organization)';
