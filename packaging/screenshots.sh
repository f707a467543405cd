#!/usr/bin/env bash
# Writes a PNG of each main view of the desktop app (runs.png, results.png, explorer.png, pairs.png, and diff.png
# when the explorer's first chain with repairs has two attempts), and of File › New task set… composing the shipped
# pool at 1280x800 in the light and dark themes (new-task-set.png, new-task-set-dark.png) into OUTDIR,
# with the app opened on the trace store STORE under a virtual X server.
#
#   packaging/screenshots.sh STORE OUTDIR
#   packaging/screenshots.sh --samples OUTDIR
#
# --samples shoots the illustrative sample store (hand-written traces, not model output; samples/traces/),
# built into a temporary file with `tracelab samples` first, so no model and no other data are needed. The app
# labels that run "Illustration" in every view, so the shots say what they show.
#
# Installs what it needs when missing (xvfb, libgtk-3-0, ImageMagick; apt-get, needs root), builds
# app/target/tracelab.jar and the test classes when absent, then starts
#   java -Dtracelab.screenshot.dir=OUTDIR -Dtracelab.screenshot.pool=samples/pool/tracelab-prompt-pool.txt \
#       -cp app/target/tracelab.jar:app/target/test-classes 'org.tracelab.app.screenshots.ScreenshotApp$Main' --db STORE
# under xvfb-run: the app with the screenshot tour (app/src/test/java/org/tracelab/app/screenshots/, not part of
# the shipped jar) visits Runs, Results (first run chosen), Explorer, Pairs and New task set, snapshots its own
# windows into OUTDIR and quits; no window manager is needed. Settings are kept in a temporary folder, so the shots use the default light theme and
# window size and leave your own settings alone. The store should hold at least one run, e.g.
#   java -jar app/target/tracelab.jar import --db /tmp/shots.tracelab.db --format wasmagent \
#       --prompts ../shared/data/ifeval/input_data.jsonl ../shared/data/wasmagent/qwen2.5-1.5b-seed42/runs.jsonl
set -euo pipefail

if [ $# -ne 2 ]; then
    echo "usage: $0 STORE|--samples OUTDIR" >&2
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
rm -f "$out"/runs.png "$out"/results.png "$out"/explorer.png "$out"/pairs.png "$out"/diff.png \
    "$out"/new-task-set.png "$out"/new-task-set-dark.png
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

if [ "$store" = "--samples" ]; then
    store=$config/tracelab-samples.tracelab.db
    java -jar "$jar" samples --db "$store" >&2
fi

XDG_CONFIG_HOME=$config timeout 300 xvfb-run -a -s "-screen 0 1280x860x24" \
    java -Dtracelab.screenshot.dir="$out" -Dtracelab.screenshot.pool="$root/samples/pool/tracelab-prompt-pool.txt" \
    -cp "$jar:$tour" 'org.tracelab.app.screenshots.ScreenshotApp$Main' --db "$store"

status=0
for view in runs results explorer pairs new-task-set new-task-set-dark; do
    png=$out/$view.png
    if [ ! -s "$png" ]; then
        echo "missing: $png" >&2
        status=1
        continue
    fi
    # ImageMagick's identify (next to /usr/bin/import) checks that the file is a whole PNG.
    echo "$png: $(/usr/bin/identify -format '%wx%h' "$png"), $(($(stat -c %s "$png") / 1024)) KB"
done
[ -s "$out/diff.png" ] && echo "$out/diff.png: $(/usr/bin/identify -format '%wx%h' "$out/diff.png")"
exit $status
