#!/usr/bin/env bash
# npm run editor-check: the package's nodes in a real n8n editor, in Debian's chromium (installed with apt-get when
# missing; never a downloaded browser build), against the fake Intercom. Prints its checks and regenerates the
# screenshots in docs/screenshots/ that the README shows.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"
if ! command -v chromium >/dev/null; then
	log "installing Debian's chromium"
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
ensure_built_with_runtime
cd "$ROOT"
rm -rf .build-test
npx tsc -p tsconfig.bench.json
N8N_LOG_LEVEL=silent node .build-test/test/editor/editorCheck.js
