"""What a job posting asks for: its terms, each required or preferred, from the posting's own
structure (headings such as "Minimum qualifications" or "Nice to have") and wording ("must",
"a plus", "you do not need", "e.g.").

:func:`analyse` turns a :class:`~.source.Posting` into :class:`Requirements`: the terms in the
order the posting names them, the role of each section, the company names it gives (never terms)
and the title line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..scoring.text import phrase_key, tokenize
from .lines import PostingLine
from .shapes import company_names, known_spans, unknown_terms
from .source import Posting
from .tables import kind_of, tables

_GLYPH = re.compile(r"^[\s•▪◦‣–·●○■□✓✔→>*\-]+")
_ABBREV = ("e.g.", "i.e.", "etc.", "vs.", "ph.d.", "m.s.", "b.s.", "m.sc.", "b.sc.", "b.a.", "incl.", "approx.", "ex.", "inc.")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")
_CLAUSE = re.compile(r"\s*(?:;|\bbut\b|\bhowever\b|\bwhile\b|\bwhereas\b)\s*", re.I)
_NEGATION = re.compile(
    r"\b(?:do|does|did|will|would)(?: not|n't) (?:need|require|expect|have to)\b|\bneed(?: not|n't)\b"
    r"|\b(?:is|are)(?: not|n't)(?: a)?(?: strict| hard)? (?:required|requirement|necessary|needed|mandatory|expected|a must)\b"
    r"|\bnot (?:required|necessary|needed|mandatory|expected|a requirement|a must|a prerequisite)\b|\bno need\b"
    r"|\bno [\w.'’ ]{1,30}? (?:required|needed|necessary)\b|\bwithout (?:a|an|any) [\w.'’ ]{1,20}? is fine\b", re.I)
_PREFERRED = re.compile(
    r"\b(?:a|big|huge|strong|major) plus\b|\bis a plus\b|\bare a plus\b|\bplus if\b|\bbonus\b|\bnice[- ]to[- ]have\b"
    r"|\bpreferred\b|\bpreferably\b|\bideally\b|\bdesirable\b|\bdesired\b|\badvantageous\b|\ban advantage\b"
    r"|\bwould be (?:great|nice|helpful|a bonus)\b|\bhelpful\b|\boptional\b|\bnot required,? but\b|\bappreciated\b"
    r"|\bextra credit\b|\bstand out\b|\bpluses\b|\b(?:we'd|we would|would) love\b|\blove to see\b|\ban asset\b", re.I)
_REQUIRED = re.compile(
    r"\bmust\b|\brequired\b|\brequirement\b|\bexperience (?:with|in|building|designing|developing|using|working)\b"
    r"|\bproficien(?:t|cy)\b|\bexpertise\b|\bstrong (?:background|knowledge|experience|understanding|skills?|grasp|command)\b"
    r"|\bdeep (?:understanding|knowledge|expertise|experience)\b|\bsolid (?:understanding|knowledge|experience|background)\b"
    r"|\byou (?:have|bring|know)\b|\bhands-on\b|\bfamiliar(?:ity)? with\b|\bknowledge of\b|\bbackground in\b"
    r"|\bwe(?:'re| are) looking for\b|\bexperienced (?:in|with)\b|\btrack record\b|\bfluency\b|\bfluent\b", re.I)
_DUTY = re.compile(r"\byou(?:'ll| will)\b|\byour (?:work|job|role) (?:is|will)\b", re.I)
_ASIDE = re.compile(r"\([^()]*\)")
_EXAMPLES = re.compile(r"\b(?:e\.\s?g\.?|eg\.|such as|for example|for instance|including|incl\.|like)(?=[\s,:(]|$)", re.I)
_NOT_EXAMPLE_LIKE = re.compile(r"(?:would|'d|’d|you|we|feel|look|looks|seem|seems|things)\s*$", re.I)
_DEGREES = ("Bachelor's degree", "Master's degree", "PhD")
_FIELD_AFTER = re.compile(r"\s*(?:degree\s+|students?\s+)?(?:in|of)\b", re.I)
MAX_HEADING_WORDS = 9


@dataclass
class Term:
    """A term the posting names: canonical name, kind, required or preferred, where it first
    appears (line index) and the examples it was given with."""

    term: str
    kind: str
    required: bool
    line: int
    examples: tuple[str, ...] = ()


@dataclass
class Requirements:
    """The analysed posting."""

    terms: list[Term] = field(default_factory=list)
    title: str = ""
    companies: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # the section role of every line
    lines: list[str] = field(default_factory=list)

    def required(self) -> list[Term]:
        return [t for t in self.terms if t.required]

    def preferred(self) -> list[Term]:
        return [t for t in self.terms if not t.required]


def heading_role(text: str) -> str | None:
    """The role of a heading ("required", "preferred", ...), None when it is not a known one."""
    key = phrase_key(text.strip().rstrip(":").strip())
    if not key:
        return None
    heads = tables().headings
    if key in heads:
        return heads[key]
    for n in range(min(len(key), 8) - 1, 0, -1):  # the longest known phrase the heading starts with
        role = heads.get(key[:n])
        if role is not None and (n >= 2 or len(key) <= 3):
            return role
    if key[0] == "about" or key[:2] in (("why", "join"), ("life", "at"), ("working", "at")):
        return "boilerplate"  # "About <company>"
    return None


def heading_role_by_words(text: str) -> str | None:
    """The role of a heading no phrase names, from the words it holds ("Additional requirements")."""
    words = set(phrase_key(text.strip().rstrip(":")))
    for role, cues in tables().heading_words:
        if words & cues:
            return role
    return None


def _is_heading(ln: PostingLine, text: str) -> bool:
    words = text.split()
    if not words or len(words) > MAX_HEADING_WORDS + (3 if ln.heading else 0):
        return False
    if ln.heading:
        return True
    if ln.bullet or text.endswith((".", ",", ";")):
        return False
    return text.endswith(":") or (heading_role(text) is not None and len(words) <= 6)


def _join_wrapped(lines: list[PostingLine]) -> list[PostingLine]:
    """Lines with a broken sentence joined back (a PDF wraps a list item over two lines)."""
    out: list[PostingLine] = []
    for ln in lines:
        text = _GLYPH.sub("", ln.text).strip() if not ln.heading else ln.text.strip()
        if not text:
            continue
        bullet = ln.bullet or text != ln.text.strip()
        if (out and not ln.heading and not bullet and not out[-1].heading and text[:1].islower()
                and not out[-1].text.endswith((".", ":", "!", "?"))):
            out[-1] = out[-1]._replace(text=f"{out[-1].text} {text}")
            continue
        out.append(PostingLine(text, ln.heading, bullet))
    return out


def sentences(text: str) -> list[str]:
    """Sentences of a line, not split after abbreviations such as "e.g." or "Ph.D."."""
    out: list[str] = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        before = text[start:m.start()].lower()
        if before.endswith(_ABBREV):
            continue
        out.append(text[start:m.start()])
        start = m.end()
    out.append(text[start:])
    return [s for s in out if s.strip()]


def _clauses(sentence: str) -> list[tuple[int, str]]:
    out = []
    pos = 0
    for m in _CLAUSE.finditer(sentence):
        out.append((pos, sentence[pos:m.start()]))
        pos = m.end()
    out.append((pos, sentence[pos:]))
    return [(p, c) for p, c in out if c.strip()]


def _example_ranges(clause: str) -> list[tuple[int, int]]:
    """Character ranges of a clause that give examples ("e.g. vLLM or SGLang", "(such as X)")."""
    out = []
    for m in _EXAMPLES.finditer(clause):
        if m.group(0).lower() == "like" and _NOT_EXAMPLE_LIKE.search(clause[:m.start()]):
            continue
        opened = clause.rfind("(", 0, m.start())
        if opened != -1 and clause.find(")", opened, m.start()) == -1:
            close = clause.find(")", m.end())
            end = close if close != -1 else len(clause)
        else:
            end = len(clause)
        out.append((m.end(), end))
    return out


def _member_lists(clause: str, terms: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Parentheses that list members of an umbrella named before them in the clause:
    "distributed training (DeepSpeed, Megatron-LM or FSDP)" gives examples of distributed training."""
    members = tables().members
    out = []
    for m in re.finditer(r"\(([^()]*)\)", clause):
        inside = [t for t, s, _e in terms if m.start() < s < m.end()]
        before = {t for t, s, _e in terms if s < m.start()}
        if inside and any(all(t in members.get(u, ()) for t in inside) for u in before):
            out.append((m.start(), m.end()))
    return out


