"""Render the application icons from resources/branding/mlresume.svg.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_icons.py [--check]

Writes, beside the SVG: ``mlresume-<N>.png`` for N in PNG_SIZES, ``mlresume.ico`` (Windows: PNG
entries in an ICO container) and ``mlresume.icns`` (macOS: PNG entries in an ICNS container). Both
containers are written by hand, so no macOS tool and no Pillow are needed. ``--check`` renders in
memory and exits 1 when a file on disk is missing or stale (used by CI to catch a forgotten run).
"""

from __future__ import annotations

import argparse
import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BRANDING = ROOT / "resources" / "branding"
SOURCE = BRANDING / "mlresume.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry type -> pixel size of the PNG it holds ("@2x" types are retina variants).
ICNS_TYPES = (
    ("icp4", 16),
    ("icp5", 32),
    ("ic11", 32),  # 16@2x
    ("ic12", 64),  # 32@2x
    ("ic07", 128),
    ("ic13", 256),  # 128@2x
    ("ic08", 256),
    ("ic14", 512),  # 256@2x
    ("ic09", 512),
    ("ic10", 1024),  # 512@2x
)


def render_png(svg: bytes, size: int) -> bytes:
    """The SVG drawn into a transparent ``size`` x ``size`` square, as PNG bytes (call it with a
    QGuiApplication, or the QApplication of the test run, in place)."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(QByteArray(svg))
    if not renderer.isValid():
        raise SystemExit(f"make_icons: {SOURCE} is not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise SystemExit("make_icons: Qt could not encode PNG")
    return bytes(buffer.data().data())


def ico_container(pngs: dict[int, bytes]) -> bytes:
    """An ICO file whose images are PNG streams (read by Windows Vista and later)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    directory, data = b"", b""
    for size in sizes:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        directory += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + directory + data


def icns_container(entries: list[tuple[str, bytes]]) -> bytes:
    """An ICNS file: big-endian 'icns' + length, then (type, length, PNG data) records."""
    body = b"".join(
        kind.encode("ascii") + struct.pack(">I", 8 + len(png)) + png for kind, png in entries
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def build(svg: bytes) -> dict[str, bytes]:
    """Every generated file name mapped to its bytes."""
    pngs = {size: render_png(svg, size) for size in PNG_SIZES}
    files = {f"mlresume-{size}.png": png for size, png in pngs.items()}
    files["mlresume.ico"] = ico_container({s: pngs[s] for s in ICO_SIZES})
    files["mlresume.icns"] = icns_container([(kind, pngs[size]) for kind, size in ICNS_TYPES])
    return files


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if generated files are stale")
    args = parser.parse_args(argv)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtGui import QGuiApplication

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    files = build(SOURCE.read_bytes())
    if args.check:
        stale = [n for n, data in files.items() if not (BRANDING / n).is_file()
                 or (BRANDING / n).read_bytes() != data]
        if stale:
            print(f"make_icons: stale or missing: {', '.join(stale)}; run scripts/make_icons.py",
                  file=sys.stderr)
            return 1
        print(f"make_icons: {len(files)} icon files are up to date")
        return 0
    for name, data in files.items():
        (BRANDING / name).write_bytes(data)
    total = sum(len(d) for d in files.values())
    print(f"make_icons: wrote {len(files)} files to {BRANDING} ({total / 1024:.0f} KiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
