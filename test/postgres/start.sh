#!/usr/bin/env bash
# Starts a throwaway PostgreSQL server for the tests: Debian's binaries, a new cluster in a temp
# folder, 127.0.0.1 on a free port, trust authentication, no durability (it is thrown away).
# Prints the variables to export; stop it with test/postgres/stop.sh:
#
#   eval "$(test/postgres/start.sh)" && npm test; test/postgres/stop.sh
#
# As root (CI), the cluster runs as the `postgres` user: initdb and postgres refuse root.
# Needs Debian's postgresql package (apt-get install -y postgresql); PG_BIN overrides where its
# binaries are.
set -euo pipefail

bin_dir="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)}"
if [ -z "$bin_dir" ] || [ ! -x "$bin_dir/initdb" ]; then
  echo "test/postgres/start.sh: PostgreSQL is not installed (apt-get install -y postgresql)" >&2
  exit 1
fi

dir="$(mktemp -d "${TMPDIR:-/tmp}/errdesk-pg.XXXXXX")"
as_owner=()
if [ "$(id -u)" = 0 ]; then
  chown postgres: "$dir"
  as_owner=(runuser -u postgres --)
fi
echo "$bin_dir" >"$dir/bin-dir"

# A port nobody listens on now; the server takes it a moment later.
port="$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')"

if ! "${as_owner[@]}" "$bin_dir/initdb" -D "$dir/data" -U postgres --auth=trust --no-sync \
  --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
  cat "$dir/initdb.log" >&2
  exit 1
fi
if ! "${as_owner[@]}" "$bin_dir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o \
  "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
  start >/dev/null; then
  cat "$dir/server.log" >&2
  exit 1
fi

echo "export DATABASE_URL=postgres://postgres@127.0.0.1:$port/postgres"
echo "export ERRDESK_PG_DIR=$dir"
