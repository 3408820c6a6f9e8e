"""A smaller ICU data library for the Linux bundle (``libicudata.so.NN`` from PySide6's wheel).

Qt Core calls ICU for four things only (its imported ICU symbols say so): case mapping by locale
(compiled into libicuuc, no data), collation (``QCollator``: file dialogs sort names with it),
time-zone display names, and converters of legacy encodings (``QStringDecoder`` by name, which
``QMimeData.html()`` also uses for a ``<meta charset>``; the program's editors are plain text).
The 32 MB data library carries every locale's display names, units, currencies, transliterators,
dictionaries for Thai/Khmer/CJK word breaking and 190 legacy code pages. This module reads the ICU
"common data" package embedded in that library, keeps what :data:`bundle_config.ICU_DATA` says,
and links a new data library with binutils' ``as`` and ``ld`` (which PyInstaller's Linux host
already needs). No PyInstaller import here, so tests can load it directly.

Package layout (ICU ``udata``/``ucmndata``): a data header (``headerSize`` then magic ``0xda 0x27``
and a ``UDataInfo`` whose format is ``CmnD``), then the table of contents: a ``uint32`` count and
``count`` pairs of ``uint32`` (name offset, data offset), both relative to the count, sorted by
name; then the NUL-terminated names, then the items, each at a 16-byte boundary. An item's length
is the distance to the next one (the last runs to the end).
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
from collections.abc import Callable, Iterable
from pathlib import Path

import elf_file  # packaging/elf_file.py (the spec and the tests put packaging/ on sys.path)

_MAGIC = b"\xda\x27"
_ALIGN = 16
# a locale's resource bundle: "de.res", "zh_Hant_TW.res", "coll/sr_Latn.res", "root.res"
_LOCALE = re.compile(r"^(?:root|[a-z]{2,3})(?:_[A-Za-z0-9]+)*\.res$")
_NOT_LOCALES = {"res_index.res", "pool.res"}
_DATA_SYMBOL = re.compile(rb"^icudt\d+_dat$")


class IcuDataError(ValueError):
    """The bytes are not an ICU common data package this module understands."""


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """The header and the ``(name, bytes)`` items of an ICU common data package (little-endian)."""
    if len(blob) < 32 or blob[2:4] != _MAGIC:
        raise IcuDataError("no ICU data header")
    header_size = struct.unpack_from("<H", blob)[0]
    if blob[4 + 8 : 4 + 12] != b"CmnD" or blob[4 + 4] != 0:  # UDataInfo: format, isBigEndian
        raise IcuDataError("not a little-endian ICU common data package")
    toc = blob[header_size:]
    (count,) = struct.unpack_from("<I", toc)
    entries = [struct.unpack_from("<II", toc, 4 + 8 * i) for i in range(count)]
    items = []
    for i, (name_at, data_at) in enumerate(entries):
        name = toc[name_at : toc.index(b"\0", name_at)].decode("ascii")
        end = entries[i + 1][1] if i + 1 < count else len(toc)
        items.append((name, toc[data_at:end]))
    return blob[:header_size], items


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """An ICU common data package holding ``items`` (sorted by name, as ICU's lookup needs)."""
    items = sorted(items, key=lambda item: item[0].encode("ascii"))
    names = b"".join(name.encode("ascii") + b"\0" for name, _data in items)
    toc = bytearray(struct.pack("<I", len(items)))
    name_at = 4 + 8 * len(items)
    data = bytearray()
    data_at = _pad(len(header) + name_at + len(names)) - len(header)  # offsets from the count
    for name, item in items:
        toc += struct.pack("<II", name_at, data_at + len(data))
        name_at += len(name) + 1
        data += item
        data += b"\xaa" * (_pad(len(header) + data_at + len(data)) - len(header) - data_at - len(data))
    gap = data_at - len(toc) - len(names)
    return bytes(header) + bytes(toc) + names + b"\xaa" * gap + bytes(data)


def _pad(n: int) -> int:
    return (n + _ALIGN - 1) // _ALIGN * _ALIGN
def is_locale(name: str) -> bool:
    """Whether an item (``icudt73l/coll/de.res``, ``icudt73l/en_GB.res``) is one locale's data."""
    base = name.rsplit("/", 1)[-1]
    return base not in _NOT_LOCALES and bool(_LOCALE.match(base))


def is_multibyte_converter(name: str, data: bytes) -> bool:
    """Whether an item is a converter table of a multi-byte code page (Shift_JIS, GB18030, Big5,
    EBCDIC DBCS...). Single-byte ones (windows-1252, ISO-8859-x, KOI8-R) are a few KB each.
    A ``.cnv`` item holds its data header, then ``UConverterStaticData``: int32 size, char
    name[60], int32 code page, int8 platform, int8 type, int8 min and int8 max bytes per char."""
    if not name.endswith(".cnv") or len(data) < 4:
        return False
    header_size = struct.unpack_from("<H", data)[0]
    max_bytes_at = header_size + 4 + 60 + 4 + 3
    return len(data) > max_bytes_at and data[max_bytes_at] > 1


def item_filter(dropped: Iterable[str] = (), locales: Iterable[str] = ("root",),
                all_locales_in: Iterable[str] = (), multibyte_converters: bool = True,
                ) -> Callable[[str, bytes], bool]:
    """Whether an item ``(name, data)`` stays in the package.

    ``dropped`` are glob patterns of paths inside the package (``translit/*``, ``*.dict``); a
    locale's data stays when the locale is one of ``locales`` or a variant of one (``en`` keeps
    ``en_GB``), or when its folder is in ``all_locales_in`` (``coll``); multi-byte converter tables
    stay only when ``multibyte_converters`` is true. Everything else (properties, normalisation,
    collation root, time-zone rules, each folder's ``pool.res`` and ``res_index.res``) stays.
    """
    dropped, locales, whole = tuple(dropped), tuple(locales), tuple(all_locales_in)

    def keeps(name: str, data: bytes) -> bool:
        path = name.split("/", 1)[-1]  # without the "icudt73l/" prefix
        if any(fnmatch.fnmatchcase(path, pattern) for pattern in dropped):
            return False
        if not multibyte_converters and is_multibyte_converter(name, data):
            return False
        if not is_locale(name):
            return True
        folder, _, base = path.rpartition("/")
        locale = base[: -len(".res")]
        return folder in whole or any(locale == k or locale.startswith(k + "_") for k in locales)

    return keeps


def shrink_package(blob: bytes, keeps: Callable[[str, bytes], bool]) -> bytes:
    """The package ``blob`` with only the items ``keeps(name, data)`` accepts."""
    header, items = read_package(blob)
    return write_package(header, [(name, data) for name, data in items if keeps(name, data)])


def link_data_library(symbol: str, package: bytes, name: str, workdir: Path) -> Path:
    """A shared library named ``name`` exporting ``symbol`` = ``package`` (binutils ``as``/``ld``)."""
    workdir.mkdir(parents=True, exist_ok=True)
    dat, asm, obj, out = (workdir / f"{symbol}.dat", workdir / f"{symbol}.s",
                          workdir / f"{symbol}.o", workdir / name)
    dat.write_bytes(package)
    asm.write_text(
        f'\t.section .rodata\n\t.balign {_ALIGN}\n\t.globl {symbol}\n\t.type {symbol}, @object\n'
        f'{symbol}:\n\t.incbin "{dat.name}"\n\t.size {symbol}, . - {symbol}\n'
        '\t.section .note.GNU-stack,"",@progbits\n'
    )
    for cmd in (["as", "-o", obj.name, asm.name],
                ["ld", "-shared", "-soname", name, "-z", "noexecstack", "-o", out.name, obj.name]):
        done = subprocess.run(cmd, cwd=workdir, capture_output=True, text=True)
        if done.returncode != 0:
            raise IcuDataError(f"{cmd[0]} failed: {done.stderr.strip()[:300]}")
    return out


def shrink_library(src: str | Path, keeps: Callable[[str, bytes], bool], workdir: Path) -> Path:
    """A copy of the ICU data library ``src`` holding only the items ``keeps`` accepts."""
    if not (shutil.which("as") and shutil.which("ld")):
        raise IcuDataError("binutils' as and ld are needed")
    elf = Path(src).read_bytes()
    try:
        symbol, package = elf_file.exported_object(elf, _DATA_SYMBOL.match)
        name = elf_file.soname(elf)
    except elf_file.ElfError as exc:
        raise IcuDataError(f"{src}: {exc}") from exc
    return link_data_library(symbol, shrink_package(package, keeps), name, workdir)
