#!/usr/bin/env bash
# Times isms-maven-plugin against Hugo, end to end, on generated handbooks (see README.md).
#
#   benchmarks/run.sh [--install] [--runs N] [--warmup N] [--sizes "100 1000 10000"]
#                     [--corpora "synthetic prose"] [--base REV] [--no-floor]
#                     [--hugo-only | --isms-only] [--no-xmx] [--serve]
#
# Results: benchmarks/target/results.md (table of medians and ratios), runs.tsv (every run),
# logs/ (each run's output and /usr/bin/time -v report).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

RUNS="${RUNS:-3}"
WARMUP="${WARMUP:-1}"
SIZES="${SIZES:-100 1000 10000}"
CORPORA="${CORPORA:-synthetic prose}"
TOOLS="hugo isms"
INSTALL=0
XMX_CHECK=1
SERVE=0
FLOOR=1
BASE=""

usage() { sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
  case "$1" in
    --install) INSTALL=1 ;;
    --runs) RUNS="$2"; shift ;;
    --warmup) WARMUP="$2"; shift ;;
    --sizes) SIZES="$2"; shift ;;
    --corpora) CORPORA="$2"; shift ;;
    --base) BASE="$2"; shift ;;
    --no-floor) FLOOR=0 ;;
    --hugo-only) TOOLS="hugo" ;;
    --isms-only) TOOLS="isms" ;;
    --no-xmx) XMX_CHECK=0 ;;
    --serve) SERVE=1 ;;
    -h|--help) usage; exit 0 ;;
    *) say "unknown option: $1"; usage; exit 2 ;;
  esac
  shift
done
[ "$RUNS" -ge 1 ] || { say "--runs must be at least 1"; exit 2; }

mkdir -p "$TARGET_DIR/logs"
RUNS_TSV="$TARGET_DIR/runs.tsv"
ensure_tools
[[ " $TOOLS " == *" hugo "* ]] && ensure_hugo
[ "$INSTALL" -eq 1 ] && install_plugin

ISMS_AVAILABLE=1
if [[ " $TOOLS " == *" isms "* ]] && ! plugin_installed; then
  say "$PLUGIN is not in the local repository ($PLUGIN_JAR): run with --install; timing Hugo only"
  ISMS_AVAILABLE=0
fi
[ "$ISMS_AVAILABLE" -eq 1 ] || TOOLS="${TOOLS//isms/}"
if [[ " $TOOLS " == *" isms "* ]]; then ISMS_STATE="timed"
elif [ "$ISMS_AVAILABLE" -eq 1 ]; then ISMS_STATE="not timed (--hugo-only)"
else ISMS_STATE="not installed"
fi

# The previous plugin (--base REV) is timed as a third tool, "isms-base", right after isms.
if [ -n "$BASE" ] && [[ " $TOOLS " == *" isms "* ]]; then
  install_base_plugin "$BASE"
  TOOLS="$TOOLS isms-base"
fi
for kind in $CORPORA; do
  for n in $SIZES; do ensure_corpus "$kind" "$n"; done
done
[ "$FLOOR" -eq 1 ] && ensure_floor_project

# Seconds from /usr/bin/time's "h:mm:ss" or "m:ss.ss".
wall_seconds() {
  sed -n 's/^\s*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$1" \
    | awk -F: '{ s = 0; for (i = 1; i <= NF; i++) s = s * 60 + $i; printf "%.2f", s }'
}
peak_rss_kb() { sed -n 's/^\s*Maximum resident set size (kbytes): //p' "$1"; }
# User plus system CPU seconds: steadier than wall time when others share the machine.
cpu_seconds() {
  awk -F': ' '/(User|System) time \(seconds\)/ { s += $2 } END { printf "%.2f", s }' "$1"
}

