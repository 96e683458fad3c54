#!/usr/bin/env bash
# Rewrites the home-screen snapshot in README.md with what `weibao snapshot` renders now
# (a test fails when the two differ).
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q
snap=$(.build/debug/weibao snapshot --size 100x30)
python3 - "$snap" <<'PY'
import sys
snap = sys.argv[1]
marker = "The home screen, as `weibao snapshot` writes it:\n\n```\n"
text = open("README.md", encoding="utf-8").read()
start = text.index(marker) + len(marker)
end = text.index("\n```", start)
open("README.md", "w", encoding="utf-8").write(text[:start] + snap + text[end:])
PY
