#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (Playwright's own download cannot work here).
# Installs it when it is missing and this user can; otherwise says what to do.
set -euo pipefail
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then exit 0; fi
echo "Chromium not found at $CHROMIUM: installing Debian's chromium package..."
if [ "$(id -u)" -eq 0 ]; then SUDO=""; elif command -v sudo >/dev/null; then SUDO="sudo"; else
  echo "Cannot install Chromium without root. Install it (apt-get install -y chromium) or set CHROMIUM_PATH." >&2
  exit 1
fi
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
[ -x "$CHROMIUM" ] || { echo "Chromium install did not produce $CHROMIUM" >&2; exit 1; }
