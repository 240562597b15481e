#!/usr/bin/env bash
# Builds Stepwise for macOS (run on a Mac; written and documented here, built and tested on Linux only):
#   installer/build-macos.sh            (needs a JDK 21+ with jpackage — JDK 24+ links without jmods — and Maven)
# Produces target/installer/Stepwise.app (the app image; copy it to a USB stick for portable use) and a .dmg, with a
# jlink-trimmed runtime and only this Mac's native libraries (Apple silicon or Intel, detected), lessons and the model.
# Per-user data: ~/Library/Application Support/Stepwise. Unsigned: see installer/README.md for signing and Gatekeeper.
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/.." && pwd)
JDK=${JDK:-$(/usr/libexec/java_home -v 21+ 2>/dev/null || echo "${JAVA_HOME:?set JDK or JAVA_HOME}")}
OUT="$ROOT/target/installer"
WORK="$OUT/work"
# Apple silicon only: the ONNX Runtime (1.29) and DJL tokenizers (0.38) jars carry no Intel macOS libraries, so an
# Intel build could not run the model (InstallerScriptsTest checks every platform named here against the jars).
if [ "$(uname -m)" != arm64 ]; then
  echo "build-macos.sh builds for Apple silicon (arm64) only: ONNX Runtime and the tokenizers ship no Intel macOS libraries" >&2
  exit 1
fi
ORT_PLATFORM=osx-aarch64 TOK_PLATFORM=osx-aarch64 SQLITE_PLATFORM=Mac/aarch64 JNA_PLATFORM=darwin-aarch64 FX_CLASSIFIER=mac-aarch64
. "$HERE/common.sh"

build_jar
# the pom's version, and the bundle version jpackage accepts on macOS (0.1.0 -> 1.1.0: see mac_version in common.sh)
VERSION=$(app_version)
MAC_VERSION=$(mac_version "$VERSION")
rm -rf "$OUT"
mkdir -p "$OUT"
stage_app
# ONNX Runtime's macOS jar also carries debug symbols (.dSYM, ~70 MB): nothing of them is staged (keep_only removed them)
link_runtime
# The icon: macOS wants .icns, made from the PNG with the system's own tools
iconset="$WORK/stepwise.iconset"
mkdir -p "$iconset"
# iconutil takes only its own names (icon_16x16.png, icon_16x16@2x.png ... icon_512x512@2x.png); our PNG is 256 px
for name in 16x16:16 16x16@2x:32 32x32:32 32x32@2x:64 128x128:128 128x128@2x:256 256x256:256; do
  s=${name#*:}
  sips -z "$s" "$s" "$HERE/linux/stepwise.png" --out "$iconset/icon_${name%:*}.png" >/dev/null
done
iconutil -c icns "$iconset" -o "$WORK/stepwise.icns"
# The pack file type goes into the app image: jpackage writes it into Info.plist there, and the .dmg step below takes
# that app image as it is.
"$JDK/bin/jpackage" --type app-image --dest "$OUT" --name Stepwise --app-version "$MAC_VERSION" \
  --vendor "Stepwise developers" --input "$WORK/input" --main-jar stepwise.jar --main-class app.stepwise.cli.Main \
  --runtime-image "$WORK/runtime" --icon "$WORK/stepwise.icns" --mac-package-identifier app.stepwise \
  --file-associations "$HERE/pack-file.properties" \
  "${JAVA_OPTIONS[@]}" --java-options '-Djava.library.path=$APPDIR/../runtime/Contents/Home/lib'
"$JDK/bin/jpackage" --type dmg --dest "$OUT" --app-image "$OUT/Stepwise.app" --name Stepwise --app-version "$MAC_VERSION" \
  --license-file "$HERE/LICENSE.txt"
# jpackage names the .dmg by the bundle version; school IT knows the project's (the one --version says)
dmg=$(ls "$OUT"/*.dmg)
[ "$dmg" = "$OUT/Stepwise-$VERSION.dmg" ] || mv "$dmg" "$OUT/Stepwise-$VERSION.dmg"
du -sh "$OUT/Stepwise.app" "$OUT/Stepwise-$VERSION.dmg"
