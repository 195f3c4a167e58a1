# History and the evidence chain survive a crash and a dump.
#
# Three writers append history (incident updates) and evidence (items and
# custody events) to one organization while a fourth session seals the chain
# every few milliseconds; the postmaster is killed (kill -9) in the middle.
# After recovery every change a writer saw committed is there, the chain
# sealed before the crash still verifies, and after sealing the rest it
# verifies with one link per row.  Then the database is dumped (pg_dump -Fc)
# and restored into fresh databases by both procedures of docs/operations.md
# (replica mode; three steps with triggers disabled for the data): the chain
# verifies in the copy, link for link, and goes on growing there.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use IPC::Run;
use Time::HiRes qw(usleep);

my $node = PostgreSQL::Test::Cluster->new('history');
$node->init;
$node->append_conf('postgresql.conf', 'max_connections = 20');
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE source');
my $org = $node->safe_psql('source', q{
	CREATE EXTENSION ims27013;
	SET ims.actor = 'tap.setup';
	INSERT INTO ims.organization (code, name) VALUES ('crash', 'Crash test') RETURNING org_id;
});
$node->safe_psql('source', qq{
	INSERT INTO ims.incident (org_id, id, title)
	SELECT $org, g, 'incident ' || g FROM generate_series(1, 150) g;
	SELECT ims.seal_chain($org);
});
my $sealed_at_start = $node->safe_psql('source', "SELECT seq FROM ims.chain_head WHERE org_id = $org");
ok($sealed_at_start > 150, "set-up sealed ($sealed_at_start links)");

# ---------------------------------------------------------------------------
# The writers.  Every statement runs on its own (autocommit) or in a
# transaction block followed by a SELECT; a line of output ("u:w1-17") is
# printed only once its statement or block has committed, so every line is a
# change the writer saw committed.

my $iterations = 4000;
my (@harness, @out, @err);
for my $w (1 .. 3)
{
	my $sql = "SET ims.actor = 'writer$w';\n";
	for my $i (1 .. $iterations)
	{
		my $tag = "w$w-$i";
		my $inc = ($w - 1) * 50 + 1 + $i % 50;
		if ($i % 10 == 0)
		{
			# a transaction block: two changes, acknowledged after COMMIT
			$sql .= "BEGIN;\n"
			  . "UPDATE ims.incident SET assignee = '$tag' WHERE org_id = $org AND id = $inc;\n"
			  . "INSERT INTO ims.evidence (org_id, title, uri) VALUES ($org, '$tag', 'file:///evidence/$tag');\n"
			  . "COMMIT;\nSELECT 't:$tag';\n";
		}
		elsif ($i % 5 == 0)
		{
			# an item and its hand-over in one statement
			$sql .= "WITH e AS (INSERT INTO ims.evidence (org_id, title, content_sha256) "
			  . "VALUES ($org, '$tag', sha256('$tag')) RETURNING org_id, id) "
			  . "INSERT INTO ims.custody_event (org_id, evidence_id, from_party, to_party, reason) "
			  . "SELECT org_id, id, 'writer$w', 'vault', '$tag' FROM e RETURNING 'c:' || reason;\n";
		}
		else
		{
			$sql .= "UPDATE ims.incident SET assignee = '$tag' WHERE org_id = $org AND id = $inc RETURNING 'u:' || assignee;\n"
			  . "INSERT INTO ims.evidence (org_id, title, uri) VALUES ($org, '$tag', 'file:///evidence/$tag') RETURNING 'e:' || title;\n";
		}
	}
	push @harness, start_psql("writer$w", $sql);
}
# The sealer.
my $seal_sql = join('', map { "SELECT ims.seal_chain($org);\nSELECT pg_sleep(0.005);\n" } 1 .. 20000);
push @harness, start_psql('sealer', $seal_sql);

# Run a psql script in the background; output and errors go to files.
sub start_psql
{
	my ($name, $sql) = @_;
	my $script = $node->basedir . "/$name.sql";
	open my $fh, '>', $script or die "cannot write $script: $!";
	print $fh $sql;
	close $fh;
	push @out, $node->basedir . "/$name.out";
	push @err, $node->basedir . "/$name.err";
	return IPC::Run::start(
		[ 'psql', '-X', '-A', '-t', '-q', '-v', 'ON_ERROR_STOP=1', '-d', $node->connstr('source'), '-f', $script ],
		'>', $out[-1], '2>', $err[-1], IPC::Run::timeout(300));
}

