-- 100 incidents reassigned in one statement, history on; each client has its own 1,250 incidents.
\set lo 1 + :client_id * 1250 + random(0, 1150)
SET session_replication_role = origin \; UPDATE ims.incident SET assignee = 'team-' || :client_id WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history') AND id BETWEEN :lo AND :lo + 99;
