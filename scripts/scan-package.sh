#!/usr/bin/env bash
# n8n's own static analyser for community packages (@n8n/scan-community-package, the gate n8n applies before it
# verifies a community node), offline: once on the sources (package.json, nodes/, credentials/) and once on what
# `npm pack` publishes. Installed once into .runtime/scan-tool. Run after `npm run build` (npm test does both).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tool="$root/.runtime/scan-tool"
if [ ! -d "$tool/node_modules/@n8n/scan-community-package" ]; then
	mkdir -p "$tool"
	(cd "$tool" && echo '{"private":true}' > package.json &&
		npm install --no-audit --no-fund --ignore-scripts --silent @n8n/scan-community-package@0.32.0 >/dev/null)
fi
packed=$(mktemp -d)
trap 'rm -rf "$packed"' EXIT
tarball=$(cd "$root" && npm pack --silent --pack-destination "$packed" 2>/dev/null | tail -n 1)
mkdir -p "$packed/pkg" && tar -xzf "$packed/$tarball" -C "$packed/pkg" --strip-components=1
ROOT="$root" PKG="$packed/pkg" node --input-type=module -e "
import { analyzePackage, SOURCE_FILE_PATTERNS } from '$tool/node_modules/@n8n/scan-community-package/scanner/scanner.mjs';
const source = await analyzePackage(process.env.ROOT, SOURCE_FILE_PATTERNS);
const dist = await analyzePackage(process.env.PKG, ['**/*.js', 'package.json']);
for (const [name, r] of [['sources', source], ['published files', dist]]) {
  console.log('scanner ' + (r.passed ? 'passed: ' : 'FAILED: ') + name + (r.message ? ' (' + r.message + ')' : ''));
  if (r.details) console.log(r.details);
}
process.exit(source.passed && dist.passed ? 0 : 1);
"
