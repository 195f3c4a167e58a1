#!/usr/bin/env bash
# make bench: install what is missing, build, install, start a throwaway
# cluster with fsync=on (unless PGHOST is set) and run bench/run.sh.
# BENCH_GROUPS="isoref ..." selects groups (default: all).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

ensure_packages
build_and_install
export PGV_OPTS="-o fsync=on -o shared_buffers=1GB"
# shellcheck disable=SC2086
with_server bash "$ROOT/bench/run.sh" ${BENCH_GROUPS:-}
