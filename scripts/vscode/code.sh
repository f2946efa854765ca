#!/usr/bin/env bash
# The "VS Code executable" handed to @vscode/test-electron's runTests: a VS Code server from
# code-server, shown in headless Chromium (see standin.mjs). Takes the same arguments as `code`.
exec node "$(dirname "$0")/standin.mjs" "$@"
