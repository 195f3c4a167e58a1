#!/usr/bin/env bash
# make demo: install what is missing, build, install, start a throwaway
# cluster (unless PGHOST is set), create the extension in a database
# ims27013_demo and print what the extension does.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

DEMO_DB=${DEMO_DB:-ims27013_demo}

# Create the demo database and run the demo script (called inside with_server).
run_demo() {
	say "demo: creating database $DEMO_DB (dropped first if it exists)"
	dropdb --if-exists "$DEMO_DB"
	createdb "$DEMO_DB"
	say "demo: CREATE EXTENSION ims27013, then the tour (tools/demo.sql)"
	(cd "$ROOT" && psql -X -v ON_ERROR_STOP=1 -P pager=off -d "$DEMO_DB" -f tools/demo.sql)
	if [ -n "${IMS_THROWAWAY:-}" ]; then
		say "demo: done; the throwaway cluster is removed now (set PGHOST to keep the database)"
	else
		say "demo: done; database $DEMO_DB stays on $PGHOST for you to explore"
	fi
}

if [ "${1:-}" = --inside-server ]; then
	run_demo
	exit 0
fi

ensure_packages
build_and_install
with_server bash "$ROOT/tools/demo.sh" --inside-server