# Let them work until the organization holds enough new rows and the sealer
# has sealed some of them, then crash.
my $enough = $node->poll_query_until('source', qq{
	SELECT (SELECT count(*) FROM ims.evidence WHERE org_id = $org) >= 600
	   AND (SELECT seq FROM ims.chain_head WHERE org_id = $org) > $sealed_at_start + 300
});
ok($enough, 'the writers appended and the sealer sealed while they ran');
my $postmaster_pid = $node->{_pid};
$node->kill9;
# kill -9 is asynchronous: wait until the old postmaster is gone before restarting.
for (my $i = 0; $i < 600 && kill(0, $postmaster_pid); $i++)
{
	usleep(100_000);
}
ok(!kill(0, $postmaster_pid), 'the killed postmaster has exited');
for my $h (@harness)
{
	eval { $h->finish; };    # the sessions end when their backends see the postmaster gone
}
# The old backends may still be exiting (they hold the shared memory): retry.
my $started = 0;
for (my $i = 0; $i < 100 && !$started; $i++)
{
	$started = $node->start(fail_ok => 1);
	usleep(200_000) unless $started;
}
ok($started, 'the server restarts and recovers');

# ---------------------------------------------------------------------------
# After recovery: every acknowledged change is there.

my %acked;
for my $file (@out[0 .. 2])
{
	open my $fh, '<', $file or die "cannot read $file: $!";
	while (my $line = <$fh>)
	{
		chomp $line;
		push @{ $acked{$1} }, $2 if $line =~ /^([uetc]):(w\d-\d+)$/;
	}
	close $fh;
}
my $acked_total = 0;
$acked_total += scalar @{ $acked{$_} // [] } for qw(u e t c);
cmp_ok($acked_total, '>=', 600, "the writers saw $acked_total changes committed before the crash");
cmp_ok($acked_total, '<', 3 * $iterations * 2, 'and were stopped by the crash before they finished');
for my $w (1 .. 3)
{
	my $err = slurp_file($err[ $w - 1 ]);
	like($err, qr/server closed the connection|terminating connection|connection to server was lost|no connection to the server/,
		"writer $w ended because of the crash");
}

# The acknowledged values of one kind as an SQL array.
sub acked_array
{
	my ($kind) = @_;
	my @v = @{ $acked{$kind} // [] };
	return "ARRAY['" . join("','", @v) . "']::text[]";
}
# For each kind of acknowledgement, the acknowledged values (__ACKED__) that
# are not in the database.
my %missing_sql = (
	u => q{SELECT count(*) FROM unnest(__ACKED__) v WHERE NOT EXISTS (
	         SELECT FROM ims.history h WHERE h.org_id = __ORG__ AND h.table_name = 'incident'
	         AND h.operation = 'UPDATE' AND h.row_data ->> 'assignee' = v)},
	e => q{SELECT count(*) FROM unnest(__ACKED__) v WHERE NOT EXISTS (
	         SELECT FROM ims.evidence e WHERE e.org_id = __ORG__ AND e.title = v)},
	c => q{SELECT count(*) FROM unnest(__ACKED__) v WHERE NOT EXISTS (
	         SELECT FROM ims.custody_event c JOIN ims.evidence e ON e.org_id = c.org_id AND e.id = c.evidence_id
	         WHERE c.org_id = __ORG__ AND c.reason = v AND e.title = v AND e.content_sha256 = sha256(v::bytea))},
	t => q{SELECT count(*) FROM unnest(__ACKED__) v
	       WHERE NOT EXISTS (SELECT FROM ims.evidence e WHERE e.org_id = __ORG__ AND e.title = v)
	          OR NOT EXISTS (SELECT FROM ims.history h WHERE h.org_id = __ORG__ AND h.table_name = 'incident'
	                         AND h.operation = 'UPDATE' AND h.row_data ->> 'assignee' = v)},
);
my %what = (u => 'incident updates (history)', e => 'evidence items', c => 'items with their hand-over',
	t => 'transaction blocks (history and evidence)');
for my $kind (qw(u e c t))
{
	my $n = scalar @{ $acked{$kind} // [] };
	cmp_ok($n, '>', 0, "some $what{$kind} were acknowledged");
	my $sql = $missing_sql{$kind};
	my $array = acked_array($kind);
	$sql =~ s/__ACKED__/$array/g;
	$sql =~ s/__ORG__/$org/g;
	is($node->safe_psql('source', $sql), '0', "none of the $n acknowledged $what{$kind} is missing");
}
is($node->safe_psql('source', qq{
		SELECT count(*) FROM ims.incident i
		WHERE i.org_id = $org AND i.assignee IS DISTINCT FROM (
		    SELECT h.row_data ->> 'assignee' FROM ims.history h
		    WHERE h.org_id = $org AND h.table_name = 'incident'
		      AND h.record_key = jsonb_build_object('org_id', i.org_id, 'id', i.id)
		    ORDER BY h.id DESC LIMIT 1)}),
	'0', 'every incident\'s last history row is its current state (no history lost or left over)');

# The chain: what was sealed before the crash verifies as it is; sealing the
# rest makes one chain with a link for every row.
my $links_before = $node->safe_psql('source', "SELECT seq FROM ims.chain_head WHERE org_id = $org");
is($node->safe_psql('source', "SELECT is_valid, unsealed_rows > 0 FROM ims.verify_chain($org)"), 't|t',
	"after recovery the chain sealed before the crash ($links_before links) verifies; later rows are unsealed");
$node->safe_psql('source', "SELECT ims.seal_chain($org)");
my $rows_sql = qq{SELECT (SELECT count(*) FROM ims.history WHERE org_id = $org) + (SELECT count(*) FROM ims.evidence WHERE org_id = $org)
	+ (SELECT count(*) FROM ims.evidence_link WHERE org_id = $org) + (SELECT count(*) FROM ims.custody_event WHERE org_id = $org)};
my $rows = $node->safe_psql('source', $rows_sql);
is($node->safe_psql('source', "SELECT is_valid, links_checked, unsealed_rows FROM ims.verify_chain($org)"), "t|$rows|0",
	"after sealing the chain verifies with one link for each of the $rows rows, none unsealed");
is($node->safe_psql('source', "SELECT min(seq) = 1 AND max(seq) = count(*) FROM ims.chain_seal WHERE org_id = $org"), 't',
	'the links are numbered 1..n without a gap');

# ---------------------------------------------------------------------------
# pg_dump and pg_restore.

# Everything of the chain and the history that must come back as it was.
my $fingerprint_sql = qq{
	SELECT (SELECT count(*) FROM ims.history WHERE org_id = $org),
	       (SELECT md5(string_agg(id || ':' || ims.canonical_row('history', org_id, id), ',' ORDER BY id)) FROM ims.history WHERE org_id = $org),
	       (SELECT md5(string_agg(seq || ':' || encode(hash, 'hex'), ',' ORDER BY seq)) FROM ims.chain_seal WHERE org_id = $org),
	       (SELECT seq || ':' || hash FROM ims.chain_head($org))
};
my $before = $node->safe_psql('source', $fingerprint_sql);
my $dump = $node->basedir . '/history.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('source') ],
	'pg_dump of the database succeeds');

# The restore procedures of docs/operations.md: one step with the restoring
# sessions in replica mode (no trigger fires while the rows are loaded), and
# three steps with the data loaded with triggers disabled.
$node->safe_psql('postgres', 'CREATE DATABASE restored');
{
	local $ENV{PGOPTIONS} = '-c session_replication_role=replica';
	$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ],
		'pg_restore in replica mode into a fresh database succeeds');
}
check_restored('restored', 'restored in replica mode');

