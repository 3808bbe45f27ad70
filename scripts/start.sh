#!/usr/bin/env bash
# npm start: set up what is missing, build, and run n8n with this package loaded, on its embedded SQLite.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/runtime.sh"

ensure_dev_dependencies
(cd "$ROOT" && npm run build >&2)
ensure_runtime

USER_FOLDER="${N8N_USER_FOLDER:-$RUNTIME/user}"
install_package_into "$USER_FOLDER"

export PATH="$NODE24_HOME/bin:$PATH"
export N8N_USER_FOLDER="$USER_FOLDER"
export N8N_PORT="${N8N_PORT:-5678}"
export N8N_DISABLED_MODULES="${N8N_DISABLED_MODULES:-mcp-registry}"
export N8N_DIAGNOSTICS_ENABLED="${N8N_DIAGNOSTICS_ENABLED:-false}"
export N8N_VERSION_NOTIFICATIONS_ENABLED="${N8N_VERSION_NOTIFICATIONS_ENABLED:-false}"
log "n8n with n8n-nodes-intercom on http://localhost:$N8N_PORT (data in $USER_FOLDER)"
exec "$N8N_BIN" start
