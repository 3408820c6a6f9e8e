"""Plain dict form of the model (the body of the native format), driven by the dataclass fields.

``to_dict`` drops empty values and writes each object's ``extra`` (fields this version does not
know) back beside the known ones; ``from_dict`` validates types and names the path of anything wrong.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from functools import cache
from typing import Any, TypeVar

from .dates import PRESENT, PartialDate, _Present, parse_date_value
from .document import Resume
from .errors import ModelError

T = TypeVar("T")


@cache
def type_hints(cls: type) -> dict[str, Any]:
    """``typing.get_type_hints(cls)``, computed once per class."""
    return typing.get_type_hints(cls)


@cache
def _fields(cls: type) -> tuple[dataclasses.Field, ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.name != "extra")


def _is_empty(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {} or value is False


def encode(value: Any) -> Any:
    """Any model value as JSON-ready data."""
    if isinstance(value, PartialDate | _Present):
        return value.iso()
    if dataclasses.is_dataclass(value):
        out: dict[str, Any] = {}
        for f in _fields(type(value)):
            enc = encode(getattr(value, f.name))
            if f.name == "id" or not _is_empty(enc):
                out[f.name] = enc
        for k, v in getattr(value, "extra", {}).items():
            out.setdefault(k, v)
        return out
    if isinstance(value, list):
        return [encode(v) for v in value]
    if isinstance(value, dict):
        return {k: encode(v) for k, v in value.items()}
    return value


def to_dict(resume: Resume) -> dict[str, Any]:
    """The resume as a JSON-ready dict."""
    return encode(resume)


def _type_name(tp: Any) -> str:
    return getattr(tp, "__name__", str(tp))


def decode(tp: Any, data: Any, path: str) -> Any:
    """Build a value of type ``tp`` from JSON data; raise ModelError naming ``path``."""
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if data is None:
            return None
        if _Present in args and PartialDate in args:
            if not isinstance(data, str):
                raise ModelError(path, f"expected a date string, got {type(data).__name__}")
            try:
                return parse_date_value(data)
            except ModelError as exc:
                raise ModelError(path, exc.reason) from None
        return decode(args[0], data, path)
    if tp is PartialDate:
        if not isinstance(data, str):
            raise ModelError(path, f"expected a date string, got {type(data).__name__}")
        try:
            return PartialDate.parse(data)
        except ModelError as exc:
            raise ModelError(path, exc.reason) from None
    if tp is _Present:
        return PRESENT
    if origin is list:
        (item_tp,) = typing.get_args(tp)
        if not isinstance(data, list):
            raise ModelError(path, f"expected a list, got {type(data).__name__}")
        return [decode(item_tp, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _k, v_tp = typing.get_args(tp)
        if not isinstance(data, dict):
            raise ModelError(path, f"expected an object, got {type(data).__name__}")
        if v_tp is Any:
            return dict(data)
        return {k: decode(v_tp, v, f"{path}.{k}") for k, v in data.items()}
    if dataclasses.is_dataclass(tp):
        return decode_object(tp, data, path)
    if tp is Any:
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise ModelError(path, f"expected true or false, got {type(data).__name__}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise ModelError(path, f"expected a whole number, got {type(data).__name__}")
        return data
    if tp is str:
        if not isinstance(data, str):
            raise ModelError(path, f"expected text, got {type(data).__name__}")
        return data
    raise ModelError(path, f"cannot read a {_type_name(tp)}")


def decode_object(cls: type[T], data: Any, path: str = "") -> T:
    """Build dataclass ``cls`` from a dict, keeping unknown keys in its ``extra``."""
    if not isinstance(data, dict):
        raise ModelError(path or "document", f"expected an object, got {type(data).__name__}")
    hints = type_hints(cls)
    kwargs: dict[str, Any] = {}
    known = set()
    for f in _fields(cls):
        known.add(f.name)
        if f.name in data and data[f.name] is not None:
            sub = f"{path}.{f.name}" if path else f.name
            kwargs[f.name] = decode(hints[f.name], data[f.name], sub)
    if "extra" in {f.name for f in dataclasses.fields(cls)}:
        kwargs["extra"] = {k: v for k, v in data.items() if k not in known}
    try:
        return cls(**kwargs)
    except ModelError as exc:
        raise exc.under(path) from None


def from_dict(data: Any) -> Resume:
    """Build a Resume from its dict form, validating every field."""
    resume = decode_object(Resume, data)
    check(resume)
    return resume


def _numbered_entries(resume: Resume) -> typing.Iterator[tuple[str, int, Any]]:
    """(section key, index in its list, entry) for every entry, in document order."""
    current: list[Any] | None = None
    index = 0
    for key, lst, entry in resume.iter_entries():
        index = index + 1 if lst is current else 0
        current = lst
        yield key, index, entry


def check(resume: Resume) -> None:
    """Rules beyond types: known target and seniority, unique ids, ranges that run forward."""
    from .document import ARCHETYPES, SENIORITIES

    if resume.target is not None and resume.target not in ARCHETYPES:
        raise ModelError("target", f"{resume.target!r} is not one of {', '.join(ARCHETYPES)}")
    if resume.seniority is not None and resume.seniority not in SENIORITIES:
        raise ModelError(
            "seniority", f"{resume.seniority!r} is not one of {', '.join(SENIORITIES)}"
        )
    seen: dict[str, str] = {}  # one pass over entries and bullets: linear in the document's size
    for key, idx, entry in _numbered_entries(resume):
        where = f"{key}[{idx}]"
        if entry.id in seen:
            raise ModelError(f"{where}.id", f"id {entry.id!r} is also used by {seen[entry.id]}")
        seen[entry.id] = where
        for bi, bullet in enumerate(getattr(entry, "bullets", ())):
            bwhere = f"{where}.bullets[{bi}]"
            if bullet.id in seen:
                raise ModelError(f"{bwhere}.id", f"id {bullet.id!r} is also used by {seen[bullet.id]}")
            seen[bullet.id] = bwhere
        start, end = getattr(entry, "start", None), getattr(entry, "end", None)
        if isinstance(start, PartialDate) and isinstance(end, PartialDate) and end < start:
            raise ModelError(f"{where}.end", f"ends ({end.iso()}) before it starts ({start.iso()})")
        if getattr(entry, "citations", None) is not None and entry.citations < 0:
            raise ModelError(f"{where}.citations", "cannot be negative")
        if getattr(entry, "teams", None) is not None and entry.teams < 1:
            raise ModelError(f"{where}.teams", "must be at least 1")
