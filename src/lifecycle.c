/*-------------------------------------------------------------------------
 *
 * lifecycle.c
 *	  Per-backend caches of the data the rule triggers consult on every
 *	  row: the lifecycles (ims.lifecycle_transition), the priority matrices
 *	  (ims.priority_matrix) and the organizations' reopen windows.
 *
 * Each cache is filled on first use through SPI with kept plans.  A
 * statement trigger on each source table (ims.cache_invalidate) sends a
 * relcache invalidation for the table; every backend receives it at commit
 * (and this backend at the next command) and drops its caches, so a change
 * made in any session is seen by all.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "catalog/pg_type.h"
#include "commands/trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "lib/stringinfo.h"
#include "utils/builtins.h"
#include "utils/hsearch.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_cache_invalidate);

#define LC_NAME_LEN			32
#define LC_MAX_TRANSITIONS	64

typedef struct LifecycleKey
{
	int64		org_id;
	char		kind[LC_NAME_LEN];
	char		variant[LC_NAME_LEN];
} LifecycleKey;

typedef struct Transition
{
	char		from[LC_NAME_LEN];
	char		to[LC_NAME_LEN];
	bool		is_reopen;
} Transition;

typedef struct LifecycleEntry
{
	LifecycleKey key;
	int			n;
	Transition	t[LC_MAX_TRANSITIONS];
} LifecycleEntry;

typedef struct OrgEntry
{
	int64		org_id;
	bool		found;			/* the organization exists */
	int16		priority[4][4]; /* 0 = no matrix cell */
	Interval	reopen_window;
} OrgEntry;

static MemoryContext cache_cxt = NULL;
static HTAB *lifecycle_cache = NULL;
static HTAB *org_cache = NULL;

/* OIDs of the source tables, known once a cache was filled. */
static Oid	lifecycle_relid = InvalidOid;
static Oid	matrix_relid = InvalidOid;
static Oid	organization_relid = InvalidOid;

static SPIPlanPtr lifecycle_plan = NULL;
static SPIPlanPtr matrix_plan = NULL;
static SPIPlanPtr org_plan = NULL;

/* Drop every cached entry. */
static void
ims_cache_reset(void)
{
	lifecycle_cache = NULL;
	org_cache = NULL;
	if (cache_cxt != NULL)
		MemoryContextReset(cache_cxt);
}

/* Relcache invalidation callback: drop the caches when a source table changes. */
static void
ims_cache_relcache_cb(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == lifecycle_relid ||
		relid == matrix_relid || relid == organization_relid)
		ims_cache_reset();
}

/* Called from _PG_init. */
void
ims_lifecycle_init(void)
{
	CacheRegisterRelcacheCallback(ims_cache_relcache_cb, (Datum) 0);
}

