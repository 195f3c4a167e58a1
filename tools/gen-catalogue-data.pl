#!/usr/bin/perl
# gen-catalogue-data.pl -- generate src/sql/21_catalogue_data.sql from the
# reference data CSV files.
#
#   perl tools/gen-catalogue-data.pl [REFDATA_DIR] > src/sql/21_catalogue_data.sql
#
# REFDATA_DIR defaults to ../shared/refdata (relative to the repository root,
# which must be the working directory).  The output is deterministic: the same
# CSV files always give the same bytes, so the generated file can be committed
# and diffed.  Perl 5.36 with core modules only.
#
# The CSV files are UTF-8, RFC 4180, CRLF line ends, one header row.  A small
# parser below reads them; any deviation (unterminated quote, stray quote,
# wrong number of fields, unknown value) stops the generator with the file
# and line number, so bad reference data never reaches the install script.
#
# What is taken from the CSVs: identifiers, short titles and the provenance
# columns (verification, sources, note).  What is generated here and not in
# the CSVs is marked as such in the rows themselves:
#   * the four theme rows A.5-A.8 of the 27001:2022 Annex A control set;
#   * the mapping "27001-editions" (27001:2013 clauses <-> 27001:2022 clauses),
#     derived by matching titles (provenance 'derived').
use v5.36;
use utf8;
use Digest::SHA qw(sha256_hex);

binmode STDOUT, ':encoding(UTF-8)';

my $dir = $ARGV[0] // '../shared/refdata';
-d $dir or die "gen-catalogue-data: no directory $dir (give the refdata directory as the first argument)\n";

my %sha;    # file name -> sha256 of its bytes, printed in the header

# ---------------------------------------------------------------------------
# RFC 4180 parser.  Returns (header arrayref, list of rows); each row is a
# hashref of column => value plus '_line' (the physical line the record starts
# on).  Quoted fields may contain commas, doubled quotes and line breaks.
sub read_csv ($name) {
    my $path = "$dir/$name";
    open my $fh, '<:raw', $path or die "gen-catalogue-data: cannot open $path: $!\n";
    local $/;
    my $bytes = <$fh>;
    close $fh;
    $sha{$name} = sha256_hex($bytes);
    utf8::decode($bytes) or die "$path: not valid UTF-8\n";
    my $s = $bytes;
    $s =~ s/^\x{FEFF}//;    # tolerate a byte order mark

    my (@records, @fields, $field);
    my ($line, $start_line, $pos, $len) = (1, 1, 0, length $s);
    my $in_record = 0;
    $field = '';
    while ($pos < $len) {
        my $c = substr($s, $pos, 1);
        if ($c eq '"') {
            die "$path:$line: quote inside an unquoted field\n" if length $field;
            $pos++;
            while (1) {
                die "$path:$start_line: unterminated quoted field\n" if $pos >= $len;
                my $d = substr($s, $pos, 1);
                if ($d eq '"') {
                    if ($pos + 1 < $len && substr($s, $pos + 1, 1) eq '"') {
                        $field .= '"';
                        $pos += 2;
                        next;
                    }
                    $pos++;
                    last;
                }
                $line++ if $d eq "\n";
                $field .= $d;
                $pos++;
            }
            $in_record = 1;
            # after a closing quote: a separator, a line end or the end
            if ($pos < $len && substr($s, $pos, 1) !~ /[,\r\n]/) {
                die "$path:$line: characters after a closing quote\n";
            }
            next;
        }
        if ($c eq ',') {
            push @fields, $field;
            $field = '';
            $in_record = 1;
            $pos++;
            next;
        }
        if ($c eq "\r" || $c eq "\n") {
            $pos++;
            $pos++ if $c eq "\r" && $pos < $len && substr($s, $pos, 1) eq "\n";
            push @fields, $field;
            push @records, [$start_line, [@fields]];
            @fields = ();
            $field = '';
            $in_record = 0;
            $line++;
            $start_line = $line;
            next;
        }
        $field .= $c;
        $in_record = 1;
        $pos++;
    }
    if ($in_record || length $field) {
        push @fields, $field;
        push @records, [$start_line, [@fields]];
    }
    @records or die "$path: empty file\n";
    my (undef, $header) = @{ shift @records };
    my @rows;
    for my $r (@records) {
        my ($ln, $f) = @$r;
        next if @$f == 1 && $f->[0] eq '';    # blank line
        @$f == @$header
            or die "$path:$ln: " . scalar(@$f) . " fields, the header has " . scalar(@$header) . "\n";
        my %h = (_line => $ln);
        @h{@$header} = @$f;
        push @rows, \%h;
    }
    return ($header, @rows);
}

