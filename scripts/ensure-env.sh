# Shared by scripts/start.sh and scripts/test.sh: dependencies, browsers and ../shared, or a clear
# error naming what is missing. Sourced, not run.

ensure_node_modules() {
  if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "› Installing dependencies (npm ci)…"
    npm ci --no-audit --no-fund
  fi
}

# ensure_packages BIN:PACKAGE… — installs missing Debian packages as root, or says how to.
ensure_packages() {
  local missing=()
  for pair in "$@"; do
    local bin="${pair%%:*}" pkg="${pair##*:}"
    [ -x "$bin" ] || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null; then
    echo "› Installing ${missing[*]} (apt-get)…"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  else
    echo "✗ Missing browser package(s): ${missing[*]}." >&2
    echo "  Install them with: sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
}

ensure_shared() {
  if [ ! -f ../shared/eval/claims-dev.jsonl ] || [ ! -d ../shared/corpus ]; then
    echo "✗ ../shared (real pages and labelled sentences) is missing beside this checkout: $(cd .. && pwd)/shared" >&2
    echo "  The tests read it in place; they do not skip without it." >&2
    exit 1
  fi
}