def _clause_terms(clause: str, companies: set[tuple[str, ...]]) -> list[tuple[str, int, int]]:
    """Canonical terms named in a clause as (term, start, end), in order."""
    found = known_spans(clause)
    found += unknown_terms(clause, [(s, e) for _t, s, e in found])
    found = [f for f in found if phrase_key(f[0]) not in companies]
    found.sort(key=lambda f: f[1])
    # a degree list ("BS/MS/PhD", "MS or PhD") asks for the lowest of them
    degrees = [f for f in found if f[0] in _DEGREES]
    if degrees and _FIELD_AFTER.match(clause, degrees[-1][2]):
        # "PhD in machine learning, statistics or a related field": fields of study, not skills
        found = [f for f in found if f[1] < degrees[-1][2] or f[0] in _DEGREES]
    if len(degrees) > 1:
        lowest = min(degrees, key=lambda f: _DEGREES.index(f[0]))
        found = [f for f in found if f[0] not in _DEGREES or f is lowest]
    return found


def _soft(term: str) -> bool:
    return phrase_key(term) in tables().soft


def analyse(posting: Posting) -> Requirements:
    """The terms of a posting, required or preferred, from its structure and wording."""
    lines = _join_wrapped(posting.lines)
    req = Requirements(lines=[ln.text for ln in lines])
    req.companies = company_names(lines, posting.names)
    companies = {phrase_key(c) for c in req.companies}
    markers = tables().line_markers
    role: str | None = None
    seen: dict[str, Term] = {}
    # a posting without requirement headings says what it needs in its prose ("you will ...")
    prose = not any(_is_heading(ln, ln.text) and heading_role(ln.text) in ("required", "responsibilities")
                    for ln in lines)
    for i, ln in enumerate(lines):
        text = ln.text
        if not req.title and i < 4 and re.search(r"\b(engineer|scientist|researcher|developer|lead|architect|manager)\b", text, re.I) and len(text.split()) <= 12:
            req.title = text
            req.roles.append("title")
            continue  # the role's name: it tells the archetype, its words are not asks
        if _is_heading(ln, text):
            found = heading_role(text) or heading_role_by_words(text)
            role = found if found is not None else "context"
            req.roles.append("heading")
            continue
        head, sep, rest = text.partition(":")
        inline = heading_role(head) if sep and len(head.split()) <= 5 else None
        line_role = inline or role
        if inline:
            text = rest
        req.roles.append(line_role or "context")
        if line_role == "boilerplate":
            continue
        for sentence in sentences(text):
            if markers.scan([t.norm for t in tokenize(sentence)]):
                continue  # benefits, pay, equal opportunity, cookies, location
            parts = [c for _p, c in _clauses(sentence)]
            for k, clause in enumerate(parts):
                welcome = k + 1 < len(parts) and bool(_PREFERRED.search(parts[k + 1]))
                _take(clause, line_role, i, companies, seen, welcome, prose)
    req.terms = list(seen.values())
    return req


