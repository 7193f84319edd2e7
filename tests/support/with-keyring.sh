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
export ARDESK_KEYRING_SESSION=1
"$@"
rc=$?
rm -rf "$home"
exit $rc
