#!/usr/bin/env bash
# Rewrites the coverage table in docs/indicators.md with what `weibao indicators --format markdown`
# prints for the built-in dataset now (a test fails when the two differ).
#   scripts/indicators-doc.sh
set -euo pipefail
cd "$(dirname "$0")/.."
swift build -q
table=$(.build/debug/weibao indicators --format markdown)
python3 - "$table" <<'PY'
import sys
table = sys.argv[1].rstrip("\n") + "\n"
begin, end = "<!-- coverage: begin -->\n", "<!-- coverage: end -->"
path = "docs/indicators.md"
text = open(path, encoding="utf-8").read()
a = text.index(begin) + len(begin)
b = text.index(end)
new = text[:a] + table + text[b:]
if new != text:
    with open(path + ".tmp", "w", encoding="utf-8") as f:
        f.write(new)
    import os
    os.replace(path + ".tmp", path)
PY
