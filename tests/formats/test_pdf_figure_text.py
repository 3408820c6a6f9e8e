"""Text a PDF draws inside a form XObject (browsers set some positioned or transparent elements
that way: a date column, a job title) is read like the page's own text."""

from __future__ import annotations

from pathlib import Path

from mlresume_gui.formats.reading import pdf as pdf_import


def _pdf_with_form(page: bytes, form: bytes) -> bytes:
    """A one-page PDF: ``page`` is the page's content, which may paint the form ``/Fm1`` whose
    content is ``form``; both can use Helvetica as ``/F1``."""
    font = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 6 0 R >> /XObject << /Fm1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream",
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 6 0 R >> >> "
            b"/Length %d >>\nstream\n" % len(form) + form + b"\nendstream",
            font]
    out, offsets = b"%PDF-1.4\n", []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def test_text_inside_a_form_xobject_is_read(tmp_path: Path) -> None:
    page = b"BT /F1 11 Tf 72 700 Td (Orchard Data, Data Engineer) Tj ET /Fm1 Do"
    form = b"BT /F1 11 Tf 72 680 Td (March 2019 - June 2021) Tj ET"
    f = tmp_path / "form.pdf"
    f.write_bytes(_pdf_with_form(page, form))
    texts = [ln.text for ln in pdf_import.read_layout(f).lines]
    assert texts == ["Orchard Data, Data Engineer", "March 2019 - June 2021"]