/* Create the cache memory context and hash tables if needed. */
static void
ims_cache_ensure(void)
{
	HASHCTL		ctl;

	if (cache_cxt == NULL)
		cache_cxt = AllocSetContextCreate(CacheMemoryContext, "ims27013 rule caches",
										  ALLOCSET_SMALL_SIZES);
	if (lifecycle_relid == InvalidOid)
	{
		Oid			nsp = ims_schema_oid();

		lifecycle_relid = get_relname_relid("lifecycle_transition", nsp);
		matrix_relid = get_relname_relid("priority_matrix", nsp);
		organization_relid = get_relname_relid("organization", nsp);
	}
	if (lifecycle_cache == NULL)
	{
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(LifecycleKey);
		ctl.entrysize = sizeof(LifecycleEntry);
		ctl.hcxt = cache_cxt;
		lifecycle_cache = hash_create("ims27013 lifecycles", 32, &ctl,
									  HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
	if (org_cache == NULL)
	{
		memset(&ctl, 0, sizeof(ctl));
		ctl.keysize = sizeof(int64);
		ctl.entrysize = sizeof(OrgEntry);
		ctl.hcxt = cache_cxt;
		org_cache = hash_create("ims27013 organizations", 32, &ctl,
								HASH_ELEM | HASH_BLOBS | HASH_CONTEXT);
	}
}

/* Prepare and keep a plan (inside an SPI connection). */
static SPIPlanPtr
ims_keep_plan(SPIPlanPtr *plan, const char *sql, int nargs, Oid *argtypes)
{
	if (*plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare(sql, nargs, argtypes);

		if (p == NULL)
			elog(ERROR, "SPI_prepare failed: %s", SPI_result_code_string(SPI_result));
		if (SPI_keepplan(p) != 0)
			elog(ERROR, "SPI_keepplan failed");
		*plan = p;
	}
	return *plan;
}

/* Copy a C string into a fixed-size cache field, refusing overlong names. */
static void
ims_copy_name(char *dst, const char *src)
{
	if (strlen(src) >= LC_NAME_LEN)
		ereport(ERROR,
				(errcode(ERRCODE_NAME_TOO_LONG),
				 errmsg("lifecycle name \"%s\" is too long", src),
				 errdetail("Statuses, record kinds and variants have at most %d bytes.",
						   LC_NAME_LEN - 1)));
	strlcpy(dst, src, LC_NAME_LEN);
}

/*
 * The lifecycle of a record kind and variant for an organization: the
 * organization's own transitions if it has any for that kind and variant,
 * else the built-in ones.
 */
static LifecycleEntry *
ims_lifecycle(int64 org_id, const char *kind, const char *variant)
{
	LifecycleKey key;
	LifecycleEntry *entry;
	LifecycleEntry loaded;
	bool		found;
	uint64		i;
	Oid			argtypes[3] = {INT8OID, TEXTOID, TEXTOID};
	Datum		values[3];
	ImsSavedUser saved;

	ims_cache_ensure();
	memset(&key, 0, sizeof(key));
	key.org_id = org_id;
	ims_copy_name(key.kind, kind);
	ims_copy_name(key.variant, variant);

	entry = (LifecycleEntry *) hash_search(lifecycle_cache, &key, HASH_FIND, NULL);
	if (entry != NULL)
		return entry;

	memset(&loaded, 0, sizeof(loaded));
	loaded.key = key;
	values[0] = Int64GetDatum(org_id);
	values[1] = CStringGetTextDatum(kind);
	values[2] = CStringGetTextDatum(variant);

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_plan(ims_keep_plan(&lifecycle_plan,
									   "SELECT t.from_status, t.to_status, t.is_reopen "
									   "FROM ims.lifecycle_transition t "
									   "WHERE t.record_kind = $2 AND t.variant = $3 "
									   "AND t.org_id IS NOT DISTINCT FROM "
									   "(SELECT $1 WHERE EXISTS (SELECT FROM ims.lifecycle_transition o "
									   "WHERE o.org_id = $1 AND o.record_kind = $2 AND o.variant = $3)) "
									   "ORDER BY t.from_status, t.to_status",
									   3, argtypes),
						 values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "lifecycle lookup failed");
	if (SPI_processed > LC_MAX_TRANSITIONS)
		ereport(ERROR,
				(errcode(ERRCODE_PROGRAM_LIMIT_EXCEEDED),
				 errmsg("the %s lifecycle has too many transitions", kind),
				 errdetail("A lifecycle has at most %d transitions.", LC_MAX_TRANSITIONS)));
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;

		ims_copy_name(loaded.t[i].from, SPI_getvalue(tup, desc, 1));
		ims_copy_name(loaded.t[i].to, SPI_getvalue(tup, desc, 2));
		loaded.t[i].is_reopen = DatumGetBool(SPI_getbinval(tup, desc, 3, &isnull));
	}
	loaded.n = (int) SPI_processed;
	SPI_finish();
	ims_restore_user(&saved);

	/* an invalidation may have arrived meanwhile: make sure the cache exists */
	ims_cache_ensure();
	entry = (LifecycleEntry *) hash_search(lifecycle_cache, &key, HASH_ENTER, &found);
	memcpy(entry, &loaded, sizeof(loaded));
	return entry;
}

/* Is from -> to a transition of the lifecycle?  from "" is creation. */
bool
ims_transition_allowed(int64 org_id, const char *kind, const char *variant,
					   const char *from, const char *to, bool *is_reopen)
{
	LifecycleEntry *lc = ims_lifecycle(org_id, kind, variant);
	int			i;

	for (i = 0; i < lc->n; i++)
	{
		if (strcmp(lc->t[i].from, from) == 0 && strcmp(lc->t[i].to, to) == 0)
		{
			if (is_reopen)
				*is_reopen = lc->t[i].is_reopen;
			return true;
		}
	}
	return false;
}

/* The statuses reachable from "from", as a readable list ("none" if final). */
char *
ims_allowed_next(int64 org_id, const char *kind, const char *variant, const char *from)
{
	LifecycleEntry *lc = ims_lifecycle(org_id, kind, variant);
	StringInfoData buf;
	int			i;

	initStringInfo(&buf);
	for (i = 0; i < lc->n; i++)
	{
		if (strcmp(lc->t[i].from, from) == 0)
			appendStringInfo(&buf, "%s\"%s\"", buf.len > 0 ? ", " : "", lc->t[i].to);
	}
	if (buf.len == 0)
		appendStringInfoString(&buf, "none");
	return buf.data;
}

/* A record kind as words: service_request -> service request. */
static char *
ims_kind_words(const char *kind)
{
	char	   *s = pstrdup(kind);
	char	   *p;

	for (p = s; *p; p++)
		if (*p == '_')
			*p = ' ';
	return s;
}

/*
 * Enforce a lifecycle rule: from (NULL on INSERT) -> to must be a
 * transition of the record kind's lifecycle (and variant).
 */
void
ims_check_transition(Relation rel, const char *rule, const char *kind,
					 const char *variant, int64 org_id, int64 id,
					 const char *from, const char *to, bool *is_reopen)
{
	const char *start = from ? from : "";
	char	   *words;
	char	   *which;

	if (ims_transition_allowed(org_id, kind, variant, start, to, is_reopen))
		return;

	words = ims_kind_words(kind);
	which = variant[0] ? psprintf("%s %s", variant, words) : words;
	if (from == NULL)
		ims_rule_violation(rel, rule,
						   psprintf("%s " INT64_FORMAT " cannot start with status \"%s\"",
									words, id, to),
						   psprintf("A new %s starts as: %s.", which,
									ims_allowed_next(org_id, kind, variant, "")),
						   psprintf("Create the %s with a starting status, then move it along its lifecycle (ims.lifecycle_transition).",
									words));
	else
		ims_rule_violation(rel, rule,
						   psprintf("%s " INT64_FORMAT " cannot move from \"%s\" to \"%s\"",
									words, id, from, to),
						   psprintf("From \"%s\" the lifecycle of %s %s allows: %s.", from,
									strchr("aeiou", which[0]) ? "an" : "a", which,
									ims_allowed_next(org_id, kind, variant, from)),
						   psprintf("Move the %s through the allowed statuses one step at a time (ims.lifecycle_transition).",
									words));
}

/* Load or find the cached settings and matrix of an organization. */
static OrgEntry *
ims_org(int64 org_id)
{
	OrgEntry   *entry;
	OrgEntry	loaded;
	bool		found;
	uint64		i;
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1];
	ImsSavedUser saved;

	ims_cache_ensure();
	entry = (OrgEntry *) hash_search(org_cache, &org_id, HASH_FIND, NULL);
	if (entry != NULL)
		return entry;

	memset(&loaded, 0, sizeof(loaded));
	loaded.org_id = org_id;
	values[0] = Int64GetDatum(org_id);

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_plan(ims_keep_plan(&org_plan,
									   "SELECT o.incident_reopen_window FROM ims.organization o "
									   "WHERE o.org_id = $1",
									   1, argtypes),
						 values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "organization lookup failed");
	if (SPI_processed == 1)
	{
		bool		isnull;
		Datum		d = SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull);

		loaded.found = true;
		if (!isnull)
			loaded.reopen_window = *DatumGetIntervalP(d);
	}
	if (SPI_execute_plan(ims_keep_plan(&matrix_plan,
									   "SELECT m.impact, m.urgency, m.priority FROM ims.priority_matrix m "
									   "WHERE m.org_id = $1",
									   1, argtypes),
						 values, NULL, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "priority matrix lookup failed");
	for (i = 0; i < SPI_processed; i++)
	{
		HeapTuple	tup = SPI_tuptable->vals[i];
		TupleDesc	desc = SPI_tuptable->tupdesc;
		bool		isnull;
		int			impact = DatumGetInt16(SPI_getbinval(tup, desc, 1, &isnull));
		int			urgency = DatumGetInt16(SPI_getbinval(tup, desc, 2, &isnull));
		int			priority = DatumGetInt16(SPI_getbinval(tup, desc, 3, &isnull));

		if (impact >= 1 && impact <= 4 && urgency >= 1 && urgency <= 4)
			loaded.priority[impact - 1][urgency - 1] = (int16) priority;
	}
	SPI_finish();
	ims_restore_user(&saved);

	ims_cache_ensure();
	entry = (OrgEntry *) hash_search(org_cache, &org_id, HASH_ENTER, &found);
	memcpy(entry, &loaded, sizeof(loaded));
	return entry;
}

