#!/usr/bin/env bash
# Smoke and offline test of the built .deb (issue 20), as on a fresh classroom laptop:
#   installer/smoke-linux.sh [--system]
# Installs target/installer/*.deb into a clean folder (dpkg -x; with --system a real dpkg -i, then dpkg -r at the end to
# show the student data survives the uninstall), and runs it as a freshly created user (stepwise-student, removed and
# made again each run) with an empty home and a bare environment. Then, each under strace:
#   1. --self-test from the installed launcher;       2. the window under Xvfb for 45 s, with a screenshot;
#   3. and 4. the same two inside a network namespace with no interfaces (unshare -n).
# Checks: every self-test passes; no DNS query and no connection (.ci/OfflineCheck.java); nothing written outside the
# data folder and the temp folder (installer/WriteCheck.java). Results and screenshots in target/installer/smoke/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT="$ROOT/target/installer"
SMOKE="$OUT/smoke"
deb=$(ls "$OUT"/stepwise_*.deb)
rm -rf "$SMOKE"
mkdir -p "$SMOKE/root"
if [ "${1:-}" = "--system" ]; then
  dpkg -i "$deb"
  launcher=/opt/stepwise/bin/Stepwise
else
  dpkg -x "$deb" "$SMOKE/root"
  launcher="$SMOKE/root/opt/stepwise/bin/Stepwise"
fi
# A student who never ran Stepwise: a fresh account with an empty home, and a bare environment
student=stepwise-student
userdel -r "$student" >/dev/null 2>&1 || true
useradd -m -s /bin/bash "$student"
home=$(getent passwd "$student" | cut -d: -f6)
data="$home/.stepwise"
chmod -R a+rX "$SMOKE"
traced() { # name, command...: strace records network calls, processes and file writes of the student's process
  local name=$1; shift
  strace -f -qq -v -s 256 --seccomp-bpf -o "$SMOKE/$name.strace" \
    -e trace=network,process,openat,open,creat,mkdir,mkdirat,unlink,unlinkat,rmdir,rename,renameat,renameat2,truncate,symlink,link \
    setpriv --reuid "$student" --regid "$student" --init-groups \
    env -i HOME="$home" USER="$student" PATH=/usr/bin:/bin LANG=C.UTF-8 ${DISPLAY:+DISPLAY=$DISPLAY} "$@"
}
window() { # name, display: starts Xvfb and the app, waits, takes a screenshot, stops both
  local name=$1 display=$2
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 2
  DISPLAY=":$display" traced "$name" "$launcher" >"$SMOKE/$name.out" 2>&1 &
  local app=$!
  sleep 40
  # Xvfb has no window manager: JavaFX paints its first frame after the first input or resize, so nudge it once
  local win
  win=$(DISPLAY=":$display" xdotool search --onlyvisible --name '^Stepwise$' | head -1 || true)
  [ -n "$win" ] && DISPLAY=":$display" xdotool mousemove 640 400 windowsize "$win" 1270 760 >/dev/null 2>&1 || true
  sleep 4
  DISPLAY=":$display" import -window root "$SMOKE/$name.png"
  pkill -TERM -P "$app" 2>/dev/null || true
  kill -TERM "$app" 2>/dev/null || true
  wait "$app" 2>/dev/null || true
  kill "$xvfb"
  wait "$xvfb" 2>/dev/null || true
}

echo "== self-test"
traced self-test "$launcher" --self-test | tee "$SMOKE/self-test.txt"
echo "== window (Xvfb)"
window window 31
echo "== self-test, no network (unshare -n)"
vars="SMOKE='$SMOKE'; launcher='$launcher'; student='$student'; home='$home'"
unshare -n bash -c "$(declare -f traced); $vars; traced self-test-offline \"\$launcher\" --self-test" | tee "$SMOKE/self-test-offline.txt"
echo "== window, no network (unshare -n)"
unshare -n bash -c "$(declare -f traced window); $vars; window window-offline 32"

echo "== checks"
status=0
grep -q "Self-test passed." "$SMOKE/self-test.txt" || { echo "self-test failed"; status=1; }
grep -q "Self-test passed." "$SMOKE/self-test-offline.txt" || { echo "self-test failed without network"; status=1; }
grep -q "telemetry switched off" "$data/logs/stepwise-0.log" || { echo "the window never loaded the model"; status=1; }
"$JAVA" "$ROOT/.ci/OfflineCheck.java" "$SMOKE"/*.strace || status=1
for t in "$SMOKE"/*.strace; do "$JAVA" "$HERE/WriteCheck.java" "$t" "$data" /tmp || status=1; done
echo "== data folder after the runs"
(cd "$data" && find . -maxdepth 2 | sort | head -40)
if [ "${1:-}" = "--system" ]; then
  dpkg -r stepwise
  [ -d "$data" ] && echo "after dpkg -r the student's data is still there: $(du -sh "$data" | cut -f1) in $data"
  [ ! -e /opt/stepwise ] && echo "and /opt/stepwise is gone"
fi
[ $status -eq 0 ] && echo "smoke: all passed" || echo "smoke: FAILED"
exit $status
