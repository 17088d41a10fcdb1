#!/usr/bin/env bash
# Load bench (not a unit test) for an installation with several app instances: a throwaway PostgreSQL server, the
# published app started twice on one database (instance A and B), and nginx from the distribution in front of both,
# all on loopback. Two phases, each a live session as in tests/bench/live-sessie.sh:
#   1. the phones (LiveSessie client, plain form posts) go through nginx and spread over both instances; the
#      facilitator's wall and beamer (Chromium) are pinned to A, so what B stores must reach A's walls. Then, with the
#      room quiet, five single bijdragen sent to B directly: only the notification between instances brings those.
#   2. the same with a new session, and instance B killed (kill -9) halfway: its phones carry on through A, and every
#      bijdrage the client saw acknowledged must be in the database exactly once.
# Reports submit latency, errors, the wall delay after the last submit, requests and phones per instance, the
# database check and each instance's memory (RSS sampled every 0.5 s).
# Usage: tests/bench/meerdere-instanties.sh [deelnemers=1000] [perDeelnemer=3] [seconden=60]
# Needs Debian's postgresql, nginx (installed with apt-get when missing) and chromium packages.
set -euo pipefail
cd "$(dirname "$0")/../.."
DEELNEMERS=${1:-1000}; PER=${2:-3}; SEC=${3:-60}
PGPORT=${PROGRAMMAPLANNER_TEST_POSTGRES_PORT:-55434}
PORT_PROXY=${PORT_PROXY:-5300}   # the phones' address: nginx, both instances
PORT_WAND=${PORT_WAND:-5310}     # the facilitator's address in this bench: nginx, instance A only
PORT_A=${PORT_A:-5301}; PORT_B=${PORT_B:-5302}
WACHT=${WACHT:-30}               # seconds each wall may take to show every bijdrage before it counts as failed
WERK=$(mktemp -d /tmp/meerdere-instanties.XXXXXX)
DBNAAM=bench_$(date +%s)
PSQL=(psql -h 127.0.0.1 -p "$PGPORT" -U postgres -X -q -t -A -v ON_ERROR_STOP=1)
CS="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=$DBNAAM"
PIDS=(); PG_GESTART=
opruimen() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -s "$WERK/nginx/nginx.pid" ] && kill "$(cat "$WERK/nginx/nginx.pid")" 2>/dev/null || true
  wait 2>/dev/null || true
  "${PSQL[@]}" -d postgres -c "DROP DATABASE IF EXISTS $DBNAAM WITH (FORCE)" 2>/dev/null || true
  if [ -n "$PG_GESTART" ]; then # a server this run started goes again; one that was running stays
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_GESTART" -D "/tmp/programmaplanner-postgres-$PGPORT" -m fast stop >/dev/null
    else "$PG_GESTART" -D "/tmp/programmaplanner-postgres-$PGPORT" -m fast stop >/dev/null; fi || true
  fi
  rm -rf "$WERK/app"
  echo "logs en configuratie: $WERK"
}
trap opruimen EXIT

command -v nginx >/dev/null || apt-get install -y nginx >/dev/null
pg_isready -q -h 127.0.0.1 -p "$PGPORT" || PG_GESTART=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)/pg_ctl
eval "$(PROGRAMMAPLANNER_TEST_POSTGRES_PORT=$PGPORT bash tests/postgres/start-server.sh)"
"${PSQL[@]}" -d postgres -c "CREATE DATABASE $DBNAAM"

# Published once, as an installation runs it; both instances run the same files.
APPDIR=$WERK/app
dotnet publish -c Release src/ProgrammaPlanner.Web -o "$APPDIR" -v q -nologo >/dev/null
dotnet build -c Release tests/bench/LiveSessie -v q -nologo >/dev/null

