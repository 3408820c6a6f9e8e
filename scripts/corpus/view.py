"""What our own templates print for a person: dates, headers, degree lines, sections.

The templates (LaTeX, Typst, HTML, Word) share these so a person's style hints
(``meta.corpus``) vary the same way in every producer.  ``sections()`` gives the
sections in print order with their headings; the date helpers return the printed
text together with the dates it means, which become the truth.
"""

from __future__ import annotations

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
PRESENT = {"mon": "Present", "month": "Present", "year": "present", "slash": "Current",
           "dot": "heute", "iso": "today", "now": "now", "season": "Present"}
SEASONS = {6: "Summer", 7: "Summer", 5: "Summer", 8: "Summer", 9: "Autumn", 1: "Winter",
           2: "Winter", 3: "Spring", 4: "Spring", 10: "Autumn", 11: "Autumn", 12: "Winter"}


def _ym(s: str) -> tuple[int, int]:
    return int(s[:4]), int(s[5:7]) if len(s) >= 7 else 1


def one_date(s: str, style: str) -> tuple[str, str]:
    """One date as printed in ``style`` and the truth it means (YYYY-MM or YYYY)."""
    y, m = _ym(s)
    if style in ("year", "now"):
        return f"{y}", f"{y}"
    if style == "slash":
        return f"{m:02d}/{y}", f"{y}-{m:02d}"
    if style == "dot":
        return f"{m:02d}.{y}", f"{y}-{m:02d}"
    if style == "iso":
        return f"{y}-{m:02d}", f"{y}-{m:02d}"
    if style == "month":
        return f"{MONTHS[m - 1]} {y}", f"{y}-{m:02d}"
    return f"{MONTHS[m - 1][:3]} {y}", f"{y}-{m:02d}"


def date_range(start: str | None, end: str | None, style: str) -> tuple[str, str | None, str | None]:
    """-> (printed text, truth startDate, truth endDate or None for present)."""
    if not start:
        return "", None, None
    sep = {"year": "–", "now": " - ", "slash": " - ", "iso": " to ", "dot": " – "}.get(style, " – ")
    if end and style in ("season", "month") and start[:4] == end[:4]:
        (y, m1), (_, m2) = _ym(start), _ym(end)
        if style == "season" and m1 >= 5 and m2 <= 9:
            return f"Summer {y}", f"{y}", f"{y}"
        return f"{MONTHS[m1 - 1]}–{MONTHS[m2 - 1]} {y}", start[:7], end[:7]
    s_txt, s_truth = one_date(start, style)
    if not end:
        return f"{s_txt}{sep}{PRESENT[style]}", s_truth, None
    e_txt, e_truth = one_date(end, style)
    return f"{s_txt}{sep}{e_txt}", s_truth, e_truth


def degree_line(ed: dict, style: str) -> tuple[str, str]:
    """-> (main line, second line) for an education entry."""
    deg, area, inst = ed.get("studyType", ""), ed.get("area", ""), ed["institution"]
    if style == "institution-degree":
        return f"{inst}, {deg} in {area}", ""
    if style == "degree-comma-area":
        return f"{deg}, {area}", inst
    return f"{deg} in {area}", inst


def section_order(doc: dict) -> list[str]:
    st = doc["meta"]["corpus"]
    order = ["summary", "work"]
    if st.get("split_internships"):
        order.append("internships")
    order += ["education", "skills", "publications", "projects", "awards"]
    if st["id"] % 3 == 1:  # education first for some
        order.remove("education")
        order.insert(1, "education")
    return [s for s in order if s == "summary" or s == "internships" or doc.get(s)]


def is_intern(job: dict) -> bool:
    return "Intern" in job.get("position", "")


def jobs(doc: dict, section: str) -> list[dict]:
    split = doc["meta"]["corpus"].get("split_internships")
    if section == "internships":
        return [j for j in doc["work"] if is_intern(j)]
    return [j for j in doc["work"] if not (split and is_intern(j))]


def sections(doc: dict) -> list[tuple[str, str]]:
    """[(section key, heading)] in print order."""
    heads = doc["meta"]["corpus"]["headings"]
    return [(s, heads[s]) for s in section_order(doc)]


def contact_items(doc: dict) -> list[str]:
    b = doc["basics"]
    loc = b.get("location", {})
    city = ", ".join(x for x in (loc.get("city"), loc.get("region")) if x)
    items = [b.get("email", ""), b.get("phone", ""), city]
    if b.get("url"):
        items.append(b["url"].removeprefix("https://"))
    items += [p["url"].removeprefix("https://") for p in b.get("profiles", [])]
    return [i for i in items if i]


def job_header(job: dict, st: dict) -> list[str]:
    """Header lines for a job in the person's header order (1 or 2 lines)."""
    where = job.get("location", "")
    if st["header_order"] == "role-first":
        if st["header_lines"] == 1:
            return [f"{job['position']} @ {job['name']}" + (f" | {where}" if where else "")]
        return [job["position"], f"{job['name']}" + (f", {where}" if where else "")]
    if st["header_lines"] == 1:
        return [f"{job['name']} — {job['position']}" + (f" | {where}" if where else "")]
    return [job["name"] + (f" — {where}" if where else ""), job["position"]]


def pub_line(p: dict) -> str:
    return f"{', '.join(p['authors'])}. “{p['name']}.” {p['publisher']}."


def display(doc: dict) -> dict:
    """Everything a template prints, as display strings: for templates that read data
    (Typst, HTML, the npm docx script) rather than calling these helpers."""
    st = doc["meta"]["corpus"]
    b = doc["basics"]
    name = b["name"].split(" ", 1) if st["name_lines"] == 2 else [b["name"]]
    out = {"name": name, "label": b.get("label", ""), "contact": contact_items(doc),
           "contact_place": st["contact_place"], "bullet": st["bullet_char"], "sections": []}
    for key, head in sections(doc):
        entries = []
        if key == "summary":
            entries = [{"text": b["summary"]}]
        elif key in ("work", "internships"):
            for j in jobs(doc, key):
                dates, _, _ = date_range(j.get("startDate"), j.get("endDate"), st["date_style"])
                lines = job_header(j, st)
                entries.append({"title": lines[0], "sub": " ".join(lines[1:]), "dates": dates,
                                "bullets": j.get("highlights", [])})
        elif key == "education":
            for e in doc["education"]:
                dates, _, _ = date_range(e.get("startDate"), e.get("endDate"), st["date_style"])
                main, second = degree_line(e, st["degree_style"])
                entries.append({"title": main, "sub": second, "dates": dates, "bullets": []})
        elif key == "skills":
            entries = [{"title": s["name"], "text": ", ".join(s["keywords"])} for s in doc["skills"]]
        elif key == "publications":
            entries = [{"text": pub_line(p)} for p in doc["publications"]]
        elif key == "projects":
            entries = [{"title": p["name"], "text": p["description"], "url": p.get("url", "")}
                       for p in doc["projects"]]
        elif key == "awards":
            entries = [{"title": a["title"], "sub": a["awarder"], "dates": one_date(a["date"], "mon")[0]}
                       for a in doc["awards"]]
        out["sections"].append({"key": key, "heading": head, "entries": entries})
    return out
