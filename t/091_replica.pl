# Reporting on a streaming standby (docs/operations.md, "Replicas"): every
# view of schema ims answers there, for a superuser and for an unprivileged
# reporting role, with the primary's rows; the read functions give the
# primary's answers; a session's cached calendar follows a change made on
# the primary; and every write (INSERT, UPDATE, DELETE, ims.seal_chain,
# ims.escalate_due, ims.create_organization, ims.import_correspondence) is
# refused cleanly with SQLSTATE 25006 (read_only_sql_transaction).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $primary = PostgreSQL::Test::Cluster->new('primary');
$primary->init(allows_streaming => 1);
$primary->start;
$primary->safe_psql('postgres', 'CREATE DATABASE ims');
$primary->safe_psql('postgres', q{
	CREATE ROLE bank_staff NOLOGIN;
	CREATE ROLE report_user LOGIN;
});

# An organization with a closed major security incident, open incidents on
# an SLA, a service request, evidence and a sealed chain; a second
# organization the reporting role must not see.
$primary->safe_psql('ims', q{
CREATE EXTENSION ims27013;
GRANT ims_reader, ims_auditor TO report_user;
GRANT bank_staff TO report_user;
SET ims.actor = 'ops.setup';
SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation,note\r\n6.1.2,8.7.3.2,topical,\r\n');
SELECT ims.create_organization('bank', 'Example Bank', 'bank_staff') AS org \gset
SELECT ims.create_organization('other', 'Other Org', 'ims_admin') AS other \gset
INSERT INTO ims.incident (org_id, title) VALUES (:other, 'Not for the bank''s reporting');
INSERT INTO ims.management_system (org_id, kind, standard, name, status) VALUES
    (:org, 'isms', '27001:2022', 'Bank ISMS', 'operating'), (:org, 'sms', '20000-1:2018', 'Bank SMS', 'operating');
INSERT INTO ims.service (org_id, name, criticality) VALUES (:org, 'Payments', 1) RETURNING id AS svc \gset
INSERT INTO ims.ci (org_id, name, ci_class) VALUES (:org, 'payments-api', 'application'), (:org, 'db-host-1', 'server');
SELECT id AS api FROM ims.ci WHERE org_id = :org AND name = 'payments-api' \gset
SELECT id AS host FROM ims.ci WHERE org_id = :org AND name = 'db-host-1' \gset
INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES (:org, :api, 'runs_on', :host);
INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (:org, :svc, :api);
INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (:org, 'office', 'Europe/Berlin') RETURNING id AS office \gset
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT :org, :office, d, '09:00', '17:00' FROM generate_series(1, 5) d;
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES
    (:org, 'sla', 'Gold', 'response', '30 minutes', :office), (:org, 'sla', 'Gold', 'resolution', '4 hours', :office);
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:org, 'nis2');
INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
VALUES (:org, 'Card payments failing', :svc, 1, 1, '2026-03-02 08:00+01') RETURNING id AS inc \gset
UPDATE ims.incident SET status = 'in_progress', is_major = true WHERE org_id = :org AND id = :inc;
UPDATE ims.incident SET security_class = 'incident', security_assessed_by = 'ciso.carla', affects_integrity = true
WHERE org_id = :org AND id = :inc;
UPDATE ims.incident SET status = 'resolved', resolution_code = 'workaround', resolution_note = 'Failover.'
WHERE org_id = :org AND id = :inc;
INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step, reference)
VALUES (:org, :inc, 'nis2', 'early_warning', 'CSIRT-1');
INSERT INTO ims.incident (org_id, title, service_id, reported_at)
SELECT :org, 'Slow report ' || i, :svc, now() - i * interval '1 day' FROM generate_series(1, 3) i;
INSERT INTO ims.service_request (org_id, title, service_id) VALUES (:org, 'New laptop', :svc);
INSERT INTO ims.evidence (org_id, title, uri) VALUES (:org, 'Failover log', 'file:///evidence/failover.log') RETURNING id AS ev \gset
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES (:org, :ev, 'incident', :inc);
INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason) VALUES (:org, :ev, 'ops.setup', 'ciso.carla', 'review');
SELECT ims.seal_chain(:org);
SELECT ims.demo_load(1, 'demo-bank');
});
my ($org, $inc, $office, $host) = split /\|/, $primary->safe_psql('ims', q{
	SELECT o.org_id, (SELECT min(id) FROM ims.incident i WHERE i.org_id = o.org_id),
	       (SELECT id FROM ims.calendar c WHERE c.org_id = o.org_id AND c.name = 'office'),
	       (SELECT id FROM ims.ci c WHERE c.org_id = o.org_id AND c.name = 'db-host-1')
	FROM ims.organization o WHERE o.code = 'bank'});

