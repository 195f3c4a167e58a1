#!/usr/bin/env bash
# make test: install what is missing, build, install, then run every test
# suite and print a closing "N passed, N failed" line (N counts test files:
# pg_regress tests, isolation specs, pgTAP files and Perl TAP files).
#
#   pg_regress   sql/*.sql against expected/*.out        (throwaway cluster or PGHOST)
#   isolation    specs/*.spec against expected/*.out     (throwaway cluster or PGHOST)
#   pgTAP        test/*.sql through pg_prove             (throwaway cluster or PGHOST)
#   TAP          t/*.pl, PostgreSQL::Test::Cluster       (own servers, run as postgres)
#
#   examples     examples/*/run.sh, real clients        (throwaway cluster or PGHOST)
#
# SUITES="regress isolation pgtap examples tap" selects suites (default: all);
# TAP_FILES="t/090_dump_restore.pl" selects TAP files; IMS_FUZZ_QUERIES sets
# how many random queries sqlsmith runs (t/092_sqlsmith.pl).

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

SUITES=${SUITES:-regress isolation pgtap examples tap}

# Append one suite's counts to the results file.
record() {
	echo "$1 $2 $3" >> "$RESULTS"
}

# Does the SUITES list select this suite?
selected() {
	case " $SUITES " in *" $1 "*) return 0 ;; esac
	return 1
}

# Print the tail of the throwaway server's log (after a failure).
show_server_log() {
	local log
	log=$(server_log || true)
	if [ -n "$log" ]; then
		say "server log (last 60 lines of $log)"
		tail -n 60 "$log" || true
	fi
}

# Run pg_regress or isolation through PGXS "make installcheck" and count results.
run_pg_regress_suite() {
	local suite=$1 diffs=$2 log="$LOGDIR/$1.log" status passed failed
	shift 2
	set +e
	make -C "$ROOT" -s installcheck "$@" 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	passed=$(grep -c '\.\.\. ok' "$log" || true)
	failed=$(grep -c '\.\.\. FAILED' "$log" || true)
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1		# the runner itself failed before or after the tests
	fi
	if [ "$failed" -ne 0 ]; then
		if [ -f "$ROOT/$diffs" ]; then
			say "$suite: differences ($diffs)"
			cat "$ROOT/$diffs"
		fi
		show_server_log
	fi
	record "$suite" "$passed" "$failed"
}

# pgTAP: a fresh database with pgtap and ims27013, then pg_prove over test/*.sql.
run_pgtap_suite() {
	local db=ims27013_tap log="$LOGDIR/pgtap.log" status files failed
	say "pgTAP: test/*.sql through pg_prove (database $db)"
	dropdb --if-exists "$db"
	createdb "$db"
	psql -X -q -v ON_ERROR_STOP=1 -d "$db" \
		-c 'CREATE EXTENSION pgtap' \
		-c 'CREATE EXTENSION ims27013' \
		-c "ALTER DATABASE $db SET search_path = public, ims"
	local lib
	for lib in "$ROOT"/test/lib/*.sql; do
		psql -X -q -v ON_ERROR_STOP=1 -d "$db" -f "$lib"
	done
	set +e
	(cd "$ROOT" && pg_prove --failures -d "$db" test/*.sql) 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	files=$(sed -n 's/^Files=\([0-9]*\),.*/\1/p' "$log" | tail -n 1)
	failed=$(sed -n 's/^Failed \([0-9]*\)\/[0-9]* test programs.*/\1/p' "$log" | tail -n 1)
	files=${files:-0}
	failed=${failed:-0}
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
	fi
	[ "$failed" -eq 0 ] || show_server_log
	record pgTAP $((files - failed)) "$failed"
}

