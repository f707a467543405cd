#!/usr/bin/env bash
# Writes a PNG of each main view of the desktop app (runs.png, results.png, explorer.png, pairs.png, compare.png;
# diff.png when the explorer's first chain with repairs has two attempts, compare-diff.png when a compared task
# flipped, compare-with.png when a chain is open, results-group.png when the store has a run group) into OUTDIR,
# with the app opened on the trace store STORE under a virtual X server.
#
#   packaging/screenshots.sh [--dark] [--size WxH] STORE OUTDIR
#   packaging/screenshots.sh [--dark] [--size WxH] --samples OUTDIR
#
# --dark shoots the dark theme; --size sets the window's size (e.g. 1280x800; default: the app's own).
#
# --samples shoots the illustrative sample store (hand-written traces, not model output; samples/traces/),
# built into a temporary file with `tracelab samples` first, so no model and no other data are needed. The app
# labels that run "Illustration" in every view, so the shots say what they show.
#
# Installs what it needs when missing (xvfb, libgtk-3-0, ImageMagick; apt-get, needs root), builds
# app/target/tracelab.jar and the test classes when absent, then starts
#   java -Dtracelab.screenshot.dir=OUTDIR -cp app/target/tracelab.jar:app/target/test-classes \
#       'org.tracelab.app.screenshots.ScreenshotApp$Main' --db STORE
# under xvfb-run: the app with the screenshot tour (app/src/test/java/org/tracelab/app/screenshots/, not part of
# the shipped jar) visits Runs, Results (first run chosen), Explorer and Pairs, snapshots its own scene into
# OUTDIR and quits; no window manager is needed. Settings are kept in a temporary folder, so the shots use the default light theme and
# window size and leave your own settings alone. The store should hold at least one run, e.g.
#   java -jar app/target/tracelab.jar import --db /tmp/shots.tracelab.db --format wasmagent \
#       --prompts ../shared/data/ifeval/input_data.jsonl ../shared/data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl
set -euo pipefail

theme=light
size=
while [ $# -gt 2 ]; do
    case $1 in
        --dark) theme=dark; shift ;;
        --size) size=$2; shift 2 ;;
        *) break ;;
    esac
done
if [ $# -ne 2 ]; then
    echo "usage: $0 [--dark] [--size WxH] STORE|--samples OUTDIR" >&2
    exit 2
fi
store=$1
out=$2
root=$(cd "$(dirname "$0")/.." && pwd)
jar=$root/app/target/tracelab.jar
tour=$root/app/target/test-classes

missing=()
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || missing+=(libgtk-3-0)
# /usr/local/bin/convert may be a stand-in; ImageMagick proper is known by /usr/bin/import.
[ -x /usr/bin/import ] || missing+=(imagemagick)
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing ${missing[*]}" >&2
    apt-get update -q
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if [ ! -f "$jar" ] || [ ! -f "$tour/org/tracelab/app/screenshots/ScreenshotApp.class" ]; then
    echo "Building $jar and the screenshot tour" >&2
    (cd "$root" && mvn -B -q -DskipTests package)
fi

mkdir -p "$out"
out=$(cd "$out" && pwd)
rm -f "$out"/runs.png "$out"/results.png "$out"/explorer.png "$out"/pairs.png "$out"/diff.png "$out"/compare.png \
    "$out"/compare-diff.png "$out"/compare-with.png "$out"/results-group.png
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

if [ "$store" = "--samples" ]; then
    store=$config/tracelab-samples.tracelab.db
    java -jar "$jar" samples --db "$store" >&2
fi

XDG_CONFIG_HOME=$config timeout 600 xvfb-run -a -s "-screen 0 1600x1000x24" \
    java -Dtracelab.screenshot.dir="$out" -Dtracelab.screenshot.theme="$theme" ${size:+-Dtracelab.screenshot.size="$size"} \
    -cp "$jar:$tour" 'org.tracelab.app.screenshots.ScreenshotApp$Main' --db "$store"

status=0
for view in runs results explorer pairs compare; do
    png=$out/$view.png
    if [ ! -s "$png" ]; then
        echo "missing: $png" >&2
        status=1
        continue
    fi
    # ImageMagick's identify (next to /usr/bin/import) checks that the file is a whole PNG.
    echo "$png: $(/usr/bin/identify -format '%wx%h' "$png"), $(($(stat -c %s "$png") / 1024)) KB"
done
for optional in diff compare-diff compare-with results-group; do
    png=$out/$optional.png
    if [ -s "$png" ]; then
        echo "$png: $(/usr/bin/identify -format '%wx%h' "$png")"
    fi
done
exit $status
