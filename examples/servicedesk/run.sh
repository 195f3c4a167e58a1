#!/bin/sh
# Run the service desk example against the database named by the PG*
# variables (make test's "examples" suite points them at a fresh database).
# Debian's python3 explicitly: it has python3-psycopg2; another python3 on
# the PATH (pyenv, a virtualenv) may not.
set -e
cd "$(dirname "$0")"
exec /usr/bin/python3 servicedesk.py
