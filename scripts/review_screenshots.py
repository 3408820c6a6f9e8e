"""Screenshots of the import review on a PDF the reader misreads, before and after the corrections
a user makes in it (each made through the review's own edits, as its menus and drags do).

Run under a display: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python
scripts/review_screenshots.py FILE.pdf`` (a two-column resume shows the most). Writes
docs/screenshots/review-before.png and docs/screenshots/review-after.png. The corrections look
lines up by their text: lines a given file lacks are skipped, and the script says which.
"""

from __future__ import annotations

import sys

from screenshots import OUT, ROOT, settle, use_shipped_font  # noqa: F401 (sets up the environment)

from mlresume_gui.gui.app import make_app

# (text the line starts with, where it goes; "join": the line continues the one above)
CORRECTIONS = [
    ("Meridian Media Group", "experience[+].company"),
    ("Work", "experience[0].title"),
    ("Apr 2019", "experience[0].dates"),
    ("New York, NY", "experience[0].location"),
    ("Technical lead", "experience[0].bullets[+]"),
    ("candidate generation", "join"),
    ("Drove migration", "experience[0].bullets[+]"),
    ("experiment turnaround", "join"),
    ("Launched a multi-task", "experience[0].bullets[+]"),
    ("($210M", "join"),
    ("+1 212", "basics.phone"),
]


def reading_of(path: str):
    from mlresume_gui.formats.reading.source_lines import review_reading, review_source
    from mlresume_gui.formats.registry import read_document
    from mlresume_gui.gui.import_review import Reading

    resume = read_document(path)
    lines, pages, reader = review_source(path)
    return Reading(review_reading(resume, lines, reader), pages)


def line_of(dialog, start: str) -> int:
    from mlresume_gui.formats.reading.placement_match import normalise

    return next((i for i, p in enumerate(dialog.reading.placements)
                 if normalise(p.text).startswith(normalise(start))), -1)


def main(path: str) -> None:
    from mlresume_gui.formats.reading import review_edits
    from mlresume_gui.gui.import_review_dialog import ImportReviewDialog

    app = make_app()
    use_shipped_font(app)
    reading = reading_of(path)
    dialog = ImportReviewDialog(reading.result, reading.pages, path)
    dialog.resize(1500, 940)
    dialog.show()
    dialog.activateWindow()
    settle(app, 500)
    dialog.source.fit_width()
    first = line_of(dialog, CORRECTIONS[0][0])
    if first >= 0:
        dialog.select_line(first)
    settle(app)
    OUT.mkdir(parents=True, exist_ok=True)
    dialog.grab().save(str(OUT / "review-before.png"))
    for start, target in CORRECTIONS:
        i = line_of(dialog, start)
        if i < 0:
            print(f"skipped: no line starting “{start}”")
            continue
        if target == "join":
            dialog.select_line(i)
            dialog.do_join()
        else:
            dialog.edit(lambda r, i=i, t=target: review_edits.move_line(r, i, t), i)
    dialog.select_line(line_of(dialog, "Work"))
    settle(app)
    dialog.grab().save(str(OUT / "review-after.png"))
    print(f"wrote {OUT / 'review-before.png'} and {OUT / 'review-after.png'}"
          f" ({len(dialog.history)} corrections)")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: review_screenshots.py FILE.pdf")
    main(sys.argv[1])
