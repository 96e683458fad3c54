#!/usr/bin/env bash
# Builds the libFuzzer targets in fuzz/targets and runs each for a set time.
#
#   scripts/fuzz.sh                      # every target, 30 s each
#   FUZZ_SECONDS=600 scripts/fuzz.sh query keyscript
#   FUZZ_SECONDS=8 FUZZ_SAVE=0 FUZZ_OPT=-Onone FUZZ_SANITIZE=fuzzer scripts/fuzz.sh   # CI's quick pass
#
# Each target is swiftc over the module sources with -sanitize=fuzzer,address (no SwiftPM
# target, so nothing changes for `swift build`). The corpus starts from fuzz/corpus/<target>/
# and, with FUZZ_SAVE=1 (the default), is merged back there minimized, so it stays small.
# A crash, a hang (-timeout) or memory over the limit (-rss_limit_mb) fails the run and leaves
# the input in $FUZZ_BUILD/artifacts/<target>/: turn it into a unit test, then fix the bug.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${FUZZ_SECONDS:-30}
save=${FUZZ_SAVE:-1}
out=${FUZZ_BUILD:-.build-fuzz}
opt=${FUZZ_OPT:--O}
sanitize=${FUZZ_SANITIZE:-fuzzer,address}
all=(dataset-json dataset-csv dataset-file query keyscript)
[ -d Sources/Ingest ] && all+=(ingest)
targets=("${@:-${all[@]}}")

mkdir -p "$out/modules"
# One package name for all modules, as SwiftPM gives them: `package` declarations are shared.
flags=(-swift-version 6 -parse-as-library -package-name weibao -sanitize="$sanitize" "$opt" -g -I "$out/modules")
# Objects built with other flags are not reused.
stamp="$out/flags"
if [ "$(cat "$stamp" 2>/dev/null)" != "${flags[*]}" ]; then rm -f "$out"/*.o "$out"/fuzz-*; echo "${flags[*]}" > "$stamp"; fi

# SwiftPM generates PackageResources for Protection's embedded files (.embedInCode in
# Package.swift); this stand-in has the same names and bytes.
resources="$out/PackageResources.swift"
python3 - "$resources" Sources/Protection/Resources <<'PY'
import os, re, sys
out, folder = sys.argv[1], sys.argv[2]
lines = ["struct PackageResources {"]
for name in sorted(os.listdir(folder)):
    ident = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if ident[0].isdigit():
        ident = "_" + ident[1:]
    data = open(os.path.join(folder, name), "rb").read()
    lines.append("static let %s: [UInt8] = [%s]" % (ident, ",".join(map(str, data))))
lines.append("}")
text = "\n".join(lines) + "\n"
if not os.path.exists(out) or open(out).read() != text:
    open(out, "w").write(text)
PY

# A module as one object file, rebuilt when any of its sources is newer.
module() {
    local name=$1; shift
    local object="$out/$name.o"
    local sources
    sources=$(find "Sources/$name" -name '*.swift' | sort)
    if [ "$name" = Protection ]; then sources="$sources $resources"; fi
    if [ -f "$object" ] && [ -z "$(find $sources -newer "$object" | head -1)" ]; then return; fi
    echo "fuzz: building $name"
    swiftc "${flags[@]}" -module-name "$name" -wmo -emit-module -emit-module-path "$out/modules/$name.swiftmodule" \
        -c $sources -o "$object" >"$out/$name.build.log" 2>&1 || { cat "$out/$name.build.log"; exit 1; }
}

# Protection reads and writes workbooks with ZIPFoundation: built here from SwiftPM's checkout
# (in its own Swift 5 language mode), over the system zlib its CZlib module links.
zip_checkout=.build/checkouts/ZIPFoundation/Sources
[ -d "$zip_checkout/ZIPFoundation" ] || swift package resolve >/dev/null
zip_object="$out/ZIPFoundation.o"
if [ ! -f "$zip_object" ] || [ -n "$(find "$zip_checkout" -name '*.swift' -newer "$zip_object" | head -1)" ]; then
    echo "fuzz: building ZIPFoundation"
    swiftc -swift-version 5 -parse-as-library -sanitize="$sanitize" "$opt" -g -module-name ZIPFoundation -wmo -emit-module \
        -emit-module-path "$out/modules/ZIPFoundation.swiftmodule" -I "$zip_checkout/CZLib" -Xcc -D_GNU_SOURCE=1 \
        -c $(find "$zip_checkout/ZIPFoundation" -name '*.swift' | sort) -o "$zip_object" >"$out/ZIPFoundation.build.log" 2>&1 \
        || { cat "$out/ZIPFoundation.build.log"; exit 1; }
fi
flags+=(-I "$zip_checkout/CZLib")
# sqlite through the package's own module map (it links libsqlite3).
flags+=(-I Sources/CSQLite)

module Protection
needs_dashboard=0; needs_ingest=0
for t in "${targets[@]}"; do
    case $t in keyscript) needs_dashboard=1 ;; ingest) needs_ingest=1 ;; esac
done
[ $needs_dashboard = 1 ] && module Dashboard
[ $needs_ingest = 1 ] && module Ingest

status=0
for t in "${targets[@]}"; do
    objects=("$out/Protection.o" "$zip_object")
    [ "$t" = keyscript ] && objects+=("$out/Dashboard.o")
    [ "$t" = ingest ] && objects+=("$out/Ingest.o")
    binary="$out/fuzz-$t"
    if [ ! -x "$binary" ] || [ -n "$(find fuzz/targets/$t.swift "${objects[@]}" -newer "$binary" | head -1)" ]; then
        echo "fuzz: linking $t"
        # The linker warns about every ASan helper it cannot export; only failures matter.
        swiftc "${flags[@]}" -module-name "fuzz_${t//-/_}" "fuzz/targets/$t.swift" "${objects[@]}" -o "$binary" \
            >"$out/$t.build.log" 2>&1 || { cat "$out/$t.build.log"; exit 1; }
    fi

    corpus="fuzz/corpus/$t"
    work="$out/work/$t"
    artifacts="$out/artifacts/$t/"
    # The work folder starts empty each run: the repo corpus is the memory between runs.
    rm -rf "$work"
    mkdir -p "$corpus" "$work" "$artifacts"
    # Small inputs keep the corpus in the repo small; every structure fits in 8 KB.
    case $t in dataset-file) max_len=16384 ;; dataset-*|ingest) max_len=8192 ;; *) max_len=1024 ;; esac
    echo "fuzz: running $t for ${seconds}s"
    log="$out/$t.log"
    if ! "$binary" "$work" "$corpus" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
            -malloc_limit_mb=1024 -max_len="$max_len" -artifact_prefix="$artifacts" -print_final_stats=1 \
            >"$log" 2>&1; then
        echo "fuzz: $t FAILED; input in $artifacts, log in $log"
        grep -E "ERROR|SUMMARY|Test unit written" "$log" | head -5 || true
        status=1
    fi
    grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | sed "s/^/fuzz: $t /" || true
    if [ "$save" = 1 ]; then
        # Minimize: keep only inputs that add coverage, so the corpus in the repo stays small.
        merged="$out/merged/$t"
        rm -rf "$merged"; mkdir -p "$merged"
        "$binary" -merge=1 -max_len="$max_len" -timeout=10 "$merged" "$corpus" "$work" >"$out/$t.merge.log" 2>&1 || true
        if [ -n "$(ls -A "$merged")" ]; then rm -f "$corpus"/*; cp "$merged"/* "$corpus"/; fi
    fi
done
exit $status
