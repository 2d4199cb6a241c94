#!/usr/bin/env bash
# The one walk of the Git history that gives every document its last change: generates a repository of
# N documents and M commits (JGit, seeded) and times reading the facts of all documents, against the time
# of one 'git log -1 -- file' per document (see README.md).
#
#   benchmarks/git-history.sh [--files N] [--commits M] [--runs R]
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

FILES=2000
COMMITS=500
RUNS=5
while [ $# -gt 0 ]; do
  case "$1" in
    --files) FILES="$2"; shift ;;
    --commits) COMMITS="$2"; shift ;;
    --runs) RUNS="$2"; shift ;;
    -h|--help) sed -n '2,6p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) say "unknown option: $1"; exit 2 ;;
  esac
  shift
done

MODULE="$REPO_DIR/isms-maven-plugin"
CLASSPATH_FILE="$TARGET_DIR/git-history.classpath"
REPOSITORY="$TARGET_DIR/git-history-$FILES-$COMMITS"
mkdir -p "$TARGET_DIR"
rm -rf "$REPOSITORY"
say "compiling the harness and resolving its class path"
(cd "$REPO_DIR" && mvn -B -q -o -pl isms-maven-plugin test-compile \
  dependency:build-classpath -Dmdep.outputFile="$CLASSPATH_FILE" -Dmdep.includeScope=test >/dev/null)
java -cp "$MODULE/target/test-classes:$MODULE/target/classes:$(cat "$CLASSPATH_FILE")" \
  io.github.ismshandbook.isms.bench.GitHistoryBenchmark "$REPOSITORY" "$FILES" "$COMMITS" "$RUNS" 2>&1 \
  | grep -v '^SLF4J'
