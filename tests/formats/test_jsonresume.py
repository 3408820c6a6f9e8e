"""JSON Resume: every section in and out, lossless on any valid document."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mlresume_gui.formats import jsonresume, native
from mlresume_gui.formats.errors import ReadError
from mlresume_gui.model import PRESENT

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "jsonresume"


def normalise(value: Any) -> Any:
    """Drop empty values (the schema treats them as absent); key order never matters in dicts."""
    if isinstance(value, dict):
        out = {k: normalise(v) for k, v in value.items()}
        return {k: v for k, v in out.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        return [normalise(v) for v in value]
    return value


def round_trip(doc: dict) -> dict:
    resume = jsonresume.from_json_resume(doc)
    via_native = native.loads(native.dumps(resume))
    return jsonresume.to_json_resume(via_native)


@pytest.mark.parametrize("name", sorted(p.name for p in FIXTURES.glob("*.json")))
def test_fixtures_round_trip_exactly(name: str) -> None:
    doc = json.loads((FIXTURES / name).read_text("utf-8"))
    assert normalise(round_trip(doc)) == normalise(doc)


def test_fields_land_in_the_model() -> None:
    r = jsonresume.load_any_json(FIXTURES / "research_scientist.json")
    assert r.basics.name == "Tomasz Wierzbicki"
    assert r.basics.headline.startswith("Research Scientist")
    assert r.basics.location.city == "London" and r.basics.location.postal_code == "EC1A 1BB"
    assert r.basics.link("GitHub") == "https://github.com/twierz"
    assert r.summary.startswith("Research scientist")
    job = r.experience[0]
    assert (job.company, job.title) == ("Halcyon AI", "Research Scientist")
    assert job.start.iso() == "2022-09-01" and job.end is PRESENT
    assert len(job.bullets) == 2 and job.company_info == "Foundation model lab"
    assert r.education[0].degree == "PhD" and r.education[0].field == "Computer Science"
    assert r.publications[0].venue == "ICLR 2024" and r.publications[0].year == 2024
    assert r.skills[1].category == "Research Areas"
    assert r.projects[0].roles == ["Author", "Maintainer"]
    assert r.meta["version"] == "v1.0.0"
    assert "$schema" in r.extra


def test_unparseable_dates_are_kept_verbatim() -> None:
    r = jsonresume.load_any_json(FIXTURES / "applied_new_grad.json")
    job = r.experience[1]
    assert job.end is PRESENT
    out = jsonresume.to_json_resume(r)
    assert out["work"][1]["endDate"] == "Present"


def test_sample_native_round_trip_through_json_resume(sample_path: Path) -> None:
    r = native.load(sample_path)
    back = jsonresume.loads(jsonresume.dumps(r))
    strip = lambda d: json.loads(json.dumps(d).replace('"id": ', '"_": '))  # noqa: E731
    a, b = native.dumps(r), native.dumps(back)
    # Everything but the generated ids comes back: authors, citations, competitions, target...
    assert back.publications[0].authors == r.publications[0].authors
    assert back.publications[2].workshop and back.publications[0].citations == 142
    assert back.competitions[0].teams == 7176 and back.competitions[0].approach
    assert back.target == r.target and back.seniority == r.seniority
    assert len(strip(json.loads(a))) == len(strip(json.loads(b)))
    assert [e.company for e in back.experience] == [e.company for e in r.experience]
    assert [b.text for *_x, b in back.iter_bullets()] == [b.text for *_x, b in r.iter_bullets()]


def test_competitions_travel_as_awards_with_extension(sample_path: Path) -> None:
    out = jsonresume.to_json_resume(native.load(sample_path))
    comp = next(a for a in out["awards"] if "x-mlresume" in a)
    assert comp["title"] == "Home Credit Default Risk"
    assert comp["awarder"] == "Kaggle"
    assert "7,176 teams" in comp["summary"]
    assert comp["x-mlresume"]["kind"] == "competition"


@pytest.mark.parametrize(
    ("doc", "field"),
    [
        ({"work": {"name": "x"}}, "work"),
        ({"work": [{"highlights": "one line"}]}, "work[0].highlights"),
        ({"basics": {"profiles": [{"url": 3}]}}, "basics.profiles[0].url"),
        ({"skills": [{"keywords": [1, 2]}]}, "skills[0].keywords[0]"),
        ({"basics": []}, "basics"),
        ({"publications": [{"x-mlresume": {"citations": "lots"}}]}, "publications[0].x-mlresume.citations"),
    ],
)
def test_wrong_shapes_name_the_field(doc: dict, field: str) -> None:
    with pytest.raises(ReadError) as err:
        jsonresume.loads(json.dumps(doc))
    assert field in str(err.value)


def test_invalid_json_gives_line_and_column() -> None:
    with pytest.raises(ReadError, match=r"line 2, column \d+"):
        jsonresume.loads('{\n  "basics": ,\n}')


def test_load_any_json_reads_native_too(sample_path: Path, tmp_path: Path) -> None:
    p = tmp_path / "doc.json"
    p.write_text(native.dumps(native.load(sample_path)), "utf-8")
    assert jsonresume.load_any_json(p).basics.name == "Maya Okafor"


# -- property: any valid JSON Resume document survives the trip ------------------------------

text = st.text(st.characters(blacklist_categories=("Cs",)), max_size=12)
texts = st.lists(text, max_size=3)
date = st.one_of(
    st.integers(1900, 2099).map(str),
    st.tuples(st.integers(1900, 2099), st.integers(1, 12)).map(lambda t: f"{t[0]}-{t[1]:02d}"),
    st.tuples(st.integers(1900, 2099), st.integers(1, 12), st.integers(1, 28)).map(
        lambda t: f"{t[0]}-{t[1]:02d}-{t[2]:02d}"
    ),
)
json_leaf = st.one_of(st.integers(-5, 5), st.booleans(), text)
# Keys the schema does not have, some sharing a name with a field of the model.
UNKNOWN = {"x-note": json_leaf, "id": text, "title": json_leaf, "bullets": json_leaf,
           "company": text, "extra": json_leaf}


def obj(fields: dict[str, st.SearchStrategy]) -> st.SearchStrategy:
    return st.fixed_dictionaries({}, optional={**UNKNOWN, **fields})


work_like = {"name": text, "location": text, "description": text, "position": text, "url": text,
             "startDate": date, "endDate": date, "summary": text, "highlights": texts}
SECTIONS = {
    "work": obj(work_like),
    "volunteer": obj({"organization": text, "position": text, "url": text, "startDate": date,
                      "endDate": date, "summary": text, "highlights": texts}),
    "education": obj({"institution": text, "url": text, "area": text, "studyType": text,
                      "startDate": date, "endDate": date, "score": text, "courses": texts}),
    "awards": obj({"title": text, "date": date, "awarder": text, "summary": text}),
    "certificates": obj({"name": text, "date": date, "url": text, "issuer": text}),
    "publications": obj({"name": text, "publisher": text, "releaseDate": date, "url": text,
                         "summary": text}),
    "skills": obj({"name": text, "level": text, "keywords": texts}),
    "languages": obj({"language": text, "fluency": text}),
    "interests": obj({"name": text, "keywords": texts}),
    "references": obj({"name": text, "reference": text}),
    "projects": obj({"name": text, "description": text, "highlights": texts, "keywords": texts,
                     "startDate": date, "endDate": date, "url": text, "roles": texts,
                     "entity": text, "type": text}),
}
basics = st.fixed_dictionaries({}, optional={
    "name": text, "label": text, "image": text, "email": text, "phone": text, "url": text,
    "summary": text,
    "location": st.fixed_dictionaries({}, optional={"address": text, "postalCode": text, "city": text,
                                                    "countryCode": text, "region": text}),
    "profiles": st.lists(st.fixed_dictionaries({}, optional={"network": text, "username": text,
                                                             "url": text}), max_size=3),
})
documents = st.fixed_dictionaries({}, optional={
    "basics": basics,
    **{k: st.lists(v, max_size=3) for k, v in SECTIONS.items()},
    "meta": st.fixed_dictionaries({}, optional={"canonical": text, "version": text,
                                                "lastModified": text}),
    "x-unknown-top": json_leaf,
})


def _dates_run_forward(doc: dict) -> bool:
    for items in doc.values():
        if isinstance(items, list):
            for item in items:
                s, e = item.get("startDate"), item.get("endDate")
                if s and e and e < s:
                    return False
    return True


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents.filter(_dates_run_forward))
def test_any_json_resume_round_trips(doc: dict) -> None:
    assert normalise(round_trip(doc)) == normalise(doc)


def test_plain_authors_and_citations_of_another_tool_are_read_and_written_back() -> None:
    """A file from another tool gives a paper's authors and citations as plain keys: the scorer
    sees them (first authorship, citation signal) and the file comes back out as it went in."""
    doc = {"publications": [{"name": "Graph Networks for Weather", "publisher": "NeurIPS 2023",
                             "authors": ["Ada Byron", "Alan Turing"], "citations": 212}]}
    resume = jsonresume.from_json_resume(doc)
    paper = resume.publications[0]
    assert paper.authors == [] and paper.citations is None  # not read into the fields ...
    assert paper.author_names() == ["Ada Byron", "Alan Turing"] and paper.citation_count() == 212  # ... but seen
    assert normalise(jsonresume.to_json_resume(resume))["publications"] == normalise(doc)["publications"]
