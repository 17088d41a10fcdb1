#!/usr/bin/env bash
# Page bench (not a unit test): every page of the large generated programme (10 speerpunten, 60 doelstellingen,
# 40 projecten, 200 mijlpalen; tests/Shared/GrootProgramma.cs) opened in Chromium on loopback, signed in as its
# facilitator; prints per page the median and max time until it is interactive. Target: every page within 1 s.
# Usage: tests/bench/paginas.sh [keer=5]
set -euo pipefail
cd "$(dirname "$0")/../.."
KEER=${1:-5}
PORT=${PORT:-5392}; URL="http://127.0.0.1:$PORT"
DIR=$(mktemp -d)

# Published, as an installation runs it (a plain build serves the framework's scripts only in Development).
APPDIR=$(mktemp -d)
dotnet publish -c Release src/ProgrammaPlanner.Web -o "$APPDIR" -v q -nologo >/dev/null
dotnet build -c Release tests/bench/Paginas -v q -nologo >/dev/null
dotnet tests/bench/Paginas/bin/Release/net10.0/Paginas.dll --schrijf "$DIR/samples/groot.json"

# The large programme is the only sample, so the demo accounts are its members. Production, as an installation runs.
( cd "$APPDIR" && ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  exec dotnet ProgrammaPlanner.Web.dll --urls "$URL" "--ConnectionStrings:ProgrammaPlanner=Data Source=$DIR/bench.db" \
  "--Samples:Folder=$DIR/samples" --Demo:Accounts=true ) > "$DIR/app.log" 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "$URL/inloggen" >/dev/null && break; sleep 0.5; done

dotnet tests/bench/Paginas/bin/Release/net10.0/Paginas.dll "$URL" "$KEER"
