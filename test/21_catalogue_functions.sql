-- The catalogue: ims.corresponding, ims.clause_tree, ims.integration_plan,
-- ims.import_correspondence, the term functions and the two views.
BEGIN;
SELECT plan(81);

-- ---------------------------------------------------------------------------
-- ims.corresponding: direct maps.
SELECT results_eq(
    $$SELECT ref::text, hops, relations::text[], provenances::text[]
      FROM ims.corresponding('27001:2013', 'A.12.1.2', '20000-1:2018')$$,
    $$VALUES ('8.5.1', 1, '{topical}'::text[], '{derived}'::text[]), ('8.5.1.1', 1, '{topical}', '{derived}'),
             ('8.5.1.3', 1, '{topical}', '{derived}'), ('8.7.3.2', 1, '{umbrella}', '{derived}')$$,
    'A.12.1.2 maps directly to four 20000-1 requirements, in document order, with relation and provenance');
SELECT ok((SELECT bool_and(path = ARRAY['27001:2013 A.12.1.2', '20000-1:2018 ' || ref::text])
           FROM ims.corresponding('27001:2013', 'A.12.1.2', '20000-1:2018')),
          'a direct result has a path of two items');
SELECT ok(EXISTS (SELECT 1 FROM ims.corresponding('20000-1:2018', '8.5.1', '27001:2013') WHERE ref = 'A.12.1.2'),
          'correspondences are followed in both directions');
SELECT is((SELECT title FROM ims.corresponding('27001:2013', '6.1.2', '20000-1:2018') WHERE ref = '8.7.3.2'),
          'Information security controls', 'results carry the target title');

-- Several hops: 27001:2022 control -> 27001:2013 control(s) -> 20000-1 requirement(s).
SELECT results_eq(
    $$SELECT ref::text, hops, path, relations::text[], provenances::text[]
      FROM ims.corresponding('27001:2022', 'A.8.32', '20000-1:2018') WHERE ref = '8.5.1.3'$$,
    $$VALUES ('8.5.1.3', 2, ARRAY['27001:2022 A.8.32', '27001:2013 A.12.1.2', '20000-1:2018 8.5.1.3'],
              '{corresponds,topical}'::text[], '{compiled,derived}'::text[])$$,
    'a 2022 control reaches 20000-1 through its 2013 control, with the full path');
SELECT is((SELECT route FROM ims.corresponding('27001:2022', 'A.8.32', '20000-1:2018') WHERE ref = '8.5.1.3'),
          '27001:2022 A.8.32 -[corresponds, compiled]-> 27001:2013 A.12.1.2 -[topical, derived]-> 20000-1:2018 8.5.1.3',
          'route is the readable form of the path');
SELECT ok((SELECT bool_and(cardinality(path) = hops + 1 AND cardinality(relations) = hops AND cardinality(provenances) = hops)
           FROM ims.corresponding('20000-1:2018', '8.7.3.2', '27001:2022', all_paths => true)),
          'every path has hops + 1 items and one relation and provenance per hop');
SELECT is((SELECT count(*)::int FROM ims.corresponding('27001:2022', 'A.5.1', '20000-1:2018')),
          (SELECT count(DISTINCT ref)::int FROM ims.corresponding('27001:2022', 'A.5.1', '20000-1:2018', all_paths => true)),
          'no duplicates: one row per target item');
SELECT is((SELECT count(*)::int FROM ims.corresponding('27001:2022', 'A.5.1', '20000-1:2018', all_paths => true) WHERE ref = '8.7.3.2'),
          2, 'all_paths gives both routes to 8.7.3.2 (through A.5.1.1 and A.5.1.2)');
SELECT is((SELECT path FROM ims.corresponding('27001:2022', 'A.5.1', '20000-1:2018') WHERE ref = '8.7.3.2'),
          ARRAY['27001:2022 A.5.1', '27001:2013 A.5.1.1', '20000-1:2018 8.7.3.2'],
          'without all_paths the first shortest path is kept');
