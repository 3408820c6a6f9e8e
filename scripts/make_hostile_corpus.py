"""Generate the hostile-input corpus under tests/fixtures/hostile/ (deterministic: seeded).

    python scripts/make_hostile_corpus.py            # the committed corpus (small files)
    python scripts/make_hostile_corpus.py --large D  # also the big ones, into folder D

Each file is listed in ``manifest.json`` beside it with what it is and the reason MLResume must
give: a regular expression matched against the one-line message, or "ok" when the file must be
read. The big cases (over the size limits, very long lines) are not committed; tests and
scripts/hostile_report.py build them in a temporary folder with ``build_large``. The second
round of cases (hostile_second_round.py) adds files, files built at run time (names git refuses,
documents too big to commit) and conversions to odd or unwritable outputs.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import struct
import zipfile
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "fixtures" / "hostile"

RESUME_LINES = [
    "Jordan Example",
    "jordan@example.com | +1 555 0100 | github.com/jexample",
    "EXPERIENCE",
    "Senior ML Engineer, Example Corp, 2021 - Present",
    "- Cut p99 inference latency from 120 ms to 45 ms for 3M daily users with TensorRT",
    "- Trained a 1.3B-parameter ranking model on 64 A100 GPUs with FSDP",
    "EDUCATION",
    "MSc Computer Science, Example University, 2019",
    "SKILLS",
    "Python, PyTorch, CUDA, Kubernetes",
]

# --------------------------------------------------------------------------- PDF


def _pdf_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def text_stream(lines: list[str], size: int = 11) -> bytes:
    """A page content stream drawing ``lines`` top to bottom in Helvetica."""
    ops = ["BT", f"/F1 {size} Tf", "14 TL", "50 760 Td"]
    for line in lines:
        ops.append(f"({_pdf_escape(line)}) Tj T*")
    ops.append("ET")
    return "\n".join(ops).encode("latin-1")


def pdf_document(pages: list[bytes], *, extra: dict[int, bytes] | None = None,
                 trailer_extra: str = "", page_extra: str = "", resources: str | None = None,
                 kids_override: str | None = None) -> bytes:
    """A small well-formed PDF: one content stream per page, Helvetica, a correct xref table.

    ``extra`` adds raw objects (number -> body); ``trailer_extra`` adds trailer keys.
    """
    objs: dict[int, bytes] = {}
    n_pages = len(pages)
    page_nums = [4 + 2 * i for i in range(n_pages)]
    kids = kids_override or " ".join(f"{n} 0 R" for n in page_nums)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = f"<< /Type /Pages /Kids [{kids}] /Count {n_pages} >>".encode()
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    res = resources or "<< /Font << /F1 3 0 R >> >>"
    for i, content in enumerate(pages):
        pn = page_nums[i]
        objs[pn] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources {res} "
                    f"/Contents {pn + 1} 0 R {page_extra}>>").encode()
        objs[pn + 1] = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    objs.update(extra or {})
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets: dict[int, int] = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        if num in offsets:
            out.write(b"%010d 00000 n \n" % offsets[num])
        else:
            out.write(b"0000000000 65535 f \n")
    out.write(f"trailer\n<< /Size {size} /Root 1 0 R {trailer_extra}>>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def valid_pdf() -> bytes:
    return pdf_document([text_stream(RESUME_LINES)])


def encrypted_pdf(rng: random.Random, filter_name: str = "Standard") -> bytes:
    """Standard security handler with a user password we do not know (random /O and /U)."""
    o = rng.randbytes(32).hex()
    u = rng.randbytes(32).hex()
    enc = f"<< /Filter /{filter_name} /V 1 /R 2 /Length 40 /P -44 /O <{o}> /U <{u}> >>".encode()
    doc_id = rng.randbytes(16).hex()
    return pdf_document([text_stream(RESUME_LINES)], extra={50: enc},
                        trailer_extra=f"/Encrypt 50 0 R /ID [<{doc_id}> <{doc_id}>] ")


def image_only_pdf(rng: random.Random) -> bytes:
    """One page painting a grey-scale image: a scan without a text layer."""
    w, h = 64, 64
    pixels = zlib.compress(rng.randbytes(w * h))
    image = (b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray "
             b"/BitsPerComponent 8 /Filter /FlateDecode /Length %d >>\nstream\n" % (w, h, len(pixels))
             + pixels + b"\nendstream")
    content = b"q 500 0 0 700 50 50 cm /Im1 Do Q"
    return pdf_document([content], extra={50: image},
                        resources="<< /XObject << /Im1 50 0 R >> >>")


def recursive_pdf() -> bytes:
    """Object graphs that point at themselves: a page tree whose kid is its own parent, an
    object that is a reference to itself, and a content array that contains itself."""
    extra = {
        50: b"50 0 R",  # an object that is only a reference to itself
        51: b"[51 0 R 5 0 R]",  # an array containing itself
        52: b"<< /Type /Pages /Kids [52 0 R 2 0 R] /Count 2 /Parent 52 0 R >>",
    }
    return pdf_document([text_stream(RESUME_LINES[:3])], extra=extra,
                        kids_override="4 0 R 52 0 R 2 0 R", page_extra="/Annots 50 0 R /Thumb 51 0 R ")


def deep_pdf(depth: int = 20_000) -> bytes:
    """A content stream and an object nested ``depth`` arrays deep."""
    nested = b"[" * depth + b"]" * depth
    content = text_stream(RESUME_LINES[:2]) + b"\n" + nested + b" pop"
    dict_nest = b"<< /A " * 2000 + b"1" + b" >>" * 2000
    return pdf_document([content], extra={50: nested, 51: dict_nest},
                        page_extra="/Deep 50 0 R /DeepDict 51 0 R ")


def many_pages_pdf(n: int = 500) -> bytes:
    return pdf_document([text_stream([f"Page {i + 1}", *RESUME_LINES[:2]]) for i in range(n)])


def dense_text_pdf(pages: int = 30, lines: int = 60, width: int = 180) -> bytes:
    """Pages packed with tiny characters: far more text than any resume."""
    rng = random.Random(7)
    words = ["model", "training", "latency", "throughput", "gpu", "data", "pipeline", "ranking", "python"]
    body = []
    for p in range(pages):
        page_lines = [" ".join(rng.choice(words) for _ in range(width // 7)) for _ in range(lines)]
        body.append(text_stream([f"page {p}", *page_lines], size=3))
    return pdf_document(body)


# --------------------------------------------------------------------------- DOCX

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)


def document_xml(lines: list[str], prolog: str = "", body_extra: str = "") -> str:
    paras = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{_xml_escape(t)}</w:t></w:r></w:p>" for t in lines)
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n{prolog}'
            f'<w:document xmlns:w="{W_NS}"><w:body>{paras}{body_extra}</w:body></w:document>')


def _xml_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


EPOCH = (2024, 1, 1, 0, 0, 0)  # fixed member dates: the corpus is byte-for-byte reproducible


def _member(name: str) -> zipfile.ZipInfo:
    info = zipfile.ZipInfo(name, EPOCH)
    info.compress_type = zipfile.ZIP_DEFLATED
    return info


def docx_package(parts: dict[str, str | bytes]) -> bytes:
    """A zip with the given parts (deflated), in the given order."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(_member(name), data)
    return buf.getvalue()


