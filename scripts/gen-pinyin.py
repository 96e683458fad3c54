#!/usr/bin/env python3
"""Generate Sources/Protection/PinyinTable.swift from Unihan_Readings.txt.

Usage:
    python3 scripts/gen-pinyin.py [path/to/Unihan_Readings.txt(.bz2)] [output.swift]

Defaults: /usr/share/unicode/Unihan_Readings.txt.bz2 (Debian package
`unicode-data`) and Sources/Protection/PinyinTable.swift next to this script.
Python 3 standard library only.

Which characters: every code point that has a kMandarin field.
Which readings, in this order, duplicates (after removing tones) dropped:
  1. kMandarin, as listed (first = most common reading, zh-Hans);
  2. kHanyuPinlu, by descending corpus frequency;
  3. kXHC1983 (Xiandai Hanyu Cidian), as listed;
  4. kTGHZ2013 (Tongyong Guifan Hanzi Zidian), as listed.
kMandarin alone carries a single reading for almost every character
(e.g. 重 only zhòng, 长 only zhǎng); fields 2-4 are the modern-usage
sources that list the other readings of polyphones (重 chóng, 长 cháng).
kHanyuPinyin (Hanyu Da Zidian) is deliberately not used: it adds many
archaic readings, which would only produce false matches in a filter.
Extra fields are only applied to characters that have kMandarin.

Readings are stored toneless and lowercase ASCII: tone marks dropped,
ü written as "v" (lǜ -> lv, nüè -> nve), ê as "e", ḿ/ń/ň/ǹ as m/n.

Encoding in the generated Swift file (decoded once, at first use):
  * `syllables`: the distinct toneless syllables, most frequent first,
    separated by single spaces;
  * `data`: base64 of a byte stream; for each character in ascending
    code point order: LEB128 varint of (code point - previous code point),
    then for each reading a varint of (syllable index << 1 | isLast).
"""

import base64
import bz2
import collections
import os
import re
import sys
import unicodedata

DEFAULT_INPUT = "/usr/share/unicode/Unihan_Readings.txt.bz2"
HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, "..", "Sources", "Protection", "PinyinTable.swift")
EXTRA_FIELDS = ("kHanyuPinlu", "kXHC1983", "kTGHZ2013")
LINE_WIDTH = 100


def toneless(reading):
    s = unicodedata.normalize("NFD", reading.strip().lower())
    s = s.replace("u\u0308", "v")  # ü (any tone) -> v
    s = "".join(c for c in s if not unicodedata.combining(c))
    if not re.fullmatch(r"[a-z]+", s):
        raise ValueError("unexpected reading %r -> %r" % (reading, s))
    return s


def readings_of(field, value):
    """Readings (with tones) in the order they should be used."""
    if field == "kMandarin":
        return value.split()
    if field == "kHanyuPinlu":  # "zhòng(1823) chóng(329)"
        items = []
        for i, tok in enumerate(value.split()):
            m = re.fullmatch(r"([^()]+)\((\d+)\)", tok)
            if not m:
                raise ValueError("bad kHanyuPinlu %r" % value)
            items.append((-int(m.group(2)), i, m.group(1)))
        return [r for _, _, r in sorted(items)]
    if field in ("kXHC1983", "kTGHZ2013"):  # "0149.100:chóng 223.010,223.020:liǎo"
        out = []
        for tok in value.split():
            if ":" not in tok:
                raise ValueError("bad %s %r" % (field, value))
            out.extend(tok.split(":", 1)[1].split(","))
        return out
    raise KeyError(field)


def open_text(path):
    if path.endswith(".bz2"):
        return bz2.open(path, "rt", encoding="utf-8")
    return open(path, "rt", encoding="utf-8")


def varint(n, out):
    while True:
        b = n & 0x7F
        n >>= 7
        if n:
            out.append(b | 0x80)
        else:
            out.append(b)
            return


