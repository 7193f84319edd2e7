#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# package.install: builds the .deb with CPack, has lintian check it, installs it with apt into a
# fresh Debian 12 minbase root and proves it works there without the build tree: ardesk-cli --version, a demo
# company file, every library and Qt plugin resolved, the menu entry, man pages and file type in
# place, and the window under Xvfb with a screenshot that is not empty.
#
#   install-test.sh BUILD_DIR
#
# Needs root (chroot, mount) and the package mirror. A pristine minbase root and the downloaded
# .debs are cached in $ARDESK_PACKAGE_TEST_CACHE (default ~/.cache/ardesk-package-test), so
# only the first run pays for debootstrap and the downloads; delete that folder to start over.
# ARDESK_PACKAGE_TEST_KEEP=1 keeps the root (BUILD_DIR/package-test/root) to look into.
# Exit 77 (ctest: skipped) when not root or debootstrap is missing.
set -euo pipefail

BUILD_DIR=$(cd "${1:?usage: install-test.sh BUILD_DIR}" && pwd)
MIRROR=${ARDESK_DEBIAN_MIRROR:-http://deb.debian.org/debian}
CACHE=${ARDESK_PACKAGE_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/ardesk-package-test}
WORK=$BUILD_DIR/package-test
ROOT=$WORK/root
DEMO_USER=dana.ortiz

if [ "$(id -u)" -ne 0 ]; then
  echo "SKIP: package.install needs root (debootstrap, chroot)"
  exit 77
fi
if ! command -v debootstrap >/dev/null; then
  echo "SKIP: debootstrap is not installed (scripts/setup.sh installs it)"
  exit 77
fi

started=$SECONDS
phase_started=$SECONDS
phase() {
  echo "package.install: $1 ($((SECONDS - phase_started)) s)"
  phase_started=$SECONDS
}
fail() {
  echo "package.install: FAIL: $*" >&2
  exit 1
}
in_root() {
  chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LC_ALL=C.UTF-8 \
    DEBIAN_FRONTEND=noninteractive "$@"
}

# The root lives on a tmpfs: dpkg's many fsyncs cost nothing there and removing it is an
# umount. Nothing is bind-mounted from the host; rm runs only on a leftover plain folder, and
# only when nothing is mounted under it.
unmount_root() {
  for m in "$ROOT/dev/pts" "$ROOT/proc" "$ROOT"; do
    if mountpoint -q "$m" 2>/dev/null; then
      umount "$m" || umount -l "$m"
    fi
  done
}
remove_root() {
  unmount_root
  if grep -q " $ROOT[/ ]" /proc/mounts; then
    fail "something is still mounted under $ROOT; not removing it"
  fi
  rm -rf "$ROOT"
}
cleanup() {
  # The window and Xvfb were started inside the root: stop them by the pids they wrote.
  for f in "$ROOT/tmp/ardesk.pid" "$ROOT/tmp/xvfb.pid"; do
    [ -f "$f" ] && kill "$(cat "$f")" 2>/dev/null || true
  done
  for f in "$ROOT/tmp/ardesk.pid" "$ROOT/tmp/xvfb.pid"; do
    for _ in 1 2 3 4 5 6 7 8 9 10; do
      [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null || break
      sleep 0.3
    done
  done
  if [ -n "${ARDESK_PACKAGE_TEST_KEEP:-}" ]; then
    for m in "$ROOT/dev/pts" "$ROOT/proc"; do
      mountpoint -q "$m" 2>/dev/null && umount "$m"
    done
    echo "package.install: the root is kept in $ROOT (a tmpfs: umount it when done)"
  else
    remove_root
  fi
}
trap cleanup EXIT

mkdir -p "$WORK" "$CACHE/archives"
remove_root

# 1. The package, from this build's install rules.
rm -rf "$WORK/deb"
(cd "$BUILD_DIR" && cpack -G DEB -B "$WORK/deb" >"$WORK/cpack.log" 2>&1) \
  || { cat "$WORK/cpack.log"; fail "cpack failed"; }
deb=$(ls "$WORK"/deb/ardesk_*_amd64.deb)
phase "built $(basename "$deb") ($(du -h "$deb" | cut -f1))"
# lintian: no error and no warning (its remarks at info level are listed in docs/packaging.md).
if command -v lintian >/dev/null; then
  lintian --fail-on error,warning "$deb" >"$WORK/lintian.log" 2>&1 \
    || { cat "$WORK/lintian.log"; fail "lintian found errors or warnings in $(basename "$deb")"; }
  phase "lintian: no error, no warning"
fi

# 2. A fresh Debian 12 root: a copy of the cached pristine minbase root.
pristine=$CACHE/bookworm-minbase
if [ ! -f "$pristine/.complete" ]; then
  rm -rf "$pristine"
  debootstrap --variant=minbase bookworm "$pristine" "$MIRROR" >"$WORK/debootstrap.log" 2>&1 \
    || { tail -20 "$WORK/debootstrap.log"; fail "debootstrap failed"; }
  rm -f "$pristine"/var/cache/apt/archives/*.deb
  touch "$pristine/.complete"
  phase "debootstrap --variant=minbase bookworm (cached in $pristine)"
fi
mkdir -p "$ROOT"
mount -t tmpfs -o size=4g,mode=0755 ardesk-package-test "$ROOT" \
  || echo "package.install: no tmpfs here; the root is on the disk (slower to fill and remove)"
cp -a "$pristine"/. "$ROOT"/
rm -f "$ROOT/.complete"
cp /etc/resolv.conf "$ROOT/etc/resolv.conf"
mount -t proc proc "$ROOT/proc"
mount -t devpts devpts "$ROOT/dev/pts" -o newinstance,ptmxmode=0666 2>/dev/null || true
phase "fresh root"

# 3. apt-get install ./ardesk_*.deb: apt resolves every dependency from the mirror.
in_root apt-get update -q >"$WORK/apt.log" 2>&1 || { cat "$WORK/apt.log"; fail "apt-get update"; }
cp "$CACHE"/archives/*.deb "$ROOT/var/cache/apt/archives/" 2>/dev/null || true
cp "$deb" "$ROOT/tmp/"
# Without Recommends: what Depends pulls in alone must be enough (a desktop's apt also installs
# the Recommends; they only add to this).
in_root sh -c "cd /tmp && apt-get install -y -q --no-install-recommends ./$(basename "$deb")" \
  >>"$WORK/apt.log" 2>&1 || { tail -40 "$WORK/apt.log"; fail "apt-get install ./$(basename "$deb")"; }
phase "apt-get install --no-install-recommends ./$(basename "$deb"): $(in_root dpkg-query -W | wc -l) packages in the root"

# 4. What the package installed, checked before anything else is installed into the root.
version=$(in_root ardesk-cli --version) || fail "ardesk-cli --version exited $?"
[ "$version" = "ardesk-cli $(dpkg-deb -f "$deb" Version)" ] \
  || fail "ardesk-cli --version printed '$version'"
in_root ardesk-cli --db /tmp/d.ardesk demo --clients 20 >"$WORK/demo.log" 2>&1 \
  || { cat "$WORK/demo.log"; fail "ardesk-cli demo"; }
clients=$(in_root ardesk-cli --db /tmp/d.ardesk clients --json | grep -o '"code":' | wc -l)
[ "$clients" -eq 20 ] || fail "the demo file lists $clients clients, not 20"
in_root ardesk-cli --db /tmp/d.ardesk verify >"$WORK/verify.log" 2>&1 \
  || { cat "$WORK/verify.log"; fail "ardesk-cli verify"; }

# Every shared library of the executables and of the Qt plugins they load at run time.
plugins=/usr/lib/x86_64-linux-gnu/qt6/plugins
for f in /usr/bin/ardesk /usr/bin/ardesk-cli "$plugins/platforms/libqxcb.so" \
  "$plugins/platforms/libqoffscreen.so" "$plugins/sqldrivers/libqsqlite.so" \
  "$plugins/iconengines/libqsvgicon.so" "$plugins/imageformats/libqsvg.so"; do
  [ -e "$ROOT$f" ] || fail "$f is missing from the installed root"
  missing=$(in_root ldd "$f" | grep 'not found' || true)
  [ -z "$missing" ] || fail "$f: $missing"
done
for f in /usr/share/applications/org.ardesk.ARDesk.desktop \
  /usr/share/metainfo/org.ardesk.ARDesk.metainfo.xml \
  /usr/share/icons/hicolor/scalable/apps/org.ardesk.ARDesk.svg \
  /usr/share/icons/hicolor/48x48/apps/org.ardesk.ARDesk.png \
  /usr/share/man/man1/ardesk.1.gz /usr/share/man/man1/ardesk-cli.1.gz \
  /usr/share/doc/ardesk/copyright /usr/share/doc/ardesk/changelog.gz \
  /usr/share/mime/application/x-ardesk.xml; do
  # The last one is written by shared-mime-info's trigger from the package's mime XML.
  [ -e "$ROOT$f" ] || fail "$f is missing after the install"
done
phase "ardesk-cli --version, demo --clients 20, verify; libraries, plugins and files present"

# 5. The window under Xvfb (installed into the root only now, after the checks above).
in_root apt-get install -y -q --no-install-recommends xvfb x11-utils x11-apps >>"$WORK/apt.log" 2>&1 \
  || { tail -40 "$WORK/apt.log"; fail "apt-get install xvfb x11-utils x11-apps"; }
cp -n "$ROOT"/var/cache/apt/archives/*.deb "$CACHE/archives/" 2>/dev/null || true
phase "apt-get install xvfb x11-utils x11-apps"

cat >"$ROOT/tmp/window.sh" <<EOF
#!/bin/sh
# Starts Xvfb and the window, waits until the window is mapped, screenshots the screen.
export QT_QPA_PLATFORM=xcb XDG_RUNTIME_DIR=/tmp/runtime
mkdir -p -m 0700 /tmp/runtime
# Runs in its own network namespace (unshare --net), so the X server's abstract socket is not
# the host's: no other X server on the machine can answer in its place. Xvfb picks a free display
# and writes its number to fd 3; -noreset keeps it from resetting when xdpyinfo, its first
# client, leaves (the likely cause of one run in about eight whose window "could not connect to
# display :0" right after xdpyinfo had).
Xvfb -displayfd 3 -noreset -screen 0 1600x1000x24 -nolisten tcp 3>/tmp/xvfb.display \
  >/tmp/xvfb.log 2>&1 &
echo \$! >/tmp/xvfb.pid
i=0
until [ -s /tmp/xvfb.display ] && DISPLAY=:\$(cat /tmp/xvfb.display) xdpyinfo >/dev/null 2>&1; do
  i=\$((i + 1)); [ \$i -le 100 ] || { echo "Xvfb did not start"; cat /tmp/xvfb.log; exit 1; }
  sleep 0.1
done
export DISPLAY=:\$(cat /tmp/xvfb.display)
ardesk --user $DEMO_USER /tmp/d.ardesk >/tmp/ardesk.log 2>&1 &
echo \$! >/tmp/ardesk.pid
i=0
# The title names the company once the file is open: "Northwind Industrial Supply — ARDesk".
until xwininfo -root -tree | grep -q ' — ARDesk": ("ardesk"'; do
  kill -0 \$(cat /tmp/ardesk.pid) 2>/dev/null || { echo "ardesk exited"; cat /tmp/ardesk.log; exit 1; }
  i=\$((i + 1)); [ \$i -le 300 ] || { echo "no window with the company's name in 30 s"; xwininfo -root -tree; cat /tmp/ardesk.log; exit 1; }
  sleep 0.1
done
sleep 3  # the first page of the Today queue and the client list load off the GUI thread
kill -0 \$(cat /tmp/ardesk.pid) 2>/dev/null || { echo "ardesk exited"; cat /tmp/ardesk.log; exit 1; }
xwd -root -silent -out /tmp/window.xwd
EOF
unshare --net chroot "$ROOT" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
  LC_ALL=C.UTF-8 sh /tmp/window.sh || fail "the window did not come up under Xvfb"
convert "xwd:$ROOT/tmp/window.xwd" "$WORK/window.png"
colours=$(convert "$WORK/window.png" -format '%k' info:)
# An empty screen is one colour; a window with text, icons and tables has hundreds.
[ "$colours" -ge 50 ] || fail "the screenshot $WORK/window.png has only $colours colours"
phase "the window under Xvfb: $WORK/window.png, $colours colours"

echo "package.install: passed in $((SECONDS - started)) s"
