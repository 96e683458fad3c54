#!/usr/bin/env bash
# fzf --filter against weibao export --filter, on the same synthetic national data, query by
# query: runs alternate (fzf, weibao, fzf, weibao …) so both see the same machine load, and the
# medians and their ratio are printed side by side.
#
#   scripts/bench-vs-fzf.sh                 # 1,000,000 figures, 5 runs per tool and query
#   FIGURES=200000 RUNS=3 scripts/bench-vs-fzf.sh
#
# Needs: fzf (apt-get install -y fzf). The two tools read their own format (fzf a TSV of the
# rows, weibao the CSV) and define matching differently: fzf matches fuzzily and knows no
# fields, numbers or pinyin, so the match counts are printed too. weibao's time includes
# loading and validating the CSV, which dominates on a million rows.
set -euo pipefail

FIGURES=${FIGURES:-1000000}
RUNS=${RUNS:-5}
SEED=${SEED:-1}
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
BIN="$ROOT/.build-query/release"

command -v fzf >/dev/null || { echo "fzf is missing: apt-get install -y fzf" >&2; exit 2; }
cd "$ROOT"
swift build -c release --scratch-path .build-query --product weibao-bench >&2
swift build -c release --scratch-path .build-query --product weibao >&2
if ! "$BIN/weibao" export --help 2>&1 | grep -q -- '--filter'; then
    echo "weibao export has no --filter option yet; nothing to compare" >&2
    exit 2
fi

CSV="$WORK/nation-$FIGURES-$SEED.csv"
TSV="$WORK/nation-$FIGURES-$SEED.tsv"
if [[ ! -s "$CSV" || ! -s "$TSV" ]]; then
    "$BIN/weibao-bench" --figures "$FIGURES" --seed "$SEED" --write-csv "$CSV" --write-tsv "$TSV" \
        --load-runs 0 --rounds 1 >/dev/null
fi

queries=("学校保护" "jzxx" "家长学校" "p:nmg s:sf >10" "学校|家庭" "!网络" ">1万")

now() { date +%s%N; }
# The query padded to 18 columns: a Chinese character is 3 bytes and 2 columns, so printf's
# byte count would misalign the table.
column() {
    local chars bytes
    chars=$(LC_ALL=C.UTF-8 bash -c 'printf %s "${#1}"' _ "$1")
    bytes=$(printf '%s' "$1" | wc -c)
    local width=$((chars + (bytes - chars) / 2))
    printf '%s%*s' "$1" $((width < 18 ? 18 - width : 1)) ''
}
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

printf '%s figures, %s runs per tool and query, %s cores; times in ms (median)\n' "$FIGURES" "$RUNS" "$(nproc)"
printf '%-18s %10s %10s %8s %10s %10s\n' "query" "fzf" "weibao" "ratio" "fzf rows" "weibao rows"
for q in "${queries[@]}"; do
    fzf_times=() weibao_times=()
    for ((r = 0; r < RUNS; r++)); do
        t0=$(now)
        fzf_rows=$(fzf --filter "$q" <"$TSV" | wc -l || true)
        t1=$(now)
        weibao_rows=$("$BIN/weibao" export --format csv --filter "$q" --data "$CSV" | wc -l)
        t2=$(now)
        fzf_times+=($(((t1 - t0) / 1000000)))
        weibao_times+=($(((t2 - t1) / 1000000)))
    done
    f=$(printf '%s\n' "${fzf_times[@]}" | median)
    w=$(printf '%s\n' "${weibao_times[@]}" | median)
    ratio=$(awk -v w="$w" -v f="$f" 'BEGIN { printf "%.2f", (f > 0 ? w / f : 0) }')
    printf '%s %10s %10s %8s %10s %10s\n' "$(column "$q")" "$f" "$w" "$ratio" "$fzf_rows" "$((weibao_rows - 1))"
done
