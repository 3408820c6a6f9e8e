"""Nothing is lost on any document of any corpus: every word a file shows is somewhere in the
imported resume.

The check is independent of the importer: the file's words come straight from pdfminer's plain
text extraction or from the Word package's XML text runs (body, tables, text boxes, headers and
footers), and the resume's words from walking its JSON form here; nothing of
``reading.nothing_lost`` (which fills "Unsorted") is used. Dates count by meaning: a start of
2021-03 holds "Mar", "March", "03", "3" and "2021". Page numbers and the connector and label words
of the import vocabulary may go.
"""

from __future__ import annotations

import html
import re
import tomllib
import unicodedata
import zipfile
from pathlib import Path

import pytest

from mlresume_gui.formats.registry import read_document
from mlresume_gui.model.codec import to_dict
from mlresume_gui.resources import resource

ROOT = Path(__file__).resolve().parents[2]
SUFFIXES = (".pdf", ".docx", ".txt", ".md")
FOLDERS = [ROOT / "tests" / "fixtures" / "import", ROOT / "tests" / "fixtures" / "corpus" / "docs",
           ROOT.parent.parent / "shared" / "import-dev" / "corpus" / "docs", Path("/work/shared/import-dev/corpus/docs")]
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
SEASONS = {3: "spring", 6: "summer", 9: "fall autumn", 12: "winter", 1: "winter"}
ICON_FONT = re.compile(r"awesome|icons?\b|icomoon|academicons|glyphicons|symbol|dingbat|wingding", re.IGNORECASE)
PRESENT = {"present", "current", "currently", "now", "today", "ongoing", "date"}


def _documents() -> list[Path]:
    seen: dict[str, Path] = {}
    for folder in FOLDERS:
        if folder.is_dir():
            for p in sorted(folder.iterdir()):
                if p.suffix.lower() in SUFFIXES:
                    seen.setdefault(p.name, p)
    return list(seen.values())


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFKD", text.replace("\u00ad", ""))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return re.findall(r"[^\W_]+", text)


def _file_text(path: Path) -> str:
    if path.suffix.lower() == ".pdf":
        return re.sub(r"\(cid:\d+\)", " ", _pdf_text(path))  # glyphs with no text
    if path.suffix.lower() == ".docx":
        parts = []
        with zipfile.ZipFile(path) as z:
            for name in z.namelist():
                if re.fullmatch(r"word/(document|header\d*|footer\d*)\.xml", name):
                    xml = z.read(name).decode("utf-8", "replace")
                    xml = re.sub(r"</w:p>|<w:tab/>|<w:br/>", " \n ", xml)
                    runs = re.findall(r"<w:t(?:\s[^>]*)?>([^<]*)</w:t>", xml)
                    parts.append(html.unescape(" ".join(runs)))
        return "\n".join(parts)
    return path.read_text(encoding="utf-8", errors="replace")


def _pdf_text(path: Path) -> str:
    """The PDF's text as pdfminer's plain text extraction gives it, less what the page does not
    show: text set beyond the page's edges (a line run off the bottom) and the glyphs of icon
    fonts (a phone icon is the letter ``I`` of an icon font)."""
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LTAnno, LTChar, LTContainer, LTTextBox, LTTextLine

    out: list[str] = []
    height = 0.0

    def walk(obj: object) -> None:
        if isinstance(obj, LTTextLine | LTChar) and not 0 <= (obj.y0 + obj.y1) / 2 <= height:
            return
        if isinstance(obj, LTChar):
            out.append(" " if ICON_FONT.search(obj.fontname) else obj.get_text())
        elif isinstance(obj, LTAnno):
            out.append(obj.get_text())
        elif isinstance(obj, LTContainer):
            for child in obj:
                walk(child)
            if isinstance(obj, LTTextBox):
                out.append("\n")

    for page in extract_pages(str(path)):
        height = page.y1
        walk(page)
    return "".join(out)


