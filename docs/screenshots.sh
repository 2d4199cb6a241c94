#!/usr/bin/env bash
# Remakes the screenshots that the README shows: a document page and the Statement of Applicability of the
# example handbook, photographed with headless Chromium at 1280 px, light scheme.
#
#   docs/screenshots.sh [--no-build]
#
# Builds the example project first (offline, tests skipped) unless --no-build is given, then writes
# docs/images/document.png and docs/images/soa.png, made small with pngquant and optipng when they are installed
# (Debian packages of those names). Nothing is fetched from the network: the pages are opened from file:// and
# Chromium resolves no host names. CHROMIUM names another Chromium binary.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
SITE="$ROOT/example-project/target/handbook"
OUT="$ROOT/docs/images"
CHROMIUM=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}

if [ -z "$CHROMIUM" ]; then
  echo "screenshots.sh: Chromium not found (install Debian's chromium, or set CHROMIUM)" >&2
  exit 1
fi
if [ "${1:-}" != "--no-build" ]; then
  (cd "$ROOT" && mvn -B -o -q -pl example-project -am package -DskipTests -Djazzer.targets=none)
fi
if [ ! -f "$SITE/index.html" ]; then
  echo "screenshots.sh: $SITE/index.html is missing; build the example project first" >&2
  exit 1
fi
mkdir -p "$OUT"

# shoot NAME PAGE WIDTH HEIGHT: the top WIDTH x HEIGHT pixels of PAGE (relative to the site) into OUT/NAME.png
shoot() {
  local profile
  profile=$(mktemp -d)
  "$CHROMIUM" --headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync --user-data-dir="$profile" \
    --host-resolver-rules="MAP * ~NOTFOUND" --hide-scrollbars --force-device-scale-factor=1 \
    --blink-settings=preferredColorScheme=1 \
    --window-size="$3,$4" --screenshot="$OUT/$1.png" "file://$SITE/$2" >/dev/null 2>&1
  rm -rf "$profile"
  shrink "$OUT/$1.png"
  echo "$OUT/$1.png ($(wc -c < "$OUT/$1.png") bytes)"
}

# pngquant (a 256-colour palette: a third of the size, no visible change on a page of text), then optipng
shrink() {
  local done=""
  if command -v pngquant >/dev/null; then
    pngquant --force --skip-if-larger --strip --output "$1" -- "$1" || true
    done=yes
  fi
  if command -v optipng >/dev/null; then
    optipng -quiet -strip all -o2 "$1"
    done=yes
  fi
  if [ -z "$done" ]; then
    echo "screenshots.sh: neither pngquant nor optipng is installed; $1 is left as Chromium wrote it" >&2
  fi
}

shoot document policies/access-control.html 1280 960
shoot soa soa.html 1280 900
