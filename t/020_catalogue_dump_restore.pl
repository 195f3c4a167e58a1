# The catalogue survives pg_dump/pg_restore: rows a user added or imported are
# kept, built-in rows are re-created by CREATE EXTENSION and not duplicated,
# and an import still replaces the built-in rows of its mapping after restore.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

my $node = PostgreSQL::Test::Cluster->new('catalogue');
$node->init;
$node->start;

$node->safe_psql('postgres', 'CREATE DATABASE source');
$node->safe_psql('source', q{
	CREATE EXTENSION ims27013;
	-- an import (replaces the derived 27013 Annex A rows) ...
	SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation,note\r\n'
		'4,4,equivalent,"official, imported"\r\n'
		'6.1.2,8.7.3.2,topical,\r\n'
		',6.3,no_counterpart,\r\n');
	-- ... a standard, clauses and a correspondence row added by hand ...
	INSERT INTO ims.standard (code, designation, title, year, kind)
	VALUES ('9001:2015', 'ISO 9001:2015', 'Quality management systems - Requirements', 2015, 'requirements');
	INSERT INTO ims.clause (standard, ref, title, parent_ref)
	VALUES ('9001:2015', '8', 'Operation', NULL), ('9001:2015', '8.5', 'Production and service provision', '8');
	INSERT INTO ims.correspondence (mapping, from_standard, from_ref, to_standard, to_ref, relation, provenance, note)
	VALUES ('27013-B', '27001:2013', 'A.12.1.3', '20000-1:2018', '8.4.2', 'topical', 'user', 'added by hand');
	-- ... and a correction of a built-in term row.
	INSERT INTO ims.term (term, standard, ref, membership, verification, note)
	VALUES ('asset', '20000-1:2018', '3.2.1', 'yes', 'checked against the standard', 'user correction');
});

# Everything a user sees, as one fingerprint per table.
my %fingerprint_sql = (
	standard       => q{SELECT count(*), md5(string_agg(code || builtin, ',' ORDER BY code)) FROM ims.standard},
	clause         => q{SELECT count(*), md5(string_agg(standard || ref || title || builtin, ',' ORDER BY standard, ref)) FROM ims.clause},
	control        => q{SELECT count(*), md5(string_agg(standard || ref || title || builtin, ',' ORDER BY standard, ref)) FROM ims.control},
	correspondence => q{SELECT count(*), md5(string_agg(concat_ws('|', mapping, from_ref, to_ref, relation, provenance, note, builtin), ',' ORDER BY 1)) FROM ims.correspondence},
	correspondence_in_force => q{SELECT count(*), md5(string_agg(concat_ws('|', mapping, from_ref, to_ref, relation, provenance), ',' ORDER BY 1)) FROM ims.correspondence_in_force},
	term           => q{SELECT count(*), md5(string_agg(concat_ws('|', standard, term, ref, membership, builtin), ',' ORDER BY 1)) FROM ims.term},
);
my %before = map { $_ => $node->safe_psql('source', $fingerprint_sql{$_}) } keys %fingerprint_sql;

is($node->safe_psql('source', q{SELECT count(*) FROM ims.correspondence WHERE NOT builtin}),
	'4', 'source: three imported and one hand-made correspondence');

my $dump = $node->basedir . '/catalogue.dump';
$node->command_ok(
	[ 'pg_dump', '-Fc', '-f', $dump, '-d', $node->connstr('source') ],
	'pg_dump of a database with catalogue rows of its own succeeds');
$node->safe_psql('postgres', 'CREATE DATABASE restored');
$node->command_ok(
	[ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored'), $dump ],
	'pg_restore into a fresh database succeeds');

for my $t (sort keys %fingerprint_sql) {
	is($node->safe_psql('restored', $fingerprint_sql{$t}), $before{$t},
		"ims.$t is the same after restore");
}
is($node->safe_psql('restored', q{
		SELECT count(*) FROM ims.correspondence WHERE builtin AND mapping = '27013-A'}),
	'58', 'built-in rows are not duplicated');
is($node->safe_psql('restored', q{
		SELECT string_agg(DISTINCT provenance::text, ',') FROM ims.correspondence_in_force WHERE mapping = '27013-A'}),
	'imported', 'the restored import still replaces the derived rows');
is($node->safe_psql('restored', q{
		SELECT note FROM ims.correspondence WHERE provenance = 'imported' AND from_ref::text = '4'}),
	'official, imported', 'an imported row survives with its note');
is($node->safe_psql('restored', q{
		SELECT membership || ' ' || ref || ' ' || corrected FROM ims.term_lookup('asset') WHERE standard = '20000-1:2018'}),
	'yes 3.2.1 true', 'a user correction of a term survives and still takes precedence');
is($node->safe_psql('restored', q{
		SELECT count(*) FROM ims.clause_tree('9001:2015')}),
	'2', 'a user clause tree survives');

# A second dump of the restored database restores again (no duplicates accumulate).
my $dump2 = $node->basedir . '/catalogue2.dump';
$node->command_ok([ 'pg_dump', '-Fc', '-f', $dump2, '-d', $node->connstr('restored') ],
	'pg_dump of the restored database succeeds');
$node->safe_psql('postgres', 'CREATE DATABASE restored2');
$node->command_ok([ 'pg_restore', '--exit-on-error', '-d', $node->connstr('restored2'), $dump2 ],
	'and it restores again');
is($node->safe_psql('restored2', $fingerprint_sql{correspondence}), $before{correspondence},
	'correspondences are still the same after two round trips');

$node->stop;
done_testing();
