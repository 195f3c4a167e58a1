-- The catalogue (issue 3), part 2: rows in force and functions.
--
-- Every name is schema-qualified and every isoref comparison is written
-- OPERATOR(ims.=) (or uses the default btree opclass through ORDER BY /
-- DISTINCT), so the functions work with any search_path, including the empty
-- one pg_restore uses.

-- ---------------------------------------------------------------------------
-- Rows in force.

CREATE VIEW ims.correspondence_in_force AS
SELECT c.mapping, c.from_standard, m.from_kind, c.from_ref, c.to_standard, m.to_kind, c.to_ref,
       c.relation, c.provenance, c.verification, c.sources, c.note, c.builtin
FROM ims.correspondence c
JOIN ims.mapping m ON m.code = c.mapping
WHERE NOT (c.builtin AND EXISTS (
          SELECT 1 FROM ims.correspondence i
          WHERE i.mapping = c.mapping AND i.provenance = 'imported'));
COMMENT ON VIEW ims.correspondence_in_force IS
    'the correspondences every function uses: all rows of ims.correspondence, except that once a mapping has '
    'imported rows, its built-in rows are left out (the import replaces them; they come back when the imported '
    'rows are dropped)';

CREATE VIEW ims.term_in_force AS
SELECT t.term, t.standard, t.ref, t.membership, t.verification, t.comparison, t.note, t.builtin,
       NOT t.builtin AND EXISTS (SELECT 1 FROM ims.term b
                                 WHERE b.builtin AND b.standard = t.standard AND b.term = t.term) AS corrected
FROM ims.term t
WHERE NOT (t.builtin AND EXISTS (
          SELECT 1 FROM ims.term u
          WHERE NOT u.builtin AND u.standard = t.standard AND u.term = t.term));
COMMENT ON VIEW ims.term_in_force IS
    'the vocabulary the term functions use: one row per standard and term; a user row (builtin = false) '
    'replaces the built-in row of the same standard and term (corrected = true)';

CREATE VIEW ims.catalogue_item AS
SELECT c.standard, c.ref, c.title, 'clause'::ims.catalogue_item_kind AS kind, c.parent_ref, NULL::ims.isoref AS ref_27002
FROM ims.clause c
UNION ALL
SELECT k.standard, k.ref, k.title, 'control'::ims.catalogue_item_kind, k.parent_ref, k.ref_27002
FROM ims.control k;
COMMENT ON VIEW ims.catalogue_item IS
    'every numbered item of the catalogue, clauses and Annex A rows, with its kind';

-- ---------------------------------------------------------------------------
-- ims.standard_code: validate a standard code.

CREATE FUNCTION ims.standard_code(code text)
RETURNS text
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $fn$
BEGIN
    IF code IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004',
            MESSAGE = 'standard code must not be null',
            HINT = 'Give a code of ims.standard, such as 27001:2022.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ims.standard s WHERE s.code = standard_code.code) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('unknown standard code "%s"', code),
            DETAIL = 'The catalogue (ims.standard) has no standard with this code.',
            HINT = 'Use one of: ' || (SELECT pg_catalog.string_agg(s.code, ', ' ORDER BY s.code) FROM ims.standard s) || '.';
    END IF;
    RETURN code;
END
$fn$;
COMMENT ON FUNCTION ims.standard_code(text) IS
    'returns the code when ims.standard has it; raises 22023 (unknown code, with the known codes in the hint) or 22004 (null)';

-- ---------------------------------------------------------------------------
-- ims.corresponding: what an item corresponds to in another standard.

CREATE FUNCTION ims.corresponding(
    from_standard text,
    from_ref ims.isoref,
    to_standard text,
    max_hops integer DEFAULT 3,
    all_paths boolean DEFAULT false)
