-- Registers, part 2 (issue 5): the risk register (ISO/IEC 27001 6.1.2, 6.1.3,
-- 8.2, 8.3; ISO/IEC 20000-1 6.1; ISO/IEC 27013 6.2.4, 6.2.5).
--
-- One register for information security risks and service risks.  Each
-- organization has one risk matrix (scales, levels, appetite and who counts
-- as top management), seeded with a 5 x 5 default.  Scores are derived:
-- score = likelihood x impact (rule risk_score_derived).  The rules are C
-- (src/rules_risk.c), wired in 66_part2_rules.sql; docs/risk-and-improvement.md
-- describes every table, docs/rules.md every rule.

-- ---------------------------------------------------------------------------
-- The risk matrix of an organization.

CREATE TABLE ims.risk_matrix (
    org_id             bigint NOT NULL,
    likelihood_levels  smallint NOT NULL DEFAULT 5,
    impact_levels      smallint NOT NULL DEFAULT 5,
    likelihood_labels  text[],
    impact_labels      text[],
    appetite           smallint NOT NULL DEFAULT 9,
    top_management     text[] NOT NULL DEFAULT '{}',
    created_at         timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by         text NOT NULL DEFAULT ims.current_actor(),
    updated_at         timestamptz,
    updated_by         text,
    CONSTRAINT risk_matrix_pkey PRIMARY KEY (org_id),
    CONSTRAINT risk_matrix_org_fk FOREIGN KEY (org_id) REFERENCES ims.organization (org_id) ON DELETE CASCADE,
    CONSTRAINT risk_matrix_levels_check CHECK (likelihood_levels BETWEEN 2 AND 10 AND impact_levels BETWEEN 2 AND 10),
    CONSTRAINT risk_matrix_labels_check CHECK (
        (likelihood_labels IS NULL OR pg_catalog.cardinality(likelihood_labels) = likelihood_levels)
        AND (impact_labels IS NULL OR pg_catalog.cardinality(impact_labels) = impact_levels)),
    CONSTRAINT risk_matrix_appetite_check CHECK (appetite BETWEEN 1 AND likelihood_levels * impact_levels),
    CONSTRAINT risk_matrix_top_management_check CHECK (pg_catalog.array_position(top_management, NULL) IS NULL
                                                       AND '' <> ALL (top_management))
);
COMMENT ON TABLE ims.risk_matrix IS
    'an organization''s risk matrix: likelihood and impact scales (1 = lowest), the risk appetite and who counts as top management (rules risk_score_derived, risk_acceptance); one row per organization, seeded 5 x 5';
COMMENT ON COLUMN ims.risk_matrix.likelihood_levels IS 'number of points on the likelihood scale (1 = rare ... n = almost certain)';
COMMENT ON COLUMN ims.risk_matrix.impact_levels IS 'number of points on the impact scale (1 = negligible ... n = severe)';
COMMENT ON COLUMN ims.risk_matrix.likelihood_labels IS 'names of the likelihood points, lowest first (optional)';
COMMENT ON COLUMN ims.risk_matrix.impact_labels IS 'names of the impact points, lowest first (optional)';
COMMENT ON COLUMN ims.risk_matrix.appetite IS 'the highest residual score the risk owner may accept alone; above it, acceptance needs a top-management approver (rule risk_acceptance)';
COMMENT ON COLUMN ims.risk_matrix.top_management IS 'the people (as recorded by ims.actor) who count as top management and may approve acceptance of a residual risk above appetite';

CREATE TABLE ims.risk_matrix_level (
    org_id      bigint NOT NULL,
    level       text NOT NULL,
    min_score   smallint NOT NULL,
    max_score   smallint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT risk_matrix_level_pkey PRIMARY KEY (org_id, level),
    CONSTRAINT risk_matrix_level_matrix_fk FOREIGN KEY (org_id) REFERENCES ims.risk_matrix (org_id) ON DELETE CASCADE,
    CONSTRAINT risk_matrix_level_min_key UNIQUE (org_id, min_score),
    CONSTRAINT risk_matrix_level_check CHECK (level <> '' AND min_score >= 1 AND max_score >= min_score)
);
COMMENT ON TABLE ims.risk_matrix_level IS
    'the risk levels of an organization''s matrix as bands of scores (default: low 1-4, medium 5-9, high 10-16, very_high 17-25)';
COMMENT ON COLUMN ims.risk_matrix_level.level IS 'name of the level, e.g. low, medium, high, very_high';
COMMENT ON COLUMN ims.risk_matrix_level.min_score IS 'lowest score of the band';
COMMENT ON COLUMN ims.risk_matrix_level.max_score IS 'highest score of the band';

