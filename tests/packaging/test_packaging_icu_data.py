"""The smaller ICU data library of the Linux bundle (packaging/icu_data.py, packaging/elf_file.py)."""

from __future__ import annotations

import json
import os
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))  # as the spec does: the helpers import each other

import bundle_config as bc  # noqa: E402
import elf_file  # noqa: E402
import icu_data  # noqa: E402

HAVE_BINUTILS = all(shutil.which(tool) for tool in ("as", "ld", "strip"))
needs_binutils = pytest.mark.skipif(not HAVE_BINUTILS, reason="binutils (as, ld, strip) not installed")


def _qt_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    return found[0] if found else None


QT_ICU = _qt_icu_data()
needs_qt_icu = pytest.mark.skipif(QT_ICU is None, reason="this PySide6 build carries no ICU data library")


def _header(prefix: bytes = b"icudt99l") -> bytes:
    """A data header like ICU's: headerSize, magic, UDataInfo (CmnD, little-endian), padding."""
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
    body = b"\xda\x27" + info + b" test " + prefix
    size = (2 + len(body) + 15) // 16 * 16
    return struct.pack("<H", size) + body + b"\0" * (size - 2 - len(body))


def _cnv(max_bytes: int, size: int = 64) -> bytes:
    """A converter item: its own data header, then UConverterStaticData up to maxBytesPerChar."""
    head = struct.pack("<H", 32) + b"\xda\x27" + b"\0" * 28
    static = struct.pack("<i60siBBBB", 100, b"test", 1252, 0, 2, 1, max_bytes)
    return head + static + b"\0" * (size - len(head) - len(static))


def _items() -> list[tuple[str, bytes]]:
    p = "icudt99l/"
    return [
        (p + "coll/de.res", b"coll-de" * 3),
        (p + "coll/root.res", b"coll-root"),
        (p + "de.res", b"de"),
        (p + "en.res", b"en" * 20),
        (p + "en_GB.res", b"en-gb"),
        (p + "gb18030.cnv", _cnv(4)),
        (p + "ibm-5348_P100-1997.cnv", _cnv(1)),
        (p + "pool.res", b"pool"),
        (p + "res_index.res", b"index"),
        (p + "root.res", b"root" * 5),
        (p + "translit/root.res", b"translit"),
        (p + "zone/de.res", b"zone-de"),
        (p + "zone/pool.res", b"zone-pool"),
        (p + "zoneinfo64.res", b"rules" * 7),
    ]


def test_a_written_package_reads_back_sorted_and_aligned() -> None:
    header = _header()
    items = list(reversed(_items()))
    blob = icu_data.write_package(header, items)
    read_header, read_items = icu_data.read_package(blob)
    assert read_header == header
    assert [name for name, _ in read_items] == sorted(name for name, _ in items)
    for name, data in read_items:  # an item may carry padding up to the next 16-byte boundary
        assert data.rstrip(b"\xaa").startswith(dict(items)[name].rstrip(b"\xaa")), name
    count = struct.unpack_from("<I", blob, len(header))[0]
    for i in range(count):
        _name_at, data_at = struct.unpack_from("<II", blob, len(header) + 4 + 8 * i)
        assert (len(header) + data_at) % 16 == 0


def test_other_bytes_are_refused() -> None:
    with pytest.raises(icu_data.IcuDataError):
        icu_data.read_package(b"\0" * 64)
    big_endian = bytearray(_header())
    big_endian[8] = 1
    with pytest.raises(icu_data.IcuDataError):
        icu_data.read_package(bytes(big_endian) + b"\0" * 8)


@pytest.mark.parametrize(
    ("name", "locale"),
    [("icudt73l/de.res", True), ("icudt73l/zh_Hant_TW.res", True), ("icudt73l/coll/sr_Latn.res", True),
     ("icudt73l/root.res", True), ("icudt73l/res_index.res", False), ("icudt73l/zone/pool.res", False),
     ("icudt73l/supplementalData.res", False), ("icudt73l/zoneinfo64.res", False),
     ("icudt73l/coll/ucadata.icu", False)],
)
def test_locale_data_is_told_from_shared_data(name: str, locale: bool) -> None:
    assert icu_data.is_locale(name) is locale