RETURNS TABLE (
    standard    text,
    ref         ims.isoref,
    title       text,
    kind        ims.catalogue_item_kind,
    hops        integer,
    path        text[],
    relations   ims.correspondence_relation[],
    provenances ims.catalogue_provenance[],
    route       text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $fn$
#variable_conflict use_column
DECLARE
    src_std text := ims.standard_code(corresponding.from_standard);
    dst_std text := ims.standard_code(corresponding.to_standard);
    src_ref ims.isoref := corresponding.from_ref;
    out_27002 boolean := false;
BEGIN
    IF src_ref IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004',
            MESSAGE = 'from_ref must not be null',
            HINT = 'Give a clause or control number such as 8.5.1 or A.12.1.2.';
    END IF;
    IF max_hops IS NULL OR max_hops < 1 OR max_hops > 5 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('max_hops must be between 1 and 5, not %s', coalesce(max_hops::text, 'null')),
            HINT = 'The catalogue links at most four standards; 3 hops is the default.';
    END IF;
    -- ISO/IEC 27002:2022 numbers name the 27001:2022 Annex A controls.
    IF src_std = '27002:2022' THEN
        SELECT k.ref INTO src_ref FROM ims.control k
        WHERE k.standard = '27001:2022' AND k.ref_27002 OPERATOR(ims.=) src_ref;
        IF NOT FOUND THEN
            RAISE EXCEPTION USING ERRCODE = '22023',
                MESSAGE = pg_catalog.format('no control %s in ISO/IEC 27002:2022', corresponding.from_ref),
                DETAIL = 'ISO/IEC 27002:2022 numbers are looked up in ims.control.ref_27002 of the 27001:2022 controls.',
                HINT = 'Give a control number from 5.1 to 8.34.';
        END IF;
        src_std := '27001:2022';
    END IF;
    IF dst_std = '27002:2022' THEN
        dst_std := '27001:2022';
        out_27002 := true;
    END IF;
    IF src_std = dst_std THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('from_standard and to_standard are both %s', src_std),
            HINT = 'Ask for the correspondence between two different standards.';
    END IF;
    IF NOT EXISTS (SELECT 1 FROM ims.catalogue_item i
                   WHERE i.standard = src_std AND i.ref OPERATOR(ims.=) src_ref) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('standard %s has no clause or control %s', src_std, src_ref),
            DETAIL = 'Neither ims.clause nor ims.control has this item.',
            HINT = CASE WHEN src_std = '27001:2022' AND ims.isoref_annex(src_ref) IS NULL
                        THEN 'Controls of 27001:2022 are numbered A.5.1 to A.8.34; for the 27002 form (5.1) use standard 27002:2022.'
                        ELSE 'Look the number up in ims.clause_tree() or ims.control.' END;
    END IF;

    RETURN QUERY
    WITH RECURSIVE edge AS (
        SELECT c.from_standard AS s1, c.from_ref AS r1, c.to_standard AS s2, c.to_ref AS r2, c.to_kind AS k2,
               c.relation, c.provenance
        FROM ims.correspondence_in_force c
        WHERE c.relation <> 'no_counterpart'
        UNION ALL
        SELECT c.to_standard, c.to_ref, c.from_standard, c.from_ref, c.from_kind, c.relation, c.provenance
        FROM ims.correspondence_in_force c
        WHERE c.relation <> 'no_counterpart'
    ), walk AS (
        SELECT src_std AS s, src_ref AS r, NULL::ims.catalogue_item_kind AS k, 0 AS n,
               ARRAY[src_std || ' ' || src_ref::text] AS p,
               ARRAY[]::ims.correspondence_relation[] AS rels,
               ARRAY[]::ims.catalogue_provenance[] AS provs,
               ARRAY[src_std] AS seen
        UNION ALL
        SELECT e.s2, e.r2, e.k2, w.n + 1, w.p || (e.s2 || ' ' || e.r2::text),
               w.rels || e.relation, w.provs || e.provenance, w.seen || e.s2
        FROM walk w
        JOIN edge e ON e.s1 = w.s AND e.r1 OPERATOR(ims.=) w.r
        WHERE w.n < max_hops
          AND w.s <> dst_std                      -- a path ends in the target standard
          AND e.s2 <> ALL (w.seen)                -- never revisit a standard: no cycles
    ), hit AS (
        SELECT DISTINCT ON (w.r, CASE WHEN all_paths THEN w.p END)
               w.s, w.r, w.k, w.n, w.p, w.rels, w.provs
        FROM walk w
        WHERE w.s = dst_std AND w.n > 0
        ORDER BY w.r, CASE WHEN all_paths THEN w.p END, w.n, w.p
    )
    SELECT CASE WHEN out_27002 THEN '27002:2022' ELSE h.s END,
           CASE WHEN out_27002 THEN i.ref_27002 ELSE h.r END,
           i.title, h.k, h.n, h.p, h.rels, h.provs,
           (SELECT pg_catalog.string_agg(
                       CASE WHEN x.o = 1 THEN x.node
                            ELSE ' -[' || h.rels[x.o - 1]::text || ', ' || h.provs[x.o - 1]::text || ']-> ' || x.node END,
                       '' ORDER BY x.o)
            FROM pg_catalog.unnest(h.p) WITH ORDINALITY AS x(node, o))
    FROM hit h
    JOIN ims.catalogue_item i ON i.standard = h.s AND i.ref OPERATOR(ims.=) h.r AND i.kind = h.k
    WHERE NOT out_27002 OR i.ref_27002 IS NOT NULL
    ORDER BY h.r, h.n, h.p;
END
$fn$;
COMMENT ON FUNCTION ims.corresponding(text, ims.isoref, text, integer, boolean) IS
    'what item from_ref of from_standard corresponds to in to_standard, following up to max_hops correspondences '
    '(in force, both directions, never through the same standard twice) when there is no direct map; one row per '
    'target item with its shortest path (all simple paths when all_paths), each hop''s relation and provenance. '
    '27002:2022 is accepted as an alias of the 27001:2022 controls in 27002 numbering';

-- ---------------------------------------------------------------------------
-- ims.clause_tree

CREATE FUNCTION ims.clause_tree(standard text, include_controls boolean DEFAULT false)
RETURNS TABLE (
    ref          ims.isoref,
    parent_ref   ims.isoref,
    depth        integer,
    path         ims.isoref[],
    title        text,
    kind         text,
    has_children boolean,
    line         text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $fn$
#variable_conflict use_column
DECLARE
    std text := ims.standard_code(clause_tree.standard);
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ims.clause c WHERE c.standard = std)
       AND NOT (include_controls AND EXISTS (SELECT 1 FROM ims.control k WHERE k.standard = std)) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('standard %s has no clause tree in the catalogue', std),
            DETAIL = 'Only requirement standards have their clauses in ims.clause.',
            HINT = 'Use one of: ' || (SELECT pg_catalog.string_agg(DISTINCT c.standard, ', ') FROM ims.clause c) || '.';
    END IF;
    RETURN QUERY
    WITH item AS (
        SELECT c.ref, c.parent_ref, c.title, 'clause'::text AS kind
        FROM ims.clause c WHERE c.standard = std
        UNION ALL
        SELECT k.ref, k.parent_ref, k.title, k.kind::text
        FROM ims.control k WHERE include_controls AND k.standard = std
    )
    SELECT i.ref, i.parent_ref, ims.isoref_depth(i.ref),
           ims.isoref_ancestors(i.ref) || i.ref,
           i.title, i.kind,
           EXISTS (SELECT 1 FROM item j WHERE j.parent_ref OPERATOR(ims.=) i.ref),
           pg_catalog.repeat('  ', ims.isoref_depth(i.ref) - 1) || i.ref::text || ' ' || i.title
    FROM item i
    ORDER BY i.ref;
END
$fn$;
COMMENT ON FUNCTION ims.clause_tree(text, boolean) IS
    'the clause tree of a standard in document order with depth, path (ancestors and the clause itself), title and '
    'a line indented two spaces per level; with include_controls, the Annex A rows follow the clauses';

-- ---------------------------------------------------------------------------
-- ims.integration_plan (ISO/IEC 27013:2021 clause 5.3 starting points)

CREATE FUNCTION ims.integration_plan(starting_point text)
RETURNS TABLE (
    step                 integer,
    section              ims.isoref,
    section_title        text,
    standard             text,
    ref                  ims.isoref,
    title                text,
    depth                integer,
    action               text,
    counterpart_standard text,
    counterpart_refs     ims.isoref[],
    counterpart_titles   text[],
    relations            ims.correspondence_relation[],
    provenance           ims.catalogue_provenance[],
    advice               text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $fn$
#variable_conflict use_column
DECLARE
    isms constant text := '27001:2013';
    sms  constant text := '20000-1:2018';
BEGIN
    IF starting_point IS NULL OR starting_point NOT IN ('none', 'isms', 'sms', 'both_separate') THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('unknown starting point "%s"', coalesce(starting_point, 'null')),
            DETAIL = 'ISO/IEC 27013:2021 clause 5.3 distinguishes: neither system exists, one of them exists, both exist separately.',
            HINT = 'Use none, isms (an ISMS exists), sms (an SMS exists) or both_separate.';
    END IF;
    RETURN QUERY
    WITH pair AS (            -- clause correspondences in force, with a partner on both sides
        SELECT c.from_ref AS r27, c.to_ref AS r20, c.relation, c.provenance
        FROM ims.correspondence_in_force c
        WHERE c.mapping = '27013-A' AND c.from_ref IS NOT NULL AND c.to_ref IS NOT NULL
    ), req AS (               -- the requirements: clauses 4 to 10 of both standards
        SELECT c.standard, c.ref, c.title
        FROM ims.clause c
        WHERE c.standard IN (isms, sms) AND ims.isoref_number(c.ref, 1) >= 4
    ), cp AS (                -- each requirement with its counterparts in the other standard
        SELECT q.standard, q.ref, q.title,
               CASE WHEN q.standard = isms THEN sms ELSE isms END AS other,
               (SELECT pg_catalog.array_agg(x.r ORDER BY x.r) FROM (
                    SELECT DISTINCT CASE WHEN q.standard = isms THEN p.r20 ELSE p.r27 END AS r
                    FROM pair p
                    WHERE CASE WHEN q.standard = isms THEN p.r27 ELSE p.r20 END OPERATOR(ims.=) q.ref) x) AS refs,
               (SELECT pg_catalog.array_agg(DISTINCT p.relation)
                FROM pair p
                WHERE CASE WHEN q.standard = isms THEN p.r27 ELSE p.r20 END OPERATOR(ims.=) q.ref) AS rels,
               (SELECT pg_catalog.array_agg(DISTINCT p.provenance)
                FROM pair p
                WHERE CASE WHEN q.standard = isms THEN p.r27 ELSE p.r20 END OPERATOR(ims.=) q.ref) AS provs
        FROM req q
    ), plan AS (
        SELECT cp.*,
               CASE starting_point
                   WHEN 'isms' THEN CASE WHEN cp.refs IS NULL THEN 'new' ELSE 'extend' END
                   WHEN 'sms'  THEN CASE WHEN cp.refs IS NULL THEN 'new' ELSE 'extend' END
                   WHEN 'both_separate' THEN CASE WHEN cp.refs IS NULL THEN 'keep' ELSE 'merge' END
                   ELSE CASE WHEN cp.refs IS NULL THEN 'new' ELSE 'shared' END
               END AS action
        FROM cp
        WHERE CASE starting_point
                  WHEN 'isms' THEN cp.standard = sms      -- the SMS is to be built next to the ISMS
                  WHEN 'sms'  THEN cp.standard = isms     -- the ISMS is to be built next to the SMS
                  ELSE cp.standard = isms OR cp.refs IS NULL   -- pairs once, under the 27001 clause
              END    ), described AS (
        SELECT p.*,
               (SELECT pg_catalog.array_agg(c.title ORDER BY c.ref)
                FROM ims.clause c
                WHERE c.standard = p.other AND c.ref OPERATOR(ims.=) ANY (p.refs)) AS titles,
               (SELECT pg_catalog.string_agg(c.standard || ' ' || c.ref::text || ' (' || c.title || ')', ', ' ORDER BY c.ref)
                FROM ims.clause c
                WHERE c.standard = p.other AND c.ref OPERATOR(ims.=) ANY (p.refs)) AS listed,
               CASE WHEN p.standard = isms THEN 'ISMS' ELSE 'SMS' END AS mine,
               CASE WHEN p.standard = isms THEN 'SMS' ELSE 'ISMS' END AS theirs,
               CASE WHEN ims.isoref_depth(p.ref) = 1 THEN p.ref ELSE (ims.isoref_ancestors(p.ref))[1] END AS top
        FROM plan p
    )
    SELECT (pg_catalog.row_number() OVER (ORDER BY d.top, d.ref, d.standard DESC))::integer,
           d.top,
           (SELECT c.title FROM ims.clause c WHERE c.standard = d.standard AND c.ref OPERATOR(ims.=) d.top),
           d.standard, d.ref, d.title, ims.isoref_depth(d.ref), d.action,
           CASE WHEN d.refs IS NOT NULL THEN d.other END,
           d.refs, d.titles, d.rels, d.provs,
           CASE d.action
               WHEN 'extend' THEN pg_catalog.format('Extend what the existing %s does for %s to cover this %s requirement.',
                                                    d.theirs, d.listed, d.mine)
               WHEN 'merge'  THEN pg_catalog.format('Merge with the %s''s %s into one process of the integrated system.',
                                                    d.theirs, d.listed)
               WHEN 'shared' THEN pg_catalog.format('Implement once for both systems, together with %s.', d.listed)
               WHEN 'keep'   THEN pg_catalog.format('Specific to the %s (no counterpart in the %s): keep it and bring it under the integrated system.',
                                                    d.mine, d.theirs)
               ELSE CASE WHEN starting_point = 'none'
                         THEN pg_catalog.format('Specific to the %s (no counterpart in the %s): implement it within the integrated system.',
                                                d.mine, d.theirs)
                         ELSE pg_catalog.format('New: the existing %s has no counterpart; implement it within the integrated system.',
                                                d.theirs) END
           END
    FROM described d
    ORDER BY 1;
END
$fn$;
COMMENT ON FUNCTION ims.integration_plan(text) IS
    'integration plan for an ISO/IEC 27013:2021 clause 5.3 starting point (none, isms, sms, both_separate): each '
    'requirement (clauses 4 to 10 of 27001:2013 and 20000-1:2018) with its action (extend, new, merge, keep, shared), '
    'its counterpart clauses from the 27013-A correspondences in force, and advice; ordered by section and clause';

-- ---------------------------------------------------------------------------
-- CSV (RFC 4180) for the import.

CREATE FUNCTION ims.csv_records(csv text)
RETURNS TABLE (line_no integer, fields text[])
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
DECLARE
    lines    text[] := pg_catalog.regexp_split_to_array(csv, E'\r\n|\n|\r');
    n        integer := pg_catalog.cardinality(lines);
    ln       integer;
    ch       text;
    in_q     boolean := false;   -- inside a quoted field
    after_q  boolean := false;   -- just after a closing quote
    quoted   boolean := false;   -- the current field was quoted
    field    text := '';
    rec      text[];
    start_ln integer;
BEGIN
    FOR ln IN 1 .. n LOOP
        IF in_q THEN
            field := field || E'\n';          -- a line break inside a quoted field
        ELSE
            CONTINUE WHEN lines[ln] = '';      -- blank line (and the end after the last line break)
            start_ln := ln;
            rec := ARRAY[]::text[];
            field := '';
            quoted := false;
            after_q := false;
        END IF;
        FOREACH ch IN ARRAY pg_catalog.string_to_array(lines[ln], NULL) LOOP
            IF in_q THEN
                IF ch = '"' THEN
                    in_q := false;
                    after_q := true;
                ELSE
                    field := field || ch;
                END IF;
            ELSIF ch = '"' THEN
                IF after_q THEN                 -- a doubled quote inside a quoted field
                    field := field || '"';
                    in_q := true;
                    after_q := false;
                ELSIF field = '' AND NOT quoted THEN
                    in_q := true;
                    quoted := true;
                ELSE
                    RAISE EXCEPTION USING ERRCODE = '22P04',
                        MESSAGE = pg_catalog.format('CSV line %s: quote inside an unquoted field', ln),
                        DETAIL = 'A field that contains a quote must be enclosed in quotes, with the quote doubled (RFC 4180).',
                        HINT = 'Write "a ""b"" c" for the field a "b" c.';
                END IF;
            ELSIF ch = ',' THEN
                rec := rec || field;
                field := '';
                quoted := false;
                after_q := false;
            ELSIF after_q THEN
                RAISE EXCEPTION USING ERRCODE = '22P04',
                    MESSAGE = pg_catalog.format('CSV line %s: characters after a closing quote', ln),
                    DETAIL = 'After the closing quote of a field only a comma or the end of the line may follow.',
                    HINT = 'Enclose the whole field in quotes and double the quotes inside it.';
            ELSE
                field := field || ch;
            END IF;
        END LOOP;
        IF NOT in_q THEN
            line_no := start_ln;
            fields := rec || field;
            RETURN NEXT;
        END IF;
    END LOOP;
    IF in_q THEN
        RAISE EXCEPTION USING ERRCODE = '22P04',
            MESSAGE = pg_catalog.format('CSV line %s: unterminated quoted field', start_ln),
            DETAIL = 'The text ends inside a quoted field.',
            HINT = 'Close the field with a quote.';
    END IF;
END
$fn$;
COMMENT ON FUNCTION ims.csv_records(text) IS
    'splits CSV text (RFC 4180; CRLF, LF or CR line ends) into records with the line number each starts on; '
    'blank lines are skipped; malformed quoting raises 22P04 with the line number';

-- ---------------------------------------------------------------------------
-- ims.import_correspondence

CREATE FUNCTION ims.import_correspondence(mapping text, csv text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
AS $fn$
DECLARE
    m        ims.mapping;
    hdr      text[];
    col      text;
    i        integer;
    pos      jsonb := '{}';
    rec      record;
    from_txt text;
    to_txt   text;
    rel_txt  text;
    fr       ims.isoref;
    tr       ims.isoref;
    rel      ims.correspondence_relation;
    rows     ims.correspondence[] := ARRAY[]::ims.correspondence[];
    seen     text[] := ARRAY[]::text[];
    key      text;
    n        integer := 0;
    stamp    text := pg_catalog.format('imported %s by %s', pg_catalog.to_char(pg_catalog.now(), 'YYYY-MM-DD'), session_user);
BEGIN
    IF mapping IS NULL OR csv IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = '22004',
            MESSAGE = 'mapping and csv must not be null',
            HINT = 'Give a mapping code of ims.mapping and the CSV text.';
    END IF;
    SELECT * INTO m FROM ims.mapping WHERE code = import_correspondence.mapping;
    IF NOT FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('unknown mapping "%s"', mapping),
            DETAIL = 'The catalogue (ims.mapping) has no correspondence table with this code.',
            HINT = 'Use one of: ' || (SELECT pg_catalog.string_agg(x.code, ', ' ORDER BY x.code) FROM ims.mapping x) || '.';
    END IF;

    -- The header names the columns; from_ref, to_ref and relation are required.
    FOR rec IN SELECT * FROM ims.csv_records(csv) LOOP
        IF hdr IS NULL THEN
            hdr := rec.fields;
            FOR i IN 1 .. pg_catalog.cardinality(hdr) LOOP
                col := pg_catalog.lower(pg_catalog.btrim(hdr[i]));
                IF col NOT IN ('from_ref', 'to_ref', 'relation', 'note', 'verification', 'sources') THEN
                    RAISE EXCEPTION USING ERRCODE = '22P04',
                        MESSAGE = pg_catalog.format('CSV line %s: unknown column "%s"', rec.line_no, hdr[i]),
                        DETAIL = 'The header may name from_ref, to_ref, relation, note, verification and sources.',
                        HINT = 'Rename or remove the column.';
                END IF;
                IF pos ? col THEN
                    RAISE EXCEPTION USING ERRCODE = '22P04',
                        MESSAGE = pg_catalog.format('CSV line %s: column "%s" appears twice', rec.line_no, col),
                        HINT = 'Name each column once.';
                END IF;
                pos := pos || jsonb_build_object(col, i);
            END LOOP;
            IF NOT (pos ? 'from_ref' AND pos ? 'to_ref' AND pos ? 'relation') THEN
                RAISE EXCEPTION USING ERRCODE = '22P04',
                    MESSAGE = pg_catalog.format('CSV line %s: the header lacks from_ref, to_ref or relation', rec.line_no),
                    DETAIL = pg_catalog.format('The header is: %s.', pg_catalog.array_to_string(hdr, ',')),
                    HINT = 'Start the CSV text with a header such as from_ref,to_ref,relation,note.';
            END IF;
            CONTINUE;
        END IF;

        IF pg_catalog.cardinality(rec.fields) <> pg_catalog.cardinality(hdr) THEN
            RAISE EXCEPTION USING ERRCODE = '22P04',
                MESSAGE = pg_catalog.format('CSV line %s: %s fields, the header has %s',
                                            rec.line_no, pg_catalog.cardinality(rec.fields), pg_catalog.cardinality(hdr)),
                HINT = 'Give every row as many fields as the header; quote fields that contain commas.';
        END IF;
        from_txt := pg_catalog.btrim(rec.fields[(pos ->> 'from_ref')::integer]);
        to_txt   := pg_catalog.btrim(rec.fields[(pos ->> 'to_ref')::integer]);
        rel_txt  := pg_catalog.lower(pg_catalog.btrim(rec.fields[(pos ->> 'relation')::integer]));

        -- numbers
        BEGIN
            fr := NULLIF(from_txt, '')::ims.isoref;
            tr := NULLIF(to_txt, '')::ims.isoref;
        EXCEPTION WHEN invalid_text_representation THEN
            RAISE EXCEPTION USING ERRCODE = '22P02',
                MESSAGE = pg_catalog.format('CSV line %s: invalid clause or control number', rec.line_no),
                DETAIL = pg_catalog.format('from_ref is "%s", to_ref is "%s".', from_txt, to_txt),
                HINT = 'Write numbers such as 8.5.1 or A.12.1.2.';
        END;
        -- relation
        IF rel_txt = 'equivalent_hls' OR rel_txt = ANY (pg_catalog.enum_range(NULL::ims.correspondence_relation)::text[]) THEN
            rel := rel_txt::ims.correspondence_relation;
        ELSIF rel_txt LIKE 'no_counterpart%' THEN
            rel := 'no_counterpart';
        ELSE
            RAISE EXCEPTION USING ERRCODE = '22P02',
                MESSAGE = pg_catalog.format('CSV line %s: unknown relation "%s"', rec.line_no, rel_txt),
                HINT = 'Use one of: ' || pg_catalog.array_to_string(pg_catalog.enum_range(NULL::ims.correspondence_relation)::text[], ', ') || '.';
        END IF;
        IF fr IS NULL AND tr IS NULL THEN
            RAISE EXCEPTION USING ERRCODE = '23502',
                MESSAGE = pg_catalog.format('CSV line %s: from_ref and to_ref are both empty', rec.line_no),
                HINT = 'Give at least one of the two numbers.';
        END IF;
        IF (fr IS NULL OR tr IS NULL) <> (rel = 'no_counterpart') THEN
            RAISE EXCEPTION USING ERRCODE = '23514',
                MESSAGE = pg_catalog.format('CSV line %s: relation %s does not fit the row', rec.line_no, rel),
                DETAIL = 'A row with one number empty has relation no_counterpart, and only such a row.',
                HINT = 'Fill both numbers, or leave one empty and write no_counterpart.',
                CONSTRAINT = 'correspondence_counterpart_check';
        END IF;

        -- validate against the catalogue; a 27002 number (5.1) stands for the Annex A control (A.5.1)
        IF fr IS NOT NULL THEN
            SELECT i.ref INTO fr FROM ims.catalogue_item i
            WHERE i.standard = m.from_standard AND i.kind = m.from_kind
              AND (i.ref OPERATOR(ims.=) fr OR i.ref_27002 OPERATOR(ims.=) fr)
            ORDER BY i.ref OPERATOR(ims.=) fr DESC LIMIT 1;
            IF NOT FOUND THEN
                RAISE EXCEPTION USING ERRCODE = '23503',
                    MESSAGE = pg_catalog.format('CSV line %s: %s %s is not a %s of the catalogue', rec.line_no, m.from_standard, from_txt, m.from_kind),
                    DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
                    HINT = 'Correct the number; see ims.clause_tree() and ims.control.',
                    CONSTRAINT = 'correspondence_from_ref_fk';
            END IF;
        END IF;
        IF tr IS NOT NULL THEN
            SELECT i.ref INTO tr FROM ims.catalogue_item i
            WHERE i.standard = m.to_standard AND i.kind = m.to_kind
              AND (i.ref OPERATOR(ims.=) tr OR i.ref_27002 OPERATOR(ims.=) tr)
            ORDER BY i.ref OPERATOR(ims.=) tr DESC LIMIT 1;
            IF NOT FOUND THEN
                RAISE EXCEPTION USING ERRCODE = '23503',
                    MESSAGE = pg_catalog.format('CSV line %s: %s %s is not a %s of the catalogue', rec.line_no, m.to_standard, to_txt, m.to_kind),
                    DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
                    HINT = 'Correct the number; see ims.clause_tree() and ims.control.',
                    CONSTRAINT = 'correspondence_to_ref_fk';
            END IF;
        END IF;
        key := coalesce(fr::text, '') || '|' || coalesce(tr::text, '');
        IF key = ANY (seen) THEN
            RAISE EXCEPTION USING ERRCODE = '23505',
                MESSAGE = pg_catalog.format('CSV line %s: the pair %s appears twice', rec.line_no, pg_catalog.replace(key, '|', ' -> ')),
                HINT = 'Give each pair once.',
                CONSTRAINT = 'correspondence_key';
        END IF;
        IF EXISTS (SELECT 1 FROM ims.correspondence c
                   WHERE c.mapping = m.code AND c.provenance = 'user'
                     AND c.from_ref IS NULL AND fr IS NULL
                     AND c.to_ref OPERATOR(ims.=) tr
                   UNION ALL
                   SELECT 1 FROM ims.correspondence c
                   WHERE c.mapping = m.code AND c.provenance = 'user'
                     AND c.from_ref OPERATOR(ims.=) fr
                     AND ((c.to_ref IS NULL AND tr IS NULL) OR c.to_ref OPERATOR(ims.=) tr)) THEN
            RAISE EXCEPTION USING ERRCODE = '23505',
                MESSAGE = pg_catalog.format('CSV line %s: the pair %s is already a row added by hand', rec.line_no, pg_catalog.replace(key, '|', ' -> ')),
                HINT = 'Delete the row of provenance user first, or leave the pair out of the CSV text.',
                CONSTRAINT = 'correspondence_key';
        END IF;
        seen := seen || key;
        rows := rows || ROW(m.code, m.from_standard, fr, m.to_standard, tr, rel, 'imported',
                            coalesce(NULLIF(rec.fields[(pos ->> 'verification')::integer], ''), stamp),
                            NULLIF(rec.fields[(pos ->> 'sources')::integer], ''),
                            NULLIF(rec.fields[(pos ->> 'note')::integer], ''),
                            false)::ims.correspondence;
    END LOOP;

    IF pg_catalog.cardinality(rows) = 0 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = 'the CSV text has no data rows',
            DETAIL = CASE WHEN hdr IS NULL THEN 'The text is empty.' ELSE 'The text has a header and nothing else.' END,
            HINT = 'An import replaces the built-in rows of the mapping, so it must bring at least one row; to return to the built-in rows use ims.drop_imported_correspondence.';
    END IF;

    -- All rows are valid: replace the previous import of this mapping.
    DELETE FROM ims.correspondence c WHERE c.mapping = m.code AND c.provenance = 'imported';
    INSERT INTO ims.correspondence SELECT (r).* FROM pg_catalog.unnest(rows) AS r;
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION ims.import_correspondence(text, text) IS
    'loads a correspondence table (e.g. the licensed official ISO/IEC 27013 Annex A or B) from CSV text with the header '
    'from_ref,to_ref,relation[,note,verification,sources]; every row is validated against the catalogue, and a bad row '
    'fails the whole import with its line number and the reason; the rows (provenance imported) replace the previous '
    'import and, in ims.correspondence_in_force, the built-in rows of the mapping; returns the number of rows';

CREATE FUNCTION ims.drop_imported_correspondence(mapping text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
AS $fn$
DECLARE
    n integer;
BEGIN
    IF NOT EXISTS (SELECT 1 FROM ims.mapping m WHERE m.code = drop_imported_correspondence.mapping) THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('unknown mapping "%s"', mapping),
            HINT = 'Use one of: ' || (SELECT pg_catalog.string_agg(x.code, ', ' ORDER BY x.code) FROM ims.mapping x) || '.';
    END IF;
    DELETE FROM ims.correspondence c
    WHERE c.mapping = drop_imported_correspondence.mapping AND c.provenance = 'imported';
    GET DIAGNOSTICS n = ROW_COUNT;
    RETURN n;
END
$fn$;
COMMENT ON FUNCTION ims.drop_imported_correspondence(text) IS
    'deletes the imported rows of a mapping, so that its built-in rows are in force again; returns the number of rows deleted';

-- ---------------------------------------------------------------------------
-- Terms.

CREATE FUNCTION ims.term_lookup(term text)
RETURNS TABLE (
    term         text,
    standard     text,
    designation  text,
    ref          ims.isoref,
    membership   ims.term_membership,
    verification text,
    comparison   text,
    corrected    boolean)
LANGUAGE sql STABLE STRICT PARALLEL SAFE
AS $fn$
    SELECT t.term, t.standard, s.designation, t.ref, t.membership, t.verification, t.comparison, t.corrected
    FROM ims.term_in_force t
    JOIN ims.standard s ON s.code = t.standard
    WHERE pg_catalog.lower(t.term) = pg_catalog.lower(pg_catalog.btrim($1))
    ORDER BY t.membership, t.standard;
$fn$;
COMMENT ON FUNCTION ims.term_lookup(text) IS
    'which standards define a term (case-insensitive): one row per standard with membership (yes first), number and '
    'verification; no rows when the catalogue does not know the term';

CREATE FUNCTION ims.terms_only_in(standard text, other_standard text, include_unconfirmed boolean DEFAULT false)
RETURNS TABLE (
    term               text,
    ref                ims.isoref,
    membership         ims.term_membership,
    other_membership   ims.term_membership,
    verification       text,
    other_verification text)
LANGUAGE plpgsql STABLE PARALLEL SAFE
AS $fn$
#variable_conflict use_column
DECLARE
    s1 text := ims.standard_code(terms_only_in.standard);
    s2 text := ims.standard_code(terms_only_in.other_standard);
    missing text;
BEGIN
    IF s1 = s2 THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('standard and other_standard are both %s', s1),
            HINT = 'Compare two different standards, e.g. 27000:2018 and 20000-1:2018.';
    END IF;
    SELECT x INTO missing FROM pg_catalog.unnest(ARRAY[s1, s2]) AS x
    WHERE NOT EXISTS (SELECT 1 FROM ims.term t WHERE t.standard = x) LIMIT 1;
    IF FOUND THEN
        RAISE EXCEPTION USING ERRCODE = '22023',
            MESSAGE = pg_catalog.format('standard %s has no vocabulary in the catalogue', missing),
            HINT = 'Use one of: ' || (SELECT pg_catalog.string_agg(DISTINCT t.standard, ', ') FROM ims.term t) || '.';
    END IF;
    RETURN QUERY
    SELECT a.term, a.ref, a.membership, b.membership, a.verification, b.verification
    FROM ims.term_in_force a
    LEFT JOIN ims.term_in_force b ON b.standard = s2 AND b.term = a.term
    WHERE a.standard = s1
      AND (a.membership = 'yes' OR (include_unconfirmed AND a.membership = 'unconfirmed'))
      AND (b.membership IS NULL OR b.membership IN ('no', 'no_unverified')
           OR (include_unconfirmed AND b.membership = 'unconfirmed' AND a.membership = 'yes'))
    ORDER BY a.ref NULLS LAST, a.term;
END
$fn$;
COMMENT ON FUNCTION ims.terms_only_in(text, text, boolean) IS
    'the terms standard defines and other_standard does not (membership no or no_unverified, or no row); with '
    'include_unconfirmed, unconfirmed memberships count as "maybe": unconfirmed terms of standard are listed, and '
    'terms unconfirmed in other_standard are not excluded';
