/*-------------------------------------------------------------------------
 *
 * isoref.c
 *	  The isoref type: input, output, comparison, hashing and hierarchy of
 *	  clause and control numbers such as "8.5.1.3" or "A.12.1.2".
 *
 * See isoref.h for the stored form and docs/isoref.md for the user's view.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include <ctype.h>

#include "access/hash.h"
#include "access/stratnum.h"
#include "catalog/pg_am.h"
#include "catalog/pg_type.h"
#include "common/hashfn.h"
#include "fmgr.h"
#include "libpq/pqformat.h"
#include "mb/pg_wchar.h"
#include "nodes/makefuncs.h"
#include "nodes/nodeFuncs.h"
#include "nodes/pathnodes.h"
#include "nodes/supportnodes.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/lsyscache.h"
#include "utils/sortsupport.h"

#include "isoref.h"

PG_FUNCTION_INFO_V1(isoref_in);
PG_FUNCTION_INFO_V1(isoref_out);
PG_FUNCTION_INFO_V1(isoref_recv);
PG_FUNCTION_INFO_V1(isoref_send);
PG_FUNCTION_INFO_V1(isoref_eq);
PG_FUNCTION_INFO_V1(isoref_ne);
PG_FUNCTION_INFO_V1(isoref_lt);
PG_FUNCTION_INFO_V1(isoref_le);
PG_FUNCTION_INFO_V1(isoref_gt);
PG_FUNCTION_INFO_V1(isoref_ge);
PG_FUNCTION_INFO_V1(isoref_cmp);
PG_FUNCTION_INFO_V1(isoref_sortsupport);
PG_FUNCTION_INFO_V1(isoref_hash);
PG_FUNCTION_INFO_V1(isoref_hash_extended);
PG_FUNCTION_INFO_V1(isoref_contains);
PG_FUNCTION_INFO_V1(isoref_contained);
PG_FUNCTION_INFO_V1(isoref_contains_support);
PG_FUNCTION_INFO_V1(isoref_contained_support);
PG_FUNCTION_INFO_V1(isoref_parent);
PG_FUNCTION_INFO_V1(isoref_depth);
PG_FUNCTION_INFO_V1(isoref_ancestors);
PG_FUNCTION_INFO_V1(isoref_annex);
PG_FUNCTION_INFO_V1(isoref_number);
PG_FUNCTION_INFO_V1(isoref_last_descendant);

/*
 * Report a malformed isoref.  Under PostgreSQL 16 and later this honours
 * soft-error contexts (pg_input_is_valid); under 15 it always throws.
 */
#if PG_VERSION_NUM >= 160000
#define ISOREF_SYNTAX_ERROR(escontext, str, ...) \
	ereturn((escontext), false, \
			(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION), \
			 errmsg("invalid input syntax for type %s: \"%s\"", "isoref", (str)), \
			 __VA_ARGS__))
#else
#define ISOREF_SYNTAX_ERROR(escontext, str, ...) \
	do { \
		(void) (escontext); \
		ereport(ERROR, \
				(errcode(ERRCODE_INVALID_TEXT_REPRESENTATION), \
				 errmsg("invalid input syntax for type %s: \"%s\"", "isoref", (str)), \
				 __VA_ARGS__)); \
		return false; \
	} while (0)
#endif

#define ISOREF_FORM_HINT \
	errhint("Write an optional annex letter and a dot, then 1 to %d numbers " \
			"from 0 to %d separated by dots, as in \"8.5.1\" or \"A.12.1.2\".", \
			ISOREF_MAX_LEVELS, ISOREF_MAX_NUMBER)

/*
 * Parse str into *result.  Returns false (or throws) on malformed input.
 * Surrounding white space is allowed; the letter may be lower case.
 */
