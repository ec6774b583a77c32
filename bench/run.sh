#!/usr/bin/env bash
# Benchmark: bench/run.sh <size> [workload...]   e.g. bench/run.sh small W1 W3
# Starts the built gallery against its own MariaDB database (egalleria_bench_<size>, port offset 300),
# loads the generated data once, runs each workload with wrk (warm-up, then the measured run) and
# writes a table to bench/results/. Environment: BENCH_DURATION (30s), BENCH_WARMUP (10s),
# BENCH_CONNECTIONS (16), BENCH_THREADS (2), BENCH_W7_CONNECTIONS (1: one report at a time, the
# target is the time of one report), BENCH_RESULTS (bench/results), BENCH_JAVA_OPTS (added to the
# server's JVM options), BENCH_JFR=1 (a Java Flight Recording of each measured run, beside its
# results; bench/jfr-hot.py summarises one). Fails on errors (and on an
# oversold product after W5), never on speed.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
SIZE=${1:-small}
shift || true
WORKLOADS=${*:-W1 W2 W3 W4 W5 W6 W7 W8}
DURATION=${BENCH_DURATION:-30s}
WARMUP=${BENCH_WARMUP:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-16}
THREADS=${BENCH_THREADS:-2}
W7_CONNECTIONS=${BENCH_W7_CONNECTIONS:-1}
RESULTS=${BENCH_RESULTS:-bench/results}
case $RESULTS in /*) ;; *) RESULTS=$ROOT/$RESULTS ;; esac
DB=egalleria_bench_$SIZE
OFFSET=300
PORT=$((8080 + OFFSET))
HOST="arjeplog.localhost:$PORT"
BASE="http://127.0.0.1:$PORT"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
command -v wrk >/dev/null || as_root apt-get install -y --no-install-recommends wrk >/dev/null
SERVER=$(ls -d marketplace-ear/target/wildfly-*/ 2>/dev/null | head -1)
if [ -z "$SERVER" ] || [ ! -f marketplace-ear/target/marketplace.ear ]; then
    mvn -B -q -DskipTests package
    SERVER=$(ls -d marketplace-ear/target/wildfly-*/ | head -1)
fi

mariadb -h 127.0.0.1 -uroot -e "CREATE DATABASE IF NOT EXISTS $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_swedish_ci;
  CREATE USER IF NOT EXISTS '$DB'@'127.0.0.1' IDENTIFIED BY '$DB'; GRANT ALL ON $DB.* TO '$DB'@'127.0.0.1';
  CREATE USER IF NOT EXISTS '$DB'@'localhost' IDENTIFIED BY '$DB'; GRANT ALL ON $DB.* TO '$DB'@'localhost';"

# MariaDB's default buffer pool (128 MB) is far too small for `large` (some 4 GB of tables and
# indexes): loading its orders took 8 minutes of random index writes, and reads went to disk. The
# benchmark sizes it as a database server of such an installation would be (it lasts until MariaDB
# restarts; `small` leaves the server as it is).
[ "$SIZE" = small ] || mariadb -h 127.0.0.1 -uroot -e \
    "SET GLOBAL innodb_buffer_pool_size = GREATEST(@@innodb_buffer_pool_size, 4294967296)"

# The server runs from its own base directory, so it can run beside a gallery or the tests.
BASE_DIR=$ROOT/bench/target/server
rm -rf "$BASE_DIR"
mkdir -p "$BASE_DIR/deployments"
cp -r "$SERVER/standalone/configuration" "$BASE_DIR/"
# The run command leaves its own deployment in standalone.xml; this server deploys from its folder.
python3 - "$BASE_DIR/configuration/standalone.xml" <<'PY'
import re, sys
path = sys.argv[1]
text = open(path).read()
open(path, "w").write(re.sub(r"\s*<deployments>.*?</deployments>", "", text, flags=re.S))
PY
cp marketplace-ear/target/marketplace.ear "$BASE_DIR/deployments/"
export EGALLERIA_DB=mysql EGALLERIA_DB_USER=$DB EGALLERIA_DB_PASSWORD=$DB EGALLERIA_DEMO_USERS=false
export EGALLERIA_DB_URL="jdbc:mysql://127.0.0.1:3306/$DB?sslMode=DISABLED&characterEncoding=UTF-8&connectionCollation=utf8mb4_swedish_ci"

