# Shared helpers of tools/*.sh: package set-up, build, throwaway clusters.
# Sourced, not run.  Works as root or as a user with sudo.

set -euo pipefail

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
PG_MAJOR=15
PGBIN=/usr/lib/postgresql/$PG_MAJOR/bin
PGXS_DIR=/usr/lib/postgresql/$PG_MAJOR/lib/pgxs

# Debian packages the two commands need; installed when missing.
REQUIRED_PACKAGES=(
	make gcc
	postgresql-$PG_MAJOR
	postgresql-server-dev-$PG_MAJOR
	postgresql-$PG_MAJOR-pgtap
	libtap-parser-sourcehandler-pgtap-perl
	libipc-run-perl
	python3-psycopg2
	sqlsmith
)

# Print a step heading.
say() {
	printf '\n==> %s\n' "$*"
}

# Run a command as root (directly, or through sudo for a normal user).
as_root() {
	if [ "$(id -u)" = 0 ]; then
		"$@"
	else
		sudo "$@"
	fi
}

# Run a command as the postgres operating-system user.
as_postgres() {
	if [ "$(id -u)" = 0 ]; then
		runuser -u postgres -- "$@"
	else
		sudo -u postgres "$@"
	fi
}

# Install the packages of REQUIRED_PACKAGES (plus any given) that are missing.
ensure_packages() {
	local missing=() p
	for p in "${REQUIRED_PACKAGES[@]}" "$@"; do
		if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
			missing+=("$p")
		fi
	done
	if [ ${#missing[@]} -eq 0 ]; then
		say "packages: all present"
		return
	fi
	say "packages: installing ${missing[*]}"
	as_root apt-get update -q
	as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# Build the extension and install it into the PostgreSQL of pg_config.
build_and_install() {
	say "build: make"
	make -C "$ROOT" -s
	say "install: make install"
	as_root make -C "$ROOT" -s install
}

# Remove a throwaway cluster left behind by a killed pg_virtualenv run; refuse
# while another pg_virtualenv run (of this user) is alive and may be using it.
drop_stale_cluster() {
	if [ "$(id -u)" = 0 ] && [ -f /etc/postgresql/$PG_MAJOR/regress/.by_pg_virtualenv ]; then
		if pgrep -u root -f "^(/usr)?/bin/(ba)?sh /usr/bin/pg_virtualenv" >/dev/null 2>&1; then
			echo "A pg_virtualenv run is using the $PG_MAJOR/regress cluster; wait for it to finish, or stop it and run: pg_dropcluster --stop $PG_MAJOR regress" >&2
			exit 1
		fi
		say "cluster: dropping the stale $PG_MAJOR/regress cluster of an interrupted run"
		pg_dropcluster --stop $PG_MAJOR regress || true
	fi
}

# Run a command against a server: the one named by PGHOST when set,
# otherwise a throwaway cluster that lives as long as the command.
# Extra pg_virtualenv options (e.g. -o fsync=on) come in PGV_OPTS.
with_server() {
	if [ -n "${PGHOST:-}" ]; then
		say "server: using PGHOST=$PGHOST${PGPORT:+ PGPORT=$PGPORT}"
		IMS_THROWAWAY= "$@"
	else
		drop_stale_cluster
		say "server: starting a throwaway PostgreSQL $PG_MAJOR cluster (pg_virtualenv)"
		IMS_THROWAWAY=1 pg_virtualenv -v $PG_MAJOR ${PGV_OPTS:-} "$@"
	fi
}

# The server log of the current throwaway cluster, if one can be found.
server_log() {
	local f
	for f in /var/log/postgresql/postgresql-$PG_MAJOR-regress.log \
		"${TMPDIR:-/tmp}"/pg_virtualenv.*/log/postgresql-$PG_MAJOR-regress.log; do
		if [ -r "$f" ]; then
			echo "$f"
			return
		fi
	done
}
