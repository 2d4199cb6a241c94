#!/usr/bin/env bash
# Measures how fast `isms:serve` shows an edit: on a copy of the 1,000-document corpus, appends a
# unique word to one document and polls that document's page until the word appears.
# Target: median ≤ 300 ms (see README.md).
#
#   benchmarks/serve-latency.sh [--edits N] [--docs N]
#
# Writes benchmarks/target/serve-latency.tsv (one line per edit); run.sh --serve folds it into
# results.md. Exit status 3: the installed plugin has no serve goal (nothing measured).
set -euo pipefail
# shellcheck source=lib.sh
. "$(dirname "$0")/lib.sh"

EDITS="${EDITS:-5}"
DOCS="${DOCS:-1000}"
STARTUP_TIMEOUT="${STARTUP_TIMEOUT:-300}"   # seconds for Maven to start serving
EDIT_TIMEOUT="${EDIT_TIMEOUT:-10}"          # seconds for one edit to show

while [ $# -gt 0 ]; do
  case "$1" in
    --edits) EDITS="$2"; shift ;;
    --docs) DOCS="$2"; shift ;;
    -h|--help) sed -n '2,10p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) say "unknown option: $1"; exit 2 ;;
  esac
  shift
done

OUT_TSV="$TARGET_DIR/serve-latency.tsv"
rm -f "$OUT_TSV"
mkdir -p "$TARGET_DIR/logs"
ensure_tools

if ! plugin_installed; then
  say "serve latency NOT MEASURED: $PLUGIN is not in the local repository (run.sh --install)"
  exit 3
fi
if ! plugin_has_goal serve; then
  say "serve latency NOT MEASURED: the installed plugin has no 'serve' goal yet ($PLUGIN_JAR)"
  exit 3
fi

ensure_corpus synthetic "$DOCS"
# A private copy, so that the edits never touch the cached corpus.
WORK="$TARGET_DIR/serve-$DOCS"
rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$TARGET_DIR/corpus-$DOCS/pom.xml" "$TARGET_DIR/corpus-$DOCS/src" "$TARGET_DIR/corpus-$DOCS/manifest.tsv" "$WORK/"

DOC=$(awk -F'\t' 'NR > 1 && $3 == "policy" && $4 == "approved" { print $1; exit }' "$WORK/manifest.tsv")
PAGE="${DOC%.md}.html"
PORT=$(free_port)
LOG="$TARGET_DIR/logs/serve.log"
say "starting isms:serve on 127.0.0.1:$PORT ($DOCS documents); edits go to $DOC, polled at /$PAGE"

# In its own session (no job control here, so setsid does not fork and $! is Maven's JVM): one kill
# of that process group ends the server and anything it started.
setsid mvn -B -o -f "$WORK/pom.xml" "$PLUGIN:serve" -Disms.port="$PORT" >"$LOG" 2>&1 &
SERVER=$!
stop_server() { kill -- "-$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap stop_server EXIT

status=0
python3 - "$PORT" "$PAGE" "$WORK/src/handbook/$DOC" "$EDITS" "$OUT_TSV" "$SERVER" "$STARTUP_TIMEOUT" \
  "$EDIT_TIMEOUT" <<'EOF' || status=$?
import os, statistics, sys, time, urllib.error, urllib.request

port, page, source, edits, out, server, startup_timeout, edit_timeout = sys.argv[1:]
url = f"http://127.0.0.1:{port}/{page}"


def alive():
    try:
        os.kill(int(server), 0)
        return True
    except OSError:
        return False


def fetch():
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.read().decode("utf-8", "replace")
    except (urllib.error.URLError, OSError):
        return None


start = time.monotonic()
while fetch() is None:
    if not alive():
        sys.exit("serve latency NOT MEASURED: Maven ended before serving (see logs/serve.log)")
    if time.monotonic() - start > float(startup_timeout):
        sys.exit(f"serve latency NOT MEASURED: {url} not served within {startup_timeout} s")
    time.sleep(0.1)
print(f"[bench] first page served {time.monotonic() - start:.1f} s after start", file=sys.stderr)

rows = ["edit\tword\tlatency_ms"]
latencies = []
for edit in range(1, int(edits) + 1):
    time.sleep(1.0)  # let the watcher settle after the previous rebuild
    word = f"benchmarkedit{edit}x{os.getpid()}"
    with open(source, "a", encoding="utf-8") as doc:
        doc.write(f"\nEdited for the latency benchmark: {word}.\n")
    edited = time.monotonic()
    latency = None
    while time.monotonic() - edited < float(edit_timeout):
        body = fetch()
        if body is not None and word in body:
            latency = (time.monotonic() - edited) * 1000
            break
        time.sleep(0.005)
    rows.append(f"{edit}\t{word}\t{'%.0f' % latency if latency is not None else 'timeout'}")
    print(f"[bench] edit {edit}: " + (f"{latency:.0f} ms" if latency is not None else
                                     f"not shown within {edit_timeout} s"), file=sys.stderr)
    if latency is not None:
        latencies.append(latency)

with open(out, "w", encoding="utf-8") as tsv:
    tsv.write("\n".join(rows) + "\n")
if len(latencies) == int(edits):
    print(f"[bench] serve latency: median {statistics.median(latencies):.0f} ms over {edits} edits "
          f"(target ≤ 300 ms)", file=sys.stderr)
else:
    sys.exit(f"serve latency: {int(edits) - len(latencies)} of {edits} edits never showed")
EOF
exit "$status"
