"""JSON Resume (jsonresume.org schema 1.0): every section in and out, losslessly.

A JSON Resume document read into the model and written back is unchanged (empty values and key
order aside): keys this module does not map travel in each object's ``extra``. What the schema
lacks (publication authors and citations, competition details, custom sections, target,
variants) travels in ``x-mlresume`` extension objects.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..model import (
    PRESENT,
    Award,
    Basics,
    Bullet,
    Certificate,
    Competition,
    Education,
    Experience,
    Interest,
    Language,
    Location,
    ModelError,
    PartialDate,
    Profile,
    Project,
    Publication,
    Reference,
    Resume,
    SkillGroup,
    Volunteer,
)
from ..model.codec import check, decode, encode, type_hints
from ..model.dates import _Present
from ..model.document import SHADOW
from .errors import ReadError
from .native import decode_utf8, from_data, parse_json_text

EXT = "x-mlresume"

# Field tables: (JSON Resume key, model attribute, kind). Kinds: str, strs (list of text),
# date, bullets (list of text <-> Bullet objects).
_WORK = (("name", "company", "str"), ("position", "title", "str"), ("location", "location", "str"),
         ("url", "url", "str"), ("startDate", "start", "date"), ("endDate", "end", "date"),
         ("summary", "description", "str"), ("description", "company_info", "str"),
         ("highlights", "bullets", "bullets"))
_VOLUNTEER = (("organization", "organization", "str"), ("position", "position", "str"),
              ("url", "url", "str"), ("startDate", "start", "date"), ("endDate", "end", "date"),
              ("summary", "description", "str"), ("highlights", "bullets", "bullets"))
_EDUCATION = (("institution", "institution", "str"), ("url", "url", "str"), ("area", "field", "str"),
              ("studyType", "degree", "str"), ("startDate", "start", "date"),
              ("endDate", "end", "date"), ("score", "gpa", "str"), ("courses", "courses", "strs"))
_AWARD = (("title", "title", "str"), ("date", "date", "date"), ("awarder", "awarder", "str"),
          ("summary", "summary", "str"))
_CERTIFICATE = (("name", "name", "str"), ("date", "date", "date"), ("url", "url", "str"),
                ("issuer", "issuer", "str"))
_PUBLICATION = (("name", "title", "str"), ("publisher", "venue", "str"),
                ("releaseDate", "date", "date"), ("url", "url", "str"), ("summary", "summary", "str"))
_SKILL = (("name", "category", "str"), ("level", "level", "str"), ("keywords", "items", "strs"))
_LANGUAGE = (("language", "language", "str"), ("fluency", "fluency", "str"))
_INTEREST = (("name", "name", "str"), ("keywords", "keywords", "strs"))
_REFERENCE = (("name", "name", "str"), ("reference", "reference", "str"))
_PROJECT = (("name", "name", "str"), ("description", "description", "str"),
            ("highlights", "bullets", "bullets"), ("keywords", "keywords", "strs"),
            ("startDate", "start", "date"), ("endDate", "end", "date"), ("url", "url", "str"),
            ("roles", "roles", "strs"), ("entity", "entity", "str"), ("type", "type", "str"))
_PROFILE = (("network", "network", "str"), ("username", "username", "str"), ("url", "url", "str"))
_LOCATION = (("address", "address", "str"), ("postalCode", "postal_code", "str"),
             ("city", "city", "str"), ("countryCode", "country_code", "str"),
             ("region", "region", "str"))
_BASICS = (("name", "name", "str"), ("label", "headline", "str"), ("image", "image", "str"),
           ("email", "email", "str"), ("phone", "phone", "str"), ("url", "url", "str"))

# Section key in JSON Resume -> (model section, class, field table, extension attributes).
_SECTIONS: dict[str, tuple[str, type, tuple, tuple[str, ...]]] = {
    "work": ("experience", Experience, _WORK, ()),
    "volunteer": ("volunteer", Volunteer, _VOLUNTEER, ()),
    "education": ("education", Education, _EDUCATION, ("notes",)),
    "awards": ("awards", Award, _AWARD, ()),
    "certificates": ("certificates", Certificate, _CERTIFICATE, ()),
    "publications": ("publications", Publication, _PUBLICATION, ("authors", "citations", "workshop")),
    "skills": ("skills", SkillGroup, _SKILL, ()),
    "languages": ("languages", Language, _LANGUAGE, ()),
    "interests": ("interests", Interest, _INTEREST, ()),
    "references": ("references", Reference, _REFERENCE, ()),
    "projects": ("projects", Project, _PROJECT, ()),
}
_COMPETITION_EXT = ("platform", "placement", "teams", "approach", "url", "bullets")
# Sections where a start without an end means the entry is ongoing.
_OPEN_ENDED = ("work", "volunteer", "projects", "education")


# ---------------------------------------------------------------------------------------------
# Reading


def _text(value: Any, path: str) -> str:
    if not isinstance(value, str):
        raise ModelError(path, f"expected text, got {type(value).__name__}")
    return value


def _texts(value: Any, path: str) -> list[str]:
    if not isinstance(value, list):
        raise ModelError(path, f"expected a list of text, got {type(value).__name__}")
    return [_text(v, f"{path}[{i}]") for i, v in enumerate(value)]


def _read_fields(obj: Any, data: dict[str, Any], table: tuple, path: str) -> None:
    """Copy mapped keys of ``data`` onto ``obj``; keep the rest (and unreadable dates) in extra."""
    mapped = {k for k, _a, _t in table}
    for key, attr, kind in table:
        if key not in data or data[key] is None:
            continue
        value, sub = data[key], f"{path}.{key}"
        if kind == "str":
            setattr(obj, attr, _text(value, sub))
        elif kind == "strs":
            setattr(obj, attr, _texts(value, sub))
        elif kind == "bullets":
            setattr(obj, attr, [Bullet(text=t) for t in _texts(value, sub)])
        elif kind == "date":
            text = _text(value, sub)
            try:
                parsed = PartialDate.parse(text)
            except ModelError:
                # Not a schema date ("Present", "Fall 2019"): keep it verbatim for export.
                obj.extra[key] = text
                if text.strip().lower() in {"present", "current", "now"} and attr == "end":
                    setattr(obj, attr, PRESENT)
                continue
            setattr(obj, attr, parsed)
    attrs = set(type(obj).__dataclass_fields__)
    for key, value in data.items():
        if key in mapped or key == EXT:
            continue
        if key in attrs:  # would collide with a model field in the native format
            obj.extra.setdefault(SHADOW, {})[key] = value
        else:
            obj.extra[key] = value


def _read_ext(obj: Any, data: dict[str, Any], attrs: tuple[str, ...], path: str) -> dict[str, Any]:
    """Apply this module's extension object; return what it holds that we don't map."""
    ext = data.get(EXT)
    if ext is None:
        return {}
    if not isinstance(ext, dict):
        raise ModelError(f"{path}.{EXT}", "expected an object")
    rest = dict(ext)
    hints = type_hints(type(obj))
    for attr in attrs:
        if attr in rest:
            setattr(obj, attr, decode(hints[attr], rest.pop(attr), f"{path}.{EXT}.{attr}"))
    if "id" in rest and isinstance(rest["id"], str):
        obj.id = rest.pop("id")
    return rest


def _starts_only(obj: Any, data: dict[str, Any]) -> bool:
    return obj.start is not None and obj.end is None and "endDate" not in data


def _read_item(section: str, data: Any, index: int) -> Any:
    _model_key, cls, table, ext_attrs = _SECTIONS[section]
    path = f"{section}[{index}]"
    if not isinstance(data, dict):
        raise ModelError(path, f"expected an object, got {type(data).__name__}")
    ext = data.get(EXT)
    if section == "awards" and isinstance(ext, dict) and ext.get("kind") == "competition":
        comp = Competition()
        _read_fields(comp, data, (("title", "name", "str"), ("date", "date", "date")), path)
        for k in ("awarder", "summary"):
            comp.extra.pop(k, None)  # derived from the extension fields on export
        rest = _read_ext(comp, data, _COMPETITION_EXT, path)
        rest.pop("kind", None)
        if rest:
            comp.extra[EXT] = rest
        return comp
    obj = cls()
    _read_fields(obj, data, table, path)
    rest = _read_ext(obj, data, ext_attrs, path)
    closed = rest.pop("noEnd", False) is True
    if rest:
        obj.extra[EXT] = rest
    if section in _OPEN_ENDED and not closed and _starts_only(obj, data):
        obj.end = PRESENT
    return obj


def _read_basics(data: Any, resume: Resume) -> None:
    if not isinstance(data, dict):
        raise ModelError("basics", f"expected an object, got {type(data).__name__}")
    basics = Basics()
    _read_fields(basics, {k: v for k, v in data.items() if k not in ("location", "profiles", "summary")},
                 _BASICS, "basics")
    if data.get("summary") is not None:
        resume.summary = _text(data["summary"], "basics.summary")
    if data.get("location") is not None:
        loc = data["location"]
        if not isinstance(loc, dict):
            raise ModelError("basics.location", f"expected an object, got {type(loc).__name__}")
        basics.location = Location()
        _read_fields(basics.location, loc, _LOCATION, "basics.location")
    if data.get("profiles") is not None:
        profiles = data["profiles"]
        if not isinstance(profiles, list):
            raise ModelError("basics.profiles", "expected a list")
        for i, p in enumerate(profiles):
            if not isinstance(p, dict):
                raise ModelError(f"basics.profiles[{i}]", "expected an object")
            prof = Profile()
            _read_fields(prof, p, _PROFILE, f"basics.profiles[{i}]")
            basics.profiles.append(prof)
    rest = _read_ext(basics, data, (), "basics")
    if rest:
        basics.extra[EXT] = rest
    resume.basics = basics


def from_json_resume(data: Any) -> Resume:
    """Build the model from a parsed JSON Resume document; ModelError names a misshapen field."""
    if not isinstance(data, dict):
        raise ModelError("document", f"expected an object, got {type(data).__name__}")
    resume = Resume()
    for key, value in data.items():
        if value is None:
            continue
        if key == "basics":
            _read_basics(value, resume)
        elif key in _SECTIONS:
            if not isinstance(value, list):
                raise ModelError(key, f"expected a list, got {type(value).__name__}")
            for i, item in enumerate(value):
                obj = _read_item(key, item, i)
                target = "competitions" if isinstance(obj, Competition) else _SECTIONS[key][0]
                getattr(resume, target).append(obj)
        elif key == "meta":
            if not isinstance(value, dict):
                raise ModelError("meta", f"expected an object, got {type(value).__name__}")
            resume.meta = dict(value)
        elif key == EXT:
            _read_document_ext(resume, value)
        else:
            resume.extra[key] = value
    check(resume)
    return resume


def _read_document_ext(resume: Resume, ext: Any) -> None:
    if not isinstance(ext, dict):
        raise ModelError(EXT, "expected an object")
    rest = dict(ext)
    hints = type_hints(Resume)
    for attr in ("custom", "section_order", "target", "seniority", "variants"):
        if attr in rest:
            setattr(resume, attr, decode(hints[attr], rest.pop(attr), f"{EXT}.{attr}"))
    if rest:
        resume.extra[EXT] = rest


def looks_native(data: Any) -> bool:
    """True for MLResume's own JSON (it carries a format_version)."""
    return isinstance(data, dict) and "format_version" in data


