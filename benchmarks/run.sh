#!/usr/bin/env bash
# Builds the benchmarks and runs all of them.
#
#   benchmarks/run.sh quick   # smoke test, well under 2 minutes; its figures mean nothing
#   benchmarks/run.sh full    # the reported figures; about an hour on 2 cores
#
# Results are printed and saved under benchmarks/target/benchmark-results/. Nothing here asserts
# anything about times: the run fails only if a benchmark fails.
set -euo pipefail

mode="${1:-quick}"
case "$mode" in
  quick|full) ;;
  *) echo "usage: $0 [quick|full]" >&2; exit 2 ;;
esac

cd "$(dirname "$0")"

# Builds the module and what it depends on from the root, so a fresh clone needs nothing installed first.
# Offline first (everything is usually in ~/.m2); online if something is missing.
build=(-q -B -ntp -f ../pom.xml package -DskipTests -pl benchmarks -am)
mvn -o "${build[@]}" || mvn "${build[@]}"

jar=target/benchmarks.jar
java_opts=(-Dslf4j.internal.verbosity=ERROR)

# 1. JMH: per-call overhead and decoding. The fixed-response server needs TCP_NODELAY, or small
#    responses wait ~40 ms for delayed ACKs (forks get the same flag from the suite).
java "${java_opts[@]}" -Dsun.net.httpserver.nodelay=true -Xmx4g \
  -cp "$jar" io.github.singlestorehttp.benchmarks.jmh.JmhSuite "$mode"

# 2. Peak heap to decode a large body, in child JVMs with capped heaps.
java "${java_opts[@]}" -cp "$jar" io.github.singlestorehttp.benchmarks.heap.DecodeHeapLadder "$mode"

# 3. End to end against the local server: latency, throughput, JDBC, Python, batches, server heap, streaming.
java "${java_opts[@]}" -Xmx4g -cp "$jar" io.github.singlestorehttp.benchmarks.harness.EndToEndMain "$mode"

# 4. Cold start of the sample app: plain JVM, AOT on the JVM, CDS, AOT + CDS (builds the sample app itself).
./cold-start.sh "$mode"

echo "Results: $(pwd)/target/benchmark-results/"
