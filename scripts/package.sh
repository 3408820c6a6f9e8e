#!/usr/bin/env bash
# Build the Linux one-folder bundle dist/mlresume/ (executable dist/mlresume/mlresume), pack it as
# dist/mlresume-<version>-linux-<arch>.tar.gz, print sizes and times against the budget, and run
# the frozen smoke test. `make package` runs this.
#   MLRESUME_SKIP_SMOKE=1      build and measure only
#   MLRESUME_ENFORCE_SIZE=1    fail when the bundle is over the size budget
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen

# The window's system libraries must be on the build machine: PyInstaller copies the xcb
# libraries it finds into the bundle, so the bundle runs on machines that lack them.
scripts/setup.sh run
if ! command -v objdump >/dev/null 2>&1; then
  if [[ $(id -u) == 0 ]] && command -v apt-get >/dev/null 2>&1; then
    echo "package: installing binutils (PyInstaller needs objdump)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends binutils >/dev/null
  else
    echo "package: PyInstaller needs binutils (objdump): sudo apt-get install binutils" >&2
    exit 1
  fi
fi
py=.venv/bin/python
if ! "$py" -c "import PyInstaller" 2>/dev/null; then
  echo "package: installing PyInstaller into .venv (the project's 'package' extra)"
  "$py" -m pip install -q --disable-pip-version-check -e ".[package]"
fi
if [[ "$("$py" -c 'import sysconfig; print(sysconfig.get_config_var("Py_ENABLE_SHARED"))')" != 1 ]]; then
  echo "package: this Python has no shared libpython, which PyInstaller needs; see packaging/README.md" >&2
  exit 1
fi
"$py" scripts/make_icons.py --check

version="$("$py" -c 'from importlib.metadata import version; print(version("mlresume"))')"
arch="$(uname -m)"
start=$(date +%s.%N)
"$py" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/mlresume.spec
built=$(date +%s.%N)
archive="dist/mlresume-${version}-linux-${arch}.tar.gz"
# Names sorted, owners and times normalised (the same tree packs to the same bytes), gzip -9:
# ~0.4 MB smaller than tar's default -6 on this bundle.
tar -C dist --sort=name --owner=0 --group=0 --numeric-owner --mtime=@0 -cf - mlresume \
  | gzip -9 -n > "$archive"
packed=$(date +%s.%N)

"$py" - "$archive" "$start" "$built" "$packed" <<'EOF'
import os, sys
from pathlib import Path
archive, start, built, packed = sys.argv[1], *map(float, sys.argv[2:])
files = [p for p in Path("dist/mlresume").rglob("*") if p.is_file() and not p.is_symlink()]
unpacked = sum(p.stat().st_size for p in files)
compressed = os.path.getsize(archive)
ok_u, ok_c = unpacked <= 180e6, compressed <= 70e6
print(f"package: build {built - start:.0f} s, tar.gz {packed - built:.0f} s")
print(f"package: unpacked {unpacked / 1e6:.1f} MB ({unpacked / 2**20:.1f} MiB, {len(files)} files), "
      f"budget 180 MB: {'ok' if ok_u else 'OVER'}")
print(f"package: {archive} {compressed / 1e6:.1f} MB ({compressed / 2**20:.1f} MiB), "
      f"budget 70 MB: {'ok' if ok_c else 'OVER'}")
if os.environ.get("MLRESUME_ENFORCE_SIZE") == "1" and not (ok_u and ok_c):
    sys.exit("package: over the size budget")
EOF

if [[ "${MLRESUME_SKIP_SMOKE:-0}" != 1 ]]; then
  smoke_start=$SECONDS
  "$py" scripts/smoke_frozen.py dist/mlresume/mlresume
  echo "package: smoke test $((SECONDS - smoke_start)) s"
fi