static bool
isoref_parse(const char *str, IsoRef *result, Node *escontext)
{
	const char *p = str;
	IsoRef		r = 0;
	int			level = 0;

	while (isspace((unsigned char) *p))
		p++;

	if (*p == '\0')
		ISOREF_SYNTAX_ERROR(escontext, str,
							errdetail("The value is empty."),
							ISOREF_FORM_HINT);

	if (isalpha((unsigned char) *p))
	{
		char		letter = (char) pg_ascii_toupper((unsigned char) *p);

		if (letter < 'A' || letter > 'Z')
			ISOREF_SYNTAX_ERROR(escontext, str,
								errdetail("An annex letter is one of A to Z."),
								ISOREF_FORM_HINT);
		r = ((IsoRef) (letter - 'A' + 1)) << ISOREF_LETTER_SHIFT;
		p++;
		if (*p != '.')
			ISOREF_SYNTAX_ERROR(escontext, str,
								errdetail("An annex letter must be followed by a dot and a number."),
								ISOREF_FORM_HINT);
		p++;
	}

	for (;;)
	{
		int			number = 0;
		const char *start = p;

		level++;
		if (!isdigit((unsigned char) *p))
		{
			if (*p == '\0' || *p == '.' || isspace((unsigned char) *p))
				ISOREF_SYNTAX_ERROR(escontext, str,
									errdetail("Level %d is empty: numbers are separated by single dots, with no dot at either end.",
											  level),
									ISOREF_FORM_HINT);
			ISOREF_SYNTAX_ERROR(escontext, str,
								errdetail("Unexpected character \"%.*s\" at position %d.",
										  pg_mblen(p), p,
										  pg_mbstrlen_with_len(str, (int) (p - str)) + 1),
								ISOREF_FORM_HINT);
		}
		while (isdigit((unsigned char) *p))
		{
			number = number * 10 + (*p - '0');
			if (number > ISOREF_MAX_NUMBER)
				ISOREF_SYNTAX_ERROR(escontext, str,
									errdetail("Level %d is larger than %d.",
											  level, ISOREF_MAX_NUMBER),
									ISOREF_FORM_HINT);
			p++;
		}
		if (*start == '0' && p - start > 1)
			ISOREF_SYNTAX_ERROR(escontext, str,
								errdetail("Level %d has a leading zero.", level),
								ISOREF_FORM_HINT);
		if (level > ISOREF_MAX_LEVELS)
			ISOREF_SYNTAX_ERROR(escontext, str,
								errdetail("An isoref has at most %d levels.",
										  ISOREF_MAX_LEVELS),
								ISOREF_FORM_HINT);

		r |= ((IsoRef) (number + 1)) << (8 * (ISOREF_MAX_LEVELS - level));

		if (*p != '.')
			break;
		p++;
	}

	while (isspace((unsigned char) *p))
		p++;
	if (*p != '\0')
		ISOREF_SYNTAX_ERROR(escontext, str,
							errdetail("Unexpected character \"%.*s\" at position %d.",
									  pg_mblen(p), p,
									  pg_mbstrlen_with_len(str, (int) (p - str)) + 1),
							ISOREF_FORM_HINT);

	*result = r;
	return true;
}

/*
 * Is r a well-formed stored value?  Used to validate binary input.
 */
static bool
isoref_is_valid(IsoRef r)
{
	bool		ended = false;
	int			level;

	if (isoref_letter(r) > ISOREF_MAX_LETTER)
		return false;
	if (isoref_level_byte(r, 1) == 0)
		return false;
	for (level = 2; level <= ISOREF_MAX_LEVELS; level++)
	{
		if (isoref_level_byte(r, level) == 0)
			ended = true;
		else if (ended)
			return false;
	}
	return true;
}

/* The number of levels of r (1..ISOREF_MAX_LEVELS). */
int
isoref_depth_of(IsoRef r)
{
	int			depth = 0;

	while (depth < ISOREF_MAX_LEVELS && isoref_level_byte(r, depth + 1) != 0)
		depth++;
	return depth;
}

/* The parent of r: r with its last level removed; 0 when r is at the top. */
IsoRef
isoref_parent_of(IsoRef r)
{
	int			depth = isoref_depth_of(r);

	if (depth <= 1)
		return 0;
	return r & ~(((IsoRef) 0xFF) << (8 * (ISOREF_MAX_LEVELS - depth)));
}

/*
 * The greatest value that has r as ancestor or is r: every absent level
 * filled with the largest number.  Descendants of r are exactly the range
 * [r, isoref_last_descendant_of(r)].
 */