/* The matrix priority for impact x urgency; 0 when the cell is missing. */
int
ims_matrix_priority(int64 org_id, int impact, int urgency)
{
	OrgEntry   *org = ims_org(org_id);

	if (impact < 1 || impact > 4 || urgency < 1 || urgency > 4)
		return 0;
	return org->priority[impact - 1][urgency - 1];
}

/* The organization's incident reopen window (palloc'd copy). */
Interval *
ims_reopen_window(int64 org_id)
{
	OrgEntry   *org = ims_org(org_id);
	Interval   *result = palloc(sizeof(Interval));

	*result = org->reopen_window;
	return result;
}

/*
 * ims.cache_invalidate(): AFTER trigger on the tables the caches are filled
 * from; makes every backend drop its caches.  Fired FOR EACH STATEMENT
 * normally, and FOR EACH ROW (ENABLE REPLICA) on a logical-replication
 * subscriber, whose apply worker fires no statement triggers.
 */
Datum
ims_cache_invalidate(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata;

	if (!CALLED_AS_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" was not called by trigger manager", "ims_cache_invalidate")));
	trigdata = (TriggerData *) fcinfo->context;
	if (!TRIGGER_FIRED_AFTER(trigdata->tg_event))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" must be fired AFTER", "ims_cache_invalidate")));
	CacheInvalidateRelcache(trigdata->tg_relation);
	PG_RETURN_POINTER(NULL);
}
