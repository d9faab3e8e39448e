#!/usr/bin/env bash
# Installs code-server 4.100.3 (VS Code 1.100.3, runs on Node 20) into .cache/code-server/,
# a git-ignored folder with its own package.json, for the real-editor tests (test/e2e).
# Idempotent: does nothing when the right version is already there.
# Traps handled (see docs/EXTENSION.md): @vscode/ripgrep's postinstall downloads from GitHub,
# so we hand it a cache made from Debian's /usr/bin/rg; node-pty's install runs npx
# (npm_config_yes); as root npm needs unsafe-perm; npm 11 blocks install scripts unless allowed.
# Native modules (node-pty, @vscode/spdlog, argon2, kerberos) are compiled from source because
# their prebuilt binaries are on GitHub: needs build-essential, python3 and libkrb5-dev (apt).
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="${CODE_SERVER_DIR:-$ROOT/.cache/code-server}"
BIN="$DIR/node_modules/.bin/code-server"

if [ -x "$BIN" ] && [ "$(node -p "require('$DIR/node_modules/code-server/package.json').version" 2>/dev/null)" = "$VERSION" ]; then
  echo "code-server $VERSION already installed in $DIR"
  exit 0
fi

RG="$(command -v rg || true)"
if [ -z "$RG" ]; then
  echo "ripgrep (rg) is required: apt-get install -y ripgrep" >&2
  exit 1
fi
# @vscode/ripgrep 1.15.11 looks for this file in its cache folder before downloading.
CACHE="${TMPDIR:-/tmp}/vscode-ripgrep-cache-1.15.11"
mkdir -p "$CACHE"
STAGE="$(mktemp -d)"
cp "$RG" "$STAGE/rg"
tar -C "$STAGE" -czf "$CACHE/ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz" rg
rm -rf "$STAGE"

if ! [ -e /usr/include/gssapi/gssapi.h ] && ! [ -e /usr/include/gssapi.h ]; then
  echo "warning: libkrb5-dev is missing (apt-get install -y libkrb5-dev): the kerberos module will not build" >&2
fi
mkdir -p "$DIR"
cat > "$DIR/package.json" <<JSON
{
  "name": "treaty-lens-code-server",
  "private": true,
  "description": "code-server for Treaty Lens's real-editor tests; installed by scripts/install-code-server.sh",
  "allowScripts": {
    "code-server": true,
    "node-pty": true,
    "@vscode/ripgrep": true,
    "@vscode/spdlog": true,
    "@vscode/windows-registry": true,
    "kerberos": true,
    "argon2": true
  }
}
JSON
export npm_config_yes=true
export npm_config_unsafe_perm=true
# code-server's own postinstall runs nested "npm install"s (lib/vscode, its extensions) whose
# package.json has no allowScripts; the environment reaches them, package.json does not.
export npm_config_dangerously_allow_all_scripts=true
export npm_config_fund=false
export npm_config_audit=false
export npm_config_update_notifier=false
start=$(date +%s)
# The install's own output goes to a log: it is long, and it prints alarming-looking but harmless
# lines ("node-pre-gyp ERR!", "gyp info", download failures) while native modules look for
# prebuilt binaries on GitHub, which is unreachable here, before compiling them from source.
LOG="$DIR/install.log"
echo "installing code-server $VERSION into $DIR (about 300 MB, 1-5 minutes; log: $LOG)"
if ! ( cd "$DIR" && npm install --no-save --foreground-scripts --loglevel=error "code-server@$VERSION" ) > "$LOG" 2>&1; then
  tail -n 60 "$LOG" >&2
  echo "code-server install failed; the whole log is $LOG" >&2
  exit 1
fi
echo "(node-pre-gyp/gyp errors in that log are expected: prebuilt binaries are on GitHub, so they were compiled from source)"
"$BIN" --version
echo "code-server $VERSION installed in $DIR in $(( $(date +%s) - start )) s"
