#!/usr/bin/env bash
# Loading the synthetic national dataset, whole processes, against fzf and VisiData: wall time
# and peak memory (/usr/bin/time's %M) of
#
#   weibao    weibao validate nation.csv
#   fzf       fzf --exact --filter 火星基地 <nation.tsv     (a string no line contains)
#   visidata  vd -N -b -f csv nation.csv -p go-bottom.vdj -O OUT
#             (batch mode loads the sheet synchronously; the replayed go-bottom then puts the
#             cursor on the last row and -O writes that row's id, which is checked to be the
#             dataset's last id, so every row was read)
#
# the dashboard, `weibao --data nation.csv` in tmux at 200×60: from the Enter that starts it to
# its first frame, and its peak memory (VmHWM) at that frame and once it has settled; and the
# start on the built-in dataset, `weibao snapshot` with an empty HOME (SEED_RUNS runs, default
# 10, their median counting as one run). Each run takes the tools in a rotated order (weibao
# fzf visidata dashboard seed, then fzf visidata dashboard seed weibao, …) so all of them see
# the same machine load; medians over RUNS.
#
#   scripts/bench-load.sh                          # 1,000,000 figures, 3 runs
#   FIGURES=200000 RUNS=3 WORK=/tmp/nation scripts/bench-load.sh
#   SKIP_VD=1 scripts/bench-load.sh                # without VisiData (the slowest)
#
# Needs tmux and the peers' virtualenv (see bench-common.sh: PEERS_VENV, default /tmp/peers-venv).
set -euo pipefail
source "$(dirname "$0")/bench-common.sh"
RUNS=${RUNS:-3}
SEED_RUNS=${SEED_RUNS:-10}

command -v tmux >/dev/null || { echo "tmux is missing: apt-get install -y tmux" >&2; exit 2; }
need_peer "$FZF" fzf
[[ ${SKIP_VD:-0} == 1 ]] || need_peer "$VD" visidata
build_weibao
dataset
last_id="f$((FIGURES - 1))"
printf '{"sheet": "", "col": "", "row": "", "longname": "go-bottom", "input": "", "keystrokes": "G"}\n' \
    >"$WORK/go-bottom.vdj"

versions
printf '%s figures: %s (%s bytes), %s (%s bytes); %s runs\n\n' "$FIGURES" "$CSV" "$(stat -c %s "$CSV")" \
    "$TSV" "$(stat -c %s "$TSV")" "$RUNS"

tools=(weibao fzf visidata dashboard seed)
[[ ${SKIP_VD:-0} == 1 ]] && tools=(weibao fzf dashboard seed)
declare -A ms kb first_kb first_rss_kb rss_kb settle_ms
mkdir -p "$WORK/home"

run_tool() {
    case $1 in
    weibao)
        timed t "$BIN/weibao" validate "$CSV"
        [[ $t_rc == 0 ]] || { echo "weibao validate failed ($t_rc): $(head -3 "$WORK/err")" >&2; exit 1; }
        ;;
    fzf)
        timed t "$FZF" --exact --filter 火星基地 <"$TSV"
        [[ ! -s $WORK/out ]] || { echo "fzf matched lines of 火星基地" >&2; exit 1; }
        ;;
    visidata)
        timed t "$VD" -N -b -f csv "$CSV" -p "$WORK/go-bottom.vdj" -O "$WORK/vd-cell"
        [[ $t_rc == 0 && $(cat "$WORK/vd-cell") == "$last_id" ]] ||
            { echo "visidata did not reach the last row: '$(cat "$WORK/vd-cell" 2>/dev/null)' ($t_rc)" >&2; exit 1; }
        ;;
    dashboard)
        dashboard_first_frame "$CSV"
        [[ $dash_ms -ge 0 ]] || { echo "dashboard: no first frame" >&2; exit 1; }
        t_ms=$dash_ms t_kb=$dash_kb
        first_kb[$r]=$dash_first_kb first_rss_kb[$r]=$dash_first_rss_kb
        rss_kb[$r]=$dash_rss_kb settle_ms[$r]=$dash_settle_ms
        ;;
    seed)
        local sm=() sk=() i
        for ((i = 0; i < SEED_RUNS; i++)); do
            timed t env -i HOME="$WORK/home" PATH=/usr/bin:/bin LANG=C.UTF-8 "$BIN/weibao" snapshot
            [[ $t_rc == 0 ]] || { echo "weibao snapshot failed ($t_rc)" >&2; exit 1; }
            sm+=("$t_ms") sk+=("$t_kb")
        done
        t_ms=$(printf '%s\n' "${sm[@]}" | median) t_kb=$(printf '%s\n' "${sk[@]}" | median)
        ;;
    esac
    ms[$1,$r]=$t_ms kb[$1,$r]=$t_kb
}

printf '%-4s %-10s %10s %10s\n' run tool "wall ms" "peak MiB"
for ((r = 0; r < RUNS; r++)); do
    n=${#tools[@]}
    for ((k = 0; k < n; k++)); do
        tool=${tools[$(((k + r) % n))]}
        run_tool "$tool"
        extra=
        [[ $tool == dashboard ]] && extra="  (first frame: $(mib "${first_kb[$r]}") MiB peak, $(mib "${first_rss_kb[$r]}") MiB resident; settled after ${settle_ms[$r]} ms, $(mib "${rss_kb[$r]}") MiB resident)"
        printf '%-4s %-10s %10s %10s%s\n' "$r" "$tool" "${ms[$tool,$r]}" "$(mib "${kb[$tool,$r]}")" "$extra"
    done
done

printf '\nload average after: %s\n\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
printf 'medians of %s runs, %s figures\n' "$RUNS" "$FIGURES"
printf '%-44s %10s %10s %12s\n' measure "wall ms" "peak MiB" "wall/weibao"
w=$(for ((r = 0; r < RUNS; r++)); do echo "${ms[weibao,$r]}"; done | median)
label() {
    case $1 in
    weibao) echo "weibao validate nation.csv" ;;
    fzf) echo "fzf --exact --filter 火星基地 <nation.tsv" ;;
    visidata) echo "vd -b open + load every row" ;;
    dashboard) echo "weibao --data: Enter to first frame" ;;
    seed) echo "weibao snapshot (built-in dataset)" ;;
    esac
}
for tool in "${tools[@]}"; do
    m=$(for ((r = 0; r < RUNS; r++)); do echo "${ms[$tool,$r]}"; done | median)
    p=$(for ((r = 0; r < RUNS; r++)); do echo "${kb[$tool,$r]}"; done | median)
    ratio=$(awk -v a="$m" -v b="$w" 'BEGIN { printf "%.2f", (b > 0 ? a / b : 0) }')
    printf '%s %10s %10s %12s\n' "$(column "$(label "$tool")" 44)" "$m" "$(mib "$p")" "$ratio"
done
f=$(for ((r = 0; r < RUNS; r++)); do echo "${first_kb[$r]}"; done | median)
s=$(for ((r = 0; r < RUNS; r++)); do echo "${settle_ms[$r]}"; done | median)
printf '%s %10s %10s\n' "$(column "weibao --data: peak at first frame" 44)" "" "$(mib "$f")"
printf '%s %10s %10s\n' "$(column "weibao --data: settled (index built)" 44)" "$s" \
    "$(mib "$(for ((r = 0; r < RUNS; r++)); do echo "${kb[dashboard,$r]}"; done | median)")"
