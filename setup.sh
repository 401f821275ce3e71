#!/usr/bin/env bash
# Set up a fresh machine for briefing: system libraries WeasyPrint needs, then a
# virtualenv in .venv with briefing and its test tools. Safe to run again.
set -euo pipefail
cd "$(dirname "$0")"

# Pango renders the PDF; libharfbuzz-subset0 makes font subsetting ~5x faster.
PKGS="libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz-subset0 libharfbuzz0b fontconfig"
PY="${PYTHON:-python3}"
# Debian's own python3 needs python3-venv for `python3 -m venv`.
"$PY" -c "import ensurepip, venv" 2>/dev/null || PKGS="$PKGS python3-venv"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for p in $PKGS; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing="$missing $p"
  done
fi
if [ -n "$missing" ]; then
  echo "setup: installing system packages:$missing" >&2
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq $missing >/dev/null
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
.venv/bin/python -m pip install -q --disable-pip-version-check -e '.[test]'
echo "setup: ready (.venv/bin/briefing)" >&2
