#!/usr/bin/env bash
# Benchmark: hands N customers (default 2000) of a departing rep to another rep in one request, against a running
# platform (./crm up). The customers and one open follow-up task each are seeded straight into customer-service's
# database (fast); the roster goes through lead-service's API, so customer-service learns it from TeamRosterSet.
# Usage: infra/bench/handover-customers.sh [N]
set -euo pipefail
count=${1:-2000}
team="bench-$(date +%s)"
token() {
  curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' -d "$1" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
manager=$(token "{\"sub\":\"mgr-$team\",\"name\":\"Bench manager\",\"roles\":[\"SALES_MANAGER\"],\"team\":\"$team\"}")
curl -sf -XPUT "localhost:8081/api/teams/$team/members" -H "Authorization: Bearer $manager" \
  -H 'content-type: application/json' -d '{"members":["leaving-rep","taking-rep"]}' >/dev/null
PGPASSWORD=crm psql -q -h localhost -p 15432 -U crm crm_customer <<SQL
insert into customer (id, company, owner_id, team, tier, registered_at, registered_by, updated_at)
select gen_random_uuid(), 'Bench customer ' || n, 'leaving-rep', '$team', 'C', now(), 'bench', now()
from generate_series(1, $count) n;
insert into customer_task (id, customer_id, owner_id, team, kind, due_at, escalate_at, created_at)
select gen_random_uuid(), id, owner_id, team, 'CADENCE_CONTACT', now() + interval '30 days', now() + interval '60 days', now()
from customer where team = '$team';
SQL
for _ in $(seq 1 50); do
  known=$(PGPASSWORD=crm psql -tA -h localhost -p 15432 -U crm crm_customer -c "select count(*) from team_member where team = '$team'")
  [[ "$known" == 2 ]] && break
  sleep 0.2
done
result=$(curl -s -w ' HTTP %{http_code} in %{time_total} s' -XPOST localhost:8082/api/customers/handover \
  -H "Authorization: Bearer $manager" -H 'content-type: application/json' \
  -d '{"fromOwnerId":"leaving-rep","toOwnerId":"taking-rep"}')
echo "handover of $count customers: $result"