# Each instance names itself to PostgreSQL (Application Name), so the bench can count its connections, and gets its own
# HOME: the framework's default key ring (antiforgery tokens, sign-in cookies) lives under it, and two machines would
# not share that folder. So whatever holds across instances here holds by the app's own shared keys, not by two
# processes on one disk. The per-address limit is lifted as in live-sessie.sh: all phones
# come from 127.0.0.1 (X-Forwarded-For from nginx, honoured because 127.0.0.1 is the configured proxy).
start_instantie() { # name port
  mkdir -p "$WERK/$1-home"
  ( cd "$APPDIR" && HOME=$WERK/$1-home ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
    exec dotnet ProgrammaPlanner.Web.dll --urls "http://127.0.0.1:$2" "--ConnectionStrings:ProgrammaPlanner=$CS;Application Name=$1" \
    --Proxy:Vertrouwd=127.0.0.1 --Deelnemen:VerzoekenPerMinuut=1000000 --Demo:Accounts=true ) > "$WERK/$1.log" 2>&1 &
}
wacht_op() { # url pid: until the app answers (the first start migrates and loads the samples)
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null "$1/deelnemen" && return 0
    kill -0 "$2" 2>/dev/null || { echo "instantie gestopt, zie de log:" >&2; return 1; }
    sleep 0.5
  done
  echo "$1 antwoordt niet binnen 120 s" >&2; return 1
}
# A first: it migrates the empty database and loads the samples; B starts on a ready database.
start_instantie a "$PORT_A"; APP_A=$!; PIDS+=("$APP_A"); disown "$APP_A" # no "Killed" notice mid-report
wacht_op "http://127.0.0.1:$PORT_A" "$APP_A" || { tail -20 "$WERK/a.log"; exit 1; }
start_instantie b "$PORT_B"; APP_B=$!; PIDS+=("$APP_B"); disown "$APP_B"
wacht_op "http://127.0.0.1:$PORT_B" "$APP_B" || { tail -20 "$WERK/b.log"; exit 1; }

