#!/usr/bin/env bash
# Runs a command inside a private D-Bus session with an unlocked gnome-keyring (Secret Service)
# and a fresh kernel session keyring (keyutils), so keyring tests use the real OS stores.
# The keyring files live in a temporary XDG_DATA_HOME: nothing touches the user's own keyring.
#
#   scripts/with-keyring.sh cargo test --workspace
set -euo pipefail
case "${WABI_KEYRING_STAGE:-}" in
  "")
    export WABI_KEYRING_STAGE=dbus
    exec dbus-run-session -- "$0" "$@"
    ;;
  dbus)
    export WABI_KEYRING_STAGE=ready
    XDG_DATA_HOME=$(mktemp -d -t wabi-keyring-XXXXXX)
    export XDG_DATA_HOME
    trap 'rm -rf "$XDG_DATA_HOME"' EXIT
    # --unlock reads the password on stdin and creates the login keyring if there is none.
    eval "$(printf 'wabi-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
    export GNOME_KEYRING_CONTROL
    keyctl session - "$0" "$@"
    ;;
  ready)
    exec "$@"
    ;;
esac
