#!/usr/bin/env bash
# npm run bench: compile the node with the test fake and harness, then print the benchmark's figures.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"
ensure_built_with_runtime
cd "$ROOT"
rm -rf .build-test
npx tsc -p tsconfig.bench.json
N8N_LOG_LEVEL=silent exec node --expose-gc .build-test/bench/bench.js "$@"
