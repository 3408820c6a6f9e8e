"""Seeded generator of invented ML people as JSON Resume v1 documents.

Each person also carries ``meta.corpus``: how the producers that take layout hints
(our LaTeX, Typst, HTML and Word templates) should print them: section headings, the
date form, role-first or company-first headers, where the contact line goes, a name on
one or two lines.  Themes that choose for themselves ignore the hints.

    python scripts/corpus/people.py --out DIR [--seed 12] [--count 36]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import unicodedata
from pathlib import Path

import vocab as V

SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json"
DATE_STYLES = ["mon", "month", "year", "slash", "dot", "iso", "now", "season"]
SEED = 12


_ASCII = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae"})


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.translate(_ASCII)).encode("ascii", "ignore").decode()
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random, pattern: str) -> str:
    vals = {f"{c}{n}": _digits(rng, n) for c in "abce" for n in (2, 3, 4)}
    vals.update({"d3": f"{rng.randint(100, 999)}", "d4": f"01{rng.randint(10, 99)}"})
    return re.sub(r"\{(\w\d)\}", lambda m: vals[m.group(1)], pattern)


def ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


class PersonMaker:
    """Builds one person from a seeded random generator."""

    def __init__(self, rng: random.Random, used: set[str]):
        self.rng = rng
        self.used = used

    def pick(self, seq):
        return self.rng.choice(seq)

    def unique(self, make):
        for _ in range(200):
            v = make()
            if v not in self.used:
                self.used.add(v)
                return v
        return make()

    def company(self) -> str:
        return self.unique(lambda: f"{self.pick(V.COMPANY_HEADS)} {self.pick(V.COMPANY_TAILS)}")

    def school(self) -> str:
        return self.unique(lambda: self.pick(V.SCHOOL_PATTERNS).format(p=self.pick(V.PLACE_WORDS)))

    def coauthor(self) -> str:
        return f"{self.pick(V.FIRST_NAMES)} {self.pick(V.LAST_NAMES)}"

    def bullet(self, long: bool) -> str:
        r = self.rng
        res = self.pick(V.RESULTS).format(
            n=r.randint(7, 64), k=r.randint(40, 900), d=r.choice(["1.2", "2.5", "3.1", "0.8"]),
            m=r.randint(2, 90), h=r.randint(20, 96), h2=f"{r.randint(2, 9)} hours",
            a=r.randint(61, 79), b=r.randint(80, 94))
        text = f"{self.pick(V.VERBS)} {self.pick(V.ARTIFACTS)} {self.pick(V.METHODS)}, {res}"
        if long:
            text += f", {self.pick(V.TAILS)}"
        return text

    def bullets(self, n: int) -> list[str]:
        out: list[str] = []
        while len(out) < n:
            b = self.bullet(long=self.rng.random() < 0.3)
            if b not in out:
                out.append(b)
        return out

    def make(self, index: int) -> dict:
        r = self.rng
        first = self.unique(lambda: self.pick(V.FIRST_NAMES))
        last = self.unique(lambda: self.pick(V.LAST_NAMES))
        name = f"{first} {last}"
        city, region, cc, ppat = self.pick(V.CITIES)
        handle = slug(f"{first}{last}").replace("_", "")[:18]
        pages = r.choice([1, 1, 2, 2, 2, 3])
        career_start = r.randint(2008, 2019)
        has_phd = r.random() < 0.35
        basics: dict = {
            "name": name,
            "label": self.pick(["Machine Learning Engineer", "Research Scientist", "Data Scientist",
                                "Applied Scientist", "ML Platform Engineer", "AI Engineer",
                                "Computer Vision Engineer", "NLP Researcher"]),
            "email": f"{slug(first)}.{slug(last).replace('_', '')}@{self.pick(['example.com', 'example.org', 'mail.example.net'])}",
            "phone": phone(r, ppat),
            "location": {"city": city, **({"region": region} if region else {}), "countryCode": cc},
            "summary": (f"{self.pick(['Machine learning engineer', 'Applied researcher', 'Data scientist', 'ML engineer'])} "
                        f"with {2026 - career_start} years of experience in "
                        f"{self.pick(V.SKILL_GROUPS['Methods']).lower()} and "
                        f"{self.pick(V.SKILL_GROUPS['Methods']).lower()}; "
                        f"{self.pick(['enjoys taking models from notebook to production', 'focused on reliable evaluation and measurable impact', 'happiest close to the data and the users'])}."),
            "profiles": [
                {"network": "LinkedIn", "username": handle, "url": f"https://linkedin.com/in/{handle}"},
                {"network": "GitHub", "username": handle[:12], "url": f"https://github.com/{handle[:12]}"},
            ],
        }
        if r.random() < 0.6:
            basics["url"] = f"https://{handle}.example.io"
        # education, oldest last in the document
        edu = []
        y = career_start - 4 - (5 if has_phd else 0) - r.choice([0, 2])
        edu.append(self.degree("bachelor", y, 4))
        y += 4
        if r.random() < 0.7 or has_phd:
            edu.append(self.degree("master", y, 2))
            y += 2
        if has_phd:
            edu.append(self.degree("phd", y, 5 if len(edu) == 1 else 4))
        edu.reverse()
        # work, newest first
        work = []
        n_jobs = {1: r.randint(2, 3), 2: r.randint(3, 4), 3: r.randint(4, 6)}[pages]
        n_bul = {1: (2, 3), 2: (3, 4), 3: (3, 6)}[pages]
        levels = ["junior", "mid", "senior", "senior"]
        start = career_start
        spans = sorted(r.sample(range(start + 1, 2026), k=min(n_jobs - 1, 2025 - start)))
        bounds = [start, *spans]
        sm = r.randint(1, 12)
        for i, s in enumerate(bounds):
            e = bounds[i + 1] if i + 1 < len(bounds) else None
            level = levels[min(i, len(levels) - 1)]
            job = {
                "name": self.company(),
                "position": self.pick(V.TITLES[level]),
                "startDate": ym(s, sm),
                "location": f"{self.pick(V.CITIES)[0]}" if r.random() < 0.8 else "Remote",
                "highlights": self.bullets(r.randint(*n_bul)),
            }
            if e is not None:
                em = r.randint(1, 12)
                job["endDate"] = ym(e, em)
                sm = em  # the next job starts the month this one ends
            work.append(job)
        # two roles at one company: split the longest job in two
        if len(work) >= 2 and r.random() < 0.4:
            j = r.randrange(len(work) - 1)
            w = work[j]
            sy = int(w["startDate"][:4])
            ey = int((w.get("endDate") or "2026")[:4])
            if ey - sy >= 2:
                mid_y = sy + (ey - sy) // 2
                upper = dict(w, startDate=ym(mid_y, 3), position=self.pick(V.TITLES["senior"]),
                             highlights=w["highlights"][: max(1, len(w["highlights"]) // 2)])
                lower = dict(w, endDate=ym(mid_y, 2),
                             highlights=w["highlights"][len(upper["highlights"]):] or self.bullets(2))
                work[j:j + 1] = [lower, upper]
        work.reverse()
        # internships (before career start)
        interns = []
        if r.random() < 0.55:
            for k in range(r.randint(1, 2)):
                iy = career_start - 1 - k
                sm = r.choice([5, 6])
                interns.append({
                    "name": self.company(), "position": self.pick(V.TITLES["intern"]),
                    "startDate": ym(iy, sm), "endDate": ym(iy, sm + r.choice([2, 3])),
                    "location": self.pick(V.CITIES)[0],
                    "highlights": self.bullets(r.randint(1, 2)),
                })
        groups = r.sample(list(V.SKILL_GROUPS), k=r.randint(3, 5))
        skills = [{"name": self.pick(V.SKILL_GROUP_NAMES[g]),
                   "keywords": r.sample(V.SKILL_GROUPS[g], k=r.randint(3, 6))} for g in groups]
        doc: dict = {"$schema": SCHEMA, "basics": basics, "work": work + interns, "education": edu,
                     "skills": skills}
        n_pub = {1: r.choice([0, 0, 2]), 2: r.choice([0, 2, 3]), 3: r.randint(3, 7)}[pages]
        if has_phd:
            n_pub = max(n_pub, 3)
        if n_pub:
            pubs = []
            for _ in range(n_pub):
                py = r.randint(career_start - 3, 2025)
                authors = [self.coauthor() for _ in range(r.randint(1, 4))]
                authors.insert(r.randrange(len(authors) + 1), name)
                pubs.append({"name": self.unique(lambda: f"{self.pick(V.PUB_HEADS)} {self.pick(V.PUB_TAILS)}"),
                             "authors": authors, "publisher": f"{self.pick(V.VENUES)} {py}",
                             "releaseDate": ym(py, r.randint(1, 12))})
            doc["publications"] = sorted(pubs, key=lambda p: p["releaseDate"], reverse=True)
        if r.random() < 0.5:
            aw = []
            for title, who in r.sample(V.AWARDS, k=r.randint(1, 3)):
                aw.append({"title": title, "date": ym(r.randint(career_start - 4, 2025), r.randint(1, 12)),
                           "awarder": who.format(venue=self.pick(V.VENUES[:12]), school=edu[-1]["institution"],
                                                 company=work[-1]["name"])})
            doc["awards"] = aw
        if r.random() < 0.4:
            doc["projects"] = [{"name": p, "description": self.bullet(long=False),
                                "url": f"https://github.com/{handle[:12]}/{slug(p)}"}
                               for p in r.sample(V.PROJECT_NAMES, k=r.randint(1, 3))]
        doc["meta"] = {"corpus": self.style(index, bool(interns), pages)}
        return doc

    def degree(self, level: str, start: int, years: int) -> dict:
        r = self.rng
        return {"institution": self.school(), "area": self.pick(V.AREAS),
                "studyType": self.pick(V.DEGREES[level]),
                "startDate": ym(start, r.choice([8, 9, 10])), "endDate": ym(start + years, r.choice([5, 6, 7]))}

    def style(self, index: int, has_interns: bool, pages: int) -> dict:
        r = self.rng
        heads = {k: self.pick(v) for k, v in V.HEADINGS.items()}
        return {
            "id": index,
            "pages": pages,
            "headings": heads,
            "split_internships": has_interns and r.random() < 0.6,
            "date_style": DATE_STYLES[index % len(DATE_STYLES)],
            "header_order": r.choice(["role-first", "company-first"]),
            "header_lines": r.choice([1, 2]),
            "contact_place": r.choice(["header", "header", "footer", "sidebar"]),
            "name_lines": 2 if r.random() < 0.2 else 1,
            "degree_style": r.choice(["degree-in-area", "institution-degree", "degree-comma-area"]),
            "bullet_char": r.choice(["•", "–", "▪", "◦", "*"]),
        }


def people(seed: int = SEED, count: int = 36) -> list[dict]:
    """``count`` invented people, identical for the same seed."""
    rng = random.Random(seed)
    used: set[str] = set()
    maker = PersonMaker(rng, used)
    return [maker.make(i) for i in range(count)]


def person_id(doc: dict) -> str:
    return slug(doc["basics"]["name"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--out", required=True)
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("--count", type=int, default=36)
    a = ap.parse_args()
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    for doc in people(a.seed, a.count):
        (out / f"{person_id(doc)}.json").write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n",
                                                    encoding="utf-8")


if __name__ == "__main__":
    main()