-- The level of a score in an organization's matrix.
CREATE FUNCTION ims.risk_level_of(p_org_id bigint, p_score integer) RETURNS text
    LANGUAGE sql STABLE PARALLEL SAFE
    SET search_path = pg_catalog, pg_temp
    RETURN (SELECT l.level FROM ims.risk_matrix_level l
            WHERE l.org_id = p_org_id AND p_score BETWEEN l.min_score AND l.max_score
            ORDER BY l.min_score DESC LIMIT 1);
COMMENT ON FUNCTION ims.risk_level_of(bigint, integer) IS
    'the level (ims.risk_matrix_level) a score falls in for an organization; NULL for a NULL score or a score no band covers';

-- A new organization starts with the default 5 x 5 matrix and its levels.
CREATE FUNCTION ims.organization_risk_defaults() RETURNS trigger
    LANGUAGE plpgsql SET search_path = pg_catalog, pg_temp AS $$
BEGIN
    INSERT INTO ims.risk_matrix (org_id, likelihood_levels, impact_levels, likelihood_labels, impact_labels, appetite)
    VALUES (NEW.org_id, 5, 5,
            ARRAY['rare', 'unlikely', 'possible', 'likely', 'almost_certain'],
            ARRAY['negligible', 'minor', 'moderate', 'major', 'severe'], 9);
    INSERT INTO ims.risk_matrix_level (org_id, level, min_score, max_score) VALUES
        (NEW.org_id, 'low', 1, 4),
        (NEW.org_id, 'medium', 5, 9),
        (NEW.org_id, 'high', 10, 16),
        (NEW.org_id, 'very_high', 17, 25);
    RETURN NULL;
END $$;
COMMENT ON FUNCTION ims.organization_risk_defaults() IS
    'trigger: gives a new organization the default 5 x 5 risk matrix (appetite 9) and its four levels';
CREATE TRIGGER organization_risk_defaults AFTER INSERT ON ims.organization
    FOR EACH ROW EXECUTE FUNCTION ims.organization_risk_defaults();

-- ---------------------------------------------------------------------------
-- The risk register.

CREATE TABLE ims.risk (
    org_id               bigint NOT NULL,
    id                   bigint GENERATED BY DEFAULT AS IDENTITY,
    kind                 text NOT NULL DEFAULT 'information_security',
    title                text NOT NULL,
    description          text,
    risk_source          text,
    consequence          text,
    owner                text NOT NULL,
    status               text NOT NULL DEFAULT 'open',
    inherent_likelihood  smallint NOT NULL,
    inherent_impact      smallint NOT NULL,
    inherent_score       smallint,
    treatment            text,
    treatment_plan       text,
    residual_likelihood  smallint,
    residual_impact      smallint,
    residual_score       smallint,
    review_date          date,
    accepted_by          text,
    accepted_at          timestamptz,
    approved_by          text,
    approved_at          timestamptz,
    closed_at            timestamptz,
    attributes           jsonb NOT NULL DEFAULT '{}',
    created_at           timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by           text NOT NULL DEFAULT ims.current_actor(),
    updated_at           timestamptz,
    updated_by           text,
    CONSTRAINT risk_pkey PRIMARY KEY (org_id, id),
    CONSTRAINT risk_matrix_fk FOREIGN KEY (org_id) REFERENCES ims.risk_matrix (org_id),
    CONSTRAINT risk_kind_check CHECK (kind IN ('information_security', 'service', 'both')),
    CONSTRAINT risk_title_check CHECK (title <> ''),
    CONSTRAINT risk_owner_check CHECK (owner <> ''),
    CONSTRAINT risk_status_check CHECK (status IN ('open', 'closed')),
    CONSTRAINT risk_treatment_check CHECK (treatment IN ('modify', 'retain', 'avoid', 'share')),
    CONSTRAINT risk_scale_check CHECK (inherent_likelihood >= 1 AND inherent_impact >= 1
                                       AND residual_likelihood >= 1 AND residual_impact >= 1),
    CONSTRAINT risk_residual_pair_check CHECK ((residual_likelihood IS NULL) = (residual_impact IS NULL))
);
CREATE INDEX risk_status_idx ON ims.risk (org_id, status);
CREATE INDEX risk_owner_idx ON ims.risk (org_id, owner);
CREATE INDEX risk_review_idx ON ims.risk (org_id, review_date);
COMMENT ON TABLE ims.risk IS
    'one risk register for information security risks and service risks (ISO/IEC 27013 6.2.4, 6.2.5; ISO/IEC 27001 6.1.2, 8.2; ISO/IEC 20000-1 6.1)';