SELECT is_empty($$
    SELECT 1 FROM ims.corresponding('20000-1:2018', '8.7.3.2', '27001:2022', all_paths => true) r
    WHERE (SELECT count(DISTINCT split_part(p, ' ', 1)) FROM unnest(r.path) p) <> cardinality(r.path)$$,
    'no cycles: no path passes through a standard twice');
SELECT is((SELECT count(*)::int FROM ims.corresponding('27001:2022', 'A.8.32', '20000-1:2018', max_hops => 1)), 0,
          'the hop limit is respected (1 hop is not enough from 2022 to 20000-1)');
SELECT is((SELECT count(*)::int FROM ims.corresponding('27001:2022', 'A.5.7', '20000-1:2018')), 0,
          'a control new in 2022 has no correspondence in 20000-1');
SELECT is((SELECT path FROM ims.corresponding('27001:2022', '9.2.2', '20000-1:2018')),
          ARRAY['27001:2022 9.2.2', '27001:2013 9.2', '20000-1:2018 9.2'],
          'a 27001:2022 clause reaches 20000-1 through our 27001 edition map');
SELECT set_eq($$SELECT ref FROM ims.corresponding('27002:2022', '8.32', '20000-1:2018')$$,
              $$SELECT ref FROM ims.corresponding('27001:2022', 'A.8.32', '20000-1:2018')$$,
              '27002:2022 numbers are accepted for the 27001:2022 controls');
SELECT results_eq(
    $$SELECT standard, ref::text FROM ims.corresponding('27001:2013', 'A.12.1.2', '27002:2022')$$,
    $$VALUES ('27002:2022', '8.32')$$,
    'target 27002:2022 answers in 27002 numbering');

-- Errors.
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2099', 'A.5.1', '20000-1:2018')$$,
                 '22023', 'unknown standard code "27001:2099"', 'an unknown source standard is an error');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2013', 'A.5.1.1', 'ITIL4')$$,
                 '22023', 'unknown standard code "ITIL4"', 'an unknown target standard is an error');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2013', 'A.5.9.9', '20000-1:2018')$$,
                 '22023', 'standard 27001:2013 has no clause or control A.5.9.9', 'an unknown item is an error');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2013', 'A.x', '20000-1:2018')$$,
                 '22P02', NULL, 'a malformed number is invalid text');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2013', 'A.5.1.1', '27001:2013')$$,
                 '22023', 'from_standard and to_standard are both 27001:2013', 'same source and target is an error');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27001:2013', 'A.5.1.1', '20000-1:2018', max_hops => 0)$$,
                 '22023', 'max_hops must be between 1 and 5, not 0', 'the hop limit is checked');
SELECT throws_ok($$SELECT * FROM ims.corresponding('27002:2022', '9.1', '20000-1:2018')$$,
                 '22023', 'no control 9.1 in ISO/IEC 27002:2022', 'an unknown 27002 number is an error');

-- ---------------------------------------------------------------------------
-- ims.clause_tree
SELECT is((SELECT count(*)::int FROM ims.clause_tree('20000-1:2018')), 84, 'the 20000-1 tree has 84 clauses');
SELECT results_eq(
    $$SELECT ref FROM ims.clause_tree('27001:2022')$$,
    $$SELECT ref FROM ims.clause WHERE standard = '27001:2022' ORDER BY ref$$,
    'the tree is in document order');
SELECT results_eq(
    $$SELECT depth, path::text[], line, has_children FROM ims.clause_tree('20000-1:2018') WHERE ref = '8.5.1.3'$$,
    $$VALUES (4, '{8,8.5,8.5.1,8.5.1.3}'::text[], '      8.5.1.3 Change management activities', false)$$,
    'depth, path and an indented line');
SELECT is((SELECT string_agg(ref::text, ' ' ORDER BY ordinality) FROM ims.clause_tree('27001:2013') WITH ORDINALITY
           WHERE ref <@ '10'), '10 10.1 10.2', 'children follow their parent');
SELECT is((SELECT count(*)::int FROM ims.clause_tree('27001:2013', include_controls => true)), 38 + 163,
          'include_controls adds the Annex A rows after the clauses');
SELECT throws_ok($$SELECT * FROM ims.clause_tree('27000:2018')$$, '22023',
                 'standard 27000:2018 has no clause tree in the catalogue', 'a standard without a clause tree is an error');