# nginx as a plain foreground process with its own files (no system service; as root it runs as nobody, since the
# ports are unprivileged anyway).
NGINX=$WERK/nginx; mkdir -p "$NGINX/tmp"
cat > "$NGINX/nginx.conf" <<EOF
daemon off;
worker_processes 1;
worker_rlimit_nofile 16384;
pid $NGINX/nginx.pid;
error_log $NGINX/error.log warn;
events { worker_connections 8192; }
http {
  client_body_temp_path $NGINX/tmp/body;
  proxy_temp_path $NGINX/tmp/proxy;
  fastcgi_temp_path $NGINX/tmp/fastcgi;
  uwsgi_temp_path $NGINX/tmp/uwsgi;
  scgi_temp_path $NGINX/tmp/scgi;
  # | between the fields: \$upstream_addr lists every instance tried, separated by ", ".
  log_format instanties '\$msec|\$upstream_addr|\$upstream_status|\$status|\$request_method|\$uri|\$request_time|\$pp_affiniteit';
  access_log $NGINX/access.log instanties;

  # Sticky sessions without the commercial "sticky" directive: a Blazor Server circuit lives in one instance's memory,
  # so a browser must keep coming back to the instance that holds it. Hashing the client address (ip_hash) would put
  # a whole room behind one wifi router (and every phone of this bench) on one instance; so nginx gives each browser
  # a random affinity cookie on its first response and hashes that. The first request already hashes the value it is
  # about to set, so the page and the form post that follows land on the same instance. "consistent" (ketama) moves
  # only the browsers of an instance that leaves; while an instance is down its browsers go to the next one.
  map \$cookie_pp_instantie \$pp_affiniteit { "" \$request_id; default \$cookie_pp_instantie; }
  map \$cookie_pp_instantie \$pp_zet_cookie { "" "pp_instantie=\$request_id; Path=/; HttpOnly; SameSite=Lax"; default ""; }
  map \$http_upgrade \$connection_upgrade { default upgrade; "" ""; }

  upstream programmaplanner {
    hash \$pp_affiniteit consistent;
    server 127.0.0.1:$PORT_A max_fails=1 fail_timeout=10s;
    server 127.0.0.1:$PORT_B max_fails=1 fail_timeout=10s;
    keepalive 64;
  }
  upstream alleen_a { server 127.0.0.1:$PORT_A; keepalive 8; }

  server {
    listen 127.0.0.1:$PORT_PROXY;
    location / {
      proxy_pass http://programmaplanner;
      include $NGINX/proxy.conf;
      add_header Set-Cookie \$pp_zet_cookie always; # empty, so not sent, when the browser has its cookie
    }
  }
  # Bench only: the facilitator's wall and beamer pinned to A, so the phones' bijdragen through B must reach them.
  server {
    listen 127.0.0.1:$PORT_WAND;
    location / { proxy_pass http://alleen_a; include $NGINX/proxy.conf; }
  }
}
EOF
cat > "$NGINX/proxy.conf" <<'EOF'
proxy_http_version 1.1;
proxy_set_header Host $http_host;  # with the port: the app builds its absolute links (Blazor's base address) from it
proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
proxy_set_header X-Forwarded-Proto $scheme;
# Blazor Server's circuit is a websocket: pass the upgrade on, keep an idle circuit open for an hour.
proxy_set_header Upgrade $http_upgrade;
proxy_set_header Connection $connection_upgrade;
proxy_read_timeout 1h;
proxy_send_timeout 1h;
proxy_connect_timeout 2s;
# An instance that is gone (refused or reset connection, no answer) passes the request to the next one. A form post
# is passed on only when it never reached the instance: one that did may have been stored, so the phone sends it
# again itself, with the same idempotency key.
proxy_next_upstream error timeout;
proxy_next_upstream_tries 2;
add_header X-Instantie $upstream_addr always; # bench only: the client counts its phones per instance
EOF
if [ "$(id -u)" = 0 ]; then chown -R nobody "$NGINX"; chmod 755 "$WERK"; fi
as_nobody() { if [ "$(id -u)" = 0 ]; then runuser -u nobody -- "$@"; else "$@"; fi; }
as_nobody nginx -p "$NGINX" -e "$NGINX/error.log" -c "$NGINX/nginx.conf" -t 2>&1 | grep -v "syntax is ok" || true
as_nobody nginx -p "$NGINX" -e "$NGINX/error.log" -c "$NGINX/nginx.conf" > "$NGINX/stdout.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 20); do curl -sf -o /dev/null "http://127.0.0.1:$PORT_PROXY/deelnemen" && break; sleep 0.25; done

echo "PostgreSQL :$PGPORT database $DBNAAM; instantie A pid $APP_A :$PORT_A, B pid $APP_B :$PORT_B;" \
  "nginx :$PORT_PROXY (telefoons, A+B) en :$PORT_WAND (wand, alleen A)"
INSTANTIE_A=127.0.0.1:$PORT_A; INSTANTIE_B=127.0.0.1:$PORT_B
echo "(in de uitvoer van de client: A = $INSTANTIE_A, B = $INSTANTIE_B)"

rss_meten() { # pid file: every 0.5 s while the process lives
  while kill -0 "$1" 2>/dev/null; do awk '/VmRSS/ {print $2}' "/proc/$1/status" >> "$2" 2>/dev/null || true; sleep 0.5; done
}
verbindingen_meten() { # file: every second, the app connections by instance, state and wait (pool exhaustion shows here)
  while :; do
    "${PSQL[@]}" -d postgres -c "SELECT extract(epoch FROM now())::int, application_name, state,
      coalesce(wait_event_type, '-'), count(*) FROM pg_stat_activity WHERE datname = '$DBNAAM' AND application_name IN ('a', 'b')
      GROUP BY 1, 2, 3, 4" >> "$1" 2>/dev/null || true
    sleep 1
  done
}
verbindingen_rapport() { # file: per instance the most connections open at one moment (idle ones wait in its pool) and
  # the most in use (a statement running or a transaction open), with what they were doing then
  [ -s "$1" ] || return 0
  awk -F'|' '{ k = $1 " " $2; n[k] += $5; if ($3 != "idle") b[k] += $5; d[k] = d[k] " " $3 "/" $4 "=" $5 }
    END { for (k in n) { split(k, t, " "); i = t[2]
        if (n[k] > open[i]) { open[i] = n[k]; bijOpen[i] = d[k] }
        if (b[k] > bezig[i]) { bezig[i] = b[k]; bijBezig[i] = d[k] } }
      for (i in open) printf "databaseverbindingen %s: hoogstens %d open (toen:%s), hoogstens %d in gebruik (toen:%s)\n",
        toupper(i), open[i], bijOpen[i], bezig[i], bezig[i] ? bijBezig[i] : " -" }' "$1" | sort
}
rss_rapport() { # name file
  if [ -s "$2" ]; then sort -n "$2" | awk -v n="$1" '{a[NR]=$1} END {printf "geheugen %s (RSS): min %.0f MB, mediaan %.0f MB, max %.0f MB (%d metingen)\n",
    n, a[1]/1024, a[int((NR+1)/2)]/1024, a[NR]/1024, NR}'; fi
}

