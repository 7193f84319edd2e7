#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Installs the Debian 12 packages ARDesk needs to build, run and test.
# Only missing packages are installed (checked with dpkg first), so a second
# run is fast and needs no network. Runs as root, or through sudo.
set -euo pipefail

BUILD_PKGS=(
  cmake ninja-build g++ pkg-config ccache make
  qt6-base-dev libqt6opengl6-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev
  qt6-l10n-tools qt6-qpa-plugins libqt6sql6-sqlite libqt6sql6-psql libqt6svg6
  libsqlite3-dev libpq-dev libcurl4-openssl-dev libssl-dev libspdlog-dev libfmt-dev
  libkainjow-mustache-dev libfccp-dev libxlsxwriter-dev libphonenumber-dev zlib1g-dev
  qtkeychain-qt6-dev
  librsvg2-bin dpkg-dev file qt6-translations-l10n
)
# librsvg2-bin (rsvg-convert) renders the PNG icons at build time; dpkg-dev (dpkg-shlibdeps) and
# file let CPack's DEB generator find the executables' dependencies (packaging/CMakeLists.txt);
# qt6-translations-l10n gives Qt's own buttons and dialogs their German texts.
TEST_PKGS=(
  xvfb xauth imagemagick python3 python3-aiosmtpd postgresql sqlite3
  fonts-dejavu-core dbus libsecret-1-0 gnome-keyring openssl faketime locales poppler-utils
  desktop-file-utils appstream shared-mime-info lintian debootstrap
)
# desktop-file-utils, appstream and shared-mime-info check the menu entry, the metainfo and the
# file type (label `packaging`); lintian checks the .deb, debootstrap makes the fresh Debian 12
# root `make test-package` installs it into (docs/packaging.md).
# Locales the tests run under besides C (ctest's `clock` label; see tests/CMakeLists.txt).
TEST_LOCALES=(de_DE.UTF-8 tr_TR.UTF-8)

missing=()
for p in "${BUILD_PKGS[@]}" "${TEST_PKGS[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

missing_locales=()
for l in "${TEST_LOCALES[@]}"; do
  # `locale -a` spells them de_DE.utf8
  if ! locale -a 2>/dev/null | grep -qix "${l%.UTF-8}.utf8"; then
    missing_locales+=("$l")
  fi
done

if [ ${#missing[@]} -eq 0 ] && [ ${#missing_locales[@]} -eq 0 ]; then
  echo "setup: all ${#BUILD_PKGS[@]} build and ${#TEST_PKGS[@]} test packages and ${#TEST_LOCALES[@]} test locales present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    SUDO="sudo"
  else
    echo "setup: not root and no sudo; install these packages: ${missing[*]}" >&2
    exit 1
  fi
fi
export DEBIAN_FRONTEND=noninteractive
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${#missing[@]} missing package(s): ${missing[*]}"
  $SUDO apt-get update -q
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
if [ ${#missing_locales[@]} -gt 0 ]; then
  echo "setup: generating locale(s): ${missing_locales[*]}"
  for l in "${missing_locales[@]}"; do
    $SUDO sed -i "s/^# *\(${l} UTF-8\)/\1/" /etc/locale.gen
    grep -q "^${l} UTF-8" /etc/locale.gen || echo "${l} UTF-8" | $SUDO tee -a /etc/locale.gen >/dev/null
  done
  $SUDO locale-gen
fi