def _take(clause: str, role: str | None, line: int, companies: set[tuple[str, ...]],
          seen: dict[str, Term], welcome: bool = False, prose: bool = False) -> None:
    """Record the terms of one clause; ``welcome``: the next clause calls them a plus."""
    terms = _clause_terms(clause, companies)
    if not terms:
        return
    # "(AWS preferred)": the cue speaks for what is inside the parentheses only
    asides = [(m.start(), m.end()) for m in _ASIDE.finditer(clause) if _PREFERRED.search(m.group(0))]
    rest = clause
    for a, b in asides:
        rest = rest[:a] + " " * (b - a) + rest[b:]
    preferred_cue = bool(_PREFERRED.search(rest))
    if _NEGATION.search(clause):
        if not (preferred_cue or welcome):
            return  # "you do not need a PhD": not a requirement at all
        required = False
    elif preferred_cue or role == "preferred":
        required = False
    elif role in ("required", "responsibilities"):
        required = True
    else:  # the role described, or prose without headings: its wording decides
        required = bool(_REQUIRED.search(clause) or (prose and _DUTY.search(clause)))
    examples = _example_ranges(clause) + _member_lists(clause, terms)
    umbrella: list[str] = []
    for term, start, _end in terms:
        if _soft(term):
            continue
        is_example = any(a <= start < b for a, b in examples + asides)
        if not is_example:
            umbrella.append(term)
        _record(seen, term, required and not is_example, line)
    if examples and umbrella:
        exs = tuple(t for t, s, _e in terms if any(a <= s < b for a, b in examples))
        for u in umbrella:
            old = seen[u.casefold()]
            old.examples = tuple(dict.fromkeys(old.examples + exs))


def _record(seen: dict[str, Term], term: str, required: bool, line: int) -> None:
    key = term.casefold()
    old = seen.get(key)
    if old is None:
        seen[key] = Term(term, kind_of(term), required, line)
    elif required and not old.required:
        old.required = True