IsoRef
isoref_last_descendant_of(IsoRef r)
{
	int			depth = isoref_depth_of(r);

	if (depth >= ISOREF_MAX_LEVELS)
		return r;
	return r | ((((IsoRef) 1) << (8 * (ISOREF_MAX_LEVELS - depth))) - 1);
}

/* Is ancestor an ancestor of descendant, or equal to it? */
bool
isoref_is_ancestor_or_self(IsoRef ancestor, IsoRef descendant)
{
	return descendant >= ancestor &&
		descendant <= isoref_last_descendant_of(ancestor);
}

/* Text form of r, palloc'd. */
static char *
isoref_to_cstring(IsoRef r)
{
	char		buf[2 + ISOREF_MAX_LEVELS * 4 + 1];
	char	   *p = buf;
	int			level;

	if (isoref_letter(r) != 0)
	{
		*p++ = (char) ('A' + isoref_letter(r) - 1);
		*p++ = '.';
	}
	for (level = 1; level <= ISOREF_MAX_LEVELS; level++)
	{
		int			b = isoref_level_byte(r, level);

		if (b == 0)
			break;
		if (level > 1)
			*p++ = '.';
		p += pg_ultoa_n((uint32) (b - 1), p);
	}
	*p = '\0';
	return pstrdup(buf);
}

/* isoref_in: text to isoref. */
Datum
isoref_in(PG_FUNCTION_ARGS)
{
	char	   *str = PG_GETARG_CSTRING(0);
	IsoRef		r;

	if (!isoref_parse(str, &r, fcinfo->context))
		PG_RETURN_NULL();
	PG_RETURN_ISOREF(r);
}

/* isoref_out: isoref to text. */
Datum
isoref_out(PG_FUNCTION_ARGS)
{
	PG_RETURN_CSTRING(isoref_to_cstring(PG_GETARG_ISOREF(0)));
}

/* isoref_recv: binary input, the stored 64-bit form, validated. */
Datum
isoref_recv(PG_FUNCTION_ARGS)
{
	StringInfo	buf = (StringInfo) PG_GETARG_POINTER(0);
	IsoRef		r = (IsoRef) pq_getmsgint64(buf);

	if (!isoref_is_valid(r))
		ereport(ERROR,
				(errcode(ERRCODE_INVALID_BINARY_REPRESENTATION),
				 errmsg("invalid external isoref value"),
				 errdetail("The value " UINT64_FORMAT " is not a valid stored isoref.", r)));
	PG_RETURN_ISOREF(r);
}

/* isoref_send: binary output, the stored 64-bit form. */
Datum
isoref_send(PG_FUNCTION_ARGS)
{
	StringInfoData buf;

	pq_begintypsend(&buf);
	pq_sendint64(&buf, (int64) PG_GETARG_ISOREF(0));
	PG_RETURN_BYTEA_P(pq_endtypsend(&buf));
}

/* Comparison operators: one integer comparison each. */
Datum
isoref_eq(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) == PG_GETARG_ISOREF(1));
}

Datum
isoref_ne(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) != PG_GETARG_ISOREF(1));
}

Datum
isoref_lt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) < PG_GETARG_ISOREF(1));
}

Datum
isoref_le(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) <= PG_GETARG_ISOREF(1));
}

Datum
isoref_gt(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) > PG_GETARG_ISOREF(1));
}

Datum
isoref_ge(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(PG_GETARG_ISOREF(0) >= PG_GETARG_ISOREF(1));
}

/* btree support function 1: three-way comparison. */
Datum
isoref_cmp(PG_FUNCTION_ARGS)
{
	IsoRef		a = PG_GETARG_ISOREF(0);
	IsoRef		b = PG_GETARG_ISOREF(1);

	PG_RETURN_INT32(a < b ? -1 : (a > b ? 1 : 0));
}

#if !(PG_VERSION_NUM >= 150000 && SIZEOF_DATUM >= 8)
/* Sort comparator used when datums are not 64-bit values. */
static int
isoref_fastcmp(Datum x, Datum y, SortSupport ssup)
{
	IsoRef		a = DatumGetIsoRef(x);
	IsoRef		b = DatumGetIsoRef(y);

	return a < b ? -1 : (a > b ? 1 : 0);
}
#endif

