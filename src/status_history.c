/*-------------------------------------------------------------------------
 *
 * status_history.c
 *	  Writing ims.status_history: one row per status change of an incident,
 *	  problem, change, release or service request, with instant and actor.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "utils/builtins.h"

#include "ims.h"

static SPIPlanPtr history_plan = NULL;

/* Append one status change to ims.status_history (kept plan, $n parameters). */
void
ims_record_status_change(int64 org_id, const char *kind, int64 record_id,
						 const char *from, const char *to, TimestampTz at)
{
	Oid			argtypes[7] = {INT8OID, TEXTOID, INT8OID, TEXTOID, TEXTOID, TEXTOID, TIMESTAMPTZOID};
	Datum		values[7];
	ImsSavedUser saved;

	values[0] = Int64GetDatum(org_id);
	values[1] = CStringGetTextDatum(kind);
	values[2] = Int64GetDatum(record_id);
	values[3] = CStringGetTextDatum(from ? from : "");
	values[4] = CStringGetTextDatum(to);
	values[5] = CStringGetTextDatum(ims_current_actor());
	values[6] = TimestampTzGetDatum(at);

	ims_become_owner(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (history_plan == NULL)
	{
		SPIPlanPtr	p = SPI_prepare("INSERT INTO ims.status_history "
									"(org_id, record_kind, record_id, from_status, to_status, changed_by, changed_at) "
									"VALUES ($1, $2, $3, $4, $5, $6, $7)",
									7, argtypes);

		if (p == NULL || SPI_keepplan(p) != 0)
			elog(ERROR, "could not prepare the status history insert");
		history_plan = p;
	}
	if (SPI_execute_plan(history_plan, values, NULL, false, 0) != SPI_OK_INSERT)
		elog(ERROR, "status history insert failed");
	SPI_finish();
	ims_restore_user(&saved);
}
