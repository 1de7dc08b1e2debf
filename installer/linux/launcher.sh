#!/bin/bash
# The Linux launcher, in place of the one jpackage writes (installer/build.sh puts it there).
# jpackage's launcher asks the package manager who owns it at every start (rpm -qf, dpkg -S,
# dpkg -L, twice: 0.1-0.2 s before Java even starts); this one only reads the same
# configuration, lib/app/mailflow-designer.cfg, and starts the runtime with its options,
# class path and main class. Windows and macOS keep jpackage's launchers.
self=$(readlink -f "${BASH_SOURCE[0]}")
home=${self%/bin/*}
app=$home/lib/app
options=() classpath=() main=
while IFS= read -r line; do
  line=${line//\$APPDIR/$app}
  case $line in
    app.classpath=*) classpath+=("${line#app.classpath=}") ;;
    app.mainclass=*) main=${line#app.mainclass=} ;;
    java-options=*) options+=("${line#java-options=}") ;;
  esac
done <"$app/mailflow-designer.cfg"
IFS=:
exec "$home/lib/runtime/bin/java" "${options[@]}" -cp "${classpath[*]}" "$main" "$@"
