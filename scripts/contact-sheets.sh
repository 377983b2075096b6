#!/usr/bin/env bash
# Contact sheets for the blind review (docs/review.md): builds the chosen corpus decks to PDF
# and makes one PNG sheet per deck (every slide in order, two to a row), next to a copy of
# the article, in review/ (git-ignored).
#
#   npm run review:sheets                         the review set below
#   npm run review:sheets -- CASE [CASE ...]      other corpus cases (folder names in corpus/)
#
# Needs a Chromium (CHROME_PATH, default /usr/bin/chromium), pdftoppm (poppler-utils) and
# montage (imagemagick). Builds run one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."

# The review set: six decks of different shapes (fixed, so the review can be rerun).
REVIEW_SET=(
  news-wapo-tunisia               # saved news page, no headings
  txt-techreview-crispr           # plain-text news, no headings
  md-rust-i128-layout             # blog post with code blocks and tables
  release-meta-q1-2024-md         # results press release with ragged tables
  essay-aclu-facebook-tracking    # opinion essay, saved page
  fr-lemonde-renseignement        # French explainer with headings
)
cases=("$@")
[ ${#cases[@]} -eq 0 ] && cases=("${REVIEW_SET[@]}")

out=${REVIEW_DIR:-review}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
mkdir -p "$out"
build=$(mktemp -d); trap 'rm -rf "$build"' EXIT

n=0
for case in "${cases[@]}"; do
  n=$((n + 1))
  article=$(ls corpus/"$case"/article.* 2>/dev/null | head -1)
  [ -n "$article" ] || { echo "no article in corpus/$case" >&2; exit 2; }
  deck="$out/$(printf '%02d' "$n")-$case"
  rm -rf "$deck"; mkdir -p "$deck"
  cp "$article" "$deck/"
  node bin/deckwright.js build "$article" --out "$build/$case" --format pdf --quiet
  pdf=$(ls "$build/$case"/*.pdf | grep -v -- '-handout\.pdf$' | head -1)
  pages="$build/$case/pages"; mkdir -p "$pages"
  pdftoppm -r 60 -png "$pdf" "$pages/p"
  montage "$pages"/p-*.png -tile 2x -geometry +6+6 -background '#888' "$deck/sheet.png"
  echo "$deck/sheet.png: $(ls "$pages"/p-*.png | wc -l) slides"
done