COMMENT ON COLUMN ims.risk.kind IS 'information_security, service or both';
COMMENT ON COLUMN ims.risk.risk_source IS 'the threat, cause or event the risk comes from';
COMMENT ON COLUMN ims.risk.consequence IS 'what happens if the risk materializes';
COMMENT ON COLUMN ims.risk.owner IS 'the risk owner (rule risk_acceptance: the one who accepts the residual risk)';
COMMENT ON COLUMN ims.risk.status IS 'open or closed; closed_at is set by the rules';
COMMENT ON COLUMN ims.risk.inherent_likelihood IS 'likelihood before treatment, 1 .. the matrix''s likelihood_levels (rule risk_score_derived)';
COMMENT ON COLUMN ims.risk.inherent_impact IS 'impact before treatment, 1 .. the matrix''s impact_levels (rule risk_score_derived)';
COMMENT ON COLUMN ims.risk.inherent_score IS 'inherent_likelihood x inherent_impact; derived by the rules, a different typed value is refused (rule risk_score_derived)';
COMMENT ON COLUMN ims.risk.treatment IS 'modify (controls reduce it), retain (accept it), avoid or share; NULL until decided (rules risk_acceptance, risk_treatment_controls)';
COMMENT ON COLUMN ims.risk.treatment_plan IS 'the risk treatment plan in the organization''s words';
COMMENT ON COLUMN ims.risk.residual_likelihood IS 'likelihood after treatment (NULL until assessed; set together with residual_impact)';
COMMENT ON COLUMN ims.risk.residual_impact IS 'impact after treatment (NULL until assessed)';
COMMENT ON COLUMN ims.risk.residual_score IS 'residual_likelihood x residual_impact; derived by the rules (rule risk_score_derived)';
COMMENT ON COLUMN ims.risk.review_date IS 'when the risk is next reviewed';
COMMENT ON COLUMN ims.risk.accepted_by IS 'who accepted the residual risk: must be the risk owner; required for treatment retain (rule risk_acceptance)';
COMMENT ON COLUMN ims.risk.accepted_at IS 'when it was accepted; set by the rules when accepted_by is set';
COMMENT ON COLUMN ims.risk.approved_by IS 'the top-management approver of an acceptance above the appetite; one of ims.risk_matrix.top_management (rule risk_acceptance)';
COMMENT ON COLUMN ims.risk.approved_at IS 'when top management approved; set by the rules when approved_by is set';
COMMENT ON COLUMN ims.risk.closed_at IS 'when the risk was closed; set by the rules';

-- What a risk concerns: assets and CIs, services (suppliers and customers in
-- 62_suppliers.sql, SoA controls in 61_soa.sql).
CREATE TABLE ims.risk_ci (
    org_id      bigint NOT NULL,
    risk_id     bigint NOT NULL,
    ci_id       bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT risk_ci_pkey PRIMARY KEY (org_id, risk_id, ci_id),
    CONSTRAINT risk_ci_risk_fk FOREIGN KEY (org_id, risk_id) REFERENCES ims.risk (org_id, id) ON DELETE CASCADE,
    CONSTRAINT risk_ci_ci_fk FOREIGN KEY (org_id, ci_id) REFERENCES ims.ci (org_id, id)
);
CREATE INDEX risk_ci_ci_idx ON ims.risk_ci (org_id, ci_id);
COMMENT ON TABLE ims.risk_ci IS 'the information assets and configuration items a risk concerns';

CREATE TABLE ims.risk_service (
    org_id      bigint NOT NULL,
    risk_id     bigint NOT NULL,
    service_id  bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT risk_service_pkey PRIMARY KEY (org_id, risk_id, service_id),
    CONSTRAINT risk_service_risk_fk FOREIGN KEY (org_id, risk_id) REFERENCES ims.risk (org_id, id) ON DELETE CASCADE,
    CONSTRAINT risk_service_service_fk FOREIGN KEY (org_id, service_id) REFERENCES ims.service (org_id, id)
);
CREATE INDEX risk_service_service_idx ON ims.risk_service (org_id, service_id);
COMMENT ON TABLE ims.risk_service IS 'the services a risk concerns';

-- A problem resolved by accepting its risk instead of a change (rule
-- problem_resolution, ISO/IEC 27013 6.2.7).
CREATE TABLE ims.problem_risk (
    org_id      bigint NOT NULL,
    problem_id  bigint NOT NULL,
    risk_id     bigint NOT NULL,
    created_at  timestamptz NOT NULL DEFAULT pg_catalog.now(),
    created_by  text NOT NULL DEFAULT ims.current_actor(),
    CONSTRAINT problem_risk_pkey PRIMARY KEY (org_id, problem_id, risk_id),
    CONSTRAINT problem_risk_problem_fk FOREIGN KEY (org_id, problem_id) REFERENCES ims.problem (org_id, id) ON DELETE CASCADE,
    CONSTRAINT problem_risk_risk_fk FOREIGN KEY (org_id, risk_id) REFERENCES ims.risk (org_id, id)
);
CREATE INDEX problem_risk_risk_idx ON ims.problem_risk (org_id, risk_id);
COMMENT ON TABLE ims.problem_risk IS
    'the risk a problem is resolved by: a problem can be resolved by retaining and accepting its risk in the register instead of a change (rule problem_resolution)';
