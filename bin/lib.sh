# Shared by bin/run and bin/test: builds whatever is missing, fast when nothing is.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="$ROOT/.venv"
PY="$VENV/bin/python"
export CCIS_DB="${CCIS_DB:-ccis}"
export CCIS_TEST_DB="${CCIS_TEST_DB:-ccis_test}"
LESS_VERSION="3.13.1"
# mirrors the web client's stylesheets for right-to-left languages (addons/ccis_web_rtl)
RTLCSS_VERSION="4.3.0"

say() { printf '%s\n' "$*" >&2; }

# the suite's addons, in a stable order (every folder of addons/ with a manifest)
ccis_addons() {
    local list=()
    for manifest in "$ROOT"/addons/*/__manifest__.py; do
        [ -f "$manifest" ] && list+=("$(basename "$(dirname "$manifest")")")
    done
    local IFS=,
    echo "${list[*]}"
}

need_python() {
    if ! command -v python3.11 >/dev/null 2>&1 && ! python3 -c 'import sys; sys.exit(sys.version_info[:2] != (3, 11))' 2>/dev/null; then
        say "Python 3.11 is required: install it (Debian 12: apt-get install python3 python3-venv python3-dev)."
        exit 1
    fi
}

python311() { command -v python3.11 2>/dev/null || command -v python3; }

# $1 = "test": the browser tests' Chromium too
system_packages() {
    local missing=()
    command -v wkhtmltopdf >/dev/null 2>&1 || missing+=(wkhtmltopdf)
    command -v lessc >/dev/null 2>&1 || missing+=(less)
    command -v rtlcss >/dev/null 2>&1 || missing+=(rtlcss)
    # Chromium prints the PDF documents written right to left (ccis_web_rtl), and runs the
    # browser tests
    command -v chromium >/dev/null 2>&1 || missing+=(chromium)
    if [ "${1:-}" = test ]; then
        # pdftotext, pdfinfo, pdffonts: the tests read the PDF reports back
        command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
        # checks docker-compose.yml (Debian ships Compose v1; "docker compose" is used if present)
        command -v docker-compose >/dev/null 2>&1 || docker compose version >/dev/null 2>&1 || missing+=(docker-compose)
        # checks the proxy's configuration (config/nginx-cluster.conf) with nginx -t
        command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || missing+=(nginx-light)
    fi
    command -v pg_dump >/dev/null 2>&1 || missing+=(postgresql-client)
    fc-list 2>/dev/null | grep -qi dejavu || missing+=(fonts-dejavu-core)
    # an Arabic font with proper letter joining for the PDF reports in Arabic
    fc-list 2>/dev/null | grep -qi amiri || missing+=(fonts-hosny-amiri)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" != 0 ]; then
        say "Missing system packages (${missing[*]}): as root run 'apt-get install wkhtmltopdf chromium docker-compose nginx-light poppler-utils postgresql-client fonts-dejavu-core fonts-hosny-amiri nodejs npm && npm install -g less@$LESS_VERSION rtlcss@$RTLCSS_VERSION', then try again."
        exit 1
    fi
    say "setup: installing system packages: ${missing[*]}"
    local apt=()
    for pkg in "${missing[@]}"; do
        case "$pkg" in less | rtlcss)
            command -v npm >/dev/null 2>&1 || apt+=(nodejs npm); continue ;;
        esac
        apt+=("$pkg")
    done
    if [ ${#apt[@]} -gt 0 ]; then
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${apt[@]}" >/dev/null
    fi
    if ! command -v lessc >/dev/null 2>&1; then
        npm install -g --silent "less@$LESS_VERSION" >/dev/null
    fi
    if ! command -v rtlcss >/dev/null 2>&1; then
        npm install -g --silent "rtlcss@$RTLCSS_VERSION" >/dev/null
    fi
}

# pip, quiet, without the notices of find-links folders that some machines' pip.conf names
pip_quiet() {
    "$PY" -m pip -q "$@" 2>&1 | { grep -v "^WARNING: Location '.*' is ignored" || true; }
    return "${PIPESTATUS[0]}"
}

python_packages() {
    need_python
    if [ ! -x "$PY" ]; then
        say "setup: creating the virtual environment in .venv"
        "$(python311)" -m venv "$VENV"
    fi
    # reinstall only when the requirement files changed
    local stamp="$VENV/.ccis-requirements" wanted
    wanted="$(cat "$ROOT/requirements.txt" "$ROOT/requirements-odoo.txt" "$ROOT/requirements-oca.txt" | sha256sum | cut -d' ' -f1)"
    if [ "$(cat "$stamp" 2>/dev/null)" != "$wanted" ]; then
        say "setup: installing Python packages (requirements.txt, requirements-odoo.txt, requirements-oca.txt)"
        pip_quiet install --upgrade pip
        pip_quiet install -r "$ROOT/requirements.txt"
        # --no-deps: see requirements-odoo.txt and requirements-oca.txt
        pip_quiet install --no-deps -r "$ROOT/requirements-odoo.txt"
        pip_quiet install --no-deps -r "$ROOT/requirements-oca.txt"
        echo "$wanted" > "$stamp"
    fi
    # the runtime support is importable by every Python of the venv (pytest's -p plugin needs it)
    local site
    site="$("$PY" -c 'import sysconfig; print(sysconfig.get_paths()["purelib"])')"
    echo "$ROOT/runtime" > "$site/ccis_runtime.pth"
}

# PGHOST/PGPORT/PGUSER/PGPASSWORD are libpq's own; unset, the local socket, then 127.0.0.1
postgres_check() {
    local probe='import psycopg2, sys
try:
    psycopg2.connect(dbname="postgres").close()
except psycopg2.OperationalError as e:
    print(str(e).strip().splitlines()[0]); sys.exit(1)'
    local why
    if why="$("$PY" -c "$probe" 2>&1)"; then return 0; fi
    if [ -z "${PGHOST:-}" ] && PGHOST=127.0.0.1 "$PY" -c "$probe" >/dev/null 2>&1; then
        export PGHOST=127.0.0.1
        return 0
    fi
    say "PostgreSQL is not reachable (${PGHOST:-local socket}:${PGPORT:-5432} as ${PGUSER:-$(id -un)}: $why): start it (Debian: 'pg_ctlcluster 15 main start'; Docker: 'docker compose up -d db') or set PGHOST, PGPORT, PGUSER, PGPASSWORD."
    exit 1
}

db_exists() {
    "$PY" - "$1" <<'PYEOF'
import sys, psycopg2
conn = psycopg2.connect(dbname='postgres')
cur = conn.cursor()
cur.execute('SELECT 1 FROM pg_database WHERE datname = %s', (sys.argv[1],))
sys.exit(0 if cur.fetchone() else 1)
PYEOF
}

# install the suite's addons (with demo data) in a new database; fails on any error logged
create_database() {
    local db="$1" log
    log="$(mktemp)"
    say "setup: creating database $db with $(ccis_addons)"
    if ! "$ROOT/ccis" -d "$db" -i "$(ccis_addons)" --stop-after-init --log-level=warn --logfile= >"$log" 2>&1 \
        || grep -qE ' (ERROR|CRITICAL) ' "$log"; then
        grep -E ' (ERROR|CRITICAL) |Traceback|Error' "$log" | head -40 >&2 || true
        say "setup: installing the addons in $db failed (full log: $log)"
        "$PY" -c "import subprocess; subprocess.run(['dropdb', '--if-exists', '$db'])" || true
        exit 1
    fi
    grep -E ' WARNING ' "$log" | grep -v "Running as user 'root'" | head -20 >&2 || true
    rm -f "$log"
}

setup() {
    local started=$SECONDS
    system_packages "${1:-}"
    python_packages
    postgres_check
    say "setup: ready in $((SECONDS - started)) s"
}
