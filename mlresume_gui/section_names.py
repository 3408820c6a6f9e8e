"""The sections' display names, shared by the model and by start-up's first frame (which
paints before the model is imported)."""

from __future__ import annotations

SECTION_TITLES: dict[str, str] = {
    "basics": "Contact",
    "summary": "Summary",
    "experience": "Experience",
    "education": "Education",
    "publications": "Publications",
    "projects": "Projects",
    "competitions": "Competitions",
    "awards": "Awards",
    "certificates": "Certificates",
    "skills": "Skills",
    "languages": "Languages",
    "volunteer": "Volunteering",
    "interests": "Interests",
    "references": "References",
}