SELECT throws_ok($$SELECT * FROM ims.clause_tree('nope')$$, '22023', 'unknown standard code "nope"',
                 'an unknown standard is an error');

-- ---------------------------------------------------------------------------
-- ims.integration_plan
SELECT results_eq(
    $$SELECT action, count(*)::int FROM ims.integration_plan('isms') GROUP BY action ORDER BY action$$,
    $$VALUES ('extend', 35), ('new', 42)$$,
    'isms: the 77 requirements of 20000-1 clauses 4-10, extend or new');
SELECT ok((SELECT bool_and(standard = '20000-1:2018') FROM ims.integration_plan('isms')),
          'isms: the plan lists the SMS requirements to add');
SELECT results_eq(
    $$SELECT action, counterpart_standard, counterpart_refs::text[] FROM ims.integration_plan('isms') WHERE ref = '5.2.1'$$,
    $$VALUES ('extend', '27001:2013', '{5.2}'::text[])$$,
    'isms: 20000-1 5.2.1 extends the ISMS policy clause 5.2');
SELECT results_eq(
    $$SELECT action, counterpart_refs FROM ims.integration_plan('isms') WHERE ref = '6.3'$$,
    $$VALUES ('new', NULL::ims.isoref[])$$,
    'isms: 20000-1 6.3 is new');
SELECT ok((SELECT advice FROM ims.integration_plan('isms') WHERE ref = '5.2') LIKE '%27001:2013 5.2 (Policy)%',
          'the advice names the counterpart clause');
SELECT results_eq(
    $$SELECT step FROM ims.integration_plan('both_separate')$$,
    $$SELECT generate_series(1, (SELECT count(*)::int FROM ims.integration_plan('both_separate')))$$,
    'steps are numbered 1..n in plan order');
SELECT is_empty($$
    SELECT 1 FROM (SELECT section, lag(section) OVER (ORDER BY step) AS prev FROM ims.integration_plan('both_separate')) x
    WHERE x.section < x.prev$$,
    'the plan is grouped by section (clauses 4 to 10 in order)');
SELECT results_eq(
    $$SELECT action, count(*)::int FROM ims.integration_plan('both_separate') GROUP BY action ORDER BY action$$,
    $$VALUES ('keep', 42), ('merge', 35)$$,
    'both_separate: pairs are merged, the rest kept');
SELECT results_eq(
    $$SELECT standard, action FROM ims.integration_plan('both_separate') WHERE ref = '6.1.2'$$,
    $$VALUES ('27001:2013', 'merge')$$,
    'both_separate: a pair is listed once, under the 27001 clause');
SELECT results_eq(
    $$SELECT action, count(*)::int FROM ims.integration_plan('none') GROUP BY action ORDER BY action$$,
    $$VALUES ('new', 42), ('shared', 35)$$,
    'none: shared requirements are built once');
SELECT ok((SELECT bool_and(standard = '27001:2013' AND action = 'extend') FROM ims.integration_plan('sms')),
          'sms: every ISMS requirement extends an SMS process (derived map)');
SELECT throws_ok($$SELECT * FROM ims.integration_plan('greenfield')$$, '22023', 'unknown starting point "greenfield"',
                 'an unknown starting point is an error');

-- ---------------------------------------------------------------------------
-- Views (before any import).
SELECT is((SELECT count(*)::int FROM ims.control_catalogue), 126,
          'control_catalogue: 115 pairs and 11 new controls');
SELECT ok((SELECT bool_and(new_in_2022 AND relation = 'no_counterpart') FROM ims.control_catalogue WHERE ref_2013 IS NULL)
          AND (SELECT count(*) FROM ims.control_catalogue WHERE ref_2013 IS NULL) = 11,
          'control_catalogue: the rows without a 2013 control are the 11 new ones');
SELECT results_eq(
    $$SELECT title_2013, objective_2013::text, domain_2013::text, ref_2022::text, ref_27002::text, title_2022, control_type::text[]
      FROM ims.control_catalogue WHERE ref_2013 = 'A.12.1.2'$$,
    $$VALUES ('Change management', 'A.12.1', 'A.12', 'A.8.32', '8.32', 'Change management', '{preventive}'::text[])$$,
    'control_catalogue: both control sets side by side');
