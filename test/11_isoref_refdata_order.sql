-- ORDER BY isoref reproduces the row order of every clause tree and Annex A
-- file in ../shared/refdata (they are in document order).
BEGIN;
SELECT plan(7);

CREATE TEMP TABLE clauses (standard text, ref text, title text, parent_ref text,
                           verification text, sources text, note text,
                           line serial);
CREATE TEMP TABLE clauses_2022 (standard text, ref text, title text, parent_ref text,
                                verification text, line serial);
CREATE TEMP TABLE annexa_2013 (ref text, title text, kind text, objective_ref text, domain_ref text,
                               verification text, sources text, note text, line serial);
CREATE TEMP TABLE annexa_2022 (ref text, ref_annex_a text, title text, theme text, new_in_2022 text,
                               control_type text, information_security_properties text,
                               cybersecurity_concepts text, operational_capabilities text,
                               security_domains text, title_verification text,
                               attribute_verification text, sources text, note text, line serial);

\copy clauses (standard, ref, title, parent_ref, verification, sources, note) FROM '../shared/refdata/iso27001_2013_clauses.csv' WITH (FORMAT csv, HEADER)
\copy clauses (standard, ref, title, parent_ref, verification, sources, note) FROM '../shared/refdata/iso20000_1_2018_clauses.csv' WITH (FORMAT csv, HEADER)
\copy clauses_2022 (standard, ref, title, parent_ref, verification) FROM '../shared/refdata/iso27001_2022_clauses.csv' WITH (FORMAT csv, HEADER)
\copy annexa_2013 (ref, title, kind, objective_ref, domain_ref, verification, sources, note) FROM '../shared/refdata/iso27001_2013_annexA.csv' WITH (FORMAT csv, HEADER)
\copy annexa_2022 (ref, ref_annex_a, title, theme, new_in_2022, control_type, information_security_properties, cybersecurity_concepts, operational_capabilities, security_domains, title_verification, attribute_verification, sources, note) FROM '../shared/refdata/iso27001_2022_annexA.csv' WITH (FORMAT csv, HEADER)

SELECT is((SELECT count(*)::int FROM clauses) + (SELECT count(*)::int FROM clauses_2022)
          + (SELECT count(*)::int FROM annexa_2013) + (SELECT count(*)::int FROM annexa_2022),
          38 + 84 + 44 + 163 + 93, 'every row of the five files is loaded');
SELECT results_eq($$SELECT ref FROM clauses WHERE standard = 'ISO/IEC 27001:2013' ORDER BY line$$,
                  $$SELECT ref FROM clauses WHERE standard = 'ISO/IEC 27001:2013' ORDER BY ref::ims.isoref$$,
                  'iso27001_2013_clauses.csv is in isoref order');
SELECT results_eq($$SELECT ref FROM clauses WHERE standard = 'ISO/IEC 20000-1:2018' ORDER BY line$$,
                  $$SELECT ref FROM clauses WHERE standard = 'ISO/IEC 20000-1:2018' ORDER BY ref::ims.isoref$$,
                  'iso20000_1_2018_clauses.csv is in isoref order');
SELECT results_eq($$SELECT ref FROM clauses_2022 ORDER BY line$$,
                  $$SELECT ref FROM clauses_2022 ORDER BY ref::ims.isoref$$,
                  'iso27001_2022_clauses.csv is in isoref order');
SELECT results_eq($$SELECT ref FROM annexa_2013 ORDER BY line$$,
                  $$SELECT ref FROM annexa_2013 ORDER BY ref::ims.isoref$$,
                  'iso27001_2013_annexA.csv is in isoref order');
SELECT results_eq($$SELECT ref FROM annexa_2022 ORDER BY line$$,
                  $$SELECT ref FROM annexa_2022 ORDER BY ref::ims.isoref$$,
                  'iso27001_2022_annexA.csv (27002 numbers) is in isoref order');
SELECT results_eq($$SELECT ref_annex_a FROM annexa_2022 ORDER BY line$$,
                  $$SELECT ref_annex_a FROM annexa_2022 ORDER BY ref_annex_a::ims.isoref$$,
                  'iso27001_2022_annexA.csv (Annex A numbers) is in isoref order');

SELECT * FROM finish();
ROLLBACK;
