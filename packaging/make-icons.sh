#!/usr/bin/env bash
# Draws the Tracelab app icon (a rising trace of attempts: three white nodes, the last one amber) and derives the
# platform formats jpackage wants. Needs ImageMagick 6 (`convert`) and python3. Run from anywhere; the outputs are
# committed, so builds never run this:
#   ui-resources/src/main/resources/org/tracelab/ui/icons/tracelab.png  256x256, Linux app image / .deb, and the app
#   packaging/windows/tracelab.ico                                      16..256 px, Windows .msi
#   packaging/macos/tracelab.icns                                       128/256/512 px PNG entries, macOS .dmg
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
png=$root/ui-resources/src/main/resources/org/tracelab/ui/icons/tracelab.png
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# Drawn at 1024 px and scaled down, so every size comes from the same vector drawing.
convert -size 1024x1024 xc:none \
  -fill '#1e293b' -draw 'roundrectangle 32,32 991,991 176,176' \
  -stroke '#334155' -strokewidth 8 -fill none -draw 'line 160,800 864,800' -draw 'line 160,224 160,800' \
  -stroke '#2dd4bf' -strokewidth 56 -fill none -draw 'polyline 224,704 416,384 608,624 800,288' \
  -stroke '#2dd4bf' -strokewidth 24 -fill '#f8fafc' \
    -draw 'circle 224,704 224,784' -draw 'circle 416,384 416,464' -draw 'circle 608,624 608,704' \
  -stroke '#f8fafc' -strokewidth 24 -fill '#f59e0b' -draw 'circle 800,288 800,376' \
  PNG32:"$tmp/1024.png"
for s in 16 24 32 48 64 128 256 512; do
  convert "$tmp/1024.png" -resize "${s}x${s}" PNG32:"$tmp/$s.png"
done
mkdir -p "$(dirname "$png")" "$root/packaging/windows" "$root/packaging/macos"
cp "$tmp/256.png" "$png"
convert "$tmp/16.png" "$tmp/24.png" "$tmp/32.png" "$tmp/48.png" "$tmp/64.png" "$tmp/128.png" "$tmp/256.png" \
  "$root/packaging/windows/tracelab.ico"
# ICNS is a header plus (type, length, data) entries; ic07/ic08/ic09 hold 128/256/512 px PNGs (macOS 10.7+).
python3 - "$tmp" "$root/packaging/macos/tracelab.icns" <<'PY'
import struct, sys
tmp, out = sys.argv[1], sys.argv[2]
body = b""
for kind, size in ((b"ic07", 128), (b"ic08", 256), (b"ic09", 512)):
    data = open(f"{tmp}/{size}.png", "rb").read()
    body += kind + struct.pack(">I", len(data) + 8) + data
open(out, "wb").write(b"icns" + struct.pack(">I", len(body) + 8) + body)
PY
echo "wrote $png, packaging/windows/tracelab.ico, packaging/macos/tracelab.icns"
