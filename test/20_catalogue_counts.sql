-- The catalogue: counts, and the installed catalogue against the reference CSVs.
-- Run from the repository root (the CSVs are read from ../shared/refdata).
BEGIN;
SELECT plan(48);

-- ---------------------------------------------------------------------------
-- Load the reference CSVs.
CREATE TEMP TABLE csv_clause (standard text, ref text, title text, parent_ref text,
                              verification text, sources text, note text);
\copy csv_clause FROM '../shared/refdata/iso27001_2013_clauses.csv' WITH (FORMAT csv, HEADER)
\copy csv_clause (standard, ref, title, parent_ref, verification) FROM '../shared/refdata/iso27001_2022_clauses.csv' WITH (FORMAT csv, HEADER)
\copy csv_clause FROM '../shared/refdata/iso20000_1_2018_clauses.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_a13 (ref text, title text, kind text, objective_ref text, domain_ref text,
                           verification text, sources text, note text);
\copy csv_a13 FROM '../shared/refdata/iso27001_2013_annexA.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_a22 (ref text, ref_annex_a text, title text, theme text, new_in_2022 text,
                           control_type text, information_security_properties text, cybersecurity_concepts text,
                           operational_capabilities text, security_domains text, title_verification text,
                           attribute_verification text, sources text, note text);
\copy csv_a22 FROM '../shared/refdata/iso27001_2022_annexA.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_map1322 (ref_2013 text, ref_2022 text, verification text, sources text, note text);
\copy csv_map1322 FROM '../shared/refdata/map_27001_2013_to_2022.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_mapA (from_ref text, to_ref text, relation text, provenance text, note text);
\copy csv_mapA FROM '../shared/refdata/iso27013_annexA_clause_map.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_mapB (from_ref text, to_ref text, relation text, provenance text, note text);
\copy csv_mapB FROM '../shared/refdata/iso27013_annexB_control_map.csv' WITH (FORMAT csv, HEADER)
CREATE TEMP TABLE csv_term (term text, in_27000_2018 text, in_20000_1_2018 text, ref_27000 text, ref_20000 text,
                            verification_27000 text, verification_20000 text);
\copy csv_term FROM '../shared/refdata/terms.csv' WITH (FORMAT csv, HEADER)

CREATE TEMP TABLE code (designation text, code text);
INSERT INTO code VALUES ('ISO/IEC 27001:2013', '27001:2013'), ('ISO/IEC 27001:2022', '27001:2022'),
                        ('ISO/IEC 20000-1:2018', '20000-1:2018');

-- ---------------------------------------------------------------------------
-- Standards.
SELECT results_eq(
    $$SELECT code, kind::text, supersedes FROM ims.standard ORDER BY code$$,
    $$VALUES ('20000-1:2018', 'requirements', NULL::text), ('27000:2018', 'vocabulary', NULL),
             ('27001:2013', 'requirements', NULL), ('27001:2022', 'requirements', '27001:2013'),
             ('27002:2022', 'guidance', NULL), ('27013:2021', 'guidance', NULL)$$,
    'six standards with their kind; 27001:2022 supersedes 27001:2013');

-- ---------------------------------------------------------------------------
-- Counts of the control sets.
SELECT results_eq(
    $$SELECT kind::text, count(*)::int FROM ims.control WHERE standard = '27001:2013' GROUP BY kind ORDER BY kind$$,
    $$VALUES ('control', 114), ('domain', 14), ('objective', 35)$$,
    '27001:2013 Annex A: 14 domains, 35 objectives, 114 controls');
SELECT is((SELECT count(*)::int FROM ims.control WHERE standard = '27001:2022' AND kind = 'control'), 93,
          '27001:2022 Annex A: 93 controls');
SELECT results_eq(
    $$SELECT theme::text, count(*)::int FROM ims.control
      WHERE standard = '27001:2022' AND kind = 'control' GROUP BY theme ORDER BY theme$$,
    $$VALUES ('organizational', 37), ('people', 8), ('physical', 14), ('technological', 34)$$,
    '27001:2022 themes: 37 + 8 + 14 + 34');
