#!/usr/bin/env python3
"""Writes a synthetic relgraph JSON graph for benchmarks and size tests.

  python3 scripts/synthetic_graph.py ACTORS RELATIONS > graph.json

Actors are countries with made-up ids (C0001...); relations are random kinds between random pairs
(seeded, so the file is the same every time), each with one piece of evidence.
"""
import json, random, sys

KINDS = ["visit", "meeting", "agreement", "cooperation", "trade", "aid", "support", "sanction",
         "opposition", "threat", "attack"]
SYM = {"meeting", "agreement", "cooperation", "trade"}


def main():
    n, m = int(sys.argv[1]), int(sys.argv[2])
    rng = random.Random(42)
    actors = [{"id": f"C{i:04d}", "name": f"Country {i}", "kind": "country", "country": f"C{i:04d}",
               "role": None, "aliases": []} for i in range(n)]
    seen, rels = set(), []
    while len(rels) < m:
        a, b = rng.randrange(n), rng.randrange(n)
        k = rng.choice(KINDS)
        if a == b:
            continue
        s, t = f"C{a:04d}", f"C{b:04d}"
        if k in SYM and t < s:
            s, t = t, s
        if (s, t, k) in seen:
            continue
        seen.add((s, t, k))
        ev = {"article": "synthetic", "sentence": len(rels), "text": f"{s} {k} {t}.", "cue": k, "planned": False}
        rels.append({"source": s, "target": t, "kind": k, "count": 1, "planned": False, "evidence": [ev]})
    rels.sort(key=lambda r: (r["source"], r["target"], r["kind"]))
    doc = {"format": "relgraph", "version": 1, "actors": actors, "relations": rels,
           "articles": [{"id": "synthetic", "title": "synthetic", "date": None, "lang": "en", "url": None}]}
    json.dump(doc, sys.stdout)


if __name__ == "__main__":
    main()
