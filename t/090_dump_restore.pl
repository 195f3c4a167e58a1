# Nothing is lost in a dump and restore (docs/operations.md, "Backup and
# restore"): an organization with rows in every register, history, evidence,
# a sealed chain, calendars, SLA targets, regulatory reports and an imported
# correspondence is dumped with pg_dump -Fc and restored into an empty
# database with THE procedure:
#
#     PGOPTIONS='-c session_replication_role=replica' pg_restore -d NEWDB FILE
#
# Every table of schema ims is then compared row for row, the chain still
# verifies, identities continue without collision, imported catalogue rows
# come back exactly once and the rules fire again.  The test also records
# what happens without the procedure (a plain pg_restore, and
# pg_restore --disable-triggers, which does nothing outside a data-only
# restore), checks the three-step alternative (pre-data, data-only with
# --disable-triggers, post-data), and checks the guard against
# DROP EXTENSION while registers hold data.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;

my $node = PostgreSQL::Test::Cluster->new('dump_restore');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE source');
$node->safe_psql('postgres', 'CREATE ROLE bank_staff NOLOGIN');

# ---------------------------------------------------------------------------
# The data set: one organization with rows in every register, and a second,
# empty one (its seeded priority matrix and calendar must come back too).

$node->safe_psql('source', q{
CREATE EXTENSION ims27013;
SET ims.actor = 'ops.setup';
-- catalogue rows of the user's own: an import, a standard, a regime
SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation,note\r\n'
    '4,4,equivalent,"official, imported"\r\n'
    '6.1.2,8.7.3.2,topical,\r\n');
INSERT INTO ims.standard (code, designation, title, year, kind)
VALUES ('9001:2015', 'ISO 9001:2015', 'Quality management systems - Requirements', 2015, 'requirements');
INSERT INTO ims.clause (standard, ref, title, parent_ref) VALUES ('9001:2015', '8', 'Operation', NULL);
INSERT INTO ims.regulatory_regime (code, name, applies_to, source)
VALUES ('house_rule', 'Group incident reporting', 'security_incident', 'Group security policy 4.2');
INSERT INTO ims.regulatory_deadline (regime, step, step_order, anchor, time_limit, source)
VALUES ('house_rule', 'group_notice', 1, 'aware', '12 hours', 'Group security policy 4.2.1');

SELECT ims.create_organization('bank', 'Example Bank', 'bank_staff') AS org \gset
INSERT INTO ims.organization (code, name) VALUES ('empty', 'Empty Org');
INSERT INTO ims.management_system (org_id, kind, standard, name, status, scope_statement) VALUES
    (:org, 'isms', '27001:2022', 'Bank ISMS', 'operating', 'Payments'),
    (:org, 'sms', '20000-1:2018', 'Bank SMS', 'operating', 'All services');
INSERT INTO ims.service (org_id, name, owner, criticality) VALUES (:org, 'Payments', 'head.payments', 1)
    RETURNING id AS svc \gset
INSERT INTO ims.service_scope (org_id, service_id, management_system_id)
SELECT :org, :svc, id FROM ims.management_system WHERE org_id = :org;
INSERT INTO ims.ci (org_id, name, ci_class, is_information_asset, confidentiality, integrity, availability) VALUES
    (:org, 'payments-db', 'database', true, 1, 1, 1),
    (:org, 'payments-api', 'application', false, NULL, NULL, NULL),
    (:org, 'db-host-1', 'server', false, NULL, NULL, NULL);
SELECT id AS db FROM ims.ci WHERE org_id = :org AND name = 'payments-db' \gset
SELECT id AS api FROM ims.ci WHERE org_id = :org AND name = 'payments-api' \gset
SELECT id AS host FROM ims.ci WHERE org_id = :org AND name = 'db-host-1' \gset
INSERT INTO ims.ci_relation (org_id, source_ci_id, relation_type, target_ci_id) VALUES
    (:org, :api, 'depends_on', :db), (:org, :db, 'runs_on', :host);
INSERT INTO ims.service_ci (org_id, service_id, ci_id) VALUES (:org, :svc, :api);

-- configuration of its own: a tighter release lifecycle, a pause status, a matrix edit
INSERT INTO ims.lifecycle_transition (org_id, record_kind, variant, from_status, to_status, is_reopen)
SELECT :org, record_kind, variant, from_status, to_status, is_reopen FROM ims.lifecycle_transition
WHERE org_id IS NULL AND record_kind = 'release' AND to_status <> 'cancelled';
INSERT INTO ims.clock_pause_status (org_id, record_kind, status) VALUES (:org, 'service_request', 'on_hold');
UPDATE ims.priority_matrix SET priority = 2 WHERE org_id = :org AND impact = 1 AND urgency = 2;

-- calendars and SLA targets
INSERT INTO ims.calendar (org_id, name, time_zone) VALUES (:org, 'office', 'Europe/Berlin') RETURNING id AS office \gset
INSERT INTO ims.calendar_hours (org_id, calendar_id, weekday, start_time, end_time)
SELECT :org, :office, d, '09:00', '17:00' FROM generate_series(1, 5) d;
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, reason) VALUES (:org, :office, '2026-12-25', 'Christmas');
INSERT INTO ims.calendar_exception (org_id, calendar_id, day, start_time, end_time, reason)
VALUES (:org, :office, '2026-12-24', '09:00', '12:00', 'Christmas Eve');
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, metric, target, calendar_id) VALUES
    (:org, 'sla', 'Gold', 'response', '30 minutes', :office),
    (:org, 'sla', 'Gold', 'resolution', '4 hours', :office),
    (:org, 'ola', 'Ops', 'resolution', '1 hour', :office);