SELECT is((SELECT count(*)::int FROM ims.control WHERE standard = '27001:2022' AND new_in_edition), 11,
          '11 controls are new in 2022');
SELECT is((SELECT count(*)::int FROM ims.control WHERE standard = '27001:2022' AND kind = 'theme'), 4,
          '27001:2022 has four theme rows A.5-A.8');
SELECT is_empty($$SELECT 1 FROM ims.control k WHERE k.standard = '27001:2022' AND k.kind = 'control'
                  AND (k.parent_ref IS NULL OR ims.isoref_number(k.parent_ref, 1) <> ims.isoref_number(k.ref, 1))$$,
                'every 2022 control sits under the theme of its number');
SELECT is((SELECT count(*)::int FROM ims.control WHERE control_type @> '{detective}'), 13,
          'every detective control is one query (13)');
SELECT is((SELECT count(*)::int FROM ims.control
           WHERE 'information_security_event_management' = ANY (operational_capabilities)), 10,
          'controls with capability information_security_event_management');
SELECT is((SELECT count(*)::int FROM ims.control WHERE security_properties IS NOT NULL), 6,
          'security properties are known for 6 controls, NULL (not empty) elsewhere');

-- ---------------------------------------------------------------------------
-- Clauses against the CSVs.
SELECT results_eq(
    $$SELECT standard, count(*)::int FROM ims.clause GROUP BY standard ORDER BY standard$$,
    $$SELECT c.code, count(*)::int FROM csv_clause x JOIN code c ON c.designation = x.standard
      GROUP BY c.code ORDER BY c.code$$,
    'clause counts equal the CSVs (84 + 38 + 44)');
SELECT is((SELECT count(*)::int FROM ims.clause), 166, 'clauses: 166 in all');
SELECT is_empty($$
    SELECT x.standard, x.ref FROM csv_clause x
    JOIN code c ON c.designation = x.standard
    LEFT JOIN ims.clause k ON k.standard = c.code AND k.ref = x.ref::ims.isoref
    WHERE k.ref IS NULL OR k.title <> x.title
       OR k.parent_ref IS DISTINCT FROM NULLIF(x.parent_ref, '')::ims.isoref
       OR k.verification IS DISTINCT FROM x.verification
       OR k.sources IS DISTINCT FROM x.sources OR k.note IS DISTINCT FROM x.note$$,
    'every CSV clause is present with the same title, parent and provenance columns');
SELECT is_empty($$SELECT 1 FROM ims.clause k WHERE NOT k.builtin$$, 'every seeded clause is built-in');
SELECT is_empty($$SELECT 1 FROM ims.clause k WHERE k.parent_ref IS NOT NULL
                  AND NOT EXISTS (SELECT 1 FROM ims.clause p WHERE p.standard = k.standard AND p.ref = k.parent_ref)$$,
                'every parent exists');

-- Spot checks.
SELECT is((SELECT title FROM ims.clause WHERE standard = '20000-1:2018' AND ref = '8.5.1.3'),
          'Change management activities', '20000-1:2018 8.5.1.3');
SELECT is((SELECT title FROM ims.clause WHERE standard = '27001:2022' AND ref = '6.3'),
          'Planning of changes', '27001:2022 6.3');
SELECT is((SELECT title FROM ims.clause WHERE standard = '27001:2013' AND ref = '10.1'),
          'Nonconformity and corrective action', '27001:2013 10.1');
SELECT is((SELECT title FROM ims.control WHERE standard = '27001:2013' AND ref = 'A.12.1.2'),
          'Change management', '27001:2013 A.12.1.2');
SELECT is((SELECT title FROM ims.control WHERE standard = '27001:2013' AND ref = 'A.11.2.7'),
          'Secure disposal or re-use of equipment', '27001:2013 A.11.2.7 (spelling variant kept)');
SELECT is((SELECT title FROM ims.control WHERE standard = '27001:2022' AND ref = 'A.8.28'),
          'Secure coding', '27001:2022 A.8.28');
SELECT is((SELECT ref_27002::text FROM ims.control WHERE standard = '27001:2022' AND ref = 'A.5.23'),
          '5.23', '27001:2022 A.5.23 is 5.23 in 27002 form');

