"""Recognising contact details in the lines at the top of a resume: email, phone, links, location."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mlresume_gui.formats.reading.lineparse import find_dates
from mlresume_gui.formats.reading.places import Place, is_location, parse_place
from mlresume_gui.model import Basics

EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?![\w-])", re.IGNORECASE)
PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d ().\-]{6,}\d(?![\w/])")
URL = re.compile(
    r"(?<![\w@/.-])(?:https?://)?(?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|io|dev|ai|me|co|edu|app|page|site"
    r"|xyz|info|tech|uk|de|fr|ch|ca|in|cn|jp|eu|us)(?:/[^\s,;|)\]]*)?(?![\w@-])",
    re.IGNORECASE,
)
_LABEL = re.compile(
    r"^(?:e-?mail|mail|phone|tel|mobile|cell|linkedin|github|web(?:site)?|site|homepage|portfolio|"
    r"scholar|google scholar|twitter|location|address)\s*[:：]\s*",
    re.IGNORECASE,
)
NETWORKS = (
    ("linkedin.com", "LinkedIn"),
    ("github.com", "GitHub"),
    ("scholar.google", "Google Scholar"),
    ("kaggle.com", "Kaggle"),
    ("huggingface.co", "Hugging Face"),
    ("twitter.com", "Twitter"),
    ("x.com", "X"),
    ("gitlab.com", "GitLab"),
    ("orcid.org", "ORCID"),
    ("medium.com", "Medium"),
    ("stackoverflow.com", "Stack Overflow"),
)
_LINK_LABELS = frozenset(
    ["linkedin", "github", "website", "homepage", "portfolio", "email", "e-mail", "phone", "web", "blog",
     "google scholar", "scholar", "twitter", "kaggle", "orcid", "site", "cv", "x", "hugging face"]
)
_SEPARATORS = re.compile(r"\s*(?:\t|\s[|·•◦∙⋅/]\s|\s{2,}|\s[–—]\s|^[|·•]\s|\s\|$)\s*")


def network_of(url: str) -> str | None:
    """The profile network a URL belongs to, or None for a personal site."""
    low = url.lower()
    host = re.sub(r"^(?:https?://)?(?:www\.)?", "", low)
    for domain, name in NETWORKS:
        if host.startswith(domain) or f".{domain}" in host.split("/")[0]:
            return name
    return None


def full_url(url: str) -> str:
    """``url`` with a scheme."""
    url = url.rstrip(".,;")
    return url if re.match(r"^[a-z]+://", url, re.IGNORECASE) else f"https://{url}"


def add_link(basics: Basics, url: str) -> bool:
    """File a URL under the right profile or as the personal site; False if it was not kept."""
    low = url.lower()
    if low.startswith("mailto:"):
        if not basics.email:
            basics.email = url[7:].split("?")[0]
        return True
    if low.startswith("tel:"):
        if not basics.phone:
            basics.phone = url[4:]
        return True
    url = full_url(url)
    network = network_of(url)
    if network is None:
        if not basics.url:
            basics.url = url
            return True
        return basics.url.rstrip("/") == url.rstrip("/")
    if not basics.link(network):
        basics.set_link(network, url)
        prof = basics.profile(network)
        if prof is not None:
            prof.username = _username(url)
    return True


def _username(url: str) -> str:
    path = re.sub(r"^[a-z]+://[^/]+/?", "", url, flags=re.IGNORECASE).strip("/")
    if "scholar.google" in url.lower() or "?" in path:
        return ""
    parts = [p for p in path.split("/") if p and p not in {"in", "u", "users", "pub"}]
    return parts[0] if parts else ""


def segments(line: str) -> list[str]:
    """A line split at the separators people put between contact details or entry fields."""
    return [s.strip(" ,;|") for s in _SEPARATORS.split(line) if s.strip(" ,;|")]


def take_contacts(basics: Basics, line: str, contact_line: bool = False) -> list[str]:
    """Move every contact detail of ``line`` into ``basics``; return the pieces left over.

    ``contact_line``: the line is known to hold contact details (the labeller says so), so a
    piece shaped like a place name is the place even where no place word vouches for it."""
    rest: list[str] = []
    whole = _LABEL.sub("", line.strip()).strip(" ,;|·•")
    if contact_line and not has_place(basics) and (place := parse_place(whole)) is not None:
        set_place(basics, place)
        return []
    for seg in segments(line):
        seg = _LABEL.sub("", seg).strip()
        if not seg:
            continue
        left = seg
        for m in EMAIL.finditer(seg):
            if not basics.email:
                basics.email = m.group(0)
            left = left.replace(m.group(0), " ")
        for m in URL.finditer(left):
            if "@" in m.group(0):
                continue
            if add_link(basics, m.group(0)):
                left = left.replace(m.group(0), " ")
        pm = PHONE.search(left)
        if pm and len(re.sub(r"\D", "", pm.group(0))) >= 7 and not re.fullmatch(r"\d{4}\s*[-–]\s*\d{4}", pm.group(0)):
            if not basics.phone:
                basics.phone = pm.group(0).strip()
                left = left.replace(pm.group(0), " ")
            elif basics.phone == pm.group(0).strip():
                left = left.replace(pm.group(0), " ")
        left = left.strip(" ,;|·•")
        if left.casefold() in _LINK_LABELS:
            continue
        if left and not has_place(basics):
            place = parse_place(left) if contact_line else None
            if place is not None:
                set_place(basics, place)
                left = ""
            elif is_location(left):
                _set_location(basics, left)
                left = ""
        if left:
            rest.append(left)
    return rest


def has_place(basics: Basics) -> bool:
    """True once ``basics`` holds where the person lives."""
    return bool(basics.location.address or basics.location.city)


def set_place(basics: Basics, place: Place) -> None:
    """File a place read from a contact line as the person's location."""
    loc = basics.location
    loc.city, loc.region, loc.country_code = place.city, place.region, place.country
    loc.address = place.address
    loc.postal_code = place.postal_code


