#!/usr/bin/env bash
# Benchmark, not a test: imports an edge list (by default higgs-mention, 116k accounts, 151k edges) into a
# fresh embedded store, runs `convene analyze`, and in the same run times python-igraph (Debian's
# python3-igraph) on the same file. Prints the figures and ratios; keeps everything in target/bench/.
# Usage: bench/higgs.sh [EDGE_LIST]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../.ci/env.sh"
cd "$convene_root"
edges="$(realpath "${1:-$convene_root/../shared/data/higgs-mention.edgelist}")"
out=target/bench
mkdir -p "$out"
/usr/bin/python3 -c 'import igraph' 2>/dev/null || {
  echo "bench: python-igraph is missing: apt-get install -y python3-igraph" >&2; exit 1; }

# run from the compiled classes: no jar or frontend bundle needed
.ci/mvn -o -q compile dependency:build-classpath -Dmdep.outputFile="$out/classpath.txt"
classpath="target/classes:$(cat "$out/classpath.txt")"
jvm=(-Xmx2g --add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
     --add-opens=java.base/sun.nio.ch=ALL-UNNAMED --add-opens=java.base/java.lang=ALL-UNNAMED
     --enable-native-access=ALL-UNNAMED -Dio.netty.tryReflectionSetAccessible=true)
[ "$(java_major "$JAVA_HOME")" -ge 24 ] && jvm+=(--sun-misc-unsafe-memory-access=allow)
convene() { "$JAVA_HOME/bin/java" "${jvm[@]}" -cp "$classpath" org.convene.ConveneApplication "$@"; }
store="$(mktemp -d /tmp/convene-bench-XXXXXX)"
trap 'rm -rf "$store"' EXIT
now() { date +%s.%N; }

echo "bench: importing $edges into a fresh store" >&2
t0=$(now)
convene import --data-dir "$store" --format edgelist --json "$edges" > "$out/import.json"
t1=$(now)
echo "bench: analyzing" >&2
convene analyze --data-dir "$store" --json > "$out/analyze.json" 2> >(tee "$out/analyze.log" >&2)
t2=$(now)
echo "bench: python-igraph on the same file" >&2
/usr/bin/python3 bench/igraph_bench.py "$edges" > "$out/igraph.json"

/usr/bin/python3 - "$out" "$t0" "$t1" "$t2" <<'PY' | tee "$out/summary.txt"
import json, sys
out, t0, t1, t2 = sys.argv[1], *map(float, sys.argv[2:])
a = json.load(open(f"{out}/analyze.json")); i = json.load(open(f"{out}/igraph.json"))
f = a["figures"]; steps = {s["name"]: s["seconds"] for s in a["steps"]}
gds = (f["leidenComputeMillis"] + f["pagerankComputeMillis"]) / 1000
gds_steps = steps["leiden"] + steps["pagerank"]
ig = i["leidenSeconds"] + i["pagerankSeconds"]
print(f"accounts {f['accounts']:,}, igraph {i['accounts']:,} vertices / {i['edges']:,} edges")
print(f"import (own JVM, incl. database start): {t1 - t0:.1f} s; analyze command: {t2 - t1:.1f} s")
print("analysis pipeline, by step (s): " + ", ".join(f"{k} {v:.1f}" for k, v in steps.items()))
print(f"analysis pipeline total: {a['seconds']:.1f} s (goal: under 60 s)")
print(f"Convene Leiden {f['communities']:,} communities, modularity {f['modularity']:.4f}; "
      f"igraph Leiden {i['communities']:,} communities, modularity {i['modularity']:.4f}")
print(f"GDS compute: Leiden {f['leidenComputeMillis']/1000:.2f} s + PageRank {f['pagerankComputeMillis']/1000:.2f} s = {gds:.2f} s")
print(f"Convene steps with write-back: Leiden {steps['leiden']:.2f} s + PageRank {steps['pagerank']:.2f} s = {gds_steps:.2f} s")
print(f"igraph {i['igraph']}: Leiden {i['leidenSeconds']:.2f} s + PageRank {i['pagerankSeconds']:.2f} s = {ig:.2f} s")
print(f"ratio Convene/igraph, Leiden+PageRank: compute {gds/ig:.2f}x, with write-back {gds_steps/ig:.2f}x (goal: within 2x)")
PY
