"""Project entries: name, dates and bullets. Part of the ``Assembler``."""

from __future__ import annotations

from mlresume_gui.formats.reading.lineparse import join_wrapped, strip_bullet
from mlresume_gui.model import Bullet, Experience, Project, Volunteer


class ProjectEntries:
    """The assembler's handlers for project entries."""

    def _on_p_name(self, i: int, text: str) -> None:
        p = self._new_entry("projects", Project)
        p.name = self._dates(p, text)
        self.targets[i] = f"{self.entry_path}.name"
        self._continue(lambda t: setattr(p, "name", join_wrapped(p.name, t)), self.targets[i])

    def _on_p_date(self, i: int, text: str) -> None:
        p = self.entry if isinstance(self.entry, Project) else self._new_entry("projects", Project)
        rest = self._dates(p, text)
        if rest:
            p.description = f"{p.description}\n{rest}".strip()
        self.targets[i] = f"{self.entry_path}.dates"
        self._continue(None, "")

    def _on_p_bullet(self, i: int, text: str) -> None:
        p = self.entry if isinstance(self.entry, Project) else None
        if p is None:
            if isinstance(self.entry, Experience | Volunteer):
                return self._on_w_bullet(i, text)
            p = self._new_entry("projects", Project)
        bullet = Bullet(strip_bullet(text, listed=bool(self.segs[i].line.bullet))[1])
        p.bullets.append(bullet)
        self.entry_body = True
        path = f"{self.entry_path}.bullets[{len(p.bullets) - 1}]"
        self.targets[i] = path
        self._continue(lambda t: setattr(bullet, "text", join_wrapped(bullet.text, t)), path)