def _set_location(basics: Basics, text: str) -> None:
    place = parse_place(text)
    if place is not None:
        return set_place(basics, place)
    loc = basics.location
    parts = [p.strip() for p in text.split(",")]
    loc.address = text
    loc.city = parts[0]
    if len(parts) == 2:
        loc.region = parts[1]
    elif len(parts) >= 3:
        loc.region, loc.country_code = parts[1], ", ".join(parts[2:])


def looks_like_contact(line: str) -> bool:
    """True when a line is mostly contact details."""
    return bool(EMAIL.search(line) or URL.search(line) or (PHONE.search(line) and not re.search(r"[a-z]{4}", line)))


def labelled_contact(line: str) -> bool:
    """True for a line that is one contact detail after its label ("Phone: +44 …", "Email: …",
    "GitHub: github.com/…"): a phone number, an address or a link and nothing else."""
    value = _LABEL.sub("", line.strip(), count=1)
    if value == line.strip() or re.match(r"(?i)(?:location|address)\b", line.strip()):
        return False
    found = [c for c in find_contacts(value) if c.kind != "location"]
    return len(found) == 1 and found[0].text.strip() == value.strip().rstrip(".,;")


# -- contact details with their positions (evidence for the labeller) --------------------------

_PHONE_AT = re.compile(r"(?<![\w/.+-])(?:\+|00)?\(?\d[\d ()./\u00a0\u2011\u2013-]{5,}\d(?:\s*(?:x|ext\.?)\s*\d{1,5})?(?![\w/])",
                       re.IGNORECASE)


@dataclass(frozen=True)
class Contact:
    """A contact detail found in a line: its kind ("email", "phone", "profile", "url",
    "location"), the text as written, a normal form (``https://`` URL, ``+``-and-digits phone),
    the profile network if any, and where it was."""

    kind: str
    text: str
    value: str
    begin: int
    stop: int
    network: str = ""


def phone_digits(text: str) -> str | None:
    """``text`` as a phone number (``+`` and digits) when it can be one: 7 to 15 digits, no date
    or year range, no decimal number; None otherwise."""
    core = re.split(r"\s*(?:x|ext\.?)\s*\d", text, flags=re.IGNORECASE)[0]
    digits = re.sub(r"\D", "", core)
    if not 7 <= len(digits) <= 15:
        return None
    if find_dates(core) is not None and not core.strip().startswith(("+", "(", "00")):
        span = find_dates(core)
        if span is not None and span.stop - span.begin >= len(core.strip()) - 2:
            return None  # "2019 - 2021", "03/2018 - 06/2020"
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:\.\d{3})+(?:,\d+)?", core.strip()):
        return None  # 1,200,000
    if core.count(".") == 1 and " " not in core.strip():
        return None  # 3.14159265
    return ("+" if core.strip().startswith(("+", "00")) else "") + (digits[2:] if core.strip().startswith("00") else digits)


def find_contacts(text: str) -> list[Contact]:
    """Every email, profile link, web address, phone number and place in ``text``, in order."""
    out: list[Contact] = []
    taken: list[tuple[int, int]] = []

    def free(b: int, e: int) -> bool:
        return all(e <= tb or b >= te for tb, te in taken)

    for m in EMAIL.finditer(text):
        out.append(Contact("email", m.group(0), m.group(0), m.start(), m.end()))
        taken.append(m.span())
    for m in URL.finditer(text):
        if not free(*m.span()) or "@" in m.group(0):
            continue
        url = full_url(m.group(0))
        network = network_of(url) or ""
        out.append(Contact("profile" if network else "url", m.group(0).rstrip(".,;"), url, m.start(), m.end(), network))
        taken.append(m.span())
    for m in _PHONE_AT.finditer(text):
        digits = phone_digits(m.group(0))
        if digits and free(*m.span()):
            out.append(Contact("phone", m.group(0).strip(), digits, m.start(), m.end()))
            taken.append(m.span())
    masked = list(text)
    for b, e in taken:
        masked[b:e] = "\t" * (e - b)  # what is found already separates what is left
    rest = "".join(masked)
    at = 0
    for seg in segments(rest):
        begin = rest.find(seg, at)
        at = begin + len(seg) if begin >= 0 else at
        label = _LABEL.sub("", seg).strip()
        if begin >= 0 and is_location(label) and free(begin, begin + len(seg)):
            start = begin + seg.find(label)
            out.append(Contact("location", label, label, start, start + len(label)))
    out.sort(key=lambda c: c.begin)
    return out
