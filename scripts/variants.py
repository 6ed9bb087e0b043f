#!/usr/bin/env python3
"""Writes crates/report/src/variants/table.rs: the traditional (and Taiwan/Hong Kong variant)
characters whose simplified form the parser's own words use, with that simplified form.

The parser matches its word lists against a simplified copy of a text written in traditional
characters (crate::variants); only characters its words contain need a mapping. Rerun after
adding words with new characters:

    pip install opencc-python-reimplemented   # OpenCC's character tables, pure Python
    python3 scripts/variants.py
"""
import glob
import os
import re

import opencc

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DICT = os.path.join(os.path.dirname(opencc.__file__), "dictionary")


def pairs(name):
    for line in open(os.path.join(DICT, name), encoding="utf8"):
        parts = line.rstrip("\n").split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            yield parts[0], parts[1].split(" ")[0]


to_simplified = {t: s for t, s in pairs("TSCharacters.txt") if len(s) == 1 and t != s}
for name in ("TWVariantsRev.txt", "HKVariantsRev.txt"):
    for variant, standard in pairs(name):
        simplified = to_simplified.get(standard, standard)
        if len(standard) == 1 and variant not in to_simplified and variant != simplified:
            to_simplified[variant] = simplified

used = set()
for path in glob.glob(os.path.join(ROOT, "crates/report/src/**/*.rs"), recursive=True):
    if path.endswith("variants/table.rs"):
        continue
    code = "\n".join(l for l in open(path, encoding="utf8") if not l.strip().startswith("//"))
    for m in re.finditer(r'"([^"\\]*(?:\\.[^"\\]*)*)"|\'(.)\'', code):
        used.update(c for c in (m.group(1) or m.group(2) or "") if "\u4e00" <= c <= "\u9fff")

table = sorted((t, s) for t, s in to_simplified.items() if s in used)
out = os.path.join(ROOT, "crates/report/src/variants/table.rs")
with open(out, "w", encoding="utf8") as f:
    f.write("//! Written by `scripts/variants.py` (OpenCC's character tables); do not edit by hand.\n\n")
    f.write("/// (traditional or variant character, its simplified form), sorted by the first.\n")
    f.write("pub(super) const TO_SIMPLIFIED: &[(char, char)] = &[\n")
    for i in range(0, len(table), 8):
        f.write("    " + " ".join(f"('{t}', '{s}')," for t, s in table[i : i + 8]) + "\n")
    f.write("];\n")
print(f"{len(table)} characters -> {out}")