def minimal_docx(doc_xml: str | None = None, **more: str | bytes) -> bytes:
    parts: dict[str, str | bytes] = {"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
                                     "word/document.xml": doc_xml or document_xml(RESUME_LINES)}
    parts.update(more)
    return docx_package(parts)


def valid_docx() -> bytes:
    """A real Word file written by python-docx (styles, settings, core properties and all)."""
    import docx

    d = docx.Document()
    d.add_heading(RESUME_LINES[0], level=0)
    d.add_paragraph(RESUME_LINES[1])
    for line in RESUME_LINES[2:]:
        if line.isupper():
            d.add_heading(line.title(), level=1)
        elif line.startswith("- "):
            d.add_paragraph(line[2:], style="List Bullet")
        else:
            d.add_paragraph(line)
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(buf) as zf:  # re-pack with fixed dates
        return docx_package({i.filename: zf.read(i) for i in zf.infolist()})


def billion_laughs_docx() -> bytes:
    ents = '<!ENTITY lol "lol">' + "".join(
        f'<!ENTITY lol{i} "{("&lol;" if i == 1 else f"&lol{i - 1};") * 10}">' for i in range(1, 10))
    prolog = f"<!DOCTYPE w:document [{ents}]>"
    return minimal_docx(document_xml(["&lol9;"], prolog).replace("&amp;lol9;", "&lol9;"))


