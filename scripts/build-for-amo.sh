#!/usr/bin/env bash
# npm run build-for-amo: the Firefox package, rebuilt from source the way Mozilla's reviewers do
# (docs/store/amo-review.md).
#
#   In a checkout:             npm run build-for-amo [-- path/to/sources.zip]
#     unpacks .output/evidence-lens-<version>-sources.zip (written by npm run zip) into a clean temporary
#     folder with no ../shared beside it, runs npm ci and this script there, and copies the Firefox zip
#     to .output/amo/evidence-lens-<version>-firefox.zip. It should equal .output/…-firefox.zip byte
#     for byte (tests/e2e/amo-build.test.ts checks it).
#   In an unpacked sources zip (no .git):   npm ci && npm run build-for-amo
#     builds here: .output/evidence-lens-<version>-firefox.zip.
set -euo pipefail
sources_zip="${1:+$(realpath "$1")}"
cd "$(dirname "$0")/.."
source scripts/ensure-env.sh
ensure_node

name="evidence-lens-$(node -p 'require("./package.json").version')"

build_here() {
  ensure_node_modules
  # WXT's zip writes entries in sorted order with a fixed 1980 timestamp, and the build embeds no date
  # or path: the same sources give the same bytes. NODE_ENV is pinned because any other value (Vitest
  # sets "test") switches JSX to its development form, which embeds each file's absolute path.
  NODE_ENV=production npx wxt zip -b firefox
  echo "✔ Firefox package: $PWD/.output/$name-firefox.zip"
}

if [ -z "$sources_zip" ] && [ ! -e .git ]; then
  build_here
  exit 0
fi

sources_zip="${sources_zip:-$PWD/.output/$name-sources.zip}"
if [ ! -f "$sources_zip" ]; then
  echo "✗ No sources zip at $sources_zip: run npm run zip first, or pass the zip's path." >&2
  exit 1
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/evidence-lens-amo.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# The sources go one level down, so nothing sits at ../shared: the build must work without it.
mkdir "$work/src"
echo "› Unpacking $(basename "$sources_zip") into $work/src"
npx tsx scripts/zip/unzip.ts "$sources_zip" "$work/src"
# Under `npm run`, npm exports this checkout as npm_config_local_prefix; left set, the npm commands
# below would install into the checkout instead of the unpacked sources.
unset npm_config_local_prefix
echo "› npm ci (Node $(node -v))"
(cd "$work/src" && npm ci --no-audit --no-fund)
echo "› Building the Firefox package from the sources"
(cd "$work/src" && bash scripts/build-for-amo.sh)
mkdir -p .output/amo
cp "$work/src/.output/$name-firefox.zip" ".output/amo/$name-firefox.zip"
echo "✔ Rebuilt from sources: $PWD/.output/amo/$name-firefox.zip (compare with .output/$name-firefox.zip)"
