#!/usr/bin/env bash
# Builds the self-contained Linux app image (and a .deb) from the shaded jar. Called by the Maven profile
# package-linux in app/pom.xml after the shade step; it can also be run by hand after `mvn -DskipTests package`:
#
#   packaging/linux/build.sh --target app/target --version 0.1.0-SNAPSHOT [--java-home DIR] [--types "app-image deb"]
#
# Output (all under the target folder):
#   jpackage/Tracelab/                      the app image: bin/Tracelab, lib/app/tracelab.jar, lib/runtime (jlinked)
#   jpackage/tracelab_<version>-1_<arch>.deb  installs into /opt/tracelab, menu entry, *.tracelab.db association
#   jpackage-work/                          scratch (input folder, runtime image, module list)
#
# Needs a full JDK 17+ with jmods (jdeps, jlink, jpackage) and objcopy (binutils, for jlink --strip-debug); the .deb
# also needs fakeroot, dpkg and dpkg-deb.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
target=""
version=""
java_home=${JAVA_HOME:-}
types="app-image deb"

while [ $# -gt 0 ]; do
  case "$1" in
    --target) target=$2; shift 2 ;;
    --version) version=$2; shift 2 ;;
    --java-home) java_home=$2; shift 2 ;;
    --types) types=$2; shift 2 ;;
    *) echo "build.sh: unknown argument: $1" >&2; exit 2 ;;
  esac
done
[ -n "$target" ] && [ -n "$version" ] || { echo "usage: build.sh --target DIR --version VERSION [--java-home DIR] [--types 'app-image deb']" >&2; exit 2; }
if [ -z "$java_home" ]; then
  java_home=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
fi
for tool in jdeps jlink jpackage; do
  [ -x "$java_home/bin/$tool" ] || { echo "build.sh: $java_home/bin/$tool not found (needs a full JDK 17+)" >&2; exit 1; }
done

# jlink --strip-debug on Linux strips the native libraries with objcopy and fails without it.
command -v objcopy >/dev/null || { echo "build.sh: objcopy not found (jlink --strip-debug needs it): apt-get install binutils" >&2; exit 1; }

target=$(cd "$target" && pwd)
jar=$target/tracelab.jar
[ -f "$jar" ] || { echo "build.sh: $jar not found; run the shade step first (mvn -DskipTests package)" >&2; exit 1; }

name=Tracelab
# jpackage wants a purely numeric version (1 to 3 dot-separated numbers): 0.1.0-SNAPSHOT -> 0.1.0.
app_version=$(printf '%s' "$version" | sed -E 's/^([0-9]+(\.[0-9]+){0,2}).*/\1/')
printf '%s' "$app_version" | grep -Eq '^[0-9]+(\.[0-9]+){0,2}$' || { echo "build.sh: cannot derive a numeric version from $version" >&2; exit 1; }
description="Compliance benchmarks for local models, every attempt kept as training data."
icon=$root/ui-resources/src/main/resources/org/tracelab/ui/icons/tracelab.png
work=$target/jpackage-work
out=$target/jpackage

started=$(date +%s)
step() { echo "[package-linux +$(( $(date +%s) - started ))s] $*"; }

rm -rf "$work" "$out/$name"
mkdir -p "$work/input" "$out"
# jpackage copies the whole --input folder into the image, so it holds the jar and nothing else.
cp "$jar" "$work/input/tracelab.jar"

# Modules: packaging/runtime-modules.args is the one list, shared with the macOS and Windows profiles (jpackage
# runs jlink there). It is what jdeps finds in the shaded jar (JavaFX is on the class path inside it, so its needs are
# included: java.desktop, java.xml, jdk.unsupported, jdk.jfr), plus service providers that are only looked up at run
# time and so invisible to jdeps:
#   jdk.random     RandomGenerator.getDefault() (the OpenAI-compatible client's retry jitter) fails without it
#   jdk.crypto.ec  elliptic-curve TLS (ECDHE, ECDSA certificates) for https:// model endpoints
# Not included, on purpose: jdk.localedata (all formatting uses Locale.ROOT), jdk.charsets (files are UTF-8).
# The build fails when jdeps finds a module the list lacks, so a new dependency cannot silently break the image.
modules_args=$root/packaging/runtime-modules.args
listed=$(sed -nE 's/^--add-modules[ =]+//p' "$modules_args" | tr ',' '\n' | grep -v '^$' | sort -u)
step "jdeps"
found=$("$java_home/bin/jdeps" --print-module-deps --ignore-missing-deps --multi-release 17 "$jar" | tail -n 1 | tr ',' '\n' | grep -v '^$' | sort -u)
missing=$(comm -13 <(printf '%s\n' "$listed") <(printf '%s\n' "$found"))
if [ -n "$missing" ]; then
  echo "build.sh: jdeps says the jar needs modules that packaging/runtime-modules.args lacks: $(printf '%s' "$missing" | paste -sd, -)" >&2
  echo "build.sh: add them there (the macOS and Windows profiles use the same file)" >&2
  exit 1
fi
printf '%s\n' "$listed" | paste -sd, - > "$work/modules.txt"
step "modules: $(cat "$work/modules.txt") (jdeps: $(printf '%s\n' "$found" | paste -sd, -))"

step "jlink"
"$java_home/bin/jlink" \
  @"$modules_args" \
  --strip-debug --no-header-files --no-man-pages --strip-native-commands \
  --output "$work/runtime"

common=(
  --name "$name"
  --app-version "$app_version"
  --vendor "Tracelab"
  --description "$description"
  --icon "$icon"
)

step "jpackage --type app-image"
"$java_home/bin/jpackage" --type app-image \
  "${common[@]}" \
  --dest "$out" \
  --input "$work/input" \
  @"$root/packaging/launcher.args" \
  --runtime-image "$work/runtime"

for type in $types; do
  case "$type" in
    app-image) ;;
    deb)
      for tool in fakeroot dpkg-deb; do
        command -v "$tool" >/dev/null || { echo "build.sh: $tool not found; apt-get install fakeroot, or pass -Dtracelab.jpackage.types=app-image" >&2; exit 1; }
      done
      rm -f "$out"/tracelab_*.deb
      step "jpackage --type deb"
      # dpkg-deb's default xz takes ~100 s for this payload on 2 cores; gzip takes ~4 s for a 15% larger .deb.
      DPKG_DEB_COMPRESSOR_TYPE=${DPKG_DEB_COMPRESSOR_TYPE:-gzip} \
      "$java_home/bin/jpackage" --type deb \
        "${common[@]}" \
        --dest "$out" \
        --app-image "$out/$name" \
        --linux-package-name tracelab \
        --linux-app-category science \
        --linux-shortcut \
        --linux-menu-group "Science;ArtificialIntelligence" \
        --linux-package-deps "libgtk-3-0 | libgtk-3-0t64, libgl1" \
        --file-associations "$here/tracelab-db.properties" \
        --resource-dir "$here/resources"
      ;;
    *) echo "build.sh: unknown package type $type (app-image, deb)" >&2; exit 2 ;;
  esac
done

step "done: $out/$name ($(du -sh "$out/$name" | cut -f1))"
ls -l "$out"
