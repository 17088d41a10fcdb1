#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server on loopback for the tests (its data in /tmp, fsync off: nothing in it is kept)
# and prints the line that tells the PostgreSQL test project where it is:
#   eval "$(bash tests/postgres/start-server.sh)"
# Needs Debian's postgresql package. Run again: the running server is reused.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$bin" ] || { echo "PostgreSQL is not installed (apt-get install postgresql)" >&2; exit 1; }
port=${PROGRAMMAPLANNER_TEST_POSTGRES_PORT:-55432}
dir=/tmp/programmaplanner-postgres-$port
# initdb and postgres refuse to run as root: as root, run them as the postgres user the package created.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if ! as_owner "$bin/pg_ctl" -D "$dir" status >/dev/null 2>&1; then
  rm -rf "$dir" && mkdir -p "$dir"
  if [ "$(id -u)" = 0 ]; then chown postgres "$dir"; fi
  # Locale C: text sorts by code point, as SQLite's BINARY collation does.
  as_owner "$bin/initdb" -D "$dir" -U postgres -A trust -E UTF8 --locale=C >/dev/null
  as_owner "$bin/pg_ctl" -D "$dir" -l "$dir/server.log" -w start -o "-p $port -k $dir -c listen_addresses=127.0.0.1 \
    -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" >/dev/null
fi
echo "export PROGRAMMAPLANNER_TEST_POSTGRES='Host=127.0.0.1;Port=$port;Username=postgres'"
