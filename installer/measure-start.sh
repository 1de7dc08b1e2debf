#!/usr/bin/env bash
# Start-up times, measured from a timestamp this shell takes just before starting the program
# to the first frame the program reports (MAILFLOW_STARTUP_PROBE, second pulse after showing):
#   (a) java -jar target/mailflow-designer.jar          (the developer's jar, stock JDK)
#   (b) the installed launcher                           (jlink runtime + CDS/AOT archive)
#   (c) a bare JavaFX window on the stock JDK            (installer/measure/HelloFx.java)
# plus (b-window) the installed designer's complete window: its toolbar, palette and panels,
# built just after the first frame, drawn too;
# and, for the command line, the wall time of `analyze` on a template (a fresh JVM each run)
# with the jar and with the launcher. The setups alternate within each round so that the
# noise of a shared machine falls on all of them alike. Prints every run, then the medians
# and the ratio b/c.
#
# Usage: installer/measure-start.sh [rounds]      (default 9)
#   LAUNCHER=/path/to/bin/mailflow-designer        (default /opt/mailflow-designer/bin/mailflow-designer)
#   JAVA=/path/to/java                             (the stock JDK; default java on the PATH)
#   NICE=-10                                       (run every measured program at that priority,
#                                                   all alike: on a machine busy with other builds
#                                                   this comes closer to a user's quiet machine)
#   RT=20                                          (root: run every measured program real-time,
#                                                   chrt -f 20, which on a busy machine is as good as
#                                                   a quiet one; give the X server the same, e.g.
#                                                   chrt -f 10 Xvfb :58 & DISPLAY=:58 RT=20 ...)
# Needs a display; without one it runs itself under xvfb-run. Build first: mvn -DskipTests package.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=${1:-9}
launcher=${LAUNCHER:-/opt/mailflow-designer/bin/mailflow-designer}
java=${JAVA:-java}
template=assets/templates/hybrid-third-party-filter.mailflow.json

if [ -z "${DISPLAY:-}" ]; then
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$0" "$@"
fi
[ -f target/mailflow-designer.jar ] || { echo "target/mailflow-designer.jar missing: run mvn -DskipTests package" >&2; exit 2; }
[ -x "$launcher" ] || { echo "no launcher at $launcher: install the package or set LAUNCHER" >&2; exit 2; }

# The bare window, compiled once, with the JavaFX jars the build copied to target/lib.
hello=$(mktemp -d)
trap 'rm -rf "$hello"' EXIT
fx=$(ls target/lib/javafx-*-linux.jar | paste -sd:)
javac -d "$hello" --module-path "$fx" --add-modules javafx.controls installer/measure/HelloFx.java

run=()
[ -n "${NICE:-}" ] && run=(nice -n "$NICE")
[ -n "${RT:-}" ] && run=(chrt -f "$RT")

now_ms() { local t=${EPOCHREALTIME/./}; echo $((t / 1000)); }

# Milliseconds from start to the first frame the program reports; "fail" if it reports none.
# Also sets $complete: milliseconds to the complete window (the designer builds its toolbar,
# palette and panels just after the first frame), or the first frame's for a program that
# reports no such moment.
first_frame() {
  local t0 out frame prefs done
  # A user's settings of their own each run: the designer shows its sample only at the first start,
  # so every measured start is a first start (the sample drawn, the heavier case).
  prefs=$(mktemp -d)
  t0=$(now_ms)
  out=$(JAVA_TOOL_OPTIONS="-Djava.util.prefs.userRoot=$prefs" MAILFLOW_STARTUP_PROBE=exit timeout 60 "${run[@]}" "$@" 2>&1 >/dev/null || true)
  rm -rf "$prefs"
  frame=$(sed -n 's/.*first-frame-epoch-ms \([0-9]*\).*/\1/p' <<<"$out" | head -n1)
  done=$(sed -n 's/.*window-complete-epoch-ms \([0-9]*\).*/\1/p' <<<"$out" | head -n1)
  if [ -z "$frame" ]; then
    first=fail complete=fail
    printf '%s\n' "$out" | tail -n 5 >&2
  else
    first=$((frame - t0)) complete=$((${done:-$frame} - t0))
  fi
}

# Milliseconds for a whole command-line run.
wall() {
  local t0
  t0=$(now_ms)
  "${run[@]}" "$@" >/dev/null 2>&1 || true
  echo $(($(now_ms) - t0))
}

median() { tr ' ' '\n' | grep -v '^$' | grep -v fail | sort -n | awk '{v[NR]=$1} END {if (NR==0) print "n/a"; else if (NR%2) print v[(NR+1)/2]; else print int((v[NR/2]+v[NR/2+1])/2)}'; }

a="" b="" bw="" c="" cj="" cl=""
printf '%-6s %8s %8s %9s %8s %12s %12s\n' round "a(jar)" "b(inst)" "b-window" "c(bare)" "cli-jar" "cli-inst"
for i in $(seq 1 "$rounds"); do
  first_frame "$java" -jar target/mailflow-designer.jar; ra=$first
  first_frame "$launcher"; rb=$first rw=$complete
  first_frame "$java" --module-path "$fx" --add-modules javafx.controls -cp "$hello" HelloFx; rc=$first
  rj=$(wall "$java" -jar target/mailflow-designer.jar analyze "$template" --format text)
  rl=$(wall "$launcher" analyze "$template" --format text)
  printf '%-6s %8s %8s %9s %8s %12s %12s\n' "$i" "$ra" "$rb" "$rw" "$rc" "$rj" "$rl"
  a+=" $ra" b+=" $rb" bw+=" $rw" c+=" $rc" cj+=" $rj" cl+=" $rl"
done
ma=$(median <<<"$a") mb=$(median <<<"$b") mc=$(median <<<"$c")
echo "medians over $rounds rounds (ms${NICE:+, nice $NICE}${RT:+, real-time $RT}): a=$ma b=$mb b-window=$(median <<<"$bw") c=$mc cli-jar=$(median <<<"$cj") cli-installed=$(median <<<"$cl")"
awk -v a="$ma" -v b="$mb" -v c="$mc" 'BEGIN { printf "ratio b/c = %.2f   a/c = %.2f\n", b / c, a / c }'