# The standby, from a base backup, then streaming.
$primary->backup('base');
my $standby = PostgreSQL::Test::Cluster->new('standby');
$standby->init_from_backup($primary, 'base', has_streaming => 1);
$standby->start;

# Changes after the backup arrive by streaming.
$primary->safe_psql('ims', qq{
	SET ims.actor = 'ops.late';
	UPDATE ims.incident SET status = 'in_progress' WHERE org_id = $org AND title = 'Slow report 1';
	SELECT ims.seal_chain($org);
});
$primary->wait_for_catchup($standby);

is($standby->safe_psql('ims', 'SELECT pg_is_in_recovery()'), 't', 'the standby is in recovery (hot standby)');
is($standby->safe_psql('ims', qq{SELECT count(*) FROM ims.status_history WHERE org_id = $org AND changed_by = 'ops.late'}),
	'1', 'a change made after the base backup has streamed to the standby');

# ---------------------------------------------------------------------------
# Every view of schema ims answers on the standby, with the primary's rows.

my @views = split /\n/, $standby->safe_psql('ims',
	q{SELECT viewname FROM pg_views WHERE schemaname = 'ims' ORDER BY 1});
cmp_ok(scalar(@views), '>=', 10, 'the standby lists the views of schema ims (' . scalar(@views) . ')');

# Views whose rows depend on the clock (now(), the SLA clocks) are compared
# by row count; the others row for row.
my %clocked = map { $_ => 1 } split /\n/, $primary->safe_psql('ims', q{
	SELECT viewname FROM pg_views WHERE schemaname = 'ims'
	  AND definition ~ '(now\(\)|record_clock|incident_clock|CURRENT_|clock_timestamp)'});
