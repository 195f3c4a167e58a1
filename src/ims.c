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
#include "utils/guc.h"

#include "ims.h"

PG_MODULE_MAGIC;

void		_PG_init(void);

/* The application user on whose behalf the session acts (SET ims.actor). */
char	   *ims_actor = NULL;

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
