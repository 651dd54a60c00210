#!/usr/bin/env bash
# Installs what Otzvuk needs and is missing: Debian packages (as root, or with sudo), nothing else.
# Usage: scripts/install-deps.sh run|test
set -euo pipefail
what=${1:-run}

need=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.0-dev nodejs npm)
if [ "$what" = test ]; then
  need+=(xvfb xauth chromium imagemagick x11-utils)
fi

missing=()
for p in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# Node may come from elsewhere than Debian (e.g. NodeSource); accept any node >= 20 with npm.
if command -v node >/dev/null && command -v npm >/dev/null && node -e 'process.exit(+process.versions.node.split(".")[0] >= 20 ? 0 : 1)'; then
  missing=("${missing[@]/nodejs}"); missing=("${missing[@]/npm}")
fi
missing=($(printf '%s\n' "${missing[@]}" | grep -v '^$' || true))

if ! command -v go >/dev/null; then
  echo "Go is not installed: install Go 1.26 or newer (https://go.dev/dl/) and run make again." >&2
  exit 1
fi
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
if [ "$(id -u)" -eq 0 ]; then
  SUDO=()
elif command -v sudo >/dev/null; then
  SUDO=(sudo)
else
  echo "Missing packages: ${missing[*]}. Run as root or install sudo, then run make again:" >&2
  echo "  apt-get install ${missing[*]}" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
"${SUDO[@]}" apt-get update -qq
"${SUDO[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
