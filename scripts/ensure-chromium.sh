#!/bin/sh
# Makes sure a system Chromium exists for the browser tests (they never download a browser).
set -e

if [ -n "$CHROMIUM_PATH" ] && [ -x "$CHROMIUM_PATH" ]; then
  exit 0
fi
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ -n "$CHROMIUM_PATH" ]; then
  echo "ensure-chromium: CHROMIUM_PATH=$CHROMIUM_PATH is not an executable file." >&2
fi

if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "ensure-chromium: installing Debian's chromium for the browser tests..." >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  exit 0
fi

echo "ensure-chromium: the browser tests need Chromium at /usr/bin/chromium (or set CHROMIUM_PATH)." >&2
echo "Install it with:  sudo apt-get install -y chromium" >&2
exit 1
