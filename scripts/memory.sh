#!/usr/bin/env bash
# Resident memory of the seed dashboard, release build, in tmux: VmRSS, VmHWM and RssAnon
# after visiting every screen. Fails when the peak is 30 MB or more.
#   scripts/memory.sh
set -euo pipefail
cd "$(dirname "$0")/.."
#   BIN=path/to/weibao scripts/memory.sh   # measure that binary instead of building one
scratch=${SCRATCH:-.build-release}
if [ -z "${BIN:-}" ]; then
    swift build -c release --scratch-path "$scratch" --product weibao >/dev/null
    BIN="$(swift build -c release --scratch-path "$scratch" --show-bin-path)/weibao"
fi
bin=$BIN
sock="weibao-memory-$$"
tmux -L "$sock" -f /dev/null new-session -d -s m -x 120 -y 40 \
    "env -i HOME=/tmp PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=tmux-256color $bin"
trap 'tmux -L "$sock" kill-server 2>/dev/null || true' EXIT
sleep 2
for k in Enter Enter Escape s m Escape Escape / 学 校 Enter ? Escape; do
    tmux -L "$sock" send-keys -t m "$k"; sleep 0.2
done
sleep 1
pid=$(tmux -L "$sock" display -p -t m '#{pane_pid}')
grep -E '^(VmRSS|VmHWM|RssAnon|RssFile):' "/proc/$pid/status"
peak=$(awk '/^VmHWM:/{print $2}' "/proc/$pid/status")
tmux -L "$sock" send-keys -t m q
[ "$peak" -lt 30720 ] && echo "ok: peak ${peak} kB < 30 MB" || { echo "FAIL: peak ${peak} kB >= 30 MB"; exit 1; }
