#!/usr/bin/env bash
# Load check, not a test: starts the packaged jar on a fresh store with the demo (loaded and analysed),
# then 50 simulated users browse the views for N minutes (each opens a view as a browser does: the page,
# then Vaadin's bootstrap request that runs the view, then the unload beacon). Prints views, errors and
# p50/p95/max latency per route, and the server's heap after GC before and after. Report: target/bench/load.txt.
# Usage: bench/load.sh [MINUTES] [USERS]       (defaults 3 and 50)
#   LOAD_ROUTES='/=Overview;/cypher=Query library'   path=text-only-that-view-shows pairs, ';'-separated
#   LOAD_URL=http://127.0.0.1:8080 [LOAD_PID=1234]     a running server instead (heap figures with its pid)
#   LOAD_USER=... LOAD_PASSWORD=...                   sign in as this user (default: the started server's admin)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../.ci/env.sh"
cd "$convene_root"
minutes="${1:-3}"
users="${2:-50}"
[ -f target/convene.jar ] || .ci/mvn -o -q package -DskipTests
args=(-Dload.minutes="$minutes" -Dload.users="$users")
[ -n "${LOAD_ROUTES:-}" ] && args+=(-Dload.routes="$LOAD_ROUTES")
[ -n "${LOAD_URL:-}" ] && args+=(-Dload.url="$LOAD_URL")
[ -n "${LOAD_PID:-}" ] && args+=(-Dload.pid="$LOAD_PID")
[ -n "${LOAD_USER:-}" ] && args+=(-Dload.user="$LOAD_USER" -Dload.password="${LOAD_PASSWORD:-}")
.ci/mvn -o -q -Pbench test -Dtest=LoadBenchmark -Dsurefire.failIfNoSpecifiedTests=false "${args[@]}"
cat target/bench/load.txt
