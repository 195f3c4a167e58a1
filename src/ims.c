/*-------------------------------------------------------------------------
 *
 * ims.c
 *	  Module initialization of ims27013: the ims.actor setting and the
 *	  cache invalidation hooks.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/namespace.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "utils/builtins.h"
#include "utils/guc.h"
#include "utils/timestamp.h"

#include "ims.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

static bool check_effective_time(char **newval, void **extra, GucSource source);
static void assign_effective_time(const char *newval, void *extra);

/* The application user on whose behalf the session acts (SET ims.actor). */
char	   *ims_actor = NULL;

/*
 * The instant the rules record instead of the clock (SET ims.effective_time),
 * for loading historical records through the rules; empty: the clock.
 */
char	   *ims_effective_time = NULL;
static bool effective_time_set = false;
static TimestampTz effective_time_value = 0;

/* The organization a session narrows itself to (SET ims.org_id), or empty. */
static char *ims_org_id_setting = NULL;


/* Define the settings and register the cache invalidation callback. */
void
_PG_init(void)
{
	DefineCustomStringVariable("ims.actor",
							   "The application user on whose behalf this session acts.",
							   "Recorded as created_by, updated_by and changed_by; "
							   "when empty, the session user is recorded.",
							   &ims_actor,
							   "",
							   PGC_USERSET,
							   0,
							   NULL, NULL, NULL);
	DefineCustomStringVariable("ims.effective_time",
							   "The instant the rules record instead of the clock.",
							   "For loading historical records through the rules; empty: the clock.",
							   &ims_effective_time,
							   "",
							   PGC_SUSET,
							   0,
							   check_effective_time, assign_effective_time, NULL);
	DefineCustomStringVariable("ims.org_id",
							   "Narrows what this session sees to one organization.",
							   "Empty: every organization the current role is a member of (ims.org_member).",
							   &ims_org_id_setting,
							   "",
							   PGC_USERSET,
							   0,
							   NULL, NULL, NULL);
	DefineCustomBoolVariable("ims.allow_drop_with_data",
							 "Allows DROP EXTENSION ims27013 while its registers hold data.",
							 "Off by default: dropping the extension deletes every register, its history and its evidence.",
							 &ims_allow_drop_with_data,
							 false,
							 PGC_SUSET,
							 0,
							 NULL, NULL, NULL);
	MarkGUCPrefixReserved("ims");
	ims_lifecycle_init();
	ims_businesstime_init();
	ims_tenancy_init();
}

/* Check hook of ims.effective_time: empty, or a valid timestamptz. */
static bool
check_effective_time(char **newval, void **extra, GucSource source)
{
	TimestampTz *value;

	if (*newval == NULL || (*newval)[0] == '\0')
		return true;
	value = malloc(sizeof(TimestampTz));
	if (value == NULL)
		return false;
	*value = DatumGetTimestampTz(DirectFunctionCall3(timestamptz_in, CStringGetDatum(*newval),
													 ObjectIdGetDatum(InvalidOid), Int32GetDatum(-1)));
	*extra = value;
	return true;
}

/* Assign hook of ims.effective_time: keep the parsed instant. */
static void
assign_effective_time(const char *newval, void *extra)
{
	effective_time_set = (newval != NULL && newval[0] != '\0' && extra != NULL);
	effective_time_value = effective_time_set ? *(TimestampTz *) extra : 0;
}

/*
 * The instant a rule trigger records (milestones, updated_at, status
 * history, history): the clock time when the row is processed, after its
 * lock was granted, so concurrent changes of one record are recorded in the
 * order they took effect; or ims.effective_time when a superuser loads
 * historical records.
 */
TimestampTz
ims_rule_now(void)
{
	if (effective_time_set)
		return effective_time_value;
	return GetCurrentTimestamp();
}

/* The acting user: ims.actor when set, else the session user. */
char *
ims_current_actor(void)
{
	if (ims_actor != NULL && ims_actor[0] != '\0')
		return pstrdup(ims_actor);
	return GetUserNameFromId(GetSessionUserId(), false);
}

/* The OID of schema ims. */
Oid
ims_schema_oid(void)
{
	return get_namespace_oid("ims", false);
}
