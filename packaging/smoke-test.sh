#!/usr/bin/env bash
# Starts a built app image once and fails unless it runs on its own bundled runtime. Builds nothing.
#
#   packaging/smoke-test.sh [IMAGE_DIR]      default: app/target/jpackage/Tracelab
#
# Checks:
#   1. the image holds its own runtime (lib/runtime/lib/server/libjvm.so) and no java launcher of its own;
#   2. bin/Tracelab --version, started with an empty environment (env -i: no JAVA_HOME, no PATH to a JDK),
#      prints "Tracelab <version>" and exits 0;
#   3. bin/Tracelab verify --help works the same way (picocli subcommands load from the bundled jar);
#   4. when run as root with unshare(1) available: --version again with the system JDK's folder hidden by an empty
#      tmpfs in a private mount namespace, so no JDK on the machine can be used. Skipped (and said so) otherwise.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
image=${1:-$root/app/target/jpackage/Tracelab}
launcher=$image/bin/Tracelab
fail() { echo "smoke-test: FAIL: $*" >&2; exit 1; }

[ -x "$launcher" ] || fail "$launcher missing or not executable (build with: mvn -B -Ppackage-linux -DskipTests package)"
[ -f "$image/lib/runtime/lib/server/libjvm.so" ] || fail "no bundled runtime in $image/lib/runtime"
[ -f "$image/lib/app/tracelab.jar" ] || fail "no $image/lib/app/tracelab.jar"
[ ! -e "$image/lib/runtime/bin/java" ] || fail "the bundled runtime has a bin/java; jlink should run with --strip-native-commands"

run_empty_env() {
  # A PATH with no java on it; HOME to a scratch folder so nothing the user configured is read.
  env -i PATH=/usr/bin:/bin HOME="$scratch" "$@"
}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT

out=$(run_empty_env "$launcher" --version 2>&1) || fail "bin/Tracelab --version exited $?: $out"
printf '%s\n' "$out" | grep -Eq '^Tracelab [0-9]' || fail "unexpected --version output: $out"
echo "smoke-test: --version with an empty environment: $out"

help=$(run_empty_env "$launcher" verify --help 2>&1) || fail "bin/Tracelab verify --help exited $?: $help"
printf '%s\n' "$help" | grep -q '^Usage: tracelab verify' || fail "unexpected verify --help output: $help"
echo "smoke-test: verify --help: ok"

# The system JDK, if any: the folder above bin/ of the java on PATH (and JAVA_HOME).
hide=()
if command -v java >/dev/null 2>&1; then
  hide+=("$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")")
fi
if [ -n "${JAVA_HOME:-}" ] && [ -d "$JAVA_HOME" ]; then
  hide+=("$(readlink -f "$JAVA_HOME")")
fi
if [ "${#hide[@]}" -eq 0 ]; then
  echo "smoke-test: no system JDK found on PATH or JAVA_HOME; nothing to hide"
elif [ "$(id -u)" = 0 ] && command -v unshare >/dev/null 2>&1 && unshare -m true 2>/dev/null; then
  for dir in "${hide[@]}"; do
    case "$(readlink -f "$image")/" in "$dir"/*) fail "the image lies inside the system JDK folder $dir" ;; esac
  done
  # shellcheck disable=SC2016  # expanded by the inner shell
  out=$(SCRATCH=$scratch LAUNCHER=$launcher unshare -m sh -c '
    for dir in "$@"; do mount -t tmpfs tracelab-smoke "$dir" || exit 97; done
    exec env -i PATH=/usr/bin:/bin HOME="$SCRATCH" "$LAUNCHER" --version' sh "${hide[@]}" 2>&1) \
    || fail "bin/Tracelab --version with ${hide[*]} hidden exited $?: $out"
  printf '%s\n' "$out" | grep -Eq '^Tracelab [0-9]' || fail "unexpected --version output with the JDK hidden: $out"
  echo "smoke-test: --version with ${hide[*]} hidden: $out"
else
  echo "smoke-test: skipped hiding ${hide[*]} (needs root and unshare); the env -i checks above still ran"
fi
echo "smoke-test: ok ($image)"
