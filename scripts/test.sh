#!/usr/bin/env bash
# npm test: set up what is missing, build, then run every test: unit, workflow (n8n-core) and end-to-end (real n8n).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"

ensure_dev_dependencies
(cd "$ROOT" && npm run build >&2)
ensure_runtime

cd "$ROOT"
# ts-jest compiles each file on its own; the whole project, tests included, is type-checked here.
npx tsc -p tsconfig.json --noEmit
exec npx jest "$@"
