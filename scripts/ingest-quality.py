#!/usr/bin/env python3
"""Ingest's quality on the provincial reports, against the curated national dataset.

Usage: scripts/ingest-quality.py [--tune odd|even | --test odd|even | --seed] [--per-report]
                                 [--weibao PATH] [--reports DIR] [--gold FILE] [--vocabulary FILE]
                                 [--markdown] [--misses [--names]] [--calibration]

The 38 reports are split into two halves by their number: odd (01, 03, …) and even (02, 04, …).
Ingest's rules are tuned on one half and measured on the other, then the halves swap; the seed
report (seeds/) is measured on its own. `--tune H` prints half H (the half being tuned on),
`--test H` the other one (the half not tuned on), `--seed` the seed; with none of them, one
row each for the odd half, the even half and the seed.

For every report, `weibao ingest REPORT --format json` is compared with the curated figures
of that report. A curated figure is found when ingest gives the same value in a unit of the
same family (人/名; 个/所/家/处; 份/件) at the same place: the same line (or the next, for
versions whose line numbers ran one short), nearest column first. Columns are the report's
own: `exact` counts the found figures whose line:column is the curated number's start.
Printed per half: recall and precision of values, system accuracy and canonical-indicator
accuracy (of the found figures; canonical only where the gold has one), and the indicator
names left unchanged by the curators (the found figures whose indicator is the curated one).

Curated values come from the built-in dataset through `weibao export`; curated figures the
binary does not carry are read through a temporary dataset file (`--data`), so the script
works before and after reports.json is built in.
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(here)
ap = argparse.ArgumentParser()
ap.add_argument("--weibao", default=os.path.join(root, ".build", "debug", "weibao"))
ap.add_argument("--reports", default=os.path.join(root, "..", "shared", "reports"))
ap.add_argument("--gold", default=os.path.join(root, "Sources", "Protection", "Resources", "reports.json"))
ap.add_argument("--vocabulary", help="canonical indicators for ingest (its --vocabulary), instead of the built-in ones")
group = ap.add_mutually_exclusive_group()
group.add_argument("--tune", choices=["odd", "even"], help="print the half tuned on")
group.add_argument("--test", choices=["odd", "even"], help="print the half NOT tuned on: the other one")
group.add_argument("--seed", action="store_true", help="print the seed report")
ap.add_argument("--per-report", action="store_true", help="one row per report as well")
ap.add_argument("--misses", action="store_true", help="list what was missed, found in excess or misfiled (tuning only)")
ap.add_argument("--names", action="store_true", help="with --misses, also every indicator name the curators changed")
ap.add_argument("--calibration", action="store_true", help="after the table: per confidence band, the share of found records filed and named as curated")
ap.add_argument("--markdown", action="store_true")
args = ap.parse_args()
if not os.path.isdir(args.reports):
    print(f"skipped: no reports folder at {args.reports}")
    sys.exit(0)
if not os.path.exists(args.gold):
    print(f"skipped: no curated dataset at {args.gold}")
    sys.exit(0)

def run(*argv):
    return subprocess.run([args.weibao, *argv], check=True, capture_output=True, text=True).stdout

FAMILIES = [{"人", "名"}, {"个", "所", "家", "处"}, {"份", "件"}]
def family(unit):
    for fam in FAMILIES:
        if unit in fam:
            return min(fam)
    return unit

def same_value(a, b):
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))

gold_data = json.load(open(args.gold))
sources = {s["id"]: s for s in gold_data["sources"]}

# Values and units as weibao reads the curated `text`.
exported = {f["id"]: f for f in json.loads(run("export", "--format", "json"))}
missing = [f for f in gold_data["figures"] if f["id"] not in exported]
unreadable = []
if missing:
    # One figure a line, so a figure this binary cannot read is named by its line and left out.
    with tempfile.TemporaryDirectory() as tmp:
        path = os.path.join(tmp, "gold.json")
        todo = missing
        while todo:
            used = {f["source"] for f in todo}
            head = {"format": "weibao-dataset", "version": 1,
                    "sources": [{"id": s, "outlet": sources[s].get("outlet") or "-", "headline": sources[s].get("headline") or "-",
                                 "date": sources[s].get("date", "")} for s in sorted(used)]}
            rows = [json.dumps({k: f[k] for k in ("id", "province", "system", "indicator", "text", "date", "source") if k in f}
                               | {"quote": f["text"]}, ensure_ascii=False) for f in todo]
            with open(path, "w") as out:
                out.write(json.dumps(head, ensure_ascii=False)[:-1] + ', "measures": [], "events": [], "figures": [\n'
                          + ",\n".join(rows) + "\n]}\n")
            r = subprocess.run([args.weibao, "export", "--data", tmp, "--format", "json"], capture_output=True, text=True)
            if r.returncode == 0:
                for f in json.loads(r.stdout):
                    exported.setdefault(f["id"], f)
                break
            bad = {int(m) - 2 for m in re.findall(r"gold\.json:(\d+):", r.stderr)}
            if not bad or not all(0 <= b < len(todo) for b in bad):
                sys.exit(f"cannot read the curated figures: {r.stderr}")
            unreadable += [todo[b] for b in sorted(bad)]
            todo = [f for k, f in enumerate(todo) if k not in bad]
    if unreadable:
        print(f"note: {len(unreadable)} curated figures this binary cannot read, left out: "
              + ", ".join(f["text"] for f in unreadable), file=sys.stderr)
    gold_data["figures"] = [f for f in gold_data["figures"] if f["id"] in exported]

def ingest(path, province=None):
    extra = ["--vocabulary", args.vocabulary] if args.vocabulary else []
    # A reviewer gives --province where the text names none (ingest says so); the scores do not
    # look at provinces, only at what would otherwise be left out.
    extra += ["--province", province] if province else []
    out = json.loads(run("ingest", path, "--format", "json", *extra))
    cands = []
    for c in out["figures"]:
        r = c["record"]
        cands.append({"line": c["line"], "column": c["column"], "value": r["value"], "unit": family(r["unit"]),
                      "system": r["system"], "indicator": r["indicator"], "text": r["text"],
                      "canonical": r.get("canonical"), "used": False,
                      "confidence": min(c["confidence"], c.get("canonical_confidence", 1))})
    return cands

calibration = defaultdict(lambda: [0, 0])

def score(gold, cands, name, log):
    n = defaultdict(int)
    n["gold"], n["found"] = len(gold), len(cands)
    for g in gold:
        same = [c for c in cands if not c["used"] and same_value(c["value"], g["value"]) and c["unit"] == g["unit"]]
        same.sort(key=lambda c: (abs(c["line"] - g["line"]), abs(c["column"] - g["column"])))
        lo, hi = g.get("window", (g["line"] - 1, g["line"] + 1))
        match = same[0] if same and lo <= same[0]["line"] <= hi else None
        if match is None:
            log.append(f"{name}:{g['line']}:{g['column']}: missed {g['text']} ({g['system']} {g['indicator']})")
            continue
        match["used"] = True
        n["matched"] += 1
        n["exact"] += (match["line"], match["column"]) == (g["line"], g["column"])
        n["system"] += match["system"] == g["system"]
        if match["system"] != g["system"]:
            log.append(f"{name}:{g['line']}:{g['column']}: {g['text']} filed {match['system']}, curated {g['system']} ({g['indicator']})")
        if g["canonical"]:
            n["gold_canonical"] += 1
            n["canonical"] += match["canonical"] == g["canonical"]
            if match["canonical"] != g["canonical"]:
                log.append(f"{name}:{g['line']}:{g['column']}: {g['text']} canonical {match['canonical']}, curated {g['canonical']} ({match['indicator']})")
        elif match["canonical"]:
            n["extra_canonical"] += 1
            log.append(f"{name}:{g['line']}:{g['column']}: {g['text']} canonical {match['canonical']}, curated none ({g['indicator']})")
        n["unchanged"] += match["indicator"] == g["indicator"]
        # Calibration: is a record ingest was this sure of filed and named as curated?
        bucket = min(9, int(match["confidence"] * 10))
        calibration[bucket][0] += match["system"] == g["system"] and (match["canonical"] or None) == (g["canonical"] or None)
        calibration[bucket][1] += 1
        if args.names and match["indicator"] != g["indicator"]:
            log.append(f"{name}:{g['line']}:{g['column']}: {g['text']} named {match['indicator']}, curated {g['indicator']}")
    for c in cands:
        if not c["used"]:
            log.append(f"{name}:{c['line']}:{c['column']}: extra {c['text']} ({c['indicator']})")
    return n

def report_gold(src_id):
    out = []
    for f in gold_data["figures"]:
        if f["source"] != src_id:
            continue
        e = exported[f["id"]]
        out.append({"line": f["span"][0], "column": f["span"][1], "value": e["value"], "unit": family(e["unit"]),
                    "system": f["system"], "indicator": f["indicator"], "canonical": f.get("canonical"), "text": f["text"]})
    return out

def report_province(src_id):
    return next((f["province"] for f in gold_data["figures"] if f["source"] == src_id), None)

def seed_rows(log):
    """The seed: curated figures carry quotes; a figure stands where its quote is found."""
    seed_path = os.path.join(root, "seeds", "000_179b4bc40b91436d.txt")
    text = open(seed_path, encoding="utf-8").read()
    # Normalised text (spaces and breaks dropped, full-width folded) with each character's line:column.
    norm, where = [], []
    line, col = 1, 1
    for ch in text:
        if ch == "\n":
            line, col = line + 1, 1
            continue
        if ch not in " \t\r\u3000\xa0":
            o = ord(ch)
            norm.append(chr(o - 0xFEE0) if 0xFF01 <= o <= 0xFF5E else ch)
            where.append((line, col))
        col += 1
    norm = "".join(norm)
    def fold(s):
        return "".join(chr(ord(c) - 0xFEE0) if 0xFF01 <= ord(c) <= 0xFF5E else c for c in s if c not in " \t\r\n\u3000\xa0")
    gold = []
    # Exports carry no canonical ids: take the seed's from the dataset file itself.
    seed_canonical = {f["id"]: f.get("canonical") for f in json.load(open(os.path.join(
        root, "Sources", "Protection", "Resources", "dataset.json"), encoding="utf-8"))["figures"]}
    for f in json.loads(run("export", "--format", "json")):
        if not f["source"].startswith(("hn-", "nm-", "hi-")) or f["id"] in {g["id"] for g in gold_data["figures"]}:
            continue
        q = fold(f.get("quote", ""))
        at = norm.find(q)
        if at < 0:
            continue
        lo, hi = where[at], where[at + len(q) - 1]
        # Ingest quotes whole sentences, so its position may be lines before the curated quote.
        # The number within the quote: its text's leading numeral, else the quote's start.
        num = re.match(r"\D*?([0-9.]+|[一二两三四五六七八九十百千万]+)", fold(f["text"]))
        k = q.find(num.group(1)) if num else -1
        pos = where[at + k] if k >= 0 else lo
        gold.append({"line": pos[0], "column": pos[1], "value": f["value"], "unit": family(f["unit"]),
                     "system": f["system"].removesuffix("保护"),
                     "indicator": f["indicator"], "canonical": seed_canonical.get(f["id"]), "text": f["text"], "window": (lo[0] - 6, hi[0])})
    return score(gold, ingest(seed_path), "seed", log)

def pct(a, b):
    return f"{100 * a / b:.1f}%" if b else "-"
head = ["set", "curated", "ingest", "recall", "precision", "system", "canonical", "unchanged", "exact"]
def cells(name, n):
    return [name, str(n["gold"]), str(n["found"]), pct(n["matched"], n["gold"]), pct(n["matched"], n["found"]),
            pct(n["system"], n["matched"]), f'{pct(n["canonical"], n["gold_canonical"])} ({n["canonical"]}/{n["gold_canonical"]})',
            f'{n["unchanged"]}/{n["matched"]}', f'{n["exact"]}/{n["matched"]}']

def half(which, log):
    rows, total = [], defaultdict(int)
    for src in gold_data["sources"]:
        if "report" not in src:
            continue
        number = int(src["report"][:2])
        if which == "odd" and number % 2 == 0 or which == "even" and number % 2 == 1:
            continue
        n = score(report_gold(src["id"]), ingest(os.path.join(args.reports, src["report"]), report_province(src["id"])),
                  src["report"], log)
        rows.append(cells(src["report"], n))
        for k, v in n.items():
            total[k] += v
    return rows, total

table, log = [], []
if args.seed:
    table.append(cells("seed", seed_rows(log)))
elif args.tune or args.test:
    which = args.tune or {"odd": "even", "even": "odd"}[args.test]
    rows, total = half(which, log)
    table += rows if args.per_report else []
    table.append(cells(f"{which} half ({'tuned on' if args.tune else 'not tuned on'})", total))
else:
    for which in ("odd", "even"):
        rows, total = half(which, log)
        table += rows if args.per_report else []
        table.append(cells(f"{which} half", total))
    table.append(cells("seed", seed_rows(log)))

if args.markdown:
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in table:
        print("| " + " | ".join(r) + " |")
else:
    widths = [max(len(r[i]) for r in table + [head]) for i in range(len(head))]
    for r in [head] + table:
        print("  ".join(c.rjust(w) if i else c.ljust(w) for i, (c, w) in enumerate(zip(r, widths))))
if args.calibration:
    print("\nconfidence  records  system and canonical as curated")
    for b in sorted(calibration):
        right, total = calibration[b]
        print(f"{b / 10:.1f}–{(b + 1) / 10:.1f}  {total:7d}  {pct(right, total):>8}")
if args.misses:
    if args.test:
        print("(--misses lists only the half tuned on: use --tune)", file=sys.stderr)
    else:
        print("\n".join(log))
