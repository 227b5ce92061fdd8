#!/usr/bin/env bash
# Re-signs a rules bundle (default the built-in Dutch one, rules-data/nl/bundle/; SW_BUNDLE=DIR for
# another, e.g. the frozen reference bundle rules-data/reference/bundle) after its fragments changed:
# each fund fragment FUND.json gets FUND.json.minisig from rules-data/dev-keys/fund-FUND.key, then
# manifest.json is rewritten from the fragment files present and signed by root keys 1 and 2.
# These are the DEVELOPMENT keys: a release is signed with offline keys (docs/signing.md).
#
# Usage: scripts/sign-rules.sh [BUILD_DIR] [FUND]
#   BUILD_DIR  a build folder with (or for) the stapelwijzer CLI; default build/sign-rules
#              (configured with the release preset and built if the CLI is missing there)
#   FUND       publish only this fund's new version: sign FUND.json with its fund key, then the
#              snapshot (manifest.json); no other fund's file or signature is touched
#              (docs/signing.md, "Per-fund versions").
# Environment: SW_BUNDLE (default rules-data/nl/bundle), SW_EXPIRES (default 2027-03-01),
#              SW_ISSUED (default: today, UTC).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$root"
bundle=${SW_BUNDLE:-rules-data/nl/bundle}
keys=rules-data/dev-keys
expires=${SW_EXPIRES:-2027-03-01}
issued=${SW_ISSUED:-$(date -u +%F)}
build=${1:-build/sign-rules}
only_fund=${2:-}
if [[ -n "$only_fund" && ! -f "$bundle/$only_fund.json" ]]; then
  echo "sign-rules.sh: $bundle/$only_fund.json does not exist (no fragment for fund '$only_fund')" >&2
  exit 2
fi

cli="$build/src/cli/stapelwijzer"
if [[ ! -x "$cli" ]]; then
  [[ -f "$build/CMakeCache.txt" ]] || cmake --preset release -B "$build" >/dev/null
  cmake --build "$build" --target stapelwijzer -j2
fi

# Signatures of fragments that no longer exist would be extra files: remove them.
for sig in "$bundle"/*.json.minisig; do
  [[ -e "$sig" ]] || continue
  [[ "$sig" == "$bundle/manifest.json.minisig" ]] && continue
  [[ -e "${sig%.minisig}" ]] || { echo "removing stale $sig"; rm -f "$sig"; }
done

# Each fund signs its own fragment (delegations.json delegates FUND.json to fund FUND).
for key in "$keys"/fund-*.key; do
  fund=$(basename "$key" .key)
  fund=${fund#fund-}
  [[ -z "$only_fund" || "$fund" == "$only_fund" ]] || continue
  if [[ -f "$bundle/$fund.json" ]]; then
    "$cli" sign --key "$key" "$bundle/$fund.json" >/dev/null
  fi
done

"$cli" sign --bundle "$bundle" --key "$keys/root-1.key" --key "$keys/root-2.key" \
  --delegations "$keys/delegations.json" --issued "$issued" --expires "$expires"
echo "signed $bundle (development keys; issued $issued, expires $expires)"
