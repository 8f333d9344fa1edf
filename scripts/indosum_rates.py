#!/usr/bin/env python3
"""Relations per article in the IndoSum file, by category: international news (`tajuk utama`) against
sport, showbiz, entertainment, technology and inspiration, where relgraph should find almost nothing.

  python3 scripts/indosum_rates.py target/release/relgraph [../shared/corpus/indosum/indosum-dev.jsonl]

Counts event relations' evidence sentences (leads/member_of excluded) per article.
"""
import collections, json, os, subprocess, sys, tempfile

NEWS = "tajuk utama"


def main():
    binary = sys.argv[1]
    src = sys.argv[2] if len(sys.argv) > 2 else "../shared/corpus/indosum/indosum-dev.jsonl"
    rows = [json.loads(l) for l in open(src, encoding="utf-8")]
    groups = collections.defaultdict(list)
    for r in rows:
        groups["news" if r["category"] == NEWS else "other"].append(r)
    rates = {}
    with tempfile.TemporaryDirectory() as d:
        for name, items in sorted(groups.items()):
            f = os.path.join(d, name + ".jsonl")
            with open(f, "w", encoding="utf-8") as w:
                for r in items:
                    w.write(json.dumps(r, ensure_ascii=False) + "\n")
            g = os.path.join(d, name + ".json")
            subprocess.run([binary, "build", "-q", "-g", g, f], check=True)
            doc = json.load(open(g, encoding="utf-8"))
            n = sum(r["count"] for r in doc["relations"] if r["kind"] not in ("leads", "member_of"))
            rates[name] = n / len(items)
            print(f"{name:5s} ({'tajuk utama' if name == 'news' else 'olahraga, showbiz, hiburan, teknologi, inspirasi'}): "
                  f"{len(items)} articles, {n} relation sentences, {rates[name]:.3f} per article")
    ratio = rates["other"] / rates["news"] if rates["news"] else float("inf")
    print(f"ratio other/news {ratio:.3f} (must stay below 0.1)")
    sys.exit(0 if ratio < 0.1 else 1)


if __name__ == "__main__":
    main()
