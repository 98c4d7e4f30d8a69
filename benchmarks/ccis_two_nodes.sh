#!/usr/bin/env bash
# Two Odoo nodes behind nginx on this machine, as docker-compose.yml runs them: the load test
# against one node, then against two through the proxy, and a session that survives its node
# going away. Not a test: it prints figures and asserts nothing.
#
#     benchmarks/ccis_two_nodes.sh DATABASE
#
# The database needs the suite's demo users (agent, annexe, chef; see ccis_load_test.py).
# Each node is a production-profile server (prefork workers, long-polling) on its own ports,
# without the job runner (--load=base,web), sharing the data directory (filestore and
# sessions) as the containers share their volume; nginx (config/nginx-cluster.conf with
# local addresses) balances them.
# Environment variables: CCIS_NODE_WORKERS (workers per node, default 2),
# CCIS_LOAD_STAGES / CCIS_LOAD_SECONDS / CCIS_LOAD_THINK (passed to the load test; default
# here 10,25 agents, 30 s each, 1 s of thinking).
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DB="${1:?usage: $0 DATABASE}"
WORKERS="${CCIS_NODE_WORKERS:-2}"
export CCIS_LOAD_STAGES="${CCIS_LOAD_STAGES:-10,25}" CCIS_LOAD_SECONDS="${CCIS_LOAD_SECONDS:-30}"
export CCIS_LOAD_DB="$DB"
NGINX="$(command -v nginx || echo /usr/sbin/nginx)"
[ -x "$NGINX" ] || { echo "nginx is missing: apt-get install nginx-light" >&2; exit 1; }
TMP="$(mktemp -d)"
PIDS=()
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    [ -f "$TMP/nginx.pid" ] && kill "$(cat "$TMP/nginx.pid")" 2>/dev/null || true
    wait 2>/dev/null || true
    rm -rf "$TMP"
}
trap cleanup EXIT

node() {  # node NAME HTTP_PORT LONGPOLLING_PORT
    "$ROOT/ccis" -c "$ROOT/config/odoo-production.conf" -d "$DB" --db-filter="^$DB\$" \
        --http-interface=127.0.0.1 --http-port="$2" --longpolling-port="$3" \
        --workers="$WORKERS" --max-cron-threads=0 --load=base,web \
        --logfile="$TMP/$1.log" &
    PIDS+=($!)
    for _ in $(seq 120); do
        curl -sf -o /dev/null "http://127.0.0.1:$2/web/login?db=$DB" && return 0
        sleep 1
    done
    echo "node $1 did not start (log: $TMP/$1.log)" >&2
    exit 1
}

load() {  # load LABEL URL
    echo "== $1"
    CCIS_LOAD_URL="$2" "$ROOT/.venv/bin/python" "$ROOT/benchmarks/ccis_load_test.py" \
        | grep -v '^CCIS load test'
}

node a 8179 8182
load "one node ($WORKERS workers)" http://127.0.0.1:8179
node b 8189 8192
sed -e 's/server odoo:8069 \(.*\)/server 127.0.0.1:8179 \1\n    server 127.0.0.1:8189 \1/' \
    -e 's/server odoo:8072 \(.*\)/server 127.0.0.1:8182 \1\n    server 127.0.0.1:8192 \1/' \
    -e 's/listen 80;/listen 127.0.0.1:8199;/' "$ROOT/config/nginx-cluster.conf" > "$TMP/site.conf"
cat > "$TMP/nginx.conf" <<EOF
pid $TMP/nginx.pid;
error_log $TMP/nginx-error.log;
worker_processes 1;
events { worker_connections 1024; }
http {
    access_log off;
    client_body_temp_path $TMP/body;
    proxy_temp_path $TMP/proxy;
    include $TMP/site.conf;
}
EOF
"$NGINX" -p "$TMP" -c "$TMP/nginx.conf"
load "two nodes ($WORKERS workers each) behind nginx" http://127.0.0.1:8199

echo "== a session when its node goes away"
jar="$TMP/cookies"
# signed in on node a itself (the cookie is the host's, whatever the port), then through
# the proxy once node a is gone
curl -sf -c "$jar" -H 'Content-Type: application/json' \
    -d "{\"params\": {\"db\": \"$DB\", \"login\": \"agent\", \"password\": \"agent\"}}" \
    http://127.0.0.1:8179/web/session/authenticate | grep -o '"uid": *[0-9]*' | head -1 \
    | sed 's/^/  signed in on node a: /'
kill "${PIDS[0]}"; wait "${PIDS[0]}" 2>/dev/null || true
for attempt in 1 2 3; do
    curl -s -b "$jar" -H 'Content-Type: application/json' -d '{"params": {}}' \
        http://127.0.0.1:8199/web/session/get_session_info \
        | grep -o '"uid": *[0-9a-z]*' | head -1 | sed "s/^/  request $attempt after node a stopped: /"
done
