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

# Every command carries an Idempotency-Key (issue 9), as a client that retries should send it.
new_key() { cat /proc/sys/kernel/random/uuid 2>/dev/null || python3 -c 'import uuid; print(uuid.uuid4())'; }

before=$(captured)
sent=$(date +%s%N)
capture_key=$(new_key)
lead='{"name":"Li Wei","company":"Hangzhou Precision Pumps","phone":"+86 138 0013 8000","channel":"TRADE_SHOW"}'
status=$(curl -s -o "$data_dir/lead.json" -w '%{http_code}' -XPOST localhost:8081/api/leads \
  -H "Authorization: Bearer $rep" -H 'content-type: application/json' -H "Idempotency-Key: $capture_key" -d "$lead")
[[ "$status" == 201 ]] || fail "POST /api/leads answered $status: $(cat "$data_dir/lead.json")"

# The answer was lost, say: the retry with the same key gets the same 201 and captures nothing again.
status=$(curl -s -D "$data_dir/retry.headers" -o "$data_dir/retry.json" -w '%{http_code}' -XPOST localhost:8081/api/leads \
  -H "Authorization: Bearer $rep" -H 'content-type: application/json' -H "Idempotency-Key: $capture_key" -d "$lead")
[[ "$status" == 201 ]] || fail "the retried capture answered $status, not the first answer's 201: $(cat "$data_dir/retry.json")"
grep -qi '^Idempotent-Replayed: true' "$data_dir/retry.headers" || fail "the retried capture was not a replay"
cmp -s "$data_dir/lead.json" "$data_dir/retry.json" || fail "the retried capture answered another body"

counted=""
for _ in $(seq 1 100); do
  if [[ "$(captured)" -gt "$before" ]]; then counted=yes; break; fi
  sleep 0.1
done
[[ -n "$counted" ]] || fail "analytics did not count the lead within 10 s"
echo "smoke: lead counted by analytics $(( ($(date +%s%N) - sent) / 1000000 )) ms after the POST"
sleep 1
[[ "$(captured)" -eq $((before + 1)) ]] || fail "the capture and its retry were counted $(( $(captured) - before )) times, not once"
echo "smoke: a retried capture with the same Idempotency-Key got the same 201 and was counted once"

# Read the whole page first: grep -q stopping early would break curl's pipe (and pipefail would call it a failure).
metrics=$(curl -sf localhost:8085/actuator/prometheus)
grep -q '^crm_leads_captured_total{.*channel="TRADE_SHOW"' <<<"$metrics" \
  || fail "crm_leads_captured_total is not on analytics' Prometheus endpoint"
metrics=$(curl -sf localhost:8081/actuator/prometheus)
grep -q '^crm_outbox_published_total' <<<"$metrics" \
  || fail "crm_outbox_published_total is not on lead-service's Prometheus endpoint"

# Issue 3's walk through a lead's life: a trade-show list imported, one lead contacted in time, one breaching its
# 48 h deadline once the clock moves, one graded and converted; the funnel counts them.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print(eval(sys.argv[1], {'d': d}))" "$1"; }
manager=$(token '{"sub":"mgr-east","name":"Mei","roles":["SALES_MANAGER"],"team":"east"}')
api() {
  local key=()
  [[ "$1" == GET ]] || key=(-H "Idempotency-Key: $(new_key)")
  curl -sf -X "$1" "localhost:8081$2" -H "Authorization: Bearer $manager" -H 'content-type: application/json' \
    ${key[@]+"${key[@]}"} ${3:+-d "$3"}
}
funnel() { curl -sf localhost:8085/api/analytics/funnel -H "Authorization: Bearer $director"; }
stage() { funnel | json "[s['count'] for s in d['stages'] if s['stage'] == '$1'][0]"; }

api PUT /api/teams/east/members '{"members":["rep-1","rep-2"]}' >/dev/null || fail "setting the east roster failed"
contacted_before=$(stage CONTACTED); graded_before=$(stage GRADED); captured_before=$(stage CAPTURED)
report=$(api POST /api/leads/imports '[
  {"name":"Zhao Gang","company":"Wuxi Turbo Blades","phone":"+86 139 5100 0001","channel":"TRADE_SHOW"},
  {"name":"Qian Li","company":"Foshan Ceramics Machinery","email":"qian.li@fsceramics.example.cn","channel":"TRADE_SHOW"},
  {"name":"Sun Wei","company":"Dalian Marine Pumps","phone":"+86 139 5100 0003","channel":"TRADE_SHOW"},
  {"name":"","channel":"TRADE_SHOW"}]') || fail "the import failed"
