#!/usr/bin/env bash
# Builds the installer from what `mvn package` left in target/ (the jar and target/lib):
#   1. a jlink runtime with only the modules the designer uses, JavaFX's natives inside;
#   2. a jpackage application image (target/installer/image);
#   3. a class archive trained on that image by starting the designer once (first frame and
#      first analysis): an AOT cache when the packaging JDK has one (JDK 25+), else an AppCDS
#      archive (JDK 17), switched on in the launcher's configuration;
#   4. the system's package: .deb (Linux), .msi (Windows, needs WiX), .dmg (macOS).
# Run by `mvn -Pinstaller package` (see pom.xml); by hand: installer/build.sh VERSION [JDK] [TYPES]
#   VERSION  the project version (0.1.0-SNAPSHOT -> package version 0.1.0)
#   JDK      the JDK whose jlink/jpackage/java build the runtime (default: JAVA_HOME); its
#            release is the runtime's release; the code itself is compiled for Java 17
#   TYPES    "app-image" (stop after step 3, as CI does) or "package" (default)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
cd "$root"

version=${1:?usage: installer/build.sh VERSION [JDK] [app-image|package]}
jdk=${2:-${JAVA_HOME:?set JAVA_HOME or pass the JDK}}
types=${3:-package}
app_version=${version%%-*}
name=mailflow-designer
out=target/installer
case "$(uname -s)" in
  Linux) os=linux ;;
  Darwin) os=mac ;;
  *) os=windows ;;
esac

step() { echo "[installer] $*"; }

