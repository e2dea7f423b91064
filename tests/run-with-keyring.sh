#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a test program on a session bus of its own with an unlocked GNOME
# keyring in a temporary folder, so that libsecret stores and finds
# passwords for real (ZS_TEST_KEYRING=1 tells the program so). The login
# keyring that --unlock makes, with a throwaway password, is named the
# default collection beforehand: otherwise the daemon would prompt to make
# one, which nobody answers without a desktop. Without dbus-run-session or
# gnome-keyring-daemon the program runs as it is and its keyring test
# skips. The daemon quits with its bus.
set -eu
if ! command -v dbus-run-session >/dev/null || ! command -v gnome-keyring-daemon >/dev/null; then
  exec "$@"
fi
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$home/data/keyrings" "$home/run"
chmod 700 "$home/run"
printf 'login' >"$home/data/keyrings/default"
dbus-run-session -- sh -c '
  home=$1; shift
  export XDG_DATA_HOME="$home/data" XDG_RUNTIME_DIR="$home/run"
  if printf "zhaoshang-test" | gnome-keyring-daemon --unlock --components=secrets >"$home/keyring.env" 2>"$home/keyring.err"; then
    export ZS_TEST_KEYRING=1
  fi
  exec "$@"
' sh "$home" "$@"
