#!/usr/bin/env bash
# Builds benchmarks/target/benchmarks.jar and runs the JMH suite (about 6 minutes with the
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

java -jar benchmarks/target/benchmarks.jar -rf json -rff benchmarks/target/jmh-result.json "$@"

echo
java -cp benchmarks/target/benchmarks.jar io.github.fyplan.benchmarks.ResultsTable \
  benchmarks/target/jmh-result.json | tee benchmarks/target/jmh-result.md
