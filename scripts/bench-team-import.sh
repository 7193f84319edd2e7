#!/bin/sh
# SPDX-License-Identifier: MIT
# `team import` against a plain COPY of the same rows (issue 13 item 11: ≤ 3×), on a throwaway
# PostgreSQL 15 cluster on this machine (started here, stopped at the end).
#
#   scripts/bench-team-import.sh build/ardesk-cli FILE.ardesk [RUNS]
#
# Each run: (a) `ardesk-cli team import FILE --to` an empty database — schema, COPY of every row
# through libpq, search index, sequences, logins, and `verify` of both sides, as timed by the
# command itself; (b) the baseline: the same rows, dumped beforehand as COPY text files from the
# imported database (every table, the search index's included: its generated tsvector and GIN index
# are computed on load as in the import), loaded by psql with `\copy` into a database that has the
# schema (restored
# from a schema-only pg_dump), in one transaction with the triggers off, as the import runs.
# Prints both times and their ratios per run (the whole command, and its create+copy phase without
# the two verifies), then the medians; the load average beside them.
set -eu
CLI=$(realpath "$1"); FILE=$(realpath "$2"); RUNS=${3:-3}
BIN=/usr/lib/postgresql/15/bin
WORK=$(mktemp -d /tmp/ardesk-bench-team.XXXXXX)
chmod 755 "$WORK"
AS=""
[ "$(id -u)" = 0 ] && { chown postgres "$WORK"; AS="runuser -u postgres --"; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
$AS $BIN/initdb -D "$WORK/data" -U ardesk --auth=trust -E UTF8 --locale=C >/dev/null
$AS $BIN/pg_ctl -D "$WORK/data" -o "-k $WORK -h 127.0.0.1 -p $PORT -c fsync=on" -l "$WORK/log" -w start >/dev/null
trap '$AS $BIN/pg_ctl -D "$WORK/data" -m immediate stop >/dev/null 2>&1; rm -rf "$WORK"' EXIT
PSQL="$BIN/psql -X -q -At -v ON_ERROR_STOP=1 -h 127.0.0.1 -p $PORT -U ardesk"
URL="postgresql://ardesk@127.0.0.1:$PORT"
ms() { date +%s%3N; }

i=0; imports=""; copies=""; copyphase=""
while [ $i -lt "$RUNS" ]; do
  i=$((i+1))
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS imp" -c "CREATE DATABASE imp TEMPLATE template0"
  t0=$(ms); "$CLI" --json team import "$FILE" --to "$URL/imp" > "$WORK/imp.json"; t1=$(ms)
  imp=$((t1-t0))
  copy=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['copy_ms'])" "$WORK/imp.json")
  phases=$(python3 -c "import json,sys; j=json.load(open(sys.argv[1])); print(f\"verify file {j['source_verify_ms']} ms, create+copy+commit {j['copy_ms']} ms, count+verify target {j['check_ms']} ms, {j['rows']} rows\")" "$WORK/imp.json")
  if [ $i = 1 ]; then   # the baseline's input: the same rows as COPY text, and the schema
    mkdir -p "$WORK/rows"; chmod 777 "$WORK/rows"
    $BIN/pg_dump -h 127.0.0.1 -p $PORT -U ardesk --schema-only imp > "$WORK/schema.sql"
    for t in $($PSQL -d imp -c "SELECT tablename FROM pg_tables WHERE schemaname='public' ORDER BY 1"); do
      cols=$($PSQL -d imp -c "SELECT string_agg(quote_ident(column_name), ',' ORDER BY ordinal_position) FROM information_schema.columns WHERE table_schema='public' AND table_name='$t' AND is_generated='NEVER'")
      $PSQL -d imp -c "\\copy $t ($cols) TO '$WORK/rows/$t'"
      printf '%s\n' "\\copy $t ($cols) FROM '$WORK/rows/$t'" >> "$WORK/load.sql"
    done
  fi
  $PSQL -d postgres -c "DROP DATABASE IF EXISTS base" -c "CREATE DATABASE base TEMPLATE template0"
  $PSQL -d base -f "$WORK/schema.sql" >/dev/null 2>&1
  { echo "BEGIN;"; echo "SET LOCAL session_replication_role = replica;"; cat "$WORK/load.sql"; echo "COMMIT;"; } > "$WORK/run.sql"
  t0=$(ms); $PSQL -d base -f "$WORK/run.sql" >/dev/null; t1=$(ms)
  cp=$((t1-t0))
  echo "run $i: team import ${imp} ms ($phases); plain COPY ${cp} ms; ratio whole command $(python3 -c "print(round($imp/$cp,2))"), ratio create+copy $(python3 -c "print(round($copy/$cp,2))")  ($(uptime | sed 's/.*load/load/'))"
  imports="$imports $imp"; copies="$copies $cp"; copyphase="$copyphase $copy"
done
python3 - "$imports" "$copies" "$copyphase" <<'PY'
import statistics, sys
a, b, c = ([int(x) for x in arg.split()] for arg in sys.argv[1:4])
ma, mb, mc = statistics.median(a), statistics.median(b), statistics.median(c)
print(f"median: team import {ma:.0f} ms (create+copy {mc:.0f} ms), plain COPY {mb:.0f} ms, "
      f"ratio {ma/mb:.2f} whole, {mc/mb:.2f} create+copy")
PY
rows=$($PSQL -d imp -c "SELECT sum(n_live_tup) FROM pg_stat_user_tables")
echo "rows (approx., pg_stat): $rows"
