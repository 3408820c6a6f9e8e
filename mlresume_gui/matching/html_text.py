"""A careers page saved from a browser -> the posting's lines, with the standard library's
``html.parser`` (no network, no external entities: it resolves only HTML's own character
references). Navigation, headers, footers, cookie banners, scripts, styles and forms are dropped;
headings, list items and paragraphs become lines with their hints."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from .lines import PostingLine

# elements whose content is never the posting
_SKIP = frozenset({"script", "style", "noscript", "template", "svg", "nav", "footer",
                   "aside", "form", "button", "select", "option", "iframe", "object", "canvas",
                   "dialog", "menu", "head"})
_VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta",
                   "param", "source", "track", "wbr"})
# class, id, role or aria-label words of page furniture
_NOISE = re.compile(r"cookie|consent|gdpr|banner|navbar|\bnav\b|navigation|menu|footer|site-header|masthead|"
                    r"breadcrumb|social|\bshare\b|newsletter|subscribe|sidebar|related|similar|modal|popup|"
                    r"skip-link|toolbar|site-header|site-footer|legal|signin|login", re.I)
_BLOCK = frozenset({"p", "div", "section", "article", "main", "li", "ul", "ol", "tr", "td", "th",
                    "table", "h1", "h2", "h3", "h4", "h5", "h6", "br", "dt", "dd", "dl", "blockquote",
                    "pre", "hr", "summary", "details", "figcaption"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_WS = re.compile(r"\s+")
MAX_DEPTH = 400  # deeper nesting is treated as flat text


class _PostingParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[PostingLine] = []
        self.stack: list[tuple[str, bool]] = []  # (tag, skipped)
        self.skipping = 0
        self.buf: list[str] = []
        self.kind: str = ""  # "h", "li" or "" for the line being collected
        self.bold = 0
        self.title_parts: list[str] = []
        self.in_title = False
        self.site_names: list[str] = []

    # -- helpers ---------------------------------------------------------------------------
    def _flush(self) -> None:
        text = _WS.sub(" ", "".join(self.buf)).strip()
        self.buf = []
        if text:
            self.lines.append(PostingLine(text, heading=True if self.kind == "h" else None,
                                          bullet=self.kind == "li"))
        self.kind = ""

    def _noise(self, attrs: list[tuple[str, str | None]]) -> bool:
        for name, value in attrs:
            if not value:
                continue
            if name in ("class", "id", "role", "aria-label", "data-testid") and _NOISE.search(value):
                return True
            if name == "hidden" or (name == "aria-hidden" and value == "true"):
                return True
            if name == "style" and re.search(r"display\s*:\s*none", value):
                return True
        return False

    # -- parser callbacks ------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "meta":
            d = dict(attrs)
            if d.get("property") in ("og:site_name",) and d.get("content"):
                self.site_names.append(d["content"] or "")
            return
        if tag == "title":
            self.in_title = True
            return
        if tag in _BLOCK and not self.skipping:
            self._flush()
        if tag in _VOID:
            return
        skip = tag in _SKIP or self._noise(attrs)
        if len(self.stack) < MAX_DEPTH:
            self.stack.append((tag, skip))
            if skip:
                self.skipping += 1
        if not self.skipping:
            if tag in _HEADINGS:
                self.kind = "h"
            elif tag == "li":
                self.kind = "li"
            elif tag in ("b", "strong"):
                self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
            return
        if tag in _VOID:
            return
        # close up to the matching open tag (browsers forgive unclosed ones)
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                for _t, skipped in self.stack[i:]:
                    if skipped:
                        self.skipping -= 1
                del self.stack[i:]
                break
        else:
            return
        if not self.skipping and tag in _BLOCK:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title_parts.append(data)
        elif not self.skipping:
            self.buf.append(data)

    def close(self) -> None:
        super().close()
        self._flush()


def html_lines(text: str) -> tuple[list[PostingLine], list[str]]:
    """The posting's lines of an HTML page, and names the page gives its site (for the company)."""
    parser = _PostingParser()
    parser.feed(text)
    parser.close()
    names = list(parser.site_names)
    title = _WS.sub(" ", "".join(parser.title_parts)).strip()
    if title:
        # "Senior ML Engineer - Careers at Example" / "Job title | Example": the last part
        parts = re.split(r"\s+[|\-–—·]\s+", title)
        if len(parts) > 1:
            last = re.sub(r"^(careers|jobs)\s+(at|@)\s+", "", parts[-1], flags=re.I)
            names.append(re.sub(r"\s+(careers|jobs)$", "", last, flags=re.I))
    return parser.lines, [n.strip() for n in names if n.strip()]


def looks_like_html(text: str) -> bool:
    """True for text that is an HTML page or fragment (pasted or saved)."""
    head = text[:2000].lower()
    return "<html" in head or "<!doctype html" in head or bool(re.search(r"<(body|div|p|ul|li|h[1-6])[\s>]", head))
