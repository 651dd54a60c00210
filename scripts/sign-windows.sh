#!/usr/bin/env bash
# Signs Windows executables in place with Authenticode (osslsigncode), when SIGN_CERT and SIGN_KEY
# name a PEM certificate and key. A trusted code-signing certificate avoids SmartScreen warnings.
set -euo pipefail
[ -n "${SIGN_CERT:-}" ] && [ -n "${SIGN_KEY:-}" ] || exit 0
for f in "$@"; do
  args=(-certs "$SIGN_CERT" -key "$SIGN_KEY" -n "Отзвук (Otzvuk)" -h sha256 -in "$f" -out "$f.signed")
  # A timestamp keeps the signature valid after the certificate expires; offline, sign without one.
  osslsigncode sign "${args[@]}" -t "${SIGN_TIMESTAMP_URL:-http://timestamp.digicert.com}" >/dev/null 2>&1 \
    || osslsigncode sign "${args[@]}" >/dev/null
  mv "$f.signed" "$f"
  echo "signed $f"
done