def _from_parsed(data: Any) -> Resume:
    """Build the model from parsed JSON Resume data; ReadError names the misshapen field."""
    try:
        return from_json_resume(data)
    except ModelError as exc:
        raise ReadError(f"not a valid JSON Resume: {exc.field}: {exc.reason}") from None
    except RecursionError:
        raise ReadError("invalid JSON Resume: nested too deeply") from None


def loads(text: str) -> Resume:
    """Parse JSON Resume text; ReadError with the line and column or the misshapen field."""
    return _from_parsed(parse_json_text(text, "JSON"))


def load_any_json(path: str | os.PathLike[str], progress: Callable[[float], None] | None = None) -> Resume:
    """Read a ``.json`` file that holds either a JSON Resume or an MLResume document."""
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise ReadError(exc.strerror or str(exc)) from None
    data = parse_json_text(decode_utf8(raw), "JSON")
    return from_data(data) if looks_native(data) else _from_parsed(data)


# ---------------------------------------------------------------------------------------------
# Writing


def _write_value(value: Any, kind: str) -> Any:
    if kind == "bullets":
        return [b.text for b in value]
    if kind == "date":
        return None if isinstance(value, _Present) else value.iso()
    return list(value) if kind == "strs" else value


def _write_fields(obj: Any, table: tuple, with_ids: bool, ext: dict[str, Any] | None = None) -> dict:
    out: dict[str, Any] = {}
    for key, attr, kind in table:
        value = getattr(obj, attr)
        if value is None or value == "" or value == []:
            continue
        written = _write_value(value, kind)
        if written is not None and written != "" and written != []:
            out[key] = written
    ext = dict(ext or {})
    for k, v in obj.extra.get(EXT, {}).items():
        ext.setdefault(k, v)
    if with_ids and hasattr(obj, "id"):
        ext["id"] = obj.id
    for key, value in obj.extra.items():
        if key == SHADOW and isinstance(value, dict):
            for k, v in value.items():
                out.setdefault(k, v)
        elif key != EXT:
            out.setdefault(key, value)
    if ext:
        out[EXT] = ext
    return out


