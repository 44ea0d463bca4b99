#!/usr/bin/env bash
# Rebuilds the bundled gazetteer extract (see build-gazetteer.py). Needs npm and python3.
set -euo pipefail
exec python3 "$(dirname "$0")/build-gazetteer.py" "$@"
