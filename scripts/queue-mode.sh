#!/usr/bin/env bash
# npm run queue-mode: n8n in queue mode on 127.0.0.1 (PostgreSQL, Redis, main, two workers, two webhook processors)
# with this package, as the end-to-end tests start it; Ctrl-C stops every process.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"
ensure_built_with_runtime
cd "$ROOT"
rm -rf .build-test
npx tsc -p tsconfig.bench.json
exec node .build-test/test/support/runQueueCluster.js
