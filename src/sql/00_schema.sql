-- The schema of every object of the extension.  It is created here rather
-- than named in the control file so that it is a member of the extension and
-- DROP EXTENSION removes it.
CREATE SCHEMA ims;

COMMENT ON SCHEMA ims IS
    'ims27013: integrated ISO/IEC 27001 information security and ISO/IEC 20000-1 service management system (ISO/IEC 27013)';
