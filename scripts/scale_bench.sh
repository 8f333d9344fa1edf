#!/usr/bin/env bash
# Scale benchmark: relgraph build on resampled IndoSum corpora of 10 MB, 100 MB and 1 GB, against
# ripgrep counting the gazetteer's names in the same file (the practical floor of one pass over the
# text). Prints a Markdown table: MB/s end to end (read, extract, merge, save), peak RSS, the graph's
# size and the time of `relgraph stats` on it.
#
#   cargo build --release && bash scripts/scale_bench.sh [DIR] [SIZES_MB...]
#
# Needs python3, rg (ripgrep) and GNU time (/usr/bin/time). Corpora are made once in DIR
# (default /tmp/relgraph-scale) by scripts/make_corpus.py.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${1:-/tmp/relgraph-scale}
shift || true
sizes=("${@:-10 100 1000}")
read -r -a sizes <<< "${sizes[*]}"
bin=target/release/relgraph
mkdir -p "$dir"

# every name the gazetteer matches: countries, persons, organisations (aliases included)
python3 - "$dir/names.txt" <<'PY'
import sys
names = set()
def add(field):
    for n in field.split("|"):
        n = n.split("@")[0].strip()
        if len(n) > 1:
            names.add(n)
for path, cols in (("data/actors/countries.tsv", (1, 2, 3)), ("data/actors/persons.tsv", (1, 6)),
                   ("data/actors/organizations.tsv", (1, 2, 3))):
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith(("iso3\t", "id\t")):
            continue
        f = line.rstrip("\n").split("\t")
        for c in cols:
            if c < len(f):
                add(f[c])
open(sys.argv[1], "w", encoding="utf-8").write("\n".join(sorted(names)) + "\n")
PY

secs() { python3 -c 'import sys,time; print(f"{time.time():.3f}")'; }
echo "| corpus | articles | relgraph build | MB/s | peak RSS | rg -c -i -F -f NAMES | ratio | graph file | stats |"
echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
for mb in "${sizes[@]}"; do
  corpus="$dir/corpus-$mb.jsonl"
  [ -s "$corpus" ] || python3 scripts/make_corpus.py "$mb" "$corpus" 1 2>/dev/null
  bytes=$(stat -c %s "$corpus")
  articles=$(wc -l < "$corpus")
  cat "$corpus" > /dev/null   # warm the page cache for both tools alike
  t0=$(secs); rg -c -i -F -f "$dir/names.txt" "$corpus" > /dev/null; t1=$(secs)
  /usr/bin/time -f "%M" -o "$dir/rss" "$bin" build -q "$corpus" -g "$dir/graph-$mb.json"
  t2=$(secs)
  "$bin" stats -g "$dir/graph-$mb.json" > /dev/null
  t3=$(secs)
  python3 - "$mb" "$articles" "$bytes" "$t0" "$t1" "$t2" "$t3" "$(cat "$dir/rss")" "$(stat -c %s "$dir/graph-$mb.json")" <<'PY'
import sys
mb, articles, size, t0, t1, t2, t3, rss, gsize = sys.argv[1:]
size, t0, t1, t2, t3 = int(size), float(t0), float(t1), float(t2), float(t3)
rg, build, stats = t1 - t0, t2 - t1, t3 - t2
print(f"| {mb} MB | {int(articles):,} | {build:.2f} s | {size / 1e6 / build:.1f} | {int(rss) / 1024:.0f} MB "
      f"| {rg:.2f} s ({size / 1e6 / rg:.0f} MB/s) | {build / rg:.1f}x | {int(gsize) / 1e6:.1f} MB | {stats:.2f} s |")
PY
done
