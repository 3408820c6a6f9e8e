"""Characters no output can hold: lone surrogates (UTF-8 cannot encode them), control characters
other than tab and line breaks (XML forbids them; a terminal obeys them) and the noncharacters
U+FFFE/U+FFFF. :func:`replace_unwritable` swaps each for U+FFFD in a resume, in place, and says
where; every walk is iterative (no recursion limit on deep ``extra`` data) and linear.
"""

from __future__ import annotations

import re
from typing import Any

UNWRITABLE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
REPLACEMENT = "\ufffd"


def _walk(root: Any, fix: bool) -> tuple[int, list[str]]:
    """One pass over every string under ``root`` (fields, list items, dict keys and values)."""
    count, places = 0, []
    search, sub = UNWRITABLE.search, UNWRITABLE.sub
    stack: list[tuple[Any, str]] = [(root, "")]
    while stack:
        value, path = stack.pop()
        if isinstance(value, list):
            slots: Any = enumerate(value)
            dotted = False
        elif isinstance(value, dict):
            bad = [k for k in value if isinstance(k, str) and search(k)]
            if bad:
                count += sum(len(UNWRITABLE.findall(k)) for k in bad)
                places.append(f"{path or 'the document'} (a key)")
                if fix:
                    fixed = {(sub(REPLACEMENT, k) if isinstance(k, str) else k): v for k, v in value.items()}
                    value.clear()
                    value.update(fixed)
            slots, dotted = value.items(), True
        else:  # a dataclass: its instance dictionary holds its fields
            slots, dotted = vars(value).items(), True
        for key, item in slots:
            if not item:  # "", None, [], {}, 0, False: most fields of most entries
                continue
            kind = type(item)
            if kind is str:
                if search(item):
                    count += len(UNWRITABLE.findall(item))
                    places.append(_join(path, key, dotted))
                    if fix:
                        _set(value, key, sub(REPLACEMENT, item))
            elif kind is list or kind is dict:
                stack.append((item, _join(path, key, dotted)))
            elif kind is int or kind is float or kind is bool:
                continue
            elif isinstance(item, list | dict) or (
                    hasattr(item, "__dataclass_fields__") and not isinstance(item, type)):
                stack.append((item, _join(path, key, dotted)))
    places.sort(key=_natural)
    return count, places


def _join(path: str, key: Any, dotted: bool) -> str:
    if not dotted:
        return f"{path}[{key}]"
    return f"{path}.{key}" if path else str(key)


def _natural(path: str) -> list[Any]:
    return [int(p) if p.isdigit() else p for p in re.split(r"(\d+)", path)]


def _set(container: Any, key: Any, value: Any) -> None:
    if isinstance(container, list | dict):
        container[key] = value
    else:
        setattr(container, key, value)


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
