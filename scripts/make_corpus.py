#!/usr/bin/env python3
"""Make a large JSON Lines corpus for the scale benchmarks by resampling sentences of IndoSum.

    python3 scripts/make_corpus.py SIZE_MB OUT.jsonl [SEED]

Each article is 8-30 sentences drawn at random from the 3,463 IndoSum articles
(../shared/corpus/indosum/indosum-dev.jsonl, CC BY-SA 4.0), with the title of one of them, a
random date in 2016-2018 and its own id. Articles are new texts (not copies, which relgraph would
deduplicate), so the cost of extraction and merging grows with the size as it would on a real archive.
"""
import json
import os
import random
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, "..", "shared", "corpus", "indosum", "indosum-dev.jsonl")


def main():
    size = int(float(sys.argv[1]) * 1_000_000)
    out = sys.argv[2]
    rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 1)
    sentences, titles = [], []
    for line in open(SOURCE, encoding="utf-8"):
        d = json.loads(line)
        titles.append(d.get("title", ""))
        sentences += [s for s in re.split(r"(?<=[.!?])\s+", d["text"]) if len(s) > 20]
    written = 0
    n = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < size:
            k = rng.randint(8, 30)
            body = " ".join(rng.choice(sentences) for _ in range(k))
            date = f"{rng.randint(2016, 2018)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            rec = {"id": f"syn-{n}", "title": rng.choice(titles), "date": date, "text": body}
            line = json.dumps(rec, ensure_ascii=False) + "\n"
            f.write(line)
            written += len(line.encode("utf-8"))
            n += 1
    print(f"{out}: {n} articles, {written / 1e6:.1f} MB", file=sys.stderr)


if __name__ == "__main__":
    main()