# ---------------------------------------------------------------------------
# SQL output helpers.
sub sq ($v) {    # text literal or NULL for empty / undef
    return 'NULL' if !defined $v || $v eq '';
    $v =~ s/'/''/g;
    return "'$v'" if $v !~ /[^\x00-\x7f]/;
    # Keep the install script ASCII: non-ASCII characters become Unicode
    # escapes, so the script does not depend on the encoding it is read in.
    $v =~ s/\\/\\\\/g;
    $v =~ s/([^\x00-\x7f])/ord($1) > 0xFFFF ? sprintf('\\+%06X', ord $1) : sprintf('\\%04X', ord $1)/ge;
    return "U&'$v'";
}
sub qref ($v) {    # isoref literal or NULL
    return 'NULL' if !defined $v || $v eq '';
    check_ref($v);
    return "'$v'";
}
sub qbool ($v) { $v ? 'true' : 'false' }
sub qarr ($type, @v) {    # enum array or NULL when empty
    return 'NULL' unless @v;
    return 'ARRAY[' . join(', ', map { sq($_) } @v) . "]::ims.${type}[]";
}
sub check_ref ($r) {
    $r =~ /\A(?:[A-Z]\.)?\d{1,3}(?:\.\d{1,3}){0,6}\z/ or die "gen-catalogue-data: bad clause number '$r'\n";
}
sub parent_of ($r) {    # same rule as ims.isoref_parent: the annex letter is no level
    my ($annex, $num) = $r =~ /\A((?:[A-Z]\.)?)(.*)\z/;
    my @p = split /\./, $num;
    return undef if @p <= 1;
    pop @p;
    return $annex . join('.', @p);
}
sub top_of ($r) { my ($t) = $r =~ /\A((?:[A-Z]\.)?\d+)/; $t }

sub emit_insert ($table, $cols, $rows) {
    return unless @$rows;
    print "INSERT INTO ims.$table ($cols) VALUES\n";
    print join(",\n", map { "    ($_)" } @$rows), ";\n\n";
}

# Standard designations in the CSV files -> our standard codes.
my %code = (
    'ISO/IEC 27001:2013'   => '27001:2013',
    'ISO/IEC 27001:2022'   => '27001:2022',
    'ISO/IEC 20000-1:2018' => '20000-1:2018',
);

sub yn ($v, $where) {
    return 1 if $v eq 'y';
    return 0 if $v eq 'n';
    die "$where: expected y or n, got '$v'\n";
}

sub enum_list ($v, $allowed, $where) {    # "A;B" -> (a, b), checked
    return () if $v eq '';
    my @out;
    for my $x (split /;/, $v) {
        my $l = lc $x;
        $l =~ s/^\s+|\s+$//g;
        exists $allowed->{$l} or die "$where: unknown value '$x'\n";
        push @out, $l;
    }
    return @out;
}

my %control_type = map { $_ => 1 } qw(preventive detective corrective);
my %is_property  = map { $_ => 1 } qw(confidentiality integrity availability);
my %cyber        = map { $_ => 1 } qw(identify protect detect respond recover);
my %capability   = map { $_ => 1 } qw(
    governance asset_management information_protection human_resource_security
    physical_security system_and_network_security application_security
    secure_configuration identity_and_access_management
    threat_and_vulnerability_management supplier_relationships_security
    information_security_event_management information_security_assurance
    continuity legal_and_compliance);
