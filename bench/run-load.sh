#!/usr/bin/env bash
# Load test (issue 9): the app in Production on a copy of the 100,000-report SQLite database,
# measured with wrk (throughput and latency of the prerendered overview and of a live shared page)
# and a headless Chromium fleet (memory per interactive circuit). Needs: apt-get install -y wrk chromium.
#   bench/run-load.sh [circuits]
# The shared page is a live link (China since 2023) created through ShareLinkService on the copy;
# the per-address limit of /s/* is raised for the run, since every wrk request comes from one address.
# At the end the link is revoked from another process and must answer 404 at once.
set -euo pipefail
cd "$(dirname "$0")/.."
data="${BENCH_DATA:-$(pwd)/../bench-data}"
work="${BENCH_LOAD_DATA:-$(pwd)/../bench-data-load}"
port="${BENCH_PORT:-5099}"
password="benchmark password"
circuits="${1:-50}"

echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), $(free -g | awk '/Mem:/ {print $2}') GB RAM"
echo "Load before: $(uptime)"

# The app as it is deployed: a Release publish (static assets included), run in Production.
publish="$(mktemp -d)"
dotnet publish -c Release src/Dashboard.Web -o "$publish" >/dev/null
dotnet build -c Release bench/Dashboard.LoadTest >/dev/null
if [ ! -f "$data/dashboard.db" ]; then
  dotnet "$publish/Dashboard.Web.dll" seed-synthetic --reports 100000 --seed 42 \
    --Dashboard:DataDirectory="$data" --Dashboard:SeedDemoData=false
fi

# A fresh copy each run: the run adds accounts, a share link and its visits, and leaves the original as it was.
mkdir -p "$work"
rm -f "$work"/dashboard.db*
cp "$data/dashboard.db" "$work/dashboard.db"

# Demo accounts (no demo reports: the database already has reports) with a known password.
(cd "$publish" && ASPNETCORE_ENVIRONMENT=Production exec dotnet Dashboard.Web.dll \
  --urls "http://127.0.0.1:$port" \
  --Dashboard:DataDirectory="$work" --Dashboard:SeedDemoData=true --Dashboard:DemoPassword="$password" \
  --Dashboard:RateLimits:SignInPerAddressPerMinute=1000 \
  --Dashboard:RateLimits:SharedLinkRequestsPerAddressPerMinute=10000000 \
  --Logging:LogLevel:Default=Warning) > /tmp/csm-load-app.log 2>&1 &
app=$!
trap 'kill $app 2>/dev/null || true; rm -rf "$publish"' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 1; done

loadtest() { dotnet run -c Release --no-build --project bench/Dashboard.LoadTest -- "$@"; }
read -r link token < <(loadtest share "$work" admin@example.org "?supplier=CN&from=2023-01-01")
shared="/s/$token"
curl -sf -o /dev/null "http://127.0.0.1:$port$shared"

loadtest "http://127.0.0.1:$port/" "$password" "$circuits" "$shared"
echo "Load after: $(uptime)"

# Correctness under the cache: revoked from another process, the link is gone on the next request.
loadtest revoke "$work" admin@example.org "$link" >/dev/null
status="$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port$shared")"
echo "Shared page right after revocation: HTTP $status"
[ "$status" = 404 ]
