# Upgrade: install the released version, load data, ALTER EXTENSION UPDATE,
# and compare every extension object and every row with a fresh install of
# the current version that loaded the same data.
use strict;
use warnings;
use PostgreSQL::Test::Cluster;
use PostgreSQL::Test::Utils;
use Test::More;

# The versions: the latest frozen release and the current default version.
my ($control) = slurp_file('ims27013.control');
my ($current) = $control =~ /^default_version\s*=\s*'([^']+)'/m;
my @released = map { m{ims27013--(.+)\.sql$} ? $1 : () } glob('src/sql/released/ims27013--*.sql');
@released = grep { !/--/ } @released;
my ($previous) = sort { version_cmp($b, $a) } @released;
ok(defined $current && defined $previous, "versions found: released $previous, current $current");
isnt($previous, $current, 'the current version is not the released one');

# Compare dotted version strings numerically.
sub version_cmp
{
	my ($x, $y) = @_;
	my @x = split /\./, $x;
	my @y = split /\./, $y;
	while (@x || @y)
	{
		my $c = (shift(@x) // 0) <=> (shift(@y) // 0);
		return $c if $c;
	}
	return 0;
}

my $node = PostgreSQL::Test::Cluster->new('upgrade');
$node->init;
$node->start;

# The data both databases get: user rows in the catalogue (the part the
# released version has) and a table of the user's own using isoref.
my $load_data = q{
	INSERT INTO ims.term (standard, term, ref, membership, verification)
	SELECT standard, term, ref, membership, 'checked against the licensed text'
	FROM ims.term WHERE builtin AND standard = '27000:2018' AND term = 'audit';
	SELECT ims.import_correspondence('27013-A',
	    E'from_ref,to_ref,relation,note\n4.1,4.1,equivalent,imported for the test\n4.2,4.2,equivalent,\n');
	CREATE TABLE public.my_requirements (ref ims.isoref PRIMARY KEY, note text);
	INSERT INTO public.my_requirements VALUES ('8.5.1', 'change management'), ('A.12.1.2', 'change control');
};

$node->safe_psql('postgres', 'CREATE DATABASE upgraded');
$node->safe_psql('postgres', 'CREATE DATABASE fresh');
$node->safe_psql('upgraded', "CREATE EXTENSION ims27013 VERSION '$previous'");
is($node->safe_psql('upgraded', q{SELECT extversion FROM pg_extension WHERE extname = 'ims27013'}),
	$previous, "the released version $previous installs");
$node->safe_psql('upgraded', $load_data);
$node->safe_psql('upgraded', 'ALTER EXTENSION ims27013 UPDATE');
is($node->safe_psql('upgraded', q{SELECT extversion FROM pg_extension WHERE extname = 'ims27013'}),
	$current, "ALTER EXTENSION UPDATE reaches $current");

$node->safe_psql('fresh', 'CREATE EXTENSION ims27013');
$node->safe_psql('fresh', $load_data);

# Every object of schema ims and of the extension, described without OIDs.
my $objects_sql = q{
	WITH ext AS (SELECT oid FROM pg_extension WHERE extname = 'ims27013'),
	rels AS (SELECT c.oid, c.relname, c.relkind FROM pg_class c WHERE c.relnamespace = 'ims'::regnamespace)
	SELECT kind || ' ' || name || ' ' || coalesce(def, '') FROM (
	    SELECT 'member' AS kind, pg_describe_object(d.classid, d.objid, d.objsubid) AS name, NULL AS def
	    FROM pg_depend d, ext WHERE d.refclassid = 'pg_extension'::regclass AND d.refobjid = ext.oid AND d.deptype = 'e'
	    UNION ALL
	    SELECT 'relation', r.relname, r.relkind::text || ' ' || coalesce(c.relacl::text, '') || ' rls=' || c.relrowsecurity
	        || ' ' || coalesce(array_to_string(c.reloptions, ','), '') || ' ' || coalesce(obj_description(r.oid, 'pg_class'), '')
	    FROM rels r JOIN pg_class c ON c.oid = r.oid
	    UNION ALL
	    SELECT 'column', r.relname || '.' || a.attname,
	           a.attnum || ' ' || format_type(a.atttypid, a.atttypmod) || ' notnull=' || a.attnotnull
	           || ' identity=' || a.attidentity::text || ' default=' || coalesce(pg_get_expr(ad.adbin, ad.adrelid), '')
	           || ' ' || coalesce(col_description(r.oid, a.attnum), '') || ' ' || coalesce(a.attacl::text, '')
	    FROM rels r JOIN pg_attribute a ON a.attrelid = r.oid AND a.attnum > 0 AND NOT a.attisdropped
	    LEFT JOIN pg_attrdef ad ON ad.adrelid = r.oid AND ad.adnum = a.attnum
	    WHERE r.relkind IN ('r', 'v', 'p')
	    UNION ALL
	    SELECT 'constraint', r.relname || '.' || co.conname, pg_get_constraintdef(co.oid)
	    FROM rels r JOIN pg_constraint co ON co.conrelid = r.oid
	    UNION ALL
	    SELECT 'index', r.relname, pg_get_indexdef(r.oid) FROM rels r WHERE r.relkind = 'i'
	    UNION ALL
	    SELECT 'trigger', r.relname || '.' || t.tgname, pg_get_triggerdef(t.oid) || ' enabled=' || t.tgenabled::text
	    FROM rels r JOIN pg_trigger t ON t.tgrelid = r.oid AND NOT t.tgisinternal
	    UNION ALL
	    SELECT 'view', r.relname, pg_get_viewdef(r.oid) FROM rels r WHERE r.relkind = 'v'
	    UNION ALL
	    SELECT 'policy', p.tablename || '.' || p.policyname,
	           p.cmd || ' ' || array_to_string(p.roles, ',') || ' ' || coalesce(p.qual, '') || ' ' || coalesce(p.with_check, '')
	    FROM pg_policies p WHERE p.schemaname = 'ims'
	    UNION ALL
	    SELECT 'function', p.oid::regprocedure::text,
	           pg_get_functiondef(p.oid) || ' ' || coalesce(p.proacl::text, '') || ' ' || coalesce(obj_description(p.oid, 'pg_proc'), '')
	    FROM pg_proc p WHERE p.pronamespace = 'ims'::regnamespace AND p.prokind IN ('f', 'p')
	    UNION ALL
	    SELECT 'type', t.typname, coalesce(obj_description(t.oid, 'pg_type'), '') || ' '
	           || coalesce((SELECT string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid), '')
	    FROM pg_type t WHERE t.typnamespace = 'ims'::regnamespace
	    UNION ALL
	    SELECT 'operator', o.oid::regoperator::text, o.oprcode::text || ' ' || o.oprrest::text || ' ' || o.oprjoin::text
	    FROM pg_operator o WHERE o.oprnamespace = 'ims'::regnamespace
	    UNION ALL
	    SELECT 'event trigger', e.evtname, e.evtevent || ' ' || coalesce(array_to_string(e.evttags, ','), '') || ' ' || e.evtfoid::regproc::text
	    FROM pg_event_trigger e
	    UNION ALL
	    SELECT 'config dump', c.relname, coalesce(x.extcondition[array_position(x.extconfig, c.oid)], '')
	    FROM pg_extension x, pg_class c WHERE x.extname = 'ims27013' AND c.oid = ANY (x.extconfig)
	) o ORDER BY 1
};

my @up = split /\n/, $node->safe_psql('upgraded', $objects_sql);
my @fr = split /\n/, $node->safe_psql('fresh', $objects_sql);
ok(@fr > 500, 'the fresh install has its objects (' . scalar(@fr) . ' descriptions)');
my %in_up = map { $_ => 1 } @up;
my %in_fr = map { $_ => 1 } @fr;
my @missing = grep { !$in_up{$_} } @fr;
my @extra = grep { !$in_fr{$_} } @up;
is(scalar(@missing), 0, 'the upgraded database has every object of a fresh install')
	or diag(join("\n", map { "missing: $_" } @missing[0 .. ($#missing < 20 ? $#missing : 19)]));
is(scalar(@extra), 0, 'the upgraded database has no object a fresh install lacks')
	or diag(join("\n", map { "extra: $_" } @extra[0 .. ($#extra < 20 ? $#extra : 19)]));

# Every row of every table of schema ims (and the user's table), leaving out
# instants, which differ between the two runs.
my $rows_sql = q{
	CREATE FUNCTION pg_temp.rows_digest() RETURNS TABLE (table_name text, row_count bigint, digest text)
	LANGUAGE plpgsql AS $$
	DECLARE
	    t regclass;
	    cols text;
	BEGIN
	    FOR t IN SELECT c.oid::regclass FROM pg_class c
	             WHERE c.relkind = 'r' AND (c.relnamespace = 'ims'::regnamespace OR c.oid = 'public.my_requirements'::regclass)
	             ORDER BY c.oid::regclass::text
	    LOOP
	        SELECT string_agg(format('%I', a.attname), ', ' ORDER BY a.attnum) INTO cols
	        FROM pg_attribute a
	        WHERE a.attrelid = t AND a.attnum > 0 AND NOT a.attisdropped
	          AND a.atttypid NOT IN ('timestamptz'::regtype, 'timestamp'::regtype);
	        RETURN QUERY EXECUTE format(
	            'SELECT %L::text, count(*), md5(coalesce(string_agg(r::text, %L ORDER BY r::text), %L)) FROM (SELECT %s FROM %s) r',
	            t::text, E'\n', '', cols, t);
	    END LOOP;
	END $$;
	SELECT table_name || ' ' || row_count || ' ' || digest FROM pg_temp.rows_digest() ORDER BY 1;
};
my $rows_up = $node->safe_psql('upgraded', $rows_sql);
my $rows_fr = $node->safe_psql('fresh', $rows_sql);
like($rows_fr, qr/ims\.correspondence \d+ /, 'the row digest covers the catalogue');
is($rows_up, $rows_fr, 'every row of the upgraded database equals the fresh install');
is($node->safe_psql('upgraded',
		q{SELECT count(*) FROM ims.correspondence WHERE provenance = 'imported'}),
	'2', 'the imported correspondence rows are there once after the upgrade');

$node->stop;
done_testing();
