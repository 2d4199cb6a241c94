# Shared by run.sh and serve-latency.sh: paths, tool installation, corpus cache, plugin lookup.
# shellcheck shell=bash

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(dirname "$BENCH_DIR")"
TARGET_DIR="${BENCH_TARGET:-$BENCH_DIR/target}"
SEED="${SEED:-isms-bench}"
PLUGIN="io.github.ismshandbook:isms-maven-plugin:0.1.0-SNAPSHOT"
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

# Generates the corpus of $1 documents into $TARGET_DIR/corpus-$1 unless an identical one is there:
# the stamp names the generator's checksum, the count and the seed.
ensure_corpus() {
  local n=$1 dir="$TARGET_DIR/corpus-$1" stamp
  stamp="$(sha256sum "$BENCH_DIR/generate-corpus.py" | cut -d' ' -f1) $n $SEED"
  if [ -f "$dir/.stamp" ] && [ "$(cat "$dir/.stamp")" = "$stamp" ]; then
    return 0
  fi
  say "generating $n documents into $dir"
  rm -rf "$dir"
  python3 "$BENCH_DIR/generate-corpus.py" "$n" "$dir" --seed "$SEED" >&2
  echo "$stamp" >"$dir/.stamp"
}

install_plugin() {
  say "installing the plugin into the local repository (mvn install at $REPO_DIR)"
  (cd "$REPO_DIR" && mvn -B -q install -DskipTests)
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
