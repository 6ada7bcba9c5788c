# Shared by scripts/start.sh, scripts/test.sh and .ci/run: a supported Node, dependencies, browsers and
# ../shared, or a clear error naming what is missing. Sourced, not run.

# Node lines the project is tested on (package.json engines); the runtime it brings when the machine's
# Node is older is the exact version in .node-version, from the npm registry's node-linux-<arch> package.
SUPPORTED_NODE_MAJORS="22 24"

ensure_node() {
  local major
  major="$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo none)"
  if [[ " $SUPPORTED_NODE_MAJORS " == *" $major "* ]]; then return 0; fi
  local version arch dir
  version="$(tr -d ' \n' < .node-version)"
  case "$(uname -m)" in
    x86_64) arch=x64 ;;
    aarch64 | arm64) arch=arm64 ;;
    *) arch="" ;;
  esac
  dir="$PWD/.runtime/node-$version"
  if [ ! -x "$dir/bin/node" ]; then
    if [ "$(uname -s)" != Linux ] || [ -z "$arch" ] || ! command -v npm >/dev/null; then
      echo "✗ Node $major is not supported: install Node 22 or 24 (this project is tested on $version)." >&2
      exit 1
    fi
    echo "› This machine has Node $major; bringing Node $version for this project (npm package node-linux-$arch) into .runtime/…"
    local tmp
    tmp="$(mktemp -d)"
    if ! (cd "$tmp" && npm pack --silent "node-linux-$arch@$version" >/dev/null); then
      rm -rf "$tmp"
      echo "✗ Could not fetch node-linux-$arch@$version from the npm registry: install Node 22 or 24 yourself." >&2
      exit 1
    fi
    mkdir -p "$dir"
    tar -xzf "$tmp"/node-linux-*.tgz -C "$dir" --strip-components=1
    rm -rf "$tmp"
  fi
  export PATH="$dir/bin:$PATH"
  echo "› Using Node $(node -v) from .runtime/ (the machine's Node $major is past its end of life)."
}

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
