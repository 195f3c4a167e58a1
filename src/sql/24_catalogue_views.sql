-- The catalogue (issue 3), part 4: reporting views.

CREATE VIEW ims.control_catalogue AS
WITH pair AS (
    SELECT c.from_ref AS ref_2013, c.to_ref AS ref_2022, c.relation, c.provenance, c.note
    FROM ims.correspondence_in_force c
    WHERE c.mapping = '27002-B'
    UNION ALL     -- controls of either edition that no row in force mentions
    SELECT k.ref, NULL, NULL, NULL, NULL FROM ims.control k
    WHERE k.standard = '27001:2013' AND k.kind = 'control'
      AND NOT EXISTS (SELECT 1 FROM ims.correspondence_in_force c
                      WHERE c.mapping = '27002-B' AND c.from_ref OPERATOR(ims.=) k.ref)
    UNION ALL
    SELECT NULL, k.ref, NULL, NULL, NULL FROM ims.control k
    WHERE k.standard = '27001:2022' AND k.kind = 'control'
      AND NOT EXISTS (SELECT 1 FROM ims.correspondence_in_force c
                      WHERE c.mapping = '27002-B' AND c.to_ref OPERATOR(ims.=) k.ref)
)
SELECT p.ref_2013,
       a.title                    AS title_2013,
       a.parent_ref               AS objective_2013,
       o.title                    AS objective_title_2013,
       ims.isoref_parent(a.parent_ref) AS domain_2013,
       p.ref_2022,
       b.ref_27002,
       b.title                    AS title_2022,
       b.theme,
       b.new_in_edition           AS new_in_2022,
       b.control_type,
       b.security_properties,
       b.cybersecurity_concepts,
       b.operational_capabilities,
       b.security_domains,
       p.relation,
       p.provenance,
       p.note
FROM pair p
LEFT JOIN ims.control a ON a.standard = '27001:2013' AND a.ref OPERATOR(ims.=) p.ref_2013
LEFT JOIN ims.control o ON o.standard = '27001:2013' AND o.ref OPERATOR(ims.=) a.parent_ref
LEFT JOIN ims.control b ON b.standard = '27001:2022' AND b.ref OPERATOR(ims.=) p.ref_2022;
COMMENT ON VIEW ims.control_catalogue IS
    'the 27001:2013 and 27001:2022 Annex A controls side by side through the 27002:2022 Annex B correspondence in '
    'force: one row per pair, plus one per control without a counterpart (the other side NULL); '
    'ORDER BY ref_2022, ref_2013 gives the 2022 order';
COMMENT ON COLUMN ims.control_catalogue.ref_2013 IS '27001:2013 control (A.5.1.1 ...), NULL for a control new in 2022';
COMMENT ON COLUMN ims.control_catalogue.title_2013 IS 'title of the 2013 control';
COMMENT ON COLUMN ims.control_catalogue.objective_2013 IS 'control objective of the 2013 control';
COMMENT ON COLUMN ims.control_catalogue.objective_title_2013 IS 'title of that control objective';
COMMENT ON COLUMN ims.control_catalogue.domain_2013 IS 'domain of the 2013 control (A.5 ... A.18)';
COMMENT ON COLUMN ims.control_catalogue.ref_2022 IS '27001:2022 control in Annex A form (A.5.1 ...), NULL if the 2013 control has none';
COMMENT ON COLUMN ims.control_catalogue.ref_27002 IS 'the same 2022 control in 27002:2022 form (5.1 ...)';
COMMENT ON COLUMN ims.control_catalogue.title_2022 IS 'title of the 2022 control';
COMMENT ON COLUMN ims.control_catalogue.theme IS 'theme of the 2022 control';
COMMENT ON COLUMN ims.control_catalogue.new_in_2022 IS 'true when the 2022 control is new in 2022';
COMMENT ON COLUMN ims.control_catalogue.control_type IS '27002:2022 control type of the 2022 control';
COMMENT ON COLUMN ims.control_catalogue.security_properties IS '27002:2022 information security properties, NULL where not known';
COMMENT ON COLUMN ims.control_catalogue.cybersecurity_concepts IS '27002:2022 cybersecurity concepts, NULL where not known';
COMMENT ON COLUMN ims.control_catalogue.operational_capabilities IS '27002:2022 operational capabilities';
COMMENT ON COLUMN ims.control_catalogue.security_domains IS '27002:2022 security domains';
COMMENT ON COLUMN ims.control_catalogue.relation IS 'corresponds, no_counterpart, or NULL when no row in force mentions the control';
COMMENT ON COLUMN ims.control_catalogue.provenance IS 'compiled (built in) or imported';
COMMENT ON COLUMN ims.control_catalogue.note IS 'note of the correspondence row';

