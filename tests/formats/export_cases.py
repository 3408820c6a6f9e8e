"""Resumes the export tests draw: the bundled sample, an awkward one, long ones that page-break,
and the expected documents of the import fixtures turned into resumes."""

from __future__ import annotations

import copy
import re
import shutil
from typing import Any

from mlresume_gui.formats.native import load
from mlresume_gui.model import (
    PRESENT,
    Bullet,
    CustomEntry,
    CustomSection,
    Education,
    Experience,
    PartialDate,
    Profile,
    Publication,
    Resume,
    SkillGroup,
)
from mlresume_gui.model.codec import from_dict, to_dict
from mlresume_gui.resources import sample_resume

HAVE_PDFTOTEXT = shutil.which("pdftotext") is not None
HAVE_SOFFICE = shutil.which("soffice") is not None or shutil.which("libreoffice") is not None


def sample() -> Resume:
    return load(sample_resume())


def awkward() -> Resume:
    """Markup characters, accents, a custom section, a missing title, an empty section."""
    r = Resume(summary="Builds *things* with [brackets] & <angles>; 100% _underscored_.")
    r.basics.name = "Zoë Ångström-Núñez"
    r.basics.email = "zoe@example.org"
    r.basics.profiles = [Profile(network="GitHub", url="https://github.com/zoe")]
    r.experience = [
        Experience(company="Ünïcode GmbH", title="", start=PartialDate(2021, 3), end=PRESENT,
                   bullets=[Bullet("# Not a heading: cut p95 latency 40% (1.2 s → 720 ms)"),
                            Bullet("- not a nested list, 3 × faster training with FSDP"),
                            Bullet("   ")]),
        Experience(title="Research Intern", start=PartialDate(2019),
                   bullets=[Bullet("Trained a 1.3B-parameter model on 64 GPUs")]),
    ]
    r.education = [Education(institution="ETH Zürich", degree="MSc", field="CS")]
    r.publications = [Publication(title="A Title: With Colons", authors=["Z. Ångström-Núñez"],
                                  venue="ICLR", date=PartialDate(2023), citations=1)]
    r.skills = [SkillGroup("Languages", ["Python", "C++"]), SkillGroup("", [])]
    r.custom = [CustomSection(title="Talks", entries=[
        CustomEntry(title="PyData", subtitle="Keynote", date="2024",
                    bullets=[Bullet("Spoke to 800 people about serving")])])]
    return r


def long_resume(jobs: int = 9, summary_words: int = 30) -> Resume:
    """A resume long enough to break pages in varying places."""
    r = Resume(summary=" ".join(["Engineer"] * summary_words))
    r.basics.name = "Pat Long"
    verbs = ["Shipped", "Cut", "Built", "Scaled", "Designed", "Led", "Migrated", "Tuned", "Owned"]
    things = ["a ranking model", "the feature store", "GPU inference", "a fraud detector",
              "the retrieval index", "batch training", "an eval harness", "drift alerts"]
    filler = ["across regions", "for search", "with canaries", "behind flags", "on spot nodes",
              "for ads", "in Rust", "with Ray"]
    r.experience = [
        Experience(
            company=f"Company {chr(65 + i)}", title=f"Role {i}", location="Remote",
            start=PartialDate(2000 + i), end=PartialDate(2001 + i),
            bullets=[Bullet(f"{verbs[(i + j) % 9]} {things[(i * 3 + j) % 8]} for job {i}.{j}, "
                            f"serving {j + 1}M requests a day at p99 under {10 * (j + 1)} ms "
                            + " ".join(filler[(i + j + k) % 8] for k in range((j % 3) * 5)))
                     for j in range(4)],
        )
        for i in range(jobs)
    ]
    return r


def resume_from_expected(expected: dict[str, Any]) -> Resume:
    """The resume an import fixture's expected JSON describes (bullets there are plain strings)."""
    data = {k: copy.deepcopy(v) for k, v in expected.items() if not k.startswith("_")}
    for value in data.values():
        for entry in value if isinstance(value, list) else ():
            if isinstance(entry, dict) and "bullets" in entry:
                entry["bullets"] = [{"text": b} if isinstance(b, str) else b for b in entry["bullets"]]
    return from_dict(data)


def expected_from_resume(resume: Resume) -> dict[str, Any]:
    """A resume in the shape of an import fixture's expected JSON, for the fixture scorer."""
    data = to_dict(resume)
    basics = data.setdefault("basics", {})
    for key in ("name", "email", "phone"):
        basics.setdefault(key, "")
    for entry in data.get("experience", []):
        entry["bullets"] = [b["text"] for b in entry.get("bullets", []) if b["text"].strip()]
    for group in data.get("skills", []):
        group.setdefault("category", "")
        group.setdefault("items", [])
    for pub in data.get("publications", []):
        pub.setdefault("authors", [])
        pub.setdefault("venue", "")
        pub.setdefault("date", "")
    return data


def squash(text: str) -> str:
    """Whitespace (spaces, tabs, line breaks; pdfminer reads Qt's spaces as tabs) to single spaces;
    a word hyphenated across a line break is rejoined."""
    text = text.replace("\u00ad", "")
    return re.sub(r"\s+", " ", text).strip()


def dense(text: str) -> str:
    """Text without any whitespace: a line may break after "/" or "-" with no space."""
    return re.sub(r"\s+", "", text.replace("\u00ad", ""))


def find_in_order(haystack: str, needles: list[str]) -> list[str]:
    """The needles not found in order in ``haystack`` (compared without whitespace)."""
    hay = dense(haystack)
    missing, pos = [], 0
    for needle in needles:
        n = dense(needle)
        at = hay.find(n, pos)
        if at < 0:
            missing.append(needle)
        else:
            pos = at + len(n)
    return missing
