# Random queries (sqlsmith) against a database holding the demo organization,
# as an unprivileged role (member of ims_reader and of one organization).
# Errors of the random queries are expected; a crash of a server process is
# not: it is read from the server log and fails the test.
#
#   IMS_FUZZ_QUERIES   how many queries sqlsmith generates (default 300;
#                      make fuzz runs more)
#   IMS_FUZZ_SEED      sqlsmith's random seed (default: chosen per run and
#                      printed, so that a failing run can be repeated)
#
# sqlsmith is the Debian package of that name (tools/lib.sh installs it).
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;

my $sqlsmith = '/usr/bin/sqlsmith';
plan skip_all => "sqlsmith is not installed ($sqlsmith; Debian package sqlsmith)"
  unless -x $sqlsmith;

# (an empty variable counts as unset, so that a wrapper may always pass both)
my $queries = ($ENV{IMS_FUZZ_QUERIES} // '') ne '' ? $ENV{IMS_FUZZ_QUERIES} : 300;
my $seed = ($ENV{IMS_FUZZ_SEED} // '') ne '' ? $ENV{IMS_FUZZ_SEED} : time() % 1000003;
die "IMS_FUZZ_QUERIES must be a positive number\n" unless $queries =~ /^[1-9][0-9]*$/;
die "IMS_FUZZ_SEED must be a number\n" unless $seed =~ /^[0-9]+$/;
diag("sqlsmith: $queries queries, seed $seed (repeat with IMS_FUZZ_SEED=$seed IMS_FUZZ_QUERIES=$queries)");

my $node = PostgreSQL::Test::Cluster->new('sqlsmith');
$node->init;
# Count calls of the extension's functions, to show the queries reached them.
$node->append_conf('postgresql.conf', "track_functions = 'all'\n");
# Most random queries fail: keep their errors out of the server log (which
# would grow by tens of MB per thousand queries) but keep what a crash logs
# (LOG: server process ... was terminated by signal, with the query it ran).
$node->append_conf('postgresql.conf',
	"log_statement = 'none'\nlog_min_messages = 'log'\nlog_min_error_statement = 'panic'\n"
	  # as in production: the server restarts after a crash, sqlsmith goes on
	  . "restart_after_crash = on\n");
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE fuzz');
$node->safe_psql('postgres', 'CREATE ROLE fuzzer LOGIN');
my $org = $node->safe_psql('fuzz', q{
	CREATE EXTENSION ims27013;
	-- a second organization the role must not see
	INSERT INTO ims.organization (code, name) VALUES ('hidden', 'Hidden Org');
	INSERT INTO ims.incident (org_id, title) SELECT org_id, 'Hidden incident' FROM ims.organization WHERE code = 'hidden';
	SELECT ims.demo_load(1, 'demo-bank');
});
$node->safe_psql('fuzz', qq{
	GRANT ims_reader TO fuzzer;
	INSERT INTO ims.org_member (org_id, role_name) VALUES ($org, 'fuzzer');
	-- Keep the run bounded and the server undisturbed: no sleeping, no
	-- changing settings from inside a query (statement_timeout stays at
	-- sqlsmith's 1s), no signalling of other sessions.
	REVOKE EXECUTE ON FUNCTION pg_sleep(double precision), pg_sleep_for(interval),
	    pg_sleep_until(timestamptz), set_config(text, text, boolean),
	    pg_terminate_backend(integer, bigint), pg_cancel_backend(integer) FROM PUBLIC;
	ALTER ROLE fuzzer SET statement_timeout = '1s';
	-- sqlsmith names operators without their schema: find the extension's
	ALTER ROLE fuzzer SET search_path = ims, public;
	SELECT pg_stat_reset();
});
my $incidents_before = $node->safe_psql('fuzz', q{SELECT count(*) FROM ims.incident});

# Check that the role is as unprivileged as intended.
is($node->safe_psql('fuzz', q{SELECT rolsuper OR rolbypassrls FROM pg_roles WHERE rolname = 'fuzzer'}), 'f',
	'the fuzzing role is not a superuser and does not bypass row-level security');
is($node->safe_psql('fuzz', q{SELECT string_agg(DISTINCT org_id::text, ',') FROM ims.incident},
		extra_params => [ '-U', 'fuzzer' ]),
	$org, 'the fuzzing role sees the demo organization only');

my $log_offset = -s $node->logfile;
my $target = $node->connstr('fuzz') . ' user=fuzzer';
my ($out, $err) = ('', '');
# A generous bound: sqlsmith stops each query after 1 s.
my $timer = IPC::Run::timer(60 + 2 * $queries);
my $h = IPC::Run::start(
	[ $sqlsmith, "--target=$target", "--max-queries=$queries", "--seed=$seed", '--exclude-catalog', '--verbose' ],
	'<', \undef, '>', \$out, '2>', \$err, $timer);
my $finished = eval { $h->finish; 1 };
if (!$finished)
{
	$h->kill_kill;
	diag("sqlsmith did not finish in time: $@");
}
ok($finished && $err =~ /^queries: $queries$/m, "sqlsmith ran its $queries queries");
my @stats = grep { /^(queries|error rate):/ } split /\n/, $err;
diag('sqlsmith: ' . join('; ', @stats[-2 .. -1])) if @stats >= 2;

# A crash of any server process shows in the server log.
my $log = slurp_file($node->logfile, $log_offset);
my $crash_line = qr/server process .* (was terminated by|exited with exit code [^01])|terminated by signal|TRAP:|PANIC:|all server processes terminated/;
my @crashes = grep { /$crash_line/ } split /\n/, $log;
is(scalar(@crashes), 0, 'no server process crashed during the run')
  or diag(join("\n", @crashes[0 .. ($#crashes < 20 ? $#crashes : 20)]));
unlike($err, qr/server closed the connection unexpectedly/, 'sqlsmith never lost its connection');
is($node->safe_psql('fuzz', 'SELECT 1'), '1', 'the server still answers');

# The queries reached the extension: its tables were read and its functions called.
my ($tables_read, $functions_called) = split /\|/, $node->safe_psql('fuzz', q{
	SELECT (SELECT count(*) FROM pg_stat_user_tables
	        WHERE schemaname = 'ims' AND coalesce(seq_scan, 0) + coalesce(idx_scan, 0) > 0),
	       (SELECT count(*) FROM pg_stat_user_functions WHERE schemaname = 'ims')});
diag("tables of schema ims read: $tables_read; functions of schema ims called: $functions_called");
cmp_ok($tables_read, '>', 0, 'the random queries read tables of schema ims');
cmp_ok($functions_called, '>', 0, 'the random queries called functions of schema ims')
  if $queries >= 100;

# An unprivileged role changed nothing.
is($node->safe_psql('fuzz', q{SELECT count(*) FROM ims.incident}), $incidents_before,
	'the registers are unchanged');

# The crash check itself: a backend killed with SIGSEGV is seen in the log.
$log_offset = -s $node->logfile;
my $victim = $node->background_psql('fuzz');
my $victim_pid = $victim->query_safe('SELECT pg_backend_pid()');
kill 'SEGV', $victim_pid;
eval { $victim->quit };
$node->poll_query_until('fuzz', 'SELECT true')
  or die 'the server did not come back after the simulated crash';
ok(scalar(grep { /$crash_line/ } split /\n/, slurp_file($node->logfile, $log_offset)),
	'the crash check finds a backend killed by SIGSEGV in the server log');

$node->stop;
done_testing();
