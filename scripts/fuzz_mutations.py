"""Byte and structure mutations of valid inputs, shared by the fuzz test and scripts/fuzz.py."""

from __future__ import annotations

import io
import random
import zipfile


def mutate_bytes(data: bytes, rng: random.Random, rounds: int = 3) -> bytes:
    """Flip, insert, delete, duplicate or truncate at random places."""
    buf = bytearray(data)
    for _ in range(rounds):
        if not buf:
            buf.extend(rng.randbytes(8))
        op = rng.randrange(6)
        pos = rng.randrange(len(buf))
        if op == 0:
            buf[pos] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = rng.randbytes(rng.randint(1, 64))
        elif op == 2:
            del buf[pos:pos + rng.randint(1, 256)]
        elif op == 3:
            end = min(len(buf), pos + rng.randint(1, 512))
            buf[pos:pos] = buf[pos:end] * rng.randint(2, 20)
        elif op == 4:
            del buf[pos:]
        else:
            token = rng.choice([b"(", b")", b"[", b"]", b"<<", b">>", b"<", b">", b"{", b"}", b"\"",
                                b"0 R", b"obj", b"endobj", b"stream", b"&amp;", b"\\", b"\x00", b"\xff"])
            buf[pos:pos] = token
    return bytes(buf)


def mutate_docx(data: bytes, rng: random.Random, rounds: int = 3) -> bytes:
    """Mutate the XML parts inside a .docx and re-zip it (so the zip layer stays valid)."""
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        parts = {i.filename: zf.read(i) for i in zf.infolist()}
    names = [n for n in parts if n.endswith(".xml")]
    for _ in range(rng.randint(1, 2)):
        name = rng.choice(["word/document.xml", *names]) if "word/document.xml" in parts else rng.choice(names)
        parts[name] = mutate_bytes(parts[name], rng, rounds)
    if rng.random() < 0.1 and len(parts) > 3:
        del parts[rng.choice(sorted(parts))]
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, blob in parts.items():
            zf.writestr(zipfile.ZipInfo(name, (2024, 1, 1, 0, 0, 0)), blob)
    return out.getvalue()


_ODD_TEXT = ["\ud800", "\udfff", "\x00", "\x1b[2J", "\x0b", "\x9b", "\ufffe", "\n", "\u2028", "\u202e"]
_BOMS = [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"),
         ("utf-32-le", b"\xff\xfe\x00\x00"), ("utf-32-be", b"\x00\x00\xfe\xff")]


def _nodes(root: object) -> list[tuple[object, object]]:
    """(container, key) of every value under ``root`` (iterative)."""
    out: list[tuple[object, object]] = []
    stack = [root]
    while stack:
        node = stack.pop()
        items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
        for key, value in list(items):
            out.append((node, key))
            stack.append(value)
    return out


def mutate_json(data: bytes, rng: random.Random, rounds: int = 3) -> bytes:
    """Structural mutations of a JSON document (values of the wrong type, lists repeated, text
    with lone surrogates and control characters, keys dropped), re-encoded in UTF-8, 16 or 32
    with or without a byte-order mark. Falls back to byte mutations for text that is not JSON."""
    import json

    try:
        doc = json.loads(data.decode("utf-8-sig"))
    except ValueError:
        return mutate_bytes(data, rng, rounds)
    for _ in range(rounds):
        nodes = _nodes(doc)
        if not nodes:
            break
        parent, key = rng.choice(nodes)
        value = parent[key]  # type: ignore[index]
        op = rng.randrange(6)
        if op == 0:
            parent[key] = rng.choice([None, True, 0, -1, 1e308, "", [], {}, "2021-13-45"])  # type: ignore[index]
        elif op == 1 and isinstance(value, list) and value:
            parent[key] = value * rng.randint(2, 50)  # type: ignore[index]
        elif op == 2 and isinstance(value, str):
            cut = rng.randrange(len(value) + 1)
            parent[key] = value[:cut] + rng.choice(_ODD_TEXT) + value[cut:]  # type: ignore[index]
        elif op == 3 and isinstance(parent, dict):
            del parent[key]
        elif op == 4:
            parent[key] = [value] if rng.random() < 0.5 else {"x": value}  # type: ignore[index]
        else:
            parent[key] = rng.choice(_ODD_TEXT) * rng.randint(1, 3)  # type: ignore[index]
    codec, bom = rng.choice(_BOMS)
    text = json.dumps(doc, ensure_ascii=rng.random() < 0.5)
    return bom + text.encode(codec, "surrogatepass")