INSERT INTO ims.sla_target (org_id, agreement_kind, agreement_name, record_kind, metric, target, calendar_id)
SELECT :org, 'sla', 'Gold', 'service_request', 'resolution', '2 days', id
FROM ims.calendar WHERE org_id = :org AND name = '24x7';
INSERT INTO ims.organization_regime (org_id, regime) VALUES (:org, 'nis2'), (:org, 'dora'), (:org, 'house_rule');

-- a major security incident handled to closure, with its problem, known error and change
INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
VALUES (:org, 'Card payments failing', :svc, 1, 1, now() - interval '3 days') RETURNING id AS inc \gset
INSERT INTO ims.incident_ci (org_id, incident_id, ci_id) VALUES (:org, :inc, :db);
UPDATE ims.incident SET status = 'in_progress', is_major = true, assignee = 'ops.ben'
WHERE org_id = :org AND id = :inc;
UPDATE ims.incident SET security_class = 'incident', security_assessed_by = 'ciso.carla', affects_integrity = true
WHERE org_id = :org AND id = :inc;
BEGIN;
INSERT INTO ims.problem (org_id, title) VALUES (:org, 'Integrity failures in payments-db') RETURNING id AS prob \gset
INSERT INTO ims.problem_incident (org_id, problem_id, incident_id) VALUES (:org, :prob, :inc);
COMMIT;
INSERT INTO ims.change (org_id, title, change_type, requested_by)
VALUES (:org, 'Patch payments-db', 'emergency', 'dba.eve') RETURNING id AS chg \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :chg, :db);
INSERT INTO ims.change_problem (org_id, change_id, problem_id) VALUES (:org, :chg, :prob);
INSERT INTO ims.change_incident (org_id, change_id, incident_id, link_type) VALUES (:org, :chg, :inc, 'fixes');
UPDATE ims.change SET status = 'approved', approved_by = 'ecab.frank', risk_level = 'high',
       security_impact_assessment = 'Patch closes the injection path.' WHERE org_id = :org AND id = :chg;
UPDATE ims.change SET status = 'implementing' WHERE org_id = :org AND id = :chg;
UPDATE ims.change SET status = 'review', outcome = 'successful' WHERE org_id = :org AND id = :chg;
UPDATE ims.change SET status = 'closed', post_implementation_review = 'Applied in 12 minutes.'
WHERE org_id = :org AND id = :chg;
UPDATE ims.incident SET status = 'resolved', resolution_code = 'fixed_by_change', resolution_note = 'Patched.'
WHERE org_id = :org AND id = :inc;
UPDATE ims.problem SET status = 'investigating' WHERE org_id = :org AND id = :prob;
INSERT INTO ims.known_error (org_id, problem_id, symptom, root_cause, workaround)
VALUES (:org, :prob, 'Payments fail', 'Unvalidated input', 'Restart the API');
UPDATE ims.problem SET status = 'resolved', root_cause = 'Unvalidated input in a stored procedure.'
WHERE org_id = :org AND id = :prob;
UPDATE ims.incident SET status = 'closed', lessons_learned = 'Validate input.',
       post_incident_review = 'Detection took 35 minutes.' WHERE org_id = :org AND id = :inc;
