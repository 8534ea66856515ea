#!/usr/bin/env bash
# Benchmark: imports N generated trade-show leads (default 1000) in one request against a running platform
# (./crm up) and prints the server's wall time. Every lead has a fresh phone and e-mail, so none merges.
# Usage: infra/bench/import-leads.sh [N] [rounds]
set -euo pipefail
rows=${1:-1000}
rounds=${2:-3}
token=$(curl -sf -XPOST localhost:8090/dev/tokens -H 'content-type: application/json' \
  -d '{"sub":"mgr-bench","name":"Bench","roles":["SALES_MANAGER"],"team":"bench"}' | sed -E 's/.*"token":"([^"]+)".*/\1/')
for round in $(seq 1 "$rounds"); do
  body=$(mktemp)
  python3 - "$rows" "$round" > "$body" <<'PY'
import json, random, sys
rows, round_ = int(sys.argv[1]), int(sys.argv[2])
seed = random.randrange(10**6)
print(json.dumps([{"name": f"Visitor {round_}-{i}", "company": f"Company {i % 97}",
                   "phone": f"+86 13{(seed + i) % 10} {seed % 10000:04d} {i:04d}",
                   "email": f"v{seed}.{round_}.{i}@expo.example.cn", "channel": "TRADE_SHOW",
                   "notes": "booth visitor"} for i in range(rows)]))
PY
  result=$(curl -s -o /tmp/import-result.json -w '%{http_code} %{time_total}' -XPOST localhost:8081/api/leads/imports \
    -H "Authorization: Bearer $token" -H 'content-type: application/json' --data-binary @"$body")
  rm -f "$body"
  created=$(python3 -c "import json; d=json.load(open('/tmp/import-result.json')); print(d['created'], d['merged'], d['rejected'])")
  echo "round $round: HTTP ${result% *}, $rows rows in ${result#* } s (created merged rejected: $created)"
done
