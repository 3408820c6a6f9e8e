"""The pieces of the second hostile round: one-line messages, notes, byte-order marks, the JSON
value limit, the Word package repair, pages turned upright, and writes to devices and folders."""

from __future__ import annotations

import io
import sys
import threading
import zipfile
from pathlib import Path

import pytest

from mlresume_gui.formats import docx_package, errors, limits, pdf_upright, sniff
from mlresume_gui.formats.atomic import write_bytes_atomic
from mlresume_gui.formats.errors import ReadError, WriteError, collecting_notes, note, one_line

ROOT = Path(__file__).resolve().parents[2]
HOSTILE = ROOT / "tests" / "fixtures" / "hostile"
sys.path.insert(0, str(ROOT / "scripts"))
import hostile_second_round as cases  # noqa: E402
import make_hostile_corpus as corpus  # noqa: E402


@pytest.mark.parametrize(("raw", "shown"), [
    ("a\nb", "a\\nb"), ("\x1b[31mred", "\\x1b[31mred"), ("caf\udce9", "caf\\udce9"),
    ("tab\tcr\r", "tab\\tcr\\r"), ("line\u2028sep", "line\\u2028sep"), ("c1\x9b", "c1\\x9b"), ("é ok", "é ok"),
])
def test_one_line_escapes_what_would_break_the_line(raw: str, shown: str) -> None:
    assert one_line(raw) == shown


def test_errors_are_one_line_with_path_and_reason() -> None:
    err = ReadError("bad\nthing", "/tmp/new\nline.json")
    assert str(err) == "/tmp/new\\nline.json: bad\\nthing" and err.reason == "bad\\nthing"
    assert "\n" not in str(WriteError("x", "a\nb"))


def test_notes_are_collected_per_thread_and_dropped_outside() -> None:
    note("nobody listens")
    with collecting_notes() as mine:
        note("first")
        note("first")  # said twice, kept once
        other: list[str] = []

        def elsewhere() -> None:
            with collecting_notes() as theirs:
                note("second")
            other.extend(theirs)

        t = threading.Thread(target=elsewhere)
        t.start()
        t.join()
        note("two\nlines")
    assert mine == ["first", "two\\nlines"] and other == ["second"]


def test_damage_reasons_name_no_exception_class_and_say_where() -> None:
    errors.locate("page 3")
    try:
        assert errors.damage_reason(ValueError("x")) == "page 3: an internal object is malformed"
    finally:
        errors.locate("")
    assert errors.damage_reason(KeyError("k")) == "it refers to a part that is missing"


@pytest.mark.parametrize(("codec", "bom"), [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                            ("utf-16-be", b"\xfe\xff"), ("utf-32-le", b"\xff\xfe\x00\x00"),
                                            ("utf-32-be", b"\x00\x00\xfe\xff")])
def test_byte_order_marks_are_decoded(codec: str, bom: bytes, tmp_path: Path) -> None:
    text = '{"basics": {"name": "Zoë Ünal 😀"}}'
    data = bom + text.encode(codec)
    assert sniff.decode_bom(data) == text
    path = tmp_path / "r.json"
    path.write_bytes(data)
    assert sniff.sniff(path).reader == "json"


def test_no_mark_or_bad_utf8_after_a_mark_is_left_to_the_caller() -> None:
    assert sniff.decode_bom(b'{"a": 1}') is None
    assert sniff.decode_bom(b"\xef\xbb\xbf\xff") is None
    assert sniff.decode_bom(b"\xff\xfe" + "ab".encode("utf-16-le") + b"\x00") == "ab\ufffd"


def test_json_value_limit_names_the_longest_list() -> None:
    limits.check_json_values({"work": [{}] * 10}, limit=100)
    with pytest.raises(ReadError, match=r"more than 100 values; work\[0\]\.highlights alone holds 500 items"):
        limits.check_json_values({"work": [{"highlights": ["a"] * 500}]}, limit=100)


def _parts(data: bytes | io.BytesIO) -> dict[str, bytes]:
    with zipfile.ZipFile(data if isinstance(data, io.BytesIO) else io.BytesIO(data)) as zf:
        return {i.filename: zf.read(i) for i in zf.infolist()}


