/*-------------------------------------------------------------------------
 *
 * rules_supplier.c
 *	  The rule of agreements with suppliers, customers and internal
 *	  parties:
 *	    ims.agreement_links(table)  deferred constraint trigger, at commit:
 *	                                agreement_security (an active agreement
 *	                                covering a service in the scope of an
 *	                                ISMS records its security requirements).
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#include "postgres.h"

#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "utils/builtins.h"

#include "rules_part2.h"

PG_FUNCTION_INFO_V1(ims_agreement_links);

static Ims2Query q_lock_agreement = {
	"SELECT FROM ims.agreement a WHERE a.org_id OPERATOR(pg_catalog.=) $1 "
	"AND a.id OPERATOR(pg_catalog.=) $2 FOR NO KEY UPDATE",
	2, {INT8OID, INT8OID}
};

/* The agreement's status, requirements and first covered service in an ISMS scope. */
static Ims2Query q_agreement = {
	"SELECT a.status, a.security_requirements, s.id, s.name, s.ms "
	"FROM ims.agreement a LEFT JOIN LATERAL ("
	"  SELECT sv.id, sv.name, m.name AS ms FROM ims.agreement_service x "
	"  JOIN ims.service sv ON sv.org_id OPERATOR(pg_catalog.=) x.org_id AND sv.id OPERATOR(pg_catalog.=) x.service_id "
	"  JOIN ims.service_scope ss ON ss.org_id OPERATOR(pg_catalog.=) x.org_id "
	"   AND ss.service_id OPERATOR(pg_catalog.=) x.service_id "
	"  JOIN ims.management_system m ON m.org_id OPERATOR(pg_catalog.=) ss.org_id "
	"   AND m.id OPERATOR(pg_catalog.=) ss.management_system_id "
	"  WHERE x.org_id OPERATOR(pg_catalog.=) a.org_id AND x.agreement_id OPERATOR(pg_catalog.=) a.id "
	"  AND m.kind OPERATOR(pg_catalog.=) 'isms' "
	"  ORDER BY sv.id, m.id LIMIT 1) s ON true "
	"WHERE a.org_id OPERATOR(pg_catalog.=) $1 AND a.id OPERATOR(pg_catalog.=) $2",
	2, {INT8OID, INT8OID}
};

/* The agreements covering a service. */
static Ims2Query q_service_agreements = {
	"SELECT x.agreement_id FROM ims.agreement_service x WHERE x.org_id OPERATOR(pg_catalog.=) $1 "
	"AND x.service_id OPERATOR(pg_catalog.=) $2 ORDER BY x.agreement_id",
	2, {INT8OID, INT8OID}
};

/* agreement_security for one agreement. */
static void
check_agreement(int64 org_id, int64 id)
{
	ims2_run_ids(&q_lock_agreement, org_id, id);
	if (SPI_processed == 0)
		return;					/* deleted in this transaction */
	ims2_run_ids(&q_agreement, org_id, id);
	if (SPI_processed == 0 || strcmp(ims2_text(0, 1), "active") != 0)
		return;
	if (ims2_text(0, 3) == NULL || !ims_blank(ims2_text(0, 2)))
		return;
	ims2_violation_on("agreement", "agreement_security",
					  psprintf("agreement " INT64_FORMAT " cannot be active without its information security requirements", id),
					  psprintf("It covers service %s (\"%s\"), which is in the scope of the ISMS \"%s\", and security_requirements is empty.",
							   ims2_text(0, 3), ims2_text(0, 4), ims2_text(0, 5)),
					  "Record the information security requirements in security_requirements before the agreement becomes active.");
}

/* agreement_security for every agreement covering one service. */
static void
check_service(int64 org_id, int64 service_id)
{
	int64	   *ids;
	int			n;
	int			i;

	ims2_run_ids(&q_service_agreements, org_id, service_id);
	ids = ims2_int64_column(1, &n);
	for (i = 0; i < n; i++)
		check_agreement(org_id, ids[i]);
}

/*
 * ims.agreement_links(table): AFTER ... FOR EACH ROW constraint trigger,
 * DEFERRABLE INITIALLY DEFERRED, on ims.agreement ('agreement'),
 * ims.agreement_service ('agreement_service') and ims.service_scope
 * ('service_scope').
 */
Datum
ims_agreement_links(PG_FUNCTION_ARGS)
{
	TriggerData *trigdata = ims2_constraint_trigger(fcinfo, "ims_agreement_links");
	TupleDesc	desc = RelationGetDescr(trigdata->tg_relation);
	TriggerEvent ev = trigdata->tg_event;
	const char *check = trigdata->tg_trigger->tgargs[0];
	HeapTuple	tuple;
	bool		isnull;
	int64		org_id;
	ImsSavedUser saved;

	/* only the new row matters: removing a link or a scope cannot break the rule */
	if (TRIGGER_FIRED_BY_DELETE(ev))
		PG_RETURN_POINTER(NULL);
	tuple = TRIGGER_FIRED_BY_UPDATE(ev) ? trigdata->tg_newtuple : trigdata->tg_trigtuple;
	org_id = ims2_tuple_int64(tuple, desc, "org_id", &isnull);

	ims_become_owner_safe(&saved);
	if (SPI_connect() != SPI_OK_CONNECT)
		elog(ERROR, "SPI_connect failed");
	if (strcmp(check, "agreement") == 0)
		check_agreement(org_id, ims2_tuple_int64(tuple, desc, "id", &isnull));
	else if (strcmp(check, "agreement_service") == 0)
		check_agreement(org_id, ims2_tuple_int64(tuple, desc, "agreement_id", &isnull));
	else if (strcmp(check, "service_scope") == 0)
		check_service(org_id, ims2_tuple_int64(tuple, desc, "service_id", &isnull));
	else
		elog(ERROR, "unknown agreement link check \"%s\"", check);
	SPI_finish();
	ims_restore_user(&saved);
	PG_RETURN_POINTER(NULL);
}
