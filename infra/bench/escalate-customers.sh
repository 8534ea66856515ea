#!/usr/bin/env bash
# Benchmark of the C-2 escalation job at the volume of a departing rep's book, against a running platform (./crm up):
# seeds N customers (default 2000) of a team of its own, each with a follow-up whose escalation time is one day
# ahead (straight into customer-service's database, fast), moves every service's clock 25 h on, records a touch on one
# of those customers while the escalation job runs, and reports how long that took and how long until every other
# customer's FollowUpOverdue event was published.
# Usage: infra/bench/escalate-customers.sh [N]
set -euo pipefail
count=${1:-2000}
team="escalate-$(date +%s)"
psql_customer() { PGPASSWORD=crm psql -tA -h localhost -p 15432 -U crm crm_customer -c "$1"; }
rep=$(curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' \
  -d "{\"sub\":\"rep-$team\",\"name\":\"Bench rep\",\"roles\":[\"SALES_REP\"],\"team\":\"$team\"}" |
  sed -E 's/.*"token":"([^"]+)".*/\1/')
now=$(curl -sf localhost:8082/dev/clock -H "Authorization: Bearer $rep" | sed -E 's/.*"now":"([^"]+)".*/\1/')
PGPASSWORD=crm psql -q -h localhost -p 15432 -U crm crm_customer <<SQL
insert into customer (id, company, owner_id, team, tier, registered_at, registered_by, updated_at)
select gen_random_uuid(), 'Bench customer ' || n, 'rep-$team', '$team', 'C', '$now', 'bench', '$now'
from generate_series(1, $count) n;
insert into customer_task (id, customer_id, owner_id, team, kind, due_at, escalate_at, created_at)
select gen_random_uuid(), id, owner_id, team, 'CADENCE_CONTACT', timestamptz '$now' - interval '29 days',
  timestamptz '$now' + interval '1 day', '$now'
from customer where team = '$team';
SQL
customer=$(psql_customer "select id from customer where team = '$team' order by id desc limit 1")
echo "seeded $count customers with a follow-up escalating in 24 h, team $team (clock at $now)"

start=$(date +%s.%N)
curl -sf -o /dev/null -XPOST localhost:8090/dev/clock -H 'content-type: application/json' -d '{"advance":"PT25H"}'
touch=$(curl -s -o /dev/null -w '%{http_code} in %{time_total} s' -XPOST "localhost:8082/api/customers/$customer/touches" \
  -H "Authorization: Bearer $rep" -H 'content-type: application/json' -d '{"channel":"PHONE","customerInitiated":true}')
echo "a touch on one of them, recorded while the job runs: HTTP $touch"
expected=$((count - 1))
published=0
for _ in $(seq 1 600); do
  published=$(psql_customer "select count(distinct message_key) from outbox_event
    where event_type = 'crm.customer.follow-up-overdue.v1' and published_at is not null
    and message_key in (select id::text from customer where team = '$team')")
  [[ "$published" -ge "$expected" ]] && break
  sleep 0.1
done
took=$(python3 -c "import sys; print(f'{float(sys.argv[2]) - float(sys.argv[1]):.2f}')" "$start" "$(date +%s.%N)")
echo "follow-up-overdue published for $published of $count customers (the touched one may be done first), $took s after the clock moved"
twice=$(psql_customer "select count(*) from (select message_key from outbox_event where event_type = 'crm.customer.follow-up-overdue.v1'
  and message_key in (select id::text from customer where team = '$team') group by 1 having count(*) > 1) d")
echo "customers escalated twice: $twice"
