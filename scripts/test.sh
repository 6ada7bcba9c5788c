#!/usr/bin/env bash
# npm test: every test — data checks, unit tests, detection quality, and the built extension in real
# Chromium and Firefox. Installs what it needs on a fresh machine (npm ci; browsers via apt-get as root).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-env.sh
ensure_node
ensure_node_modules
ensure_packages /usr/bin/chromium:chromium /usr/bin/firefox-esr:firefox-esr
ensure_shared

npm run --silent check:data
mkdir -p test-results
VITE_CONFIG_NATIVE_IGNORE_WARNING=true npx vitest run \
  --reporter=default --reporter=json --outputFile.json=test-results/vitest.json "$@"
