#!/usr/bin/env bash
# Installs whatever is missing, then serves the checker at http://127.0.0.1:8080/ and rebuilds it
# when the source changes. Pass --release for the optimised build.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
exec trunk serve --offline "$@"
