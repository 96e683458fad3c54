#!/usr/bin/env bash
# Where the memory goes as the dataset grows: for each size of the synthetic national dataset,
# the CSV's size and the peak memory (VmHWM) of
#
#   validate   weibao validate nation.csv (/usr/bin/time's %M)
#   load       the dataset loader alone, then with the whole filter index (weibao-bench --load-child)
#   dashboard  weibao --data nation.csv in tmux at 200×60, once settled (index built), and what
#              it still holds then (VmRSS)
#
# and a least-squares line through the sizes: bytes per figure and a fixed part, so a budget
# per figure can be set against it. Medians of RUNS (default 3), the measures alternating.
#
#   scripts/bench-memory.sh                                  # 250,000, 500,000, 1,000,000
#   SIZES="100000 200000 400000" RUNS=1 WORK=/tmp/nation scripts/bench-memory.sh
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
RUNS=${RUNS:-3}
SIZES=${SIZES:-250000 500000 1000000}

command -v tmux >/dev/null || { echo "tmux is missing: apt-get install -y tmux" >&2; exit 2; }
build_weibao
versions
echo

rows=()
printf '%10s %12s %8s %12s %12s %12s %12s %12s\n' figures "CSV bytes" "B/fig" "validate MiB" "load MiB" \
    "+index MiB" "dash peak" "dash held"
for n in $SIZES; do
    dataset "$n"
    v=() l=() x=() d=() h=()
    for ((r = 0; r < RUNS; r++)); do
        timed t "$BIN/weibao" validate "$CSV"
        [[ $t_rc == 0 ]] || { echo "weibao validate failed on $CSV" >&2; exit 1; }
        v+=("$t_kb")
        line=$("$BIN/weibao-bench" --load-child "$CSV")
        l+=("$(sed -n 's/.*load_peak_mib=\([0-9.]*\).*/\1/p' <<<"$line" | awk '{ printf "%d", $1 * 1024 }')")
        x+=("$(sed -n 's/.* peak_mib=\([0-9.]*\).*/\1/p' <<<"$line" | awk '{ printf "%d", $1 * 1024 }')")
        dashboard_first_frame "$CSV"
        d+=("$dash_kb") h+=("$dash_rss_kb")
    done
    bytes=$(stat -c %s "$CSV")
    mv=$(printf '%s\n' "${v[@]}" | median) ml=$(printf '%s\n' "${l[@]}" | median)
    mx=$(printf '%s\n' "${x[@]}" | median) md=$(printf '%s\n' "${d[@]}" | median)
    mh=$(printf '%s\n' "${h[@]}" | median)
    rows+=("$n $bytes $mv $ml $mx $md $mh")
    printf '%10s %12s %8s %12s %12s %12s %12s %12s\n' "$n" "$bytes" "$((bytes / n))" "$(mib "$mv")" \
        "$(mib "$ml")" "$(mib "$mx")" "$(mib "$md")" "$(mib "$mh")"
done

printf '\nleast-squares line, memory = fixed + per figure × figures (KiB measured, shown in bytes and MiB)\n'
printf '%-24s %14s %12s %16s\n' measure "bytes/figure" "fixed MiB" "at 1,000,000 MiB"
fit() { # fit COLUMN LABEL
    printf '%s\n' "${rows[@]}" | awk -v c="$1" -v label="$2" '
        { x[NR] = $1; y[NR] = $c * 1024; sx += x[NR]; sy += y[NR] }
        END {
            mx = sx / NR; my = sy / NR
            for (i = 1; i <= NR; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ^ 2 }
            b = (sxx > 0 ? sxy / sxx : 0); a = my - b * mx
            printf "%-24s %14.1f %12.1f %16.0f\n", label, b, a / 1048576, (a + b * 1e6) / 1048576
        }'
}
printf '%s\n' "${rows[@]}" | awk '
    { x[NR] = $1; y[NR] = $2; sx += $1; sy += $2 }
    END {
        mx = sx / NR; my = sy / NR
        for (i = 1; i <= NR; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) ^ 2 }
        b = (sxx > 0 ? sxy / sxx : 0); a = my - b * mx
        printf "%-24s %14.1f %12.1f %16.0f\n", "CSV file", b, a / 1048576, (a + b * 1e6) / 1048576
    }'
fit 3 "weibao validate"
fit 4 "loader"
fit 5 "loader + filter index"
fit 6 "dashboard peak"
fit 7 "dashboard held (RSS)"
printf 'load average after: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
