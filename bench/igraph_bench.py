"""Times python-igraph on an edge list the way Convene analyses it, for bench/higgs.sh.

Directed, weighted graph; parallel edges summed and self-loops dropped, as Convene's INTERACTS;
Leiden (modularity, resolution 1, until stable) on the undirected graph with summed weights; weighted PageRank
(damping 0.85) on the directed one. Prints one JSON object with seconds and figures: the first run of each
(leidenSeconds, pagerankSeconds) and, with RUNS above 1, the median of the runs after it (...WarmSeconds),
the same rule as Convene's side of bench/higgs.sh.
Run with Debian's python3-igraph: /usr/bin/python3 bench/igraph_bench.py FILE [RUNS]
"""
import json
import random
import statistics
import sys
import time

import igraph as ig


def main(path, runs=1):
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

    ig.set_random_number_generator(random)
    leiden, pagerank, leiden_cpu, pagerank_cpu = [], [], [], []
    for _ in range(runs):
        random.seed(42)
        c, t = time.process_time(), time.perf_counter()
        parts = u.community_leiden(objective_function="modularity", weights="weight", resolution_parameter=1.0,
                                   n_iterations=-1)
        leiden.append(time.perf_counter() - t)
        leiden_cpu.append(time.process_time() - c)
        c, t = time.process_time(), time.perf_counter()
        g.pagerank(weights="weight", damping=0.85, directed=True)
        pagerank.append(time.perf_counter() - t)
        pagerank_cpu.append(time.process_time() - c)

    print(json.dumps({
        "igraph": ig.__version__,
        "accounts": g.vcount(), "edges": g.ecount(), "undirectedEdges": u.ecount(),
        "loadSeconds": round(loaded - started, 3),
        "leidenSeconds": round(leiden[0], 3), "communities": len(parts),
        "modularity": round(u.modularity(parts.membership, weights="weight"), 4),
        "pagerankSeconds": round(pagerank[0], 3),
        "runs": runs,
        "leidenWarmSeconds": round(statistics.median(leiden[1:] or leiden), 3),
        "pagerankWarmSeconds": round(statistics.median(pagerank[1:] or pagerank), 3),
        "leidenCpuSeconds": round(leiden_cpu[0], 3), "pagerankCpuSeconds": round(pagerank_cpu[0], 3),
        "leidenWarmCpuSeconds": round(statistics.median(leiden_cpu[1:] or leiden_cpu), 3),
        "pagerankWarmCpuSeconds": round(statistics.median(pagerank_cpu[1:] or pagerank_cpu), 3),
    }))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1)
