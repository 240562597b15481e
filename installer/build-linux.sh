#!/usr/bin/env bash
# Builds Stepwise for Linux x64: a portable app image (target/installer/Stepwise, also as a .tar.gz) and a .deb, each with
# a jlink-trimmed Java runtime, only linux-x64 native libraries, the bundled lessons and the default model.
#   installer/build-linux.sh            (needs JDK 21+ with jpackage, fakeroot and dpkg-deb for the .deb, zip/unzip)
# Set JDK=/path/to/jdk to choose the JDK (default: Temurin 25 here). Not part of CI (minutes); see installer/README.md.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JDK=${JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
VERSION=${STEPWISE_VERSION:-0.1.0}
OUT="$ROOT/target/installer"
WORK="$OUT/work"
ORT_PLATFORM=linux-x64 TOK_PLATFORM=linux-x86_64 SQLITE_PLATFORM=Linux/x86_64 JNA_PLATFORM=linux-x86-64 FX_CLASSIFIER=linux
. "$HERE/common.sh"

echo "== building the jar"
build_jar
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
tar -C "$OUT" -czf "$OUT/stepwise-$VERSION-linux-x64.tar.gz" Stepwise
echo "== .deb"
"$JDK/bin/jpackage" --type deb --dest "$OUT" --app-image "$OUT/Stepwise" --name Stepwise --app-version "$VERSION" \
  --vendor "Stepwise developers" --description "Offline tutor for math and physics: lesson packs, line-by-line checking, verified hints from a small local model" \
  --linux-package-name stepwise --linux-deb-maintainer "Stepwise developers <stepwise@localhost>" \
  --linux-menu-group "Education;Science;Math" --linux-app-category education --linux-shortcut \
  --icon "$HERE/linux/stepwise.png" --file-associations "$HERE/pack-file.properties" --about-url "https://localhost/stepwise" \
  --license-file "$HERE/LICENSE.txt"
echo "== sizes"
du -sh "$OUT/Stepwise" "$WORK/runtime" "$WORK/input/lib" "$WORK/input/native" "$WORK/input/models"
ls -l "$OUT"/*.deb "$OUT"/*.tar.gz
dpkg-deb -f "$OUT"/*.deb Package Version Depends Installed-Size
