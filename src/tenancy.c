/*-------------------------------------------------------------------------
 *
 * tenancy.c
 *	  Which organizations the current role may see, and keeping the rules
 *	  from reading another organization's data on its behalf:
 *	    ims.visible_orgs()          the organizations of the current role
 *	                                (ims.org_member), narrowed by the
 *	                                setting ims.org_id; used by every
 *	                                row-level security policy;
 *	    ims_check_row_org()         a row a rule trigger is about to work
 *	                                on must belong to such an organization
 *	                                (row-level security checks new rows
 *	                                only after BEFORE triggers have run);
 *	    ims_org_visible()           the same question, cached.
 *
 * ims.org_member is read as the owner of schema ims, so that its own
 * row-level security policy can use ims.visible_orgs() without recursion;
 * the answer is computed for the current role, never for another.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "access/xact.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/acl.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/rls.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_visible_orgs);

/* The cached answer for one role and one value of ims.org_id. */
static bool cache_valid = false;
static Oid	cache_user = InvalidOid;
static char cache_setting[64];
static int	cache_n = 0;
static int64 *cache_orgs = NULL;
static Oid	member_relid = InvalidOid;
static SPIPlanPtr orgs_plan = NULL;

/* Forget the cached organizations (membership changed, transaction ended). */
static void
tenancy_reset(void)
{
	cache_valid = false;
}

/* Relcache callback: ims.org_member changed. */
static void
tenancy_relcache_cb(Datum arg, Oid relid)
{
	if (relid == InvalidOid || relid == member_relid)
		tenancy_reset();
}

/* Transaction callback: role memberships may change between transactions. */
static void
tenancy_xact_cb(XactEvent event, void *arg)
{
	if (event == XACT_EVENT_COMMIT || event == XACT_EVENT_ABORT ||
		event == XACT_EVENT_PARALLEL_COMMIT || event == XACT_EVENT_PARALLEL_ABORT)
		tenancy_reset();
}

/* Called from _PG_init. */
void
ims_tenancy_init(void)
{
	CacheRegisterRelcacheCallback(tenancy_relcache_cb, (Datum) 0);
	RegisterXactCallback(tenancy_xact_cb, NULL);
}

/* The value of ims.org_id, or "" (GetConfigOption is cheap). */
static const char *
org_setting(void)
{
	const char *s = GetConfigOption("ims.org_id", true, false);

	return s ? s : "";
}

/* Fill the cache with the current role's organizations. */
static void
load_visible_orgs(void)
{
	Oid			user = GetUserId();
	const char *setting = org_setting();
	Oid			argtypes[2] = {OIDOID, INT8OID};
	Datum		values[2];
	char		nulls[2] = {' ', ' '};
	ImsSavedUser saved;
	uint64		i;
	MemoryContext oldcxt;

	if (cache_valid && cache_user == user && strcmp(cache_setting, setting) == 0)
		return;

	values[0] = ObjectIdGetDatum(user);
	if (setting[0] == '\0')
		nulls[1] = 'n';
	else
	{
		char	   *end;
		long long	v = strtoll(setting, &end, 10);

		if (*end != '\0' || end == setting)
			ereport(ERROR,
					(errcode(ERRCODE_INVALID_PARAMETER_VALUE),
					 errmsg("invalid value for setting \"ims.org_id\": \"%s\"", setting),
					 errhint("Set it to the org_id of an organization, or to an empty string.")));
		values[1] = Int64GetDatum((int64) v);
	}

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (member_relid == InvalidOid)
		member_relid = get_relname_relid("org_member", ims_schema_oid());
	if (orgs_plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare("SELECT DISTINCT m.org_id FROM ims.org_member m "
									"WHERE m.role_name IN (SELECT r.rolname FROM pg_catalog.pg_roles r "
									"  WHERE pg_catalog.pg_has_role($1, r.oid, 'MEMBER')) "
									"AND ($2 IS NULL OR m.org_id OPERATOR(pg_catalog.=) $2) "
									"ORDER BY m.org_id",
									2, argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare the membership query");
		orgs_plan = p;
	}
	if (SPI_execute_plan(orgs_plan, values, nulls, true, 0) != SPI_OK_SELECT)
		elog(ERROR, "membership query failed");

	oldcxt = MemoryContextSwitchTo(TopMemoryContext);
	if (cache_orgs != NULL)
		pfree(cache_orgs);
	cache_orgs = palloc(sizeof(int64) * Max(SPI_processed, 1));
	MemoryContextSwitchTo(oldcxt);
	for (i = 0; i < SPI_processed; i++)
	{
		bool		isnull;

		cache_orgs[i] = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[i], SPI_tuptable->tupdesc, 1, &isnull));
	}
	cache_n = (int) SPI_processed;
	SPI_finish();
	ims_restore_user(&saved);

	cache_user = user;
	strlcpy(cache_setting, setting, sizeof(cache_setting));
	cache_valid = true;
}

