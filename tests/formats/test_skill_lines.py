"""Skills items from their lines as laid out: a bold category run into its list, a category line
over one skill or a row of chips per line, a category cell, a list wrapped over lines."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembler import Assembler
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span
from mlresume_gui.formats.reading.skill_lines import SkillRow, skill_group_from_rows


def _line(pieces: list[list[tuple[str, bool]]], y: float, width: float = 150, column: float = 400,
          size: float = 10, colour: str = "#000000") -> LayoutLine:
    out, x = [], 0.0
    for spans in pieces:
        made = []
        for text, bold in spans:
            w = len(text) * size * 0.5
            made.append(Span(text, box=(x, y, x + w, y + size), size=size, bold=bold, colour=colour))
            x += w
        out.append(Piece(made, box=(made[0].box[0], y, made[-1].box[2], y + size)))
        x += 20
    return LayoutLine(pieces=out, box=(0, y, max(x - 20, width), y + size), gap_above=2,
                      extra={"right_gap": column - max(x - 20, width)})


def _skills(lines: list[LayoutLine], roles: list[str]):
    doc = LayoutDocument(lines=[_line([[("Skills", True)]], 0), *lines], kind="pdf")
    segs = segments(doc)
    a = Assembler(segs)
    a.run(["heading", *roles])
    return [(g.category, g.items) for g in a.resume.skills]


def test_a_bold_category_run_into_its_list() -> None:
    got = _skills([_line([[("Tooling ", True), ("Docker, Kubernetes, Airflow", False)]], 12),
                   _line([[("Methods ", True), ("Causal Inference, Active Learning", False)]], 24)], ["skill", "skill"])
    assert got == [("Tooling", ["Docker", "Kubernetes", "Airflow"]), ("Methods", ["Causal Inference", "Active Learning"])]


def test_a_category_line_over_a_row_of_chips() -> None:
    got = _skills([_line([[("Serving", False)]], 12, colour="#336699"),
                   _line([[("vLLM", False)], [("Triton", False)], [("TensorRT", False)]], 24)], ["skill", "cont", "cont", "cont"])
    assert got == [("Serving", ["vLLM", "Triton", "TensorRT"])]


def test_a_category_line_over_one_skill_per_line() -> None:
    got = _skills([_line([[("Data", True)]], 12), _line([[("Polars", False)]], 24), _line([[("Spark", False)]], 36)],
                  ["skill", "cont", "cont"])
    assert got == [("Data", ["Polars", "Spark"])]


def test_a_list_wrapped_over_two_lines() -> None:
    got = _skills([_line([[("Languages: Python, Go, Rust,", False)]], 12), _line([[("Julia, SQL", False)]], 24)],
                  ["skill", "cont"])
    assert got == [("Languages", ["Python", "Go", "Rust", "Julia", "SQL"])]


def test_a_word_broken_at_a_hyphen_called_a_new_skill_line() -> None:
    got = _skills([_line([[("Areas: Federated Learning, Reinforce-", False)]], 12),
                   _line([[("ment Learning, Transformers", False)]], 24)], ["skill", "skill"])
    assert got == [("Areas", ["Federated Learning", "Reinforcement Learning", "Transformers"])]


def test_rows_without_a_category() -> None:
    assert skill_group_from_rows([SkillRow(["Python"]), SkillRow(["Go"])]).items == ["Python", "Go"]
    g = skill_group_from_rows([SkillRow(["ML Frameworks", "PyTorch, JAX"])])
    assert (g.category, g.items) == ("ML Frameworks", ["PyTorch", "JAX"])
    g = skill_group_from_rows([SkillRow(["Cloud: AWS, GCP"])])
    assert (g.category, g.items) == ("Cloud", ["AWS", "GCP"])


def _word_line(text: str, style: str, bullet: str = "", bold: bool = False, size: float = 12) -> LayoutLine:
    """A Word paragraph: no geometry, a style name, maybe a list marker."""
    return LayoutLine(pieces=[Piece([Span(text, size=size, bold=bold)])], style=style, bullet=bullet)


def _sections(lines: list[LayoutLine], roles: list[str]):
    a = Assembler(segments(LayoutDocument(lines=lines, kind="docx")))
    a.run(roles)
    return a.resume


def test_sub_headings_under_skills_with_one_listed_skill_per_line() -> None:
    lines = [_word_line("Skills", "Heading 3", bold=True, size=14),
             _word_line("Retrieval", "Heading 4", bold=True), _word_line("Dense Passage Search", "Body Text", "•"),
             _word_line("Rerankers", "Body Text", "•"), _word_line("bm25", "Body Text", "•"),
             _word_line("Languages", "Heading 4", bold=True), _word_line("Rust", "Body Text", "•"),
             _word_line("Kotlin", "Body Text", "•")]
    # what a labeller may say of such lines: a category called a heading or a skill, a listed
    # skill called a heading or "other"
    r = _sections(lines, ["heading", "heading", "skill", "heading", "other", "heading", "other", "other"])
    assert [(g.category, g.items) for g in r.skills] == [
        ("Retrieval", ["Dense Passage Search", "Rerankers", "bm25"]), ("Languages", ["Rust", "Kotlin"])]
    assert not r.custom and not r.languages


def test_a_heading_set_like_the_skills_heading_opens_its_own_section() -> None:
    lines = [_word_line("Skills", "Heading 3", bold=True, size=14), _word_line("Python, Go", "Body Text"),
             _word_line("Side Quests", "Heading 3", bold=True, size=14), _word_line("Ran a code club", "Body Text")]
    r = _sections(lines, ["heading", "skill", "heading", "other"])
    assert [(g.category, g.items) for g in r.skills] == [("", ["Python", "Go"])]
    assert [c.title for c in r.custom] == ["Side Quests"]


def test_a_smaller_line_naming_another_section_under_skills_is_a_category() -> None:
    got = _skills([_line([[("Languages", True)]], 12, size=8), _line([[("Rust", False)]], 24, size=8)],
                  ["heading", "other"])
    assert got == [("Languages", ["Rust"])]


def test_a_sentence_about_skills_is_kept_whole() -> None:
    got = _skills([_line([[("Tooling: ", True), ("Fluent in Rust, Zig, and Nim; some experience of embedded work", False)]], 12)],
                  ["skill"])
    assert got == [("Tooling", ["Fluent in Rust, Zig, and Nim; some experience of embedded work"])]


def test_a_line_with_its_own_category_after_a_finished_list_opens_another_group() -> None:
    got = _skills([_line([[("Systems: Rust, Zig", False)]], 12), _line([[("Data: Polars, DuckDB", False)]], 24)],
                  ["skill", "cont"])
    assert got == [("Systems", ["Rust", "Zig"]), ("Data", ["Polars", "DuckDB"])]
