#!/usr/bin/env bash
# Runs a command with a throwaway PostgreSQL server and TEST_DATABASE_URL pointing at it, so the
# store tests run on PostgreSQL as well as on the embedded PGlite. An existing TEST_DATABASE_URL
# is used as it is. Installs Debian's PostgreSQL when it is missing and we are root; otherwise the
# command runs without it and the PostgreSQL half of the tests says it was skipped.
set -euo pipefail

if [ -n "${TEST_DATABASE_URL:-}" ]; then exec "$@"; fi

find_pgbin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1; }
PGBIN=$(find_pgbin)
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing PostgreSQL (Debian package) for the store tests…" >&2
    apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql postgresql-contrib >/dev/null
    PGBIN=$(find_pgbin)
  fi
fi
if [ -z "$PGBIN" ] || [ ! -x "$PGBIN/initdb" ]; then
  echo "PostgreSQL is not installed and cannot be installed here: store tests run on PGlite only." >&2
  exec "$@"
fi

PGDATA=$(mktemp -d /tmp/mandates-pg.XXXXXX)
PGPORT=${TEST_PG_PORT:-$((55000 + RANDOM % 5000))}
run_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA"
chmod 700 "$PGDATA"
run_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
# Nothing here needs to survive a crash, so durability is off. Buffers and the WAL allowed between
# checkpoints are sized as a server holding a million activities would be, not left at the
# package's small defaults (128 MB, 1 GB), under which a bulk load spends its time on checkpoints.
# A running server reuses its WAL files; a fresh one would write zeros into each new one first.
SETTINGS="-c wal_init_zero=off -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=1GB -c max_wal_size=4GB -c checkpoint_timeout=30min"
run_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w \
  -o "-p $PGPORT -k $PGDATA -c listen_addresses=127.0.0.1 $SETTINGS" start >/dev/null
cleanup() { run_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$PGDATA"; }
trap cleanup EXIT INT TERM

export TEST_DATABASE_URL="postgres://postgres@127.0.0.1:$PGPORT/postgres"
echo "PostgreSQL $("$PGBIN/postgres" --version | awk '{print $3}') on port $PGPORT for this run" >&2
"$@"
