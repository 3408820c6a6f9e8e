#!/usr/bin/env bash
# Install what MLResume needs on this machine, skipping what is already there.
#   scripts/setup.sh run   system libraries for a real window + .venv with the project
#   scripts/setup.sh test  system libraries for headless tests and readers + .venv with dev tools
# Idempotent: when nothing is missing it takes about a second.
set -euo pipefail
mode="${1:-run}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# Debian package names (see docs/PLATFORM notes): Qt import/offscreen, a real window, test readers.
base_pkgs=(libgl1 libegl1 libxkbcommon0 libfontconfig1 libdbus-1-3 libglib2.0-0 python3-venv)
window_pkgs=(xvfb xauth libxkbcommon-x11-0 libxcb-cursor0 libxcb-icccm4 libxcb-image0
             libxcb-keysyms1 libxcb-render-util0 libxcb-shape0 libxcb-randr0 libxcb-xinerama0
             libxcb-xkb1)
test_pkgs=(xvfb xauth poppler-utils libreoffice-writer)
case "$mode" in
  run) want=("${base_pkgs[@]}" "${window_pkgs[@]}") ;;
  test) want=("${base_pkgs[@]}" "${test_pkgs[@]}" ${MLRESUME_EXTRA_PKGS:-}) ;;
  *) echo "usage: scripts/setup.sh run|test" >&2; exit 2 ;;
esac

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for p in "${want[@]}"; do
    status="$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)"
    [[ "$status" == "install ok installed" ]] || missing+=("$p")
  done
fi

if ((${#missing[@]})); then
  is_debian=0
  [[ -r /etc/debian_version ]] && command -v apt-get >/dev/null 2>&1 && is_debian=1
  if [[ $is_debian == 1 && $(id -u) == 0 ]]; then
    echo "setup: installing system packages: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: these system packages are missing: ${missing[*]}" >&2
    if [[ $is_debian == 1 ]]; then
      echo "setup: install them as root:  sudo apt-get install ${missing[*]}" >&2
    else
      echo "setup: this is not Debian; install the equivalents of the packages above" \
           "(OpenGL/EGL, xkbcommon, fontconfig, D-Bus, GLib, Python venv; Xvfb for tests)," >&2
      echo "setup: then run this command again." >&2
    fi
    exit 1
  fi
elif ! command -v dpkg-query >/dev/null 2>&1 && [[ "$(uname -s)" == Linux ]]; then
  # Not Debian: look for the shared libraries themselves.
  libs=(libGL.so.1 libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libglib-2.0.so.0)
  absent=()
  for lib in "${libs[@]}"; do
    ldconfig -p 2>/dev/null | grep -q "$lib" || absent+=("$lib")
  done
  if ((${#absent[@]})); then
    echo "setup: not a Debian system, and these libraries Qt needs are missing: ${absent[*]}" >&2
    echo "setup: install your distribution's packages for OpenGL/EGL (mesa), xkbcommon, fontconfig," \
         "D-Bus and GLib (and Xvfb to run the tests headless), then run this command again." >&2
    exit 1
  fi
fi

# The virtual environment at the repository root, with the project in editable mode.
py="${PYTHON:-python3}"
if [[ ! -x .venv/bin/python ]]; then
  echo "setup: creating .venv"
  "$py" -m venv .venv
fi
extras="dev"
[[ "$mode" == "run" ]] && extras=""
stamp=".venv/.mlresume-installed${extras:+-$extras}"
if [[ ! -f "$stamp" || pyproject.toml -nt "$stamp" ]]; then
  echo "setup: installing the project into .venv${extras:+ (with $extras tools)}"
  log="$(mktemp)"
  if ! .venv/bin/python -m pip install -q --disable-pip-version-check -e ".${extras:+[$extras]}" \
       >"$log" 2>&1; then
    cat "$log" >&2
    echo "setup: installing the project failed (pip's output above)" >&2
    exit 1
  fi
  rm -f "$log"
  touch "$stamp"
fi