[ -f target/$name.jar ] || { echo "target/$name.jar missing: run mvn package first" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out/input"

# --- 0. Inputs: the application jars; JavaFX goes into the runtime instead. ------------------
cp target/$name.jar "$out/input/"
fx_jars=()
for jar in target/lib/*.jar; do
  case "$(basename "$jar")" in
    javafx-*-linux.jar | javafx-*-win.jar | javafx-*-mac*.jar) fx_jars+=("$jar") ;;
    javafx-*) ;; # the platform-neutral javafx jars are empty placeholders
    *) cp "$jar" "$out/input/" ;;
  esac
done
[ ${#fx_jars[@]} -gt 0 ] || { echo "no platform JavaFX jars in target/lib" >&2; exit 2; }
sep=:; [ $os = windows ] && sep=';'
fx_path=$(IFS=$sep; echo "${fx_jars[*]}")

# --- 1. The runtime. -----------------------------------------------------------------------
# The modules: jdeps over the jar and its libraries (java.sql for Jackson's optional date
# types, jdk.unsupported for Unsafe), plus javafx.controls and what it requires.
modules=java.base,java.desktop,java.logging,java.management,java.prefs,java.sql,java.xml,jdk.unsupported,javafx.controls
step "jlink ($("$jdk/bin/java" -version 2>&1 | head -n1))"
"$jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" \
  --strip-debug --no-header-files --no-man-pages --compress=zip-6 \
  --generate-cds-archive --output "$out/runtime" \
  || "$jdk/bin/jlink" --module-path "$fx_path" --add-modules "$modules" \
    --strip-debug --no-header-files --no-man-pages --compress=2 --generate-cds-archive --output "$out/runtime"
# JavaFX's natives beside the JDK's, or JavaFX would unpack them to ~/.openjfx/cache at each start.
natives=lib; [ $os = windows ] && natives=bin
for jar in "${fx_jars[@]}"; do
  libs=$("$jdk/bin/jar" tf "$root/$jar" | grep -E '\.(so|dll|dylib)$' || true)
  # Only the libraries: `jar xf` with no names would unpack the whole jar (classes and all).
  [ -n "$libs" ] && (cd "$out/runtime/$natives" && "$jdk/bin/jar" xf "$root/$jar" $libs)
done
find "$out/runtime/$natives" -mindepth 1 -type d -empty -delete 2>/dev/null || true

# --- 2. The application image. ------------------------------------------------------------
step "jpackage app-image"
icon=installer/icons/$name.png
[ $os = windows ] && icon=installer/icons/$name.ico
[ $os = mac ] && icon=installer/icons/$name.icns
"$jdk/bin/jpackage" --type app-image --dest "$out/image" --input "$out/input" --runtime-image "$out/runtime" \
  --app-version "$app_version" --icon "$icon" @installer/jpackage/about.args @installer/jpackage/app-image.args
case $os in
  linux) image=$out/image/$name; launcher=$image/bin/$name; app=$image/lib/app ;;
  mac) image=$out/image/$name.app; launcher=$image/Contents/MacOS/$name; app=$image/Contents/app ;;
  windows) image=$out/image/$name; launcher=$image/$name.exe; app=$image/app ;;
esac
cfg=$app/$name.cfg
if [ $os = linux ]; then
  # Our own launcher: jpackage's queries the package manager at every start (see the script).
  cp installer/linux/launcher.sh "$launcher"
  chmod 755 "$launcher"
  # The desktop files the package scripts register where a desktop exists.
  mkdir -p "$image/lib/desktop"
  cp installer/linux/$name.desktop installer/linux/$name-mime.xml installer/icons/$name-256.png \
    installer/icons/$name-48.png "$image/lib/desktop/"
fi

# --- 3. The class archive, trained on the image by one start of the designer. --------------
# MAILFLOW_STARTUP_PROBE=exit makes the designer quit once its first analysis is on screen;
# MAILFLOW_ARCHIVE_TRAINING makes that start run the command line once first (see cli/ArchiveTraining).
train() {
  export MAILFLOW_ARCHIVE_TRAINING=1
  if [ $os = linux ] && [ -z "${DISPLAY:-}" ]; then
    if command -v xvfb-run >/dev/null 2>&1; then
      MAILFLOW_STARTUP_PROBE=exit timeout 300 xvfb-run -a -s "-screen 0 1600x1000x24" "$launcher"
    else
      echo "[installer] warning: no display and no xvfb-run: training on the command line only" >&2
      "$launcher" analyze assets/templates/hybrid-third-party-filter.mailflow.json --format text >/dev/null
    fi
  else
    MAILFLOW_STARTUP_PROBE=exit timeout 300 "$launcher"
  fi
}
if "$out/runtime/bin/java" -XX:AOTMode=off -version >/dev/null 2>&1; then
  # JDK 25: JavaFX loads its natives and uses Unsafe; say that it may, instead of warning each start.
  printf '%s\n' "java-options=--enable-native-access=javafx.graphics" \
    "java-options=--sun-misc-unsafe-memory-access=allow" >>"$cfg"
  step "training the AOT cache"
  JAVA_TOOL_OPTIONS="-XX:AOTCacheOutput=$app/$name.aot" train
  printf '%s\n' "java-options=-XX:AOTCache=\$APPDIR/$name.aot" >>"$cfg"
else
  # JDK 17: a dynamic AppCDS archive on top of the runtime's default one. It maps only where
  # the jars have the paths and times they had here, i.e. in this image, not after install.
  step "training the AppCDS archive"
  JAVA_TOOL_OPTIONS="-XX:ArchiveClassesAtExit=$app/$name.jsa" train
  printf '%s\n' "java-options=-XX:SharedArchiveFile=\$APPDIR/$name.jsa" >>"$cfg"
fi
# The archive must map; a launcher that silently ran without it would start slowly.
check="-Xshare:on"
grep -q AOTCache "$cfg" && check="-XX:AOTMode=on"
JAVA_TOOL_OPTIONS="$check" "$launcher" --version

[ "$types" = app-image ] && { step "done: $image"; exit 0; }

# --- 4. The package. -------------------------------------------------------------------------
step "jpackage $os package"
"$jdk/bin/jpackage" --app-image "$image" --dest "$out" --app-version "$app_version" \
  @installer/jpackage/about.args @installer/jpackage/$os.args
ls -l "$out"/*.deb "$out"/*.msi "$out"/*.dmg 2>/dev/null || true
