-- One incident reassigned, history off (replica: every trigger but incident_history fires).
\set id random(1, 10000)
SET session_replication_role = replica \; UPDATE ims.incident SET assignee = 'agent-' || :client_id WHERE org_id = (SELECT org_id FROM ims.organization WHERE code = 'bench-history') AND id = :id;
