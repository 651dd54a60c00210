#!/usr/bin/env bash
# Cross-builds the Windows app and its NSIS installer on Debian 12, into dist/.
#
# DuckDB's Windows static libraries (duckdb-go) are built with a posix-thread MinGW GCC 14 against
# UCRT; Debian 12's mingw-w64 (GCC 12, msvcrt) links them only with the posix compiler plus two
# workarounds, both in -extldflags (in CGO_LDFLAGS they would land before the DuckDB libraries):
#  - an import library for four UCRT functions, made from build/windows/link/ucrt-compat.def;
#  - a --defsym alias of libstdc++'s basic_streambuf<char>::seekpos for the UCRT fpos type to the
#    msvcrt one (only an HTTP stream buffer DuckDB never uses offline refers to it).
# The exe then needs only DLLs that ship with Windows 10/11 (ucrtbase.dll among them).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=${VERSION:?VERSION is required}
: "${GO:=go}"
export PATH="$PATH:$($GO env GOPATH)/bin"
out=dist
mkdir -p "$out" build/windows/link
x86_64-w64-mingw32-dlltool -d build/windows/link/ucrt-compat.def -l build/windows/link/libucrtcompat.a
ucrt="$(pwd)/build/windows/link/libucrtcompat.a"
seekpos_ucrt='_ZNSt15basic_streambufIcSt11char_traitsIcEE7seekposESt4fposI9_MbstatetESt13_Ios_Openmode'
seekpos_msvcrt='_ZNSt15basic_streambufIcSt11char_traitsIcEE7seekposESt4fposIiESt13_Ios_Openmode'
ldflags="-s -w -X main.version=${VERSION} -extldflags '-Wl,--defsym,${seekpos_ucrt}=${seekpos_msvcrt} ${ucrt}'"

export CGO_ENABLED=1 CC=x86_64-w64-mingw32-gcc-posix CXX=x86_64-w64-mingw32-g++-posix
# The frontend is already built (make builds it first); bindings are committed.
wails build -platform windows/amd64 -nsis -s -skipbindings -m -nosyncgomod -trimpath \
  -ldflags "$ldflags" -o otzvuk.exe

cp build/bin/otzvuk.exe "$out/otzvuk-${VERSION}-windows-amd64.exe"
cp build/bin/otzvuk-amd64-installer.exe "$out/otzvuk-${VERSION}-windows-amd64-setup.exe"

# Optional Authenticode signing (SIGN_CERT, SIGN_KEY).
scripts/sign-windows.sh "$out/otzvuk-${VERSION}-windows-amd64.exe" "$out/otzvuk-${VERSION}-windows-amd64-setup.exe"
ls -la "$out"