def test_a_sound_package_is_opened_as_it_is() -> None:
    with collecting_notes() as notes:
        assert docx_package.open_package(HOSTILE / "valid.docx") == str(HOSTILE / "valid.docx")
        assert docx_package.open_package(HOSTILE / "external-relationship.docx") == str(
            HOSTILE / "external-relationship.docx")
    assert notes == []


def test_relationships_to_missing_parts_are_dropped_and_named() -> None:
    with collecting_notes() as notes:
        repaired = docx_package.open_package(HOSTILE / "dangling-relationship.docx")
    assert isinstance(repaired, io.BytesIO)
    rels = _parts(repaired)["word/_rels/document.xml.rels"]
    assert b"image1.png" not in rels and b"footer1.xml" not in rels
    assert notes == ["skipped 2 references to parts missing from the Word file "
                     "(word/media/image1.png, word/footer1.xml); read the rest"]


def test_a_target_differing_only_in_case_is_pointed_at_the_part(tmp_path: Path) -> None:
    rels = cases._rels(cases._rel("rId1", "styles", "Styles.XML"))
    path = tmp_path / "case.docx"
    path.write_bytes(corpus.minimal_docx(**{"word/_rels/document.xml.rels": rels, "word/styles.xml": "<a/>"}))
    with collecting_notes() as notes:
        repaired = docx_package.open_package(path)
    assert b'Target="/word/styles.xml"' in _parts(repaired)["word/_rels/document.xml.rels"]
    assert notes == []


def test_word_damage_is_named_by_part() -> None:
    from lxml import etree

    try:
        etree.fromstring(b"<a>")
    except etree.XMLSyntaxError as exc:
        err = docx_package.diagnose(HOSTILE / "malformed-xml.docx", exc)
    assert "the part word/document.xml is not well-formed XML" in err.reason
    assert "missing (word/x.xml)" in docx_package.diagnose(HOSTILE / "valid.docx", KeyError("word/x.xml")).reason


@pytest.mark.parametrize(("name", "angle"), [("rotated-90.pdf", 270), ("rotated-180.pdf", 180),
                                             ("rotated-270.pdf", 90), ("rotated-text.pdf", 90),
                                             ("valid.pdf", 0)])
def test_text_direction_as_pdfminer_lays_it_out(name: str, angle: int) -> None:
    from pdfminer.high_level import extract_pages

    (page,) = list(extract_pages(str(HOSTILE / name)))
    assert pdf_upright.text_direction(page) == angle


@pytest.mark.parametrize("name", ["rotated-90.pdf", "rotated-180.pdf", "rotated-270.pdf", "rotated-text.pdf"])
def test_turned_pages_read_in_order_with_a_note(name: str) -> None:
    from mlresume_gui.formats.reading import pdf

    with collecting_notes() as notes:
        lines = pdf.read_lines(HOSTILE / name)
    assert [ln.text for ln in lines[:2]] == corpus.RESUME_LINES[:2]
    assert len(notes) == 1 and notes[0].startswith("page 1 ") and "read in its own direction" in notes[0]


def test_an_upright_page_gets_no_note() -> None:
    from mlresume_gui.formats.reading import pdf

    with collecting_notes() as notes:
        pdf.read_lines(HOSTILE / "valid.pdf")
    assert notes == []


def test_a_device_is_written_into_never_replaced(tmp_path: Path) -> None:
    if not Path("/dev/full").exists():
        pytest.skip("no /dev/full")
    with pytest.raises(WriteError, match="No space left on device"):
        write_bytes_atomic("/dev/full", b"data")
    assert Path("/dev/full").is_char_device()
    if Path("/dev/null").is_char_device():  # (as root an atomic rename would replace it by a file)
        write_bytes_atomic("/dev/null", b"data")
        assert Path("/dev/null").is_char_device()


def test_a_folder_is_not_an_output(tmp_path: Path) -> None:
    with pytest.raises(WriteError, match="is a folder"):
        write_bytes_atomic(tmp_path, b"data")
    assert tmp_path.is_dir()