/*
 * btree support function 2: sort support.  Where datums are 64-bit and
 * passed by value, use the core's signed-datum comparator, which lets
 * tuplesort use its specialized quicksort (the value's top bit is never
 * set, so signed order is our order).
 */
Datum
isoref_sortsupport(PG_FUNCTION_ARGS)
{
	SortSupport ssup = (SortSupport) PG_GETARG_POINTER(0);

#if PG_VERSION_NUM >= 150000 && SIZEOF_DATUM >= 8
	ssup->comparator = ssup_datum_signed_cmp;
#else
	ssup->comparator = isoref_fastcmp;
#endif
	PG_RETURN_VOID();
}

/* hash support function 1. */
Datum
isoref_hash(PG_FUNCTION_ARGS)
{
	IsoRef		r = PG_GETARG_ISOREF(0);
	uint32		lohalf = (uint32) r;
	uint32		hihalf = (uint32) (r >> 32);

	return hash_uint32(lohalf ^ hihalf);
}

/* hash support function 2: hash with a 64-bit seed. */
Datum
isoref_hash_extended(PG_FUNCTION_ARGS)
{
	IsoRef		r = PG_GETARG_ISOREF(0);
	uint64		seed = (uint64) PG_GETARG_INT64(1);
	uint32		lohalf = (uint32) r;
	uint32		hihalf = (uint32) (r >> 32);

	return hash_uint32_extended(lohalf ^ hihalf, seed);
}

/* a @> b: a is b or an ancestor of b. */
Datum
isoref_contains(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(isoref_is_ancestor_or_self(PG_GETARG_ISOREF(0),
											  PG_GETARG_ISOREF(1)));
}

/* a <@ b: a is b or a descendant of b. */
Datum
isoref_contained(PG_FUNCTION_ARGS)
{
	PG_RETURN_BOOL(isoref_is_ancestor_or_self(PG_GETARG_ISOREF(1),
											  PG_GETARG_ISOREF(0)));
}

/*
 * Turn "indexed column is a descendant of constant" into the btree range
 * column >= constant AND column <= last descendant of constant.  The range
 * holds exactly the descendants, so the index condition is not lossy.
 * Returns NIL when the clause cannot be used with this index.
 */
static List *
isoref_subtree_index_condition(SupportRequestIndexCondition *req,
							   int descendant_arg)
{
	List	   *args;
	Node	   *indexed;
	Node	   *other;
	Const	   *bound;
	IsoRef		ancestor;
	Oid			typid;
	Oid			geop;
	Oid			leop;
	Expr	   *lower;
	Expr	   *upper;

	if (req->indexarg != descendant_arg)
		return NIL;
	if (req->index->relam != BTREE_AM_OID)
		return NIL;

	if (is_opclause(req->node))
		args = ((OpExpr *) req->node)->args;
	else if (is_funcclause(req->node))
		args = ((FuncExpr *) req->node)->args;
	else
		return NIL;
	if (list_length(args) != 2)
		return NIL;

	indexed = (Node *) list_nth(args, descendant_arg);
	other = (Node *) list_nth(args, 1 - descendant_arg);
	if (!IsA(other, Const) || ((Const *) other)->constisnull)
		return NIL;
	bound = (Const *) other;
	ancestor = DatumGetIsoRef(bound->constvalue);

	typid = bound->consttype;
	geop = get_opfamily_member(req->opfamily, typid, typid,
							   BTGreaterEqualStrategyNumber);
	leop = get_opfamily_member(req->opfamily, typid, typid,
							   BTLessEqualStrategyNumber);
	if (!OidIsValid(geop) || !OidIsValid(leop))
		return NIL;

	lower = make_opclause(geop, BOOLOID, false, (Expr *) indexed,
						  (Expr *) makeConst(typid, -1, InvalidOid, sizeof(int64),
											 IsoRefGetDatum(ancestor),
											 false, FLOAT8PASSBYVAL),
						  InvalidOid, InvalidOid);
	upper = make_opclause(leop, BOOLOID, false, (Expr *) indexed,
						  (Expr *) makeConst(typid, -1, InvalidOid, sizeof(int64),
											 IsoRefGetDatum(isoref_last_descendant_of(ancestor)),
											 false, FLOAT8PASSBYVAL),
						  InvalidOid, InvalidOid);
	req->lossy = false;
	return list_make2(lower, upper);
}

