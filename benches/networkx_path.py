#!/usr/bin/env python3
"""The baseline of the path benchmark: networkx loads a relgraph JSON graph and answers one shortest
path query, as `relgraph path` does (relations walked in either direction).

  python3 benches/networkx_path.py GRAPH.json FROM TO

Prints the seconds for loading, for the query, and in all.
"""
import json, sys, time

import networkx as nx


def main():
    path, a, b = sys.argv[1:4]
    t0 = time.perf_counter()
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    g = nx.MultiGraph()
    for actor in doc["actors"]:
        g.add_node(actor["id"], **{k: v for k, v in actor.items() if k != "id"})
    for r in doc["relations"]:
        g.add_edge(r["source"], r["target"], kind=r["kind"], count=r["count"], evidence=r["evidence"])
    t1 = time.perf_counter()
    p = nx.shortest_path(g, a, b)
    t2 = time.perf_counter()
    print(f"networkx load {t1 - t0:.2f} s, query {t2 - t1:.3f} s, total {t2 - t0:.2f} s, path length {len(p) - 1}")


if __name__ == "__main__":
    main()
