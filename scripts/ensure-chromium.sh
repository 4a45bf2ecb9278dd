#!/usr/bin/env bash
# The end-to-end tests drive the Chromium at $CHROMIUM_PATH, by default Debian's /usr/bin/chromium.
# When Debian's is missing, this installs the chromium package where it can (as root, or through
# passwordless sudo); otherwise it prints the one command that does, and fails.
# Used by scripts/test.sh (npm test) and .ci/run, so both check and install it the same way.
set -euo pipefail

DEBIAN_CHROMIUM=/usr/bin/chromium
chromium=${CHROMIUM_PATH:-$DEBIAN_CHROMIUM}

# Debian's launcher script prints harmless shell warnings on stderr: only its version line shows.
version() { echo "chromium: $("$1" --version 2>/dev/null || echo "$1")"; }

if [ -x "$chromium" ]; then
  version "$chromium"
  exit 0
fi

# A chosen browser that is not there: installing Debian's package would not put it there.
if [ "$chromium" != "$DEBIAN_CHROMIUM" ]; then
  echo "CHROMIUM_PATH=$chromium is not an executable file: point it at a Chromium binary, or unset it to use Debian's chromium ($DEBIAN_CHROMIUM)." >&2
  exit 1
fi

if ! command -v apt-get >/dev/null; then
  echo "The end-to-end tests need Chromium, and $DEBIAN_CHROMIUM is missing: install Chromium and set CHROMIUM_PATH to its binary." >&2
  exit 1
fi

is_root() { [ "$(id -u)" -eq 0 ]; }
as_root() { if is_root; then "$@"; else sudo -n "$@"; fi; }

if ! is_root && ! { command -v sudo >/dev/null && sudo -n true 2>/dev/null; }; then
  echo "The end-to-end tests need Debian's Chromium at $DEBIAN_CHROMIUM, which is missing. Install it once with:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y chromium" >&2
  exit 1
fi

echo "$DEBIAN_CHROMIUM is missing: installing Debian's chromium package"
# sudo drops the environment: env passes the non-interactive frontend through.
as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium
[ -x "$DEBIAN_CHROMIUM" ] || {
  echo "apt-get installed chromium, but $DEBIAN_CHROMIUM is still missing." >&2
  exit 1
}
version "$DEBIAN_CHROMIUM"