# Example clients: each examples/NAME/run.sh runs against a fresh database
# (PG* variables point at it) and must exit 0.
run_examples_suite() {
	local dir name log passed=0 failed=0
	for dir in "$ROOT"/examples/*/; do
		[ -x "$dir/run.sh" ] || continue
		name=$(basename "$dir")
		log="$LOGDIR/example-$name.log"
		say "example: $name"
		dropdb --if-exists "ims27013_example"
		createdb "ims27013_example"
		if (cd "$dir" && PGDATABASE=ims27013_example ./run.sh) > "$log" 2>&1; then
			cat "$log"
			echo "example $name ... ok"
			passed=$((passed + 1))
		else
			cat "$log"
			echo "example $name ... FAILED"
			failed=$((failed + 1))
		fi
	done
	record examples "$passed" "$failed"
}

# The suites that need one running server (called inside with_server).
run_server_suites() {
	if selected regress; then
		say "pg_regress: sql/ against expected/"
		run_pg_regress_suite pg_regress regression.diffs ISOLATION=
	fi
	if selected isolation; then
		say "isolation: specs/ against expected/"
		run_pg_regress_suite isolation output_iso/regression.diffs REGRESS=
	fi
	if selected pgtap; then
		run_pgtap_suite
	fi
	if selected examples; then
		run_examples_suite
	fi
}

# Perl TAP tests start their own servers, which refuse to run as root: run
# them as postgres on a postgres-owned copy of the tree.
run_tap_suite() {
	local tmp log="$LOGDIR/tap.log" status files failed
	say "TAP: t/*.pl as postgres on a copy of the tree"
	tmp=$(mktemp -d "${TMPDIR:-/tmp}/ims27013-tap.XXXXXX")
	cp -a "$ROOT" "$tmp/main"
	if [ -d "$ROOT/../shared" ]; then
		cp -a "$ROOT/../shared" "$tmp/shared"
	fi
	chmod 755 "$tmp"
	as_root chown -R postgres: "$tmp"
	set +e
	# shellcheck disable=SC2086
	(cd "$tmp/main" && as_postgres env -u PGHOST -u PGPORT -u PGUSER -u PGPASSWORD -u PGDATABASE \
		PATH="$PGBIN:$PATH" TESTDIR="$tmp/main" \
		PG_REGRESS="$PGXS_DIR/src/test/regress/pg_regress" \
		IMS_FUZZ_QUERIES="${IMS_FUZZ_QUERIES:-}" IMS_FUZZ_SEED="${IMS_FUZZ_SEED:-}" \
		prove -I "$PGXS_DIR/src/test/perl" -I . ${TAP_FILES:-t/*.pl}) 2>&1 | tee "$log"
	status=${PIPESTATUS[0]}
	set -e
	files=$(sed -n 's/^Files=\([0-9]*\),.*/\1/p' "$log" | tail -n 1)
	failed=$(sed -n 's/^Failed \([0-9]*\)\/[0-9]* test programs.*/\1/p' "$log" | tail -n 1)
	files=${files:-0}
	failed=${failed:-0}
	if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
		failed=1
	fi
	if [ "$failed" -ne 0 ]; then
		local f
		for f in "$tmp"/main/tmp_check/log/*; do
			[ -f "$f" ] || continue
			say "TAP log: ${f##*/} (last 40 lines)"
			tail -n 40 "$f"
		done
	fi
	as_root rm -rf "$tmp"
	record TAP $((files - failed)) "$failed"
}

# Print the per-suite table and the closing line; exit 1 on any failure.
summarize() {
	local suite passed failed total_passed=0 total_failed=0
	say "summary"
	printf '%-12s %8s %8s\n' suite passed failed
	while read -r suite passed failed; do
		printf '%-12s %8d %8d\n' "$suite" "$passed" "$failed"
		total_passed=$((total_passed + passed))
		total_failed=$((total_failed + failed))
	done < "$RESULTS"
	echo
	echo "logs: $LOGDIR"
	echo "$total_passed passed, $total_failed failed"
	[ "$total_failed" -eq 0 ]
}

if [ "${1:-}" = --inside-server ]; then
	run_server_suites
	exit 0
fi

export LOGDIR RESULTS
LOGDIR=$(mktemp -d "${TMPDIR:-/tmp}/ims27013-test-logs.XXXXXX")
RESULTS="$LOGDIR/results"
: > "$RESULTS"

ensure_packages
build_and_install
if selected regress || selected isolation || selected pgtap || selected examples; then
	if ! with_server bash "$ROOT/tools/test.sh" --inside-server; then
		record server 0 1
	fi
fi
if selected tap; then
	run_tap_suite
fi
summarize
