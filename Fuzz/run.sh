#!/bin/sh
# Builds the libFuzzer targets into .build-fuzz and runs each for FUZZ_SECONDS (default 600), one
# after the other, seeded from the test fixtures. Called by `make fuzz`; run from the repository root.
#   FUZZ_SECONDS=60 FUZZ_TARGETS="FuzzJSON FuzzCSV" make fuzz
# A crash stops that target and leaves its input in .build-fuzz/artifacts/<target>/. Fix it, then keep
# the input as a regression test: a reader's in Tests/Fixtures/bad (a case in generate.py, checked by
# BadInputCorpusTests), the DOT target's in Fuzz/Regressions/FuzzDOT with a test beside the DOT
# writer's. Both folders seed the next run.
set -eu
SECONDS_PER_TARGET=${FUZZ_SECONDS:-600}
TARGETS=${FUZZ_TARGETS:-"FuzzCSV FuzzGraphML FuzzGEXF FuzzJSON FuzzDOT"}
SCRATCH=.build-fuzz
NICE=${FUZZ_NICE:-15}

# FUZZ_BUILD=0 skips the build (to run two lists of targets side by side after one build).
if [ "${FUZZ_BUILD:-1}" = 1 ]; then
  swift build -c debug --package-path Fuzz --scratch-path "$SCRATCH" \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library
fi

seed() {  # seed TARGET: the fixtures a target starts from, in $SCRATCH/seeds/TARGET
  dir="$SCRATCH/seeds/$1"
  rm -rf "$dir" && mkdir -p "$dir"
  case "$1" in
  FuzzCSV)  # organizations.csv, 0x1E, links.csv
    for ws in Tests/Fixtures/workspaces/* Tests/Fixtures/bad/csv/*; do
      [ -f "$ws/organizations.csv" ] || continue
      { cat "$ws/organizations.csv"; printf '\036'; [ -f "$ws/links.csv" ] && cat "$ws/links.csv"; } \
        > "$dir/$(basename "$ws")"
    done ;;
  FuzzGraphML) cp Tests/Fixtures/bad/graphml/*.graphml "$dir/" ;;
  FuzzGEXF) cp Tests/Fixtures/bad/gexf/*.gexf "$dir/" ;;
  FuzzJSON) cp Tests/Fixtures/bad/json/*.json "$dir/" ;;
  FuzzDOT) cp Fuzz/Seeds/FuzzDOT/* "$dir/" ;;
  esac
  if [ -d "Fuzz/Regressions/$1" ]; then cp Fuzz/Regressions/"$1"/* "$dir/" 2>/dev/null || true; fi
}

status=0
for target in $TARGETS; do
  seed "$target"
  mkdir -p "$SCRATCH/corpus/$target" "$SCRATCH/artifacts/$target"
  echo "== $target: $SECONDS_PER_TARGET s"
  max_len=16384; [ "$target" = FuzzDOT ] && max_len=2048
  # Leak checking per input is on for the JSON target only (our own parser, pure Swift). The
  # others go through Foundation, which leaks a little on every malformed XML document and every
  # empty file (Fuzz/lsan.supp): libFuzzer would then run a full leak scan after nearly every
  # input and manage 2-10 runs a second. Graphviz (FuzzDOT) keeps caches it never frees.
  # Swift's own backtracer is off: under ASAN it trips over its own stack reads and hides the report.
  leaks=0; [ "$target" = FuzzJSON ] && leaks=1
  SWIFT_BACKTRACE=enable=no ASAN_OPTIONS="detect_leaks=$leaks" LSAN_OPTIONS="suppressions=$PWD/Fuzz/lsan.supp" \
    nice -n "$NICE" "$SCRATCH/debug/$target" -detect_leaks=$leaks \
    -max_total_time="$SECONDS_PER_TARGET" -max_len=$max_len -timeout=20 -rss_limit_mb=3072 \
    -print_final_stats=1 -artifact_prefix="$SCRATCH/artifacts/$target/" \
    "$SCRATCH/corpus/$target" "$SCRATCH/seeds/$target" 2>&1 | tee "$SCRATCH/$target.log" | grep -v '^#[0-9]*.*\(NEW\|REDUCE\|pulse\)' || true
  grep -q "^Done" "$SCRATCH/$target.log" || { echo "$target: stopped early, see $SCRATCH/$target.log"; status=1; }
done
exit $status
