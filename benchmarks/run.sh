#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the JMH suite (about 14 minutes with the
# settings in the annotations), then prints a Markdown table of the results.
#
#   benchmarks/run.sh                              # the whole suite
#   benchmarks/run.sh -f 1 -wi 1 -i 1 -w 1s -r 1s  # a smoke run; any JMH options are passed on
#   benchmarks/run.sh PlanReading                  # only benchmarks matching a pattern
#
# Results: benchmarks/target/jmh-result.json (JMH JSON) and benchmarks/target/jmh-result.md.
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ "${SKIP_BUILD:-}" != "1" ]]; then
  mvn -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip -Dmaven.source.skip
fi

started="$(date -u '+%Y-%m-%d %H:%M UTC')"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"

echo
{
  echo "Run: ${started} to $(date -u '+%H:%M UTC'); JMH options: ${*:-as annotated (3 x 2 s warmup, 5 x 2 s measurement, 1 fork)}"
  echo "Machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')), load average before ${load_before}"
  echo "JDK: $(java -version 2>&1 | head -2 | tail -1)"
  echo
  java -cp benchmarks/target/benchmarks.jar io.github.fyplan.benchmarks.ResultsTable benchmarks/target/jmh-result.json
} | tee benchmarks/target/jmh-result.md
