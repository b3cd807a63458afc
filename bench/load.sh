#!/usr/bin/env bash
# The load test (bench/locustfile.py) against gunicorn with production settings on this machine.
#
#   DATABASE_URL=postgres://postgres@127.0.0.1:5432/paijat_load bench/load.sh [options]
#     --users N              simulated people (default 50)
#     --run-time T           e.g. 10m (default 10m)
#     --port P               gunicorn's port on 127.0.0.1 (default 8198)
#     --workers W            gunicorn workers (default 3)
#     --kill-connections S   terminate the app's database connections every S seconds
#
# The database needs demo data (seed_demo --associations 4000 --force). Traffic stays on
# 127.0.0.1, and everything stops by itself after the run time. Prints locust's summary;
# exits non-zero if any request failed (with --kill-connections, failures are expected at the
# moments of the kills: the summary shows how many, and the last minute must be clean).
set -euo pipefail
cd "$(dirname "$0")/.."
: "${DATABASE_URL:?set DATABASE_URL to a database with demo data}"
USERS=50 RUN_TIME=10m PORT=8198 WORKERS=3 KILL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --users) USERS="$2"; shift 2 ;;
    --run-time) RUN_TIME="$2"; shift 2 ;;
    --port) PORT="$2"; shift 2 ;;
    --workers) WORKERS="$2"; shift 2 ;;
    --kill-connections) KILL="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
export DEBUG=false SECRET_KEY="load-$(date +%s)-0123456789abcdefghijklmnopqrstuvwxyz0123456789"
export ALLOWED_HOSTS=127.0.0.1 SECURE_SSL_REDIRECT=false SECURE_HSTS_SECONDS=0 LOG_LEVEL=ERROR
export STATIC_ROOT="$work/static" SEARCHES_PER_MINUTE=0 TWO_FACTOR_REQUIRED=false
export EMAIL_BACKEND=django.core.mail.backends.locmem.EmailBackend
.venv/bin/python manage.py collectstatic --noinput -v0
.venv/bin/python -m gunicorn paijat.wsgi --config gunicorn.conf.py --bind "127.0.0.1:$PORT" \
  --workers "$WORKERS" --log-level warning &
server=$!
killer=""
cleanup() {
  [ -n "$killer" ] && kill "$killer" 2>/dev/null || true
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT
for _ in $(seq 60); do curl -fs "http://127.0.0.1:$PORT/healthz" >/dev/null && break; sleep 0.5; done

if [ "$KILL" != "0" ]; then
  database="${DATABASE_URL##*/}"
  admin="${DATABASE_URL%/*}/postgres"
  (
    while sleep "$KILL"; do
      psql -qtA "$admin" -c "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity
        WHERE datname = '$database' AND pid <> pg_backend_pid()" |
        sed "s/^/$(date +%T) killed connections: /"
    done
  ) &
  killer=$!
fi

.venv/bin/locust -f bench/locustfile.py --host "http://127.0.0.1:$PORT" --headless \
  --users "$USERS" --spawn-rate 10 --run-time "$RUN_TIME" --stop-timeout 10 \
  --csv "$work/load" --csv-full-history --only-summary --exit-code-on-error 1 && status=0 || status=$?
if [ "$KILL" != "0" ]; then
  # Recovery: the failures per 10 s from the history, so one can see them stay at the kills.
  .venv/bin/python - "$work/load_stats_history.csv" <<'PY'
import csv, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["Name"] == "Aggregated"]
last = {}
for row in rows:
    last[int(row["Timestamp"]) // 10 * 10] = (int(row["Total Request Count"]), int(row["Total Failure Count"]))
previous = (0, 0)
start = min(last) if last else 0
for stamp in sorted(last):
    requests, failures = last[stamp]
    print(f"{stamp - start:4d} s: {requests - previous[0]} requests, {failures - previous[1]} failed")
    previous = (requests, failures)
PY
fi
exit "$status"