# One phase: a new open dialoogtafel in "Samen Noord" (sample programma 2), the client through nginx, the checks.
# With a kill delay, instance B is killed that many seconds after the phones start.
fase() { # name code killNaSeconden(0 = none) [deelnemers perDeelnemer seconden]
  local naam=$1 code=$2 kill_na=$3 d=${4:-$DEELNEMERS} p=${5:-$PER} s=${6:-$SEC}
  local bid uitvoer=$WERK/$naam.client.log bevestigd=$WERK/$naam.bevestigd regels
  bid=$("${PSQL[@]}" -d "$DBNAAM" -c "INSERT INTO bijeenkomst (programma_id, soort, titel, datum, begintijd, eindtijd, code, invoer_open)
    VALUES (2, 'dialoogtafel', 'Bench $naam', '2026-03-12', '19:30', '21:30', '$code', 1) RETURNING id")
  echo; echo "== fase $naam: bijeenkomst $bid, code $code$([ "$kill_na" -gt 0 ] && echo ", instantie B gestopt (kill -9) ${kill_na}s na de start")"
  regels=$(wc -l < "$NGINX/access.log")
  local samplers=()
  rss_meten "$APP_A" "$WERK/$naam.rss-a" & samplers+=($!)
  rss_meten "$APP_B" "$WERK/$naam.rss-b" & samplers+=($!)
  verbindingen_meten "$WERK/$naam.verbindingen" & samplers+=($!)
  echo "RSS voor de fase: A $(awk '/VmRSS/ {print $2}' /proc/$APP_A/status 2>/dev/null) kB," \
    "B $(awk '/VmRSS/ {print $2}' /proc/$APP_B/status 2>/dev/null || echo '-') kB"
  : > "$uitvoer"; : > "$bevestigd"
  if [ "$kill_na" -gt 0 ]; then
    # Timed from the phones' start, which the client announces once the walls are open.
    ( until grep -q "Wand en beamer open" "$uitvoer" 2>/dev/null; do sleep 0.2; done
      sleep "$kill_na"; kill -9 "$APP_B" 2>/dev/null && echo "$(date -u +%T.%N | cut -c1-12) instantie B gestopt (kill -9)" ) &
    samplers+=($!)
  fi
  set +e
  dotnet tests/bench/LiveSessie/bin/Release/net10.0/LiveSessie.dll "http://127.0.0.1:$PORT_PROXY" 2 "$bid" "$code" \
    "$d" "$p" "$s" --wand-url "http://127.0.0.1:$PORT_WAND" --instantie-header X-Instantie \
    --bevestigd "$bevestigd" --wacht "$WACHT" $([ "$kill_na" -gt 0 ] && echo "--herhaal 3" || echo "--proef-url http://127.0.0.1:$PORT_B") \
    2>&1 | tee "$uitvoer"
  local client=${PIPESTATUS[0]}
  set -e
  for pid in "${samplers[@]}"; do kill "$pid" 2>/dev/null || true; done
  wait "${samplers[@]}" 2>/dev/null || true

  # Requests per instance as nginx saw them: the last address is the one that answered (an earlier one refused).
  # Phones per instance: distinct affinity cookies.
  tail -n +"$((regels + 1))" "$NGINX/access.log" | awk -F'|' -v a="$INSTANTIE_A" -v b="$INSTANTIE_B" '
    $6 ~ /^\/deelnemen/ { n = split($2, u, ", "); s = u[n] == a ? "A" : u[n] == b ? "B" : u[n];
      verzoeken[s]++; if (!((s, $8) in gezien)) { gezien[s, $8] = 1; telefoons[s]++ }
      if (n > 1) doorgegeven++; if ($4 >= 500) fout[$4]++ }
    END { printf "nginx, telefoonverzoeken per instantie:"; for (s in verzoeken) printf " %s %d (%d telefoons)", s, verzoeken[s], telefoons[s];
      printf "; doorgegeven aan de volgende instantie: %d", doorgegeven + 0;
      printf "; 5xx aan telefoons:"; t = 0; for (c in fout) { printf " %s x%d", c, fout[c]; t += fout[c] } if (!t) printf " 0"; print "" }'

  # The database: every acknowledged bijdrage exactly once, by the key it was acknowledged with (a key is unique, so
  # "more than once" shows by text: the same bijdrage sent again under a new key). Stored but never acknowledged: an
  # instance stopped between its commit and its answer.
  "${PSQL[@]}" -d "$DBNAAM" <<EOF
CREATE TEMP TABLE bevestigd (sleutel text, tekst text);
\\copy bevestigd FROM '$bevestigd'
CREATE TEMP TABLE opgeslagen AS SELECT idempotentie_sleutel AS sleutel, tekst FROM bijdrage WHERE bijeenkomst_id = $bid;
SELECT 'database: ' || COUNT(*) || ' bijdragen, ' || COUNT(DISTINCT tekst) || ' verschillende teksten, '
  || COUNT(DISTINCT sleutel) || ' sleutels' FROM opgeslagen;
SELECT 'bevestigd door de app: ' || COUNT(*) || '; daarvan met hun sleutel in de database: '
  || COUNT(*) FILTER (WHERE EXISTS (SELECT 1 FROM opgeslagen o WHERE o.sleutel = b.sleutel AND o.tekst = b.tekst))
  || ', ontbrekend: ' || COUNT(*) FILTER (WHERE NOT EXISTS (SELECT 1 FROM opgeslagen o WHERE o.sleutel = b.sleutel)) FROM bevestigd b;
SELECT 'dezelfde tekst meer dan eens opgeslagen: ' || COUNT(*) FROM (SELECT tekst FROM opgeslagen GROUP BY tekst HAVING COUNT(*) > 1) d;
SELECT 'opgeslagen maar niet bevestigd: ' || COUNT(*) FROM opgeslagen o WHERE NOT EXISTS (SELECT 1 FROM bevestigd b WHERE b.sleutel = o.sleutel);
EOF
  verbindingen_rapport "$WERK/$naam.verbindingen"
  rss_rapport A "$WERK/$naam.rss-a"
  rss_rapport B "$WERK/$naam.rss-b"
  return "$client"
}

RESULTAAT=0
# OPWARMEN=<deelnemers>: a short session first (not counted), for the figures of a warm installation rather than the
# first session after a start.
if [ "${OPWARMEN:-0}" -gt 0 ]; then fase opwarmen MULTIW 0 "$OPWARMEN" 1 20 || true; fi
fase verdeeld MULTIA 0 || RESULTAAT=1
fase uitval MULTIK "$((SEC / 2))" || RESULTAAT=1

echo
# The apps log at Warning: per instance the errors, each exception's first line counted.
for i in a b; do
  echo "instantie ${i^^}, fouten (fail/crit) in de log:" \
    "$(grep -cE "^(fail|crit):" "$WERK/$i.log" || true)"
  awk '/^(fail|crit):/ { n = 3; next } n > 0 && /^ +[A-Za-z.]+Exception:/ { sub(/^ +/, ""); print substr($0, 1, 150); n = 0; next }
    n > 0 { n-- }' "$WERK/$i.log" | sort | uniq -c | sort -rn | head -5
done
echo "nginx error.log, regels per soort:"
sed -E 's/^.*\[([a-z]+)\] [0-9#]+: (\*[0-9]+ )?([^,]*).*/  \1 \3/' "$NGINX/error.log" | sort | uniq -c | sort -rn | head -10
exit $RESULTAAT
