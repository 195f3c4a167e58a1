/*-------------------------------------------------------------------------
 *
 * isoref.h
 *	  The isoref type: the number of a clause or control of a standard.
 *
 * An isoref is stored in 64 bits so that ordering is one integer
 * comparison.  From the most significant byte down:
 *
 *	  byte 7		the annex letter: 0 for a plain clause number, 1..26 for A..Z
 *	  bytes 6..0	levels 1..7, each stored as (number + 1); 0 means "no level"
 *
 * Levels are contiguous: once a level byte is 0 every lower byte is 0 too.
 * Because an absent level (0) is smaller than any present one, a parent
 * sorts before its children, and comparing the whole word compares level
 * by level numerically, with every plain number before every annex number.
 * The most significant bit is never set, so signed and unsigned comparison
 * agree.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef IMS_ISOREF_H
#define IMS_ISOREF_H

#include "postgres.h"
#include "fmgr.h"

typedef uint64 IsoRef;

#define ISOREF_MAX_LEVELS		7
#define ISOREF_MAX_NUMBER		254
#define ISOREF_MAX_LETTER		26

#define ISOREF_LETTER_SHIFT		56

#define DatumGetIsoRef(X)		((IsoRef) DatumGetInt64(X))
#define IsoRefGetDatum(X)		Int64GetDatum((int64) (X))
#define PG_GETARG_ISOREF(n)		DatumGetIsoRef(PG_GETARG_DATUM(n))
#define PG_RETURN_ISOREF(x)		return IsoRefGetDatum(x)

/* The annex letter index (0 = none, 1 = A, ...) of an isoref. */
static inline int
isoref_letter(IsoRef r)
{
	return (int) (r >> ISOREF_LETTER_SHIFT);
}

/* The stored byte of level i (1-based): 0 when absent, else number + 1. */
static inline int
isoref_level_byte(IsoRef r, int level)
{
	return (int) ((r >> (8 * (ISOREF_MAX_LEVELS - level))) & 0xFF);
}

extern int	isoref_depth_of(IsoRef r);
extern IsoRef isoref_parent_of(IsoRef r);
extern IsoRef isoref_last_descendant_of(IsoRef r);
extern bool isoref_is_ancestor_or_self(IsoRef ancestor, IsoRef descendant);

#endif							/* IMS_ISOREF_H */