my %secdomain = map { $_ => 1 } qw(governance_and_ecosystem protection defence resilience);
my %theme     = (organizational => 5, people => 6, physical => 7, technological => 8);

# ---------------------------------------------------------------------------
# Read everything first (so the header can list every file's checksum).
my @files = qw(
    iso27001_2013_clauses.csv iso27001_2022_clauses.csv iso20000_1_2018_clauses.csv
    iso27001_2013_annexA.csv iso27001_2022_annexA.csv
    map_27001_2013_to_2022.csv iso27013_annexA_clause_map.csv
    iso27013_annexB_control_map.csv terms.csv);
my %csv;
for my $f (@files) {
    my ($h, @rows) = read_csv($f);
    $csv{$f} = { header => $h, rows => \@rows };
}
sub rows ($f) { @{ $csv{$f}{rows} } }

print <<"EOT";
-- ims27013 catalogue data: GENERATED by tools/gen-catalogue-data.pl from the
-- reference data CSV files; do not edit, regenerate:
--     perl tools/gen-catalogue-data.pl > src/sql/21_catalogue_data.sql
-- Identifiers and short titles only, with the CSVs' provenance columns.
-- Source files (sha256):
EOT
printf "--   %-34s %s\n", $_, $sha{$_} for @files;
print "\n";

