"""Create Research & Applied variants, a second time: never overwrite the user's choices unasked.

When the variants exist, the new ranking is computed first and compared with them; the user is told
what an update would change (hidden and shown again items, reordered lists, the target) and chooses
to update or do nothing. Nothing to change: they are told so and nothing is pushed.
"""

from __future__ import annotations

from typing import Any

from ..model import Variant
from . import dialogs

PAIR = ("Research", "Applied")


def _label(doc: Any, item_id: str) -> str:
    """A short human name of an item of the resume (entry, bullet, section key)."""
    found = doc.resume.find(item_id)
    if found is None:
        return item_id.split(":", 1)[-1].title()
    obj = found[0]
    text = getattr(obj, "text", "") or next(
        (getattr(obj, a) for a in ("name", "company", "institution", "title", "label") if getattr(obj, a, "")), "")
    text = " ".join(str(text).split())
    return f"“{text[:40]}…”" if len(text) > 40 else f"“{text}”" if text else "an item"


def _names(doc: Any, ids: list[str], limit: int = 2) -> str:
    shown = ", ".join(_label(doc, i) for i in ids[:limit])
    return shown + (f" and {len(ids) - limit} more" if len(ids) > limit else "")


def describe(doc: Any, old: Variant | None, new: Variant) -> str:
    """One line: what replacing ``old`` by ``new`` changes ("" when nothing does)."""
    if old is None:
        return f"{new.name}: created"
    parts: list[str] = []
    if (old.target or "") != (new.target or ""):
        parts.append(f"target {old.target or 'unset'} → {new.target or 'unset'}")
    hidden = [i for i in new.hidden if i not in old.hidden]
    shown = [i for i in old.hidden if i not in new.hidden]
    if hidden:
        parts.append(f"hides {_names(doc, hidden)}")
    if shown:
        parts.append(f"shows again {_names(doc, shown)}")
    keys = set(old.order) | set(new.order)
    reordered = sorted(k for k in keys if old.order.get(k) != new.order.get(k))
    if reordered:
        parts.append(f"reorders {len(reordered)} list{'s' if len(reordered) != 1 else ''}")
    return f"{new.name}: " + "; ".join(parts) if parts else ""


def changes(doc: Any, command: Any) -> list[str]:
    """What the pushed ``CreateResearchApplied`` command would change, one line per variant."""
    before = {v.id: v for v in command.before}
    lines = []
    for v in command.after:
        if v.name not in PAIR:
            continue
        line = describe(doc, before.get(v.id), v)
        if line:
            lines.append(line)
    return lines


def create_or_update_pair(controller: Any) -> bool:
    """The action's body: create the pair, or offer to update the existing one. True if pushed."""
    from ..model import variants as vmodel
    from . import variant_commands as vc

    doc, window = controller.doc, controller.window
    existing = [name for name in PAIR if vmodel.find_variant(doc.resume, name) is not None]
    try:
        command = vc.CreateResearchApplied(doc, vc.scorer_for(doc))
    except (ValueError, KeyError) as exc:
        dialogs.show_error(window, "Variants", str(exc).strip("'\""))
        return False
    lines = changes(doc, command)
    status = window.statusBar()
    if not existing:
        doc.push(command)
        status.showMessage("Created the Research and Applied variants", 6000)
        return True
    if not lines:
        status.showMessage("The Research and Applied variants are already up to date: nothing changed", 6000)
        return False
    text = ("The Research and Applied variants already exist. Updating them ranks them again from the "
            "resume as it is now and replaces the choices made in them:\n\n• " + "\n• ".join(lines)
            + "\n\nUpdate them? (Edit > Undo takes the update back.)")
    if not dialogs.ask_yes_no(window, "Update the Research and Applied variants", text):
        status.showMessage("The Research and Applied variants were left as they were", 6000)
        return False
    command.setText("Update Research and Applied variants")
    doc.push(command)
    status.showMessage("Updated: " + " | ".join(lines), 10000)
    return True
