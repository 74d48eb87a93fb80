#!/usr/bin/env bash
# Longer reliability soak: 2,000 random kill -9 runs against the store (npm test runs 200).
set -euo pipefail
cd "$(dirname "$0")/.."
CRASH_RUNS="${CRASH_RUNS:-2000}" npx vitest run test/reliability