[[ "$(echo "$report" | json "d['created']")" == 3 && "$(echo "$report" | json "d['rejected']")" == 1 ]] \
  || fail "the import should create 3 leads and reject 1: $report"
in_time=$(echo "$report" | json "d['rows'][0]['leadId']")
breaching=$(echo "$report" | json "d['rows'][1]['leadId']")
converted=$(echo "$report" | json "d['rows'][2]['leadId']")
echo "smoke: imported a trade-show list: $(echo "$report" | json "(d['created'], d['merged'], d['rejected'])") (created, merged, rejected)"

api POST "/api/leads/$in_time/contacts" '{"method":"PHONE","direction":"OUTBOUND","outcome":"REACHED"}' >/dev/null \
  || fail "recording a contact failed"
api POST "/api/leads/$converted/contacts" '{"method":"VISIT","direction":"OUTBOUND","outcome":"MEETING_AGREED"}' >/dev/null
api POST "/api/leads/$converted/grade" '{"grade":"C"}' >/dev/null || fail "grading failed"
[[ "$(api POST "/api/leads/$converted/conversion" | json "d['status']")" == CONVERTED ]] || fail "conversion failed"

curl -sf -XPOST localhost:8090/dev/clock -H 'content-type: application/json' -d '{"advance":"PT49H"}' >/dev/null \
  || fail "moving the clock failed"
breached=""
for _ in $(seq 1 100); do
  if [[ "$(api GET "/api/leads/$breaching" | json "d['firstContactBreachedAt'] is not None")" == True ]]; then breached=yes; break; fi
  sleep 0.1
done
[[ -n "$breached" ]] || fail "the uncontacted lead did not breach its 48 h deadline after the clock moved"
[[ "$(api GET "/api/leads/$in_time" | json "d['firstContactBreachedAt'] is None")" == True ]] \
  || fail "the lead contacted in time breached"
echo "smoke: clock moved 49 h: the uncontacted lead breached, the contacted one did not"

for _ in $(seq 1 100); do
  [[ $(stage GRADED) -gt $graded_before && $(stage CONTACTED) -ge $((contacted_before + 2)) ]] && break
  sleep 0.1
done
echo "smoke: funnel CAPTURED +$(( $(stage CAPTURED) - captured_before )), CONTACTED +$(( $(stage CONTACTED) - contacted_before )), GRADED +$(( $(stage GRADED) - graded_before ))"
[[ $(( $(stage CAPTURED) - captured_before )) -ge 3 && $(( $(stage CONTACTED) - contacted_before )) -ge 2 \
   && $(( $(stage GRADED) - graded_before )) -ge 1 ]] || fail "the funnel did not count the lifecycle"

# Issue 4: the converted lead became a customer in customer-service, and the lead learnt its id; a visit to that
# customer is logged and the funnel counts the lead as VISITED.
converted_at=$(date +%s%N)
customer=""
for _ in $(seq 1 100); do
  customer=$(api GET "/api/leads/$converted" | json "d['customerId'] or ''")
  [[ -n "$customer" ]] && break
  sleep 0.1
done
[[ -n "$customer" ]] || fail "the converted lead did not learn its customer id within 10 s"
echo "smoke: converted lead became customer $customer (the lead knew it $(( ($(date +%s%N) - converted_at) / 1000000 )) ms after we started looking)"
visited_before=$(stage VISITED)
visited_at=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=2)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
status=$(curl -s -o "$data_dir/visit.json" -w '%{http_code}' -XPOST "localhost:8082/api/customers/$customer/visits" \
  -H "Authorization: Bearer $manager" -H 'content-type: application/json' -H "Idempotency-Key: $(new_key)" \
  -d "{\"contactPerson\":\"Sun Wei\",\"visitedAt\":\"$visited_at\",\"durationMinutes\":60,\"method\":\"ON_SITE\",\"progress\":true,\"clearAnswer\":true}")
[[ "$status" == 201 ]] || fail "logging a visit answered $status: $(cat "$data_dir/visit.json")"
for _ in $(seq 1 100); do
  [[ $(stage VISITED) -gt $visited_before ]] && break
  sleep 0.1
done
[[ $(stage VISITED) -gt $visited_before ]] || fail "the funnel did not count the visit"
echo "smoke: visit logged; funnel VISITED +$(( $(stage VISITED) - visited_before ))"

echo "3 passed, 0 failed"