start_server() {
    STARTED=$(date +%s.%N)
    JAVA_OPTS="-Xms512m -Xmx1g -Djava.awt.headless=true ${BENCH_JAVA_OPTS:-}" "$SERVER/bin/standalone.sh" \
        -Djboss.server.base.dir="$BASE_DIR" -Djboss.socket.binding.port-offset=$OFFSET \
        -Degalleria.tenant-config.dir="$ROOT/tenant-config" >"$BASE_DIR/console.log" 2>&1 &
    for _ in $(seq 1 240); do
        if curl -sf -o /dev/null -H "Host: $HOST" "$BASE/api/v1/municipality"; then
            FIRST_ANSWER=$(awk -v now="$(date +%s.%N)" -v then="$STARTED" 'BEGIN {printf "%.1f", now - then}')
            PID=$(pgrep -f "java.*jboss.server.base.dir=$BASE_DIR" | head -1)
            return
        fi
        sleep 0.5
    done
    echo "The server did not start; see $BASE_DIR/console.log" >&2
    exit 1
}
stop_server() {
    pkill -f "jboss.server.base.dir=$BASE_DIR" || true
    for _ in $(seq 1 60); do pgrep -f "jboss.server.base.dir=$BASE_DIR" >/dev/null || return 0; sleep 0.5; done
}
trap stop_server EXIT

start_server
LOAD_STARTED=$(date +%s)
python3 bench/generate.py "$SIZE" "$DB"
LOAD_SECONDS=$(( $(date +%s) - LOAD_STARTED ))
# Start again on the loaded data: the time to the first answer is measured on this start.
stop_server
start_server

sql() { mariadb -h 127.0.0.1 -uroot -N -B "$DB" -e "$1" | tr '\n' ' '; }
export BENCH_DIR=$ROOT/bench
export BENCH_OUT=$ROOT/bench/target/fixtures BENCH_THREADS=$THREADS
python3 bench/fixtures.py "$DB" "$BENCH_OUT"
set -a; . "$BENCH_OUT/tokens.env"; set +a
value() { mariadb -h 127.0.0.1 -uroot -N -B "$DB" -e "$1"; }
export W6_SHOP=$(value "SELECT id FROM shop WHERE tenant_id='arjeplog' AND code='bench-000'")
export W7_CARRIER=$(value "SELECT MIN(id) FROM carrier WHERE tenant_id='arjeplog'")
export W5_PICKUP_SHOP=$(value "SELECT id FROM shop WHERE tenant_id='arjeplog' AND code='bench-001'")
export W5_DELIVERY_SHOP=$(value "SELECT id FROM shop WHERE tenant_id='arjeplog' AND code='bench-002'")
export W5_VILLAGE=$(value "SELECT MIN(id) FROM village WHERE tenant_id='arjeplog'")
STOCKED=$(cut -f1 "$BENCH_OUT/stock-before.tsv" | paste -sd,)
# Units ordered plus stock left (constant unless oversold), in one statement (one snapshot: a checkout commits both or neither).
units_accounted() { value "SELECT (SELECT COALESCE(SUM(quantity), 0) FROM order_line WHERE product_id IN ($STOCKED))
    + (SELECT SUM(stock) FROM product WHERE id IN ($STOCKED))"; }
export CATEGORY_IDS=$(sql "SELECT id FROM category WHERE tenant_id='arjeplog'")
export PRODUCT_IDS=$(sql "SELECT id FROM product WHERE tenant_id='arjeplog' AND visible AND stock IS NULL ORDER BY id LIMIT 2000")
BASKET_TOKENS=""
# W4's baskets: many more than connections, so that two connections rarely change one basket at
# the same moment (a resident has a basket of their own; a basket's change locks it).
for _ in $(seq 1 "${BENCH_W4_BASKETS:-200}"); do
    BASKET_TOKENS="$BASKET_TOKENS $(curl -sf -X POST -H "Host: $HOST" "$BASE/api/v1/baskets" \
        | python3 -c 'import sys,json; print(json.load(sys.stdin)["token"])')"
done
export BASKET_TOKENS

STAMP=$(date -u +%Y-%m-%dT%H%M)
mkdir -p "$RESULTS"
REPORT=$RESULTS/$STAMP-$SIZE.md
{
    echo "# Benchmark $SIZE, $STAMP UTC"
    echo
    echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr)." \
         "Server and wrk on one box, MariaDB $(mariadb -h 127.0.0.1 -uroot -N -B -e 'SELECT VERSION()')."
    echo "wrk: $THREADS threads, $CONNECTIONS connections, $WARMUP warm-up, $DURATION measured." \
         "Start to first answer: $FIRST_ANSWER s." \
         "Data generation in this run: $LOAD_SECONDS s (0 when the database already had it)."
    echo
    echo "| workload | requests/s | p50 | p99 | max | errors | server CPU | server peak RSS | load (1 min) |"
    echo "|---|---|---|---|---|---|---|---|---|"
} > "$REPORT"