/* Planner support for @>: "constant @> column" becomes a btree range. */
Datum
isoref_contains_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestIndexCondition))
	{
		List	   *conds;

		conds = isoref_subtree_index_condition((SupportRequestIndexCondition *) rawreq, 1);
		if (conds != NIL)
			PG_RETURN_POINTER(conds);
	}
	PG_RETURN_POINTER(NULL);
}

/* Planner support for <@: "column <@ constant" becomes a btree range. */
Datum
isoref_contained_support(PG_FUNCTION_ARGS)
{
	Node	   *rawreq = (Node *) PG_GETARG_POINTER(0);

	if (IsA(rawreq, SupportRequestIndexCondition))
	{
		List	   *conds;

		conds = isoref_subtree_index_condition((SupportRequestIndexCondition *) rawreq, 0);
		if (conds != NIL)
			PG_RETURN_POINTER(conds);
	}
	PG_RETURN_POINTER(NULL);
}

/* isoref_parent: the parent number, NULL at the top level. */
Datum
isoref_parent(PG_FUNCTION_ARGS)
{
	IsoRef		parent = isoref_parent_of(PG_GETARG_ISOREF(0));

	if (parent == 0)
		PG_RETURN_NULL();
	PG_RETURN_ISOREF(parent);
}

/* isoref_depth: the number of levels (the annex letter is not a level). */
Datum
isoref_depth(PG_FUNCTION_ARGS)
{
	PG_RETURN_INT32(isoref_depth_of(PG_GETARG_ISOREF(0)));
}

/* isoref_ancestors: every proper ancestor, top level first; empty at the top. */
Datum
isoref_ancestors(PG_FUNCTION_ARGS)
{
	IsoRef		r = PG_GETARG_ISOREF(0);
	Oid			elemtype = get_fn_expr_argtype(fcinfo->flinfo, 0);
	Datum		elems[ISOREF_MAX_LEVELS];
	int			depth = isoref_depth_of(r);
	int			n = 0;
	IsoRef		a;

	if (!OidIsValid(elemtype))
		elog(ERROR, "could not determine the type of the isoref argument");

	/* collect parent, grandparent, ... then store them top level first */
	for (a = isoref_parent_of(r); a != 0; a = isoref_parent_of(a))
		elems[depth - 2 - n++] = IsoRefGetDatum(a);

	PG_RETURN_ARRAYTYPE_P(construct_array(elems, n, elemtype, sizeof(int64),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

/* isoref_annex: the annex letter as text, NULL for a plain clause number. */
Datum
isoref_annex(PG_FUNCTION_ARGS)
{
	IsoRef		r = PG_GETARG_ISOREF(0);
	char		letter[2];

	if (isoref_letter(r) == 0)
		PG_RETURN_NULL();
	letter[0] = (char) ('A' + isoref_letter(r) - 1);
	letter[1] = '\0';
	PG_RETURN_TEXT_P(cstring_to_text(letter));
}

/* isoref_number: the number at a given level (1 = top), NULL past the end. */
Datum
isoref_number(PG_FUNCTION_ARGS)
{
	IsoRef		r = PG_GETARG_ISOREF(0);
	int32		level = PG_GETARG_INT32(1);
	int			b;

	if (level < 1 || level > ISOREF_MAX_LEVELS)
		PG_RETURN_NULL();
	b = isoref_level_byte(r, level);
	if (b == 0)
		PG_RETURN_NULL();
	PG_RETURN_INT32(b - 1);
}

/* isoref_last_descendant: upper bound of the subtree, for range queries. */
Datum
isoref_last_descendant(PG_FUNCTION_ARGS)
{
	PG_RETURN_ISOREF(isoref_last_descendant_of(PG_GETARG_ISOREF(0)));
}
