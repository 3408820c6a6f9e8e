"""Plain text and Markdown import."""

from __future__ import annotations

from pathlib import Path

import pytest

from mlresume_gui.formats.errors import ReadError
from mlresume_gui.formats.reading import text as text_import

MD = """# Lin Okafor
*Research Engineer*
lin@okafor.me · [GitHub](https://github.com/linok) · Toronto, ON

## Experience
**Cohere** | Mar 2022 – Present
Research Engineer | Toronto, ON
- Trained retrieval models on 2B tokens, lifting
  nDCG@10 by 4 points
- Built eval harness used by 30 researchers

## Odd Things
A line the importer has no place for
"""


def test_markdown(tmp_path: Path) -> None:
    f = tmp_path / "r.md"
    f.write_text(MD, encoding="utf-8")
    r = text_import.load(f)
    assert r.basics.name == "Lin Okafor" and r.basics.headline == "Research Engineer"
    assert r.basics.link("GitHub") == "https://github.com/linok"
    job = r.experience[0]
    assert (job.company, job.title) == ("Cohere", "Research Engineer")
    assert job.bullets[0].text == "Trained retrieval models on 2B tokens, lifting nDCG@10 by 4 points"
    assert any(s.title == "Odd Things" for s in r.custom)


def test_encodings(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes("Zoë Brandt\nzoe@brandt.de\n".encode("utf-16"))
    assert text_import.load(f).basics.name == "Zoë Brandt"
    f.write_bytes("Zoë Brandt\n".encode("latin-1"))
    assert text_import.load(f).basics.name == "Zoë Brandt"


def test_binary_and_blank_files_are_refused(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_bytes(b"\x00\x01\x02" * 50)
    with pytest.raises(ReadError, match="binary"):
        text_import.load(f)
    f.write_text("   \n\n", encoding="utf-8")
    with pytest.raises(ReadError, match="no text"):
        text_import.load(f)


def test_a_column_gap_in_plain_text_separates_fields(tmp_path: Path) -> None:
    f = tmp_path / "r.txt"
    f.write_text("Ada Lee\n\nEXPERIENCE\nAcme Robotics                  03/2021 - now\n"
                 "Staff ML Engineer                  London, UK\n1. Cut latency 40% for 2M users\n", encoding="utf-8")
    job = text_import.load(f).experience[0]
    assert (job.company, job.title, job.location) == ("Acme Robotics", "Staff ML Engineer", "London, UK")


def test_text_layout_keeps_headings_markers_gaps_and_links() -> None:
    from mlresume_gui.formats.reading.text import layout_from_text

    doc = layout_from_text(
        "# Ada Quill\n[ada@example.com](mailto:ada@example.com) | <https://github.com/aq>\n\n"
        "Experience\n----------\n**Acme Labs**      Jan 2020 – Present\n- Built the **ranker**\n"
        "  - nested item\n1. first\n"
    )
    style = [(ln.style, ln.bullet, ln.list_level) for ln in doc.lines]
    assert style == [("heading 1", "", -1), ("", "", -1), ("heading 2", "", -1), ("", "", -1),
                     ("", "-", 0), ("", "-", 1), ("", "1.", 0)]
    assert doc.lines[1].links == ("mailto:ada@example.com", "https://github.com/aq")
    assert doc.lines[1].text == "ada@example.com | https://github.com/aq"
    entry = doc.lines[3]
    assert [p.text for p in entry.pieces] == ["Acme Labs", "Jan 2020 – Present"]
    assert entry.pieces[0].spans[0].bold and not entry.pieces[1].spans[0].bold
    assert doc.lines[4].text == "Built the ranker" and doc.lines[2].gap_above == 1.0