$node->safe_psql('postgres', 'CREATE DATABASE restored3');
$node->command_ok([ 'pg_restore', '--exit-on-error', '--section=pre-data', '-d', $node->connstr('restored3'), $dump ],
	'three steps: pg_restore of the schema succeeds');
$node->command_ok([ 'pg_restore', '--exit-on-error', '--data-only', '--disable-triggers', '-d', $node->connstr('restored3'), $dump ],
	'three steps: pg_restore of the data with triggers disabled succeeds');
$node->command_ok([ 'pg_restore', '--exit-on-error', '--section=post-data', '-d', $node->connstr('restored3'), $dump ],
	'three steps: pg_restore of indexes and constraints succeeds');
check_restored('restored3', 'restored in three steps');

# The chain in a restored copy: the same rows and links, valid, and it goes on.
sub check_restored
{
	my ($db, $how) = @_;
	is($node->safe_psql($db, $fingerprint_sql), $before, "$how: the history, every link and the head are as in the source");
	is($node->safe_psql($db, "SELECT is_valid, links_checked, unsealed_rows FROM ims.verify_chain($org)"), "t|$rows|0",
		"$how: the chain verifies, with nothing unsealed");
	is($node->safe_psql($db, "SELECT count(*) FROM pg_trigger WHERE tgname LIKE '%_append_only' AND tgenabled = 'O'"), '5',
		"$how: the rule evidence_append_only is enabled on all five tables");
	$node->safe_psql($db, qq{
		SET ims.actor = 'after.restore';
		UPDATE ims.incident SET assignee = 'after-restore' WHERE org_id = $org AND id = 1;
		INSERT INTO ims.evidence (org_id, title, uri) VALUES ($org, 'after restore', 'file:///evidence/after');
	});
	is($node->safe_psql($db, "SELECT ims.seal_chain($org)"), '2', "$how: new changes are recorded and sealed");
	is($node->safe_psql($db, "SELECT is_valid, links_checked, unsealed_rows FROM ims.verify_chain($org)"), 't|' . ($rows + 2) . '|0',
		"$how: the chain goes on from the restored head and verifies");
}

$node->stop;
done_testing();
