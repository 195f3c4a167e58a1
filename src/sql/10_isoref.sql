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