my %rows;
for my $v (@views)
{
	my $q = qq{SELECT count(*), md5(coalesce(string_agg(x::text, E'\\n' ORDER BY x::text COLLATE "C"), '')) FROM ims."$v" x};
	my ($rc, $out, $err) = $standby->psql('ims', $q);
	is($rc . ($err // ''), '0', "view ims.$v answers on the standby");
	my ($n_standby, $h_standby) = split /\|/, ($out // '');
	my ($n_primary, $h_primary) = split /\|/, $primary->safe_psql('ims', $q);
	$rows{$v} = $n_standby // 0;
	if ($clocked{$v})
	{
		is($n_standby, $n_primary, "view ims.$v: the primary's row count ($n_primary) on the standby");
	}
	else
	{
		is("$n_standby $h_standby", "$n_primary $h_primary",
			"view ims.$v: the primary's $n_primary rows on the standby, row for row");
	}
}
# The reporting views the data set fills must not be empty (the comparison
# above would otherwise prove little).
my @filled = qw(audit_trail catalogue_item change_calendar clause_correspondence clause_coverage
	control_catalogue correspondence_in_force evidence_index integration_status major_incidents
	open_record_ageing regulatory_deadlines security_incidents service_response_times
	sla_compliance sla_status term_in_force);
is(join(', ', grep { !$rows{$_} } @filled), '', 'the reporting views have rows on the standby');
diag('views without rows in this data set: ' . join(', ', grep { !$rows{$_} } @views));

# An unprivileged reporting role (ims_reader, ims_auditor, member of the
# bank's role only) reads every view on the standby and sees only its
# organization.
for my $v (@views)
{
	my ($rc, $out, $err) = $standby->psql('ims', qq{SELECT count(*) FROM ims."$v" x WHERE x::text IS NOT NULL},
		extra_params => [ '-U', 'report_user' ]);
	is($rc . ($err // ''), '0', "view ims.$v answers on the standby for the reporting role");
}
is($standby->safe_psql('ims', q{SELECT string_agg(DISTINCT org_id::text, ',') FROM ims.incident},
		extra_params => [ '-U', 'report_user' ]),
	$org, 'row-level security on the standby: the reporting role sees its organization only');
is($standby->safe_psql('ims', q{SELECT count(DISTINCT org_id) FROM ims.sla_status},
		extra_params => [ '-U', 'report_user' ]),
	'1', 'and so do the views (security_invoker)');

# ---------------------------------------------------------------------------
# Read functions give the primary's answers on the standby.

my %reads = (
	incident_clock    => qq{SELECT * FROM ims.incident_clock($org, $inc, '2026-03-02 12:00+01') ORDER BY 1, 4},
	record_clock      => qq{SELECT * FROM ims.record_clock($org, 'incident', $inc, '2026-03-02 12:00+01') ORDER BY 1, 4},
	business_duration => qq{SELECT ims.business_duration($office, '2026-03-02 08:00+01', '2026-03-06 20:00+01')},
	business_deadline => qq{SELECT ims.business_deadline($office, '2026-03-06 16:00+01', '4 hours')},
	corresponding     => q{SELECT * FROM ims.corresponding('27001:2013', '6.1.2', '20000-1:2018') ORDER BY 1, 2},
	clause_tree       => q{SELECT count(*), max(depth) FROM ims.clause_tree('27001:2022', true)},
	integration_plan  => q{SELECT count(*), max(step) FROM ims.integration_plan('isms')},
	term_lookup       => q{SELECT * FROM ims.term_lookup('asset') ORDER BY 2},
	terms_only_in     => q{SELECT count(*) FROM ims.terms_only_in('27000:2018', '20000-1:2018')},
	verify_chain      => qq{SELECT * FROM ims.verify_chain($org)},
	chain_head        => qq{SELECT * FROM ims.chain_head($org)},
	as_of             => qq{SELECT id, status FROM ims.as_of(NULL::ims.incident, $org, now()) ORDER BY id},
	as_of_rows        => qq{SELECT count(*) FROM ims.as_of_rows('ims.incident', $org, now())},
	impacted_services => qq{SELECT * FROM ims.impacted_services($org, $host)},
	ci_impact         => qq{SELECT * FROM ims.ci_impact($org, $host)},
	isoref            => q{SELECT '8.7.3.2'::ims.isoref, ims.isoref_parent('8.7.3.2'), '8.7'::ims.isoref OPERATOR(ims.@>) '8.7.3.2'},
);
for my $f (sort keys %reads)
{
	my ($rc, $out, $err) = $standby->psql('ims', $reads{$f});
	is($rc . ($err // ''), '0', "ims.$f works on the standby");
	is($out, $primary->safe_psql('ims', $reads{$f}), "ims.$f gives the primary's answer");
}
is($standby->safe_psql('ims', qq{SELECT is_valid FROM ims.verify_chain($org)}), 't',
	'the chain verifies on the standby');

# A session on the standby caches the calendar; a change on the primary
# reaches it through the replayed invalidation.
my $session = $standby->background_psql('ims');
my $q_duration = qq{SELECT ims.business_duration($office, '2026-03-02 08:00+01', '2026-03-02 20:00+01');};
is($session->query_safe($q_duration), '08:00:00', 'standby session: Monday has 8 business hours');
$primary->safe_psql('ims', qq{
	UPDATE ims.calendar_hours SET end_time = '18:00' WHERE org_id = $org AND calendar_id = $office AND weekday = 1});
$primary->wait_for_catchup($standby);
is($session->query_safe($q_duration), '09:00:00',
	'the same standby session sees the calendar changed on the primary (no stale cache)');
$session->quit;

# ---------------------------------------------------------------------------
# Writes are refused cleanly with SQLSTATE 25006.

my %writes = (
	'INSERT into a register' => qq{INSERT INTO ims.incident (org_id, title) VALUES ($org, 'On the standby')},
	'UPDATE of a register'   => qq{UPDATE ims.incident SET assignee = 'x' WHERE org_id = $org},
	'DELETE from a register' => qq{DELETE FROM ims.service_ci WHERE org_id = $org},
	'INSERT of evidence'     => qq{INSERT INTO ims.evidence (org_id, title, uri) VALUES ($org, 'x', 'file:///x')},
	'ims.seal_chain'         => qq{SELECT ims.seal_chain($org)},
	'ims.escalate_due'       => qq{SELECT * FROM ims.escalate_due($org)},
	'ims.create_organization' => q{SELECT ims.create_organization('sb', 'Standby', 'bank_staff')},
	'ims.import_correspondence' => q{SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation,note\r\n4,4,equivalent,\r\n')},
	'DROP EXTENSION'         => q{DROP EXTENSION ims27013},
);
for my $w (sort keys %writes)
{
	my ($rc, $out, $err) = $standby->psql('ims', "\\set VERBOSITY verbose\n$writes{$w}");
	like($err, qr/ERROR:\s+25006:/, "$w on the standby fails with 25006 read_only_sql_transaction");
}
my ($rc, $out, $err) = $standby->psql('ims', qq{\\set VERBOSITY verbose\nSELECT ims.seal_chain($org)},
	extra_params => [ '-U', 'report_user' ]);
like($err, qr/ERROR:\s+42501:/, 'ims.seal_chain by the reporting role is refused by privilege first (42501)');
is($standby->safe_psql('ims', q{SET ims.actor = 'reporting'; SELECT ims.current_actor()}), 'reporting',
	'session settings (ims.actor) work on the standby');
is($standby->safe_psql('ims', q{SELECT count(*) FROM ims.incident WHERE title = 'On the standby'}), '0',
	'nothing was written');
ok(!$standby->log_contains(qr/terminated by signal|server process .* was terminated/),
	'no server process of the standby crashed');

$standby->stop;
$primary->stop;
done_testing();
