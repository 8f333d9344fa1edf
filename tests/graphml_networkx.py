#!/usr/bin/env python3
"""networkx reads relgraph's GraphML with the same nodes, edges and attributes as the JSON export.

  python3 tests/graphml_networkx.py target/release/relgraph ARTICLE_PATH...

Builds a graph from the articles, exports JSON and GraphML, reads the GraphML with networkx, and
compares. Prints `N passed, N failed` and exits non-zero on any failure.
"""
import collections, json, os, subprocess, sys, tempfile

import networkx as nx


def run(*cmd):
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def main():
    binary, paths = sys.argv[1], sys.argv[2:]
    passed = failed = 0

    def check(ok, what):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print("FAILED:", what)

    with tempfile.TemporaryDirectory() as d:
        g = os.path.join(d, "g.json")
        run(binary, "build", "-q", "-g", g, *paths)
        doc = json.loads(run(binary, "export", "-g", g, "--format", "json"))
        gml = os.path.join(d, "g.graphml")
        run(binary, "export", "-g", g, "--format", "graphml", "-o", gml)
        G = nx.read_graphml(gml)
        check(G.number_of_nodes() == len(doc["actors"]), f"nodes {G.number_of_nodes()} != {len(doc['actors'])}")
        check(G.number_of_edges() == len(doc["relations"]), f"edges {G.number_of_edges()} != {len(doc['relations'])}")
        for a in doc["actors"]:
            n = G.nodes[a["id"]]
            check(n["name"] == a["name"] and n["kind"] == a["kind"], f"actor {a['id']} name/kind")
            check(n.get("country", "") == (a["country"] or ""), f"actor {a['id']} country")
            check(n.get("role", "") == (a["role"] or ""), f"actor {a['id']} role")
        want = collections.Counter((r["source"], r["target"], r["kind"], r["count"], r["planned"]) for r in doc["relations"])
        got = collections.Counter((s, t, e["kind"], e["count"], e["planned"]) for s, t, e in G.edges(data=True))
        check(want == got, f"edge attributes differ: {want - got} / {got - want}")
        check(all(isinstance(e["count"], int) for _, _, e in G.edges(data=True)), "count is typed int")
        check(all(isinstance(e["planned"], bool) for _, _, e in G.edges(data=True)), "planned is typed boolean")
    print(f"graphml-networkx: {passed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
