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
