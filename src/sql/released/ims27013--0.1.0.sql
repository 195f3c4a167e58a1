-- ims27013 0.1.0: released 2026-11-28; frozen, never edit (generated from src/sql/*.sql of that release)
\echo Use "CREATE EXTENSION ims27013" to load this file. \quit

-- source: src/sql/00_schema.sql
-- The schema of every object of the extension.  It is created here rather
-- than named in the control file so that it is a member of the extension and
-- DROP EXTENSION removes it.
CREATE SCHEMA ims;

COMMENT ON SCHEMA ims IS
    'ims27013: integrated ISO/IEC 27001 information security and ISO/IEC 20000-1 service management system (ISO/IEC 27013)';

-- source: src/sql/10_isoref.sql
-- ims.isoref: the number of a clause or control of a standard ("8.5.1.3", "A.12.1.2").
-- C implementation: src/isoref.c; reference: docs/isoref.md.

CREATE TYPE ims.isoref;

CREATE FUNCTION ims.isoref_in(cstring) RETURNS ims.isoref
    AS 'MODULE_PATHNAME', 'isoref_in' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_out(ims.isoref) RETURNS cstring
    AS 'MODULE_PATHNAME', 'isoref_out' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_recv(internal) RETURNS ims.isoref
    AS 'MODULE_PATHNAME', 'isoref_recv' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_send(ims.isoref) RETURNS bytea
    AS 'MODULE_PATHNAME', 'isoref_send' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

-- 8 bytes, passed by value where bigint is (LIKE copies length, by-value, alignment, storage).
CREATE TYPE ims.isoref (
    INPUT = ims.isoref_in,
    OUTPUT = ims.isoref_out,
    RECEIVE = ims.isoref_recv,
    SEND = ims.isoref_send,
    LIKE = pg_catalog.int8,
    CATEGORY = 'U'
);

COMMENT ON TYPE ims.isoref IS
    'number of a clause or control of a standard, such as 8.5.1.3 or A.12.1.2; sorts level by level, parent before child, clause numbers before annex numbers';
COMMENT ON FUNCTION ims.isoref_in(cstring) IS 'text input of ims.isoref';
COMMENT ON FUNCTION ims.isoref_out(ims.isoref) IS 'text output of ims.isoref';
COMMENT ON FUNCTION ims.isoref_recv(internal) IS 'binary input of ims.isoref';
COMMENT ON FUNCTION ims.isoref_send(ims.isoref) IS 'binary output of ims.isoref';

-- Comparison.
CREATE FUNCTION ims.isoref_eq(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_eq' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_ne(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_ne' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_lt(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_lt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_le(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_le' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_gt(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_gt' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_ge(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_ge' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_cmp(ims.isoref, ims.isoref) RETURNS integer
    AS 'MODULE_PATHNAME', 'isoref_cmp' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_sortsupport(internal) RETURNS void
    AS 'MODULE_PATHNAME', 'isoref_sortsupport' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_hash(ims.isoref) RETURNS integer
    AS 'MODULE_PATHNAME', 'isoref_hash' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;
CREATE FUNCTION ims.isoref_hash_extended(ims.isoref, bigint) RETURNS bigint
    AS 'MODULE_PATHNAME', 'isoref_hash_extended' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF;

COMMENT ON FUNCTION ims.isoref_eq(ims.isoref, ims.isoref) IS 'implementation of = for ims.isoref';
COMMENT ON FUNCTION ims.isoref_ne(ims.isoref, ims.isoref) IS 'implementation of <> for ims.isoref';
COMMENT ON FUNCTION ims.isoref_lt(ims.isoref, ims.isoref) IS 'implementation of < for ims.isoref';
COMMENT ON FUNCTION ims.isoref_le(ims.isoref, ims.isoref) IS 'implementation of <= for ims.isoref';
COMMENT ON FUNCTION ims.isoref_gt(ims.isoref, ims.isoref) IS 'implementation of > for ims.isoref';
COMMENT ON FUNCTION ims.isoref_ge(ims.isoref, ims.isoref) IS 'implementation of >= for ims.isoref';
COMMENT ON FUNCTION ims.isoref_cmp(ims.isoref, ims.isoref) IS 'three-way comparison of ims.isoref (btree support 1)';
COMMENT ON FUNCTION ims.isoref_sortsupport(internal) IS 'sort support for ims.isoref (btree support 2)';
COMMENT ON FUNCTION ims.isoref_hash(ims.isoref) IS 'hash of ims.isoref (hash support 1)';
COMMENT ON FUNCTION ims.isoref_hash_extended(ims.isoref, bigint) IS 'seeded 64-bit hash of ims.isoref (hash support 2)';

CREATE OPERATOR ims.= (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_eq,
    COMMUTATOR = OPERATOR(ims.=), NEGATOR = OPERATOR(ims.<>),
    RESTRICT = eqsel, JOIN = eqjoinsel, MERGES, HASHES
);
CREATE OPERATOR ims.<> (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_ne,
    COMMUTATOR = OPERATOR(ims.<>), NEGATOR = OPERATOR(ims.=),
    RESTRICT = neqsel, JOIN = neqjoinsel
);
CREATE OPERATOR ims.< (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_lt,
    COMMUTATOR = OPERATOR(ims.>), NEGATOR = OPERATOR(ims.>=),
    RESTRICT = scalarltsel, JOIN = scalarltjoinsel
);
CREATE OPERATOR ims.<= (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_le,
    COMMUTATOR = OPERATOR(ims.>=), NEGATOR = OPERATOR(ims.>),
    RESTRICT = scalarlesel, JOIN = scalarlejoinsel
);
CREATE OPERATOR ims.> (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_gt,
    COMMUTATOR = OPERATOR(ims.<), NEGATOR = OPERATOR(ims.<=),
    RESTRICT = scalargtsel, JOIN = scalargtjoinsel
);
CREATE OPERATOR ims.>= (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_ge,
    COMMUTATOR = OPERATOR(ims.<=), NEGATOR = OPERATOR(ims.<),
    RESTRICT = scalargesel, JOIN = scalargejoinsel
);

COMMENT ON OPERATOR ims.= (ims.isoref, ims.isoref) IS 'equal';
COMMENT ON OPERATOR ims.<> (ims.isoref, ims.isoref) IS 'not equal';
COMMENT ON OPERATOR ims.< (ims.isoref, ims.isoref) IS 'less than (document order)';
COMMENT ON OPERATOR ims.<= (ims.isoref, ims.isoref) IS 'less than or equal (document order)';
COMMENT ON OPERATOR ims.> (ims.isoref, ims.isoref) IS 'greater than (document order)';
COMMENT ON OPERATOR ims.>= (ims.isoref, ims.isoref) IS 'greater than or equal (document order)';

CREATE OPERATOR CLASS ims.isoref_btree_ops
    DEFAULT FOR TYPE ims.isoref USING btree AS
        OPERATOR 1 ims.<,
        OPERATOR 2 ims.<=,
        OPERATOR 3 ims.=,
        OPERATOR 4 ims.>=,
        OPERATOR 5 ims.>,
        FUNCTION 1 ims.isoref_cmp(ims.isoref, ims.isoref),
        FUNCTION 2 ims.isoref_sortsupport(internal),
        FUNCTION 4 pg_catalog.btequalimage(oid);

CREATE OPERATOR CLASS ims.isoref_hash_ops
    DEFAULT FOR TYPE ims.isoref USING hash AS
        OPERATOR 1 ims.=,
        FUNCTION 1 ims.isoref_hash(ims.isoref),
        FUNCTION 2 ims.isoref_hash_extended(ims.isoref, bigint);

COMMENT ON OPERATOR CLASS ims.isoref_btree_ops USING btree IS
    'default btree operator class of ims.isoref: document order, deduplication-safe';
COMMENT ON OPERATOR CLASS ims.isoref_hash_ops USING hash IS
    'default hash operator class of ims.isoref';
COMMENT ON OPERATOR FAMILY ims.isoref_btree_ops USING btree IS
    'btree operator family of ims.isoref';
COMMENT ON OPERATOR FAMILY ims.isoref_hash_ops USING hash IS
    'hash operator family of ims.isoref';

-- Hierarchy.
CREATE FUNCTION ims.isoref_contains_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'isoref_contains_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_contained_support(internal) RETURNS internal
    AS 'MODULE_PATHNAME', 'isoref_contained_support' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_contains(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_contains' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT ims.isoref_contains_support;
CREATE FUNCTION ims.isoref_contained(ims.isoref, ims.isoref) RETURNS boolean
    AS 'MODULE_PATHNAME', 'isoref_contained' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE LEAKPROOF
    SUPPORT ims.isoref_contained_support;

COMMENT ON FUNCTION ims.isoref_contains_support(internal) IS
    'planner support for ims.isoref_contains: turns "constant @> column" into a btree range';
COMMENT ON FUNCTION ims.isoref_contained_support(internal) IS
    'planner support for ims.isoref_contained: turns "column <@ constant" into a btree range';
COMMENT ON FUNCTION ims.isoref_contains(ims.isoref, ims.isoref) IS
    'is the first number the second or an ancestor of it (implementation of @>)';
COMMENT ON FUNCTION ims.isoref_contained(ims.isoref, ims.isoref) IS
    'is the first number the second or a descendant of it (implementation of <@)';

CREATE OPERATOR ims.@> (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_contains,
    COMMUTATOR = OPERATOR(ims.<@),
    RESTRICT = matchingsel, JOIN = matchingjoinsel
);
CREATE OPERATOR ims.<@ (
    LEFTARG = ims.isoref, RIGHTARG = ims.isoref, FUNCTION = ims.isoref_contained,
    COMMUTATOR = OPERATOR(ims.@>),
    RESTRICT = matchingsel, JOIN = matchingjoinsel
);

COMMENT ON OPERATOR ims.@> (ims.isoref, ims.isoref) IS 'is ancestor of or equal to';
COMMENT ON OPERATOR ims.<@ (ims.isoref, ims.isoref) IS 'is descendant of or equal to';

CREATE FUNCTION ims.isoref_parent(ims.isoref) RETURNS ims.isoref
    AS 'MODULE_PATHNAME', 'isoref_parent' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_depth(ims.isoref) RETURNS integer
    AS 'MODULE_PATHNAME', 'isoref_depth' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_ancestors(ims.isoref) RETURNS ims.isoref[]
    AS 'MODULE_PATHNAME', 'isoref_ancestors' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_annex(ims.isoref) RETURNS text
    AS 'MODULE_PATHNAME', 'isoref_annex' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_number(ims.isoref, integer) RETURNS integer
    AS 'MODULE_PATHNAME', 'isoref_number' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;
CREATE FUNCTION ims.isoref_last_descendant(ims.isoref) RETURNS ims.isoref
    AS 'MODULE_PATHNAME', 'isoref_last_descendant' LANGUAGE C IMMUTABLE STRICT PARALLEL SAFE;

COMMENT ON FUNCTION ims.isoref_parent(ims.isoref) IS
    'the number one level up (8.5.1 -> 8.5); NULL at the top level (8, A.5)';
COMMENT ON FUNCTION ims.isoref_depth(ims.isoref) IS
    'number of levels (8.5.1 -> 3, A.5 -> 1); the annex letter is not a level';
COMMENT ON FUNCTION ims.isoref_ancestors(ims.isoref) IS
    'every proper ancestor, top level first (8.5.1.3 -> {8,8.5,8.5.1}); empty at the top level';
COMMENT ON FUNCTION ims.isoref_annex(ims.isoref) IS
    'the annex letter (A.12.1.2 -> A); NULL for a clause number';
COMMENT ON FUNCTION ims.isoref_number(ims.isoref, integer) IS
    'the number at the given level, 1 being the top (8.5.1, 2 -> 5); NULL past the last level';
COMMENT ON FUNCTION ims.isoref_last_descendant(ims.isoref) IS
    'greatest number within the subtree: col BETWEEN x AND ims.isoref_last_descendant(x) is a btree range holding exactly x and its descendants';

-- Casts (text input and output; assignment casts so text columns load into isoref columns).
CREATE CAST (text AS ims.isoref) WITH INOUT AS ASSIGNMENT;
CREATE CAST (ims.isoref AS text) WITH INOUT AS ASSIGNMENT;
CREATE CAST (character varying AS ims.isoref) WITH INOUT AS ASSIGNMENT;
CREATE CAST (ims.isoref AS character varying) WITH INOUT AS ASSIGNMENT;

COMMENT ON CAST (text AS ims.isoref) IS 'parse a clause or control number';
COMMENT ON CAST (ims.isoref AS text) IS 'format a clause or control number';
COMMENT ON CAST (character varying AS ims.isoref) IS 'parse a clause or control number';
COMMENT ON CAST (ims.isoref AS character varying) IS 'format a clause or control number';

-- source: src/sql/20_catalogue_tables.sql
-- The catalogue (issue 3), part 1: types and tables.
--
-- Read-only reference data: the standards, the clause trees of ISO/IEC
-- 27001:2013, 27001:2022 and 20000-1:2018, the Annex A control sets of
-- 27001:2013 and 27001:2022 (with 27002:2022 attributes), the correspondences
-- between them and the vocabulary of 27000:2018 and 20000-1:2018.
--
-- Every seeded row has builtin = true; the seed is in 21_catalogue_data.sql
-- (generated by tools/gen-catalogue-data.pl).  Rows a user adds or imports
-- have builtin = false; pg_dump keeps them (pg_extension_config_dump with the
-- filter WHERE NOT builtin) and CREATE EXTENSION re-creates the built-in rows
-- on restore, so nothing is lost and nothing is duplicated.  Built-in rows are
-- never changed or deleted (see 23_catalogue_guard.sql): a user's correction is
-- a row of its own that takes precedence where documented (docs/catalogue.md).
--
-- Only identifiers and short titles, never text from a standard.

-- ---------------------------------------------------------------------------
-- Types.

CREATE TYPE ims.standard_kind AS ENUM ('requirements', 'guidance', 'vocabulary');
COMMENT ON TYPE ims.standard_kind IS
    'kind of standard: requirements (certifiable, "shall"), guidance ("should"), vocabulary (terms)';

CREATE TYPE ims.catalogue_item_kind AS ENUM ('clause', 'control');
COMMENT ON TYPE ims.catalogue_item_kind IS
    'what a correspondence end point is: a clause (ims.clause) or an Annex A control (ims.control)';

CREATE TYPE ims.control_kind AS ENUM ('domain', 'objective', 'control', 'theme');
COMMENT ON TYPE ims.control_kind IS
    'level of an Annex A row: domain and objective (27001:2013), theme (27001:2022), control (both)';

CREATE TYPE ims.control_theme AS ENUM ('organizational', 'people', 'physical', 'technological');
COMMENT ON TYPE ims.control_theme IS
    'the four themes of the ISO/IEC 27002:2022 controls (clauses 5, 6, 7 and 8)';

CREATE TYPE ims.control_type AS ENUM ('preventive', 'detective', 'corrective');
COMMENT ON TYPE ims.control_type IS
    'ISO/IEC 27002:2022 attribute "control type"';

CREATE TYPE ims.security_property AS ENUM ('confidentiality', 'integrity', 'availability');
COMMENT ON TYPE ims.security_property IS
    'ISO/IEC 27002:2022 attribute "information security properties"';

CREATE TYPE ims.cybersecurity_concept AS ENUM ('identify', 'protect', 'detect', 'respond', 'recover');
COMMENT ON TYPE ims.cybersecurity_concept IS
    'ISO/IEC 27002:2022 attribute "cybersecurity concepts"';

CREATE TYPE ims.operational_capability AS ENUM (
    'governance', 'asset_management', 'information_protection', 'human_resource_security',
    'physical_security', 'system_and_network_security', 'application_security',
    'secure_configuration', 'identity_and_access_management',
    'threat_and_vulnerability_management', 'continuity', 'supplier_relationships_security',
    'legal_and_compliance', 'information_security_event_management',
    'information_security_assurance');
COMMENT ON TYPE ims.operational_capability IS
    'ISO/IEC 27002:2022 attribute "operational capabilities" (lower case of the hashtag values)';

CREATE TYPE ims.security_domain AS ENUM ('governance_and_ecosystem', 'protection', 'defence', 'resilience');
COMMENT ON TYPE ims.security_domain IS
    'ISO/IEC 27002:2022 attribute "security domains" (lower case of the hashtag values)';

CREATE TYPE ims.correspondence_relation AS ENUM (
    'equivalent', 'equivalent_hls', 'corresponds', 'partial', 'topical', 'umbrella', 'no_counterpart');
COMMENT ON TYPE ims.correspondence_relation IS
    'how two items correspond: equivalent (same requirement), equivalent_hls (identical Annex SL heading), '
    'corresponds (successor control, 27002:2022 Annex B), partial (one side subdivides or extends the other), '
    'topical (same topic, different requirement), umbrella (the target covers the source as one of many), '
    'no_counterpart (the item has none in the other standard; the other side is NULL)';

CREATE TYPE ims.catalogue_provenance AS ENUM ('compiled', 'derived', 'imported', 'user');
COMMENT ON TYPE ims.catalogue_provenance IS
    'where a correspondence comes from: compiled (built in, transcribed from public reproductions of a '
    'published table and cross-checked), derived (built in, our own judgement, not the official table), '
    'imported (loaded by a user with ims.import_correspondence, e.g. from the licensed official table; '
    'replaces the built-in rows of its mapping), user (added by hand)';

CREATE TYPE ims.term_membership AS ENUM ('yes', 'no', 'no_unverified', 'unconfirmed');
COMMENT ON TYPE ims.term_membership IS
    'whether a standard defines a term: yes, no, no_unverified (not found in the verified part of the list), '
    'unconfirmed (may be defined; not verified)';

-- ---------------------------------------------------------------------------
-- ims.standard

CREATE TABLE ims.standard (
    code        text NOT NULL,
    designation text NOT NULL,
    title       text NOT NULL,
    year        integer NOT NULL,
    kind        ims.standard_kind NOT NULL,
    supersedes  text,
    note        text,
    builtin     boolean NOT NULL DEFAULT false,
    CONSTRAINT standard_pkey PRIMARY KEY (code),
    CONSTRAINT standard_designation_key UNIQUE (designation),
    CONSTRAINT standard_code_check CHECK (code ~ '^[0-9]+(-[0-9]+)*:[0-9]{4}$'),
    CONSTRAINT standard_year_check CHECK (year = pg_catalog.split_part(code, ':', 2)::integer),
    CONSTRAINT standard_title_check CHECK (title <> '' AND designation <> ''),
    CONSTRAINT standard_supersedes_fk FOREIGN KEY (supersedes) REFERENCES ims.standard (code),
    CONSTRAINT standard_supersedes_check CHECK (supersedes <> code)
);
COMMENT ON TABLE ims.standard IS
    'the standards of the catalogue: code, designation, title, kind and which edition each supersedes';
COMMENT ON COLUMN ims.standard.code IS
    'short stable code: number and year, e.g. 27001:2022 or 20000-1:2018; used by every catalogue function';
COMMENT ON COLUMN ims.standard.designation IS 'full designation, e.g. ISO/IEC 27001:2022';
COMMENT ON COLUMN ims.standard.title IS 'title of the standard';
COMMENT ON COLUMN ims.standard.year IS 'year of publication (the year in the code)';
COMMENT ON COLUMN ims.standard.kind IS 'requirements, guidance or vocabulary';
COMMENT ON COLUMN ims.standard.supersedes IS 'code of the edition this one replaces, NULL if none in the catalogue';
COMMENT ON COLUMN ims.standard.note IS 'free note';
COMMENT ON COLUMN ims.standard.builtin IS 'true for rows shipped with the extension (read-only); false for rows added by a user';

INSERT INTO ims.standard (code, designation, title, year, kind, supersedes, note, builtin) VALUES
    ('27000:2018', 'ISO/IEC 27000:2018',
     U&'Information technology \2014 Security techniques \2014 Information security management systems \2014 Overview and vocabulary',
     2018, 'vocabulary', NULL, 'clause 3 gives the vocabulary of the ISO/IEC 27000 family', true),
    ('27001:2013', 'ISO/IEC 27001:2013',
     U&'Information technology \2014 Security techniques \2014 Information security management systems \2014 Requirements',
     2013, 'requirements', NULL, 'the edition ISO/IEC 27013:2021 refers to', true),
    ('27001:2022', 'ISO/IEC 27001:2022',
     U&'Information security, cybersecurity and privacy protection \2014 Information security management systems \2014 Requirements',
     2022, 'requirements', '27001:2013', 'Annex A controls numbered as in ISO/IEC 27002:2022', true),
    ('27002:2022', 'ISO/IEC 27002:2022',
     U&'Information security, cybersecurity and privacy protection \2014 Information security controls',
     2022, 'guidance', NULL, 'gives the control attributes and, in its Annex B, the 2013 to 2022 control correspondence', true),
    ('20000-1:2018', 'ISO/IEC 20000-1:2018',
     U&'Information technology \2014 Service management \2014 Part 1: Service management system requirements',
     2018, 'requirements', NULL, 'clause 3 gives the service management vocabulary', true),
    ('27013:2021', 'ISO/IEC 27013:2021',
     U&'Information security, cybersecurity and privacy protection \2014 Guidance on the integrated implementation of ISO/IEC 27001 and ISO/IEC 20000-1',
     2021, 'guidance', NULL, 'its Annexes A and B (correspondence tables) are not public; the built-in maps are our derivation', true);

-- ---------------------------------------------------------------------------
-- ims.clause

CREATE TABLE ims.clause (
    standard     text NOT NULL,
    ref          ims.isoref NOT NULL,
    title        text NOT NULL,
    parent_ref   ims.isoref,
    verification text,
    sources      text,
    note         text,
    builtin      boolean NOT NULL DEFAULT false,
    CONSTRAINT clause_pkey PRIMARY KEY (standard, ref),
    CONSTRAINT clause_standard_fk FOREIGN KEY (standard) REFERENCES ims.standard (code),
    CONSTRAINT clause_parent_fk FOREIGN KEY (standard, parent_ref) REFERENCES ims.clause (standard, ref),
    CONSTRAINT clause_parent_check CHECK (
        CASE WHEN parent_ref IS NULL THEN ims.isoref_parent(ref) IS NULL
             ELSE parent_ref OPERATOR(ims.=) ims.isoref_parent(ref) END),
    CONSTRAINT clause_title_check CHECK (title <> '')
);
COMMENT ON TABLE ims.clause IS
    'clause trees of the requirement standards (27001:2013, 27001:2022, 20000-1:2018), every level; '
    'each row''s parent exists (clause_parent_fk)';
COMMENT ON COLUMN ims.clause.standard IS 'code of the standard (ims.standard)';
COMMENT ON COLUMN ims.clause.ref IS 'clause number, e.g. 8.5.1.3';
COMMENT ON COLUMN ims.clause.title IS 'short title (heading) of the clause';
COMMENT ON COLUMN ims.clause.parent_ref IS 'number of the enclosing clause, NULL at top level; always ims.isoref_parent(ref)';
COMMENT ON COLUMN ims.clause.verification IS 'how the number and title were verified (from the reference data)';
COMMENT ON COLUMN ims.clause.sources IS 'codes of the public sources that agree (see docs/catalogue.md and PROVENANCE.md)';
COMMENT ON COLUMN ims.clause.note IS 'disagreements between sources and other remarks';
COMMENT ON COLUMN ims.clause.builtin IS 'true for rows shipped with the extension (read-only); false for rows added by a user';

-- ---------------------------------------------------------------------------
-- ims.control

CREATE TABLE ims.control (
    standard                 text NOT NULL,
    ref                      ims.isoref NOT NULL,
    title                    text NOT NULL,
    kind                     ims.control_kind NOT NULL,
    parent_ref               ims.isoref,
    ref_27002                ims.isoref,
    theme                    ims.control_theme,
    new_in_edition           boolean,
    control_type             ims.control_type[],
    security_properties      ims.security_property[],
    cybersecurity_concepts   ims.cybersecurity_concept[],
    operational_capabilities ims.operational_capability[],
    security_domains         ims.security_domain[],
    verification             text,
    attribute_verification   text,
    sources                  text,
    note                     text,
    builtin                  boolean NOT NULL DEFAULT false,
    CONSTRAINT control_pkey PRIMARY KEY (standard, ref),
    CONSTRAINT control_standard_fk FOREIGN KEY (standard) REFERENCES ims.standard (code),
    CONSTRAINT control_parent_fk FOREIGN KEY (standard, parent_ref) REFERENCES ims.control (standard, ref),
    CONSTRAINT control_parent_check CHECK (
        CASE WHEN parent_ref IS NULL THEN ims.isoref_parent(ref) IS NULL
             ELSE parent_ref OPERATOR(ims.=) ims.isoref_parent(ref) END),
    CONSTRAINT control_ref_27002_key UNIQUE (standard, ref_27002),
    CONSTRAINT control_title_check CHECK (title <> ''),
    CONSTRAINT control_attributes_check CHECK (
        kind = 'control'
        OR (new_in_edition IS NULL AND control_type IS NULL AND security_properties IS NULL
            AND cybersecurity_concepts IS NULL AND operational_capabilities IS NULL
            AND security_domains IS NULL)),
    CONSTRAINT control_attributes_nonempty_check CHECK (
        pg_catalog.cardinality(control_type) > 0
        AND pg_catalog.cardinality(security_properties) > 0
        AND pg_catalog.cardinality(cybersecurity_concepts) > 0
        AND pg_catalog.cardinality(operational_capabilities) > 0
        AND pg_catalog.cardinality(security_domains) > 0)
);
COMMENT ON TABLE ims.control IS
    'Annex A control sets: 27001:2013 (domains, objectives, controls) and 27001:2022 (themes and controls, '
    'numbered in the Annex A form A.5.1; ref_27002 gives the 27002:2022 form 5.1) with the 27002:2022 attributes; '
    'an unknown attribute is NULL, never an empty array';
COMMENT ON COLUMN ims.control.standard IS 'code of the standard whose Annex A this is (27001:2013 or 27001:2022)';
COMMENT ON COLUMN ims.control.ref IS 'canonical number, always the 27001 Annex A form: A.12.1.2 (2013), A.5.1 (2022)';
COMMENT ON COLUMN ims.control.title IS 'short title of the control, objective, domain or theme';
COMMENT ON COLUMN ims.control.kind IS 'domain, objective or control (2013); theme or control (2022)';
COMMENT ON COLUMN ims.control.parent_ref IS 'enclosing objective, domain or theme; NULL at top level';
COMMENT ON COLUMN ims.control.ref_27002 IS '27001:2022 only: the number in ISO/IEC 27002:2022 form (5.1 for A.5.1)';
COMMENT ON COLUMN ims.control.theme IS '27001:2022 only: organizational, people, physical or technological';
COMMENT ON COLUMN ims.control.new_in_edition IS 'true when the control is new in this edition (no predecessor); NULL for 27001:2013';
COMMENT ON COLUMN ims.control.control_type IS '27002:2022 attribute: preventive, detective, corrective';
COMMENT ON COLUMN ims.control.security_properties IS '27002:2022 attribute: confidentiality, integrity, availability; NULL where not known';
COMMENT ON COLUMN ims.control.cybersecurity_concepts IS '27002:2022 attribute: identify, protect, detect, respond, recover; NULL where not known';
COMMENT ON COLUMN ims.control.operational_capabilities IS '27002:2022 attribute: operational capabilities';
COMMENT ON COLUMN ims.control.security_domains IS '27002:2022 attribute: security domains (one public source; medium confidence)';
COMMENT ON COLUMN ims.control.verification IS 'how the number and title were verified (from the reference data)';
COMMENT ON COLUMN ims.control.attribute_verification IS 'how the 27002:2022 attributes were verified';
COMMENT ON COLUMN ims.control.sources IS 'codes of the public sources that agree';
COMMENT ON COLUMN ims.control.note IS 'disagreements between sources and other remarks';
COMMENT ON COLUMN ims.control.builtin IS 'true for rows shipped with the extension (read-only); false for rows added by a user';

CREATE INDEX control_attributes_idx ON ims.control USING gin (control_type, operational_capabilities, security_domains);
COMMENT ON INDEX ims.control_attributes_idx IS 'index for attribute queries such as control_type @> ''{detective}''';

-- ---------------------------------------------------------------------------
-- ims.mapping: one row per correspondence table.

CREATE TABLE ims.mapping (
    code            text NOT NULL,
    from_standard   text NOT NULL,
    from_kind       ims.catalogue_item_kind NOT NULL,
    to_standard     text NOT NULL,
    to_kind         ims.catalogue_item_kind NOT NULL,
    title           text NOT NULL,
    source_standard text,
    source_part     text,
    note            text,
    builtin         boolean NOT NULL DEFAULT false,
    CONSTRAINT mapping_pkey PRIMARY KEY (code),
    CONSTRAINT mapping_key UNIQUE (code, from_standard, to_standard),
    CONSTRAINT mapping_from_standard_fk FOREIGN KEY (from_standard) REFERENCES ims.standard (code),
    CONSTRAINT mapping_to_standard_fk FOREIGN KEY (to_standard) REFERENCES ims.standard (code),
    CONSTRAINT mapping_source_standard_fk FOREIGN KEY (source_standard) REFERENCES ims.standard (code),
    CONSTRAINT mapping_sides_check CHECK (from_standard <> to_standard),
    CONSTRAINT mapping_code_check CHECK (code ~ '^[0-9A-Za-z][0-9A-Za-z._-]*$')
);
COMMENT ON TABLE ims.mapping IS
    'the correspondence tables: which two standards and item kinds each one maps, and which published table it stands for';
COMMENT ON COLUMN ims.mapping.code IS 'code of the mapping, e.g. 27013-A; the first argument of ims.import_correspondence';
COMMENT ON COLUMN ims.mapping.from_standard IS 'standard of the from side';
COMMENT ON COLUMN ims.mapping.from_kind IS 'clause or control: where the from side lives (ims.clause or ims.control)';
COMMENT ON COLUMN ims.mapping.to_standard IS 'standard of the to side';
COMMENT ON COLUMN ims.mapping.to_kind IS 'clause or control: where the to side lives';
COMMENT ON COLUMN ims.mapping.title IS 'what the mapping is';
COMMENT ON COLUMN ims.mapping.source_standard IS 'the standard whose table this mapping stands for, NULL if none';
COMMENT ON COLUMN ims.mapping.source_part IS 'the part of source_standard holding the official table, e.g. Annex A';
COMMENT ON COLUMN ims.mapping.note IS 'how the built-in rows were obtained';
COMMENT ON COLUMN ims.mapping.builtin IS 'true for rows shipped with the extension (read-only); false for rows added by a user';

INSERT INTO ims.mapping (code, from_standard, from_kind, to_standard, to_kind, title, source_standard, source_part, note, builtin) VALUES
    ('27013-A', '27001:2013', 'clause', '20000-1:2018', 'clause',
     'ISO/IEC 27001 clauses and ISO/IEC 20000-1 clauses', '27013:2021', 'Annex A',
     'built-in rows derived by ims27013 from the common Annex SL structure, not the official table; '
     'a licensed user can load the official table with ims.import_correspondence', true),
    ('27013-B', '27001:2013', 'control', '20000-1:2018', 'clause',
     'ISO/IEC 27001 Annex A controls and ISO/IEC 20000-1 requirements', '27013:2021', 'Annex B',
     'built-in rows derived by ims27013 (topic matching), not the official table; '
     'a licensed user can load the official table with ims.import_correspondence', true),
    ('27002-B', '27001:2013', 'control', '27001:2022', 'control',
     'ISO/IEC 27001:2013 Annex A controls and ISO/IEC 27001:2022 Annex A controls', '27002:2022', 'Annex B',
     'built-in rows transcribed from public reproductions of the table and cross-checked against two or more sources', true),
    ('27001-editions', '27001:2013', 'clause', '27001:2022', 'clause',
     'ISO/IEC 27001:2013 clauses and ISO/IEC 27001:2022 clauses', NULL, NULL,
     'built-in rows derived by ims27013 by matching clause titles; no published table', true);

-- ---------------------------------------------------------------------------
-- ims.correspondence

CREATE TABLE ims.correspondence (
    mapping       text NOT NULL,
    from_standard text NOT NULL,
    from_ref      ims.isoref,
    to_standard   text NOT NULL,
    to_ref        ims.isoref,
    relation      ims.correspondence_relation NOT NULL,
    provenance    ims.catalogue_provenance NOT NULL,
    verification  text,
    sources       text,
    note          text,
    builtin       boolean NOT NULL DEFAULT false,
    CONSTRAINT correspondence_mapping_fk FOREIGN KEY (mapping, from_standard, to_standard)
        REFERENCES ims.mapping (code, from_standard, to_standard),
    CONSTRAINT correspondence_key UNIQUE NULLS NOT DISTINCT (mapping, from_ref, to_ref, builtin),
    CONSTRAINT correspondence_sides_check CHECK (from_ref IS NOT NULL OR to_ref IS NOT NULL),
    CONSTRAINT correspondence_counterpart_check CHECK (
        (from_ref IS NULL OR to_ref IS NULL) = (relation = 'no_counterpart')),
    CONSTRAINT correspondence_provenance_check CHECK (
        builtin = (provenance IN ('compiled', 'derived')))
);
COMMENT ON TABLE ims.correspondence IS
    'every correspondence between items (clauses or controls) of two standards, one row per pair, with relation '
    'and provenance; a row with one side NULL says the other item has no counterpart. Imported rows of a mapping '
    'replace its built-in rows in ims.correspondence_in_force and in every function';
COMMENT ON COLUMN ims.correspondence.mapping IS 'the correspondence table this row belongs to (ims.mapping)';
COMMENT ON COLUMN ims.correspondence.from_standard IS 'standard of the from item (fixed by the mapping)';
COMMENT ON COLUMN ims.correspondence.from_ref IS 'number of the from item; NULL when the to item has no counterpart';
COMMENT ON COLUMN ims.correspondence.to_standard IS 'standard of the to item (fixed by the mapping)';
COMMENT ON COLUMN ims.correspondence.to_ref IS 'number of the to item; NULL when the from item has no counterpart';
COMMENT ON COLUMN ims.correspondence.relation IS 'how the two items correspond (ims.correspondence_relation)';
COMMENT ON COLUMN ims.correspondence.provenance IS
    'compiled or derived (built in), imported or user: derived rows are our own judgement, not the official table';
COMMENT ON COLUMN ims.correspondence.verification IS 'how the row was verified, where known';
COMMENT ON COLUMN ims.correspondence.sources IS 'codes of the public sources that agree, where known';
COMMENT ON COLUMN ims.correspondence.note IS 'why the items correspond (our words)';
COMMENT ON COLUMN ims.correspondence.builtin IS 'true for rows shipped with the extension (read-only); false for imported or user rows';

CREATE INDEX correspondence_from_idx ON ims.correspondence (from_standard, from_ref);
CREATE INDEX correspondence_to_idx ON ims.correspondence (to_standard, to_ref);
COMMENT ON INDEX ims.correspondence_from_idx IS 'look-up of correspondences by their from item';
COMMENT ON INDEX ims.correspondence_to_idx IS 'look-up of correspondences by their to item';

-- ---------------------------------------------------------------------------
-- ims.term

CREATE TABLE ims.term (
    term         text NOT NULL,
    standard     text NOT NULL,
    ref          ims.isoref,
    membership   ims.term_membership NOT NULL,
    verification text,
    comparison   text,
    note         text,
    builtin      boolean NOT NULL DEFAULT false,
    CONSTRAINT term_pkey PRIMARY KEY (standard, term, builtin),
    CONSTRAINT term_standard_fk FOREIGN KEY (standard) REFERENCES ims.standard (code),
    CONSTRAINT term_term_check CHECK (term <> '' AND term = pg_catalog.btrim(term)),
    CONSTRAINT term_ref_check CHECK (ref IS NULL OR membership = 'yes')
);
COMMENT ON TABLE ims.term IS
    'the vocabulary: for each term and standard, whether the standard defines it, under which number and how '
    'sure we are; no definitions. A user row (builtin = false) for the same standard and term corrects the '
    'built-in row and is what ims.term_in_force and the term functions return';
COMMENT ON COLUMN ims.term.term IS 'the term, lower case as listed';
COMMENT ON COLUMN ims.term.standard IS 'code of the standard (27000:2018 or 20000-1:2018 built in)';
COMMENT ON COLUMN ims.term.ref IS 'number of the entry in the standard''s clause 3, NULL if not defined or not numbered';
COMMENT ON COLUMN ims.term.membership IS 'yes, no, no_unverified or unconfirmed (ims.term_membership)';
COMMENT ON COLUMN ims.term.verification IS 'how membership and number were verified (from the reference data)';
COMMENT ON COLUMN ims.term.comparison IS 'short comparison of the two standards'' use of the term, in our own words, where known';
COMMENT ON COLUMN ims.term.note IS 'free note, e.g. why a user row corrects the built-in one';
COMMENT ON COLUMN ims.term.builtin IS 'true for rows shipped with the extension (read-only); false for a user''s row or correction';

CREATE INDEX term_lower_idx ON ims.term (pg_catalog.lower(term));
COMMENT ON INDEX ims.term_lower_idx IS 'case-insensitive term look-up';

-- ---------------------------------------------------------------------------
-- pg_dump keeps the rows users add; the built-in rows come from CREATE EXTENSION.

SELECT pg_catalog.pg_extension_config_dump('ims.standard', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('ims.clause', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('ims.control', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('ims.mapping', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('ims.correspondence', 'WHERE NOT builtin');
SELECT pg_catalog.pg_extension_config_dump('ims.term', 'WHERE NOT builtin');

-- source: src/sql/21_catalogue_data.sql
-- ims27013 catalogue data: GENERATED by tools/gen-catalogue-data.pl from the
-- reference data CSV files; do not edit, regenerate:
--     perl tools/gen-catalogue-data.pl > src/sql/21_catalogue_data.sql
-- Identifiers and short titles only, with the CSVs' provenance columns.
-- Source files (sha256):
--   iso27001_2013_clauses.csv          dd7d1e3eb71fb1f185ade83038ebf7d974bc86ed34b364f925ed07814633101b
--   iso27001_2022_clauses.csv          9fd4368d6a356cd1be7b310e470ccc2fb51aeb4e8a127fed393a9edb5c5d090f
--   iso20000_1_2018_clauses.csv        6f2a6b0d878bad74d3c00b14e006ced2b7fa3761e86b9000a21f9ea4c3ba55b7
--   iso27001_2013_annexA.csv           9e48cf28d4bdf9ba920ff1b235ed9a4f8f2c325351c573d788ca2c31eafe5362
--   iso27001_2022_annexA.csv           66d4d9ec1092d226f79f35941d53289d81ba450913e16bfb6e029f195226c050
--   map_27001_2013_to_2022.csv         3f2c5545ca0aae4bece84b29694f1887fe75f9bce797325c4457a96d85807710
--   iso27013_annexA_clause_map.csv     f89be74b6ef8e73e32a464575ec11b3d92d3fde6e8616ed8e3c3f234501cb18d
--   iso27013_annexB_control_map.csv    5e6365a39b5989d26ec5e229ed567c792287e51395308d799e98f617b5440ba4
--   terms.csv                          15ad9690cdd686e43c38035cec0d45782f56b8b29f9bfbbdacb85b44df48dde1

-- Clause trees: 27001:2013, 27001:2022, 20000-1:2018 (parents before children).
INSERT INTO ims.clause (standard, ref, title, parent_ref, verification, sources, note, builtin) VALUES
    ('27001:2013', '1', 'Scope', NULL, 'confirmed (2 sources)', 'EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '2', 'Normative references', NULL, 'confirmed (2 sources)', 'EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '3', 'Terms and definitions', NULL, 'confirmed (2 sources)', 'EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '4', 'Context of the organization', NULL, 'confirmed (4 sources)', 'CISO13;XMIND;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '4.1', 'Understanding the organization and its context', '4', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '4.2', 'Understanding the needs and expectations of interested parties', '4', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '4.3', 'Determining the scope of the information security management system', '4', 'confirmed (2 sources)', 'CISO13;XMIND', 'XMIND capitalises "Information Security Management System"', true),
    ('27001:2013', '4.4', 'Information security management system', '4', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '5', 'Leadership', NULL, 'confirmed (4 sources)', 'CISO13;XMIND;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '5.1', 'Leadership and commitment', '5', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '5.2', 'Policy', '5', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '5.3', 'Organizational roles, responsibilities and authorities', '5', 'confirmed (3 sources)', 'CISO13;XMIND;FLIP13', NULL, true),
    ('27001:2013', '6', 'Planning', NULL, 'confirmed (5 sources)', 'CISO13;XMIND;FLIP13;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '6.1', 'Actions to address risks and opportunities', '6', 'confirmed (3 sources)', 'CISO13;XMIND;FLIP13', NULL, true),
    ('27001:2013', '6.1.1', 'General', '6.1', 'confirmed (3 sources)', 'CISO13;XMIND;FLIP13', NULL, true),
    ('27001:2013', '6.1.2', 'Information security risk assessment', '6.1', 'confirmed (2 sources)', 'XMIND;FLIP13', 'CISO13 reads "Information security risk assessment requirement"', true),
    ('27001:2013', '6.1.3', 'Information security risk treatment', '6.1', 'confirmed (3 sources)', 'CISO13;XMIND;FLIP13', NULL, true),
    ('27001:2013', '6.2', 'Information security objectives and planning to achieve them', '6', 'confirmed (2 sources)', 'CISO13;XMIND(title, misnumbered)', 'XMIND mislabels this heading as 6.1.4', true),
    ('27001:2013', '7', 'Support', NULL, 'confirmed (4 sources)', 'CISO13;XMIND;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '7.1', 'Resources', '7', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '7.2', 'Competence', '7', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '7.3', 'Awareness', '7', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '7.4', 'Communication', '7', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '7.5', 'Documented information', '7', 'confirmed (4 sources)', 'CISO13;XMIND;ADVISERA75;HICOMPLY75', 'CISO13 capitalisation "Documented Information"', true),
    ('27001:2013', '7.5.1', 'General', '7.5', 'confirmed (4 sources)', 'CISO13;XMIND;ADVISERA75;HICOMPLY75', NULL, true),
    ('27001:2013', '7.5.2', 'Creating and updating', '7.5', 'confirmed (3 sources)', 'XMIND;ADVISERA75;HICOMPLY75', 'CISO13 reads "Creating and updating documented information"', true),
    ('27001:2013', '7.5.3', 'Control of documented information', '7.5', 'confirmed (4 sources)', 'CISO13;XMIND;ADVISERA75;HICOMPLY75', NULL, true),
    ('27001:2013', '8', 'Operation', NULL, 'confirmed (3 sources)', 'XMIND;EXOSCALE;BHAUMIK', 'CISO13 reads "Operations"', true),
    ('27001:2013', '8.1', 'Operational planning and control', '8', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '8.2', 'Information security risk assessment', '8', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '8.3', 'Information security risk treatment', '8', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '9', 'Performance evaluation', NULL, 'confirmed (4 sources)', 'CISO13;XMIND;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '9.1', 'Monitoring, measurement, analysis and evaluation', '9', 'confirmed (2 sources)', 'XMIND;CISO22(successor edition, identical heading)', 'CISO13 reads "Monitoring, measurement, analysis, evaluation"', true),
    ('27001:2013', '9.2', 'Internal audit', '9', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '9.3', 'Management review', '9', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '10', 'Improvement', NULL, 'confirmed (4 sources)', 'CISO13;XMIND;EXOSCALE;BHAUMIK', NULL, true),
    ('27001:2013', '10.1', 'Nonconformity and corrective action', '10', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2013', '10.2', 'Continual improvement', '10', 'confirmed (2 sources)', 'CISO13;XMIND', NULL, true),
    ('27001:2022', '1', 'Scope', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '2', 'Normative references', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '3', 'Terms and definitions', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '4', 'Context of the organization', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '4.1', 'Understanding the organization and its context', '4', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '4.2', 'Understanding the needs and expectations of interested parties', '4', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '4.3', 'Determining the scope of the information security management system', '4', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '4.4', 'Information security management system', '4', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '5', 'Leadership', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '5.1', 'Leadership and commitment', '5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '5.2', 'Policy', '5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '5.3', 'Organizational roles, responsibilities and authorities', '5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6', 'Planning', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.1', 'Actions to address risks and opportunities', '6', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.1.1', 'General', '6.1', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.1.2', 'Information security risk assessment', '6.1', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.1.3', 'Information security risk treatment', '6.1', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.2', 'Information security objectives and planning to achieve them', '6', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '6.3', 'Planning of changes', '6', 'CISO Assistant reads ''Planning for changes''; the standard''s heading is ''Planning of changes''', NULL, NULL, true),
    ('27001:2022', '7', 'Support', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.1', 'Resources', '7', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.2', 'Competence', '7', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.3', 'Awareness', '7', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.4', 'Communication', '7', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.5', 'Documented information', '7', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.5.1', 'General', '7.5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.5.2', 'Creating and updating', '7.5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '7.5.3', 'Control of documented information', '7.5', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '8', 'Operation', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '8.1', 'Operational planning and control', '8', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '8.2', 'Information security risk assessment', '8', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '8.3', 'Information security risk treatment', '8', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '9', 'Performance evaluation', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '9.1', 'Monitoring, measurement, analysis and evaluation', '9', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '9.2', 'Internal audit', '9', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '9.2.1', 'General', '9.2', 'public clause lists cite 9.2.2 internal audit programme and 9.3.2/9.3.3 review inputs/results', NULL, NULL, true),
    ('27001:2022', '9.2.2', 'Internal audit programme', '9.2', 'public clause lists cite 9.2.2 internal audit programme and 9.3.2/9.3.3 review inputs/results', NULL, NULL, true),
    ('27001:2022', '9.3', 'Management review', '9', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '9.3.1', 'General', '9.3', 'public clause lists cite 9.2.2 internal audit programme and 9.3.2/9.3.3 review inputs/results', NULL, NULL, true),
    ('27001:2022', '9.3.2', 'Management review inputs', '9.3', 'public clause lists cite 9.2.2 internal audit programme and 9.3.2/9.3.3 review inputs/results', NULL, NULL, true),
    ('27001:2022', '9.3.3', 'Management review results', '9.3', 'public clause lists cite 9.2.2 internal audit programme and 9.3.2/9.3.3 review inputs/results', NULL, NULL, true),
    ('27001:2022', '10', 'Improvement', NULL, 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '10.1', 'Continual improvement', '10', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('27001:2022', '10.2', 'Nonconformity and corrective action', '10', 'structure confirmed against a public clause list (CISO Assistant iso27001-2022.yaml); titles normalised to the standard''s wording', NULL, NULL, true),
    ('20000-1:2018', '1', 'Scope', NULL, 'confirmed', 'CERTIKIT;SCC', NULL, true),
    ('20000-1:2018', '1.1', 'General', '1', 'confirmed', 'SCC;ASMEDOC', NULL, true),
    ('20000-1:2018', '1.2', 'Application', '1', 'single source (public scope text)', 'SCC', NULL, true),
    ('20000-1:2018', '2', 'Normative references', NULL, 'confirmed', 'CERTIKIT;JIS20K', NULL, true),
    ('20000-1:2018', '3', 'Terms and definitions', NULL, 'confirmed', 'CERTIKIT;JIS20K', NULL, true),
    ('20000-1:2018', '3.1', 'Terms specific to management system standards', '3', 'numbering confirmed; English wording from JIS/20000-10 translations (not verbatim English source)', 'JIS20K;EOMEC20K10', NULL, true),
    ('20000-1:2018', '3.2', 'Terms specific to service management', '3', 'numbering confirmed; English wording unconfirmed (JIS Japanese ToC only)', 'JIS20K', NULL, true),
    ('20000-1:2018', '4', 'Context of the organization', NULL, 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '4.1', 'Understanding the organization and its context', '4', 'partially confirmed (1 public list + identical Annex SL HLS heading)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '4.2', 'Understanding the needs and expectations of interested parties', '4', 'partially confirmed (1 public list + identical Annex SL HLS heading)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '4.3', 'Determining the scope of the service management system', '4', 'partially confirmed (1 public list + HLS pattern)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '4.4', 'Service management system', '4', 'partially confirmed (1 public list + HLS pattern)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '5', 'Leadership', NULL, 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '5.1', 'Leadership and commitment', '5', 'partially confirmed (1 public list + identical HLS heading)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '5.2', 'Policy', '5', 'partially confirmed (1 public list + identical HLS heading)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '5.2.1', 'Establishing the service management policy', '5.2', 'single source', 'JSON20K', 'wording parallels ISO 9001:2015 5.2.1/5.2.2 pattern', true),
    ('20000-1:2018', '5.2.2', 'Communicating the service management policy', '5.2', 'single source', 'JSON20K', 'wording parallels ISO 9001:2015 5.2.1/5.2.2 pattern', true),
    ('20000-1:2018', '5.3', 'Organizational roles, responsibilities and authorities', '5', 'partially confirmed (1 public list + identical HLS heading)', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '6', 'Planning', NULL, 'single source', 'CERTIKIT', 'JSON20K reads "Planning the service management system" (considered erroneous)', true),
    ('20000-1:2018', '6.1', 'Actions to address risks and opportunities', '6', 'confirmed', 'JSON20K;BITLION;HLS', NULL, true),
    ('20000-1:2018', '6.2', 'Service management objectives and planning to achieve them', '6', 'confirmed', 'JSON20K;BITLION', NULL, true),
    ('20000-1:2018', '6.2.1', 'Establish objectives', '6.2', 'UNCONFIRMED', NULL, 'no retrieved public source states this wording (compiler recollection); alternatives seen: JSON20K "Define service management objectives", DAYDREAM page title "Service management objectives"', true),
    ('20000-1:2018', '6.2.2', 'Plan to achieve objectives', '6.2', 'UNCONFIRMED', NULL, 'no retrieved public source states this wording (compiler recollection); alternatives seen: JSON20K "Plan to achieve service management objectives", DAYDREAM page title "Planning to achieve service management objectives"', true),
    ('20000-1:2018', '6.3', 'Plan the service management system', '6', 'confirmed', 'JSON20K;TEST20K;DAYDREAM', NULL, true),
    ('20000-1:2018', '7', 'Support of the service management system', NULL, 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '7.1', 'Resources', '7', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '7.2', 'Competence', '7', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '7.3', 'Awareness', '7', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '7.4', 'Communication', '7', 'confirmed', 'JSON20K;LIST20K;HLS', NULL, true),
    ('20000-1:2018', '7.5', 'Documented information', '7', 'confirmed', 'JSON20K;LIST20K;DAYDREAM', NULL, true),
    ('20000-1:2018', '7.5.1', 'General', '7.5', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '7.5.2', 'Creating and updating', '7.5', 'partially confirmed', 'JSON20K;HLS', 'exact wording (with or without "documented information") not verified against the standard', true),
    ('20000-1:2018', '7.5.3', 'Control of documented information', '7.5', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '7.5.4', 'Service management system documented information', '7.5', 'single source', 'JSON20K', NULL, true),
    ('20000-1:2018', '7.6', 'Knowledge', '7', 'confirmed (2 anonymous code sources)', 'JSON20K;LIST20K', NULL, true),
    ('20000-1:2018', '8', 'Operation of the service management system', NULL, 'confirmed', 'CERTIKIT;SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.1', 'Operational planning and control', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '8.2', 'Service portfolio', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K;GLOCERT', NULL, true),
    ('20000-1:2018', '8.2.1', 'Service delivery', '8.2', 'confirmed', 'SCRIBD8;JSON20K;LIST20K', NULL, true),
    ('20000-1:2018', '8.2.2', 'Plan the services', '8.2', 'confirmed', 'SCRIBD8;LIST20K;DAYDREAM', 'JSON20K reads "Plan services"', true),
    ('20000-1:2018', '8.2.3', 'Control of parties involved in the service lifecycle', '8.2', 'confirmed', 'SCRIBD8;TEST20K;JSON20K;APMG', NULL, true),
    ('20000-1:2018', '8.2.4', 'Service catalogue management', '8.2', 'confirmed', 'SCRIBD8;TEST20K;JSON20K', NULL, true),
    ('20000-1:2018', '8.2.5', 'Asset management', '8.2', 'confirmed', 'SCRIBD8;TEST20K;JSON20K', NULL, true),
    ('20000-1:2018', '8.2.6', 'Configuration management', '8.2', 'confirmed', 'SCRIBD8;TEST20K;JSON20K', NULL, true),
    ('20000-1:2018', '8.3', 'Relationship and agreement', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', 'SCRIBD8 layout shows "Relationship ... management" split across columns', true),
    ('20000-1:2018', '8.3.1', 'General', '8.3', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.3.2', 'Business relationship management', '8.3', 'confirmed', 'SCRIBD8;JSON20K;LIST20K', NULL, true),
    ('20000-1:2018', '8.3.3', 'Service level management', '8.3', 'confirmed', 'SCRIBD8;JSON20K;LIST20K', NULL, true),
    ('20000-1:2018', '8.3.4', 'Supplier management', '8.3', 'confirmed', 'SCRIBD8;JSON20K;LIST20K', NULL, true),
    ('20000-1:2018', '8.3.4.1', 'Management of external suppliers', '8.3.4', 'confirmed', 'SCRIBD8;ANDY', NULL, true),
    ('20000-1:2018', '8.3.4.2', 'Management of internal suppliers and customers acting as a supplier', '8.3.4', 'confirmed with minor wording disagreement', 'ANDY', 'SCRIBD8 reads "...customers acting as supplier" (no article)', true),
    ('20000-1:2018', '8.4', 'Supply and demand', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '8.4.1', 'Budgeting and accounting for services', '8.4', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.4.2', 'Demand management', '8.4', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.4.3', 'Capacity management', '8.4', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.5', 'Service design, build and transition', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '8.5.1', 'Change management', '8.5', 'confirmed', 'SCRIBD8;JSON20K;DAYDREAM', NULL, true),
    ('20000-1:2018', '8.5.1.1', 'Change management policy', '8.5.1', 'confirmed', 'SCRIBD8;ANDY', NULL, true),
    ('20000-1:2018', '8.5.1.2', 'Change management initiation', '8.5.1', 'confirmed', 'SCRIBD8;ANDY', NULL, true),
    ('20000-1:2018', '8.5.1.3', 'Change management activities', '8.5.1', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.5.2', 'Service design and transition', '8.5', 'confirmed', 'SCRIBD8;JSON20K;DAYDREAM', NULL, true),
    ('20000-1:2018', '8.5.2.1', 'Plan new or changed services', '8.5.2', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.5.2.2', 'Design', '8.5.2', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.5.2.3', 'Build and transition', '8.5.2', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.5.3', 'Release and deployment management', '8.5', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.6', 'Resolution and fulfilment', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '8.6.1', 'Incident management', '8.6', 'confirmed', 'SCRIBD8;JSON20K;BITLION', NULL, true),
    ('20000-1:2018', '8.6.2', 'Service request management', '8.6', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.6.3', 'Problem management', '8.6', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.7', 'Service assurance', '8', 'confirmed', 'SCRIBD8;CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '8.7.1', 'Service availability management', '8.7', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.7.2', 'Service continuity management', '8.7', 'confirmed', 'SCRIBD8;JSON20K', NULL, true),
    ('20000-1:2018', '8.7.3', 'Information security management', '8.7', 'confirmed', 'SCRIBD8;JSON20K;DAYDREAM', NULL, true),
    ('20000-1:2018', '8.7.3.1', 'Information security policy', '8.7.3', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.7.3.2', 'Information security controls', '8.7.3', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '8.7.3.3', 'Information security incidents', '8.7.3', 'single source', 'SCRIBD8', NULL, true),
    ('20000-1:2018', '9', 'Performance evaluation', NULL, 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '9.1', 'Monitoring, measurement, analysis and evaluation', '9', 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '9.2', 'Internal audit', '9', 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '9.3', 'Management review', '9', 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '9.4', 'Service reporting', '9', 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '10', 'Improvement', NULL, 'confirmed', 'CERTIKIT;JSON20K', NULL, true),
    ('20000-1:2018', '10.1', 'Nonconformity and corrective action', '10', 'partially confirmed', 'JSON20K;HLS', NULL, true),
    ('20000-1:2018', '10.2', 'Continual improvement', '10', 'partially confirmed', 'JSON20K;HLS', NULL, true);

-- Annex A control sets: 27001:2013 (domains, objectives, controls) and
-- 27001:2022 (themes A.5-A.8, then the 93 controls with 27002:2022 attributes).
INSERT INTO ims.control (standard, ref, title, kind, parent_ref, ref_27002, theme, new_in_edition, control_type, security_properties, cybersecurity_concepts, operational_capabilities, security_domains, verification, attribute_verification, sources, note, builtin) VALUES
    ('27001:2013', 'A.5', 'Information security policies', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.5.1', 'Management direction for information security', 'objective', 'A.5', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.5.1.1', 'Policies for information security', 'control', 'A.5.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.5.1.2', 'Review of the policies for information security', 'control', 'A.5.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6', 'Organization of information security', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.6.1', 'Internal organization', 'objective', 'A.6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.6.1.1', 'Information security roles and responsibilities', 'control', 'A.6.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.1.2', 'Segregation of duties', 'control', 'A.6.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.1.3', 'Contact with authorities', 'control', 'A.6.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.1.4', 'Contact with special interest groups', 'control', 'A.6.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.1.5', 'Information security in project management', 'control', 'A.6.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.2', 'Mobile devices and teleworking', 'objective', 'A.6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.6.2.1', 'Mobile device policy', 'control', 'A.6.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.6.2.2', 'Teleworking', 'control', 'A.6.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7', 'Human resource security', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.7.1', 'Prior to employment', 'objective', 'A.7', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.7.1.1', 'Screening', 'control', 'A.7.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7.1.2', 'Terms and conditions of employment', 'control', 'A.7.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7.2', 'During employment', 'objective', 'A.7', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.7.2.1', 'Management responsibilities', 'control', 'A.7.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7.2.2', 'Information security awareness, education and training', 'control', 'A.7.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7.2.3', 'Disciplinary process', 'control', 'A.7.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.7.3', 'Termination and change of employment', 'objective', 'A.7', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.7.3.1', 'Termination or change of employment responsibilities', 'control', 'A.7.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8', 'Asset management', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.8.1', 'Responsibility for assets', 'objective', 'A.8', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.8.1.1', 'Inventory of assets', 'control', 'A.8.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.1.2', 'Ownership of assets', 'control', 'A.8.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.1.3', 'Acceptable use of assets', 'control', 'A.8.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.1.4', 'Return of assets', 'control', 'A.8.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.2', 'Information classification', 'objective', 'A.8', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.8.2.1', 'Classification of information', 'control', 'A.8.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.2.2', 'Labelling of information', 'control', 'A.8.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.2.3', 'Handling of assets', 'control', 'A.8.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.3', 'Media handling', 'objective', 'A.8', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.8.3.1', 'Management of removable media', 'control', 'A.8.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.3.2', 'Disposal of media', 'control', 'A.8.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.8.3.3', 'Physical media transfer', 'control', 'A.8.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9', 'Access control', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;CLOUDAWARE;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.9.1', 'Business requirements of access control', 'objective', 'A.9', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;CLOUDAWARE', NULL, true),
    ('27001:2013', 'A.9.1.1', 'Access control policy', 'control', 'A.9.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.1.2', 'Access to networks and network services', 'control', 'A.9.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2', 'User access management', 'objective', 'A.9', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;CLOUDAWARE;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.9.2.1', 'User registration and de-registration', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2.2', 'User access provisioning', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2.3', 'Management of privileged access rights', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2.4', 'Management of secret authentication information of users', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2.5', 'Review of user access rights', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.2.6', 'Removal or adjustment of access rights', 'control', 'A.9.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.3', 'User responsibilities', 'objective', 'A.9', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;CLOUDAWARE;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.9.3.1', 'Use of secret authentication information', 'control', 'A.9.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.4', 'System and application access control', 'objective', 'A.9', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;CLOUDAWARE;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.9.4.1', 'Information access restriction', 'control', 'A.9.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.4.2', 'Secure log-on procedures', 'control', 'A.9.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.4.3', 'Password management system', 'control', 'A.9.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.4.4', 'Use of privileged utility programs', 'control', 'A.9.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.9.4.5', 'Access control to program source code', 'control', 'A.9.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.10', 'Cryptography', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.10.1', 'Cryptographic controls', 'objective', 'A.10', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.10.1.1', 'Policy on the use of cryptographic controls', 'control', 'A.10.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.10.1.2', 'Key management', 'control', 'A.10.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11', 'Physical and environmental security', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.11.1', 'Secure areas', 'objective', 'A.11', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.11.1.1', 'Physical security perimeter', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.1.2', 'Physical entry controls', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.1.3', 'Securing offices, rooms and facilities', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.1.4', 'Protecting against external and environmental threats', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.1.5', 'Working in secure areas', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.1.6', 'Delivery and loading areas', 'control', 'A.11.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2', 'Equipment', 'objective', 'A.11', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.11.2.1', 'Equipment siting and protection', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.2', 'Supporting utilities', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.3', 'Cabling security', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.4', 'Equipment maintenance', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.5', 'Removal of assets', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.6', 'Security of equipment and assets off-premises', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.7', 'Secure disposal or re-use of equipment', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources); title spelling variant disputed between sources', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', 'CISO13, SOA13 and ANNEXB write "reuse"; INFOCERTS and two code lists write "re-use" (27002:2022 7.14 also "re-use"); official 2013 spelling not verified', true),
    ('27001:2013', 'A.11.2.8', 'Unattended user equipment', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.11.2.9', 'Clear desk and clear screen policy', 'control', 'A.11.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12', 'Operations security', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.12.1', 'Operational procedures and responsibilities', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.12.1.1', 'Documented operating procedures', 'control', 'A.12.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.1.2', 'Change management', 'control', 'A.12.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.1.3', 'Capacity management', 'control', 'A.12.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.1.4', 'Separation of development, testing and operational environments', 'control', 'A.12.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.2', 'Protection from malware', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.12.2.1', 'Controls against malware', 'control', 'A.12.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.3', 'Backup', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.12.3.1', 'Information backup', 'control', 'A.12.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.4', 'Logging and monitoring', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.12.4.1', 'Event logging', 'control', 'A.12.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.4.2', 'Protection of log information', 'control', 'A.12.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.4.3', 'Administrator and operator logs', 'control', 'A.12.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.4.4', 'Clock synchronisation', 'control', 'A.12.4', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources); title spelling variant disputed between sources', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', 'ANNEXB (27002:2022 Table B.2) writes "Clock synchronization"; CISO13/SOA13 write "synchronisation"', true),
    ('27001:2013', 'A.12.5', 'Control of operational software', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.12.5.1', 'Installation of software on operational systems', 'control', 'A.12.5', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.6', 'Technical vulnerability management', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.12.6.1', 'Management of technical vulnerabilities', 'control', 'A.12.6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', 'CISO13 typo "technial"', true),
    ('27001:2013', 'A.12.6.2', 'Restrictions on software installation', 'control', 'A.12.6', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.12.7', 'Information systems audit considerations', 'objective', 'A.12', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.12.7.1', 'Information systems audit controls', 'control', 'A.12.7', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13', 'Communications security', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', NULL, true),
    ('27001:2013', 'A.13.1', 'Network security management', 'objective', 'A.13', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;PROW13(title case)', 'ANNEXB row reads "Network security management facilities." (artefact)', true),
    ('27001:2013', 'A.13.1.1', 'Network controls', 'control', 'A.13.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13.1.2', 'Security of network services', 'control', 'A.13.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13.1.3', 'Segregation in networks', 'control', 'A.13.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources); title spelling variant disputed between sources', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', 'ANNEXB (27002:2022 Table B.2) reads "Segregation of networks"; CISO13 and SOA13 read "Segregation in networks"', true),
    ('27001:2013', 'A.13.2', 'Information transfer', 'objective', 'A.13', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.13.2.1', 'Information transfer policies and procedures', 'control', 'A.13.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13.2.2', 'Agreements on information transfer', 'control', 'A.13.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13.2.3', 'Electronic messaging', 'control', 'A.13.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.13.2.4', 'Confidentiality or nondisclosure agreements', 'control', 'A.13.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources); title spelling variant disputed between sources', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', 'CISO13 and ANNEXB (27002:2022 Table B.2) write "non-disclosure"; SOA13 and other code lists write "nondisclosure"', true),
    ('27001:2013', 'A.14', 'System acquisition, development and maintenance', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.14.1', 'Security requirements of information systems', 'objective', 'A.14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.14.1.1', 'Information security requirements analysis and specification', 'control', 'A.14.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.1.2', 'Securing application services on public networks', 'control', 'A.14.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.1.3', 'Protecting application services transactions', 'control', 'A.14.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2', 'Security in development and support processes', 'objective', 'A.14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.14.2.1', 'Secure development policy', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.2', 'System change control procedures', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.3', 'Technical review of applications after operating platform changes', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.4', 'Restrictions on changes to software packages', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.5', 'Secure system engineering principles', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.6', 'Secure development environment', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.7', 'Outsourced development', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.8', 'System security testing', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.2.9', 'System acceptance testing', 'control', 'A.14.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.14.3', 'Test data', 'objective', 'A.14', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.14.3.1', 'Protection of test data', 'control', 'A.14.3', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.15', 'Supplier relationships', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.15.1', 'Information security in supplier relationships', 'objective', 'A.15', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.15.1.1', 'Information security policy for supplier relationships', 'control', 'A.15.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.15.1.2', 'Addressing security within supplier agreements', 'control', 'A.15.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.15.1.3', 'Information and communication technology supply chain', 'control', 'A.15.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.15.2', 'Supplier service delivery management', 'objective', 'A.15', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.15.2.1', 'Monitoring and review of supplier services', 'control', 'A.15.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.15.2.2', 'Managing changes to supplier services', 'control', 'A.15.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16', 'Information security incident management', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.16.1', 'Management of information security incidents and improvements', 'objective', 'A.16', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.16.1.1', 'Responsibilities and procedures', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.2', 'Reporting information security events', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.3', 'Reporting information security weaknesses', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.4', 'Assessment of and decision on information security events', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.5', 'Response to information security incidents', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.6', 'Learning from information security incidents', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.16.1.7', 'Collection of evidence', 'control', 'A.16.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.17', 'Information security aspects of business continuity management', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.17.1', 'Information security continuity', 'objective', 'A.17', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.17.1.1', 'Planning information security continuity', 'control', 'A.17.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.17.1.2', 'Implementing information security continuity', 'control', 'A.17.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.17.1.3', 'Verify, review and evaluate information security continuity', 'control', 'A.17.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.17.2', 'Redundancies', 'objective', 'A.17', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.17.2.1', 'Availability of information processing facilities', 'control', 'A.17.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18', 'Compliance', 'domain', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.18.1', 'Compliance with legal and contractual requirements', 'objective', 'A.18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.18.1.1', 'Identification of applicable legislation and contractual requirements', 'control', 'A.18.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.1.2', 'Intellectual property rights', 'control', 'A.18.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.1.3', 'Protection of records', 'control', 'A.18.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.1.4', 'Privacy and protection of personally identifiable information', 'control', 'A.18.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.1.5', 'Regulation of cryptographic controls', 'control', 'A.18.1', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.2', 'Information security reviews', 'objective', 'A.18', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (2 sources)', NULL, 'CISO13;ANNEXB', NULL, true),
    ('27001:2013', 'A.18.2.1', 'Independent review of information security', 'control', 'A.18.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.2.2', 'Compliance with security policies and standards', 'control', 'A.18.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (4 sources)', NULL, 'CISO13;ANNEXB;SOA13;TWSQL(id only)', NULL, true),
    ('27001:2013', 'A.18.2.3', 'Technical compliance review', 'control', 'A.18.2', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'confirmed (3 sources)', NULL, 'CISO13;ANNEXB;TWSQL(id only)', NULL, true),
    ('27001:2022', 'A.5', 'Organizational controls', 'theme', NULL, '5', 'organizational', NULL, NULL, NULL, NULL, NULL, NULL, 'ims27013: theme heading (27002:2022 clauses 5-8); not in the reference CSV', NULL, NULL, 'theme row added by tools/gen-catalogue-data.pl so that every control has a parent', true),
    ('27001:2022', 'A.6', 'People controls', 'theme', NULL, '6', 'people', NULL, NULL, NULL, NULL, NULL, NULL, 'ims27013: theme heading (27002:2022 clauses 5-8); not in the reference CSV', NULL, NULL, 'theme row added by tools/gen-catalogue-data.pl so that every control has a parent', true),
    ('27001:2022', 'A.7', 'Physical controls', 'theme', NULL, '7', 'physical', NULL, NULL, NULL, NULL, NULL, NULL, 'ims27013: theme heading (27002:2022 clauses 5-8); not in the reference CSV', NULL, NULL, 'theme row added by tools/gen-catalogue-data.pl so that every control has a parent', true),
    ('27001:2022', 'A.8', 'Technological controls', 'theme', NULL, '8', 'technological', NULL, NULL, NULL, NULL, NULL, NULL, 'ims27013: theme heading (27002:2022 clauses 5-8); not in the reference CSV', NULL, NULL, 'theme row added by tools/gen-catalogue-data.pl so that every control has a parent', true),
    ('27001:2022', 'A.5.1', 'Policies for information security', 'control', 'A.5', '5.1', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.2', 'Information security roles and responsibilities', 'control', 'A.5', '5.2', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Roles and Responsibilities"', true),
    ('27001:2022', 'A.5.3', 'Segregation of duties', 'control', 'A.5', '5.3', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['governance', 'identity_and_access_management']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.4', 'Management responsibilities', 'control', 'A.5', '5.4', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.5', 'Contact with authorities', 'control', 'A.5', '5.5', 'organizational', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['defence', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.6', 'Contact with special interest groups', 'control', 'A.5', '5.6', 'organizational', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.7', 'Threat intelligence', 'control', 'A.5', '5.7', 'organizational', true, ARRAY['preventive', 'detective', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['threat_and_vulnerability_management']::ims.operational_capability[], ARRAY['defence', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.8', 'Information security in project management', 'control', 'A.5', '5.8', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['governance']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.9', 'Inventory of information and other associated assets', 'control', 'A.5', '5.9', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.10', 'Acceptable use of information and other associated assets', 'control', 'A.5', '5.10', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'information_protection']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.11', 'Return of assets', 'control', 'A.5', '5.11', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.12', 'Classification of information', 'control', 'A.5', '5.12', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.13', 'Labelling of information', 'control', 'A.5', '5.13', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.14', 'Information transfer', 'control', 'A.5', '5.14', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'information_protection']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.15', 'Access control', 'control', 'A.5', '5.15', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.16', 'Identity management', 'control', 'A.5', '5.16', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.17', 'Authentication information', 'control', 'A.5', '5.17', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.18', 'Access rights', 'control', 'A.5', '5.18', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.19', 'Information security in supplier relationships', 'control', 'A.5', '5.19', 'organizational', false, ARRAY['preventive']::ims.control_type[], ARRAY['confidentiality', 'integrity', 'availability']::ims.security_property[], ARRAY['identify']::ims.cybersecurity_concept[], ARRAY['supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL; ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: TWSQL=ISMS.online | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.20', 'Addressing information security within supplier agreements', 'control', 'A.5', '5.20', 'organizational', false, ARRAY['preventive']::ims.control_type[], ARRAY['confidentiality', 'integrity', 'availability']::ims.security_property[], ARRAY['identify']::ims.cybersecurity_concept[], ARRAY['supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL; ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: TWSQL=ISMS.online | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.21', 'Managing information security in the ICT supply chain', 'control', 'A.5', '5.21', 'organizational', false, ARRAY['preventive']::ims.control_type[], ARRAY['confidentiality', 'integrity', 'availability']::ims.security_property[], ARRAY['identify']::ims.cybersecurity_concept[], ARRAY['supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL; ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: TWSQL=ISMS.online | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.22', 'Monitoring, review and change management of supplier services', 'control', 'A.5', '5.22', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Monitor, Review And Change Management Of Supplier Services"', true),
    ('27001:2022', 'A.5.23', 'Information security for use of cloud services', 'control', 'A.5', '5.23', 'organizational', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.24', 'Information security incident management planning and preparation', 'control', 'A.5', '5.24', 'organizational', false, ARRAY['corrective']::ims.control_type[], NULL, NULL, ARRAY['governance', 'information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.25', 'Assessment and decision on information security events', 'control', 'A.5', '5.25', 'organizational', false, ARRAY['detective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.26', 'Response to information security incidents', 'control', 'A.5', '5.26', 'organizational', false, ARRAY['corrective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.27', 'Learning from information security incidents', 'control', 'A.5', '5.27', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.28', 'Collection of evidence', 'control', 'A.5', '5.28', 'organizational', false, ARRAY['corrective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.29', 'Information security during disruption', 'control', 'A.5', '5.29', 'organizational', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['continuity']::ims.operational_capability[], ARRAY['protection', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.30', 'ICT readiness for business continuity', 'control', 'A.5', '5.30', 'organizational', true, ARRAY['corrective']::ims.control_type[], NULL, NULL, ARRAY['continuity']::ims.operational_capability[], ARRAY['resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Readiness For Business Continuity"', true),
    ('27001:2022', 'A.5.31', 'Legal, statutory, regulatory and contractual requirements', 'control', 'A.5', '5.31', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['legal_and_compliance']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.32', 'Intellectual property rights', 'control', 'A.5', '5.32', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['legal_and_compliance']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.33', 'Protection of records', 'control', 'A.5', '5.33', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'information_protection', 'legal_and_compliance']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.34', 'Privacy and protection of PII', 'control', 'A.5', '5.34', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection', 'legal_and_compliance']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.35', 'Independent review of information security', 'control', 'A.5', '5.35', 'organizational', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['information_security_assurance']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.36', 'Compliance with policies, rules and standards for information security', 'control', 'A.5', '5.36', 'organizational', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_security_assurance', 'legal_and_compliance']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.5.37', 'Documented operating procedures', 'control', 'A.5', '5.37', 'organizational', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'asset_management', 'continuity', 'identity_and_access_management', 'information_security_event_management', 'physical_security', 'secure_configuration', 'system_and_network_security', 'threat_and_vulnerability_management']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.1', 'Screening', 'control', 'A.6', '6.1', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['human_resource_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.2', 'Terms and conditions of employment', 'control', 'A.6', '6.2', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['human_resource_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.3', 'Information security awareness, education and training', 'control', 'A.6', '6.3', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['human_resource_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.4', 'Disciplinary process', 'control', 'A.6', '6.4', 'people', false, ARRAY['preventive', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['human_resource_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.5', 'Responsibilities after termination or change of employment', 'control', 'A.6', '6.5', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'human_resource_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.6', 'Confidentiality or non-disclosure agreements', 'control', 'A.6', '6.6', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['human_resource_security', 'information_protection', 'supplier_relationships_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.7', 'Remote working', 'control', 'A.6', '6.7', 'people', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'information_protection', 'physical_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.6.8', 'Information security event reporting', 'control', 'A.6', '6.8', 'people', false, ARRAY['detective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.1', 'Physical security perimeters', 'control', 'A.7', '7.1', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.2', 'Physical entry', 'control', 'A.7', '7.2', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.3', 'Securing offices, rooms and facilities', 'control', 'A.7', '7.3', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.4', 'Physical security monitoring', 'control', 'A.7', '7.4', 'physical', true, ARRAY['preventive', 'detective']::ims.control_type[], ARRAY['confidentiality', 'integrity', 'availability']::ims.security_property[], ARRAY['protect', 'detect']::ims.cybersecurity_concept[], ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS (TWSQL differs: Preventive; ISMS.online agrees with GAPPS); ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: ISMS.online (TWSQL differs: Protection) | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.5', 'Protecting against physical and environmental threats', 'control', 'A.7', '7.5', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.6', 'Working in secure areas', 'control', 'A.7', '7.6', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'CISO22 reads "Working In secure areas"', true),
    ('27001:2022', 'A.7.7', 'Clear desk and clear screen', 'control', 'A.7', '7.7', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.8', 'Equipment siting and protection', 'control', 'A.7', '7.8', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.9', 'Security of assets off-premises', 'control', 'A.7', '7.9', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.10', 'Storage media', 'control', 'A.7', '7.10', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.11', 'Supporting utilities', 'control', 'A.7', '7.11', 'physical', false, ARRAY['preventive', 'detective']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.12', 'Cabling security', 'control', 'A.7', '7.12', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.13', 'Equipment maintenance', 'control', 'A.7', '7.13', 'physical', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.7.14', 'Secure disposal or re-use of equipment', 'control', 'A.7', '7.14', 'physical', false, ARRAY['preventive']::ims.control_type[], ARRAY['confidentiality']::ims.security_property[], ARRAY['protect']::ims.cybersecurity_concept[], ARRAY['asset_management', 'physical_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL; ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: TWSQL=ISMS.online | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.1', 'User endpoint devices', 'control', 'A.8', '8.1', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'information_protection']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'CISO22 reads "User end point devices"', true),
    ('27001:2022', 'A.8.2', 'Privileged access rights', 'control', 'A.8', '8.2', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.3', 'Information access restriction', 'control', 'A.8', '8.3', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.4', 'Access to source code', 'control', 'A.8', '8.4', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'identity_and_access_management', 'secure_configuration']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.5', 'Secure authentication', 'control', 'A.8', '8.5', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['identity_and_access_management']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.6', 'Capacity management', 'control', 'A.8', '8.6', 'technological', false, ARRAY['preventive', 'detective']::ims.control_type[], NULL, NULL, ARRAY['continuity']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.7', 'Protection against malware', 'control', 'A.8', '8.7', 'technological', false, ARRAY['preventive', 'detective', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['information_protection', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.8', 'Management of technical vulnerabilities', 'control', 'A.8', '8.8', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['threat_and_vulnerability_management']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.9', 'Configuration management', 'control', 'A.8', '8.9', 'technological', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['secure_configuration']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.10', 'Information deletion', 'control', 'A.8', '8.10', 'technological', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection', 'legal_and_compliance']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.11', 'Data masking', 'control', 'A.8', '8.11', 'technological', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.12', 'Data leakage prevention', 'control', 'A.8', '8.12', 'technological', true, ARRAY['preventive', 'detective']::ims.control_type[], NULL, NULL, ARRAY['information_protection']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.13', 'Information backup', 'control', 'A.8', '8.13', 'technological', false, ARRAY['corrective']::ims.control_type[], NULL, NULL, ARRAY['continuity']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.14', 'Redundancy of information processing facilities', 'control', 'A.8', '8.14', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['asset_management', 'continuity']::ims.operational_capability[], ARRAY['protection', 'resilience']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.15', 'Logging', 'control', 'A.8', '8.15', 'technological', false, ARRAY['detective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.16', 'Monitoring activities', 'control', 'A.8', '8.16', 'technological', true, ARRAY['detective', 'corrective']::ims.control_type[], NULL, NULL, ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.17', 'Clock synchronization', 'control', 'A.8', '8.17', 'technological', false, ARRAY['detective']::ims.control_type[], ARRAY['integrity']::ims.security_property[], ARRAY['protect', 'detect']::ims.cybersecurity_concept[], ARRAY['information_security_event_management']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL; ISMS.online agrees | capabilities: GAPPS=TWSQL | domains: TWSQL=ISMS.online | properties/concepts: ISMS.online only', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Clock Synchronisation"', true),
    ('27001:2022', 'A.8.18', 'Use of privileged utility programs', 'control', 'A.8', '8.18', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'secure_configuration', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.19', 'Installation of software on operational systems', 'control', 'A.8', '8.19', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'secure_configuration']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.20', 'Networks security', 'control', 'A.8', '8.20', 'technological', false, ARRAY['preventive', 'detective']::ims.control_type[], NULL, NULL, ARRAY['system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Network Security"', true),
    ('27001:2022', 'A.8.21', 'Security of network services', 'control', 'A.8', '8.21', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.22', 'Segregation of networks', 'control', 'A.8', '8.22', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.23', 'Web filtering', 'control', 'A.8', '8.23', 'technological', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.24', 'Use of cryptography', 'control', 'A.8', '8.24', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['secure_configuration']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.25', 'Secure development life cycle', 'control', 'A.8', '8.25', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'ANNEXB reproduction reads "Secure development lifecycle"', true),
    ('27001:2022', 'A.8.26', 'Application security requirements', 'control', 'A.8', '8.26', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection', 'defence']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.27', 'Secure system architecture and engineering principles', 'control', 'A.8', '8.27', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', 'PROW22 reads "Secure Systems Architecture and Engineering Principles"', true),
    ('27001:2022', 'A.8.28', 'Secure coding', 'control', 'A.8', '8.28', 'technological', true, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (3 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB', 'absent from all PROW22 files', true),
    ('27001:2022', 'A.8.29', 'Security testing in development and acceptance', 'control', 'A.8', '8.29', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'information_security_assurance', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.30', 'Outsourced development', 'control', 'A.8', '8.30', 'technological', false, ARRAY['preventive', 'detective']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'supplier_relationships_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.31', 'Separation of development, test and production environments', 'control', 'A.8', '8.31', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.32', 'Change management', 'control', 'A.8', '8.32', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['application_security', 'system_and_network_security']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.33', 'Test information', 'control', 'A.8', '8.33', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection']::ims.operational_capability[], ARRAY['protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true),
    ('27001:2022', 'A.8.34', 'Protection of information systems during audit testing', 'control', 'A.8', '8.34', 'technological', false, ARRAY['preventive']::ims.control_type[], NULL, NULL, ARRAY['information_protection', 'system_and_network_security']::ims.operational_capability[], ARRAY['governance_and_ecosystem', 'protection']::ims.security_domain[], 'confirmed (4 sources)', 'control_type: GAPPS=TWSQL | capabilities: GAPPS=TWSQL | domains: TWSQL only | properties/concepts: not retrieved', 'CISO22;GAPPS;ANNEXB;PROW22(title case)', NULL, true);

-- Correspondences: 27002:2022 Annex B (compiled from public sources), our
-- derivations of 27013:2021 Annex A and Annex B, and our 27001 edition map.
INSERT INTO ims.correspondence (mapping, from_standard, from_ref, to_standard, to_ref, relation, provenance, verification, sources, note, builtin) VALUES
    ('27002-B', '27001:2013', 'A.5.1.1', '27001:2022', 'A.5.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.5.1.2', '27001:2022', 'A.5.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.6.1.1', '27001:2022', 'A.5.2', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.6.1.2', '27001:2022', 'A.5.3', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.6.1.3', '27001:2022', 'A.5.5', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.6.1.4', '27001:2022', 'A.5.6', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.6.1.5', '27001:2022', 'A.5.8', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.6.2.1', '27001:2022', 'A.8.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.6.2.2', '27001:2022', 'A.6.7', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.1.1', '27001:2022', 'A.6.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.1.2', '27001:2022', 'A.6.2', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.2.1', '27001:2022', 'A.5.4', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.2.2', '27001:2022', 'A.6.3', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.2.3', '27001:2022', 'A.6.4', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.7.3.1', '27001:2022', 'A.6.5', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.1.1', '27001:2022', 'A.5.9', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.1.2', '27001:2022', 'A.5.9', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.1.3', '27001:2022', 'A.5.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.1.4', '27001:2022', 'A.5.11', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.2.1', '27001:2022', 'A.5.12', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.2.2', '27001:2022', 'A.5.13', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.2.3', '27001:2022', 'A.5.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.3.1', '27001:2022', 'A.7.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.3.2', '27001:2022', 'A.7.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.8.3.3', '27001:2022', 'A.7.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.1.1', '27001:2022', 'A.5.15', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.1.2', '27001:2022', 'A.5.15', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.2.1', '27001:2022', 'A.5.16', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.2.2', '27001:2022', 'A.5.18', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.2.3', '27001:2022', 'A.8.2', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.2.4', '27001:2022', 'A.5.17', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.2.5', '27001:2022', 'A.5.18', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.9.2.6', '27001:2022', 'A.5.18', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.9.3.1', '27001:2022', 'A.5.17', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.4.1', '27001:2022', 'A.8.3', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.4.2', '27001:2022', 'A.8.5', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.4.3', '27001:2022', 'A.5.17', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.4.4', '27001:2022', 'A.8.18', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.9.4.5', '27001:2022', 'A.8.4', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.10.1.1', '27001:2022', 'A.8.24', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.10.1.2', '27001:2022', 'A.8.24', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.1', '27001:2022', 'A.7.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.2', '27001:2022', 'A.7.2', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.3', '27001:2022', 'A.7.3', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.4', '27001:2022', 'A.7.5', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.5', '27001:2022', 'A.7.6', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.1.6', '27001:2022', 'A.7.2', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.1', '27001:2022', 'A.7.8', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.2', '27001:2022', 'A.7.11', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.3', '27001:2022', 'A.7.12', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.4', '27001:2022', 'A.7.13', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.5', '27001:2022', 'A.7.10', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.6', '27001:2022', 'A.7.9', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.7', '27001:2022', 'A.7.14', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.8', '27001:2022', 'A.8.1', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.11.2.9', '27001:2022', 'A.7.7', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.1.1', '27001:2022', 'A.5.37', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.1.2', '27001:2022', 'A.8.32', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.1.3', '27001:2022', 'A.8.6', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.1.4', '27001:2022', 'A.8.31', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.2.1', '27001:2022', 'A.8.7', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.3.1', '27001:2022', 'A.8.13', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.4.1', '27001:2022', 'A.8.15', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.4.2', '27001:2022', 'A.8.15', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.4.3', '27001:2022', 'A.8.15', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.4.4', '27001:2022', 'A.8.17', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.5.1', '27001:2022', 'A.8.19', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.6.1', '27001:2022', 'A.8.8', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.12.6.2', '27001:2022', 'A.8.19', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.12.7.1', '27001:2022', 'A.8.34', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.13.1.1', '27001:2022', 'A.8.20', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.13.1.2', '27001:2022', 'A.8.21', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.13.1.3', '27001:2022', 'A.8.22', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.13.2.1', '27001:2022', 'A.5.14', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.13.2.2', '27001:2022', 'A.5.14', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.13.2.3', '27001:2022', 'A.5.14', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.13.2.4', '27001:2022', 'A.6.6', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.1.1', '27001:2022', 'A.5.8', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.1.2', '27001:2022', 'A.8.26', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.1.3', '27001:2022', 'A.8.26', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.1', '27001:2022', 'A.8.25', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.2', '27001:2022', 'A.8.32', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.3', '27001:2022', 'A.8.32', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.14.2.4', '27001:2022', 'A.8.32', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', 'A.14.2.5', '27001:2022', 'A.8.27', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.6', '27001:2022', 'A.8.31', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.7', '27001:2022', 'A.8.30', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.8', '27001:2022', 'A.8.29', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.2.9', '27001:2022', 'A.8.29', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.14.3.1', '27001:2022', 'A.8.33', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.15.1.1', '27001:2022', 'A.5.19', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.15.1.2', '27001:2022', 'A.5.20', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.15.1.3', '27001:2022', 'A.5.21', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.15.2.1', '27001:2022', 'A.5.22', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.15.2.2', '27001:2022', 'A.5.22', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.1', '27001:2022', 'A.5.24', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.2', '27001:2022', 'A.6.8', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.3', '27001:2022', 'A.6.8', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;CISOMAP', 'absent from TWSQL; present in CISOMAP (as intersect)', true),
    ('27002-B', '27001:2013', 'A.16.1.4', '27001:2022', 'A.5.25', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.5', '27001:2022', 'A.5.26', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.6', '27001:2022', 'A.5.27', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.16.1.7', '27001:2022', 'A.5.28', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.17.1.1', '27001:2022', 'A.5.29', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.17.1.2', '27001:2022', 'A.5.29', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.17.1.3', '27001:2022', 'A.5.29', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.17.2.1', '27001:2022', 'A.8.14', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.1.1', '27001:2022', 'A.5.31', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.1.2', '27001:2022', 'A.5.32', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.1.3', '27001:2022', 'A.5.33', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.1.4', '27001:2022', 'A.5.34', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.1.5', '27001:2022', 'A.5.31', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.2.1', '27001:2022', 'A.5.35', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.2.2', '27001:2022', 'A.5.36', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.2.3', '27001:2022', 'A.5.36', 'corresponds', 'compiled', 'confirmed (3 sources)', 'ANNEXB;TWSQL;CISOMAP', NULL, true),
    ('27002-B', '27001:2013', 'A.18.2.3', '27001:2022', 'A.8.8', 'corresponds', 'compiled', 'confirmed (2 sources)', 'ANNEXB;TWSQL', 'absent from CISOMAP', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.5.7', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.5.23', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.5.30', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.7.4', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.9', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.10', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.11', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.12', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.16', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.23', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27002-B', '27001:2013', NULL, '27001:2022', 'A.8.28', 'no_counterpart', 'compiled', U&'confirmed new in 2022 (ANNEXB "New"; TWSQL "\65B0\589E")', 'ANNEXB;TWSQL', 'no 27001:2013 counterpart', true),
    ('27013-A', '27001:2013', '1', '20000-1:2018', '1', 'equivalent_hls', 'derived', NULL, NULL, 'same heading (Scope)', true),
    ('27013-A', '27001:2013', '1', '20000-1:2018', '1.1', 'partial', 'derived', NULL, NULL, '27001 has no subclauses; 20000-1 splits Scope into 1.1/1.2', true),
    ('27013-A', '27001:2013', '1', '20000-1:2018', '1.2', 'partial', 'derived', NULL, NULL, NULL, true),
    ('27013-A', '27001:2013', '2', '20000-1:2018', '2', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '3', '20000-1:2018', '3', 'equivalent_hls', 'derived', NULL, NULL, 'same heading; term sets differ (see terms.csv)', true),
    ('27013-A', '27001:2013', '3', '20000-1:2018', '3.1', 'partial', 'derived', NULL, NULL, 'Annex SL common terms', true),
    ('27013-A', '27001:2013', '3', '20000-1:2018', '3.2', 'partial', 'derived', NULL, NULL, 'service-management-specific terms', true),
    ('27013-A', '27001:2013', '4', '20000-1:2018', '4', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '4.1', '20000-1:2018', '4.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '4.2', '20000-1:2018', '4.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '4.3', '20000-1:2018', '4.3', 'partial', 'derived', NULL, NULL, 'HLS heading, discipline-specific object', true),
    ('27013-A', '27001:2013', '4.4', '20000-1:2018', '4.4', 'partial', 'derived', NULL, NULL, 'HLS heading, discipline-specific object', true),
    ('27013-A', '27001:2013', '5', '20000-1:2018', '5', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '5.1', '20000-1:2018', '5.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '5.2', '20000-1:2018', '5.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '5.2', '20000-1:2018', '5.2.1', 'partial', 'derived', NULL, NULL, '20000-1 subdivides policy', true),
    ('27013-A', '27001:2013', '5.2', '20000-1:2018', '5.2.2', 'partial', 'derived', NULL, NULL, '20000-1 subdivides policy', true),
    ('27013-A', '27001:2013', '5.3', '20000-1:2018', '5.3', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '6', '20000-1:2018', '6', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '6.1', '20000-1:2018', '6.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '6.1.1', '20000-1:2018', '6.1', 'partial', 'derived', NULL, NULL, '27001 subdivides 6.1; 20000-1 does not', true),
    ('27013-A', '27001:2013', '6.1.2', '20000-1:2018', '6.1', 'topical', 'derived', NULL, NULL, 'topic: risk assessment (27001-specific subclause)', true),
    ('27013-A', '27001:2013', '6.1.3', '20000-1:2018', '6.1', 'topical', 'derived', NULL, NULL, 'topic: risk treatment (27001-specific subclause)', true),
    ('27013-A', '27001:2013', '6.1.2', '20000-1:2018', '8.7.3.2', 'topical', 'derived', NULL, NULL, 'topic: information security risks addressed by SMS information security controls', true),
    ('27013-A', '27001:2013', '6.1.3', '20000-1:2018', '8.7.3.2', 'topical', 'derived', NULL, NULL, 'topic: information security controls', true),
    ('27013-A', '27001:2013', '6.2', '20000-1:2018', '6.2', 'partial', 'derived', NULL, NULL, 'HLS heading, discipline-specific object', true),
    ('27013-A', '27001:2013', '6.2', '20000-1:2018', '6.2.1', 'partial', 'derived', NULL, NULL, '20000-1 subdivides objectives', true),
    ('27013-A', '27001:2013', '6.2', '20000-1:2018', '6.2.2', 'partial', 'derived', NULL, NULL, '20000-1 subdivides objectives', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '6.3', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (20000-1-specific: plan the SMS)', true),
    ('27013-A', '27001:2013', '7', '20000-1:2018', '7', 'equivalent_hls', 'derived', NULL, NULL, 'same clause; 20000-1 title extended', true),
    ('27013-A', '27001:2013', '7.1', '20000-1:2018', '7.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.2', '20000-1:2018', '7.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.3', '20000-1:2018', '7.3', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.4', '20000-1:2018', '7.4', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.5', '20000-1:2018', '7.5', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.5.1', '20000-1:2018', '7.5.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.5.2', '20000-1:2018', '7.5.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '7.5.3', '20000-1:2018', '7.5.3', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '7.5.4', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (SMS documented information)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '7.6', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (Knowledge)', true),
    ('27013-A', '27001:2013', '8', '20000-1:2018', '8', 'equivalent_hls', 'derived', NULL, NULL, 'same clause; 20000-1 title extended', true),
    ('27013-A', '27001:2013', '8.1', '20000-1:2018', '8.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '8.2', '20000-1:2018', '8.7.3.2', 'topical', 'derived', NULL, NULL, 'topic: 27001 operational risk assessment vs 20000-1 IS controls (no HLS counterpart)', true),
    ('27013-A', '27001:2013', '8.3', '20000-1:2018', '8.7.3.2', 'topical', 'derived', NULL, NULL, 'topic: 27001 risk treatment implementation vs 20000-1 IS controls', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.2', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (service portfolio)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.3', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (relationship and agreement)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.4', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (supply and demand)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.5', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (service design, build and transition)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.6', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (resolution and fulfilment)', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '8.7', 'no_counterpart', 'derived', NULL, NULL, 'no direct 27001:2013 clause counterpart (service assurance); 8.7.3 overlaps the ISMS as a whole', true),
    ('27013-A', '27001:2013', '9', '20000-1:2018', '9', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '9.1', '20000-1:2018', '9.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '9.2', '20000-1:2018', '9.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '9.3', '20000-1:2018', '9.3', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', NULL, '20000-1:2018', '9.4', 'no_counterpart', 'derived', NULL, NULL, 'no 27001:2013 counterpart (service reporting)', true),
    ('27013-A', '27001:2013', '10', '20000-1:2018', '10', 'equivalent_hls', 'derived', NULL, NULL, 'same heading', true),
    ('27013-A', '27001:2013', '10.1', '20000-1:2018', '10.1', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-A', '27001:2013', '10.2', '20000-1:2018', '10.2', 'equivalent_hls', 'derived', NULL, NULL, 'identical HLS heading', true),
    ('27013-B', '27001:2013', 'A.5.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.5.1.1', '20000-1:2018', '5.2', 'topical', 'derived', NULL, NULL, 'policy framework', true),
    ('27013-B', '27001:2013', 'A.5.1.1', '20000-1:2018', '8.7.3.1', 'topical', 'derived', NULL, NULL, 'information security policy', true),
    ('27013-B', '27001:2013', 'A.5.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.5.1.2', '20000-1:2018', '8.7.3.1', 'topical', 'derived', NULL, NULL, 'policy review', true),
    ('27013-B', '27001:2013', 'A.5.1.2', '20000-1:2018', '9.3', 'topical', 'derived', NULL, NULL, 'management review', true),
    ('27013-B', '27001:2013', 'A.6.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.1.1', '20000-1:2018', '5.3', 'topical', 'derived', NULL, NULL, 'roles and responsibilities', true),
    ('27013-B', '27001:2013', 'A.6.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.1.2', '20000-1:2018', '5.3', 'topical', 'derived', NULL, NULL, 'roles', true),
    ('27013-B', '27001:2013', 'A.6.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.1.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.1.5', '20000-1:2018', '8.5.2.1', 'topical', 'derived', NULL, NULL, 'plan new or changed services', true),
    ('27013-B', '27001:2013', 'A.6.1.5', '20000-1:2018', '8.1', 'topical', 'derived', NULL, NULL, 'operational planning', true),
    ('27013-B', '27001:2013', 'A.6.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.6.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.1.1', '20000-1:2018', '7.2', 'topical', 'derived', NULL, NULL, 'competence', true),
    ('27013-B', '27001:2013', 'A.7.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.1.2', '20000-1:2018', '7.2', 'topical', 'derived', NULL, NULL, 'competence', true),
    ('27013-B', '27001:2013', 'A.7.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.2.1', '20000-1:2018', '5.1', 'topical', 'derived', NULL, NULL, 'leadership and commitment', true),
    ('27013-B', '27001:2013', 'A.7.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.2.2', '20000-1:2018', '7.2', 'topical', 'derived', NULL, NULL, 'competence', true),
    ('27013-B', '27001:2013', 'A.7.2.2', '20000-1:2018', '7.3', 'topical', 'derived', NULL, NULL, 'awareness', true),
    ('27013-B', '27001:2013', 'A.7.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.7.2.3', '20000-1:2018', '7.3', 'topical', 'derived', NULL, NULL, 'awareness', true),
    ('27013-B', '27001:2013', 'A.7.3.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.1.1', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.1.1', '20000-1:2018', '8.2.6', 'topical', 'derived', NULL, NULL, 'configuration management', true),
    ('27013-B', '27001:2013', 'A.8.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.1.2', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.1.3', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.1.4', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.3.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.3.1', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.3.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.3.2', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.8.3.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.8.3.3', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.9.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.1', '20000-1:2018', '8.6.2', 'topical', 'derived', NULL, NULL, 'service request management', true),
    ('27013-B', '27001:2013', 'A.9.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.2', '20000-1:2018', '8.6.2', 'topical', 'derived', NULL, NULL, 'service request management', true),
    ('27013-B', '27001:2013', 'A.9.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.6', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.2.6', '20000-1:2018', '8.6.2', 'topical', 'derived', NULL, NULL, 'service request management', true),
    ('27013-B', '27001:2013', 'A.9.3.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.4.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.4.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.4.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.4.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.9.4.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.10.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.10.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.1.6', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.2', '20000-1:2018', '8.7.1', 'topical', 'derived', NULL, NULL, 'service availability management', true),
    ('27013-B', '27001:2013', 'A.11.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.4', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.11.2.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.5', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.11.2.6', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.7', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.7', '20000-1:2018', '8.2.5', 'topical', 'derived', NULL, NULL, 'asset management', true),
    ('27013-B', '27001:2013', 'A.11.2.8', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.11.2.9', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.1.1', '20000-1:2018', '7.5.4', 'topical', 'derived', NULL, NULL, 'SMS documented information (procedures)', true),
    ('27013-B', '27001:2013', 'A.12.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.1.2', '20000-1:2018', '8.5.1', 'topical', 'derived', NULL, NULL, 'change management', true),
    ('27013-B', '27001:2013', 'A.12.1.2', '20000-1:2018', '8.5.1.1', 'topical', 'derived', NULL, NULL, 'change management policy', true),
    ('27013-B', '27001:2013', 'A.12.1.2', '20000-1:2018', '8.5.1.3', 'topical', 'derived', NULL, NULL, 'change management activities', true),
    ('27013-B', '27001:2013', 'A.12.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.1.3', '20000-1:2018', '8.4.3', 'topical', 'derived', NULL, NULL, 'capacity management', true),
    ('27013-B', '27001:2013', 'A.12.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.1.4', '20000-1:2018', '8.5.2.3', 'topical', 'derived', NULL, NULL, 'build and transition', true),
    ('27013-B', '27001:2013', 'A.12.1.4', '20000-1:2018', '8.5.3', 'topical', 'derived', NULL, NULL, 'release and deployment management', true),
    ('27013-B', '27001:2013', 'A.12.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.3.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.3.1', '20000-1:2018', '8.7.2', 'topical', 'derived', NULL, NULL, 'service continuity management', true),
    ('27013-B', '27001:2013', 'A.12.4.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.4.1', '20000-1:2018', '9.1', 'topical', 'derived', NULL, NULL, 'monitoring', true),
    ('27013-B', '27001:2013', 'A.12.4.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.4.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.4.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.5.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.5.1', '20000-1:2018', '8.5.3', 'topical', 'derived', NULL, NULL, 'release and deployment management', true),
    ('27013-B', '27001:2013', 'A.12.5.1', '20000-1:2018', '8.5.1', 'topical', 'derived', NULL, NULL, 'change management', true),
    ('27013-B', '27001:2013', 'A.12.6.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.6.1', '20000-1:2018', '8.6.3', 'topical', 'derived', NULL, NULL, 'problem management', true),
    ('27013-B', '27001:2013', 'A.12.6.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.6.2', '20000-1:2018', '8.5.1', 'topical', 'derived', NULL, NULL, 'change management', true),
    ('27013-B', '27001:2013', 'A.12.7.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.12.7.1', '20000-1:2018', '9.2', 'topical', 'derived', NULL, NULL, 'internal audit', true),
    ('27013-B', '27001:2013', 'A.13.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.1.2', '20000-1:2018', '8.3.3', 'topical', 'derived', NULL, NULL, 'service level management', true),
    ('27013-B', '27001:2013', 'A.13.1.2', '20000-1:2018', '8.3.4', 'topical', 'derived', NULL, NULL, 'supplier management', true),
    ('27013-B', '27001:2013', 'A.13.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.2.2', '20000-1:2018', '8.3.4', 'topical', 'derived', NULL, NULL, 'supplier management', true),
    ('27013-B', '27001:2013', 'A.13.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.13.2.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.1.1', '20000-1:2018', '8.5.2.1', 'topical', 'derived', NULL, NULL, 'plan new or changed services', true),
    ('27013-B', '27001:2013', 'A.14.1.1', '20000-1:2018', '8.5.2.2', 'topical', 'derived', NULL, NULL, 'design', true),
    ('27013-B', '27001:2013', 'A.14.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.2', '20000-1:2018', '8.5.1.3', 'topical', 'derived', NULL, NULL, 'change management activities', true),
    ('27013-B', '27001:2013', 'A.14.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.3', '20000-1:2018', '8.5.1.3', 'topical', 'derived', NULL, NULL, 'change management activities', true),
    ('27013-B', '27001:2013', 'A.14.2.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.4', '20000-1:2018', '8.5.1', 'topical', 'derived', NULL, NULL, 'change management', true),
    ('27013-B', '27001:2013', 'A.14.2.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.6', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.7', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.7', '20000-1:2018', '8.2.3', 'topical', 'derived', NULL, NULL, 'control of parties', true),
    ('27013-B', '27001:2013', 'A.14.2.7', '20000-1:2018', '8.3.4.1', 'topical', 'derived', NULL, NULL, 'external suppliers', true),
    ('27013-B', '27001:2013', 'A.14.2.8', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.8', '20000-1:2018', '8.5.2.3', 'topical', 'derived', NULL, NULL, 'build and transition', true),
    ('27013-B', '27001:2013', 'A.14.2.9', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.14.2.9', '20000-1:2018', '8.5.2.3', 'topical', 'derived', NULL, NULL, 'build and transition', true),
    ('27013-B', '27001:2013', 'A.14.2.9', '20000-1:2018', '8.5.3', 'topical', 'derived', NULL, NULL, 'release and deployment management', true),
    ('27013-B', '27001:2013', 'A.14.3.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.1.1', '20000-1:2018', '8.3.4', 'topical', 'derived', NULL, NULL, 'supplier management', true),
    ('27013-B', '27001:2013', 'A.15.1.1', '20000-1:2018', '8.2.3', 'topical', 'derived', NULL, NULL, 'control of parties', true),
    ('27013-B', '27001:2013', 'A.15.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.1.2', '20000-1:2018', '8.3.4.1', 'topical', 'derived', NULL, NULL, 'external suppliers', true),
    ('27013-B', '27001:2013', 'A.15.1.2', '20000-1:2018', '8.3.4.2', 'topical', 'derived', NULL, NULL, 'internal suppliers/customers as supplier', true),
    ('27013-B', '27001:2013', 'A.15.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.1.3', '20000-1:2018', '8.3.4', 'topical', 'derived', NULL, NULL, 'supplier management', true),
    ('27013-B', '27001:2013', 'A.15.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.2.1', '20000-1:2018', '8.3.4.1', 'topical', 'derived', NULL, NULL, 'external suppliers', true),
    ('27013-B', '27001:2013', 'A.15.2.1', '20000-1:2018', '8.3.4.2', 'topical', 'derived', NULL, NULL, 'internal suppliers/customers as supplier', true),
    ('27013-B', '27001:2013', 'A.15.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.15.2.2', '20000-1:2018', '8.3.4', 'topical', 'derived', NULL, NULL, 'supplier management', true),
    ('27013-B', '27001:2013', 'A.15.2.2', '20000-1:2018', '8.5.1', 'topical', 'derived', NULL, NULL, 'change management', true),
    ('27013-B', '27001:2013', 'A.16.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.1', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.16.1.1', '20000-1:2018', '8.6.1', 'topical', 'derived', NULL, NULL, 'incident management', true),
    ('27013-B', '27001:2013', 'A.16.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.2', '20000-1:2018', '8.6.1', 'topical', 'derived', NULL, NULL, 'incident management', true),
    ('27013-B', '27001:2013', 'A.16.1.2', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.16.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.3', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.16.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.4', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.16.1.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.5', '20000-1:2018', '8.6.1', 'topical', 'derived', NULL, NULL, 'incident management', true),
    ('27013-B', '27001:2013', 'A.16.1.5', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.16.1.6', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.6', '20000-1:2018', '8.6.3', 'topical', 'derived', NULL, NULL, 'problem management', true),
    ('27013-B', '27001:2013', 'A.16.1.6', '20000-1:2018', '10.2', 'topical', 'derived', NULL, NULL, 'continual improvement', true),
    ('27013-B', '27001:2013', 'A.16.1.7', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.16.1.7', '20000-1:2018', '8.7.3.3', 'topical', 'derived', NULL, NULL, 'information security incidents', true),
    ('27013-B', '27001:2013', 'A.17.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.17.1.1', '20000-1:2018', '8.7.2', 'topical', 'derived', NULL, NULL, 'service continuity management', true),
    ('27013-B', '27001:2013', 'A.17.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.17.1.2', '20000-1:2018', '8.7.2', 'topical', 'derived', NULL, NULL, 'service continuity management', true),
    ('27013-B', '27001:2013', 'A.17.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.17.1.3', '20000-1:2018', '8.7.2', 'topical', 'derived', NULL, NULL, 'service continuity management', true),
    ('27013-B', '27001:2013', 'A.17.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.17.2.1', '20000-1:2018', '8.7.1', 'topical', 'derived', NULL, NULL, 'service availability management', true),
    ('27013-B', '27001:2013', 'A.18.1.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.1.1', '20000-1:2018', '4.2', 'topical', 'derived', NULL, NULL, 'requirements of interested parties', true),
    ('27013-B', '27001:2013', 'A.18.1.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.1.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.1.3', '20000-1:2018', '7.5.3', 'topical', 'derived', NULL, NULL, 'control of documented information', true),
    ('27013-B', '27001:2013', 'A.18.1.4', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.1.5', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.2.1', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.2.1', '20000-1:2018', '9.2', 'topical', 'derived', NULL, NULL, 'internal audit', true),
    ('27013-B', '27001:2013', 'A.18.2.2', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27013-B', '27001:2013', 'A.18.2.2', '20000-1:2018', '9.1', 'topical', 'derived', NULL, NULL, 'monitoring, measurement, analysis and evaluation', true),
    ('27013-B', '27001:2013', 'A.18.2.3', '20000-1:2018', '8.7.3.2', 'umbrella', 'derived', NULL, NULL, '20000-1 requires IS controls to be determined/implemented; every Annex A control falls under it', true),
    ('27001-editions', '27001:2013', '1', '27001:2022', '1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '2', '27001:2022', '2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '3', '27001:2022', '3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '4', '27001:2022', '4', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '4.1', '27001:2022', '4.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '4.2', '27001:2022', '4.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '4.3', '27001:2022', '4.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '4.4', '27001:2022', '4.4', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '5', '27001:2022', '5', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '5.1', '27001:2022', '5.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '5.2', '27001:2022', '5.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '5.3', '27001:2022', '5.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6', '27001:2022', '6', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6.1', '27001:2022', '6.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6.1.1', '27001:2022', '6.1.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6.1.2', '27001:2022', '6.1.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6.1.3', '27001:2022', '6.1.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '6.2', '27001:2022', '6.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', NULL, '27001:2022', '6.3', 'no_counterpart', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: new in 27001:2022', true),
    ('27001-editions', '27001:2013', '7', '27001:2022', '7', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.1', '27001:2022', '7.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.2', '27001:2022', '7.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.3', '27001:2022', '7.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.4', '27001:2022', '7.4', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.5', '27001:2022', '7.5', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.5.1', '27001:2022', '7.5.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.5.2', '27001:2022', '7.5.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '7.5.3', '27001:2022', '7.5.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '8', '27001:2022', '8', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '8.1', '27001:2022', '8.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '8.2', '27001:2022', '8.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '8.3', '27001:2022', '8.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '9', '27001:2022', '9', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '9.1', '27001:2022', '9.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '9.2', '27001:2022', '9.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '9.2', '27001:2022', '9.2.1', 'partial', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: 27001:2022 subdivides 9.2 of 27001:2013', true),
    ('27001-editions', '27001:2013', '9.2', '27001:2022', '9.2.2', 'partial', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: 27001:2022 subdivides 9.2 of 27001:2013', true),
    ('27001-editions', '27001:2013', '9.3', '27001:2022', '9.3', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '9.3', '27001:2022', '9.3.1', 'partial', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: 27001:2022 subdivides 9.3 of 27001:2013', true),
    ('27001-editions', '27001:2013', '9.3', '27001:2022', '9.3.2', 'partial', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: 27001:2022 subdivides 9.3 of 27001:2013', true),
    ('27001-editions', '27001:2013', '9.3', '27001:2022', '9.3.3', 'partial', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: 27001:2022 subdivides 9.3 of 27001:2013', true),
    ('27001-editions', '27001:2013', '10', '27001:2022', '10', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same number and title in both editions', true),
    ('27001-editions', '27001:2013', '10.2', '27001:2022', '10.1', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same title, renumbered from 10.2 to 10.1', true),
    ('27001-editions', '27001:2013', '10.1', '27001:2022', '10.2', 'equivalent', 'derived', 'derived by title match (tools/gen-catalogue-data.pl)', NULL, 'ims27013: same title, renumbered from 10.1 to 10.2', true);

-- Vocabulary: ISO/IEC 27000:2018 clause 3 and ISO/IEC 20000-1:2018 clause 3
-- (membership and number only; no definitions).
INSERT INTO ims.term (term, standard, ref, membership, verification, builtin) VALUES
    ('access control', '27000:2018', '3.1', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('access control', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('asset', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('asset', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('attack', '27000:2018', '3.2', 'yes', 'confirmed: cited number in public text (AISTD)', true),
    ('attack', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('audit', '27000:2018', '3.3', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('audit', '20000-1:2018', '3.1.1', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('audit scope', '27000:2018', '3.4', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('audit scope', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('authentication', '27000:2018', '3.5', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('authentication', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('authenticity', '27000:2018', '3.6', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('authenticity', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('availability', '27000:2018', '3.7', 'yes', 'confirmed: cited number in public text (AISTD; JISQ27000)', true),
    ('availability', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('base measure', '27000:2018', '3.8', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('base measure', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('competence', '27000:2018', '3.9', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('competence', '20000-1:2018', '3.1.2', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('confidentiality', '27000:2018', '3.10', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('confidentiality', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('configuration item', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('configuration item', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('conformity', '27000:2018', '3.11', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('conformity', '20000-1:2018', '3.1.3', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('consequence', '27000:2018', '3.12', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('consequence', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('continual improvement', '27000:2018', '3.13', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('continual improvement', '20000-1:2018', '3.1.4', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('control', '27000:2018', '3.14', 'yes', 'confirmed: cited number in public text (EOMEC27562)', true),
    ('control', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('control objective', '27000:2018', '3.15', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('control objective', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('correction', '27000:2018', '3.16', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('correction', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('corrective action', '27000:2018', '3.17', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('corrective action', '20000-1:2018', '3.1.5', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('customer', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('customer', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('derived measure', '27000:2018', '3.18', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('derived measure', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('documented information', '27000:2018', '3.19', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('documented information', '20000-1:2018', '3.1.6', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('effectiveness', '27000:2018', '3.20', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('effectiveness', '20000-1:2018', '3.1.7', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('event', '27000:2018', '3.21', 'yes', 'confirmed: cited number in public text (MISP; JISQ27000)', true),
    ('event', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('executive management', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: one of 5 slots 3.22-3.26 (6 candidates)', true),
    ('executive management', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('external context', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: one of 5 slots 3.22-3.26', true),
    ('external context', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('external supplier', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: would fall in unresolved range 3.22-3.26', true),
    ('external supplier', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('governance of information security', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: one of 5 slots 3.22-3.26', true),
    ('governance of information security', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('governing body', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: one of 5 slots 3.22-3.26', true),
    ('governing body', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('incident', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: would fall in unresolved range 3.22-3.26', true),
    ('incident', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('indicator', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for slots 3.22-3.26 (membership uncertain)', true),
    ('indicator', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information need', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for slots 3.22-3.26 (membership uncertain)', true),
    ('information need', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information processing facilities', '27000:2018', '3.27', 'yes', 'confirmed: cited number in public text (ISO27002C3)', true),
    ('information processing facilities', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information security', '27000:2018', '3.28', 'yes', 'confirmed: cited number in public text (JISQ27000; AISTD)', true),
    ('information security', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('information security continuity', '27000:2018', '3.29', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('information security continuity', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information security event', '27000:2018', '3.30', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('information security event', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information security incident', '27000:2018', '3.31', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('information security incident', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('information security incident management', '27000:2018', '3.32', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('information security incident management', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information security management system professional', '27000:2018', '3.33', 'yes', 'inferred: unique fit between confirmed anchors (term name from compiler knowledge; only candidate for the remaining slot)', true),
    ('information security management system professional', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information sharing community', '27000:2018', '3.34', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('information sharing community', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('information system', '27000:2018', '3.35', 'yes', 'confirmed: cited number in public text (ISO27002C3)', true),
    ('information system', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('integrity', '27000:2018', '3.36', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('integrity', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('interested party', '27000:2018', '3.37', 'yes', 'confirmed: cited number in public text (ISO27002C3 cites it for "stakeholder")', true),
    ('interested party', '20000-1:2018', '3.1.8', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('internal context', '27000:2018', '3.38', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('internal context', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('internal supplier', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('internal supplier', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('known error', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('known error', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('level of risk', '27000:2018', '3.39', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('level of risk', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('likelihood', '27000:2018', '3.40', 'yes', 'inferred: unique fit between confirmed anchors (assumes likelihood present)', true),
    ('likelihood', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('management system', '27000:2018', '3.41', 'yes', 'inferred: unique fit between confirmed anchors (Annex SL term)', true),
    ('management system', '20000-1:2018', '3.1.9', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('measure', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: 7 of 9 candidates occupy 3.42-3.48', true),
    ('measure', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('measurement', '27000:2018', NULL, 'yes', 'UNCONFIRMED number (Annex SL term, in 3.42-3.48)', true),
    ('measurement', '20000-1:2018', '3.1.10', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('measurement function', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for 3.42-3.48 (membership uncertain)', true),
    ('measurement function', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('measurement method', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for 3.42-3.48 (membership uncertain)', true),
    ('measurement method', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('measurement result', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for 3.42-3.48 (membership uncertain)', true),
    ('measurement result', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('monitoring', '27000:2018', NULL, 'yes', 'UNCONFIRMED number (Annex SL term, in 3.42-3.48)', true),
    ('monitoring', '20000-1:2018', '3.1.11', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('non-repudiation', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for 3.42-3.48', true),
    ('non-repudiation', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('nonconformity', '27000:2018', NULL, 'yes', 'UNCONFIRMED number (Annex SL term, in 3.42-3.48)', true),
    ('nonconformity', '20000-1:2018', '3.1.12', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('object', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: candidate for 3.42-3.48 (membership uncertain)', true),
    ('object', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('objective', '27000:2018', '3.49', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('objective', '20000-1:2018', '3.1.13', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('organization', '27000:2018', '3.50', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('organization', '20000-1:2018', '3.1.14', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('outsource', '27000:2018', '3.51', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('outsource', '20000-1:2018', '3.1.15', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('performance', '27000:2018', '3.52', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('performance', '20000-1:2018', '3.1.16', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('policy', '27000:2018', '3.53', 'yes', 'confirmed: cited number in public text (ISO27002C3; JISQ27000)', true),
    ('policy', '20000-1:2018', '3.1.17', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('problem', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('problem', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('process', '27000:2018', '3.54', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('process', '20000-1:2018', '3.1.18', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('release', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('release', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('reliability', '27000:2018', '3.55', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('reliability', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('request for change', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('request for change', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('requirement', '27000:2018', '3.56', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('requirement', '20000-1:2018', '3.1.19', 'yes', 'confirmed (EOMEC20K10 entry/cross-ref)', true),
    ('residual risk', '27000:2018', '3.57', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('residual risk', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('review', '27000:2018', '3.58', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('review', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('review object', '27000:2018', '3.59', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('review object', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('review objective', '27000:2018', '3.60', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('review objective', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk', '27000:2018', '3.61', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('risk', '20000-1:2018', '3.1.20', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('risk acceptance', '27000:2018', '3.62', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk acceptance', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk analysis', '27000:2018', '3.63', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('risk analysis', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk assessment', '27000:2018', '3.64', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk assessment', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk communication and consultation', '27000:2018', '3.65', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk communication and consultation', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk criteria', '27000:2018', '3.66', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk criteria', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk evaluation', '27000:2018', '3.67', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('risk evaluation', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk identification', '27000:2018', '3.68', 'yes', 'confirmed: cited number in public text (JISQ27000)', true),
    ('risk identification', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk management', '27000:2018', '3.69', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk management', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk management process', '27000:2018', '3.70', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk management process', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk owner', '27000:2018', '3.71', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk owner', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('risk treatment', '27000:2018', '3.72', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('risk treatment', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('scale', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: 3.73 is either "scale" or "security implementation standard"', true),
    ('scale', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('security implementation standard', '27000:2018', NULL, 'unconfirmed', 'UNCONFIRMED: 3.73 is either "scale" or "security implementation standard"', true),
    ('security implementation standard', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('service', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service availability', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service availability', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service catalogue', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service catalogue', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service component', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service component', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service continuity', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service continuity', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service level agreement', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service level agreement', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service level target', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service level target', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service management', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service management', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service management system', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service management system', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service request', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service request', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('service requirement', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('service requirement', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('supplier', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('supplier', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('threat', '27000:2018', '3.74', 'yes', 'confirmed: cited number in public text (ISO27002C3)', true),
    ('threat', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('top management', '27000:2018', '3.75', 'yes', 'inferred: unique fit between confirmed anchors', true),
    ('top management', '20000-1:2018', '3.1.21', 'yes', 'inferred: Annex SL term order between confirmed anchors', true),
    ('transition', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('transition', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('trusted information communication entity', '27000:2018', '3.76', 'yes', 'confirmed: cited number in public text (MISP)', true),
    ('trusted information communication entity', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true),
    ('user', '27000:2018', NULL, 'no', 'absent: alphabetical position falls between consecutive confirmed/inferred entries', true),
    ('user', '20000-1:2018', NULL, 'unconfirmed', 'UNCONFIRMED: clause 3.2 membership and number not verified against any retrieved public source', true),
    ('vulnerability', '27000:2018', '3.77', 'yes', 'confirmed: cited number in public text (ISO27002C3)', true),
    ('vulnerability', '20000-1:2018', NULL, 'no_unverified', 'not in Annex SL clause 3.1 set; clause 3.2 list not verified', true);

-- end of generated data

-- source: src/sql/22_catalogue_functions.sql
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

-- source: src/sql/23_catalogue_guard.sql
-- The catalogue (issue 3), part 3: protection of the built-in rows, end-point
-- checks and privileges.  These triggers are created after the seed
-- (21_catalogue_data.sql); an update script that must change built-in rows
-- disables catalogue_builtin_guard for the duration.

CREATE FUNCTION ims.catalogue_guard()
RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.builtin) OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.builtin) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = pg_catalog.format('built-in rows of ims.%s are read-only', TG_TABLE_NAME),
            DETAIL = CASE TG_OP
                         WHEN 'INSERT' THEN 'The statement inserts a row with builtin = true; only the extension creates such rows.'
                         WHEN 'DELETE' THEN 'The statement deletes a row shipped with the extension.'
                         ELSE 'The statement changes a row shipped with the extension, or marks a row as built in.' END,
            HINT = CASE TG_TABLE_NAME
                       WHEN 'term' THEN 'Insert a row of your own (builtin = false) for the same standard and term: it replaces the built-in row in ims.term_in_force.'
                       WHEN 'correspondence' THEN 'Load the official table with ims.import_correspondence: imported rows replace the built-in rows of their mapping.'
                       ELSE 'Add rows of your own with builtin = false; they are kept by pg_dump.' END,
            SCHEMA = TG_TABLE_SCHEMA,
            TABLE = TG_TABLE_NAME,
            CONSTRAINT = 'catalogue_builtin_readonly';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$fn$;
COMMENT ON FUNCTION ims.catalogue_guard() IS
    'trigger function: built-in catalogue rows cannot be inserted, changed or deleted by users (rule catalogue_builtin_readonly, SQLSTATE 23514)';

CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.standard
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.clause
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.control
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.mapping
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.correspondence
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.term
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.standard IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.clause IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.control IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.mapping IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.correspondence IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.term IS 'built-in rows are read-only';

CREATE FUNCTION ims.correspondence_endpoint_check()
RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
    m ims.mapping;
BEGIN
    SELECT * INTO m FROM ims.mapping WHERE code = NEW.mapping;
    -- a missing mapping is reported by correspondence_mapping_fk
    IF FOUND AND NEW.from_ref IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM ims.catalogue_item i
           WHERE i.standard = m.from_standard AND i.kind = m.from_kind AND i.ref OPERATOR(ims.=) NEW.from_ref) THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = pg_catalog.format('%s %s is not a %s of the catalogue', m.from_standard, NEW.from_ref, m.from_kind),
            DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
            HINT = 'Correspondences link items of ims.clause or ims.control; add the item first.',
            SCHEMA = 'ims', TABLE = 'correspondence', CONSTRAINT = 'correspondence_from_ref_fk';
    END IF;
    IF FOUND AND NEW.to_ref IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM ims.catalogue_item i
           WHERE i.standard = m.to_standard AND i.kind = m.to_kind AND i.ref OPERATOR(ims.=) NEW.to_ref) THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = pg_catalog.format('%s %s is not a %s of the catalogue', m.to_standard, NEW.to_ref, m.to_kind),
            DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
            HINT = 'Correspondences link items of ims.clause or ims.control; add the item first.',
            SCHEMA = 'ims', TABLE = 'correspondence', CONSTRAINT = 'correspondence_to_ref_fk';
    END IF;
    RETURN NEW;
END
$fn$;
COMMENT ON FUNCTION ims.correspondence_endpoint_check() IS
    'trigger function: both items of a correspondence exist in ims.clause or ims.control as the mapping says '
    '(correspondence_from_ref_fk, correspondence_to_ref_fk; SQLSTATE 23503)';

CREATE TRIGGER correspondence_endpoint_check BEFORE INSERT OR UPDATE ON ims.correspondence
    FOR EACH ROW EXECUTE FUNCTION ims.correspondence_endpoint_check();
COMMENT ON TRIGGER correspondence_endpoint_check ON ims.correspondence IS
    'the items of a correspondence exist in the catalogue';

-- Read-only to ordinary roles: nobody but the owner writes the catalogue.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER
    ON ims.standard, ims.clause, ims.control, ims.mapping, ims.correspondence, ims.term FROM PUBLIC;
GRANT SELECT ON ims.standard, ims.clause, ims.control, ims.mapping, ims.correspondence, ims.term TO PUBLIC;
REVOKE EXECUTE ON FUNCTION ims.import_correspondence(text, text), ims.drop_imported_correspondence(text) FROM PUBLIC;

-- source: src/sql/24_catalogue_views.sql
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
