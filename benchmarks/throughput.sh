#!/usr/bin/env bash
# The in-process harness: documents per second through load, check and render in a warm JVM, without
# Maven's start-up, and the time a preview update takes (see README.md).
#
#   benchmarks/throughput.sh [--docs N] [--warmup N] [--runs N] [--updates]
#
# Needs the reactor built once (mvn -B install -DskipTests at the repository root).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

DOCS=1000
WARMUP=2
RUNS=5
UPDATES=false
while [ $# -gt 0 ]; do
  case "$1" in
    --docs) DOCS="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    --updates) UPDATES=true ;;
    -h|--help) sed -n '2,7p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) say "unknown option: $1"; exit 2 ;;
  esac
  shift
done

ensure_tools
ensure_corpus synthetic "$DOCS"
MODULE="$REPO_DIR/isms-maven-plugin"
CLASSPATH_FILE="$TARGET_DIR/throughput.classpath"
say "compiling the harness and resolving its class path"
(cd "$REPO_DIR" && mvn -B -q -o -pl isms-maven-plugin test-compile \
  dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >/dev/null)
java -Dthroughput.updates="$UPDATES" \
  -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.github.ismshandbook.isms.bench.Throughput "$TARGET_DIR/corpus-$DOCS" "$WARMUP" "$RUNS" 2>&1 \
  | grep -v '^SLF4J'
