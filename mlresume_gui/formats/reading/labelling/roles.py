"""The roles the labeller gives segments, and the family (part of the resume) each belongs to."""

from __future__ import annotations

# role -> family; "w_" roles are parts of a job entry, "e_" of a degree, "p_" of a project
ROLES: dict[str, str] = {
    "name": "basics",
    "headline": "basics",
    "contact": "basics",
    "summary": "summary",
    "heading": "heading",
    "w_org": "work",  # the organisation's name
    "w_title": "work",  # the role held
    "w_orgtitle": "work",  # both on one segment: "Role at Company", "Company, Role"
    "w_date": "work",
    "w_loc": "work",
    "w_bullet": "work",  # the start of a bullet (or an unmarked highlight line) of the entry
    "w_desc": "work",  # the start of a paragraph describing the entry (not a highlight)
    "e_org": "education",  # the institution
    "e_degree": "education",  # degree and/or field
    "e_orgdeg": "education",
    "e_date": "education",
    "e_loc": "education",
    "e_detail": "education",  # grade, courses, notes
    "p_name": "projects",
    "p_bullet": "projects",
    "p_date": "projects",
    "skill": "skills",  # the start of a skill line
    "pub": "publications",  # the start of a publication
    "item": "items",  # the start of an item of another list (award, language, certificate ...)
    "cont": "cont",  # carries on the segment before it
    "other": "other",
    "furniture": "furniture",  # page numbers and running page furniture
}
HEADER_ROLES = frozenset({"w_org", "w_title", "w_orgtitle", "w_date", "w_loc",
                          "e_org", "e_degree", "e_orgdeg", "e_date", "e_loc", "p_name", "p_date"})
