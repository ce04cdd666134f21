#!/usr/bin/env bash
# Browser tests use Debian's Chromium (never a downloaded browser). Installs it when missing, with
# poppler-utils (pdfinfo, pdftotext, pdftoppm), which the report's PDF tests read the printed PDF with.
set -euo pipefail
have_chromium() { command -v chromium >/dev/null 2>&1 || [ -x /usr/bin/chromium ]; }
have_poppler() { command -v pdftotext >/dev/null 2>&1; }
if have_chromium && have_poppler; then exit 0; fi
if [ "$(id -u)" != "0" ]; then echo "ensure-chromium: run as root or install Debian's chromium and poppler-utils" >&2; exit 1; fi
apt-get update -qq >/dev/null
if ! have_chromium; then
  echo "ensure-chromium: installing Debian's chromium (about a minute)..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
if ! have_poppler; then
  echo "ensure-chromium: installing poppler-utils (PDF tests)..."
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
fi
command -v chromium >/dev/null