-- ---------------------------------------------------------------------------
-- Control sets against the CSVs.
SELECT is((SELECT count(*)::int FROM ims.control WHERE standard = '27001:2013'),
          (SELECT count(*)::int FROM csv_a13), '27001:2013 Annex A row count equals the CSV');
SELECT is_empty($$
    SELECT x.ref FROM csv_a13 x
    LEFT JOIN ims.control k ON k.standard = '27001:2013' AND k.ref = x.ref::ims.isoref
    WHERE k.ref IS NULL OR k.title <> x.title OR k.kind::text <> x.kind
       OR k.parent_ref IS DISTINCT FROM coalesce(NULLIF(x.objective_ref, ''), NULLIF(x.domain_ref, ''))::ims.isoref
       OR k.verification IS DISTINCT FROM x.verification OR k.sources IS DISTINCT FROM x.sources
       OR k.note IS DISTINCT FROM NULLIF(x.note, '')$$,
    'every 27001:2013 Annex A row is present with the same title, kind, parent and provenance');
SELECT is((SELECT count(*)::int FROM ims.control WHERE standard = '27001:2022' AND kind = 'control'),
          (SELECT count(*)::int FROM csv_a22), '27001:2022 control count equals the CSV');
SELECT is_empty($$
    SELECT x.ref FROM csv_a22 x
    LEFT JOIN ims.control k ON k.standard = '27001:2022' AND k.ref = x.ref_annex_a::ims.isoref
    WHERE k.ref IS NULL OR k.title <> x.title OR k.ref_27002 <> x.ref::ims.isoref OR k.theme::text <> x.theme
       OR k.new_in_edition <> (x.new_in_2022 = 'y')
       OR k.control_type::text[] <> string_to_array(lower(x.control_type), ';')
       OR k.security_properties::text[] IS DISTINCT FROM string_to_array(lower(NULLIF(x.information_security_properties, '')), ';')
       OR k.cybersecurity_concepts::text[] IS DISTINCT FROM string_to_array(lower(NULLIF(x.cybersecurity_concepts, '')), ';')
       OR k.operational_capabilities::text[] <> string_to_array(lower(x.operational_capabilities), ';')
       OR k.security_domains::text[] <> string_to_array(lower(x.security_domains), ';')
       OR k.verification IS DISTINCT FROM x.title_verification
       OR k.attribute_verification IS DISTINCT FROM x.attribute_verification
       OR k.sources IS DISTINCT FROM x.sources OR k.note IS DISTINCT FROM NULLIF(x.note, '')$$,
    'every 27001:2022 control is present with the same title, numbers, theme, attributes and provenance');
SELECT is_empty($$SELECT 1 FROM ims.control WHERE NOT builtin$$, 'every seeded control is built-in');

-- ---------------------------------------------------------------------------
-- Correspondences against the CSVs.
SELECT results_eq(
    $$SELECT mapping, count(*)::int FROM ims.correspondence WHERE builtin GROUP BY mapping ORDER BY mapping$$,
    $$VALUES ('27001-editions', 44),
             ('27002-B', (SELECT count(*)::int FROM csv_map1322)),
             ('27013-A', (SELECT count(*)::int FROM csv_mapA)),
             ('27013-B', (SELECT count(*)::int FROM csv_mapB))$$,
    'correspondence counts equal the CSVs (plus our 44 edition rows)');
SELECT is_empty($$
    SELECT x.* FROM csv_map1322 x
    WHERE NOT EXISTS (
        SELECT 1 FROM ims.correspondence c
        WHERE c.mapping = '27002-B' AND c.builtin AND c.provenance = 'compiled'
          AND c.from_ref IS NOT DISTINCT FROM NULLIF(x.ref_2013, '')::ims.isoref
          AND c.to_ref = ('A.' || x.ref_2022)::ims.isoref
          AND c.relation = CASE WHEN coalesce(x.ref_2013, '') = '' THEN 'no_counterpart' ELSE 'corresponds' END::ims.correspondence_relation
          AND c.verification IS NOT DISTINCT FROM x.verification AND c.sources IS NOT DISTINCT FROM x.sources
          AND c.note IS NOT DISTINCT FROM NULLIF(x.note, ''))$$,
    'every 2013-to-2022 CSV row is present (provenance compiled)');
