#!/usr/bin/env bash
# Smoke-tests what `make dist` built: the Windows exe under wine (no display), the installer, and
# the .deb installed on this machine and removed again. Prints "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
VERSION=${VERSION:?VERSION is required}
exe="dist/otzvuk-${VERSION}-windows-amd64.exe"
setup="dist/otzvuk-${VERSION}-windows-amd64-setup.exe"
deb="dist/otzvuk_${VERSION}_amd64.deb"
passed=0 failed=0
check() { # check NAME COMMAND...
  local name=$1; shift
  if out=$("$@" 2>&1); then passed=$((passed+1)); echo "ok - $name"
  else failed=$((failed+1)); echo "not ok - $name"; echo "$out" | tail -20 | sed 's/^/    /'; fi
}

check "the Windows exe is a PE32+ GUI x86-64 program" bash -c "file '$exe' | grep -q 'PE32+ executable (GUI) x86-64'"
check "the installer is a Windows program" bash -c "file '$setup' | grep -q 'PE32'"

# wine: a fresh prefix; Go 1.26 programs load bcryptprimitives.dll, which wine 8.0 lacks: a tiny
# stand-in (build/windows/test) goes into its system32 for the test.
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"; wineserver -k >/dev/null 2>&1 || true' EXIT
export WINEPREFIX="$tmp/prefix" WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml="
unset DISPLAY
wineboot -i >/dev/null 2>&1 || true
x86_64-w64-mingw32-gcc-posix -shared -O2 -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
  build/windows/test/bcryptprimitives.c -ladvapi32
check "otzvuk.exe --version under wine" bash -c "wine '$exe' --version | grep -q '$VERSION'"
folder="$tmp/Община Перущица"
mkdir -p "$folder"
winpath="Z:$(echo "$folder" | sed 's#/#\\\\#g')\\\\данни.duckdb"
check "otzvuk.exe writes the demo into a folder with a Cyrillic name" bash -c "wine '$exe' demo --db '$winpath' | grep -q 'Демо община'"
check "otzvuk.exe reads it back and computes an indicator" bash -c "wine '$exe' indicators --db '$winpath' --indicator SAT_IDX --grain year --format csv | grep -q '^SAT_IDX,2025,ГРАО'"

# Signing: a throwaway self-signed certificate proves the signing step puts a signature in.
openssl req -x509 -newkey rsa:2048 -nodes -keyout "$tmp/key.pem" -out "$tmp/cert.pem" -days 2 -subj "/CN=Otzvuk test" >/dev/null 2>&1
cp "$exe" "$tmp/signed.exe"
check "the signing step signs the exe" bash -c "SIGN_CERT='$tmp/cert.pem' SIGN_KEY='$tmp/key.pem' SIGN_TIMESTAMP_URL=http://127.0.0.1:9/ scripts/sign-windows.sh '$tmp/signed.exe' && osslsigncode extract-signature -in '$tmp/signed.exe' -out '$tmp/sig.der' >/dev/null && test -s '$tmp/sig.der'"

# The .deb: install with apt, run from the installed path, remove cleanly.
if [ "$(id -u)" -eq 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  check "apt installs the .deb" apt-get install -y -qq "./$deb"
  check "the installed otzvuk runs" bash -c "/usr/bin/otzvuk --version | grep -q '$VERSION'"
  check "the desktop entry and icon are installed" bash -c "test -f /usr/share/applications/otzvuk.desktop && test -f /usr/share/icons/hicolor/256x256/apps/otzvuk.png"
  check "apt removes it cleanly" bash -c "apt-get remove -y -qq otzvuk && ! test -e /usr/bin/otzvuk && ! dpkg -s otzvuk 2>/dev/null | grep -q 'Status: install ok'"
else
  echo "# skipped the .deb install test: it needs root"
fi
echo "dist: ${passed} passed, ${failed} failed"
[ "$failed" -eq 0 ]
