#!/usr/bin/env bash
# Load bench (not a unit test): 300 simulated phones each join one live session and submit 3 bijdragen within 60 s,
# on loopback, with the facilitator's wall and the beamer page open in Chromium. Reports submit latency, errors, the database check
# (every bijdrage exactly once) and the app's memory (RSS sampled every 0.5 s).
# Usage: tests/bench/live-sessie.sh [deelnemers=300] [perDeelnemer=3] [seconden=60] [client options, see LiveSessie/Program.cs]
set -euo pipefail
cd "$(dirname "$0")/../.."
DEELNEMERS=${1:-300}; PER=${2:-3}; SEC=${3:-60}
PORT=${PORT:-5391}; URL="http://127.0.0.1:$PORT"
DB=$(mktemp -d)/bench.db
CODE=BENCHQ

# Published, as an installation runs it (a plain build serves the framework's scripts only in Development).
APPDIR=$(mktemp -d)
dotnet publish -c Release src/ProgrammaPlanner.Web -o "$APPDIR" -v q -nologo >/dev/null
dotnet build -c Release tests/bench/LiveSessie -v q -nologo >/dev/null

# All phones come from 127.0.0.1 here; in a room they come from many addresses (or one wifi router, which is why
# the per-address limit is configurable). The bench lifts it so it measures the app, not the limiter.
( cd "$APPDIR" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  exec dotnet ProgrammaPlanner.Web.dll --urls "$URL" "--ConnectionStrings:ProgrammaPlanner=Data Source=$DB" \
  --Deelnemen:VerzoekenPerMinuut=1000000 --Demo:Accounts=true ) > "$DB.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$URL/deelnemen" >/dev/null && break; sleep 0.5; done

# One open dialoogtafel in "Samen Noord" (sample programma 2), as the facilitator would have opened it.
BID=$(sqlite3 "$DB" "INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
  VALUES (2, 'dialoogtafel', 'Bench dialoogtafel', '2026-03-12', '19:30', '21:30', '$CODE', 1) RETURNING id;")

RSS=$DB.rss
( while kill -0 $APP 2>/dev/null; do awk '/VmRSS/ {print $2}' /proc/$APP/status >> "$RSS" 2>/dev/null || true; sleep 0.5; done ) &
SAMPLER=$!
echo "App pid $APP, bijeenkomst $BID, code $CODE, RSS voor de run: $(awk '/VmRSS/ {print $2}' /proc/$APP/status) kB"

set +e
dotnet tests/bench/LiveSessie/bin/Release/net10.0/LiveSessie.dll "$URL" 2 "$BID" "$CODE" "$DEELNEMERS" "$PER" "$SEC" "${@:4}"
CLIENT=$?
set -e
kill $SAMPLER 2>/dev/null || true

TELLING="SELECT COUNT(*) || ' bijdragen, ' || COUNT(DISTINCT tekst) || ' verschillende teksten, '"
TELLING="$TELLING || COUNT(DISTINCT idempotentie_sleutel) || ' sleutels' FROM bijdrage WHERE bijeenkomst_id = $BID"
echo "database: $(sqlite3 "$DB" "$TELLING")"
DUBBEL=$(sqlite3 "$DB" "SELECT COUNT(*) FROM (SELECT tekst FROM bijdrage WHERE bijeenkomst_id = $BID GROUP BY tekst HAVING COUNT(*) > 1)")
echo "dubbel opgeslagen teksten: $DUBBEL"
sort -n "$RSS" | awk '{a[NR]=$1} END {printf "app-geheugen (RSS): min %.0f MB, mediaan %.0f MB, max %.0f MB (%d metingen)\n",
  a[1]/1024, a[int((NR+1)/2)]/1024, a[NR]/1024, NR}'
# grep finds nothing in a clean log (exit 1): that must not end the script before it reports the client's result.
LOGFOUTEN=$(grep -iE "fail|exception" "$DB.log" | grep -vc "https port" || true)
echo "fouten/exceptions in app-log (buiten de melding dat deze bench zonder https draait): $LOGFOUTEN"
exit $CLIENT
