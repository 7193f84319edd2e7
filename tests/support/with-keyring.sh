#!/bin/sh
# SPDX-License-Identifier: MIT
# Runs a command with an unlocked gnome-keyring (Secret Service) on the current session bus.
# Use inside dbus-run-session (TOOLCHAIN trap 8):
#   dbus-run-session -- sh tests/support/with-keyring.sh COMMAND...
# The keyring lives in a temporary HOME that is removed afterwards; it ends with the bus.
home=$(mktemp -d) || exit 1
export HOME="$home" XDG_DATA_HOME="$home/data" XDG_CONFIG_HOME="$home/config"
export XDG_RUNTIME_DIR="$home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
# The password on stdin creates and unlocks the login keyring.
printf 'ardesk-test-keyring' | gnome-keyring-daemon --unlock --components=secrets --daemonize >/dev/null || exit 1
# --daemonize returns before the daemon owns its bus name; a client asking earlier would make
# the bus start a second, locked daemon. Wait (up to 10 s) until the name is owned.
i=0
until dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets 2>/dev/null | grep -q true; do
  i=$((i + 1))
  [ "$i" -ge 100 ] && { echo "with-keyring: the keyring did not start" >&2; exit 1; }
  sleep 0.1
done
export ARDESK_KEYRING_SESSION=1
"$@"
rc=$?
rm -rf "$home"
exit $rc
