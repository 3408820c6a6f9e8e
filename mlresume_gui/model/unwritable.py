"""Characters no output can hold: lone surrogates (UTF-8 cannot encode them), control characters
other than tab and line breaks (XML forbids them; a terminal obeys them) and the noncharacters
U+FFFE/U+FFFF. :func:`replace_unwritable` swaps each for U+FFFD in a resume, in place, and says
where; every walk is iterative (no recursion limit on deep ``extra`` data) and linear.
"""

from __future__ import annotations

import dataclasses
import re
from functools import cache
from typing import Any

UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


def _children(value: Any, path: str) -> list[tuple[Any, Any, str]]:
    """(container, key, path) for each slot of ``value`` that may hold text."""
    if isinstance(value, list):
        return [(value, i, f"{path}[{i}]") for i, v in enumerate(value) if not _plain(v)]
    if isinstance(value, dict):
        return [(value, k, f"{path}.{k}" if path else str(k)) for k, v in value.items()
                if not _plain(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [(value, name, f"{path}.{name}" if path else name) for name in _field_names(type(value))
                if not _plain(getattr(value, name))]
    return []


def _plain(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float)


def _get(container: Any, key: Any) -> Any:
    return container[key] if isinstance(container, list | dict) else getattr(container, key)


def _set(container: Any, key: Any, value: Any) -> None:
    if isinstance(container, list | dict):
        container[key] = value
    else:
        setattr(container, key, value)


def _walk(root: Any, fix: bool) -> tuple[int, list[str]]:
    count, places = 0, []
    stack = _children(root, "")
    while stack:
        container, key, path = stack.pop()
        value = _get(container, key)
        if isinstance(value, str):
            found = len(UNWRITABLE.findall(value))
            if found:
                count += found
                places.append(path)
                if fix:
                    _set(container, key, UNWRITABLE.sub(REPLACEMENT, value))
            continue
        if isinstance(value, dict) and any(isinstance(k, str) and UNWRITABLE.search(k) for k in value):
            bad = [k for k in value if isinstance(k, str) and UNWRITABLE.search(k)]
            count += sum(len(UNWRITABLE.findall(k)) for k in bad)
            places.append(f"{path} (a key)")
            if fix:
                fixed = {(UNWRITABLE.sub(REPLACEMENT, k) if isinstance(k, str) else k): v
                         for k, v in value.items()}
                _set(container, key, fixed)
                value = fixed
        stack.extend(_children(value, path))
    places.reverse()
    return count, places


def find_unwritable(root: Any) -> tuple[int, list[str]]:
    """(how many unwritable characters, the field paths holding them) in a model object."""
    return _walk(root, False)


def replace_unwritable(root: Any) -> tuple[int, list[str]]:
    """Replace every unwritable character under ``root`` by U+FFFD, in place; (count, paths)."""
    return _walk(root, True)


def describe(count: int, places: list[str]) -> str:
    """One line for the user: how many characters were replaced, and where."""
    if not count:
        return ""
    shown = ", ".join(places[:3])
    more = f" and {len(places) - 3} more fields" if len(places) > 3 else ""
    chars = "character" if count == 1 else "characters"
    return (f"replaced {count} {chars} that no file can hold (lone surrogates or control "
            f"characters) with U+FFFD, in {shown}{more}")
