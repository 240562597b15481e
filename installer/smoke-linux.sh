#!/usr/bin/env bash
# Smoke and offline test of the built .deb (issue 20), as on a fresh classroom laptop:
#   installer/smoke-linux.sh [--system]
# Installs target/installer/*.deb into a clean folder (dpkg -x; with --system a real dpkg -i, after apt-get installs the
# package's Depends as a desktop has them; then dpkg -r at the end to show the student data survives the uninstall; on
# this machine /etc/xdg/menus does not exist, where jpackage's own postinst failed), and runs it as a freshly created user (stepwise-student, removed and
# made again each run) with an empty home and a bare environment. Then, each under strace:
#   1. --self-test from the installed launcher;       2. the window under Xvfb for 45 s, with a screenshot;
#   3. and 4. the same two inside a network namespace with no interfaces (unshare -n);
#   5. a lesson pack opened as a double-click opens it: the installed desktop entry's Exec line (its %F) run on a
#      .stepwise-pack, with a screenshot and the log's "Opened pack file" line (with --system the entry in
#      /usr/share/applications, the MIME type in the shared MIME database and xdg-mime's default handler are checked);
#   6. portable USB mode: the .tar.gz app image unpacked as on a stick, with a stepwise-data folder beside bin/: the
#      self-test keeps everything in that folder.
# Checks: every self-test passes; no DNS query and no connection (.ci/OfflineCheck.java); nothing written outside the
# data folder and the temp folder (installer/WriteCheck.java; for the portable run, outside stepwise-data and the temp
# folder). With --system, after dpkg -r: the program is gone and the student's data is still there.
# Results and screenshots in target/installer/smoke/.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JAVA=${JAVA:-/usr/lib/jvm/temurin-25-jdk-amd64/bin/java}
OUT="$ROOT/target/installer"
SMOKE="$OUT/smoke"
deb=$(ls "$OUT"/stepwise_*.deb)
# the tools this script uses (a fresh machine may lack them)
missing=()
for tool in strace:strace Xvfb:xvfb xdotool:xdotool import:imagemagick unshare:util-linux setpriv:util-linux; do
  command -v "${tool%%:*}" >/dev/null || missing+=("${tool#*:}")