SELECT is_empty($$
    SELECT x.* FROM csv_mapA x
    WHERE NOT EXISTS (
        SELECT 1 FROM ims.correspondence c
        WHERE c.mapping = '27013-A' AND c.builtin AND c.provenance = 'derived' AND x.provenance = 'derived'
          AND c.from_ref IS NOT DISTINCT FROM NULLIF(x.from_ref, '')::ims.isoref
          AND c.to_ref IS NOT DISTINCT FROM NULLIF(x.to_ref, '')::ims.isoref
          AND c.relation::text = CASE WHEN x.relation LIKE 'no_counterpart%' THEN 'no_counterpart' ELSE lower(x.relation) END
          AND c.note IS NOT DISTINCT FROM NULLIF(x.note, ''))$$,
    'every 27013 Annex A (derived) CSV row is present with provenance derived');
SELECT is_empty($$
    SELECT x.* FROM csv_mapB x
    WHERE NOT EXISTS (
        SELECT 1 FROM ims.correspondence c
        WHERE c.mapping = '27013-B' AND c.builtin AND c.provenance = 'derived' AND x.provenance = 'derived'
          AND c.from_ref = x.from_ref::ims.isoref AND c.to_ref = x.to_ref::ims.isoref
          AND c.relation::text = lower(x.relation) AND c.note IS NOT DISTINCT FROM NULLIF(x.note, ''))$$,
    'every 27013 Annex B (derived) CSV row is present with provenance derived');
SELECT is_empty($$
    SELECT c.* FROM ims.correspondence c JOIN ims.mapping m ON m.code = c.mapping
    WHERE (c.from_ref IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ims.catalogue_item i
               WHERE i.standard = c.from_standard AND i.kind = m.from_kind AND i.ref = c.from_ref))
       OR (c.to_ref IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ims.catalogue_item i
               WHERE i.standard = c.to_standard AND i.kind = m.to_kind AND i.ref = c.to_ref))$$,
    'every correspondence end point exists in the catalogue');
SELECT is_empty($$
    SELECT k.ref FROM ims.control k
    WHERE k.standard = '27001:2013' AND k.kind = 'control'
      AND NOT EXISTS (SELECT 1 FROM ims.correspondence c
                      WHERE c.mapping = '27002-B' AND c.from_ref = k.ref AND c.to_ref IS NOT NULL)$$,
    'every 27001:2013 control maps to at least one 27001:2022 control');
SELECT set_eq(
    $$SELECT to_ref::text FROM ims.correspondence WHERE mapping = '27002-B' AND relation = 'no_counterpart'$$,
    $$SELECT ref::text FROM ims.control WHERE standard = '27001:2022' AND new_in_edition$$,
    'the 2022 controls without a 2013 predecessor are exactly the 11 new ones');
SELECT is((SELECT count(*)::int FROM ims.correspondence WHERE mapping = '27002-B' AND from_ref = 'A.18.2.3'), 2,
          'A.18.2.3 maps to two 2022 controls');
SELECT ok(NOT EXISTS (SELECT 1 FROM ims.correspondence WHERE mapping IN ('27013-A', '27013-B') AND provenance <> 'derived'),
          'the two 27013 maps say they are our derivation (provenance derived)');
SELECT results_eq(
    $$SELECT from_ref::text, to_ref::text FROM ims.correspondence
      WHERE mapping = '27001-editions' AND relation = 'equivalent' AND from_ref <> to_ref ORDER BY from_ref$$,
    $$VALUES ('10.1', '10.2'), ('10.2', '10.1')$$,
    'our 27001 edition map follows the swap of 10.1 and 10.2 in 2022');

-- ---------------------------------------------------------------------------
-- Terms against the CSV.
SELECT is((SELECT count(*)::int FROM ims.term), 2 * (SELECT count(*)::int FROM csv_term),
          'two term rows (27000:2018, 20000-1:2018) per CSV row');
