#!/usr/bin/env bash
# Runs every test of the solution.
# As root on Debian it first installs what the tests need (PostgreSQL, Redis, Chromium, CJK fonts,
# LibreOffice Calc), then starts throw-away PostgreSQL and Redis servers on loopback in temporary
# folders, runs `dotnet test`, and always stops the servers and removes the folders again.
# Prints "N passed, N failed, N skipped" at the end; the exit code is dotnet test's.
# Extra arguments go to dotnet test, e.g. ./test.sh --filter "FullyQualifiedName~Calendar".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

ci="${CI:-false}"
work=""
pg_bin=""
pg_data=""
redis_pidfile=""

log() { printf '[test.sh] %s\n' "$*"; }
warn() { printf '[test.sh] warning: %s\n' "$*" >&2; }
die() { printf '[test.sh] error: %s\n' "$*" >&2; exit 1; }

# Service failures are fatal in CI (tests would otherwise skip silently); locally the tests skip.
require_or_warn() {
  if [ "$ci" = "true" ]; then die "$*"; fi
  warn "$* — the tests that need it will be skipped."
}

find_pg_bin() {
  local dir
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/pg_ctl" ] && [ -x "$dir/initdb" ]; then printf '%s\n' "$dir"; return 0; fi
  done
  return 1
}

have_postgres() { find_pg_bin >/dev/null; }
have_redis() { command -v redis-server >/dev/null 2>&1; }
have_chromium() { [ -x /usr/bin/chromium ]; }
have_cjk_font() {
  if command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'Noto Sans CJK'; then return 0; fi
  [ -n "$(find /usr/share/fonts /usr/local/share/fonts -iname 'NotoSansCJK*' -print -quit 2>/dev/null)" ]
}
have_soffice() { command -v soffice >/dev/null 2>&1 || command -v libreoffice >/dev/null 2>&1; }

apt_install() {
  apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "$@"
}

