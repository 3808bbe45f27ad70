#!/usr/bin/env bash
# npm test: set up what is missing, build, type-check, lint, scan the package as n8n does, then run every test:
# unit, workflow (n8n-core) and end-to-end (real n8n).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"

ensure_built_with_runtime
# The end-to-end suites also run on the newest n8n 1.x.
ensure_n8n1

cd "$ROOT"
# ts-jest compiles each file on its own; the whole project, tests included, is type-checked here.
npx tsc -p tsconfig.json --noEmit
# The rules n8n's community-package scanner applies, then the scanner itself on the sources and the packed files.
npm run -s lint
bash scripts/scan-package.sh
results="$(mktemp)"
status=0
npx jest --json --outputFile="$results" "$@" || status=$?
# One plain closing line for whoever reads the log.
node -e '
const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
console.log(`Tests: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${r.numPendingTests} skipped`);
' "$results" || true
rm -f "$results"
exit "$status"
