/*-------------------------------------------------------------------------
 *
 * ims.h
 *	  Declarations shared by the C parts of ims27013: the acting user, rule
 *	  violations, trigger and tuple helpers, the lifecycle and priority
 *	  caches and the status history.
 *
 * Copyright (c) 2026, ims27013 developers; PostgreSQL licence.
 *
 *-------------------------------------------------------------------------
 */
#ifndef IMS_H
#define IMS_H

#include "postgres.h"

#include "access/htup.h"
#include "commands/trigger.h"
#include "utils/rel.h"
#include "utils/timestamp.h"

/* ims.c */
extern char *ims_actor;
extern char *ims_effective_time;
extern bool ims_allow_drop_with_data;
extern char *ims_current_actor(void);
extern Oid	ims_schema_oid(void);

/*
 * Raise a violation of the named rule: SQLSTATE 23514 with the rule's name
 * as constraint name, the relation's schema and table, and a message,
 * DETAIL and HINT built by the caller (psprintf).
 */
#define ims_rule_violation(rel, rule, msg, detail, hint) \
	ereport(ERROR, \
			(errcode(ERRCODE_CHECK_VIOLATION), \
			 errmsg_internal("%s", (msg)), \
			 errdetail_internal("%s", (detail)), \
			 errhint("%s", (hint)), \
			 errtableconstraint((rel), (rule))))

/* The instant the rules record: the clock, or ims.effective_time (ims.c). */
extern TimestampTz ims_rule_now(void);

/*
 * Work the rules do on the extension's own tables (status history, history,
 * checks at commit) runs as the owner of schema ims, as PostgreSQL's
 * foreign-key checks run as the table owner: users need no privileges on
 * those tables, and cannot write them directly.
 */
typedef struct ImsSavedUser
{
	Oid			userid;
	int			sec_context;
	int			guc_nest_level; /* 0: search_path left alone */
} ImsSavedUser;

extern void ims_become_owner(ImsSavedUser *saved);
extern void ims_become_owner_safe(ImsSavedUser *saved);
extern void ims_restore_user(ImsSavedUser *saved);

/* tenancy.c */
extern void ims_tenancy_init(void);
extern bool ims_org_visible(int64 org_id);
extern void ims_check_row_org(Relation rel, HeapTuple tuple);

/* rule_support.c: trigger and tuple helpers */
extern TriggerData *ims_row_trigger(FunctionCallInfo fcinfo, const char *fname,
									bool before, bool allow_delete);
extern int	ims_attnum(TupleDesc tupdesc, const char *colname);
extern void ims_attnums(FunctionCallInfo fcinfo, TupleDesc tupdesc,
						const char *const *names, int n, int *attnums);
extern int64 ims_get_int64(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull);
extern int32 ims_get_int32(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull);
extern bool ims_get_bool(HeapTuple tuple, TupleDesc tupdesc, int attnum);
extern char *ims_get_text(HeapTuple tuple, TupleDesc tupdesc, int attnum);
extern TimestampTz ims_get_timestamptz(HeapTuple tuple, TupleDesc tupdesc, int attnum, bool *isnull);
extern bool ims_blank(const char *s);
extern bool ims_streq(const char *a, const char *b);
extern bool ims_datum_changed(HeapTuple oldtup, HeapTuple newtup, TupleDesc tupdesc, int attnum);
extern void ims_check_tenant(Relation rel, HeapTuple oldtup, HeapTuple newtup, int org_attnum);
extern int	ims_event_rows(TriggerData *trigdata, HeapTuple rows[2]);

/*
 * Column changes collected by a BEFORE trigger and applied at the end with
 * one heap_modify_tuple_by_cols call.
 */
#define IMS_MAX_SETS 12
typedef struct ImsTupleSets
{
	int			n;
	int			attnums[IMS_MAX_SETS];
	Datum		values[IMS_MAX_SETS];
	bool		nulls[IMS_MAX_SETS];
} ImsTupleSets;

extern void ims_set(ImsTupleSets *sets, int attnum, Datum value, bool isnull);
extern void ims_set_touch(ImsTupleSets *sets, TupleDesc tupdesc, int updated_at, int updated_by,
						  TimestampTz now);
extern HeapTuple ims_apply_sets(HeapTuple tuple, TupleDesc tupdesc, ImsTupleSets *sets);

/* lifecycle.c: cached lifecycles, priority matrices, organization settings */
extern void ims_lifecycle_init(void);
extern bool ims_transition_allowed(int64 org_id, const char *kind, const char *variant,
								   const char *from, const char *to, bool *is_reopen);
extern char *ims_allowed_next(int64 org_id, const char *kind, const char *variant,
							  const char *from);
extern void ims_check_transition(Relation rel, const char *rule, const char *kind,
								 const char *variant, int64 org_id, int64 id,
								 const char *from, const char *to, bool *is_reopen);
extern int	ims_matrix_priority(int64 org_id, int impact, int urgency);
extern Interval *ims_reopen_window(int64 org_id);

/* guards.c */
extern void ims_require_role(const char *role, const char *action, const char *record);

/* businesstime.c */
extern void ims_businesstime_init(void);

/* status_history.c */
extern void ims_record_status_change(int64 org_id, const char *kind, int64 record_id,
									 const char *from, const char *to, TimestampTz at);

#endif							/* IMS_H */
