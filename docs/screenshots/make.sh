#!/usr/bin/env bash
# Takes the screenshots in this folder from the real app under Xvfb (needs Xvfb, xdotool, imagemagick, a built jar).
# Usage: docs/screenshots/make.sh [display number, default 24]. Each scene runs in a fresh temporary Stepwise home.
set -euo pipefail
cd "$(dirname "$0")/../.."
out=docs/screenshots
n=${1:-24}

shot() { # shot NAME [root]: the Stepwise window as a PNG; "root" takes the whole display (a dialog is its own window)
  local w; w=$(DISPLAY=:$d xdotool search --name '^Stepwise' | head -n1)
  [ "${2:-}" = root ] && w=root
  DISPLAY=:$d import -window "$w" "$out/$1.png"
  echo "wrote $out/$1.png"
}
keys() { DISPLAY=:$d xdotool key --clearmodifiers "$@"; sleep 1.5; }
typed() { # one key per character by its key name (xdotool type remaps keys under Xvfb, which JavaFX misreads)
  local names=() c i
  for ((i = 0; i < ${#1}; i++)); do
    c=${1:i:1}
    case "$c" in
      ' ') names+=(space) ;; '=') names+=(equal) ;; '/') names+=(slash) ;; '-') names+=(minus) ;;
      '^') names+=(asciicircum) ;; '.') names+=(period) ;; '(') names+=(parenleft) ;; ')') names+=(parenright) ;;
      *) names+=("$c") ;;
    esac
  done
  DISPLAY=:$d xdotool key --delay 40 "${names[@]}"; sleep 0.5
}

start() { # start W H SETTINGS-JSON [app args...]: Xvfb of that size, a fresh home, the app
  local w=$1 h=$2 settings=$3; shift 3
  d=$n; n=$((n + 1))
  Xvfb :$d -screen 0 ${w}x${h}x24 >/dev/null 2>&1 & xvfb=$!
  sleep 1
  home=$(mktemp -d)
  echo "$settings" > "$home/settings.json"
  DISPLAY=:$d STEPWISE_JAVA_OPTS="-Dstepwise.home=$home" ./stepwise app "$@" >/dev/null 2>&1 & app=$!
  for _ in $(seq 60); do DISPLAY=:$d xdotool search --name '^Stepwise' >/dev/null 2>&1 && break; sleep 1; done
  sleep 35 # the model loads and the first formulas are laid out (slow on a shared 2-core machine)
}
stop() { kill $app 2>/dev/null || true; wait $app 2>/dev/null || true; kill $xvfb 2>/dev/null || true; rm -rf "$home"; }

problem() { # a worked problem: a wrong first line, the right answer, a hint
  typed '3x = 25'; keys Return; typed 'x = 25/3'; keys Tab; typed 'x = 5'
  keys ctrl+Return; sleep 3; keys ctrl+h; sleep 2
}

# English, light: problem, pack (with marks), library, shortcuts, settings, summary
start 1280 720 '{"language": "en", "theme": "light"}' --open=lessons/linear-equations.json --problem=le-02
problem; shot problem-light-en
keys alt+Left; sleep 2; shot pack-light-en
keys alt+Left; sleep 2; shot library-light-en
keys F1; sleep 2; shot shortcuts-light-en root; keys Escape
stop

start 1280 720 '{"language": "en", "theme": "light"}' --open=lessons/linear-equations.json --problem=le-06
typed '-2x = 8'; keys Tab; typed 'x = -4'; keys ctrl+Return; sleep 3; keys ctrl+Next; sleep 4; shot summary-light-en
stop

start 1280 720 '{"language": "en", "theme": "dark"}' --open=lessons/linear-equations.json --problem=le-05
typed 'x/4 = 5'; keys Return; typed 'x = 20'; keys Tab; typed 'x = 20'; keys ctrl+Return; sleep 3; shot problem-dark-en
stop

start 1280 720 '{"language": "en", "theme": "high_contrast"}' --open=lessons/forces-and-motion.json --problem=fm-02
typed 'a = F/m'; keys Return; typed 'a = 6/2'; keys Tab; typed '3 m/s^2'; keys ctrl+Return; sleep 3; shot problem-contrast-en
stop

start 1280 720 '{"language": "es", "theme": "light"}' --open=lessons/linear-equations.json --problem=le-03
typed '3x - 4 = 11'; keys Return; typed '3x = 16'; keys Tab; typed 'x = 5'; keys ctrl+Return; sleep 3; shot problem-light-es
keys alt+Left; sleep 2; shot pack-light-es
stop

start 1280 720 '{"language": "en", "theme": "light"}'
DISPLAY=:$d xdotool mousemove 1230 30 click 1 2>/dev/null; sleep 4; shot settings-light-en root; keys Escape
stop

start 1024 600 '{"language": "en", "theme": "light"}' --open=lessons/linear-equations.json --problem=le-04
typed '4x - 8 = 18'; keys Return; typed '4x = 26'; keys Tab; typed 'x = 13/2'; keys ctrl+Return; sleep 3; shot problem-1024x600-en
stop