SELECT is_empty($$
    SELECT x.term, s.std FROM csv_term x
    CROSS JOIN LATERAL (VALUES ('27000:2018', x.in_27000_2018, x.ref_27000, x.verification_27000),
                               ('20000-1:2018', x.in_20000_1_2018, x.ref_20000, x.verification_20000)) AS s(std, m, r, v)
    WHERE NOT EXISTS (
        SELECT 1 FROM ims.term t
        WHERE t.term = x.term AND t.standard = s.std AND t.builtin
          AND t.membership::text = CASE s.m WHEN 'y' THEN 'yes' WHEN 'n' THEN 'no'
                                            WHEN 'n (unverified)' THEN 'no_unverified' ELSE s.m END
          AND t.ref IS NOT DISTINCT FROM NULLIF(s.r, '')::ims.isoref
          AND t.verification IS NOT DISTINCT FROM NULLIF(s.v, ''))$$,
    'every CSV term is present for both standards with membership, number and verification');
SELECT is((SELECT ref::text FROM ims.term WHERE term = 'audit' AND standard = '20000-1:2018'), '3.1.1',
          'audit is 20000-1:2018 3.1.1');

-- ---------------------------------------------------------------------------
-- Built-in rows: read-only, dumped only when a user's.
SELECT set_eq(
    $$SELECT c::regclass::oid, cond FROM pg_extension e, unnest(e.extconfig, e.extcondition) AS u(c, cond)
      WHERE e.extname = 'ims27013' AND c::regclass::oid IN ('ims.standard'::regclass, 'ims.clause'::regclass,
          'ims.control'::regclass, 'ims.mapping'::regclass, 'ims.correspondence'::regclass, 'ims.term'::regclass)$$,
    $$VALUES ('ims.standard'::regclass::oid, 'WHERE NOT builtin'), ('ims.clause'::regclass, 'WHERE NOT builtin'),
             ('ims.control'::regclass, 'WHERE NOT builtin'), ('ims.mapping'::regclass, 'WHERE NOT builtin'),
             ('ims.correspondence'::regclass, 'WHERE NOT builtin'), ('ims.term'::regclass, 'WHERE NOT builtin')$$,
    'the six catalogue tables are dumped WHERE NOT builtin');
SELECT ok(NOT has_table_privilege('public', 'ims.clause', 'INSERT')
          AND NOT has_table_privilege('public', 'ims.correspondence', 'UPDATE')
          AND NOT has_table_privilege('public', 'ims.term', 'DELETE')
          AND has_table_privilege('public', 'ims.control', 'SELECT'),
          'PUBLIC may read the catalogue but not write it');
SELECT throws_ok($$UPDATE ims.clause SET title = 'x' WHERE standard = '27001:2013' AND ref = '4'$$,
                 '23514', 'built-in rows of ims.clause are read-only', 'a built-in clause cannot be changed');
SELECT throws_ok($$DELETE FROM ims.correspondence WHERE mapping = '27013-A'$$,
                 '23514', 'built-in rows of ims.correspondence are read-only', 'built-in correspondences cannot be deleted');
SELECT throws_ok($$INSERT INTO ims.standard (code, designation, title, year, kind, builtin)
                   VALUES ('9001:2015', 'ISO 9001:2015', 'Quality management systems', 2015, 'requirements', true)$$,
                 '23514', 'built-in rows of ims.standard are read-only', 'users cannot insert built-in rows');
SELECT lives_ok($$INSERT INTO ims.standard (code, designation, title, year, kind)
                  VALUES ('9001:2015', 'ISO 9001:2015', 'Quality management systems', 2015, 'requirements')$$,
                'users can add rows of their own');
SELECT throws_ok($$INSERT INTO ims.clause (standard, ref, title, parent_ref) VALUES ('9001:2015', '4.1', 'x', '4')$$,
                 '23503', NULL, 'a clause needs its parent (clause_parent_fk)');
SELECT throws_ok($$INSERT INTO ims.correspondence (mapping, from_standard, from_ref, to_standard, to_ref, relation, provenance)
                   VALUES ('27013-A', '27001:2013', '4.9', '20000-1:2018', '4', 'partial', 'user')$$,
                 '23503', '27001:2013 4.9 is not a clause of the catalogue', 'a correspondence end point must exist');

SELECT * FROM finish();
ROLLBACK;
