"""The application icons in resources/branding: sizes, container formats, freshness."""

from __future__ import annotations

import importlib.util
import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BRANDING = ROOT / "resources" / "branding"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _load_make_icons():
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "scripts" / "make_icons.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_icons"] = module
    spec.loader.exec_module(module)
    return module


mi = _load_make_icons()


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG_SIGNATURE, "not a PNG stream"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_svg_source_is_there() -> None:
    text = (BRANDING / "mlresume.svg").read_text(encoding="utf-8")
    assert "<svg" in text and 'viewBox="0 0 1024 1024"' in text


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512, 1024])
def test_png_sizes(size: int) -> None:
    assert png_size((BRANDING / f"mlresume-{size}.png").read_bytes()) == (size, size)


def test_ico_directory_points_at_png_images_of_the_stated_sizes() -> None:
    data = (BRANDING / "mlresume.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        w, h, _colors, _res, planes, bpp, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i: 22 + 16 * i]
        )
        image = data[offset: offset + length]
        assert len(image) == length
        real = png_size(image)
        assert real == ((w or 256), (h or 256))
        assert (planes, bpp) == (1, 32)
        sizes.append(real[0])
    assert sizes == [16, 24, 32, 48, 64, 128, 256]


def test_icns_records_cover_the_file_and_hold_pngs_of_their_type_size() -> None:
    data = (BRANDING / "mlresume.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    expected = dict(mi.ICNS_TYPES)
    seen = {}
    pos = 8
    while pos < len(data):
        kind = data[pos: pos + 4].decode("ascii")
        length = struct.unpack(">I", data[pos + 4: pos + 8])[0]
        assert length > 8
        seen[kind] = png_size(data[pos + 8: pos + length])[0]
        pos += length
    assert pos == len(data)
    assert seen == expected
    assert {"ic07", "ic08", "ic09", "ic10"} <= seen.keys()  # 128, 256, 512, 512@2x


def test_generated_files_match_the_svg(qapp) -> None:
    """A change to the SVG without running scripts/make_icons.py fails here."""
    files = mi.build((BRANDING / "mlresume.svg").read_bytes())
    stale = [name for name, data in files.items() if (BRANDING / name).read_bytes() != data]
    assert stale == []


def test_containers_are_built_from_the_given_images() -> None:
    pngs = {16: PNG_SIGNATURE + b"a" * 10, 256: PNG_SIGNATURE + b"b" * 20}
    ico = mi.ico_container(pngs)
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 2)
    assert ico[6] == 16 and ico[22] == 0  # 256 is written as 0
    assert ico.endswith(pngs[16] + pngs[256])
    icns = mi.icns_container([("ic07", b"xyz")])
    assert icns == b"icns" + struct.pack(">I", 19) + b"ic07" + struct.pack(">I", 11) + b"xyz"
