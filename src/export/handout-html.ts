/**
 * The handout as one HTML document (pure; the browser prints it): a title block, then
 * per slide a frame for its picture, its title and the speaker notes as real text.
 * Slides flow naturally, so two slides with short notes share a page and a long note
 * continues on the next. All text is escaped: it is article text and must show literally.
 *
 * The frame is an empty self-link (`<a href="#slide-N">`, the id of the slide's own
 * section) of the slide's aspect ratio: Chromium prints it as its border plus a Link
 * annotation whose /Rect is the frame's box on the right page, with the destination
 * `slide-N`. handout.ts draws the slides PDF's page into that rectangle afterwards, as
 * vector graphics. role="img" with an aria-label makes it a described Figure in the
 * tagged PDF.
 */

import { localeFor, type Direction, type Locale } from '../locales/index.ts'

export type Paper = 'A4' | 'Letter'

export interface HandoutHtmlSlide {
  title: string
  /** Speaker-note paragraphs. */
  notes: string[]
}

export interface HandoutHtmlOptions {
  title: string
  slides: HandoutHtmlSlide[]
  lang?: string
  /** Shown under the title, as given (e.g. '2025-01-31'). */
  date?: string
  author?: string
  subject?: string
  /** Size of one slide in CSS px; only its aspect ratio counts (default 980×552). */
  slideSize?: { width: number; height: number }
}

/**
 * Page margins in mm; the footer sits in the bottom margin. The wide sides keep lines
 * readable (~90 characters) and make a picture small enough that two slides with short
 * notes share a page.
 */
export const HANDOUT_MARGIN_MM = { top: 14, right: 24, bottom: 16, left: 24 }

/** The slide frame's border width and outer corner radius, in PDF points. */
export const FRAME_BORDER_PT = 0.75
export const FRAME_RADIUS_PT = 4.25

/** The frame of slide `n` (1-based) links to this id: its own section. */
export function slideAnchor(n: number): string {
  return `slide-${n}`
}

/** A picture at most this tall (portrait slides), leaving room for its title on the page. */
const MAX_PICTURE_MM = 170

export const DEFAULT_SLIDE_SIZE = { width: 980, height: 552 }

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
}

export function textDirection(lang: string | undefined): Direction {
  return localeFor(lang).dir
}

/** Notes up to this length are kept on one page with their slide. */
const KEEP_WHOLE_CHARS = 700
/** A first paragraph up to this length stays with the picture. */
const KEEP_FIRST_CHARS = 400

const FONT = `"Noto Sans", "Liberation Sans", "DejaVu Sans", Helvetica, Arial, sans-serif`

function css(slide: { width: number; height: number }): string {
  const ratio = slide.width / slide.height
  // content-box: the inside of the border has the slide's exact aspect ratio
  const frameWidth = `min(calc(100% - ${2 * FRAME_BORDER_PT}pt), ${(MAX_PICTURE_MM * ratio).toFixed(2)}mm)`
  return `
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; font-family: ${FONT}; font-size: 10.5pt; line-height: 1.45; color: #1a1a1a; }
header.doc { margin: 0 0 7mm; padding-bottom: 3mm; border-bottom: 1.5pt solid #1a1a1a; }
header.doc h1 { font-size: 20pt; line-height: 1.2; margin: 0 0 1.5mm; }
header.doc p { margin: 0; color: #555; font-size: 9.5pt; }
section.slide { margin: 0 0 7mm; }
.head { break-inside: avoid; page-break-inside: avoid; }
.shot { display: block; box-sizing: content-box; width: ${frameWidth}; aspect-ratio: ${slide.width} / ${slide.height}; margin: 0 auto; border: ${FRAME_BORDER_PT}pt solid #9a9a9a; border-radius: ${FRAME_RADIUS_PT}pt; break-inside: avoid; }
h2 { font-size: 12pt; line-height: 1.3; margin: 2.5mm 0 1.5mm; break-after: avoid; }
h2 .no { color: #777; font-weight: normal; margin-inline-end: 1.5mm; }
p.note { margin: 0 0 1.8mm; orphans: 3; widows: 3; overflow-wrap: anywhere; white-space: pre-wrap; }
p.none { color: #888; font-style: italic; }
`
}