def main(argv):
    src = argv[1] if len(argv) > 1 else DEFAULT_INPUT
    dst = argv[2] if len(argv) > 2 else DEFAULT_OUTPUT
    fields = collections.defaultdict(dict)
    unicode_version = "unknown"
    with open_text(src) as f:
        for line in f:
            if line.startswith("#"):
                m = re.match(r"#\s*Unicode version:\s*(\S+)", line)
                if m:
                    unicode_version = m.group(1)
                continue
            parts = line.rstrip("\n").split("\t")
            if len(parts) != 3 or not parts[0].startswith("U+"):
                continue
            cp, field, value = parts
            if field == "kMandarin" or field in EXTRA_FIELDS:
                fields[field][int(cp[2:], 16)] = value

    mandarin = fields["kMandarin"]
    if not mandarin:
        sys.exit("no kMandarin entries found in %s" % src)

    table = {}
    for cp in sorted(mandarin):
        seen = []
        for field in ("kMandarin",) + EXTRA_FIELDS:
            value = fields[field].get(cp)
            if value is None:
                continue
            for r in readings_of(field, value):
                t = toneless(r)
                if t not in seen:
                    seen.append(t)
        table[cp] = seen

    skipped = set()
    for field in EXTRA_FIELDS:
        skipped |= set(fields[field]) - set(mandarin)

    freq = collections.Counter(r for rs in table.values() for r in rs)
    # Pinyin.searchKeys sizes its buffers assuming no reading is longer than 6 letters.
    longest = max(freq, key=len)
    if len(longest) > 6:
        sys.exit("reading %r is longer than 6 letters; update Pinyin.swift" % longest)
    syllables = sorted(freq, key=lambda s: (-freq[s], s))
    index = {s: i for i, s in enumerate(syllables)}

    stream = bytearray()
    prev = 0
    for cp in sorted(table):
        varint(cp - prev, stream)
        prev = cp
        rs = table[cp]
        for i, r in enumerate(rs):
            varint(index[r] << 1 | (1 if i == len(rs) - 1 else 0), stream)
    b64 = base64.b64encode(bytes(stream)).decode("ascii")

    polyphones = sum(1 for rs in table.values() if len(rs) > 1)
    total_readings = sum(len(rs) for rs in table.values())
    max_readings = max(len(rs) for rs in table.values())

    out = []
    w = out.append
    w("// GENERATED FILE - do not edit. Regenerate with:")
    w("//     python3 scripts/gen-pinyin.py [Unihan_Readings.txt.bz2]")
    w("// Source: Unihan_Readings.txt, Unicode %s (fields kMandarin + %s)."
      % (unicode_version, ", ".join(EXTRA_FIELDS)))
    w("// %d characters, %d readings, %d polyphones, %d distinct syllables."
      % (len(table), total_readings, polyphones, len(syllables)))
    w("// Format: see scripts/gen-pinyin.py and docs/pinyin.md.")
    w("")
    w("enum PinyinTableData {")
    w("    /// Unicode version of the Unihan file the table was generated from.")
    w("    static let unicodeVersion = %s" % swift_string(unicode_version))
    w("    /// Number of characters (code points with a kMandarin field).")
    w("    static let characterCount = %d" % len(table))
    w("    /// Total number of (character, reading) pairs.")
    w("    static let readingCount = %d" % total_readings)
    w("    /// Largest number of readings of a single character.")
    w("    static let maxReadings = %d" % max_readings)
    w("    /// Distinct toneless syllables, most frequent first, space-separated.")
    w("    static let syllables = \"\"\"")
    lines, cur = [], ""
    for s in syllables:
        if cur and len(cur) + 1 + len(s) > LINE_WIDTH:
            lines.append(cur + " \\")
            cur = s
        else:
            cur = s if not cur else cur + " " + s
    lines.append(cur)
    out.extend(lines)
    w("\"\"\"")
    w("    /// Base64 byte stream: per character, varint(code point delta), then")
    w("    /// varint(syllable index << 1 | isLastReading) for each reading.")
    w("    static let data = \"\"\"")
    chunks = [b64[i:i + LINE_WIDTH] for i in range(0, len(b64), LINE_WIDTH)]
    out.extend(c + "\\" for c in chunks[:-1])
    out.append(chunks[-1])
    w("\"\"\"")
    w("}")
    w("")
    with open(dst, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))

    print("source: %s (Unicode %s)" % (src, unicode_version))
    print("kMandarin characters: %d" % len(mandarin))
    print("characters in table:  %d" % len(table))
    print("polyphones: %d, readings: %d, max per char: %d"
          % (polyphones, total_readings, max_readings))
    print("distinct syllables: %d" % len(syllables))
    if skipped:
        print("ignored %d characters with readings but no kMandarin" % len(skipped))
    print("data: %d bytes, %d base64 chars" % (len(stream), len(b64)))
    print("wrote %s" % os.path.normpath(dst))


def swift_string(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


if __name__ == "__main__":
    main(sys.argv)
