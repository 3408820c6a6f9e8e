"""Render the first page of the sample resume in each export template to docs/screenshots/.

Uses the product's own PDF export and poppler's pdftoppm (Debian: poppler-utils).
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    from mlresume_gui.formats import native
    from mlresume_gui.formats.writing import pdf as pdf_export
    from mlresume_gui.formats.writing.templates import template_names

    if shutil.which("pdftoppm") is None:
        print("pdftoppm is missing: install poppler-utils", file=sys.stderr)
        return 1
    resume = native.load(ROOT / "resources" / "sample" / "sample.mlresume")
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name in template_names():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(pdf_export.dump(resume, template=name))
            stem = OUT / f"template-{name}"
            subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile",
                            str(pdf), str(stem)], check=True)
            print(f"wrote {stem.with_suffix('.png').relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