def test_the_filter_keeps_root_english_every_collation_and_single_byte_converters() -> None:
    keeps = icu_data.item_filter(dropped=("translit/*",), locales=("root", "en"),
                                 all_locales_in=("coll",), multibyte_converters=False)
    kept = {name.split("/", 1)[1] for name, data in _items() if keeps(name, data)}
    assert kept == {"coll/de.res", "coll/root.res", "en.res", "en_GB.res", "ibm-5348_P100-1997.cnv",
                    "pool.res", "res_index.res", "root.res", "zone/pool.res", "zoneinfo64.res"}


def test_shrinking_a_package_drops_items_and_keeps_the_rest_readable() -> None:
    blob = icu_data.write_package(_header(), _items())
    small = icu_data.shrink_package(blob, lambda name, _data: not name.endswith("de.res"))
    names = [name for name, _ in icu_data.read_package(small)[1]]
    assert names == sorted(n for n, _ in _items() if not n.endswith("de.res"))
    assert len(small) < len(blob)


@needs_binutils
def test_a_linked_data_library_exports_the_package(tmp_path: Path) -> None:
    package = icu_data.write_package(_header(), _items())
    lib = icu_data.link_data_library("icudt99_dat", package, "libicudata.so.99", tmp_path / "w")
    elf = lib.read_bytes()
    assert elf_file.soname(elf) == "libicudata.so.99"
    assert elf_file.exported_object(elf, lambda n: n == b"icudt99_dat") == ("icudt99_dat", package)
    # and it goes through the whole pipeline again (what the spec does to PySide6's library)
    again = icu_data.shrink_library(lib, lambda name, _d: "zone/" not in name, tmp_path / "again")
    names = [n for n, _ in icu_data.read_package(elf_file.exported_object(
        again.read_bytes(), lambda n: n == b"icudt99_dat")[1])[1]]
    assert names and not any("zone/" in n for n in names)


@needs_qt_icu
def test_the_real_package_round_trips_byte_for_byte() -> None:
    _symbol, package = elf_file.exported_object(QT_ICU.read_bytes(), icu_data._DATA_SYMBOL.match)
    header, items = icu_data.read_package(package)
    assert icu_data.write_package(header, items) == package


@needs_qt_icu
def test_the_bundle_rules_keep_what_qt_calls_for() -> None:
    _symbol, package = elf_file.exported_object(QT_ICU.read_bytes(), icu_data._DATA_SYMBOL.match)
    keeps = icu_data.item_filter(**bc.ICU_DATA)
    kept = {name.split("/", 1)[1] for name, data in icu_data.read_package(package)[1] if keeps(name, data)}
    for needed in ("root.res", "en.res", "pool.res", "res_index.res", "cnvalias.icu", "zoneinfo64.res",
                   "timezoneTypes.res", "metaZones.res", "coll/root.res", "coll/ucadata.icu",
                   "coll/sv.res", "coll/zh.res", "zone/en.res", "zone/pool.res", "ibm-5348_P100-1997.cnv"):
        assert needed in kept, needed
    for dropped in ("de.res", "zone/de.res", "translit/root.res", "gb18030.cnv", "brkitr/cjdict.dict"):
        assert dropped not in kept, dropped


PROBE = """
import json
from PySide6.QtCore import QCollator, QLocale
maps = open("/proc/self/maps").read()
print(json.dumps({
    "ours": "%s" in maps,
    "sv": QCollator(QLocale("sv_SE")).compare("Ö", "z"),
    "de": QCollator(QLocale("de_DE")).compare("Ö", "z"),
    "tr": QLocale("tr_TR").toUpper("i"),
}))
"""


@needs_qt_icu
@needs_binutils
@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux bundle only")
def test_qt_collates_and_maps_case_with_the_smaller_library(tmp_path: Path) -> None:
    lib = icu_data.shrink_library(QT_ICU, icu_data.item_filter(**bc.ICU_DATA), tmp_path / "w")
    # LD_LIBRARY_PATH comes before the RUNPATH ($ORIGIN) of PySide6's libicuuc
    env = {**os.environ, "LD_LIBRARY_PATH": str(lib.parent), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", PROBE % lib], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    answer = json.loads(done.stdout)
    assert answer == {"ours": True, "sv": 1, "de": -1, "tr": "İ"}
    assert lib.stat().st_size < QT_ICU.stat().st_size / 3
