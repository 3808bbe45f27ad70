#!/usr/bin/env bash
# npm run dev: n8n with this package, rebuilt on every change and reloaded by n8n (N8N_DEV_RELOAD), as `n8n-node dev`
# does. That command cannot run here as it is: it starts `npx n8n@latest` (an unpinned n8n, needing Node 24 and a
# compiled sqlite3) and watches tsconfig.json, which in this project type-checks the tests without emitting. This
# uses the pinned n8n in .runtime/ and the build's own tsconfig.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"

ensure_dev_dependencies
(cd "$ROOT" && npm run build >&2)
ensure_runtime

USER_FOLDER="${N8N_USER_FOLDER:-$RUNTIME/dev-user}"
# n8n loads the nodes of a custom extensions folder (as CUSTOM.intercom…) and, with N8N_DEV_RELOAD, reloads them when
# a file there changes. The build folder itself is that folder, so that n8n watches it alone (a link to the project,
# as `n8n-node dev` makes, has n8n watch the whole project, .runtime/'s n8n installs included); n8n's watcher also
# lists the folder's node_modules, which must exist (npm pack leaves it out).
export N8N_CUSTOM_EXTENSIONS="$ROOT/dist"
mkdir -p "$ROOT/dist/node_modules"

(cd "$ROOT" && npx tsc -p tsconfig.build.json --watch --preserveWatchOutput) &
trap 'kill $! 2>/dev/null || true' EXIT

export PATH="$NODE24_HOME/bin:$PATH"
export N8N_USER_FOLDER="$USER_FOLDER"
export N8N_DEV_RELOAD=true
export N8N_PORT="${N8N_PORT:-5678}"
export N8N_DISABLED_MODULES="${N8N_DISABLED_MODULES:-mcp-registry}"
export N8N_DIAGNOSTICS_ENABLED="${N8N_DIAGNOSTICS_ENABLED:-false}"
log "n8n with n8n-nodes-intercom, reloaded on change, on http://localhost:$N8N_PORT (data in $USER_FOLDER)"
"$N8N_BIN" start
