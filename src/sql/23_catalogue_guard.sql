-- The catalogue (issue 3), part 3: protection of the built-in rows, end-point
-- checks and privileges.  These triggers are created after the seed
-- (21_catalogue_data.sql); an update script that must change built-in rows
-- disables catalogue_builtin_guard for the duration.

CREATE FUNCTION ims.catalogue_guard()
RETURNS trigger
LANGUAGE plpgsql
AS $fn$
BEGIN
    IF (TG_OP IN ('UPDATE', 'DELETE') AND OLD.builtin) OR (TG_OP IN ('INSERT', 'UPDATE') AND NEW.builtin) THEN
        RAISE EXCEPTION USING ERRCODE = '23514',
            MESSAGE = pg_catalog.format('built-in rows of ims.%s are read-only', TG_TABLE_NAME),
            DETAIL = CASE TG_OP
                         WHEN 'INSERT' THEN 'The statement inserts a row with builtin = true; only the extension creates such rows.'
                         WHEN 'DELETE' THEN 'The statement deletes a row shipped with the extension.'
                         ELSE 'The statement changes a row shipped with the extension, or marks a row as built in.' END,
            HINT = CASE TG_TABLE_NAME
                       WHEN 'term' THEN 'Insert a row of your own (builtin = false) for the same standard and term: it replaces the built-in row in ims.term_in_force.'
                       WHEN 'correspondence' THEN 'Load the official table with ims.import_correspondence: imported rows replace the built-in rows of their mapping.'
                       ELSE 'Add rows of your own with builtin = false; they are kept by pg_dump.' END,
            SCHEMA = TG_TABLE_SCHEMA,
            TABLE = TG_TABLE_NAME,
            CONSTRAINT = 'catalogue_builtin_readonly';
    END IF;
    RETURN CASE TG_OP WHEN 'DELETE' THEN OLD ELSE NEW END;
END
$fn$;
COMMENT ON FUNCTION ims.catalogue_guard() IS
    'trigger function: built-in catalogue rows cannot be inserted, changed or deleted by users (rule catalogue_builtin_readonly, SQLSTATE 23514)';

CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.standard
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.clause
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.control
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.mapping
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.correspondence
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
CREATE TRIGGER catalogue_builtin_guard BEFORE INSERT OR UPDATE OR DELETE ON ims.term
    FOR EACH ROW EXECUTE FUNCTION ims.catalogue_guard();
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.standard IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.clause IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.control IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.mapping IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.correspondence IS 'built-in rows are read-only';
COMMENT ON TRIGGER catalogue_builtin_guard ON ims.term IS 'built-in rows are read-only';

CREATE FUNCTION ims.correspondence_endpoint_check()
RETURNS trigger
LANGUAGE plpgsql
AS $fn$
DECLARE
    m ims.mapping;
BEGIN
    SELECT * INTO m FROM ims.mapping WHERE code = NEW.mapping;
    -- a missing mapping is reported by correspondence_mapping_fk
    IF FOUND AND NEW.from_ref IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM ims.catalogue_item i
           WHERE i.standard = m.from_standard AND i.kind = m.from_kind AND i.ref OPERATOR(ims.=) NEW.from_ref) THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = pg_catalog.format('%s %s is not a %s of the catalogue', m.from_standard, NEW.from_ref, m.from_kind),
            DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
            HINT = 'Correspondences link items of ims.clause or ims.control; add the item first.',
            SCHEMA = 'ims', TABLE = 'correspondence', CONSTRAINT = 'correspondence_from_ref_fk';
    END IF;
    IF FOUND AND NEW.to_ref IS NOT NULL AND NOT EXISTS (
           SELECT 1 FROM ims.catalogue_item i
           WHERE i.standard = m.to_standard AND i.kind = m.to_kind AND i.ref OPERATOR(ims.=) NEW.to_ref) THEN
        RAISE EXCEPTION USING ERRCODE = '23503',
            MESSAGE = pg_catalog.format('%s %s is not a %s of the catalogue', m.to_standard, NEW.to_ref, m.to_kind),
            DETAIL = pg_catalog.format('Mapping %s maps %s %ss to %s %ss.', m.code, m.from_standard, m.from_kind, m.to_standard, m.to_kind),
            HINT = 'Correspondences link items of ims.clause or ims.control; add the item first.',
            SCHEMA = 'ims', TABLE = 'correspondence', CONSTRAINT = 'correspondence_to_ref_fk';
    END IF;
    RETURN NEW;
END
$fn$;
COMMENT ON FUNCTION ims.correspondence_endpoint_check() IS
    'trigger function: both items of a correspondence exist in ims.clause or ims.control as the mapping says '
    '(correspondence_from_ref_fk, correspondence_to_ref_fk; SQLSTATE 23503)';

CREATE TRIGGER correspondence_endpoint_check BEFORE INSERT OR UPDATE ON ims.correspondence
    FOR EACH ROW EXECUTE FUNCTION ims.correspondence_endpoint_check();
COMMENT ON TRIGGER correspondence_endpoint_check ON ims.correspondence IS
    'the items of a correspondence exist in the catalogue';

-- Read-only to ordinary roles: nobody but the owner writes the catalogue.
REVOKE INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER
    ON ims.standard, ims.clause, ims.control, ims.mapping, ims.correspondence, ims.term FROM PUBLIC;
GRANT SELECT ON ims.standard, ims.clause, ims.control, ims.mapping, ims.correspondence, ims.term TO PUBLIC;
REVOKE EXECUTE ON FUNCTION ims.import_correspondence(text, text), ims.drop_imported_correspondence(text) FROM PUBLIC;
