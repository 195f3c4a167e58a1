/*-------------------------------------------------------------------------
 *
 * guards.c
 *	  Guards that are not rules of a register:
 *	    ims_require_role()   an action reserved to a role of the extension
 *	                         (approving a change, closing a major incident
 *	                         are for ims_manager);
 *	    ims.drop_guard()     event trigger refusing DROP EXTENSION ims27013
 *	                         while registers hold data, unless the setting
 *	                         ims.allow_drop_with_data is on.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "commands/event_trigger.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "miscadmin.h"
#include "nodes/parsenodes.h"
#include "utils/acl.h"
#include "utils/builtins.h"
#include "utils/guc.h"

#include "ims.h"

PG_FUNCTION_INFO_V1(ims_drop_guard);

/* Set by SET ims.allow_drop_with_data = on (see ims.c). */
bool		ims_allow_drop_with_data = false;

/*
 * Refuse an action reserved to a role of the extension unless the current
 * user has that role's privileges.  Superusers pass; if a DBA dropped the
 * role, only superusers pass.
 */
void
ims_require_role(const char *role, const char *action, const char *record)
{
	Oid			roleid = get_role_oid(role, true);

	if (superuser() || (OidIsValid(roleid) && has_privs_of_role(GetUserId(), roleid)))
		return;
	ereport(ERROR,
			(errcode(ERRCODE_INSUFFICIENT_PRIVILEGE),
			 errmsg("permission denied to %s %s", action, record),
			 errdetail("Only members of %s may %s.", role, action),
			 errhint("Ask a member of %s, or have the role granted to you.", role)));
}

/* The owner of extension ims27013. */
static Oid
ims_extension_owner(void)
{
	Oid			owner = InvalidOid;

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT e.extowner FROM pg_catalog.pg_extension e WHERE e.extname = 'ims27013'",
					true, 1) == SPI_OK_SELECT && SPI_processed == 1)
	{
		bool		isnull;

		owner = DatumGetObjectId(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
	}
	SPI_finish();
	return owner;
}

/*
 * ims.drop_guard(): event trigger ON ddl_command_start WHEN TAG IN ('DROP
 * EXTENSION', 'DROP OWNED').  Refuses to drop ims27013 (directly, or by
 * dropping what its owner owns) while any organization exists, unless
 * ims.allow_drop_with_data is on.
 */
Datum
ims_drop_guard(PG_FUNCTION_ARGS)
{
	EventTriggerData *trigdata;
	ListCell   *lc;
	bool		dropping_us = false;

	if (!CALLED_AS_EVENT_TRIGGER(fcinfo))
		ereport(ERROR,
				(errcode(ERRCODE_E_R_I_E_TRIGGER_PROTOCOL_VIOLATED),
				 errmsg("function \"%s\" was not called by event trigger manager", "ims_drop_guard")));
	trigdata = (EventTriggerData *) fcinfo->context;
	if (trigdata->parsetree == NULL)
		PG_RETURN_VOID();
	if (IsA(trigdata->parsetree, DropStmt))
	{
		DropStmt   *stmt = (DropStmt *) trigdata->parsetree;

		if (stmt->removeType != OBJECT_EXTENSION)
			PG_RETURN_VOID();
		foreach(lc, stmt->objects)
		{
			Node	   *obj = (Node *) lfirst(lc);

			if (IsA(obj, String) && strcmp(strVal(obj), "ims27013") == 0)
				dropping_us = true;
		}
	}
	else if (IsA(trigdata->parsetree, DropOwnedStmt))
	{
		/* DROP OWNED BY the extension's owner drops the extension too */
		DropOwnedStmt *stmt = (DropOwnedStmt *) trigdata->parsetree;
		Oid			extowner = ims_extension_owner();

		foreach(lc, stmt->roles)
		{
			RoleSpec   *rs = (RoleSpec *) lfirst(lc);

			if (get_rolespec_oid(rs, true) == extowner)
				dropping_us = true;
		}
	}
	if (!dropping_us || ims_allow_drop_with_data)
		PG_RETURN_VOID();

	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (SPI_execute("SELECT count(*) FROM ims.organization", true, 0) != SPI_OK_SELECT)
		elog(ERROR, "could not count organizations");
	{
		bool		isnull;
		int64		n = DatumGetInt64(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));

		SPI_finish();
		if (n > 0)
			ereport(ERROR,
					(errcode(ERRCODE_DEPENDENT_OBJECTS_STILL_EXIST),
					 errmsg("cannot drop extension ims27013 while its registers hold data"),
					 errdetail_plural(INT64_FORMAT " organization, with its registers, history and evidence, would be deleted.",
									  INT64_FORMAT " organizations, with their registers, history and evidence, would be deleted.",
									  (unsigned long) n, n),
					 errhint("Dump the database first; then SET ims.allow_drop_with_data = on in this session and drop again.")));
	}
	PG_RETURN_VOID();
}
