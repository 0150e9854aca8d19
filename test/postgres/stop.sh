#!/usr/bin/env bash
# Stops the server test/postgres/start.sh started and deletes its folder: the one named as the
# argument, or $ERRDESK_PG_DIR. Does nothing when there is none.
set -euo pipefail

dir="${1:-${ERRDESK_PG_DIR:-}}"
if [ -z "$dir" ] || [ ! -f "$dir/bin-dir" ]; then
  exit 0
fi
as_owner=()
[ "$(id -u)" = 0 ] && as_owner=(runuser -u postgres --)
"${as_owner[@]}" "$(cat "$dir/bin-dir")/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || true
rm -rf "$dir"
