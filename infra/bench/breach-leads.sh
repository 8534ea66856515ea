#!/usr/bin/env bash
# Benchmark of the L-2 deadline job at trade-show volume, against a running platform (./crm up): imports N fresh
# trade-show leads (default 1000) for a team of its own, moves every service's clock 49 h on, records a contact on one
# of those leads while the deadline job runs, and reports how long that contact took and how long until every lead's
# first-contact breach event was published (acknowledged by Kafka, per the outbox).
# Usage: infra/bench/breach-leads.sh [N]
set -euo pipefail
count=${1:-1000}
team="breach-$(date +%s)"
psql_lead() { PGPASSWORD=crm psql -tA -h localhost -p 15432 -U crm crm_lead -c "$1"; }
manager=$(curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' \
  -d "{\"sub\":\"mgr-$team\",\"name\":\"Bench manager\",\"roles\":[\"SALES_MANAGER\"],\"team\":\"$team\"}" |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
body=$(mktemp)
trap 'rm -f "$body"' EXIT
python3 - "$count" > "$body" <<'PY'
import json, random, sys
rows = int(sys.argv[1]); seed = random.randrange(10**6)
print(json.dumps([{"name": f"Visitor {i}", "company": f"Company {i % 97}",
                   "phone": f"+86 15{seed % 10} {seed % 10000:04d} {i:04d}",
                   "email": f"b{seed}.{i}@expo.example.cn", "channel": "TRADE_SHOW"} for i in range(rows)]))
PY
curl -sf -o /dev/null -XPOST localhost:8081/api/leads/imports -H "Authorization: Bearer $manager" \
  -H 'content-type: application/json' --data-binary @"$body"
lead=$(psql_lead "select id from lead where team = '$team' order by id desc limit 1")
echo "imported $count trade-show leads for team $team"

start=$(date +%s.%N)
curl -sf -o /dev/null -XPOST localhost:8090/dev/clock -H 'content-type: application/json' -d '{"advance":"PT49H"}'
contact=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -XPOST "localhost:8081/api/leads/$lead/contacts" \
  -H "Authorization: Bearer $manager" -H 'content-type: application/json' \
  -d '{"method":"PHONE","direction":"OUTBOUND","outcome":"REACHED"}')
echo "a contact on one of them, recorded while the job runs: HTTP $contact"
published=0
for _ in $(seq 1 600); do
  published=$(psql_lead "select count(distinct message_key) from outbox_event
    where event_type = 'crm.lead.first-contact-sla-breached.v1' and published_at is not null and payload->>'sla' = 'FIRST_CONTACT'
    and message_key in (select id::text from lead where team = '$team')")
  [[ "$published" == "$count" ]] && break
  sleep 0.1
done
took=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
echo "first-contact breaches published: $published of $count, $took s after the clock moved"
twice=$(psql_lead "select count(*) from (select message_key, payload->>'sla' from outbox_event
  where event_type = 'crm.lead.first-contact-sla-breached.v1' and message_key in (select id::text from lead where team = '$team')
  group by 1, 2 having count(*) > 1) d")
echo "leads with a breach reported twice: $twice"
