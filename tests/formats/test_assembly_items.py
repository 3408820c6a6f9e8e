"""Assembly of labelled segments (roles given, so no model is involved): listed lines under an
award or a competition stay with it, and an unlisted line under an entry's header is its
description in a document that marks its bullets."""

from __future__ import annotations

from mlresume_gui.formats.reading.assembly import assemble
from mlresume_gui.formats.reading.labelling.segments import segments
from mlresume_gui.formats.reading.layout import LayoutDocument, LayoutLine, Piece, Span


def _line(*pieces: str, bullet: str = "") -> LayoutLine:
    return LayoutLine(pieces=[Piece([Span(t, size=10.0)]) for t in pieces], bullet=bullet)


def _assemble(lines: list[LayoutLine], roles: list[str]):
    doc = LayoutDocument(lines=lines)
    segs = segments(doc)
    assert len(segs) == len(roles), [s.text for s in segs]
    return assemble(doc, segs, roles, [1.0] * len(roles)).resume


def test_a_listed_line_under_a_competition_is_its_bullet_whatever_its_label() -> None:
    lines = [_line("Kit Marsh"), _line("COMPETITIONS"),
             _line("River Flow Forecasting — Kaggle", "Mar 2020"), _line("3rd place · 1,204 teams"),
             _line("Blended gradient boosting with a seasonal baseline over", bullet="•"),
             _line("twelve gauges"),
             _line("Second result line", bullet="•")]
    for role in ("item", "w_bullet", "p_bullet"):
        r = _assemble(lines, ["name", "heading", "item", "cont", "cont", "cont", role, "cont", role])
        assert len(r.competitions) == 1 and not r.experience and not r.projects, role
        comp = r.competitions[0]
        assert comp.name == "River Flow Forecasting" and comp.teams == 1204
        assert [b.text for b in comp.bullets] == [
            "Blended gradient boosting with a seasonal baseline over twelve gauges", "Second result line"]


def test_an_award_summary_and_a_certificate_with_a_dash_in_its_name() -> None:
    lines = [_line("Kit Marsh"), _line("AWARDS"), _line("Reviewer Prize — Example Workshop", "Nov 2021"),
             _line("For 40 careful reviews."), _line("CERTIFICATES"),
             _line("Data Engineer – Professional — Example Academy", "Mar 2022")]
    r = _assemble(lines, ["name", "heading", "item", "cont", "cont", "heading", "item", "cont"])
    award = r.awards[0]
    assert (award.title, award.awarder, award.summary) == ("Reviewer Prize", "Example Workshop", "For 40 careful reviews.")
    cert = r.certificates[0]
    assert (cert.name, cert.issuer, cert.date.year) == ("Data Engineer – Professional", "Example Academy", 2022)


def test_an_unlisted_line_before_the_first_bullet_is_the_description() -> None:
    lines = [_line("Kit Marsh"), _line("EXPERIENCE"), _line("Tern Labs — Engineer", "2020 – 2022"),
             _line("Search ranking for the marketplace."),
             _line("Cut p99 latency from 90 ms to 30 ms", bullet="•"), _line("Shipped two models", bullet="•")]
    r = _assemble(lines, ["name", "heading", "w_orgtitle", "w_date", "w_bullet", "w_bullet", "w_bullet"])
    job = r.experience[0]
    assert job.description == "Search ranking for the marketplace."
    assert [b.text for b in job.bullets] == ["Cut p99 latency from 90 ms to 30 ms", "Shipped two models"]


def test_without_marked_bullets_every_line_stays_a_bullet() -> None:
    lines = [_line("Kit Marsh"), _line("EXPERIENCE"), _line("Tern Labs — Engineer", "2020 – 2022"),
             _line("Cut p99 latency from 90 ms to 30 ms"), _line("Shipped two models")]
    r = _assemble(lines, ["name", "heading", "w_orgtitle", "w_date", "w_bullet", "w_bullet"])
    job = r.experience[0]
    assert not job.description and len(job.bullets) == 2


def test_under_projects_a_job_date_is_the_project_date_and_an_unlisted_line_opens_a_project() -> None:
    lines = [_line("Kit Marsh"), _line("PROJECTS"), _line("tidewatch", "2021 – 2022"),
             _line("Harbour sensor dashboards."), _line("Ingests 40 sensors", bullet="•"),
             _line("Second project", "2023"), _line("Ranks 3 feeds", bullet="•")]
    roles = ["name", "heading", "p_bullet", "w_date", "w_orgtitle", "w_bullet", "p_bullet", "w_date", "p_bullet"]
    r = _assemble(lines, roles)
    assert not r.experience
    assert [(p.name, p.start.year, [b.text for b in p.bullets]) for p in r.projects] == [
        ("tidewatch", 2021, ["Ingests 40 sensors"]), ("Second project", 2023, ["Ranks 3 feeds"])]
    assert r.projects[0].description == "Harbour sensor dashboards."


def test_a_list_beside_the_project_name_is_its_keywords() -> None:
    lines = [_line("Kit Marsh"), _line("PROJECTS"), _line("tidewatch", "Rust, Kafka", "2021"),
             _line("Harbour sensor dashboards."), _line("Ingests 40 sensors", bullet="•"),
             _line("Tail bullet", bullet="•")]
    r = _assemble(lines, ["name", "heading", "p_name", "p_bullet", "p_date", "p_bullet", "p_bullet", "p_bullet"])
    p = r.projects[0]
    assert (p.keywords, p.description) == (["Rust", "Kafka"], "Harbour sensor dashboards.")
    assert [b.text for b in p.bullets] == ["Ingests 40 sensors", "Tail bullet"] and len(r.projects) == 1
