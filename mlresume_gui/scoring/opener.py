"""How a bullet opens: the kind of its opening verb (strong, modest, weak, a plain verb) and its span,
read past "I" and "was", a clause of company ("Working with the risk team, shipped ..."), a hyphen
prefix ("Re-sharded") and a subject named first ("Our method cut ...")."""

from __future__ import annotations

from .knowledge import Knowledge

SKIP_WORDS = frozenset(("i", "we", "was", "were", "have", "had"))


def _passive(words: list[str], after: int, kind: str) -> bool:
    """A weak opener followed by "by" ("Helped by", "Supported by") is a passive participle."""
    return kind == "weak" and after < len(words) and words[after] == "by"


def _weak_prefix(text: str, words: list[str], starts: list[int], ends: list[int], i: int, length: int,
                 kn: Knowledge) -> bool:
    """The weak phrase at word ``i`` opens a clause of company ("Working with the risk team,") and a
    verb of the person's own follows its comma."""
    if words[i] not in kn.company_openers:
        return False
    n = len(words)
    k = next((j for j in range(i + length, min(n - 1, i + length + _PREFIX_REACH)) if "," in text[ends[j] : starts[j + 1]]),
             None)
    if k is None:
        return False
    verb = words[k + 1]
    return kn.weak_verbs.get((verb,)) == "strong" or (verb.endswith("ed") and len(verb) > 4)


_PREFIX_REACH = 8  # words of a clause of company before its comma ("Working closely with the fraud team,")


def read_opener(text: str, words: list[str], starts: list[int], ends: list[int], kn: Knowledge) -> tuple[str, tuple[int, int]]:
    """The kind of the bullet's opening verb ("strong", "modest", "weak", "plain-verb", "plain") and
    its span: past "I" and "was", past a clause of company, past a subject named first."""
    i = 0
    n = len(words)
    while i < n and words[i] in SKIP_WORDS:
        i += 1
    if i >= n:
        return "plain", (0, 0)
    hit = kn.weak_verbs.longest_at(words, i)
    if hit is not None and _passive(words, i + hit[0], hit[1]):
        hit = None  # "Helped by a teammate, I shipped ...": a passive participle, not the person's verb
    if hit is not None and hit[1] == "weak" and text[ends[i + hit[0] - 1] : ends[i + hit[0] - 1] + 1] == "-":
        hit = None  # "Assisted-review tooling cut ...": half of a compound noun, no verb
    if hit is not None and hit[1] == "weak" and _weak_prefix(text, words, starts, ends, i, hit[0], kn):
        hit = None  # "Working with the risk team, shipped ...": the clause after the comma holds the verb
    if hit is not None and hit[1] == "weak" and i + hit[0] < n and words[i + hit[0]][:1].isdigit() and (
            words[i] in kn.capacity_openers):
        hit = None  # "Handled 40K requests per second": what a system took, no hidden part
    if hit is not None:
        length, kind = hit
        # a weak opener must be the verb, not the start of a noun ("Responsible AI audit")
        return kind, (starts[0], ends[i + length - 1])
    if words[i] in _SUBJECT_LEADS:  # "Our detector found ...", "The ranker I built lifted ...": the verb after its subject
        for j in range(i + 1, min(n, i + _SUBJECT_REACH)):
            if _CLAUSE_END.intersection(text[ends[j - 1] : starts[j]]):
                break
            if j == i + 1:
                continue  # a noun comes between ("The fine-tuned model ...": an adjective, not the verb)
            if text[starts[j] - 1 : starts[j]] == "-":
                continue  # "the fine-tuned model": half of a compound
            verb = kn.weak_verbs.longest_at(words, j)
            if verb is not None and verb[1] in ("strong", "modest"):
                return verb[1], (starts[i], ends[j + verb[0] - 1])
            if words[j].endswith("ed") and len(words[j]) > 4:  # "Our detector flagged ...": an unlisted verb
                return "plain-verb", (starts[i], ends[j])
    begin = starts[i]
    if words[i] in _VERB_PREFIXES and i + 1 < n and text[ends[i] : starts[i + 1]] == "-":
        i += 1  # "Re-sharded", "Co-designed": the verb after its prefix
    first = words[i]
    kind = "plain-verb" if first.endswith("ed") and len(first) > 4 else "plain"
    return kind, (begin, ends[i])


_SUBJECT_LEADS = frozenset(("our", "my", "the", "this", "that"))  # a bullet that names its subject first
_SUBJECT_REACH = 8  # words from the subject's first word to its verb ("The ranker I built for search lifted")
_CLAUSE_END = frozenset(",;:()")
_VERB_PREFIXES = frozenset(("re", "co", "pre", "de", "un", "over", "under", "cross", "auto", "self", "hand", "fine"))
