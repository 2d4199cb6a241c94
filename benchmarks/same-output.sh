#!/usr/bin/env bash
# Builds the same handbooks with the plugin of an earlier commit and with the installed plugin, and
# compares every file of the sites and reports byte for byte (see README.md).
#
#   benchmarks/same-output.sh --base REV [--install] [--sizes "1000"] [--corpora "synthetic prose"]
#
# With ISMS_BENCH_M2=DIR the plugins are installed into a private copy of the local repository.
# The handbooks: the example project of this checkout, benchmarks/edge-project (bodies that stress the
# renderer) and the benchmark corpora. The only difference
# allowed is the plugin's own version in the reports (findings.json, findings.sarif name the tool's
# version), which is replaced before comparing. Exit status 0: identical; 1: differences (listed).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

BASE=""
SIZES="1000"
CORPORA="synthetic prose"
INSTALL=0
while [ $# -gt 0 ]; do
  case "$1" in
    --base) BASE="$2"; shift ;;
    --sizes) SIZES="$2"; shift ;;
    --corpora) CORPORA="$2"; shift ;;
    --install) INSTALL=1 ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) say "unknown option: $1"; exit 2 ;;
  esac
  shift
done
[ -n "$BASE" ] || { say "--base REV is required"; exit 2; }

ensure_tools
[ "$INSTALL" -eq 1 ] && install_plugin
plugin_installed || { say "$PLUGIN is not installed: run with --install"; exit 2; }
install_base_plugin "$BASE"
CURRENT_VERSION="${PLUGIN##*:}"
OUT="$TARGET_DIR/same-output"
rm -rf "$OUT"

# build NAME PROJECT_DIR: the site and reports of both plugins into $OUT/{base,current}/NAME
build() {
  local name=$1 project=$2 which plugin target
  for which in base current; do
    plugin=$PLUGIN
    [ "$which" = base ] && plugin=$BASE_PLUGIN
    target="$OUT/$which/$name"
    mkdir -p "$target"
    mvn -B -q -o "${MVN_REPO_ARGS[@]}" -f "$project/pom.xml" "$plugin:build" -Disms.failOnError=false \
      -Disms.outputDirectory="$target/site" \
      >"$target.log" 2>&1 || { say "$which plugin failed on $name: see $target.log"; return 1; }
    # the reports land in the project's target/isms: move them next to the site
    if [ -d "$project/target/isms" ]; then mv "$project/target/isms" "$target/isms"; fi
    # the reports name the plugin's version; nothing else may differ
    { grep -rlZ --include='*.json' --include='*.sarif' --include='*.xml' -e "$BASE_VERSION" "$target" 2>/dev/null || true; } \
      | xargs -0 -r sed -i "s/$BASE_VERSION/$CURRENT_VERSION/g"
  done
}

build example "$REPO_DIR/example-project"
build edge "$REPO_DIR/benchmarks/edge-project"
for kind in $CORPORA; do
  for n in $SIZES; do
    ensure_corpus "$kind" "$n"
    build "$kind-$n" "$(corpus_dir "$kind" "$n")"
  done
done

if diff -rq "$OUT/base" "$OUT/current" >"$OUT/differences.txt"; then
  files=$(find "$OUT/current" -type f | wc -l)
  say "identical: $files files in $(find "$OUT/current" -mindepth 1 -maxdepth 1 -type d | wc -l) handbooks"
  exit 0
fi
say "the outputs differ ($(wc -l <"$OUT/differences.txt") files), see $OUT/differences.txt:"
head -20 "$OUT/differences.txt" >&2
exit 1
