# A table of isoref values survives pg_dump/pg_restore into a fresh database
# and a crash (kill -9 of the postmaster) followed by recovery, unchanged.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;
use Time::HiRes qw(usleep);

my $node = PostgreSQL::Test::Cluster->new('isoref');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE source');
$node->safe_psql('source', q{
	CREATE EXTENSION ims27013;
	CREATE TABLE refs (id integer PRIMARY KEY, ref ims.isoref NOT NULL, txt text NOT NULL);
	INSERT INTO refs
	SELECT i, t::ims.isoref, t
	FROM (SELECT i, CASE WHEN i % 4 = 0 THEN 'A.' ELSE '' END
	                || (i % 20) || '.' || (i % 13) || '.' || (i % 7) AS t
	      FROM generate_series(1, 5000) AS i) AS s;
	CREATE INDEX refs_ref_idx ON refs (ref);
});

# A fingerprint of the table: every row in isoref order, as text.
my $fingerprint_sql = q{
	SELECT md5(string_agg(id || ':' || ref::text || ':' || txt, ',' ORDER BY ref, id)),
	       count(*)
	FROM refs
};
my $before = $node->safe_psql('source', $fingerprint_sql);
like($before, qr/^[0-9a-f]{32}\|5000$/, 'source table holds 5000 rows');

# pg_dump (custom format) and pg_restore into a fresh database.
my $dump = $node->basedir . '/refs.dump';
$node->command_ok(
	[ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('source') ],
	'pg_dump of a database using isoref succeeds');
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ],
	'pg_restore into a fresh database succeeds');
is($node->safe_psql('restored', $fingerprint_sql), $before,
	'restored table equals the source row for row');
is($node->safe_psql('restored',
		q{SELECT count(*) FROM refs WHERE ref::text <> txt}),
	'0', 'every restored isoref prints as its original text');
is($node->safe_psql('restored', q{
		SET enable_seqscan = off;
		SELECT count(*) FROM refs WHERE ref OPERATOR(ims.<@) '1.1'}),
	$node->safe_psql('restored', q{
		SELECT count(*) FROM refs WHERE txt = '1.1' OR txt LIKE '1.1.%'}),
	'the restored index answers descendant queries');

# Crash: write more rows, kill -9 the postmaster, restart, compare.
$node->safe_psql('source', q{
	INSERT INTO refs SELECT 5000 + i, ('9.' || i % 200)::ims.isoref, '9.' || i % 200
	FROM generate_series(1, 1000) AS i;
});
my $before_crash = $node->safe_psql('source', $fingerprint_sql);
my $postmaster_pid = $node->{_pid};
$node->kill9;
# kill -9 is asynchronous: wait until the old postmaster is gone before restarting.
for (my $i = 0; $i < 600 && kill(0, $postmaster_pid); $i++)
{
	usleep(100_000);
}
ok(!kill(0, $postmaster_pid), 'the killed postmaster has exited');
$node->start;
is($node->safe_psql('source', $fingerprint_sql), $before_crash,
	'after kill -9 and recovery every committed row is unchanged');
is($node->safe_psql('source', q{
		SELECT count(*) FROM refs WHERE ref::text <> txt}),
	'0', 'after recovery every isoref prints as its original text');
$node->safe_psql('source', 'CREATE EXTENSION amcheck');
my ($check_status, $check_out, $check_err) = $node->psql('source',
	q{SELECT bt_index_parent_check('refs_ref_idx'::regclass, true)});
is($check_status, 0, 'the btree index on isoref passes amcheck after recovery')
	or diag($check_err);

$node->stop;
done_testing();
