#!/usr/bin/env bash
# Runs every libFuzzer target for SECONDS each, seeded from the project's fixtures (tests/data/**)
# and fuzz/seeds. Usage: fuzz/run.sh BUILD_DIR SECONDS [TARGET...]
# The corpus grows in BUILD_DIR/fuzz-corpus/<target> (kept between runs); a crash leaves its input
# in BUILD_DIR/fuzz-artifacts/ and makes the script fail, naming the target and the file.
# FUZZ_ARGS adds libFuzzer options (make fuzz-ci passes -seed=1 so that CI runs are repeatable).
set -uo pipefail
cd "$(dirname "$0")/.."
build=${1:?build dir}
seconds=${2:?seconds}
shift 2
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(fuzz_decode fuzz_extract fuzz_mhtml fuzz_singlefile fuzz_webarchive
                                   fuzz_markdownclip fuzz_query fuzz_prepare fuzz_plist fuzz_tables fuzz_annotate)
data=tests/data

seeds_for() {
    case "$1" in
        fuzz_decode|fuzz_extract|fuzz_singlefile) find "$data" -type f \( -name '*.html' -o -name '*.htm' \) ;;
        fuzz_mhtml) find "$data" -type f \( -name '*.mhtml' -o -name '*.mht' \) ;;
        fuzz_webarchive) find "$data" -type f -name '*.webarchive' ;;
        fuzz_plist) find "$data" -type f -name '*.webarchive'; find fuzz/seeds/plist -type f ;;
        fuzz_tables) find fuzz/seeds/tables -type f ;;
        fuzz_markdownclip|fuzz_annotate) find "$data" -type f -name '*.md' ;;
        fuzz_query) find fuzz/seeds/query -type f ;;
        fuzz_prepare) find "$data" -type f \( -name '*.html' -o -name '*.mhtml' -o -name '*.mht' \
                                              -o -name '*.webarchive' -o -name '*.md' \) ;;
    esac
}
dict_for() {
    case "$1" in
        fuzz_decode|fuzz_extract|fuzz_singlefile|fuzz_prepare) echo fuzz/dicts/html.dict ;;
        fuzz_mhtml) echo fuzz/dicts/mhtml.dict ;;
        fuzz_markdownclip|fuzz_tables|fuzz_annotate) echo fuzz/dicts/markdown.dict ;;
        fuzz_query) echo fuzz/dicts/query.dict ;;
    esac
}

# One-time allocations of third-party libraries (GMime, ICU, fontconfig) are not leaks of ours.
export LSAN_OPTIONS="suppressions=$PWD/fuzz/lsan.supp:print_suppressions=0"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export QT_LOGGING_RULES="*=false"
mkdir -p "$build/fuzz-artifacts"
failed=()
summary=()
for t in "${targets[@]}"; do
    exe="$build/fuzz/$t"
    [ -x "$exe" ] || { echo "missing $exe (build target fuzz-all first)"; exit 2; }
    corpus="$build/fuzz-corpus/$t"
    seeds="$build/fuzz-seeds/$t"
    mkdir -p "$corpus" "$seeds"
    seeds_for "$t" | while read -r f; do cp -f "$f" "$seeds/$(echo "$f" | tr '/' '_')"; done
    dict=$(dict_for "$t")
    log="$build/fuzz-artifacts/$t.log"
    echo "== $t: ${seconds}s"
    "$exe" -max_total_time="$seconds" -timeout=20 -rss_limit_mb=2560 -max_len=131072 -print_final_stats=1 \
        ${dict:+-dict="$dict"} ${FUZZ_ARGS:-} -artifact_prefix="$build/fuzz-artifacts/$t-" "$corpus" "$seeds" >"$log" 2>&1
    rc=$?
    runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' | tail -1)
    cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1)
    summary+=("$t: ${runs:-?} executions, ${cov:-cov: ?}, exit $rc")
    if [ $rc -ne 0 ]; then
        failed+=("$t")
        grep -E 'ERROR|SUMMARY|Test unit written|^    #[0-9] ' "$log" | head -30
    fi
done
echo "== fuzz summary (${seconds}s per target)"
printf '  %s\n' "${summary[@]}"
if [ ${#failed[@]} -ne 0 ]; then
    echo "FAILED: ${failed[*]} (inputs and logs in $build/fuzz-artifacts/)"
    exit 1
fi
