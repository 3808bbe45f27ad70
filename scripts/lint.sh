#!/usr/bin/env bash
# npm run lint: n8n's own linter for community nodes (`n8n-node lint`: n8n's rules, strict mode, the n8n Cloud checks),
# the project's rule on parameter reading, and the GitHub workflows. Tests and the benchmark keep configs of their own
# (test/, bench/), which ESLint finds per file with the flag below.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export ESLINT_FLAGS=unstable_config_lookup_from_file
npx n8n-node lint "$@"
npx eslint --no-config-lookup -c eslint.project.mjs nodes
node scripts/lint-workflows.mjs