CREATE VIEW ims.clause_correspondence AS
WITH pair AS (
    SELECT c.from_ref AS ref_27001, c.to_ref AS ref_20000_1, c.relation, c.provenance, c.note
    FROM ims.correspondence_in_force c
    WHERE c.mapping = '27013-A'
    UNION ALL     -- clauses that no row in force mentions
    SELECT k.ref, NULL, NULL, NULL, NULL FROM ims.clause k
    WHERE k.standard = '27001:2013'
      AND NOT EXISTS (SELECT 1 FROM ims.correspondence_in_force c
                      WHERE c.mapping = '27013-A' AND c.from_ref OPERATOR(ims.=) k.ref)
    UNION ALL
    SELECT NULL, k.ref, NULL, NULL, NULL FROM ims.clause k
    WHERE k.standard = '20000-1:2018'
      AND NOT EXISTS (SELECT 1 FROM ims.correspondence_in_force c
                      WHERE c.mapping = '27013-A' AND c.to_ref OPERATOR(ims.=) k.ref)
)
SELECT coalesce(p.ref_27001, p.ref_20000_1) AS sort_ref,
       p.ref_27001,
       a.title AS title_27001,
       p.ref_20000_1,
       b.title AS title_20000_1,
       coalesce(p.relation::text, 'not mapped') AS relation,
       p.provenance,
       p.note
FROM pair p
LEFT JOIN ims.clause a ON a.standard = '27001:2013' AND a.ref OPERATOR(ims.=) p.ref_27001
LEFT JOIN ims.clause b ON b.standard = '20000-1:2018' AND b.ref OPERATOR(ims.=) p.ref_20000_1;
COMMENT ON VIEW ims.clause_correspondence IS
    'ISO/IEC 27001:2013 clauses and ISO/IEC 20000-1:2018 clauses in one table, from the 27013-A correspondence in '
    'force (our derivation unless imported); clauses no row mentions appear with relation "not mapped"; '
    'ORDER BY sort_ref, ref_27001, ref_20000_1 reads in document order';
COMMENT ON COLUMN ims.clause_correspondence.sort_ref IS 'the 27001 clause, or the 20000-1 clause where there is none: ORDER BY sort_ref gives document order';
COMMENT ON COLUMN ims.clause_correspondence.ref_27001 IS '27001:2013 clause, NULL when the 20000-1 clause has no counterpart';
COMMENT ON COLUMN ims.clause_correspondence.title_27001 IS 'title of the 27001:2013 clause';
COMMENT ON COLUMN ims.clause_correspondence.ref_20000_1 IS '20000-1:2018 clause, NULL when the 27001 clause has no counterpart';
COMMENT ON COLUMN ims.clause_correspondence.title_20000_1 IS 'title of the 20000-1:2018 clause';
COMMENT ON COLUMN ims.clause_correspondence.relation IS 'equivalent_hls, partial, topical, no_counterpart, or not mapped';
COMMENT ON COLUMN ims.clause_correspondence.provenance IS 'derived (built in, our judgement) or imported';
COMMENT ON COLUMN ims.clause_correspondence.note IS 'why the clauses correspond';

GRANT SELECT ON ims.correspondence_in_force, ims.term_in_force, ims.catalogue_item,
                ims.control_catalogue, ims.clause_correspondence TO PUBLIC;
