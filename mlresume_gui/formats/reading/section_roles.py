"""The section a heading opened has the last word on what family a segment belongs to.

The labeller reads each segment with little of the page's context, so it may call a degree line
under "Education" a job's header, or a wrapped publication under "Publications" a bullet. Under a
known heading, entry roles of the wrong family are read as the matching role of the section's
own family; in list sections (skills, publications, awards ...) a segment that opens a line
starts an item and the rest of the line carries it on.
"""

from __future__ import annotations

from mlresume_gui.formats.reading.labelling.roles import ROLES

_TO_EDUCATION = {"w_org": "e_org", "w_title": "e_degree", "w_orgtitle": "e_orgdeg", "w_date": "e_date",
                 "w_loc": "e_loc", "w_desc": "e_detail"}
_TO_WORK = {"e_org": "w_org", "e_degree": "w_title", "e_orgdeg": "w_orgtitle", "e_date": "w_date",
            "e_loc": "w_loc", "e_detail": "w_desc"}
# a project's dates are its dates; a header part of another family is a line of the project (its
# roles or description), read as a project line (a name where no project is open)
_TO_PROJECT = {"w_date": "p_date", "e_date": "p_date", "w_bullet": "p_bullet", "e_detail": "p_bullet",
               "w_desc": "p_bullet", **{r: "p_bullet" for r in ("w_org", "w_title", "w_orgtitle", "w_loc",
                                                                "e_org", "e_degree", "e_orgdeg", "e_loc")}}
LIST_SECTIONS = frozenset({"skills", "publications", "awards", "certificates", "languages", "interests",
                           "references", "competitions"})
_ENTRY_FAMILIES = frozenset({"work", "education", "projects"})


def section_role(key: str | None, role: str, first_of_line: bool) -> str:
    """The role a segment labelled ``role`` plays under the section ``key`` (None: no known heading)."""
    if key == "education":
        return _TO_EDUCATION.get(role, role)
    if key in ("experience", "volunteer"):
        return _TO_WORK.get(role, role)
    if key == "projects" and role in _TO_PROJECT:
        return _TO_PROJECT[role]
    if key in LIST_SECTIONS and ROLES.get(role) in _ENTRY_FAMILIES:
        return "item" if first_of_line else "cont"
    return role