INSERT INTO ims.regulatory_report (org_id, incident_id, regime, step, reference)
VALUES (:org, :inc, 'nis2', 'early_warning', 'CSIRT-1');

-- a standard change from a model, bundled in a release; a change freeze
INSERT INTO ims.change_model (org_id, name, risk_level, security_impact_assessment, authorized_by)
VALUES (:org, 'Monthly patching', 'low', 'Vendor patches, tested.', 'cab.gina') RETURNING id AS model \gset
BEGIN;
INSERT INTO ims.change (org_id, title, change_type, change_model_id, status)
VALUES (:org, 'Patch May', 'standard', :model, 'approved') RETURNING id AS chg2 \gset
INSERT INTO ims.change_ci (org_id, change_id, ci_id) VALUES (:org, :chg2, :api);
COMMIT;
INSERT INTO ims.change_freeze (org_id, name, period) VALUES (:org, 'Year end', tstzrange('2026-12-20', '2027-01-05'));
INSERT INTO ims.release (org_id, name) VALUES (:org, 'R1') RETURNING id AS rel \gset
INSERT INTO ims.release_change (org_id, release_id, change_id) VALUES (:org, :rel, :chg2);
UPDATE ims.release SET status = 'built' WHERE org_id = :org AND id = :rel;

-- open incidents and a service request, escalated
INSERT INTO ims.incident (org_id, title, service_id, impact, urgency, reported_at)
SELECT :org, 'Slow report ' || i, :svc, 3, 3, now() - i * interval '1 day' FROM generate_series(1, 5) i;
INSERT INTO ims.service_request (org_id, title, service_id, reported_at)
VALUES (:org, 'New laptop', :svc, now() - interval '5 days') RETURNING id AS sr \gset
UPDATE ims.service_request SET status = 'in_progress' WHERE org_id = :org AND id = :sr;
SELECT count(*) FROM ims.escalate_due(:org);

-- evidence with custody, sealed; then one more change after the seal
INSERT INTO ims.evidence (org_id, title, uri, content_sha256)
VALUES (:org, 'DB audit log', 'file:///evidence/db.log', sha256('log')) RETURNING id AS ev \gset
INSERT INTO ims.evidence_link (org_id, evidence_id, record_kind, record_id) VALUES (:org, :ev, 'incident', :inc);
INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason)
VALUES (:org, :ev, 'ops.setup', 'ciso.carla', 'forensics');
SELECT ims.seal_chain(:org);
UPDATE ims.service SET description = 'Card and transfer payments' WHERE org_id = :org AND id = :svc;
});

# And the demo organization: a year of records loaded through the rules with
# past instants (ims.effective_time), thousands of history rows, a long chain.
$node->safe_psql('source', q{SELECT ims.demo_load(1, 'demo-bank')});

my $org = $node->safe_psql('source', q{SELECT org_id FROM ims.organization WHERE code = 'bank'});

# Every table with an org_id holds rows (of the bank or of the demo
# organization): the data set covers every register, so a new register
# without rows here fails this test.  The registers of part 2 (risk, SoA,
# suppliers, improvement, continuity and capacity) are still being written;
# they are listed here until the demo or this data set gives them rows.
my @part2_pending = qw(
	agreement agreement_service audit audit_clause audit_programme availability_target
	capacity_record capacity_threshold continuity_plan continuity_test corrective_action
	customer finding management_review management_review_item nonconformity objective
	objective_measurement problem_risk risk risk_ci risk_control risk_customer risk_service
	risk_supplier service_outage soa_entry soa_evidence soa_requirement supplier);
