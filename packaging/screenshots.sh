#!/usr/bin/env bash
# Writes a PNG of every view and dialog of the desktop app, light and dark (runs.png, runs-dark.png, results.png,
# results-compare.png, explorer.png, diff.png, pairs.png, import-dialog.png, export-dialog.png, benchmark-dialog.png,
# about-dialog.png, … : the list is app/src/test/java/org/tracelab/app/screenshots/Screens.java, and the tour writes
# the names it shot into OUTDIR/screens.txt), with the app opened at 1280x800 on the trace store STORE under a
# virtual X server.
#
#   packaging/screenshots.sh STORE OUTDIR
#   packaging/screenshots.sh --samples OUTDIR
#   SIZE=1920x1200 packaging/screenshots.sh STORE OUTDIR     # another window size (default 1280x800)
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
# the shipped jar) visits each screen of Screens in the light theme, then in the dark one, snapshots the window
# showing it into OUTDIR and quits; no window manager is needed. The layout test LayoutGuardTest visits the same
# screens and fails on cut text or a legend in the wrong colour. Settings are kept in a temporary folder, so the shots use the default light theme and
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
rm -f "$out"/screens.txt
config=$(mktemp -d)
trap 'rm -rf "$config"' EXIT

if [ "$store" = "--samples" ]; then
    store=$config/tracelab-samples.tracelab.db
    java -jar "$jar" samples --db "$store" >&2
fi

size=${SIZE:-1280x800}
screen_width=${size%x*}
screen_height=$(( ${size#*x} + 60 ))
XDG_CONFIG_HOME=$config timeout 600 xvfb-run -a -s "-screen 0 ${screen_width}x${screen_height}x24" \
    java -Dtracelab.screenshot.dir="$out" -Dtracelab.screenshot.size="$size" -Dtracelab.screenshot.pool="$root/samples/pool/tracelab-prompt-pool.txt" \
    -cp "$jar:$tour" 'org.tracelab.app.screenshots.ScreenshotApp$Main' --db "$store"

status=0
if [ ! -s "$out/screens.txt" ]; then
    echo "missing: $out/screens.txt (the tour did not finish)" >&2
    exit 1
fi
while read -r name; do
    png=$out/$name
    if [ ! -s "$png" ]; then
        echo "missing: $png" >&2
        status=1
        continue
    fi
    # ImageMagick's identify (next to /usr/bin/import) checks that the file is a whole PNG.
    echo "$png: $(/usr/bin/identify -format '%wx%h' "$png"), $(($(stat -c %s "$png") / 1024)) KB"
done < "$out/screens.txt"
exit $status
