#!/usr/bin/env bash
# Installs what Otzvuk needs and is missing: Debian packages (as root, or with sudo), nothing else.
# Usage: scripts/install-deps.sh run|test
set -euo pipefail
what=${1:-run}

need=(build-essential pkg-config libgtk-3-dev libwebkit2gtk-4.0-dev nodejs npm)
if [ "$what" = test ] || [ "$what" = dist ]; then
  need+=(xvfb xauth chromium imagemagick x11-utils ghostscript poppler-utils)  # ghostscript: printed pages as images; poppler-utils: their text (pdftotext)
fi
if [ "$what" = test ] || [ "$what" = dist ]; then
  # make dist: cross-compiling for Windows, the NSIS installer, wine for its smoke test, the .deb
  need+=(gcc-mingw-w64-x86-64-posix g++-mingw-w64-x86-64-posix binutils-mingw-w64-x86-64 nsis wine wine64 dpkg-dev file osslsigncode)
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
install_wails() {
  # The Wails CLI builds the Windows installer; pinned to the library's version.
  local gobin; gobin="$(go env GOPATH)/bin"
  if [ "$what" != run ] && ! "$gobin/wails" version 2>/dev/null | grep -q 'v2.16.0'; then
    echo "Installing the Wails CLI v2.16.0"
    go install github.com/wailsapp/wails/v2/cmd/wails@v2.16.0
  fi
}
if [ ${#missing[@]} -eq 0 ]; then
  install_wails
  exit 0
fi

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
install_wails