/* May the current role see organization org_id (ims.org_member)? */
bool
ims_org_visible(int64 org_id)
{
	int			i;

	load_visible_orgs();
	for (i = 0; i < cache_n; i++)
		if (cache_orgs[i] == org_id)
			return true;
	return false;
}

/*
 * Refuse to let a rule trigger work on a new row of an organization the
 * current role may not see, exactly as row-level security would refuse the
 * row after the trigger; roles that bypass row-level security pass.
 */
void
ims_check_row_org(Relation rel, HeapTuple tuple)
{
	TupleDesc	desc = RelationGetDescr(rel);
	int			attnum = SPI_fnumber(desc, "org_id");
	bool		isnull;
	int64		org_id;

	if (attnum <= 0)
		return;
	if (check_enable_rls(RelationGetRelid(rel), InvalidOid, true) != RLS_ENABLED)
		return;
	org_id = ims_get_int64(tuple, desc, attnum, &isnull);
	if (isnull || ims_org_visible(org_id))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("new row violates row-level security policy for table \"%s\"",
					RelationGetRelationName(rel))));
}

/* ims.visible_orgs(): the organizations the current role may see. */
Datum
ims_visible_orgs(PG_FUNCTION_ARGS)
{
	Datum	   *elems;
	int			i;

	load_visible_orgs();
	elems = palloc(sizeof(Datum) * Max(cache_n, 1));
	for (i = 0; i < cache_n; i++)
		elems[i] = Int64GetDatum(cache_orgs[i]);
	PG_RETURN_ARRAYTYPE_P(construct_array(elems, cache_n, INT8OID, sizeof(int64),
										  FLOAT8PASSBYVAL, TYPALIGN_DOUBLE));
}

PG_FUNCTION_INFO_V1(ims_seal_chain);

/*
 * ims.seal_chain(org_id): seal the organization's chain.  Checks that the
 * current role may see the organization, then runs the sealing
 * (ims.seal_chain_work) as the owner of schema ims, which alone may write
 * the chain tables.
 */
Datum
ims_seal_chain(PG_FUNCTION_ARGS)
{
	int64		org_id = PG_GETARG_INT64(0);
	Oid			argtypes[1] = {INT8OID};
	Datum		values[1] = {Int64GetDatum(org_id)};
	ImsSavedUser saved;
	bool		isnull;
	int64		sealed;

	if (!superuser() && !has_bypassrls_privilege(GetUserId()) && !ims_org_visible(org_id))
		ereport(ERROR,
				(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
				 errmsg("permission denied to seal the chain of organization " INT64_FORMAT, org_id),
				 errdetail("The current role is not a member of that organization (ims.org_member).")));

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute_with_args("SELECT ims.seal_chain_work($1)", 1, argtypes, values, NULL, false, 1)
		!= SPI_OK_SELECT)
		elog(ERROR, "sealing failed");
	sealed = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_INT64(sealed);
}
