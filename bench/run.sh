#!/usr/bin/env bash
# Run benchmark groups against the server in the PG* variables and print, for
# each benchmark, every variant's time per transaction and its ratio to the
# baseline variant measured in the same run.
#
#   bench/run.sh [group ...]        default: every bench/*/plan
#
# A group is a folder bench/NAME with:
#   setup.sql   loads the data (run once, with psql)
#   plan        lines "benchmark variant script transactions clients role",
#               role "baseline" for the variant the others are divided by
#   settings    optional: PGOPTIONS for the pgbench runs (e.g. -c work_mem=1GB)
#   *.sql       pgbench scripts
#
# Each variant runs ROUNDS times (default 3), rounds interleaved across the
# variants of a group, and the median throughput is kept.  The ratio is
# time / baseline time: below 1 is faster than the baseline.

set -euo pipefail
BENCH=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
ROUNDS=${ROUNDS:-3}
DB=${BENCH_DB:-ims27013_bench}
OUT=${BENCH_OUT:-$BENCH/results}
mkdir -p "$OUT"

groups=("$@")
if [ ${#groups[@]} -eq 0 ]; then
	for p in "$BENCH"/*/plan; do
		groups+=("$(basename "$(dirname "$p")")")
	done
fi

echo "==> bench: database $DB on ${PGHOST:-local socket}${PGPORT:+:$PGPORT}, $ROUNDS rounds per variant"
psql -X -q -d postgres -c "DROP DATABASE IF EXISTS $DB" -c "CREATE DATABASE $DB"
psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -c 'CREATE EXTENSION ims27013'

# Median of the numbers on standard input.
median() {
	sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else print (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Throughput (transactions per second) of one pgbench run.
run_pgbench() {
	local dir=$1 script=$2 transactions=$3 clients=$4 settings=$5 log
	log=$(PGOPTIONS="$settings" pgbench -n -d "$DB" -f "$dir/$script" -t "$transactions" \
		-c "$clients" -j "$clients" 2>&1) || { echo "$log" >&2; return 1; }
	sed -n 's/^tps = \([0-9.]*\).*/\1/p' <<<"$log" | head -n 1
}

table="$OUT/summary.txt"
{
	printf '%-14s %-22s %-10s %8s %12s %10s %8s\n' group benchmark variant clients ms_per_txn tps ratio
} > "$table"

for group in "${groups[@]}"; do
	dir="$BENCH/$group"
	[ -f "$dir/plan" ] || { echo "no such benchmark group: $group" >&2; exit 2; }
	settings=""
	[ -f "$dir/settings" ] && settings=$(grep -v '^#' "$dir/settings" | tr '\n' ' ')
	echo "==> bench/$group: loading data (setup.sql)"
	start=$(date +%s)
	(cd "$dir" && psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -f setup.sql)
	echo "    loaded in $(( $(date +%s) - start )) s"

	mapfile -t lines < <(grep -v '^[[:space:]]*#' "$dir/plan" | grep -v '^[[:space:]]*$')
	declare -A samples=()
	for round in $(seq 1 "$ROUNDS"); do
		echo "==> bench/$group: round $round of $ROUNDS"
		for line in "${lines[@]}"; do
			read -r bench variant script transactions clients role <<<"$line"
			tps=$(run_pgbench "$dir" "$script" "$transactions" "$clients" "$settings")
			printf '    %-22s %-10s %10s tps\n' "$bench" "$variant" "$tps"
			samples["$bench/$variant"]+="$tps "
		done
	done

	declare -A base_ms=()
	for line in "${lines[@]}"; do
		read -r bench variant script transactions clients role <<<"$line"
		tps=$(tr ' ' '\n' <<<"${samples[$bench/$variant]}" | grep . | median)
		ms=$(awk -v t="$tps" -v c="$clients" 'BEGIN { printf "%.3f", 1000 * c / t }')
		if [ "$role" = baseline ]; then
			base_ms[$bench]=$ms
		fi
		ratio=$(awk -v m="$ms" -v b="${base_ms[$bench]:-}" 'BEGIN { if (b == "") print "n/a"; else printf "%.2f", m / b }')
		printf '%-14s %-22s %-10s %8s %12s %10s %8s\n' "$group" "$bench" "$variant" "$clients" "$ms" "$tps" "$ratio" >> "$table"
	done
	unset samples base_ms
done

echo
echo "==> bench: results (ratio = time per transaction / baseline's; below 1 is faster)"
cat "$table"