install_missing() {
  if [ "$(id -u)" -ne 0 ] || ! grep -qi '^ID=debian' /etc/os-release 2>/dev/null || ! command -v apt-get >/dev/null; then
    log "not root on Debian: skipping package installation (needs postgresql, redis-server, chromium, fonts-noto-cjk, libreoffice-calc-nogui)."
    return 0
  fi

  local needed=() optional=()
  have_postgres || needed+=(postgresql)
  have_redis || needed+=(redis-server)
  have_chromium || needed+=(chromium)
  have_cjk_font || needed+=(fonts-noto-cjk)
  # Only used to open exported bulletins in the spreadsheet checks; the rest runs without it.
  have_soffice || optional+=(libreoffice-calc-nogui)

  if [ ${#needed[@]} -eq 0 ] && [ ${#optional[@]} -eq 0 ]; then
    log "all system packages present."
    return 0
  fi

  export DEBIAN_FRONTEND=noninteractive
  log "installing: ${needed[*]} ${optional[*]}"
  apt-get -o DPkg::Lock::Timeout=600 update -qq || warn "apt-get update failed."
  if [ ${#needed[@]} -gt 0 ]; then
    apt_install "${needed[@]}" || warn "apt-get install ${needed[*]} failed."
  fi
  if [ ${#optional[@]} -gt 0 ]; then
    apt_install "${optional[@]}" || warn "apt-get install ${optional[*]} failed; spreadsheet checks will be skipped."
  fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# Runs a command as the user that owns the PostgreSQL data (root may not run postgres).
as_pg_user() {
  if [ "$(id -u)" -eq 0 ]; then
    (cd "$work" && runuser -u postgres -- "$@")
  else
    "$@"
  fi
}

start_postgres() {
  if ! pg_bin="$(find_pg_bin)"; then
    require_or_warn "PostgreSQL is not installed"
    return 0
  fi
  if [ "$(id -u)" -eq 0 ] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin postgres
  fi

  local pg_root="$work/pg"
  mkdir -p "$pg_root"
  [ "$(id -u)" -ne 0 ] || chown postgres: "$pg_root"
  pg_data="$pg_root/data"
  as_pg_user "$pg_bin/initdb" -D "$pg_data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 --no-sync >"$pg_root/initdb.log" 2>&1 \
    || { cat "$pg_root/initdb.log" >&2; pg_data=""; require_or_warn "initdb failed"; return 0; }

  local port
  for port in $(seq 55433 55482); do
    port_in_use "$port" && continue
    if as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -l "$pg_root/server.log" -w -t 60 start \
        -o "-p $port -k $pg_root -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" \
        >/dev/null; then
      export SUPERVISION_TEST_POSTGRES="Host=127.0.0.1;Port=$port;Username=postgres;Database=postgres"
      log "PostgreSQL started on 127.0.0.1:$port"
      return 0
    fi
  done
  tail -n 20 "$pg_root/server.log" >&2 || true
  require_or_warn "PostgreSQL did not start on any port 55433-55482"
}

redis_answers() {
  local port=$1 reply=""
  if command -v redis-cli >/dev/null 2>&1; then
    reply="$(redis-cli -h 127.0.0.1 -p "$port" ping 2>/dev/null || true)"
  else
    reply="$( (exec 3<>"/dev/tcp/127.0.0.1/$port" && printf 'PING\r\n' >&3 && timeout 2 head -n 1 <&3) 2>/dev/null || true)"
  fi
  [[ "$reply" == *PONG* ]]
}

start_redis() {
  if ! have_redis; then
    require_or_warn "redis-server is not installed"
    return 0
  fi
  local redis_dir="$work/redis" port i
  mkdir -p "$redis_dir"
  redis_pidfile="$redis_dir/redis.pid"
  for port in $(seq 56379 56428); do
    port_in_use "$port" && continue
    rm -f "$redis_pidfile"
    redis-server --port "$port" --bind 127.0.0.1 --save '' --appendonly no --dir "$redis_dir" \
      --daemonize yes --pidfile "$redis_pidfile" --logfile "$redis_dir/redis.log" || continue
    # Daemonizing returns before the socket is bound, so wait for an answer.
    for i in $(seq 1 50); do
      if redis_answers "$port"; then
        export SUPERVISION_TEST_REDIS="127.0.0.1:$port"
        log "Redis started on 127.0.0.1:$port"
        return 0
      fi
      sleep 0.1
    done
    stop_redis
  done
  tail -n 20 "$redis_dir/redis.log" >&2 || true
  require_or_warn "Redis did not start on any port 56379-56428"
}

stop_redis() {
  if [ -n "$redis_pidfile" ] && [ -s "$redis_pidfile" ]; then
    local pid
    pid="$(cat "$redis_pidfile")"
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    rm -f "$redis_pidfile"
  fi
}

cleanup() {
  local rc=$?
  trap - EXIT
  if [ -n "$pg_data" ] && [ -f "$pg_data/postmaster.pid" ]; then
    as_pg_user "$pg_bin/pg_ctl" -D "$pg_data" -m immediate -w stop >/dev/null 2>&1 || warn "could not stop PostgreSQL."
  fi
  stop_redis
  if [ -n "$work" ]; then rm -rf "$work"; fi
  exit "$rc"
}

# Sums the counters of every TRX file of this run into the plain summary line CI reads.
print_summary() {
  local files=(TestResults/*.trx)
  if [ ! -e "${files[0]}" ]; then
    warn "no test results found under TestResults/."
    return 0
  fi
  sed -n 's/.*<Counters \([^>]*\)\/>.*/\1/p' "${files[@]}" | awk '
    {
      for (i = 1; i <= NF; i++) {
        split($i, kv, "=")
        gsub(/"/, "", kv[2])
        n[kv[1]] += kv[2]
      }
    }
    END {
      failed = n["failed"] + n["error"] + n["timeout"] + n["aborted"]
      # vstest leaves notExecuted at 0 for skipped xunit tests; they are the total not executed.
      printf "%d passed, %d failed, %d skipped\n", n["passed"], failed, n["total"] - n["executed"]
    }'
}

trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

install_missing

work="$(mktemp -d "${TMPDIR:-/tmp}/supervision-test.XXXXXX")"
chmod 755 "$work"
start_postgres
start_redis
if have_chromium; then
  export SUPERVISION_TEST_CHROMIUM=/usr/bin/chromium
else
  warn "Chromium not found; browser tests will be skipped."
fi

rm -f TestResults/*.trx
set +e
dotnet test Supervision.sln -c Release \
  --results-directory TestResults \
  --logger "trx" \
  --logger "console;verbosity=normal" \
  "$@"
rc=$?
set -e

print_summary
exit "$rc"