SELECT is((SELECT count(*)::int FROM ims.clause_correspondence WHERE relation <> 'not mapped'), 58,
          'clause_correspondence: the 58 derived rows');
SELECT results_eq(
    $$SELECT title_27001, title_20000_1, relation, provenance::text FROM ims.clause_correspondence
      WHERE ref_27001 = '6.1.2' AND ref_20000_1 = '8.7.3.2'$$,
    $$VALUES ('Information security risk assessment', 'Information security controls', 'topical', 'derived')$$,
    'clause_correspondence: one readable row per pair');
SELECT ok(EXISTS (SELECT 1 FROM ims.clause_correspondence WHERE ref_20000_1 = '8.5.1.3' AND relation = 'not mapped'),
          'clause_correspondence: clauses no row mentions are listed as not mapped');

-- ---------------------------------------------------------------------------
-- ims.import_correspondence
SELECT is(ims.import_correspondence('27013-A',
              E'from_ref,to_ref,relation,note\r\n4,4,equivalent,"official, row 1"\r\n4.1,4.1,equivalent,\r\n,6.3,no_counterpart,\r\n'),
          3, 'an import returns the number of rows');
SELECT results_eq(
    $$SELECT provenance::text, count(*)::int FROM ims.correspondence_in_force WHERE mapping = '27013-A' GROUP BY 1$$,
    $$VALUES ('imported', 3)$$,
    'imported rows replace the derived rows of their mapping');
SELECT is((SELECT count(*)::int FROM ims.correspondence WHERE mapping = '27013-A' AND builtin), 58,
          'the built-in rows stay in the table (so a restore does not duplicate them)');
SELECT is((SELECT note FROM ims.correspondence WHERE mapping = '27013-A' AND NOT builtin AND from_ref = '4'),
          'official, row 1', 'quoted fields are read');
SELECT results_eq(
    $$SELECT ref::text, provenances::text[] FROM ims.corresponding('27001:2013', '4', '20000-1:2018')$$,
    $$VALUES ('4', '{imported}'::text[])$$,
    'ims.corresponding follows the imported rows');
SELECT is((SELECT count(*)::int FROM ims.clause_correspondence WHERE provenance = 'imported'), 3,
          'the clause view shows the imported rows');
SELECT ok((SELECT count(*) FROM ims.correspondence_in_force WHERE mapping = '27013-B') = 198,
          'an import touches only its own mapping');

-- All or nothing, with the line number.
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A',
                     E'from_ref,to_ref,relation\r\n5,5,equivalent\r\n5.9,5.1,partial\r\n')$$,
                 '23503', 'CSV line 3: 27001:2013 5.9 is not a clause of the catalogue',
                 'an unknown clause fails with its line number');
SELECT results_eq(
    $$SELECT from_ref::text FROM ims.correspondence WHERE mapping = '27013-A' AND NOT builtin ORDER BY from_ref NULLS FIRST$$,
    $$VALUES (NULL::text), ('4'), ('4.1')$$,
    'a failed import leaves the previous import untouched');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A',
                     E'from_ref,to_ref,relation,note\n5,5,equivalent,"two\nlines"\n5.x,5.1,partial,\n')$$,
                 '22P02', 'CSV line 4: invalid clause or control number',
                 'line numbers count the lines inside quoted fields');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n5,5,same\n')$$,
                 '22P02', 'CSV line 2: unknown relation "same"', 'an unknown relation is reported');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n5,5,equivalent\n5,5,partial\n')$$,
                 '23505', 'CSV line 3: the pair 5 -> 5 appears twice', 'a duplicate pair is reported');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n5,5\n')$$,
                 '22P04', 'CSV line 2: 2 fields, the header has 3', 'a short row is reported');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n5,"5,equivalent\n')$$,
                 '22P04', 'CSV line 2: unterminated quoted field', 'an unterminated quote is reported');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\n5,5,equivalent\n5.1,,partial\n')$$,
                 '23514', 'CSV line 3: relation partial does not fit the row', 'an empty side needs no_counterpart');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'ref_a,ref_b,relation\n5,5,equivalent\n')$$,
                 '22P04', 'CSV line 1: unknown column "ref_a"', 'the header is checked');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-A', E'from_ref,to_ref,relation\r\n')$$,
                 '22023', 'the CSV text has no data rows', 'an import must bring rows');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-Z', E'from_ref,to_ref,relation\n5,5,equivalent\n')$$,
                 '22023', 'unknown mapping "27013-Z"', 'an unknown mapping is an error');
