"""A Word package repaired before python-docx opens it: relationships that point at parts the
archive lacks are dropped (python-docx would refuse the whole file with a KeyError), targets
that differ from a part's name only in case are pointed at that part (Word matches part names
without regard to case), and what was skipped becomes a note (``errors.note``).

External relationships (hyperlinks, linked images, templates on a share) are left as they are:
python-docx never loads them and MLResume never fetches them.
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from pathlib import Path
from urllib.parse import unquote

from .errors import ReadError, note
from .safe_xml import parse_untrusted

MB = 1024 * 1024
MAX_RELS_BYTES = MB  # a relationships part is a few kilobytes
STYLES_SKIPPED = "the Word file's styles part is damaged: read without its styles"


def _source_folder(rels_name: str) -> str:
    """``word/_rels/document.xml.rels`` -> ``word``; ``_rels/.rels`` -> ``""`` (the root)."""
    return posixpath.dirname(posixpath.dirname(rels_name))


def _resolve(folder: str, target: str) -> str:
    path = target[1:] if target.startswith("/") else posixpath.join(folder, target)
    return posixpath.normpath(unquote(path)).lstrip("/")


def _repair_rels(data: bytes, rels_name: str, names: set[str], lower: dict[str, str],
                 skipped: list[str]) -> bytes | None:
    """The repaired relationships part, or None when it needs no repair."""
    root = parse_untrusted(data, f"the part {rels_name}")
    folder = _source_folder(rels_name)
    changed = False
    for rel in list(root):
        if str(rel.get("TargetMode", "")).lower() == "external":
            continue
        target = str(rel.get("Target", ""))
        part = _resolve(folder, target)
        if part in names:
            continue
        if part.lower() in lower:
            rel.set("Target", "/" + lower[part.lower()])
        else:
            root.remove(rel)
            skipped.append(part if not part.startswith("..") else target)
        changed = True
    if not changed:
        return None
    from lxml import etree

    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def open_package(path: str | Path) -> str | io.BytesIO:
    """What to hand ``docx.Document``: the path itself when every internal relationship finds
    its part, else the repaired package in memory (and a note naming what was skipped)."""
    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
            names = {i.filename for i in infos}
            lower = {n.lower(): n for n in names}
            skipped: list[str] = []
            repaired: dict[str, bytes] = {}
            for info in infos:
                if not info.filename.endswith(".rels") or info.file_size > MAX_RELS_BYTES:
                    continue
                fixed = _repair_rels(zf.read(info), info.filename, names, lower, skipped)
                if fixed is not None:
                    repaired[info.filename] = fixed
            if not repaired:
                return str(path)
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as out:
                for info in infos:
                    out.writestr(info, repaired.get(info.filename) or zf.read(info))
    except ReadError:
        raise
    except (zipfile.BadZipFile, OSError, EOFError, ValueError, KeyError):
        raise ReadError("damaged Word file: its zip archive is broken or truncated") from None
    if skipped:
        shown = ", ".join(skipped[:3]) + (f" and {len(skipped) - 3} more" if len(skipped) > 3 else "")
        what = "a reference to a part" if len(skipped) == 1 else f"{len(skipped)} references to parts"
        note(f"skipped {what} missing from the Word file ({shown}); read the rest")
    buffer.seek(0)
    return buffer


def diagnose(path: str | Path, exc: BaseException) -> ReadError:
    """The ReadError for python-docx's or lxml's exception on this package, naming the part at
    fault when it can be found (only on this failure path: the parts are parsed once more)."""
    from .errors import damage_reason

    name = type(exc).__name__
    text = str(exc)
    if isinstance(exc, ValueError) and "content type is" in text:
        kind = text.rsplit("content type is", 1)[-1].strip(" '\"")
        return ReadError(f"damaged Word file: its main part is not a Word document (its type is {kind})")
    if isinstance(exc, KeyError) and exc.args:
        return ReadError(f"damaged Word file: it refers to a part that is missing ({exc.args[0]})")
    if name == "XMLSyntaxError":
        part, why = _unparsable_part(path)
        if part:
            return ReadError(f"damaged Word file: the part {part} is not well-formed XML ({why})")
    return ReadError(f"damaged Word file: {damage_reason(exc)}")


def _unparsable_part(path: str | Path) -> tuple[str, str]:
    """(name, lxml's message) of the first XML part that does not parse; ("", "") if none."""
    from lxml import etree

    from .safe_xml import safe_parser

    try:
        with zipfile.ZipFile(path) as zf:
            for info in zf.infolist():
                if not info.filename.endswith((".xml", ".rels")) or info.file_size > 64 * MB:
                    continue
                try:
                    etree.fromstring(zf.read(info), safe_parser())
                except etree.XMLSyntaxError as exc:
                    return info.filename, str(exc.msg or exc).split(" (line")[0]
    except (zipfile.BadZipFile, OSError, EOFError, ValueError):
        pass
    return "", ""