# One end-to-end run from a clean output folder. Appends a line to runs.tsv.
#   measure TOOL KIND N PHASE RUN      (TOOL floor: `mvn validate` of an empty project; KIND and N unused)
measure() {
  local tool=$1 kind=$2 n=$3 phase=$4 run=$5 corpus out status=0 pages=0
  corpus=$(corpus_dir "$kind" "$n")
  local name="$tool-$kind-$n-$phase-$run" load
  load=$(cut -d' ' -f1 /proc/loadavg)
  local report="$TARGET_DIR/logs/$name.time" log="$TARGET_DIR/logs/$name.log"
  case "$tool" in
    hugo)
      out="$TARGET_DIR/hugo-out-$n"
      rm -rf "$out"
      /usr/bin/time -v -o "$report" hugo --quiet --source "$corpus/hugo" --destination "$out" \
        >"$log" 2>&1 || status=$?
      ;;
    isms|isms-base|isms-xmx512m)
      # mvn execs its JVM, so /usr/bin/time measures Maven's JVM itself (and the RSS is that JVM's).
      out="$corpus/target/handbook"
      rm -rf "$corpus/target"
      local opts="${ISMS_MAVEN_OPTS:-}" plugin=$PLUGIN
      [ "$tool" = isms-xmx512m ] && opts="$opts -Xmx512m"
      [ "$tool" = isms-base ] && plugin=$BASE_PLUGIN
      MAVEN_OPTS="$opts" /usr/bin/time -v -o "$report" mvn -B -q -o "${MVN_REPO_ARGS[@]}" -f "$corpus/pom.xml" \
        "$plugin:build" -Disms.failOnError=false >"$log" 2>&1 || status=$?
      ;;
    floor)
      out=""
      MAVEN_OPTS="${ISMS_MAVEN_OPTS:-}" /usr/bin/time -v -o "$report" mvn -B -q -o "${MVN_REPO_ARGS[@]}" -f "$TARGET_DIR/floor/pom.xml" \
        validate >"$log" 2>&1 || status=$?
      ;;
  esac
  [ -n "$out" ] && [ -d "$out" ] && pages=$(find "$out" -name '*.html' | wc -l)
  [ -n "$out" ] && [ "$status" -eq 0 ] && [ ! -f "$out/index.html" ] && status=-1   # exit 0 but no site: not a success
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$tool" "$kind" "$n" "$phase" "$run" "$(wall_seconds "$report")" \
    "$(cpu_seconds "$report")" "$(peak_rss_kb "$report")" "$status" "$pages" "$load" >>"$RUNS_TSV"
  say "$(printf '%-12s %-9s %5s docs %-6s #%s  wall %6ss  cpu %6ss  %7s kB  exit %s  %5s pages  load %s' "$tool" \
    "$kind" "$n" "$phase" "$run" "$(wall_seconds "$report")" "$(cpu_seconds "$report")" "$(peak_rss_kb "$report")" \
    "$status" "$pages" "$load")"
  [ "$status" -eq 0 ] || say "  see $log"
}

printf 'tool\tcorpus\tdocuments\tphase\trun\twall_s\tcpu_s\tpeak_rss_kb\texit\tpages\tload1\n' >"$RUNS_TSV"
SMALLEST=$(printf '%s\n' $SIZES | sort -n | head -1)
for kind in $CORPORA; do
  for n in $SIZES; do
    # Maven's floor is timed beside the smallest size, so that the two share the machine's state.
    tools=$TOOLS
    [ "$FLOOR" -eq 1 ] && [ "$n" = "$SMALLEST" ] && [[ " $TOOLS " == *" isms "* ]] && tools="$tools floor"
    # Warm-up runs fill the page cache and are not counted.
    for ((r = 1; r <= WARMUP; r++)); do
      for tool in $tools; do measure "$tool" "$kind" "$n" warmup "$r"; done
    done
    # Alternating, so that a slow phase of the machine hits every tool alike.
    for ((r = 1; r <= RUNS; r++)); do
      for tool in $tools; do measure "$tool" "$kind" "$n" timed "$r"; done
    done
  done
done

LARGEST=$(printf '%s\n' $SIZES | sort -n | tail -1)
if [ "$XMX_CHECK" -eq 1 ] && [[ " $TOOLS " == *" isms "* ]]; then
  for kind in $CORPORA; do measure isms-xmx512m "$kind" "$LARGEST" timed 1; done
fi

SERVE_ARGS=()
if [ "$SERVE" -eq 1 ]; then
  "$BENCH_DIR/serve-latency.sh" || say "serve latency: not measured (see above)"
  SERVE_ARGS=(--serve "$TARGET_DIR/serve-latency.tsv")
fi

python3 "$BENCH_DIR/summarize.py" "$RUNS_TSV" "${SERVE_ARGS[@]}" \
  --runs "$RUNS" --warmup "$WARMUP" --seed "$SEED" \
  --isms "$ISMS_STATE" ${BASE:+--base "$BASE ($(cat "$TARGET_DIR/base-plugin.commit"))"} \
  >"$TARGET_DIR/results.md"
cat "$TARGET_DIR/results.md"
say "written to $TARGET_DIR/results.md"
