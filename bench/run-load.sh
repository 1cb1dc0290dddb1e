#!/usr/bin/env bash
# Load test (issue 9): the app in Production on the 100,000-report SQLite database, measured with
# wrk (throughput and latency of the prerendered overview and of a shared page) and a headless
# Chromium fleet (memory per interactive circuit). Needs: apt-get install -y wrk chromium.
#   bench/run-load.sh [circuits]
set -euo pipefail
cd "$(dirname "$0")/.."
data="${BENCH_DATA:-$(pwd)/../bench-data}"
port="${BENCH_PORT:-5099}"
password="benchmark password"
circuits="${1:-50}"

# The app as it is deployed: a Release publish (static assets included), run in Production.
publish="$(mktemp -d)"
dotnet publish -c Release src/Dashboard.Web -o "$publish" >/dev/null
dotnet build -c Release bench/Dashboard.LoadTest >/dev/null
if [ ! -f "$data/dashboard.db" ]; then
  dotnet "$publish/Dashboard.Web.dll" seed-synthetic --reports 100000 --seed 42 \
    --Dashboard:DataDirectory="$data" --Dashboard:SeedDemoData=false
fi

# Demo accounts (no demo reports: the database already has reports) with a known password.
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Dashboard.Web.dll \
  --urls "http://127.0.0.1:$port" \
  --Dashboard:DataDirectory="$data" --Dashboard:SeedDemoData=true --Dashboard:DemoPassword="$password" \
  --Dashboard:RateLimits:SignInPerAddressPerMinute=1000 --Logging:LogLevel:Default=Warning) > /tmp/csm-load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$publish"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

dotnet run -c Release --no-build --project bench/Dashboard.LoadTest -- "http://127.0.0.1:$port/" "$password" "$circuits"
