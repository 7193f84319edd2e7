#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# `make fuzz`: builds the libFuzzer targets (tests/fuzz) with clang, ASan and UBSan in their own
# folder and runs each for FUZZ_SECONDS (default 60), starting from its seed corpus
# (tests/fuzz/corpus/<target>/). Installs clang-14 and libfuzzer-14-dev first if they are missing
# (checked with dpkg, as scripts/setup.sh does). Exits non-zero when a target crashes or one of
# its checks fails; the input is left in FUZZ_DIR/crashes/<target>/ — once the bug is fixed, copy
# it to tests/fuzz/regressions/<target>/ (ctest fuzz.<target> replays it from then on).
set -euo pipefail

FUZZ_SECONDS="${FUZZ_SECONDS:-60}"
FUZZ_DIR="${FUZZ_DIR:-build-fuzz}"
FUZZ_TARGETS="${FUZZ_TARGETS:-csvreader mimemessage templaterenderer address searchquery}"
PKGS=(clang-14 libfuzzer-14-dev)

missing=()
for p in "${PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  echo "fuzz: installing ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

CC=clang-14 CXX=clang++-14 cmake -S . -B "$FUZZ_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DARDESK_FUZZ=ON -DARDESK_BUILD_TESTS=OFF -DARDESK_BUILD_BENCH=OFF >/dev/null
cmake --build "$FUZZ_DIR" -j "${JOBS:-$(nproc)}"

failed=()
for t in $FUZZ_TARGETS; do
  corpus="$FUZZ_DIR/corpus/$t"
  crashes="$FUZZ_DIR/crashes/$t"
  mkdir -p "$corpus" "$crashes"
  echo "fuzz: $t for ${FUZZ_SECONDS}s"
  # New inputs go to the build folder's corpus; the repository's seeds are only read.
  if ! ASAN_OPTIONS=detect_leaks=0 UBSAN_OPTIONS=print_stacktrace=1 \
       "$FUZZ_DIR/fuzz_$t" -max_total_time="$FUZZ_SECONDS" -timeout=10 -rss_limit_mb=2048 \
       -print_final_stats=1 -artifact_prefix="$crashes/" "$corpus" "tests/fuzz/corpus/$t" \
       >"$FUZZ_DIR/fuzz-$t.log" 2>&1; then
    failed+=("$t")
    echo "fuzz: $t FAILED; see $FUZZ_DIR/fuzz-$t.log and the input in $crashes/" >&2
    tail -n 40 "$FUZZ_DIR/fuzz-$t.log" >&2
  else
    grep -E "stat::number_of_executed_units|cov:" "$FUZZ_DIR/fuzz-$t.log" | tail -n 2
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: crashes in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: $(echo $FUZZ_TARGETS | wc -w) targets ran ${FUZZ_SECONDS}s each with no crash"
