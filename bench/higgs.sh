#!/usr/bin/env bash
# Benchmark, not a test: imports an edge list (by default higgs-mention, 116k accounts, 151k edges) into a
# fresh embedded store, runs `convene analyze`, then Leiden + PageRank RUNS times more on one projection in a
# new JVM (AlgorithmRepeat: side by side as the analysis runs them, taking turns with one after the other; the
# first side-by-side run is cold, the median of the others warm), and in the same run times
# python-igraph (Debian's python3-igraph) on the same file, RUNS times too. Prints the figures and ratios;
# keeps everything in target/bench/.
# Usage: bench/higgs.sh [EDGE_LIST] [RUNS, default 5]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../.ci/env.sh"
cd "$convene_root"
edges="$(realpath "${1:-$convene_root/../shared/data/higgs-mention.edgelist}")"
runs="${2:-5}"
out=target/bench
mkdir -p "$out"
/usr/bin/python3 -c 'import igraph' 2>/dev/null || {
  echo "bench: python-igraph is missing: apt-get install -y python3-igraph" >&2; exit 1; }

# run from the compiled classes (the repeat runner is a test class): no jar or frontend bundle needed
.ci/mvn -q test-compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
classpath="target/classes:target/test-classes:$(cat "$out/classpath.txt")"
jvm=(-Xmx2g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
     --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
     --enable-native-access=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true)
[ "$(java_major "$JAVA_HOME")" -ge 24 ] && jvm+=(--sun-misc-unsafe-memory-access=allow)
java_cp() { "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$classpath" "$@"; }
convene() { java_cp org.convene.ConveneApplication "$@"; }
store="$(mktemp -d /tmp/convene-bench-XXXXXX)"
trap 'rm -rf "$store"' EXIT
now() { date +%s.%N; }
load() { cut -d' ' -f1-3 /proc/loadavg; }

echo "bench: importing $edges into a fresh store" >&2
load > "$out/load.txt"
t0=$(now)
convene import --data-dir "$store" --format edgelist --json "$edges" > "$out/import.json"
t1=$(now)
echo "bench: analyzing" >&2
convene analyze --data-dir "$store" --json > "$out/analyze.json" 2> >(tee "$out/analyze.log" >&2)
t2=$(now)
load >> "$out/load.txt"
echo "bench: Leiden + PageRank $runs times on one projection, in a new JVM" >&2
java_cp org.convene.analysis.AlgorithmRepeat "$store" "$runs" side-by-side "sequential;pair.sequential=true" \
  > "$out/repeat.json"
load >> "$out/load.txt"
echo "bench: python-igraph on the same file, $runs times" >&2
/usr/bin/python3 bench/igraph_bench.py "$edges" "$runs" > "$out/igraph.json"
# Debian's igraph runs PRPACK on OpenMP threads: on two shared cores one thread was faster and steadier
OMP_NUM_THREADS=1 /usr/bin/python3 bench/igraph_bench.py "$edges" "$runs" > "$out/igraph-1thread.json"
load >> "$out/load.txt"

/usr/bin/python3 - "$out" "$t0" "$t1" "$t2" <<'PY' | tee "$out/summary.txt"
import json, statistics, sys
out, t0, t1, t2 = sys.argv[1], *map(float, sys.argv[2:])
a = json.load(open(f"{out}/analyze.json")); i = json.load(open(f"{out}/igraph.json"))
settings = json.load(open(f"{out}/repeat.json"))["settings"]
rep, seq = settings[0]["runs"], settings[1]["runs"]
f = a["figures"]; steps = {s["name"]: s["seconds"] for s in a["steps"]}
gds = (f["leidenComputeMillis"] + f["pagerankComputeMillis"]) / 1000
pair = f["leidenPagerankWallMillis"] / 1000
gds_steps = steps["leiden and pagerank"]
ig = i["leidenSeconds"] + i["pagerankSeconds"]
print(f"accounts {f['accounts']:,}, igraph {i['accounts']:,} vertices / {i['edges']:,} edges")
print(f"import (own JVM, incl. database start): {t1 - t0:.1f} s; analyze command: {t2 - t1:.1f} s")
print("analysis pipeline, by step (s): " + ", ".join(f"{k} {v:.1f}" for k, v in steps.items()))
print(f"analysis pipeline total: {a['seconds']:.1f} s (goal: under 60 s)")
print(f"Convene Leiden {f['communities']:,} communities, modularity {f['modularity']:.4f}; "
      f"igraph Leiden {i['communities']:,} communities, modularity {i['modularity']:.4f}")
