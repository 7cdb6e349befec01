#!/usr/bin/env bash
# Builds the SDK's example policies for wasm32-unknown-unknown and, with --wat, refreshes the
# checked-in text copies (policies/<name>/<name>.wat) that tests fall back to on machines that
# cannot build wasm32 guests. Prints the directory holding the .wasm files.
set -euo pipefail
cd "$(dirname "$0")"
target="${CARGO_TARGET_DIR:-$PWD/target}/policies"
cargo build --quiet --release --target wasm32-unknown-unknown --target-dir "$target"
out="$target/wasm32-unknown-unknown/release"
if [ "${1:-}" = "--wat" ]; then
  cargo build --quiet --profile wat --target wasm32-unknown-unknown --target-dir "$target"
  for dir in region-affinity sticky-guild zone-spread test-guests/panic-probe test-guests/floor-sticky; do
    name="${dir##*/}"
    wasm2wat "$target/wasm32-unknown-unknown/wat/${name//-/_}.wasm" -o "$dir/$name.wat"
  done
fi
echo "$out"
