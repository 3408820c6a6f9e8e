"""RenderCV (PyPI, Typst inside) with designs other than its theme defaults: role-first
entry rows, left-aligned date columns, plain-text connections, other section rules."""

from __future__ import annotations

import json
from pathlib import Path

from .common import VENV_BIN, Layout, run

DESIGNS = {
    "classic-rolefirst": {
        "theme": "classic",
        "header": {"alignment": "left", "use_icons_for_connections": False,
                   "separator_between_connections": "|"},
        "section_titles": {"type": "with-full-line"},
        "text": {"date_and_location_column_alignment": "left"},
        "highlights": {"bullet": "◆"},
        "entry_types": {"experience_entry": {"main_column_first_row_template": "**POSITION**, *COMPANY*"},
                        "education_entry": {"main_column_first_row_template": "**DEGREE** in AREA, INSTITUTION",
                                            "degree_column_template": None}},
    },
    "sb2nov-plainlinks": {
        "theme": "sb2nov",
        "header": {"use_urls_as_placeholders_for_connections": True, "use_icons_for_connections": False},
        "section_titles": {"type": "without-line", "small_caps": True},
        "highlights": {"bullet": "■"},
    },
    "engineeringresumes-moderncvrules": {
        "theme": "engineeringresumes",
        "header": {"use_icons_for_connections": False, "separator_between_connections": "·"},
        "section_titles": {"type": "moderncv"},
        "entry_types": {"experience_entry": {"date_and_location_column_template": "DATE\nLOCATION"}},
    },
}


def _phone(b: dict) -> str | None:
    import phonenumbers

    try:
        num = phonenumbers.parse(b["phone"], b.get("location", {}).get("countryCode") or "US")
    except phonenumbers.NumberParseException:
        return None
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164) \
        if phonenumbers.is_valid_number(num) else None


def cv_yaml(doc: dict, design: dict) -> dict:
    b = doc["basics"]
    heads = doc["meta"]["corpus"]["headings"]
    cv: dict = {"name": b["name"], "location": b["location"]["city"], "email": b["email"]}
    if _phone(b):
        cv["phone"] = _phone(b)
    if b.get("url"):
        cv["website"] = b["url"]
    cv["social_networks"] = [{"network": p["network"], "username": p["username"]} for p in b["profiles"]]
    sec: dict = {heads["summary"]: [b["summary"]]}
    sec[heads["work"]] = [
        {"company": w["name"], "position": w["position"], "start_date": w["startDate"],
         "end_date": w.get("endDate", "present"), "location": w.get("location"), "highlights": w["highlights"]}
        for w in doc["work"]]
    sec[heads["education"]] = [
        {"institution": e["institution"], "area": e["area"], "degree": e["studyType"],
         "start_date": e["startDate"], "end_date": e["endDate"]} for e in doc["education"]]
    sec[heads["skills"]] = [{"label": s["name"], "details": ", ".join(s["keywords"])} for s in doc["skills"]]
    if doc.get("publications"):
        sec[heads["publications"]] = [{"title": p["name"], "authors": p["authors"], "date": p["releaseDate"],
                                       "journal": p["publisher"]} for p in doc["publications"]]
    if doc.get("awards"):
        sec[heads["awards"]] = [{"name": a["title"], "date": a["date"], "summary": a["awarder"]}
                                for a in doc["awards"]]
    cv["sections"] = sec
    return {"cv": cv, "design": design}


def _icon_package(work: Path) -> Path:
    """RenderCV's preamble imports the Typst Universe icon package, which cannot be
    downloaded here; connections are printed without icons, so a local package that
    draws nothing stands in for it (Typst reads local packages from its data dir)."""
    data = work / "xdg-data"
    pkg = data / "typst" / "packages" / "preview" / "fontawesome" / "0.5.0"
    pkg.mkdir(parents=True, exist_ok=True)
    (pkg / "typst.toml").write_text('[package]\nname = "fontawesome"\nversion = "0.5.0"\n'
                                    'entrypoint = "lib.typ"\nauthors = ["corpus"]\nlicense = "MIT"\n'
                                    'description = "no icons"\n')
    (pkg / "lib.typ").write_text("#let fa-icon(..args) = box[]\n")
    return data


def design(name: str):
    def render(doc: dict, out: Path, work: Path) -> None:
        data = cv_yaml(doc, DESIGNS[name])
        f = work / "cv.yaml"
        f.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")  # JSON is YAML
        run([VENV_BIN / "rendercv", "render", f.name, "--pdf-path", out.resolve(), "--dont-generate-markdown",
             "--dont-generate-html", "--dont-generate-png"], cwd=work, timeout=240,
            env={"XDG_DATA_HOME": str(_icon_package(work))})
    return render


def layouts() -> list[Layout]:
    return [Layout("rendercv", n, "pdf", f"rendercv 2.3 ({DESIGNS[n]['theme']} theme, custom design) -> typst -> pdf",
                   design(n), people=10) for n in DESIGNS]