print(f"analyze, side by side: GDS compute Leiden {f['leidenComputeMillis']/1000:.2f} s + PageRank "
      f"{f['pagerankComputeMillis']/1000:.2f} s = {gds:.2f} s; wall time of the pair {pair:.2f} s; the step {gds_steps:.2f} s")
print(f"igraph {i['igraph']}: Leiden {i['leidenSeconds']:.2f} s + PageRank {i['pagerankSeconds']:.2f} s = {ig:.2f} s")
print(f"ratio Convene/igraph in analyze, Leiden+PageRank: pair wall {pair/ig:.2f}x, summed compute {gds/ig:.2f}x, "
      f"step {gds_steps/ig:.2f}x (goal: within 2x)")

def med(key, runs):
    return statistics.median(r[key] for r in runs) / 1000
warm = rep[1:] or rep
cold_l, cold_p = rep[0]["leidenComputeMillis"] / 1000, rep[0]["pagerankComputeMillis"] / 1000
warm_l, warm_p = med("leidenComputeMillis", warm), med("pagerankComputeMillis", warm)
cold_pair, warm_pair = rep[0]["pairWallMillis"] / 1000, med("pairWallMillis", warm)
cpu_cold, cpu_warm = rep[0]["pairCpuMillis"] / 1000, med("pairCpuMillis", warm)
seq_warm = seq[1:] or seq
print(f"repeat ({len(rep)} rounds on one projection, new JVM, side by side and sequential taking turns): "
      f"{rep[0]['communities']:,} communities, modularity {rep[0]['modularity']:.4f}, {rep[0]['pagerank']}; "
      f"same community ids every run and side by side as sequential: "
      f"{all(r['accountsInOtherCommunityThanFirstSetting'] == 0 for r in rep + seq)}, same communities up to "
      f"numbering: {all(r['accountsInOtherPartitionThanFirstSetting'] == 0 for r in rep + seq)}; largest PageRank difference "
      f"between them {max(r['maxPagerankDifferenceFromFirstSetting'] for r in rep + seq):.1e}")
print(f"Convene side by side, cold (first run): {cold_l:.2f} + {cold_p:.2f} = {cold_l + cold_p:.2f} s computing, "
      f"pair wall {cold_pair:.2f} s (CPU {cpu_cold:.2f} s); warm (median of {len(warm)}): {warm_l:.2f} + {warm_p:.2f} = "
      f"{warm_l + warm_p:.2f} s computing, pair wall {warm_pair:.2f} s (CPU {cpu_warm:.2f} s)")
print(f"Convene sequential (PageRank on {settings[1]['pagerankConfig'].split('concurrency=')[1].split(',')[0]} threads), "
      f"first run {seq[0]['pairWallMillis'] / 1000:.2f} s (after a side-by-side run), warm (median of {len(seq_warm)}): "
      f"{med('leidenComputeMillis', seq_warm):.2f} + {med('pagerankComputeMillis', seq_warm):.2f} s computing, pair wall "
      f"{med('pairWallMillis', seq_warm):.2f} s (CPU {med('pairCpuMillis', seq_warm):.2f} s)")
for label, b in (("igraph", i), ("igraph, 1 OpenMP thread", json.load(open(f"{out}/igraph-1thread.json")))):
    ig_cold = b["leidenSeconds"] + b["pagerankSeconds"]
    ig_warm = b["leidenWarmSeconds"] + b["pagerankWarmSeconds"]
    ig_cpu_cold = b["leidenCpuSeconds"] + b["pagerankCpuSeconds"]
    ig_cpu_warm = b["leidenWarmCpuSeconds"] + b["pagerankWarmCpuSeconds"]
    print(f"{label}: cold {b['leidenSeconds']:.2f} + {b['pagerankSeconds']:.2f} = {ig_cold:.2f} s, warm "
          f"{b['leidenWarmSeconds']:.2f} + {b['pagerankWarmSeconds']:.2f} = {ig_warm:.2f} s; ratio Convene/igraph: "
          f"pair wall (2 cores) cold {cold_pair / ig_cold:.1f}x, warm {warm_pair / ig_warm:.1f}x (goal: within 2x); "
          f"summed compute cold {(cold_l + cold_p) / ig_cold:.1f}x, warm {(warm_l + warm_p) / ig_warm:.1f}x; "
          f"CPU cold {cpu_cold / ig_cpu_cold:.1f}x, warm {cpu_warm / ig_cpu_warm:.1f}x")
print("load average (1, 5, 15 min) at start, after analyze, after repeat, after igraph: "
      + " | ".join(open(f"{out}/load.txt").read().split("\n")[:4]))
PY