def xxe_docx() -> bytes:
    prolog = '<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    return minimal_docx(document_xml(["Name: &xxe;"], prolog).replace("&amp;xxe;", "&xxe;"))


def zip_bomb_docx(size: int = 256 * 1024 * 1024) -> bytes:
    """A valid resume plus one member of ``size`` zero bytes (~1000:1), streamed into the zip."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as zf:
        zf.writestr(_member("[Content_Types].xml"), CONTENT_TYPES)
        zf.writestr(_member("_rels/.rels"), ROOT_RELS)
        zf.writestr(_member("word/document.xml"), document_xml(RESUME_LINES))
        chunk = b"\0" * (1024 * 1024)
        with zf.open(_member("word/media/image1.png"), "w", force_zip64=True) as fh:
            for _ in range(size // len(chunk)):
                fh.write(chunk)
    return buf.getvalue()


def lying_sizes_docx() -> bytes:
    """document.xml inflates to 64 MB of spaces but the zip headers claim 2 KB."""
    big = document_xml(RESUME_LINES).replace("<w:body>", "<w:body>" + " " * (64 * 1024 * 1024))
    data = bytearray(minimal_docx(big))
    real = len(big.encode())
    fake = struct.pack("<I", 2048)
    needle = struct.pack("<I", real)
    # Patch every uncompressed-size field holding the real size (local header and central directory).
    idx = data.find(needle)
    while idx != -1:
        data[idx:idx + 4] = fake
        idx = data.find(needle, idx + 4)
    return bytes(data)


def many_members_docx(n: int = 1500) -> bytes:
    parts: dict[str, str | bytes] = {f"word/media/p{i}.xml": "<a/>" for i in range(n)}
    return minimal_docx(**parts)


def ole_file(encrypted: bool, rng: random.Random) -> bytes:
    """A compound-file (OLE) container: the shape of an old .doc, or of an encrypted .docx."""
    header = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(16) + struct.pack("<HH", 0x3E, 3) + b"\xfe\xff"
    header = header.ljust(512, b"\0")
    names = ["Root Entry", "EncryptionInfo", "EncryptedPackage"] if encrypted else ["Root Entry", "WordDocument"]
    dirs = b"".join(n.encode("utf-16-le").ljust(64, b"\0") + struct.pack("<H", 2 * len(n) + 2).ljust(64, b"\0")
                    for n in names)
    return header + dirs.ljust(1024, b"\0") + rng.randbytes(4096)


# --------------------------------------------------------------------------- JSON and text


def valid_json_resume() -> bytes:
    data = {"basics": {"name": "Jordan Example", "email": "jordan@example.com", "label": "ML Engineer"},
            "work": [{"name": "Example Corp", "position": "Senior ML Engineer", "startDate": "2021-03",
                      "highlights": [RESUME_LINES[4][2:], RESUME_LINES[5][2:]]}],
            "skills": [{"name": "ML", "keywords": ["PyTorch", "CUDA"]}]}
    return json.dumps(data, indent=2).encode()


def build(out: Path = OUT) -> dict[str, dict[str, str]]:
    """Write the committed corpus into ``out``; returns the manifest."""
    rng = random.Random(20240609)
    out.mkdir(parents=True, exist_ok=True)
    pdf = valid_pdf()
    docx_bytes = valid_docx()
    items: list[tuple[str, bytes, str, str]] = [
        # name, content, what it is, expected reason (regex) or "ok"
        ("valid.pdf", pdf, "a small valid resume PDF (fuzzing seed)", "ok"),
        ("valid.docx", docx_bytes, "a small valid resume written by python-docx (fuzzing seed)", "ok"),
        ("valid.json", valid_json_resume(), "a small valid JSON Resume (fuzzing seed)", "ok"),
        ("empty.pdf", b"", "zero bytes", "the file is empty"),
        ("empty.json", b"", "zero bytes", "the file is empty"),
        ("whitespace.json", b" \n\t\n", "only whitespace", r"invalid JSON.* line \d+, column \d+"),
        ("random.pdf", rng.randbytes(65536), "random bytes named .pdf", "not a PDF file despite its name"),
        ("random.docx", rng.randbytes(65536), "random bytes named .docx", "not a Word .*despite its name"),
        ("random.bin", rng.randbytes(4096), "random bytes, unknown extension", "unsupported file type"),
        ("truncated.pdf", pdf[: len(pdf) * 2 // 5], "the first 40% of a valid PDF", "ok|damaged|no text"),
        ("truncated.docx", docx_bytes[: len(docx_bytes) // 2], "the first half of a valid .docx",
         "damaged Word file"),
        ("encrypted.pdf", encrypted_pdf(rng), "RC4-encrypted PDF with an unknown user password",
         "remove the password and import again"),
        ("encrypted-unknown-handler.pdf", encrypted_pdf(rng, "AcmeSecurity"),
         "PDF encrypted with a security handler nobody knows", "remove the password and import again"),
        ("encrypted.docx", ole_file(True, rng), "an encrypted Office file (OLE container) named .docx",
         "password-protected: remove the password and import again"),
        ("old-word.docx", ole_file(False, rng), "a Word 97-2003 .doc renamed .docx",
         "old-style Word.*save it as .docx"),
        ("image-only.pdf", image_only_pdf(rng), "a scanned page: one image, no text layer",
         "scanned image|no text"),
        ("recursive-objects.pdf", recursive_pdf(), "self-referencing objects and a page tree cycle",
         "ok|damaged|no text|took too long"),
        ("deep-nesting.pdf", deep_pdf(), "arrays nested 20,000 deep, dictionaries 2,000 deep",
         "ok|damaged|nested too deeply"),
        ("many-pages.pdf", many_pages_pdf(), "500 pages", r"500 pages; .*at most \d+"),
        ("dense-text.pdf", dense_text_pdf(), "30 pages of 3-point text (~300,000 characters)",
         "ok|more than .* characters|took too long"),
        ("zip-bomb.docx", zip_bomb_docx(), "a 256 MB member compressed about 1000:1",
         "zip bomb|would inflate to"),
        ("zip-lying-sizes.docx", lying_sizes_docx(),
         "document.xml inflates to 64 MB but the zip says 2 KB", "damaged"),
        ("many-members.docx", many_members_docx(), "1,500 parts in the archive", r"holds 15\d\d parts"),
        ("billion-laughs.docx", billion_laughs_docx(), "XML entity expansion in document.xml",
         "declares a DTD"),
        ("external-entity.docx", xxe_docx(), "an external entity pointing at /etc/passwd",
         "declares a DTD"),
        ("malformed-xml.docx", minimal_docx("<w:document><w:body><w:p><w:t>unclosed"),
         "document.xml is not well-formed", "damaged|not well-formed"),
        ("missing-document.docx", docx_package({"[Content_Types].xml": CONTENT_TYPES, "_rels/.rels": ROOT_RELS,
                                                "word/styles.xml": "<w:styles/>"}),
         "no word/document.xml", "main document part .* is missing"),
        ("missing-content-types.docx", docx_package({"_rels/.rels": ROOT_RELS,
                                                     "word/document.xml": document_xml(RESUME_LINES)}),
         "no [Content_Types].xml", r"no \[Content_Types\]\.xml"),
        ("plain-zip.docx", docx_package({"notes.txt": "hello", "data/a.csv": "1,2"}),
         "a zip of other things named .docx", "not a Word .*despite its name.*zip archive"),
        ("wrong-types.json", json.dumps({"basics": {"name": "A"}, "work": "none"}).encode(),
         "JSON Resume whose work is a string", "work"),
        ("wrong-types-nested.json", json.dumps({"work": [{"name": "X", "highlights": [1, {"a": 2}]}]}).encode(),
         "JSON Resume with numbers and objects as highlights", r"work\[0\]\.highlights|highlights"),
        ("wrong-types.mlresume", json.dumps({"format_version": 1, "basics": {"name": 5}}).encode(),
         "MLResume document whose name is a number", "basics.*name|name"),
        ("top-level-array.json", b"[1, 2, 3]", "a JSON array, not an object", "top level|object"),
        ("invalid-syntax.json", b'{\n  "basics": {\n    "name": "A",\n  }\n}\n',
         "a trailing comma", r"line 4, column 3"),
        ("deep-nesting.json", b"[" * 100_000 + b"]" * 100_000, "arrays nested 100,000 deep",
         "nested too deeply"),
        ("invalid-utf8.json", b'{"basics": {"name": "Jos\xe9 \xff\xfe"}}', "Latin-1 bytes in a JSON file",
         r"not UTF-8 text \(bad byte at offset \d+\)"),
        ("invalid-utf8.mlresume", b'{"format_version": 1, "summary": "caf\xe9"}', "Latin-1 in a native file",
         r"not UTF-8 text \(bad byte at offset \d+\)"),
        ("latin1.txt", "\n".join(RESUME_LINES).replace("Example", "Exámple").encode("latin-1"),
         "a Latin-1 text resume (not UTF-8): read as Latin-1", "ok"),
        ("binary.txt", b"\x00\x01\x02resume\x00" * 500, "binary data named .txt", "not a text file despite its name"),
        ("pdf-named.docx", pdf, "a valid PDF named .docx", "not a Word .*despite its name.*rename it to .pdf"),
        ("docx-named.pdf", docx_bytes, "a valid .docx named .pdf", "not a PDF file despite its name.*rename it to .docx"),
        ("pdf-named.txt", pdf, "a valid PDF named .txt", "not a text file despite its name.*PDF"),
        ("pdf-named.json", pdf, "a valid PDF named .json", "not a JSON file despite its name"),
        ("html-named.pdf", b"<!DOCTYPE html><html><body>Resume</body></html>", "a web page named .pdf",
         "not a PDF file despite its name.*web page"),
        ("png-named.pdf", b"\x89PNG\r\n\x1a\n" + rng.randbytes(2000), "a PNG image named .pdf",
         "not a PDF file despite its name.*PNG image"),
        ("resume-no-extension", pdf, "a valid PDF without an extension: read by its content", "ok"),
        ("long-line.txt", ("Jordan Example\n- " + "cut the training cost of the ranking model " * 5000).encode(),
         "a bullet of 215,000 characters on one line", "ok|more than"),
        ("resume.rtf", b"{\\rtf1\\ansi Jordan Example}", "an RTF document", "unsupported file type.*RTF"),
    ]
    import hostile_second_round as second

    items += second.committed(random.Random(20261203))
    manifest: dict[str, dict[str, str]] = {}
    for name, data, what, expect in items:
        (out / name).write_bytes(data)
        manifest[name] = {"what": what, "expect": expect, **second.CHECKS.get(name, {})}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", "utf-8")
    return manifest


def build_large(out: Path) -> dict[str, dict[str, str]]:
    """The cases too big to commit: over the size limits (sparse files) and one 1.5 MB line."""
    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, dict[str, str]] = {}
    filler = {".pdf": b"%PDF-1.4\n", ".txt": "\n".join(RESUME_LINES).encode() + b"\n",
              ".json": b'{"basics": {"summary": "' + b"x" * 1000}
    for name, size in (("too-large.pdf", 40 * 1024 * 1024), ("too-large.txt", 3 * 1024 * 1024),
                       ("too-large.json", 12 * 1024 * 1024)):
        chunk = filler[Path(name).suffix]
        with open(out / name, "wb") as fh:
            if name.endswith(".pdf"):  # a sparse file: size without content
                fh.write(chunk)
                fh.truncate(size)
            else:
                fh.write(chunk * (size // len(chunk) + 1))
        manifest[name] = {"what": f"{size // (1024 * 1024)} MB", "expect": "file too large"}
    long_md = ("# Jordan Example\n" + ("- " + "optimised the data loader " * 400 + "\n") * 150).encode()
    (out / "long-lines.md").write_bytes(long_md)
    manifest["long-lines.md"] = {"what": "150 bullets of 10,000 characters each",
                                 "expect": "ok|took too long|more than"}
    line = ("Jordan Example " + "tuned the ranking model " * 62_000).encode()
    (out / "one-long-line.txt").write_bytes(line)
    manifest["one-long-line.txt"] = {"what": f"one line of {len(line) // 1000} kB",
                                     "expect": "ok|took too long|more than"}
    return manifest


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--large", metavar="DIR", help="also write the big cases into DIR")
    args = parser.parse_args()
    manifest = build()
    print(f"{len(manifest)} files in {OUT.relative_to(ROOT)}")
    if args.large:
        print(f"{len(build_large(Path(args.large)))} big files in {args.large}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
