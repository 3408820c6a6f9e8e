#!/usr/bin/env bash
# Install the third-party producers that scripts/corpus/build.py drives (Debian, as root).
# Tests and the product never need them: the generated corpus is committed.
#   scripts/corpus/install_producers.sh [PREFIX]     (default /opt/corpus-producers)
set -euo pipefail
prefix="${1:-${CORPUS_PRODUCERS:-/opt/corpus-producers}}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq || true
apt-get install -y -qq --no-install-recommends \
  texlive-latex-base texlive-latex-recommended texlive-latex-extra texlive-xetex \
  texlive-fonts-recommended texlive-fonts-extra texlive-plain-generic tex-gyre fonts-texgyre lmodern \
  fonts-dejavu fonts-liberation \
  chromium pandoc wkhtmltopdf poppler-utils libreoffice-writer nodejs npm python3-venv
mkdir -p "$prefix/npm"
python3 -m venv "$prefix/venv"
"$prefix/venv/bin/pip" install -q "typst==0.15.*" "rendercv[full]==2.3" "weasyprint==70.*" \
  "python-docx==1.2.*" "pdfminer.six>=20231228" click
cd "$prefix/npm"
[[ -f package.json ]] || npm init -y >/dev/null
npm install --no-audit --no-fund \
  jsonresume-theme-kendall@0.2.0 jsonresume-theme-paper@0.5.0 jsonresume-theme-onepage@0.0.3 \
  jsonresume-theme-short@0.1.7 jsonresume-theme-class@0.1.2 jsonresume-theme-spartan@0.3.0 \
  jsonresume-theme-actual@0.2.2 jsonresume-theme-modern@0.0.18 docx@9
echo "producers installed under $prefix; build with: $prefix/venv/bin/python scripts/corpus/build.py"
