#!/usr/bin/env bash
# Builds the employers' editor into dist/editor, after the applicant's app (whose build empties
# dist/). Arguments go to trunk (--release, --offline).
set -euo pipefail
cd "$(dirname "$0")/../editor"
trunk build "$@"
