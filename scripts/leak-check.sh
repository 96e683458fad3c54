#!/usr/bin/env bash
# valgrind memcheck over an end-to-end run of weibao: snapshots in every format, exports,
# validate of a hostile and a bad dataset, and the dashboard in tmux browsed, filtered and quit.
# Prints valgrind's leak summary per run and every definitely or indirectly lost block whose
# stack passes through the project's sources; exits 1 when there is one.
#   scripts/leak-check.sh            # debug build with full stacks (slow: a few minutes)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=${SCRATCH:-.build-leak}
swift build --scratch-path "$scratch" --product weibao >/dev/null
logs=$(mktemp -d)
# valgrind 3.19 cannot read the DWARF 5 that Swift 6 writes and gives up on the binary, so it
# runs a copy without debug info; stacks then name functions by their mangled symbols.
bin="$logs/weibao"
objcopy --strip-debug "$(swift build --scratch-path "$scratch" --show-bin-path)/weibao" "$bin"
vg=(valgrind --leak-check=full --show-leak-kinds=definite,indirect --num-callers=40)

run() {
    local name=$1; shift
    "${vg[@]}" --log-file="$logs/$name.log" "$bin" "$@" >/dev/null 2>&1 || true
}
data=Tests/Fixtures/hostile
run snapshot-text snapshot --data "$data" --keys '<Down><Enter><Enter>'
run snapshot-ansi snapshot --format ansi --keys '/学校<Enter><Enter>'
run snapshot-html snapshot --format html --keys 'm<Right><Enter>'
run snapshot-svg snapshot --format svg --keys '<Enter><Enter>'
run export-csv export --format csv --data "$data"
run export-json export --format json --filter 学校
run validate-hostile validate "$data"
printf '{"figures": [' > "$logs/bad.json"
run validate-bad validate "$logs/bad.json"

# The dashboard under valgrind in a real terminal.
sock="weibao-leak-$$"
tmux -L "$sock" -f /dev/null new-session -d -s v -x 120 -y 40 \
    "env -i HOME=/tmp PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=tmux-256color ${vg[*]} --log-file=$logs/dashboard.log $bin; sleep 30"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true' EXIT
for _ in $(seq 120); do tmux -L "$sock" capture-pane -p -t v | grep -q '省级行政区' && break; sleep 1; done
for k in Down Enter Enter Escape s m Right Escape Escape / 学 校 Enter Enter Escape ? Escape C-l; do
    tmux -L "$sock" send-keys -t v "$k"; sleep 1
done
tmux -L "$sock" resize-window -t v -x 90 -y 30; sleep 2
tmux -L "$sock" send-keys -t v q
for _ in $(seq 120); do grep -q "ERROR SUMMARY\|LEAK SUMMARY\|==[0-9]*== *$" "$logs/dashboard.log" 2>/dev/null && ! pgrep -f "log-file=$logs/dashboard.log" >/dev/null && break; sleep 1; done

status=0
for log in "$logs"/*.log; do
    name=$(basename "$log" .log)
    lost=$(grep -E "definitely lost:|indirectly lost:" "$log" | sed 's/==[0-9]*== *//' | tr '\n' ' ')
    echo "$name: ${lost:-no leaks reported}"
    # A loss record runs from "are definitely/indirectly lost" to the blank line after it; it is
    # ours when a frame is in one of the project's modules (mangled: $s10Protection…).
    ours=$(awk '/are (definitely|indirectly) lost/{rec=$0; keep=1; next} keep && /^==[0-9]+== *$/{if (rec ~ /\$s(10Protection|9Dashboard|8Terminal|6weibao|6Ingest|8Settings)/) print rec; keep=0; next} keep{rec=rec "\n" $0}' "$log")
    if [ -n "$ours" ]; then echo "$ours"; status=1; fi
done
echo "logs: $logs"
exit $status