def _model_words(value: object, out: set[str]) -> None:
    if isinstance(value, dict):
        for v in value.values():
            _model_words(v, out)
    elif isinstance(value, list):
        for v in value:
            _model_words(v, out)
    elif isinstance(value, str):
        out.update(_words(value))
        m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?", value)
        if m:
            year = m.group(1)
            out.update({year, year[2:]})
            if m.group(2):
                month = int(m.group(2))
                out.update({str(month), m.group(2), MONTHS[month - 1], MONTHS[month - 1][:3], MONTHS[month - 1][:4]})
                out.update(SEASONS.get(month, "").split())
        if value.casefold() == "present":
            out.update(PRESENT)
    elif isinstance(value, int | float) and not isinstance(value, bool):
        out.update(_words(f"{value} {value:,}"))


def _glued(word: str, have: set[str]) -> bool:
    """``word`` is words of the model run together (pdfminer's plain text joins text set in
    separate boxes with no space between: ``2015June``, ``linkedingithub``); each part is two
    letters or more, or a number."""
    ok = [True] + [False] * len(word)
    for end in range(1, len(word) + 1):
        for start in range(end):
            part = word[start:end]
            if ok[start] and part in have and (len(part) >= 2 or part.isdigit()):
                ok[end] = True
                break
    return ok[-1]


def _part(word: str, have: set[str], shown: set[str]) -> bool:
    """``word`` is one part of a model word broken by a hyphen or a line whose other part the file
    shows elsewhere (the extraction put a column between them), or the start of a link the page
    cuts at its edge (eight characters or more; the link's target holds it whole)."""
    for m in have:
        if len(m) > len(word) and ((m.startswith(word) and (m[len(word):] in shown or len(word) >= 8))
                                   or (m.endswith(word) and m[: -len(word)] in shown)):
            return True
    return False


def _ignorable() -> set[str]:
    with resource("import", "vocabulary.toml").open("rb") as fh:
        return set(tomllib.load(fh)["coverage"]["ignorable"])


@pytest.mark.parametrize("path", _documents(), ids=lambda p: p.name)
def test_every_word_of_the_document_is_in_the_import(path: Path) -> None:
    have: set[str] = set()
    _model_words(to_dict(read_document(path, isolate=False)), have)
    have |= _ignorable()
    lost = _lost(_words(_file_text(path)), have)
    assert not lost, f"{len(lost)} words of {path.name} are not in the import: {sorted(set(lost))[:20]}"


def _lost(words: list[str], have: set[str]) -> list[str]:
    """The file's words the model holds in no form."""
    lost = []
    shown = set(words)
    for i, w in enumerate(words):
        if w in have or (w.isdigit() and len(w) <= 2):  # page numbers, list numbers
            continue
        # a word the file breaks across lines (a hyphen, a narrow column, letter-spaced type) is
        # held whole: the word joined with up to two words on either side
        joined = ["".join(words[a:b]) for a in range(max(0, i - 2), i + 1)
                  for b in range(i + 1, min(len(words), i + 3) + 1) if b - a > 1]
        if any(j in have for j in joined) or _glued(w, have) or _part(w, have, shown):
            continue
        if len(w) <= 3 and _letter_run_held(words, i, have):
            continue
        lost.append(w)
    return lost


def _letter_run_held(words: list[str], i: int, have: set[str]) -> bool:
    """Letter-spaced type that the plain extraction gives a letter or two at a time ("s u m m a
    ry"): a run of such bits around ``i`` is words of the model run together."""
    a, b = i, i + 1
    while a > 0 and len(words[a - 1]) <= 3 and i - a < 30:
        a -= 1
    while b < len(words) and len(words[b]) <= 3 and b - i < 30:
        b += 1
    return any(_glued("".join(words[x:y]), have) for x in range(a, i + 1) for y in range(i + 1, b + 1)
               if y - x >= 3 and sum(len(w) == 1 for w in words[x:y]) * 2 >= y - x)


def test_the_corpora_are_there() -> None:
    assert len(_documents()) >= 29
