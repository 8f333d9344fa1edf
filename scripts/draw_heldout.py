#!/usr/bin/env python3
"""Draw a fresh held-out set of real articles for eval/ (text files only; gold is written by hand
before relgraph is run on them).

    python3 scripts/draw_heldout.py OUT_DIR PREFIX SEED [N_WIKI] [N_CONFLICT] [N_INDOSUM] [WIKI_ID_PREFIX] [INDOSUM_PARITY] [SEEN...]

Draws N_WIKI items of the "International relations" section and N_CONFLICT of "Armed conflicts and
attacks" of ../shared/corpus/wikinews (Wikipedia current events, CC BY-SA 4.0), and N_INDOSUM news
articles (`tajuk utama`) of ../shared/corpus/indosum (CC BY-SA 4.0) naming two or more countries,
skipping any item already in an eval/heldout*/ set (matched by id in the file name).

WIKI_ID_PREFIX (e.g. `2026`) keeps only Wikipedia items whose id starts with it; INDOSUM_PARITY (`odd`
or `even`) keeps only IndoSum articles whose numeric id has that parity. Since held-out set 5,
mechanisms are developed on 2025 Wikipedia items and even-id IndoSum news only, and sets are drawn
from 2026 items and odd ids, so that development never reads a future held-out item.

SEEN are files (mining logs) whose lines start with an item id: items named there were read during
development and are skipped. An argument of the form `section:NAME=N` among them draws N items of
another section of the portal as well (e.g. `"section:Business and economy=8"`).
"""
import glob
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(ROOT, "..", "shared", "corpus")


def country_names():
    names = set()
    for line in open(os.path.join(ROOT, "data", "actors", "countries.tsv"), encoding="utf-8"):
        if line.startswith("#") or line.startswith("iso3"):
            continue
        f = line.rstrip("\n").split("\t")
        for n in [f[1], f[2]] + f[3].split("|"):
            n = n.split("@")[0]
            if len(n) > 3:
                names.add(n)
    return re.compile(r"\b(" + "|".join(sorted(map(re.escape, names), key=len, reverse=True)) + r")\b")


def main():
    out, prefix, seed = sys.argv[1], sys.argv[2], int(sys.argv[3])
    n_wiki, n_conf, n_indo = (int(x) for x in (sys.argv[4:7] + ["8", "2", "4"][len(sys.argv[4:7]):]))
    wiki_prefix = sys.argv[7] if len(sys.argv) > 7 else ""
    parity = sys.argv[8] if len(sys.argv) > 8 else "any"

    def parity_ok(ident):
        digits = re.sub(r"\D", "", str(ident).split("-")[0]) or "0"
        return parity == "any" or (int(digits) % 2 == 1) == (parity == "odd")
    seen = set()
    sections = [("International relations", n_wiki), ("Armed conflicts and attacks", n_conf)]
    for arg in sys.argv[9:]:
        if arg.startswith("section:"):
            name, n = arg[len("section:"):].rsplit("=", 1)
            sections.append((name, int(n)))
    for log in (a for a in sys.argv[9:] if not a.startswith("section:")):
        for line in open(log, encoding="utf-8"):
            seen.add(line.split("-")[0].split(" ")[0].strip())
    used = " ".join(os.path.basename(p) for p in glob.glob(os.path.join(ROOT, "eval", "heldout*", "*")))
    rng = random.Random(seed)
    wiki = [json.loads(l) for l in open(os.path.join(CORPUS, "wikinews", "wikinews-current-events.jsonl"))]
    picks = []
    for section, n in sections:
        pool = [
            d
            for d in wiki
            if d.get("section") == section and d["id"] not in used and d["id"].startswith(wiki_prefix)
        ]
        picks += [("en", d["id"], d["title"], d["text"]) for d in rng.sample(pool, n)]
    pat = country_names()
    indo = []
    for l in open(os.path.join(CORPUS, "indosum", "indosum-dev.jsonl")):
        d = json.loads(l)
        # (file names keep only the start of an IndoSum id: match its number)
        number = str(d.get("id")).split("-")[0]
        if d.get("category") != "tajuk utama" or number in used or number in seen or not parity_ok(d.get("id")):
            continue
        if len(set(pat.findall(d.get("text", "")))) >= 2:
            indo.append(d)
    picks += [("id", str(d["id"]), d.get("title", ""), d["text"]) for d in rng.sample(indo, n_indo)]
    os.makedirs(out, exist_ok=True)
    for i, (lang, ident, title, text) in enumerate(picks, 1):
        slug = re.sub(r"[^a-z0-9-]", "", ident.lower())[:28]
        path = os.path.join(out, f"{prefix}{i}_{lang}_{slug}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(f"{title}\n\n{text}\n")
        print(path)


if __name__ == "__main__":
    main()