FAILED=0
for W in $WORKLOADS; do
    SCRIPT=$(ls bench/wrk/"$W"-*.lua 2>/dev/null | head -1)
    if [ -z "$SCRIPT" ]; then echo "No script for $W (bench/wrk/$W-*.lua)" >&2; FAILED=1; continue; fi
    C=$CONNECTIONS; T=$THREADS
    if [ "$W" = W7 ]; then C=$W7_CONNECTIONS; T=$(( THREADS < C ? THREADS : C )); fi
    if [ "$W" = W5 ]; then BALANCE_BEFORE=$(units_accounted); fi
    wrk -t"$T" -c"$C" -d"$WARMUP" --timeout 30s -H "Host: $HOST" -s "$SCRIPT" "$BASE" >/dev/null
    [ "${BENCH_JFR:-0}" != 1 ] || jcmd "$PID" JFR.start name="$W" settings=profile >/dev/null
    CPU_BEFORE=$(awk '{print $14 + $15}' /proc/"$PID"/stat)
    OUT=$(wrk -t"$T" -c"$C" -d"$DURATION" --timeout 30s --latency -H "Host: $HOST" -s "$SCRIPT" "$BASE")
    CPU_AFTER=$(awk '{print $14 + $15}' /proc/"$PID"/stat)
    [ "${BENCH_JFR:-0}" != 1 ] || jcmd "$PID" JFR.stop name="$W" filename="$RESULTS/$STAMP-$SIZE-$W.jfr" >/dev/null
    echo "$OUT" > "$RESULTS/$STAMP-$SIZE-$W.txt"
    RPS=$(echo "$OUT" | awk '/Requests\/sec/ {print $2}')
    P50=$(echo "$OUT" | awk '$1 == "50%" {print $2}')
    P99=$(echo "$OUT" | awk '$1 == "99%" {print $2}')
    MAX=$(echo "$OUT" | awk '$1 == "Latency" {print $4; exit}')
    NON2XX=$(echo "$OUT" | awk '/Non-2xx/ {print $5}')
    SOCKET=$(echo "$OUT" | awk '/Socket errors/ {gsub(",", ""); print $4 + $6 + $8 + $10}')
    ERRORS=$(( ${NON2XX:-0} + ${SOCKET:-0} ))
    SECONDS_RUN=${DURATION%s}
    CPU=$(awk -v ticks=$((CPU_AFTER - CPU_BEFORE)) -v hz="$(getconf CLK_TCK)" -v s="$SECONDS_RUN" \
        'BEGIN {printf "%.0f", ticks * 100 / hz / s}')
    RSS=$(awk '/VmHWM/ {printf "%.0f MB", $2/1024}' /proc/"$PID"/status)
    LOAD=$(cut -d' ' -f1 /proc/loadavg)
    echo "| $W | $RPS | $P50 | $P99 | $MAX | $ERRORS | ${CPU}% | $RSS | $LOAD |" >> "$REPORT"
    [ "$ERRORS" -eq 0 ] || FAILED=1
    if [ "$W" = W5 ]; then
        # Zero oversell: the stocked products lost exactly the units that orders took, none below zero.
        DRIFT=$(( $(units_accounted) - BALANCE_BEFORE ))
        NEGATIVE=$(value "SELECT COUNT(*) FROM product WHERE stock < 0")
        W5_CHECK="W5: units ordered minus units taken from stock: $DRIFT; products below zero: $NEGATIVE"
        [ "$DRIFT" -eq 0 ] && [ "$NEGATIVE" -eq 0 ] || { W5_CHECK="$W5_CHECK (OVERSOLD)"; FAILED=1; }
    fi
done
[ -z "${W5_CHECK:-}" ] || { echo; echo "$W5_CHECK (each W5 request places two orders)."; } >> "$REPORT"
cat "$REPORT"
exit $FAILED
