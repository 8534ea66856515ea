#!/usr/bin/env bash
# Smoke test of the README's run command: starts the whole platform with ./crm up on a fresh data folder,
# captures a lead with a dev token, waits until analytics counts it, checks the Prometheus endpoints, and stops
# everything. Expects the jars to be built (./mvnw -B verify or package). Exit 0 only if every check passed.
set -euo pipefail
cd "$(dirname "$0")/.."

data_dir=$(mktemp -d /tmp/crm-smoke.XXXXXX)
log="$data_dir.log"
pid=""
stop() {
  if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  fi
  rm -rf "$data_dir"
}
trap stop EXIT

fail() {
  echo "smoke: FAILED: $*" >&2
  echo "----- platform log -----" >&2
  tail -n 60 "$log" >&2 || true
  for service_log in "$data_dir"/logs/*.log; do
    [[ -f "$service_log" ]] || continue
    echo "----- $service_log -----" >&2
    tail -n 40 "$service_log" >&2
  done
  exit 1
}

started=$(date +%s)
./crm up --no-build --data-dir="$data_dir" >"$log" 2>&1 &
pid=$!
for _ in $(seq 1 240); do
  grep -q "CRM platform ready" "$log" && break
  kill -0 "$pid" 2>/dev/null || fail "the platform exited before it was ready"
  sleep 0.5
done
grep -q "CRM platform ready" "$log" || fail "not ready within 120 s"
echo "smoke: platform ready in $(( $(date +%s) - started )) s ($(grep -o 'ready in [0-9.]* s' "$log" | head -1) by its own clock)"

token() {
  curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' -d "$1" \
    | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
rep=$(token '{"sub":"rep-1","name":"Rita Rep","roles":["SALES_REP"],"team":"east"}')
director=$(token '{"sub":"dir-1","name":"Diana","roles":["SALES_DIRECTOR"]}')
captured() {
  curl -sf localhost:8085/api/analytics/funnel -H "Authorization: Bearer $director" \
    | sed -E 's/.*"stage":"CAPTURED","count":([0-9]+).*/\1/'
}

status=$(curl -s -o /dev/null -w '%{http_code}' localhost:8081/api/leads)
[[ "$status" == 401 ]] || fail "GET /api/leads without a token answered $status, not 401"

before=$(captured)
sent=$(date +%s%N)
status=$(curl -s -o "$data_dir/lead.json" -w '%{http_code}' -XPOST localhost:8081/api/leads \
  -H "Authorization: Bearer $rep" -H 'content-type: application/json' \
  -d '{"name":"Li Wei","company":"Hangzhou Precision Pumps","phone":"+86 138 0013 8000","channel":"TRADE_SHOW"}')
[[ "$status" == 201 ]] || fail "POST /api/leads answered $status: $(cat "$data_dir/lead.json")"

counted=""
for _ in $(seq 1 100); do
  if [[ "$(captured)" -gt "$before" ]]; then counted=yes; break; fi
  sleep 0.1
done
[[ -n "$counted" ]] || fail "analytics did not count the lead within 10 s"
echo "smoke: lead counted by analytics $(( ($(date +%s%N) - sent) / 1000000 )) ms after the POST"

curl -sf localhost:8085/actuator/prometheus | grep -q '^crm_leads_captured_total{.*channel="TRADE_SHOW"' \
  || fail "crm_leads_captured_total is not on analytics' Prometheus endpoint"
curl -sf localhost:8081/actuator/prometheus | grep -q '^crm_outbox_published_total' \
  || fail "crm_outbox_published_total is not on lead-service's Prometheus endpoint"

echo "1 passed, 0 failed"
