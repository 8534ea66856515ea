#!/usr/bin/env bash
# Benchmark (issue 11): signs N approved quotes (default 1000) through POST /api/quotes/{id}/signature, 8 requests
# at a time, against a running platform (./crm up). One customer is registered through customer-service's API (so
# order-service learns it from CustomerRegistered and the signed orders reach customer-service's tiers for real), one
# product, one confirmed requirement and one 12 % quote the team's manager approves go through order-service's API;
# that approved quote is then copied N times straight into crm_order (fast). Prints the wall time of the N
# signatures and checks N orders and N OrderSigned outbox rows.
# Usage: infra/bench/sign-orders.sh [N]
set -euo pipefail
count=${1:-1000}
parallel=${PARALLEL:-8}
team="bench-$(date +%s)"
orders=localhost:8083
work=$(mktemp -d /tmp/sign-orders.XXXXXX)
trap 'rm -rf "$work"' EXIT
sql() { PGPASSWORD=crm psql -qtAX -v ON_ERROR_STOP=1 -h localhost -p 15432 -U crm crm_order "$@"; }
token() {
  curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' -d "$1" | sed -E 's/.*"token":"([^"]+)".*/\1/'
}
field() { python3 -c "import json,sys; print(json.load(sys.stdin)[sys.argv[1]])" "$1"; }
post() {  # post TOKEN URL [BODY] -> body; fails unless 2xx
  curl -sf -XPOST "$2" -H "Authorization: Bearer $1" -H 'content-type: application/json' ${3:+-d "$3"} \
    || { echo "POST $2 failed" >&2; exit 1; }
}
rep_id="rep-$team"
rep=$(token "{\"sub\":\"$rep_id\",\"name\":\"Bench rep\",\"roles\":[\"SALES_REP\"],\"team\":\"$team\"}")
manager=$(token "{\"sub\":\"mgr-$team\",\"name\":\"Bench manager\",\"roles\":[\"SALES_MANAGER\"],\"team\":\"$team\"}")

customer=$(post "$rep" localhost:8082/api/customers "{\"company\":\"Bench Machinery $team\",\"industry\":\"Machinery\",
  \"contacts\":[{\"name\":\"Bench Buyer\",\"phone\":\"+86 139 $(printf '%04d %04d' $((RANDOM % 10000)) $((RANDOM % 10000)))\"}]}" | field id)
product=$(post "$manager" "$orders/api/products" "{\"code\":\"BENCH-$team\",\"name\":\"Bench press\",\"listPrice\":10000.00}" | field id)
delivery=$(python3 -c "import datetime; print((datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(days=90)).strftime('%Y-%m-%dT%H:%M:%SZ'))")
requirement_body="{\"customerId\":\"$customer\",\"lines\":[{\"productId\":\"$product\",\"spec\":\"std\",\"quantity\":1}],
  \"deliveryBy\":\"$delivery\",\"deliveryMeaning\":\"ARRIVAL\",\"deliveryPlace\":\"Plant 1\",\"acceptanceCriteria\":\"runs 8 h\",
  \"trainingNeeds\":\"none\",\"afterSalesResponseHours\":24}"
requirement=""
for _ in $(seq 1 100); do   # until order-service has seen CustomerRegistered (O-1)
  requirement=$(curl -sf -XPOST "$orders/api/requirements" -H "Authorization: Bearer $rep" \
    -H 'content-type: application/json' -d "$requirement_body" | field id) && break
  sleep 0.1
done
[[ -n "$requirement" ]] || { echo "order-service did not learn customer $customer" >&2; exit 1; }
post "$rep" "$orders/api/requirements/$requirement/confirmation" >/dev/null
template=$(post "$rep" "$orders/api/quotes" "{\"requirementId\":\"$requirement\",\"offer\":{\"valuePackage\":{\"warrantyMonths\":12},
  \"lines\":[{\"productId\":\"$product\",\"quantity\":1,\"discountPercent\":12}],\"overallDiscountPercent\":0}}" | field id)
post "$rep" "$orders/api/quotes/$template/approval-requests" >/dev/null
[[ "$(post "$manager" "$orders/api/quotes/$template/decision" '{"decision":"APPROVE","comment":"bench"}' | field status)" == APPROVED ]] \
  || { echo "the template quote was not approved" >&2; exit 1; }

seeded=$(date +%s%N)
sql >"$work/quotes" <<SQL
insert into quote
select (jsonb_populate_record(null::quote, to_jsonb(q) || jsonb_build_object('id', gen_random_uuid()))).*
from quote q, generate_series(1, $count) where q.id = '$template'
returning id;
SQL
sed -i '/^$/d; /^INSERT/d' "$work/quotes"
[[ $(wc -l <"$work/quotes") -eq $count ]] || { echo "seeded $(wc -l <"$work/quotes") quotes, not $count" >&2; exit 1; }
echo "seeded $count approved quotes (team $team) in $(( ($(date +%s%N) - seeded) / 1000000 )) ms"

# One curl process with $parallel connections (curl --parallel), so the figure is the service's, not process starts.
{
  echo 'request = "POST"'
  echo "header = \"Authorization: Bearer $rep\""
  echo 'write-out = "%{http_code} %{time_total}\\n"'
  sed "s|.*|url = \"$orders/api/quotes/&/signature\"\noutput = \"/dev/null\"|" "$work/quotes"
} >"$work/curl.config"
started=$(date +%s%N)
curl -s --no-progress-meter --parallel --parallel-immediate --parallel-max "$parallel" -K "$work/curl.config" >"$work/answers"
took=$(( ($(date +%s%N) - started) / 1000000 ))
cut -d' ' -f1 "$work/answers" >"$work/statuses"
ok=$(grep -c '^200$' "$work/statuses" || true)
echo "signed $ok of $count quotes in $took ms ($parallel at a time): $(python3 -c "print(round($count / ($took / 1000), 1))") signatures/s, $(sort -k2 -n "$work/answers" | awk '{t[NR]=$2} END {printf "median %.0f ms, p99 %.0f ms", t[int(NR/2)]*1000, t[int(NR*0.99)]*1000}') a request"
[[ "$ok" == "$count" ]] || echo "answers other than 200: $(grep -v '^200$' "$work/statuses" | sort | uniq -c | tr '\n' ' ')"

orders_made=$(sql -c "select count(*) from customer_order where team = '$team'")
events=$(sql -c "select count(*) from outbox_event e join customer_order o on e.message_key = o.id::text
  where o.team = '$team' and e.event_type = 'crm.order.signed.v1'")
echo "orders of team $team: $orders_made; OrderSigned outbox rows: $events"
[[ "$orders_made" == "$count" && "$events" == "$count" && "$ok" == "$count" ]] || { echo "MISMATCH" >&2; exit 1; }