SELECT throws_ok($$SELECT ims.import_correspondence('27013-B', E'from_ref,to_ref,relation\nA.5.1.1,A.5.1.1,topical\n')$$,
                 '23503', 'CSV line 2: 20000-1:2018 A.5.1.1 is not a clause of the catalogue',
                 'end points are checked against the kind of the mapping');
SELECT is(ims.import_correspondence('27002-B', E'from_ref,to_ref,relation\nA.5.1.1,5.1,corresponds\nA.5.1.2,A.5.1,corresponds\n'),
          2, '27002 numbers are accepted for 27001:2022 controls');
SELECT is((SELECT count(*)::int FROM ims.control_catalogue WHERE provenance = 'imported'), 2,
          'the control view follows the imported rows');
SELECT is(ims.drop_imported_correspondence('27013-A'), 3, 'drop_imported_correspondence removes the import');
SELECT is((SELECT count(*)::int FROM ims.correspondence_in_force WHERE mapping = '27013-A' AND provenance = 'derived'), 58,
          'and the derived rows are in force again');

-- ---------------------------------------------------------------------------
-- Terms.
SELECT results_eq(
    $$SELECT standard, ref::text, membership::text FROM ims.term_lookup('Audit')$$,
    $$VALUES ('20000-1:2018', '3.1.1', 'yes'), ('27000:2018', '3.3', 'yes')$$,
    'term_lookup: audit is defined by both standards (case-insensitive)');
SELECT results_eq(
    $$SELECT standard, membership::text FROM ims.term_lookup('asset')$$,
    $$VALUES ('27000:2018', 'no'), ('20000-1:2018', 'unconfirmed')$$,
    'term_lookup shows unconfirmed memberships');
SELECT is_empty($$SELECT * FROM ims.term_lookup('no such term')$$, 'an unknown term has no rows');
SELECT is((SELECT count(*)::int FROM ims.terms_only_in('27000:2018', '20000-1:2018')), 43,
          'terms only 27000:2018 defines (verified membership)');
SELECT is((SELECT count(*)::int FROM ims.terms_only_in('27000:2018', '20000-1:2018', include_unconfirmed => true)), 60,
          'with unconfirmed memberships counted as maybe');
SELECT is((SELECT count(*)::int FROM ims.terms_only_in('20000-1:2018', '27000:2018', true)), 22,
          'terms only 20000-1:2018 may define');
SELECT throws_ok($$SELECT * FROM ims.terms_only_in('27001:2013', '27000:2018')$$, '22023',
                 'standard 27001:2013 has no vocabulary in the catalogue', 'a standard without terms is an error');
INSERT INTO ims.term (term, standard, ref, membership, verification, note)
VALUES ('asset', '20000-1:2018', '3.2.1', 'yes', 'checked against the standard', 'test correction');
SELECT results_eq(
    $$SELECT membership::text, ref::text, corrected FROM ims.term_lookup('asset') WHERE standard = '20000-1:2018'$$,
    $$VALUES ('yes', '3.2.1', true)$$,
    'a user row corrects the built-in term row');
SELECT ok(EXISTS (SELECT 1 FROM ims.terms_only_in('20000-1:2018', '27000:2018') WHERE term = 'asset'),
          'and the term functions use the correction');

SELECT is((SELECT count(*)::int FROM ims.control_catalogue WHERE relation IS NULL), 112 + 92,
          'after the partial 27002-B import, the controls it does not mention are listed without a relation');

SELECT * FROM finish();
ROLLBACK;