function headerBlock(o: HandoutHtmlOptions): string {
  const meta = [o.author, o.subject, o.date].filter((s): s is string => Boolean(s && s.trim()))
  return `<header class="doc"><h1>${escapeHtml(o.title)}</h1>${
    meta.length ? `<p>${meta.map(escapeHtml).join(' · ')}</p>` : ''
  }</header>`
}

function slideBlock(slide: HandoutHtmlSlide, index: number, total: number, locale: Locale): string {
  const paragraphs = slide.notes.map((n) => n.trim()).filter(Boolean)
  const note = (p: string) => `<p class="note">${escapeHtml(p)}</p>`
  // Picture and title stay together with short notes (a lone line on a page of its own
  // wastes paper) or with a short first paragraph. A long paragraph flows on from under
  // the picture instead: kept with it, it would push the picture to the next page.
  const keepWhole = paragraphs.join(' ').length <= KEEP_WHOLE_CHARS
  const firstShort = (paragraphs[0]?.length ?? 0) <= KEEP_FIRST_CHARS
  const headCount = keepWhole ? paragraphs.length : firstShort ? 1 : 0
  const head = paragraphs.slice(0, headCount)
  const rest = paragraphs.slice(headCount)
  const anchor = slideAnchor(index + 1)
  const label = escapeHtml(locale.handout.slideOf(index + 1, total, slide.title))
  return [
    `<section class="slide" id="${anchor}">`,
    `<div class="head">`,
    `<a class="shot" href="#${anchor}" role="img" aria-label="${label}"></a>`,
    `<h2><span class="no">${index + 1}</span>${escapeHtml(slide.title)}</h2>`,
    ...head.map(note),
    `</div>`,
    ...rest.map(note),
    `</section>`,
  ].join('\n')
}

export function handoutHtml(o: HandoutHtmlOptions): string {
  const lang = o.lang ? ` lang="${escapeHtml(o.lang)}"` : ''
  const locale = localeFor(o.lang)
  const dir = locale.dir === 'rtl' ? ' dir="rtl"' : ''
  const size = o.slideSize && o.slideSize.width > 0 && o.slideSize.height > 0 ? o.slideSize : DEFAULT_SLIDE_SIZE
  return `<!DOCTYPE html>
<html${lang}${dir}>
<head>
<meta charset="utf-8">
<title>${escapeHtml(o.title)}</title>
<style>${css(size)}</style>
</head>
<body>
${headerBlock(o)}
${o.slides.map((s, i) => slideBlock(s, i, o.slides.length, locale)).join('\n')}
</body>
</html>`
}

/** Footer for page.pdf: deck title left, "Page N of M" right (Chromium fills the spans). */
export function footerTemplate(title: string, lang?: string): string {
  const short = title.length > 90 ? `${title.slice(0, 89)}…` : title
  return `<div style="font-family: ${escapeHtml(FONT)}; font-size: 8pt; color: #666; width: 100%; margin: 0 ${HANDOUT_MARGIN_MM.left}mm; display: flex; justify-content: space-between; gap: 8mm;">
<span style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis;">${escapeHtml(short)}</span>
<span style="white-space: nowrap;">${pageOf(localeFor(lang))}</span>
</div>`
}

/** The locale's "Page N of M", escaped, with the spans Chromium fills in. */
function pageOf(locale: Locale): string {
  const [page, total] = ['\u0000p\u0000', '\u0000t\u0000']
  return escapeHtml(locale.handout.pageOf(page, total))
    .replace(page, '<span class="pageNumber"></span>')
    .replace(total, '<span class="totalPages"></span>')
}
