"""Times python-igraph on an edge list the way Convene analyses it, for bench/higgs.sh.

Directed, weighted graph; parallel edges summed and self-loops dropped, as Convene's INTERACTS;
Leiden (modularity, resolution 1, until stable) on the undirected graph with summed weights; weighted PageRank
(damping 0.85) on the directed one. Prints one JSON object with seconds and figures.
Run with Debian's python3-igraph: /usr/bin/python3 bench/igraph_bench.py FILE
"""
import json
import random
import sys
import time

import igraph as ig


def main(path):
    started = time.perf_counter()
    rows = []
    with open(path) as f:
        for line in f:
            parts = line.split()
            if not parts or parts[0].startswith("#") or len(parts) < 2:
                continue
            rows.append((parts[0], parts[1], float(parts[2]) if len(parts) > 2 else 1.0))
    g = ig.Graph.TupleList(rows, directed=True, edge_attrs=["weight"])
    g.simplify(multiple=True, loops=True, combine_edges={"weight": "sum"})
    u = g.as_undirected(mode="collapse", combine_edges={"weight": "sum"})
    loaded = time.perf_counter()

    random.seed(42)
    ig.set_random_number_generator(random)
    t = time.perf_counter()
    parts = u.community_leiden(objective_function="modularity", weights="weight", resolution_parameter=1.0, n_iterations=-1)
    leiden = time.perf_counter() - t

    t = time.perf_counter()
    g.pagerank(weights="weight", damping=0.85, directed=True)
    pagerank = time.perf_counter() - t

    print(json.dumps({
        "igraph": ig.__version__,
        "accounts": g.vcount(), "edges": g.ecount(), "undirectedEdges": u.ecount(),
        "loadSeconds": round(loaded - started, 3),
        "leidenSeconds": round(leiden, 3), "communities": len(parts),
        "modularity": round(u.modularity(parts.membership, weights="weight"), 4),
        "pagerankSeconds": round(pagerank, 3),
    }))


if __name__ == "__main__":
    main(sys.argv[1])
