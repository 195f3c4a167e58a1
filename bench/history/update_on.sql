-- One incident reassigned, history on (session_replication_role = origin, the default).
\set id random(1, 10000)
SET session_replication_role = origin \; UPDATE ims.incident SET assignee = 'agent-' || :client_id WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history') AND id = :id;