done
if [ ${#missing[@]} -gt 0 ]; then
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
rm -rf "$SMOKE"
mkdir -p "$SMOKE/root"
if [ "${1:-}" = "--system" ]; then
  dpkg -r stepwise >/dev/null 2>&1 || true
  # what a desktop laptop already has (GTK and the rest): the package's Depends, first choice of each
  mapfile -t depends < <(dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/|.*//; s/(.*)//; s/ //g' | grep -v '^$')
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${depends[@]}" >/dev/null
  if [ -d /etc/xdg/menus ]; then echo "/etc/xdg/menus exists here"; else echo "/etc/xdg/menus does not exist here (a minimal system)"; fi
  dpkg -i "$deb"
  prefix=""
else
  dpkg -x "$deb" "$SMOKE/root"
  prefix="$SMOKE/root"
fi
launcher="$prefix/opt/stepwise/bin/Stepwise"
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
window() { # name, display, [command...]: starts Xvfb and the app (or the command), waits, takes a screenshot, stops both
  local name=$1 display=$2; shift 2
  [ $# -eq 0 ] && set -- "$launcher"
  Xvfb ":$display" -screen 0 1280x800x24 -nolisten tcp >/dev/null 2>&1 &
  local xvfb=$!
  sleep 2
  DISPLAY=":$display" traced "$name" "$@" >"$SMOKE/$name.out" 2>&1 &
  local app=$!
  sleep 40
  # Xvfb has no window manager: JavaFX paints its first frame after the first input or resize, so nudge it once
  local win
  win=$(DISPLAY=":$display" xdotool search --onlyvisible --name 'Stepwise' | head -1 || true)
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

echo "== a lesson pack opened with a double-click (the desktop entry's Exec line on a .stepwise-pack)"
if [ "${1:-}" = "--system" ]; then desktop=/usr/share/applications/stepwise.desktop
else desktop="$prefix/opt/stepwise/lib/stepwise-Stepwise.desktop"; fi
mkdir -p "$SMOKE/share"
pack="$SMOKE/share/Linear equations.stepwise-pack"
cp "$ROOT/lessons/linear-equations.json" "$pack"
chmod -R a+rX "$SMOKE/share"
exec_line=$(sed -n 's/^Exec=//p' "$desktop" | head -1)
echo "desktop entry: $desktop; Exec=$exec_line"
read -r -a exec_words <<<"$exec_line"
cmd=()
for w in "${exec_words[@]}"; do
  case "$w" in
    %f|%F|%u|%U) cmd+=("$pack") ;;
    /opt/stepwise/*) cmd+=("$prefix$w") ;;
    *) cmd+=("$w") ;;
  esac
done
window pack-open 33 "${cmd[@]}"

echo "== portable USB mode (the .tar.gz app image with stepwise-data beside bin/)"
usb="$SMOKE/usb"
mkdir -p "$usb"
tar -C "$usb" -xzf "$(ls "$OUT"/stepwise-*-linux-x64.tar.gz)"
mkdir -p "$usb/Stepwise/stepwise-data"
chown -R "$student" "$usb"
traced portable "$usb/Stepwise/bin/Stepwise" --self-test | tee "$SMOKE/portable.txt"

echo "== checks"
status=0
grep -q "Self-test passed." "$SMOKE/self-test.txt" || { echo "self-test failed"; status=1; }
grep -q "Self-test passed." "$SMOKE/self-test-offline.txt" || { echo "self-test failed without network"; status=1; }
grep -q "Self-test passed." "$SMOKE/portable.txt" || { echo "self-test failed in portable mode"; status=1; }
grep -q "telemetry switched off" "$data/logs/stepwise-0.log" || { echo "the window never loaded the model"; status=1; }
grep -qE '^Exec=\S+ %F$' "$desktop" || { echo "the desktop entry does not pass the opened files (%F)"; status=1; }
grep -q "Opened pack file .*Linear equations.stepwise-pack" "$data/logs/stepwise-0.log" \
  && echo "the double-clicked pack opened: $(grep -o 'Opened pack file .*' "$data/logs/stepwise-0.log" | tail -1)" \
  || { echo "the double-clicked pack did not open"; status=1; }
[ -f "$usb/Stepwise/stepwise-data/logs/stepwise-0.log" ] || { echo "portable mode kept no log in stepwise-data"; status=1; }
"$JAVA" "$ROOT/.ci/OfflineCheck.java" "$SMOKE"/*.strace || status=1
for t in "$SMOKE"/*.strace; do
  case "$t" in
    */portable.strace) "$JAVA" "$HERE/WriteCheck.java" "$t" "$usb/Stepwise/stepwise-data" /tmp || status=1 ;;
    *) "$JAVA" "$HERE/WriteCheck.java" "$t" "$data" /tmp || status=1 ;;
  esac
done
echo "== the package's desktop entry and pack file type"
grep -E '^(Exec|MimeType|Categories)=' "$desktop"
if [ "${1:-}" = "--system" ]; then
  ls -l /usr/share/applications/stepwise.desktop /usr/share/mime/packages/stepwise.xml /usr/bin/stepwise || status=1
  [ -f /usr/share/mime/application/x-stepwise-pack.xml ] && grep -q '^50:application/x-stepwise-pack:\*\.stepwise-pack' /usr/share/mime/globs2 \
    && echo "shared MIME database: application/x-stepwise-pack for *.stepwise-pack" \
    || { echo "the pack MIME type is not in the shared MIME database"; status=1; }
  handler=$(setpriv --reuid "$student" --regid "$student" --init-groups env -i HOME="$home" PATH=/usr/bin:/bin \
    xdg-mime query default application/x-stepwise-pack 2>&1 || true)
  echo "xdg-mime default for application/x-stepwise-pack: $handler"
  [ "$handler" = stepwise.desktop ] || { echo "Stepwise is not the pack type's handler"; status=1; }
fi
echo "== data folder after the runs"
(cd "$data" && find . -maxdepth 2 | sort | head -40)
if [ "${1:-}" = "--system" ]; then
  dpkg -r stepwise
  if [ -f "$data/progress.db" ]; then echo "after dpkg -r the student's data is still there: $(du -sh "$data" | cut -f1) in $data"
  else echo "after dpkg -r the student's data is GONE"; status=1; fi
  if [ ! -e /opt/stepwise ]; then echo "and /opt/stepwise is gone"; else echo "/opt/stepwise is still there"; status=1; fi
  if [ ! -e /usr/share/applications/stepwise.desktop ] && [ ! -e /usr/share/mime/packages/stepwise.xml ] \
    && [ ! -e /usr/share/mime/application/x-stepwise-pack.xml ] && [ ! -e /usr/bin/stepwise ]; then
    echo "and the menu entry, the pack type and /usr/bin/stepwise are gone"
  else echo "the menu entry, the pack type or /usr/bin/stepwise is still there"; status=1; fi
fi
[ $status -eq 0 ] && echo "smoke: all passed" || echo "smoke: FAILED"
exit $status