# ---------------------------------------------------------------------------
# Clauses.
my %clause;    # "std ref" -> title
my %clause_children;
my @clause_rows;
for my $f (qw(iso27001_2013_clauses.csv iso27001_2022_clauses.csv iso20000_1_2018_clauses.csv)) {
    for my $r (rows($f)) {
        my $where = "$f:$r->{_line}";
        my $std = $code{ $r->{standard} } // die "$where: unknown standard '$r->{standard}'\n";
        my $ref = $r->{ref};
        check_ref($ref);
        my $parent = $r->{parent_ref} eq '' ? undef : $r->{parent_ref};
        my $computed = parent_of($ref);
        ($parent // '') eq ($computed // '') or die "$where: parent_ref '$r->{parent_ref}' is not the parent of $ref\n";
        !defined $parent || exists $clause{"$std $parent"} or die "$where: parent $parent not listed before $ref\n";
        !exists $clause{"$std $ref"} or die "$where: duplicate clause $std $ref\n";
        $clause{"$std $ref"} = $r->{title};
        push @{ $clause_children{"$std " . ($parent // '')} }, $ref;
        push @clause_rows, join(', ',
            sq($std), qref($ref), sq($r->{title}), qref($parent),
            sq($r->{verification}), sq($r->{sources}), sq($r->{note}), 'true');
    }
}
print "-- Clause trees: 27001:2013, 27001:2022, 20000-1:2018 (parents before children).\n";
emit_insert('clause', 'standard, ref, title, parent_ref, verification, sources, note, builtin', \@clause_rows);

# ---------------------------------------------------------------------------
# Controls: 27001:2013 Annex A.
my %control;    # "std ref" -> 1
my @control_rows;
for my $r (rows('iso27001_2013_annexA.csv')) {
    my $where = "iso27001_2013_annexA.csv:$r->{_line}";
    my ($ref, $kind) = ($r->{ref}, $r->{kind});
    check_ref($ref);
    my $parent;
    if ($kind eq 'domain') {
        $r->{objective_ref} eq '' && $r->{domain_ref} eq '' or die "$where: a domain has no parent\n";
    } elsif ($kind eq 'objective') {
        $r->{objective_ref} eq '' or die "$where: an objective has no objective\n";
        $parent = $r->{domain_ref};
    } elsif ($kind eq 'control') {
        $parent = $r->{objective_ref};
        parent_of($parent) eq $r->{domain_ref} or die "$where: objective and domain disagree\n";
    } else {
        die "$where: unknown kind '$kind'\n";
    }
    ($parent // '') eq (parent_of($ref) // '') or die "$where: parent mismatch for $ref\n";
    !defined $parent || $control{"27001:2013 $parent"} or die "$where: parent $parent not listed before $ref\n";
    !$control{"27001:2013 $ref"}++ or die "$where: duplicate control $ref\n";
    push @control_rows, join(', ',
        sq('27001:2013'), qref($ref), sq($r->{title}), sq($kind), qref($parent),
        'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL',
        sq($r->{verification}), 'NULL', sq($r->{sources}), sq($r->{note}), 'true');
}

# Controls: 27001:2022 Annex A, stored in the Annex A form (A.5.1); the 27002
# form (5.1) is kept in ref_27002.  Theme rows A.5-A.8 are ours.
my @theme_title = (
    [5, 'organizational', 'Organizational controls'],
    [6, 'people',         'People controls'],
    [7, 'physical',       'Physical controls'],
    [8, 'technological',  'Technological controls'],
);
for my $t (@theme_title) {
    my ($n, $theme, $title) = @$t;
    $control{"27001:2022 A.$n"} = 1;
    push @control_rows, join(', ',
        sq('27001:2022'), qref("A.$n"), sq($title), sq('theme'), 'NULL', qref($n), sq($theme),
        'NULL', 'NULL', 'NULL', 'NULL', 'NULL', 'NULL',
        sq('ims27013: theme heading (27002:2022 clauses 5-8); not in the reference CSV'), 'NULL', 'NULL',
        sq('theme row added by tools/gen-catalogue-data.pl so that every control has a parent'), 'true');
}
my %ref22;    # 27002 form -> Annex A form
for my $r (rows('iso27001_2022_annexA.csv')) {
    my $where = "iso27001_2022_annexA.csv:$r->{_line}";
    my ($ref, $aref) = ($r->{ref}, $r->{ref_annex_a});
    check_ref($ref);
    check_ref($aref);
    $aref eq "A.$ref" or die "$where: ref_annex_a $aref is not A.$ref\n";
    my $tn = $theme{ $r->{theme} } // die "$where: unknown theme '$r->{theme}'\n";
    top_of($ref) eq $tn or die "$where: $ref is not in theme $r->{theme}\n";
    !$control{"27001:2022 $aref"}++ or die "$where: duplicate control $aref\n";
    $ref22{$ref} = $aref;
    my @ct = enum_list($r->{control_type}, \%control_type, $where);
    @ct or die "$where: no control type\n";
    push @control_rows, join(', ',
        sq('27001:2022'), qref($aref), sq($r->{title}), sq('control'), qref(parent_of($aref)), qref($ref),
        sq($r->{theme}), qbool(yn($r->{new_in_2022}, $where)),
        qarr('control_type', @ct),
        qarr('security_property', enum_list($r->{information_security_properties}, \%is_property, $where)),
        qarr('cybersecurity_concept', enum_list($r->{cybersecurity_concepts}, \%cyber, $where)),
        qarr('operational_capability', enum_list($r->{operational_capabilities}, \%capability, $where)),
        qarr('security_domain', enum_list($r->{security_domains}, \%secdomain, $where)),
        sq($r->{title_verification}), sq($r->{attribute_verification}), sq($r->{sources}), sq($r->{note}), 'true');
}
print "-- Annex A control sets: 27001:2013 (domains, objectives, controls) and\n";
print "-- 27001:2022 (themes A.5-A.8, then the 93 controls with 27002:2022 attributes).\n";
emit_insert('control',
    'standard, ref, title, kind, parent_ref, ref_27002, theme, new_in_edition, control_type, '
  . 'security_properties, cybersecurity_concepts, operational_capabilities, security_domains, '
  . 'verification, attribute_verification, sources, note, builtin',
    \@control_rows);

# ---------------------------------------------------------------------------
# Correspondences.  Columns: mapping, from_standard, from_ref, to_standard,
# to_ref, relation, provenance, verification, sources, note, builtin.
my @corr;
my %seen_corr;
sub corr ($where, $map, $fs, $fr, $ts, $tr, $rel, $prov, $ver, $src, $note, $fkind, $tkind) {
    for my $side ([$fs, $fr, $fkind], [$ts, $tr, $tkind]) {
        my ($s, $r, $k) = @$side;
        next if !defined $r || $r eq '';
        my $ok = $k eq 'clause' ? exists $clause{"$s $r"} : $control{"$s $r"};
        $ok or die "$where: $s $r is not a $k of the catalogue\n";
    }
    (($fr // '') eq '' || ($tr // '') eq '') == ($rel eq 'no_counterpart')
        or die "$where: an empty side goes with relation no_counterpart only\n";
    my $key = join '|', $map, $fr // '', $tr // '';
    !$seen_corr{$key}++ or die "$where: duplicate correspondence $key\n";
    push @corr, join(', ',
        sq($map), sq($fs), qref($fr), sq($ts), qref($tr), sq($rel), sq($prov),
        sq($ver), sq($src), sq($note), 'true');
}

# 27002:2022 Annex B: 27001:2013 controls -> 27001:2022 controls.
for my $r (rows('map_27001_2013_to_2022.csv')) {
    my $where = "map_27001_2013_to_2022.csv:$r->{_line}";
    my $to = $ref22{ $r->{ref_2022} } // die "$where: unknown 2022 control $r->{ref_2022}\n";
    corr($where, '27002-B', '27001:2013', $r->{ref_2013}, '27001:2022', $to,
        $r->{ref_2013} eq '' ? 'no_counterpart' : 'corresponds', 'compiled',
        $r->{verification}, $r->{sources}, $r->{note}, 'control', 'control');
}

my %relation = (
    equivalent_HLS           => 'equivalent_hls',
    partial                  => 'partial',
    topical                  => 'topical',
    umbrella                 => 'umbrella',
    no_counterpart_in_27001  => 'no_counterpart',
);
# 27013:2021 Annex A (our derivation): 27001:2013 clauses <-> 20000-1:2018 clauses.
for my $r (rows('iso27013_annexA_clause_map.csv')) {
    my $where = "iso27013_annexA_clause_map.csv:$r->{_line}";
    $r->{provenance} eq 'derived' or die "$where: provenance '$r->{provenance}' is not derived\n";
    my $rel = $relation{ $r->{relation} } // die "$where: unknown relation '$r->{relation}'\n";
    corr($where, '27013-A', '27001:2013', $r->{ref_27001_2013}, '20000-1:2018', $r->{ref_20000_1_2018},
        $rel, 'derived', undef, undef, $r->{note}, 'clause', 'clause');
}
# 27013:2021 Annex B (our derivation): 27001:2013 controls -> 20000-1:2018 clauses.
for my $r (rows('iso27013_annexB_control_map.csv')) {
    my $where = "iso27013_annexB_control_map.csv:$r->{_line}";
    $r->{provenance} eq 'derived' or die "$where: provenance '$r->{provenance}' is not derived\n";
    my $rel = $relation{ $r->{relation} } // die "$where: unknown relation '$r->{relation}'\n";
    corr($where, '27013-B', '27001:2013', $r->{ref_27001_annexA}, '20000-1:2018', $r->{ref_20000_1_2018},
        $rel, 'derived', undef, undef, $r->{note}, 'control', 'clause');
}

# 27001:2013 clauses <-> 27001:2022 clauses: our derivation, not in any CSV.
# A 2022 clause corresponds to the 2013 clause of the same title under the same
# top-level clause (10.1/10.2 swapped places in 2022); a 2022 subclause of a
# clause whose 2013 counterpart has no subclauses corresponds partially to it;
# anything else has no counterpart.
{
    my (@c13, @c22);
    for my $k (sort keys %clause) {
        my ($s, $r) = split / /, $k, 2;
        push @c13, $r if $s eq '27001:2013';
        push @c22, $r if $s eq '27001:2022';
    }
    my %order = map { $_->{ref} => $_->{_line} } rows('iso27001_2022_clauses.csv');
    @c22 = sort { $order{$a} <=> $order{$b} } @c22;
    my %eq;    # 2022 ref -> 2013 ref
    my %hit13;
    my @out;
    for my $r (@c22) {
        my $t = $clause{"27001:2022 $r"};
        my @cand = grep { top_of($_) eq top_of($r) && $clause{"27001:2013 $_"} eq $t } @c13;
        if (@cand == 1) {
            $eq{$r} = $cand[0];
            $hit13{ $cand[0] }++;
            push @out, [$cand[0], $r, 'equivalent',
                $cand[0] eq $r ? 'ims27013: same number and title in both editions'
                               : "ims27013: same title, renumbered from $cand[0] to $r"];
            next;
        }
        my $p = parent_of($r);
        if (defined $p && $eq{$p} && !$clause_children{"27001:2013 $eq{$p}"}) {
            $hit13{ $eq{$p} }++;
            push @out, [$eq{$p}, $r, 'partial', "ims27013: 27001:2022 subdivides $eq{$p} of 27001:2013"];
            next;
        }
        push @out, [undef, $r, 'no_counterpart', 'ims27013: new in 27001:2022'];
    }
    for my $r (@c13) {
        push @out, [$r, undef, 'no_counterpart', 'ims27013: no 27001:2022 clause of the same title'] unless $hit13{$r};
    }
    for my $o (@out) {
        corr('27001-editions', '27001-editions', '27001:2013', $o->[0], '27001:2022', $o->[1],
            $o->[2], 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', undef, $o->[3],
            'clause', 'clause');
    }
}
print "-- Correspondences: 27002:2022 Annex B (compiled from public sources), our\n";
print "-- derivations of 27013:2021 Annex A and Annex B, and our 27001 edition map.\n";
emit_insert('correspondence',
    'mapping, from_standard, from_ref, to_standard, to_ref, relation, provenance, verification, sources, note, builtin',
    \@corr);

# ---------------------------------------------------------------------------
# Terms: one row per term and standard.
my %membership = ('y' => 'yes', 'n' => 'no', 'n (unverified)' => 'no_unverified', 'unconfirmed' => 'unconfirmed');
my @term_rows;
my %seen_term;
for my $r (rows('terms.csv')) {
    my $where = "terms.csv:$r->{_line}";
    my $t = $r->{term};
    $t ne '' && $t eq lc($t) && $t !~ /^\s|\s$/ or die "$where: term '$t' is not a trimmed lower-case term\n";
    !$seen_term{$t}++ or die "$where: duplicate term '$t'\n";
    for my $s (['27000:2018', 'in_27000_2018', 'ref_27000', 'verification_27000'],
               ['20000-1:2018', 'in_20000_1_2018', 'ref_20000', 'verification_20000']) {
        my ($std, $in, $ref, $ver) = @$s;
        my $m = $membership{ $r->{$in} } // die "$where: unknown membership '$r->{$in}'\n";
        $r->{$ref} eq '' || $m eq 'yes' or die "$where: a number without membership\n";
        push @term_rows, join(', ', sq($t), sq($std), qref($r->{$ref}), sq($m), sq($r->{$ver}), 'true');
    }
}
print "-- Vocabulary: ISO/IEC 27000:2018 clause 3 and ISO/IEC 20000-1:2018 clause 3\n";
print "-- (membership and number only; no definitions).\n";
emit_insert('term', 'term, standard, ref, membership, verification, builtin', \@term_rows);

print "-- end of generated data\n";
