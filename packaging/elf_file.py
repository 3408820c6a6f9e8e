"""Just enough of the ELF format (64-bit little-endian, Linux x86-64 and arm64) for the packaging
helpers: section headers, the exported data symbols and the soname of a shared library."""

from __future__ import annotations

import struct
from collections.abc import Callable
from pathlib import Path

SHT_SYMTAB, SHT_DYNAMIC, SHT_DYNSYM = 2, 6, 11
DT_SONAME = 14
_EHDR = 64
_SHDR = "<IIQQQQIIQQ"  # name, type, flags, addr, offset, size, link, info, addralign, entsize


class ElfError(ValueError):
    """The bytes are not a 64-bit little-endian ELF file."""


def _check(ident: bytes) -> None:
    if len(ident) < _EHDR or ident[:4] != b"\x7fELF" or ident[4] != 2 or ident[5] != 1:
        raise ElfError("not a 64-bit little-endian ELF file")


def sections(elf: bytes) -> list[tuple[int, ...]]:
    """The section headers of ``elf``, as tuples of their ten fields (see ``_SHDR``)."""
    _check(elf[:_EHDR])
    (shoff,) = struct.unpack_from("<Q", elf, 0x28)
    shentsize, shnum = struct.unpack_from("<HH", elf, 0x3A)
    return [struct.unpack_from(_SHDR, elf, shoff + i * shentsize) for i in range(shnum)]


def has_symbol_table(path: str | Path) -> bool:
    """Whether the file is an ELF file that still carries a full symbol table (``.symtab``);
    reads only the headers. Files that are not ELF answer False."""
    with open(path, "rb") as f:
        head = f.read(_EHDR)
        try:
            _check(head)
        except ElfError:
            return False
        (shoff,) = struct.unpack_from("<Q", head, 0x28)
        shentsize, shnum = struct.unpack_from("<HH", head, 0x3A)
        f.seek(shoff)
        table = f.read(shentsize * shnum)
    return any(struct.unpack_from(_SHDR, table, i * shentsize)[1] == SHT_SYMTAB
               for i in range(len(table) // shentsize if shentsize else 0))


def _string(elf: bytes, at: int) -> bytes:
    return elf[at : elf.index(b"\0", at)]


def exported_object(elf: bytes, wanted: Callable[[bytes], object]) -> tuple[str, bytes]:
    """The first exported symbol whose name ``wanted(name: bytes)`` accepts: its name and the
    bytes it covers in the file."""
    table = sections(elf)
    for _n, kind, _f, _a, offset, size, link, _i, _al, entsize in table:
        if kind != SHT_DYNSYM or not entsize:
            continue
        names_at = table[link][4]
        for at in range(offset, offset + size, entsize):
            st_name, _info, _other, shndx, value, sym_size = struct.unpack_from("<IBBHQQ", elf, at)
            name = _string(elf, names_at + st_name)
            if wanted(name) and 0 < shndx < len(table):
                home = table[shndx]
                start = value - home[3] + home[4]
                return name.decode("ascii"), elf[start : start + sym_size]
    raise ElfError("no such exported symbol")


def soname(elf: bytes) -> str:
    """The DT_SONAME of a shared library."""
    table = sections(elf)
    for _n, kind, _f, _a, offset, size, link, _i, _al, _e in table:
        if kind == SHT_DYNAMIC:
            for at in range(offset, offset + size, 16):
                tag, val = struct.unpack_from("<qQ", elf, at)
                if tag == DT_SONAME:
                    return _string(elf, table[link][4] + val).decode("ascii")
    raise ElfError("no DT_SONAME")
