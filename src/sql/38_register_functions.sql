-- Register functions (issue 4): impact analysis over the CI relation graph.

CREATE FUNCTION ims.ci_impact(p_org_id bigint, p_ci_id bigint)
RETURNS TABLE (ci_id bigint, ci_name text, depth integer, path bigint[])
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    -- Everything that depends on the CI, directly or through others: a
    -- relation "source depends on / runs on / is part of / connects to target"
    -- means a failure of the target hits the source.  Cycle-safe: a CI is
    -- never visited twice on one path, and each CI is reported once, at its
    -- shortest depth.
    WITH RECURSIVE hit (ci_id, depth, path) AS (
        SELECT c.id, 0, ARRAY[c.id]
        FROM ims.ci c WHERE c.org_id = p_org_id AND c.id = p_ci_id
        UNION ALL
        SELECT r.source_ci_id, h.depth + 1, h.path || r.source_ci_id
        FROM hit h
        JOIN ims.ci_relation r ON r.org_id = p_org_id AND r.target_ci_id = h.ci_id
        WHERE r.source_ci_id <> ALL (h.path)
    )
    SELECT DISTINCT ON (h.ci_id) h.ci_id, c.name, h.depth, h.path
    FROM hit h JOIN ims.ci c ON c.org_id = p_org_id AND c.id = h.ci_id
    ORDER BY h.ci_id, h.depth, h.path
$$;
COMMENT ON FUNCTION ims.ci_impact(bigint, bigint) IS
    'the CIs hit if the given CI fails (itself at depth 0 and everything that depends on it, runs on it, is part of it or connects to it, transitively), with the shortest path; cycle-safe';

CREATE FUNCTION ims.impacted_services(p_org_id bigint, p_ci_id bigint)
RETURNS TABLE (service_id bigint, service_name text, criticality smallint, via_ci_id bigint, depth integer)
LANGUAGE sql STABLE PARALLEL SAFE
SET search_path = pg_catalog, pg_temp
AS $$
    SELECT DISTINCT ON (s.id) s.id, s.name, s.criticality, i.ci_id, i.depth
    FROM ims.ci_impact(p_org_id, p_ci_id) i
    JOIN ims.service_ci sc ON sc.org_id = p_org_id AND sc.ci_id = i.ci_id
    JOIN ims.service s ON s.org_id = p_org_id AND s.id = sc.service_id
    ORDER BY s.id, i.depth, i.ci_id
$$;
COMMENT ON FUNCTION ims.impacted_services(bigint, bigint) IS
    'the services hit if the given CI fails: every service using a CI of ims.ci_impact, with the nearest such CI and its depth';
