#!/usr/bin/env bash
# Every test, in the order that fails fastest: the dependency floor check, the format check, lint, type-check,
# unit, integration (embedded PGlite, or the server in TEST_DATABASE_URL), production build,
# end-to-end (Playwright on /usr/bin/chromium against that build on a throwaway embedded database).
# Usage: npm test            (installs Debian's chromium first when it is missing and it can:
#                             scripts/ensure-chromium.sh)
set -euo pipefail
cd "$(dirname "$0")/.."

export NEXT_TELEMETRY_DISABLED=1
export PRISMA_HIDE_UPDATE_MESSAGE=1

STAGE=""
SUMMARY=()
START_ALL=$SECONDS

on_exit() {
  local status=$?
  if [ "$status" -ne 0 ] && [ -n "$STAGE" ]; then
    SUMMARY+=("$(printf '%-12s FAILED after %ss' "$STAGE" "$((SECONDS - STAGE_START))")")
    echo
    echo "== npm test: stage '$STAGE' FAILED (exit $status); later stages were not run =="
  fi
  if [ "${#SUMMARY[@]}" -gt 0 ]; then
    echo "== stage timings =="
    printf '  %s\n' "${SUMMARY[@]}"
    echo "  total        $((SECONDS - START_ALL))s"
  fi
}
trap on_exit EXIT

stage() {
  STAGE=$1
  shift
  STAGE_START=$SECONDS
  echo
  echo "== [$STAGE] $* =="
  "$@"
  local took=$((SECONDS - STAGE_START))
  SUMMARY+=("$(printf '%-12s ok in %ss' "$STAGE" "$took")")
  echo "== [$STAGE] ok in ${took}s =="
  STAGE=""
}

# First, so a machine that cannot get the browser stops before the long stages, not after them.
stage chromium    bash scripts/ensure-chromium.sh
stage deps        npx tsx scripts/dependency-floor.ts
stage format      npx prettier --check .
stage lint        npx eslint .
stage typecheck   npx tsc --noEmit
stage unit        npx vitest run --project unit
stage integration npx vitest run --project integration
stage build       npx next build
stage e2e         npx playwright test

echo
echo "== npm test: all stages passed =="
