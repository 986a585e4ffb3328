#!/usr/bin/env bash
# Install everything the test suite needs, then run all of it. Used by the README and by CI (.ci/run).
set -euo pipefail
cd "$(dirname "$0")/.."

# Headless Chromium for the dashboard tests comes from Debian's packages (no browser downloads).
if ! command -v chromium >/dev/null 2>&1; then
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium chromium-driver >/dev/null
fi

[ -d .venv ] || python3 -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'
.venv/bin/ruff check src tests benchmarks tools
# The habits that keep the house in order: import layers (pyproject [tool.importlinter]) and types (mypy).
.venv/bin/lint-imports
.venv/bin/mypy
# The tests run spread over the machine's cores, each worker with its own databases (tests/conftest.py).
exec .venv/bin/python -m pytest -n auto --dist worksteal "$@"
