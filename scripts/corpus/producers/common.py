"""What every producer shares: the layout record, tool paths, subprocess and HTML printing."""

from __future__ import annotations

import copy
import os
import shutil
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(os.environ.get("CORPUS_PRODUCERS", "/opt/corpus-producers"))
NODE_DIR = ROOT / "npm"
VENV_BIN = ROOT / "venv" / "bin"


@dataclass(frozen=True)
class Layout:
    """One distinct layout: ``render(person, out_path, workdir)`` writes the document."""

    renderer: str
    theme: str
    fmt: str
    pipeline: str
    render: Callable[[dict, Path, Path], None]
    people: int = 12  # how many people this layout prints


def run(cmd: list[str], cwd: Path | None = None, timeout: float = 180, env: dict | None = None) -> str:
    full_env = dict(os.environ, **(env or {}))
    r = subprocess.run([str(c) for c in cmd], cwd=cwd, capture_output=True, timeout=timeout, env=full_env, input=b"")
    if r.returncode != 0:
        raise RuntimeError(f"{Path(str(cmd[0])).name} exit {r.returncode}: "
                           f"{(r.stderr or r.stdout).decode('utf-8', 'replace')[-600:]}")
    return r.stdout.decode("utf-8", "replace")


def chromium_pdf(html: Path, out: Path) -> None:
    """Print an HTML file to PDF with headless Chromium (fresh profile, no network)."""
    with tempfile.TemporaryDirectory(prefix="corpus-chrome-") as prof:
        run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={prof}", "--no-pdf-header-footer", "--run-all-compositor-stages-before-draw",
             "--virtual-time-budget=5000", f"--print-to-pdf={out}", html.resolve().as_uri()], timeout=120)
    if not out.exists():
        raise RuntimeError("chromium wrote no PDF")


def weasyprint_pdf(html: Path, out: Path) -> None:
    run([VENV_BIN / "weasyprint", "--quiet", html, out], timeout=180)


def wkhtmltopdf_pdf(html: Path, out: Path) -> None:
    """wkhtmltopdf exits 1 when a remote resource fails to load (no network): the PDF is fine."""
    try:
        run(["wkhtmltopdf", "--quiet", "--disable-javascript", "--enable-local-file-access",
             "--load-error-handling", "ignore", "--load-media-error-handling", "ignore", html, out],
            timeout=180, env={"QT_QPA_PLATFORM": "offscreen"})
    except RuntimeError as e:
        if "exit 1:" not in str(e) or not out.exists() or out.stat().st_size < 1000:
            raise


def soffice_convert(src: Path, target: str, outdir: Path, filt: str | None = None) -> Path:
    """LibreOffice headless conversion (own profile dir) -> the converted file."""
    prof = outdir / "lo-profile"
    conv = f"{target}:{filt}" if filt else target
    run(["soffice", f"-env:UserInstallation={prof.resolve().as_uri()}", "--headless", "--norestore",
         "--convert-to", conv, "--outdir", outdir, src], timeout=240)
    got = outdir / (src.stem + "." + target.split(":")[0])
    if not got.exists():
        raise RuntimeError(f"soffice wrote no {target}")
    return got


def theme_input(person: dict) -> dict:
    """The person with the older JSON Resume field names too, which older themes read."""
    p = copy.deepcopy(person)
    p.pop("meta", None)
    b = p["basics"]
    if b.get("url"):
        b["website"] = b["url"]
    for w in p.get("work", []):
        w["company"] = w["name"]
        if w.get("url"):
            w["website"] = w["url"]
    for pub in p.get("publications", []):
        if pub.get("url"):
            pub["website"] = pub["url"]
    for pr in p.get("projects", []):
        pr.setdefault("highlights", [])
    return p


def tool_version(cmd: list[str]) -> str:
    exe = shutil.which(str(cmd[0])) or str(cmd[0])
    try:
        out = subprocess.run([exe, *cmd[1:]], capture_output=True, text=True, timeout=60).stdout
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return (out.strip().splitlines() or ["?"])[0]
