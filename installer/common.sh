# Shared by build-linux.sh and build-macos.sh (sourced). Stages the app for jpackage: the jar, its libraries with only the
# target platform's native code, lessons/ and the default model; and a jlink-trimmed Java runtime.
# Needs: JDK (a JDK 21+ with jpackage/jlink; JDK 24+ links without jmods), ROOT, WORK, ORT_PLATFORM (linux-x64, osx-aarch64…),
# TOK_PLATFORM (linux-x86_64, osx-aarch64…), SQLITE_PLATFORM (Linux/x86_64, Mac/aarch64…), JNA_PLATFORM (linux-x86-64…).

# Modules the app uses (jdeps cannot resolve the modular jars' optional dependencies, so the list is kept by hand;
# the self-test and the window run from the built image prove it complete).
MODULES=java.base,java.desktop,java.logging,java.management,jdk.management,java.naming,java.prefs,java.scripting,java.sql,java.xml,jdk.unsupported,jdk.localedata,jdk.charsets,jdk.zipfs

# Deletes from JAR every entry under PREFIX whose path does not contain KEEP.
keep_only() {
  local jar=$1 prefix=$2 keep=$3 drop
  drop=$(unzip -Z1 "$jar" | grep "^$prefix" | grep -v "$keep" | grep -v '/$' || true)
  if [ -n "$drop" ]; then echo "$drop" | tr '\n' '\0' | xargs -0 zip -q -d "$jar" >/dev/null; fi
}

# The jar and exactly the runtime libraries (target/lib is emptied first: copy-dependencies never removes old jars).
build_jar() {
  rm -rf "$ROOT/target/lib"
  (cd "$ROOT" && mvn -B -q -DskipTests package)
}

# The version to build, from the built jar: the pom's <version>, which Maven wrote into version.properties. The app's
# --version reads the same file, so the package and the app always say the same version (no second copy to forget).
app_version() {
  local v
  v=$(unzip -p "$ROOT/target/stepwise.jar" app/stepwise/app/version.properties | sed -n 's/^version=//p' | tr -d '\r')
  case "$v" in
    ''|*'${'*) echo "no version in target/stepwise.jar (app/stepwise/app/version.properties): build it with Maven" >&2; return 1 ;;
  esac
  echo "$v"
}

# The version jpackage takes on macOS, where a bundle version (CFBundleVersion) is one to three numbers, the first at
# least 1: jpackage refuses 0.1.0. A version from 1.0 on is used as it is; before 1.0 the first number becomes 1
# (0.1.0 -> 1.1.0), so the Mac bundle versions still rise with the project's. The pom's version stays what the app
# says (--version, About); only the bundle's Info.plist carries this one. Anything else stops the build with the reason.
mac_version() {
  local v=$1
  if ! [[ "$v" =~ ^[0-9]+(\.[0-9]+){0,2}$ ]]; then
    echo "version '$v' cannot be a macOS bundle version (one to three numbers, e.g. 1.2.3): change <version> in pom.xml" >&2
    return 1
  fi
  if [[ "$v" =~ ^0+(\.|$) ]]; then v="1${v#"${v%%[.]*}"}"; fi
  echo "$v"
}

# Extracts the files directly in the jar folder FOLDER (e.g. ai/onnxruntime/native/osx-aarch64/) into DEST, flat. Only
# those: ONNX Runtime's macOS folder also has .dSYM debug bundles whose DWARF file has the library's own name, which a
# flat extraction of the whole folder wrote over the real libonnxruntime.dylib.
extract_natives() {
  local jar=$1 folder=$2 dest=$3 files
  files=$(unzip -Z1 "$jar" | grep "^$folder[^/]\+\$" || true)
  if [ -z "$files" ]; then echo "$(basename "$jar") has no files in $folder: no native libraries for this platform" >&2; return 1; fi
  echo "$files" | tr '\n' '\0' | xargs -0 unzip -q -o -j "$jar" -d "$dest"
}

stage_app() {
  rm -rf "$WORK"
  mkdir -p "$WORK/input/lib" "$WORK/input/native" "$WORK/fxlib"
  cp "$ROOT/target/stepwise.jar" "$WORK/input/"
  cp "$HERE/splash.png" "$WORK/input/"
  cp "$ROOT"/target/lib/*.jar "$WORK/input/lib/"
  cp -r "$ROOT/lessons" "$WORK/input/lessons"
  mkdir -p "$WORK/input/models"
  cp -r "$ROOT/models/stepwise-tutor" "$WORK/input/models/stepwise-tutor"
  local lib="$WORK/input/lib" ort tok sq jna
  # ONNX Runtime: this platform's libraries go beside the app (onnxruntime.native.path), none stay in the jar
  ort=$(ls "$lib"/onnxruntime-1*.jar)
  extract_natives "$ort" "ai/onnxruntime/native/$ORT_PLATFORM/" "$WORK/input/native"
  keep_only "$ort" 'ai/onnxruntime/native/' '^$'
  tok=$(ls "$lib"/tokenizers-*.jar)
  keep_only "$tok" 'native/lib/' "native/lib/$TOK_PLATFORM/\|\.properties$"
  sq=$(ls "$lib"/sqlite-jdbc-*.jar)
  keep_only "$sq" 'org/sqlite/native/' "org/sqlite/native/$SQLITE_PLATFORM/"
  jna=$(ls "$lib"/jna-*.jar)
  keep_only "$jna" 'com/sun/jna/' "com/sun/jna/$JNA_PLATFORM/\|\.class$\|\.properties$"
  # JavaFX: its native libraries move from the jars into the runtime, so the package's dependencies are computed from them
  for fx in "$lib"/javafx-*-"$FX_CLASSIFIER".jar; do
    unzip -Z1 "$fx" | grep -E '\.(so|dylib|dll)$' >/dev/null || continue
    unzip -q -o -j "$fx" '*.so' '*.dylib' '*.dll' -d "$WORK/fxlib" 2>/dev/null || true
    zip -q -d "$fx" '*.so' '*.dylib' '*.dll' '*.sha1' >/dev/null 2>&1 || true
  done
}

link_runtime() {
  "$JDK/bin/jlink" --add-modules "$MODULES" --strip-debug --no-header-files --no-man-pages --compress zip-6 \
    --include-locales en,es --output "$WORK/runtime"
  cp "$WORK"/fxlib/* "$WORK/runtime/lib/"
}

# The launcher's Java options: where the app's files are, the natives beside it, and portable mode's root; the splash
# picture the Java launcher shows at once, before the runtime starts (load23: a starved laptop showed nothing for a
# minute). One launcher serves the window and the verbs, so every start asks for it: stepwise.launcherSplash tells the
# verbs to close it at once (cli.Main), the window closes it once drawn (ui/Splash).
JAVA_OPTIONS=(--java-options '--enable-native-access=ALL-UNNAMED' --java-options '-Dstepwise.app.dir=$APPDIR'
  --java-options '-Dstepwise.image.dir=$ROOTDIR' --java-options '-Donnxruntime.native.path=$APPDIR/native'
  --java-options '-Dai.djl.offline=true' --java-options '-splash:$APPDIR/splash.png'
  --java-options '-Dstepwise.launcherSplash=true')