def _ext_values(obj: Any, attrs: tuple[str, ...]) -> dict[str, Any]:
    out = {}
    for attr in attrs:
        enc = encode(getattr(obj, attr))
        if enc not in (None, "", [], {}, False):
            out[attr] = enc
    return out


def _competition_item(comp: Competition, with_ids: bool) -> dict[str, Any]:
    summary_parts = []
    if comp.placement:
        place = comp.placement
        if comp.teams:
            place += f" of {comp.teams:,} teams"
        summary_parts.append(place)
    if comp.approach:
        summary_parts.append(comp.approach)
    item = _write_fields(comp, (("title", "name", "str"), ("date", "date", "date")), with_ids,
                         {"kind": "competition", **_ext_values(comp, _COMPETITION_EXT)})
    if comp.platform:
        item.setdefault("awarder", comp.platform)
    if summary_parts:
        item.setdefault("summary", ". ".join(summary_parts))
    return item


def to_json_resume(resume: Resume) -> dict[str, Any]:
    """The model as a JSON Resume document (dict)."""
    with_ids = bool(resume.variants)
    out: dict[str, Any] = {}
    basics = _write_fields(resume.basics, _BASICS, False)
    if resume.summary:
        basics["summary"] = resume.summary
    loc = _write_fields(resume.basics.location, _LOCATION, False)
    if loc:
        basics["location"] = loc
    profiles = [_write_fields(p, _PROFILE, with_ids) for p in resume.basics.profiles]
    if profiles:
        basics["profiles"] = profiles
    if basics:
        out["basics"] = basics
    for section, (model_key, _cls, table, ext_attrs) in _SECTIONS.items():
        items = []
        for o in getattr(resume, model_key):
            ext = _ext_values(o, ext_attrs)
            if section in _OPEN_ENDED and o.start is not None and o.end is None:
                ext["noEnd"] = True  # a start alone would read back as ongoing
            items.append(_write_fields(o, table, with_ids, ext))
        if section == "awards":
            items += [_competition_item(c, with_ids) for c in resume.competitions]
        if items:
            out[section] = items
    if resume.meta:
        out["meta"] = dict(resume.meta)
    doc_ext = {k: encode(getattr(resume, k))
               for k in ("target", "seniority", "section_order", "custom", "variants")}
    doc_ext = {k: v for k, v in doc_ext.items() if v not in (None, "", [], {})}
    for k, v in resume.extra.get(EXT, {}).items():
        doc_ext.setdefault(k, v)
    for key, value in resume.extra.items():
        if key != EXT:
            out.setdefault(key, value)
    if doc_ext:
        out[EXT] = doc_ext
    return out


def dumps(resume: Resume) -> str:
    """JSON Resume text."""
    return json.dumps(to_json_resume(resume), ensure_ascii=False, indent=2) + "\n"


def dump_text(resume: Resume, **options: Any) -> str:
    """Writer entry point for the registry (``variant`` selects a named variant)."""
    from ..model.variants import resolve

    return dumps(resolve(resume, options.get("variant")))