my $pending = join(',', map { "'$_'" } @part2_pending);
is($node->safe_psql('source', qq{
	WITH x AS MATERIALIZED (
	    SELECT c.relname AS t FROM pg_class c
	    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attname = 'org_id' AND NOT a.attisdropped
	    WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r' AND c.relname NOT IN ($pending))
	SELECT coalesce(string_agg(t, ', ' ORDER BY t), 'none') FROM x
	WHERE NOT (xpath('/row/n/text()',
	                 query_to_xml(format('SELECT count(*) AS n FROM ims.%I WHERE org_id IS NOT NULL', t), false, false, ''))
	           )[1]::text::int > 0}),
	'none', 'the data set has rows in every table with an org_id');
like($node->safe_psql('source', qq{SELECT is_valid || ' ' || links_checked || ' ' || unsealed_rows FROM ims.verify_chain($org)}),
	qr/^true [1-9][0-9]* [1-9][0-9]*$/, 'source: a valid sealed chain, with rows written after the seal');

# Every table of schema ims is dumped (pg_extension_config_dump) or holds
# only rows CREATE EXTENSION re-creates; every identity sequence of a dumped
# table is dumped too, so identities continue after a restore.
is($node->safe_psql('source', q{
	SELECT coalesce(string_agg(c.relname, ', ' ORDER BY c.relname), 'none')
	FROM pg_class c
	WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind IN ('r', 'S')
	  AND c.oid <> ALL ((SELECT extconfig FROM pg_extension WHERE extname = 'ims27013')::oid[])
	  AND c.relname NOT IN ('default_priority_matrix', 'rule', 'rule_basis')}),
	'none', 'every table and identity sequence is registered for pg_dump (except the read-only built-in catalogue tables)');

# ---------------------------------------------------------------------------
# Fingerprints: per table, the row count and the md5 of its rows as text in a
# fixed order; the same query on both sides.

sub fingerprints
{
	my ($db) = @_;
	my $query = $node->safe_psql($db, q{
		SELECT string_agg(format(
			'SELECT %L, count(*), md5(coalesce(string_agg(x::text, E''\n'' ORDER BY x::text COLLATE "C"), '''')) FROM ims.%I x',
			c.relname, c.relname), ' UNION ALL ' ORDER BY c.relname)
		FROM pg_class c WHERE c.relnamespace = 'ims'::regnamespace AND c.relkind = 'r'});
	my %fp;
	for my $line (split /\n/, $node->safe_psql($db, $query))
	{
		my ($t, $n, $h) = split /\|/, $line;
		$fp{$t} = "$n $h";
	}
	$fp{'(sequences)'} = $node->safe_psql($db, q{
		SELECT string_agg(sequencename || '=' || coalesce(last_value::text, 'null'), ' ' ORDER BY sequencename)
		FROM pg_sequences WHERE schemaname = 'ims'});
	$fp{'(chain)'} = $node->safe_psql($db, qq{
		SELECT is_valid || ' ' || links_checked || ' ' || unsealed_rows FROM ims.verify_chain($org)});
	return \%fp;
}

sub same_as_source
{
	my ($db, $source, $what) = @_;
	my $got = fingerprints($db);
	is_deeply([ sort keys %$got ], [ sort keys %$source ], "$what: the same tables");
	my @differ = grep { ($got->{$_} // '') ne $source->{$_} } sort keys %$source;
	is(join(', ', @differ), '', "$what: every table equals the source row for row, sequences and chain included");
	diag("$_: source $source->{$_}, $what " . ($got->{$_} // 'missing')) for @differ;
}

my $source_fp = fingerprints('source');
cmp_ok(scalar(keys %$source_fp), '>=', 50, 'fingerprints of every table of schema ims');

my $dump = $node->basedir . '/ims.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('source') ],
	'pg_dump -Fc of a database with registers succeeds');

# ---------------------------------------------------------------------------
# Without the procedure: a plain pg_restore runs the registers' triggers on
# every restored row.  The rules refuse rows already past their first
# status, the organization's seeding triggers and the history triggers add
# rows, and the restored data then collides with them.

$node->safe_psql('postgres', 'CREATE DATABASE plain');
my ($stdout, $stderr);
my $plain_ok = IPC::Run::run([ 'pg_restore', '-d', $node->connstr('plain'), $dump ],
	'>', \$stdout, '2>', \$stderr);
ok(!$plain_ok, 'a plain pg_restore fails');
like($stderr, qr/cannot start with status "closed"/,
	'plain restore: the lifecycle rules refuse restored incidents and changes past their first status');
like($stderr, qr/duplicate key value violates unique constraint "calendar_pkey"/,
	'plain restore: the 24x7 calendar seeded by the organization trigger collides with the restored one');
isnt($node->safe_psql('plain', q{SELECT count(*) FROM ims.incident}),
	$node->safe_psql('source', q{SELECT count(*) FROM ims.incident}),
	'plain restore: incidents are missing');

# pg_restore --disable-triggers alone does not help: it only acts in a
# data-only restore (PostgreSQL documentation of pg_restore).
$node->safe_psql('postgres', 'CREATE DATABASE disable_only');
my $disable_ok = IPC::Run::run([ 'pg_restore', '--disable-triggers', '-d', $node->connstr('disable_only'), $dump ],
	'>', \$stdout, '2>', \$stderr);
ok(!$disable_ok && $stderr =~ /cannot start with status/,
	'pg_restore --disable-triggers in a full restore fails the same way');

# ---------------------------------------------------------------------------
# THE procedure: restore with session_replication_role = replica, so that no
# ordinary trigger fires while the rows are loaded.

$node->safe_psql('postgres', 'CREATE DATABASE restored');
{
	local $ENV{PGOPTIONS} = '-c session_replication_role=replica';
	$node->command_ok(
		[ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ],
		"PGOPTIONS='-c session_replication_role=replica' pg_restore succeeds");
}
same_as_source('restored', $source_fp, 'restored');

is($node->safe_psql('restored', qq{SELECT is_valid FROM ims.verify_chain($org)}), 't',
	'the chain verifies after restore');
is($node->safe_psql('restored', qq{SELECT encode(hash, 'hex') FROM ims.chain_head WHERE org_id = $org}),
	$node->safe_psql('source', qq{SELECT encode(hash, 'hex') FROM ims.chain_head WHERE org_id = $org}),
	'the chain head is the one published before the dump');
is($node->safe_psql('restored', q{
		SELECT count(*) || ' ' || string_agg(DISTINCT provenance::text, ',')
		FROM ims.correspondence WHERE mapping = '27013-A' AND NOT builtin}),
	'2 imported', 'the imported correspondence rows come back exactly once');
is($node->safe_psql('restored', q{
		SELECT string_agg(DISTINCT provenance::text, ',') FROM ims.correspondence_in_force WHERE mapping = '27013-A'}),
	'imported', 'the restored import still replaces the derived rows');
is($node->safe_psql('restored', qq{SELECT count(*) FROM ims.as_of(NULL::ims.incident, $org, now())}),
	$node->safe_psql('restored', qq{SELECT count(*) FROM ims.incident WHERE org_id = $org}),
	'the registers can be rebuilt from the restored history (ims.as_of)');
is($node->safe_psql('restored', q{SELECT count(*) FROM ims.priority_matrix p JOIN ims.organization o USING (org_id) WHERE o.code = 'empty'})
	. ' ' . $node->safe_psql('restored', q{SELECT count(*) FROM ims.calendar c JOIN ims.organization o USING (org_id) WHERE o.code = 'empty'}),
	'16 1', 'an organization without registers keeps exactly its seeded matrix and calendar');

# Identities continue: new rows get new ids, no collision with restored ones.
my ($max_inc, $max_hist, $max_org) = split /\|/, $node->safe_psql('restored', q{
	SELECT (SELECT max(id) FROM ims.incident), (SELECT max(id) FROM ims.history), (SELECT max(org_id) FROM ims.organization)});
my $new_inc = $node->safe_psql('restored', qq{
	INSERT INTO ims.incident (org_id, title) VALUES ($org, 'After restore') RETURNING id});
is($new_inc, $max_inc + 1, 'a new incident after restore gets the next fresh id');
cmp_ok($node->safe_psql('restored', q{SELECT max(id) FROM ims.history}), '>', $max_hist,
	'its history row gets a fresh id');
my $new_org = $node->safe_psql('restored', q{
	INSERT INTO ims.organization (code, name) VALUES ('after', 'After restore') RETURNING org_id});
is($new_org, $max_org + 1, 'a new organization gets a fresh org_id');
is($node->safe_psql('restored', qq{
		SELECT (SELECT count(*) FROM ims.priority_matrix WHERE org_id = $new_org) || ' '
		    || (SELECT count(*) FROM ims.calendar WHERE org_id = $new_org)}),
	'16 1', 'the restored database seeds a new organization (its triggers fire again)');
cmp_ok($node->safe_psql('restored', qq{SELECT ims.seal_chain($org)}), '>', 0, 'sealing continues the chain');
is($node->safe_psql('restored', qq{SELECT is_valid || ' ' || unsealed_rows FROM ims.verify_chain($org)}),
	'true 0', 'and the chain still verifies');
my ($rc, $out, $err) = $node->psql('restored', qq{
	\\set VERBOSITY verbose
	UPDATE ims.incident SET status = 'closed' WHERE org_id = $org AND id = $new_inc});
like($err, qr/ERROR:\s+23514:/, 'the rules are enforced again after the restore');
like($node->safe_psql('restored', q{SHOW session_replication_role}), qr/^origin$/,
	'a new session of the restored database runs with session_replication_role = origin');

# ---------------------------------------------------------------------------
# The alternative: pre-data, then data-only with --disable-triggers (which
# does act in a data-only restore), then post-data.

$node->safe_psql('postgres', 'CREATE DATABASE three_step');
$node->command_ok([ 'pg_restore', '--section=pre-data', '--exit-on-error', '-d', $node->connstr('three_step'), $dump ],
	'three steps: pre-data');
$node->command_ok([ 'pg_restore', '--data-only', '--disable-triggers', '--exit-on-error', '-d', $node->connstr('three_step'), $dump ],
	'three steps: data only, with --disable-triggers');
$node->command_ok([ 'pg_restore', '--section=post-data', '--exit-on-error', '-d', $node->connstr('three_step'), $dump ],
	'three steps: post-data');
same_as_source('three_step', $source_fp, 'three-step restore');

# ---------------------------------------------------------------------------
# DROP EXTENSION is refused while registers hold data.

($rc, $out, $err) = $node->psql('restored', qq{
	\\set VERBOSITY verbose
	DROP EXTENSION ims27013});
like($err, qr/ERROR:\s+2BP01: cannot drop extension ims27013 while its registers hold data/,
	'DROP EXTENSION is refused while registers hold data');
# (In a transaction that is rolled back either way, so that a drop that
# wrongly succeeds does not take the rest of this test with it.)
($rc, $out, $err) = $node->psql('restored', qq{
	\\set VERBOSITY verbose
	BEGIN;
	SET LOCAL session_replication_role = replica;
	DROP EXTENSION ims27013;
	ROLLBACK});
like($err, qr/ERROR:\s+2BP01:/,
	'and still refused in a session with session_replication_role = replica (a restore session)');
is($node->safe_psql('restored', q{SELECT count(*) FROM pg_extension WHERE extname = 'ims27013'}), '1',
	'the extension and its data are still there');

$node->safe_psql('postgres', 'CREATE ROLE plain_user LOGIN IN ROLE ims_reader');
($rc, $out, $err) = $node->psql('restored', qq{
	\\set VERBOSITY verbose
	SELECT '1.2'::ims.isoref;
	SET ims.allow_drop_with_data = on}, extra_params => [ '-U', 'plain_user' ]);
like($err, qr/ERROR:\s+42501: permission denied to set parameter "ims.allow_drop_with_data"/,
	'only a superuser may set ims.allow_drop_with_data');

# A fresh session: the setting is given before the library is loaded.
$node->safe_psql('restored', q{
	SET ims.allow_drop_with_data = on;
	DROP EXTENSION ims27013});
is($node->safe_psql('restored', q{
		SELECT count(*) FROM pg_extension WHERE extname = 'ims27013' UNION ALL
		SELECT count(*) FROM pg_namespace WHERE nspname = 'ims'}),
	"0\n0", 'with SET ims.allow_drop_with_data = on the extension is dropped, schema ims with it');

$node->safe_psql('postgres', 'CREATE DATABASE no_data');
$node->safe_psql('no_data', 'CREATE EXTENSION ims27013');
$node->safe_psql('no_data', 'DROP EXTENSION ims27013');
is($node->safe_psql('no_data', q{SELECT count(*) FROM pg_extension WHERE extname = 'ims27013'}), '0',
	'without organizations the extension drops without the setting');

$node->stop;
done_testing();
