#!/usr/bin/env bash
# npm start: install what is needed, build the extension (Chrome and Firefox), show the command-line
# scanner on the demo page, then open Chromium with the extension on the demo page.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/ensure-env.sh
ensure_node
ensure_node_modules
ensure_packages /usr/bin/chromium:chromium

echo "› Building the extension…"
npx wxt build >/dev/null
npx wxt build -b firefox >/dev/null
echo "  Chrome: .output/chrome-mv3   Firefox: .output/firefox-mv2"
echo
echo "› The command-line scanner on the demo page (npm run scan -- FILE…):"
npx tsx scripts/scan.ts demo/index.html
echo
echo "› Opening Chromium with Evidence Lens on the demo page…"
npx tsx scripts/demo.ts
