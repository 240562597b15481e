#!/usr/bin/env bash
# Builds Stepwise for Linux x64: a portable app image (target/installer/Stepwise, also as a .tar.gz) and a .deb, each with
# a jlink-trimmed Java runtime, only linux-x64 native libraries, the bundled lessons and the default model.
#   installer/build-linux.sh            (needs JDK 21+ with jpackage, fakeroot and dpkg-deb for the .deb, zip/unzip)
# Set JDK=/path/to/jdk to choose the JDK (default: Temurin 25 here). Not part of CI (minutes); see installer/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
OUT="$ROOT/target/installer"
WORK="$OUT/work"
ORT_PLATFORM=linux-x64 TOK_PLATFORM=linux-x86_64 SQLITE_PLATFORM=Linux/x86_64 JNA_PLATFORM=linux-x86-64 FX_CLASSIFIER=linux
. "$HERE/common.sh"

echo "== building the jar"
build_jar
VERSION=$(app_version)
echo "version $VERSION (pom.xml)"
rm -rf "$OUT"
mkdir -p "$OUT"
echo "== staging the app (only linux-x64 natives)"
stage_app
echo "== linking the runtime"
link_runtime
echo "== app image"
"$JDK/bin/jpackage" --type app-image --dest "$OUT" --name Stepwise --app-version "$VERSION" \
  --vendor "Stepwise developers" --description "Offline tutor for math and physics" \
  --input "$WORK/input" --main-jar stepwise.jar --main-class app.stepwise.cli.Main \
  --runtime-image "$WORK/runtime" --icon "$HERE/linux/stepwise.png" \
  "${JAVA_OPTIONS[@]}" --java-options '-Djava.library.path=$ROOTDIR/lib/runtime/lib'
# the launcher asks for the splash picture, which is there (installer/README.md)
grep -q -- '-splash:$APPDIR/splash.png' "$OUT/Stepwise/lib/app/Stepwise.cfg" && [ -f "$OUT/Stepwise/lib/app/splash.png" ] \
  || { echo "the launcher does not show the splash picture"; exit 1; }
# the lesson-pack file type (shared MIME database XML), which the .deb's postinst registers
cp "$HERE/linux/stepwise-pack.xml" "$OUT/Stepwise/lib/"
tar -C "$OUT" -czf "$OUT/stepwise-$VERSION-linux-x64.tar.gz" Stepwise
echo "== .deb"
# installer/linux/resources replaces jpackage's desktop entry (ours passes the opened files: Exec=... %F, and names the
# pack type) and its postinst/prerm (ours install the entry and linux/stepwise-pack.xml without xdg-desktop-menu, which
# fails where /etc/xdg/menus does not exist). So no --file-associations here: the entry and the XML are the association.
# The package's mark (docs/decisions/0017): a copy installed for every account, even when root, who can write /opt, runs
# it. It goes only into the .deb (dpkg owns it and removes it), never into the portable app image or .tar.gz above.
# The package's Homepage: none unless STEPWISE_HOMEPAGE names a real, public page (jpackage then writes no Homepage line;
# an address that leads nowhere, as the localhost page given before did, is worse than none). See installer/README.md.
homepage=()
[ -n "${STEPWISE_HOMEPAGE:-}" ] && homepage=(--about-url "$STEPWISE_HOMEPAGE")
marker="$OUT/Stepwise/lib/app/installed-for-every-account"
echo "Installed for every account by the stepwise package: the teacher PIN is set with stepwise teacher set-pin --system." >"$marker"
"$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$OUT/Stepwise" --name Stepwise --app-version "$VERSION" \
  --vendor "Stepwise developers" --description "Offline tutor for math and physics: lesson packs, line-by-line checking, verified hints from a small local model" \
  --linux-package-name stepwise --linux-deb-maintainer stepwise@localhost \
  --linux-app-category education --linux-shortcut --resource-dir "$HERE/linux/resources" \
  --icon "$HERE/linux/stepwise.png" "${homepage[@]}" \
  --license-file "$HERE/LICENSE.txt" --verbose >"$OUT/jpackage-deb.log" 2>&1 || { rm -f "$marker"; tail -40 "$OUT/jpackage-deb.log"; exit 1; }
rm -f "$marker"
grep -E 'custom package resource' "$OUT/jpackage-deb.log" || true
deb=$(ls "$OUT"/stepwise_*.deb)
echo "== the package's desktop entry and pack type (dpkg-deb -x)"
rm -rf "$WORK/deb-check" && dpkg-deb -x "$deb" "$WORK/deb-check"
grep -E '^(Exec|MimeType|Icon)=' "$WORK/deb-check/opt/stepwise/lib/stepwise-Stepwise.desktop"
grep -q '^Exec=/opt/stepwise/bin/Stepwise %F$' "$WORK/deb-check/opt/stepwise/lib/stepwise-Stepwise.desktop" \
  || { echo "the desktop entry does not pass the opened files (%F)"; exit 1; }
grep -q 'glob pattern="\*.stepwise-pack"' "$WORK/deb-check/opt/stepwise/lib/stepwise-pack.xml" || { echo "no pack type XML"; exit 1; }
dpkg-deb -I "$deb" postinst | grep -q '/usr/share/mime/packages/stepwise.xml' || { echo "the postinst is not ours"; exit 1; }
dpkg-deb -I "$deb" postrm | grep -q 'teacher.json' || { echo "the postrm is not ours"; exit 1; }
[ -f "$WORK/deb-check/opt/stepwise/lib/app/installed-for-every-account" ] || { echo "the package lacks its installed-for-every-account mark"; exit 1; }
# jpackage writes Depends from the libraries it finds on THIS machine: without GTK 3 here, the package would not ask for it
dpkg-deb -f "$deb" Depends | grep -q 'libgtk-3-0' \
  || { echo "Depends lacks libgtk-3-0: install it on the build machine (apt-get install libgtk-3-0) and build again"; exit 1; }
[ "$(dpkg-deb -f "$deb" Homepage)" = "${STEPWISE_HOMEPAGE:-}" ] \
  || { echo "the package's Homepage is not STEPWISE_HOMEPAGE ('${STEPWISE_HOMEPAGE:-}', empty for none)"; exit 1; }
rm -rf "$WORK/deb-check"
echo "== sizes"
du -sh "$OUT/Stepwise" "$WORK/runtime" "$WORK/input/lib" "$WORK/input/native" "$WORK/input/models"
ls -l "$OUT"/*.deb "$OUT"/*.tar.gz
dpkg-deb -f "$OUT"/*.deb Package Version Depends Installed-Size Homepage
