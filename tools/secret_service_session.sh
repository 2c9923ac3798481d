#!/usr/bin/env bash
# Runs a command with a real Secret Service (the Linux credential store): a private D-Bus session
# bus (dbus-run-session) with gnome-keyring-daemon, its login keyring unlocked with a throwaway
# password, in a temporary HOME that is removed afterwards. Used by the credential-store test in
# CI and by benchmarks/bench_keyring_startup.py.
#   tools/secret_service_session.sh COMMAND [ARGS...]
# Needs the Debian packages dbus and gnome-keyring (installer/setup-debian.sh installs them).
set -euo pipefail

if [ -z "${_JBN_SECRET_SERVICE_INNER:-}" ]; then
  for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$tool ontbreekt (dbus, gnome-keyring)" >&2; exit 3; }
  done
  export _JBN_SECRET_SERVICE_INNER=1
  # dbus-daemon complains when it may not raise its file limit (containers): harmless, hidden.
  exec dbus-run-session -- "$0" "$@" 2> >(grep -v 'Failed to set fd limit' >&2)
fi
unset _JBN_SECRET_SERVICE_INNER

home="$(mktemp -d)"
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_CONFIG_HOME="$home/.config" XDG_DATA_HOME="$home/.local/share"
export XDG_CACHE_HOME="$home/.cache" XDG_RUNTIME_DIR="$home/run"
mkdir -p -m 700 "$XDG_RUNTIME_DIR"
# --unlock reads the password of the login keyring from stdin (and creates it if needed).
eval "$(printf '%s' 'jbn-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL
"$@"
