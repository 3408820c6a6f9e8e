"""Every layout of every producer, and the producers' versions for the report."""

from __future__ import annotations

import json

from . import docxjs, html_cv, jsonresume, latex, pandoc, pydocx, rendercv_cv, typst_cv
from .common import NODE_DIR, VENV_BIN, Layout, tool_version

MODULES = [docxjs, html_cv, jsonresume, latex, pandoc, pydocx, rendercv_cv, typst_cv]


def layouts() -> list[Layout]:
    return [lay for m in MODULES for lay in m.layouts()]


def _npm(name: str) -> str:
    try:
        return json.loads((NODE_DIR / "node_modules" / name / "package.json").read_text())["version"]
    except OSError:
        return "?"


def _pip(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:
        return "?"


def versions() -> dict[str, str]:
    themes = ", ".join(f"{t} {_npm('jsonresume-theme-' + t)}" for t in jsonresume.CHROMIUM_THEMES)
    return {
        "jsonresume-chromium": f"{tool_version(['chromium', '--version'])}; themes {themes}",
        "chromium": tool_version(["chromium", "--version"]),
        "weasyprint": tool_version([VENV_BIN / "weasyprint", "--version"]),
        "wkhtmltopdf": tool_version(["wkhtmltopdf", "--version"]),
        "pandoc": tool_version(["pandoc", "--version"]) + "; " + tool_version(["xelatex", "--version"]),
        "latex-moderncv": tool_version(["xelatex", "--version"]) + "; moderncv (TeX Live 2022)",
        "latex-article": tool_version(["xelatex", "--version"]) + "; article, titlesec, tabularx (TeX Live 2022)",
        "libreoffice": tool_version(["soffice", "--version"]),
        "typst": "typst (PyPI) " + _pip("typst"),
        "rendercv": "rendercv (PyPI) " + _pip("rendercv") + ", typst " + _pip("typst"),
        "latex-classes": tool_version(["xelatex", "--version"]) + "; europasscv (TeX Live 2022)",
        "docx-js": "npm docx " + _npm("docx"),
        "python-docx": "python-docx " + _pip("python-docx"),
    }
