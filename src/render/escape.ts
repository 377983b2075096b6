/**
 * Escaping of article text for each place it lands in a Slidev deck. Slidev compiles slide
 * markdown (markdown-it, html enabled) into a Vue template, and renders speaker notes with
 * markdown-it into v-html. So article text must be neutral as markdown, as HTML, and as a
 * Vue template, and shown literally in every case.
 */
import { spansInTurn } from '../analyze/whole-at.ts'
import { INLINE_CODE_TAG } from '../deck-fonts.ts'
import type { Span } from '../types.ts'

/** ASCII characters that markdown-it (or Slidev's extensions) may read as syntax inline. */
const MD_PUNCT = /[\\`*_[\]$|~^#=<>&]/g

/**
 * A dollar sign is written as an entity wherever article text lands: Slidev turns KaTeX on for
 * a whole deck when any line of its source holds two of them (MATH_FEATURE in
 * src/export/slidev-contract.ts), then loads the math renderer for slides and notes and ships
 * KaTeX's stylesheet and fonts. Prices are not formulas.
 */
export const DOLLAR_ENTITY = '&#36;'

const HTML_ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', $: DOLLAR_ENTITY }

/** C0 and C1 control characters other than whitespace: nothing to show (NUL reads as U+FFFD). */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g

/** Whitespace that may break a line: all of it but the no-break spaces. */
const BREAKING_SPACE = /[^\S\u00a0\u202f]+/g

/**
 * Drops control characters and collapses whitespace that may break a line (newlines included)
 * into single spaces; a no-break space stays, and guillemets hold to the words they enclose
 * ("« boîtes noires »" never breaks after "«"), as French typesetting has them, and so do the
 * colon, semicolon, question and exclamation marks set after a space ("Infox et Covid-19 :
 * comment …" never opens a line on its colon); so does the
 * hyphen that opens a command-line flag (a word joiner after it: "-Zembed-metadata=no" never
 * breaks into "-" and "Zembed-metadata=no").
 */
export function oneLine(text: string): string {
  return text
    .replace(CONTROL, '')
    .replace(BREAKING_SPACE, ' ')
    .replace(/([«‹]) /g, '$1\u00a0')
    .replace(/ ([»›])/g, '\u00a0$1')
    .replace(/(?<=\S) ([:;!?])(?=\s|$)/gu, '\u00a0$1')
    .replace(/(^|\s)(--?)(?=[\p{L}\p{N}])/gu, '$1$2\u2060')
    .trim()
}

function escapeMarkdownChars(text: string): string {
  return text.replace(MD_PUNCT, (c) => (c === '<' || c === '>' || c === '&' || c === '$' ? HTML_ENTITY[c]! : `\\${c}`))
}

/** Neutralises block syntax at the start of a line: "1. ", "- ", "> ", "# ", "+ ", "---". */
function escapeLineStart(text: string): string {
  return text.replace(/^(\d{1,9})([.)])/, '$1\\$2').replace(/^([-+*:])/, '\\$1')
}

/**
 * Text for a markdown inline context (a heading, a list item, a paragraph). Text containing a
 * Vue interpolation opener is wrapped in `<span v-pre>` so Vue leaves it alone.
 */
export function mdInline(text: string): string {
  return withoutVue(noAutoLink(escapeLineStart(escapeMarkdownChars(oneLine(text)))))
}

/**
 * `mdInline` with the spans `code` of the text (a bullet's inline code, `Bullet.code`) set in
 * `<code>`: the line is made as `mdInline` makes it, and each code's words, found in it in turn,
 * are escaped as the rest is (markdown-it reads on inside an inline tag, and Vue would
 * interpolate it), so a "$" or "{{" in code shows as written, and the slide reads the same text.
 */
export function mdInlineCode(text: string, code: readonly Span[] = []): string {
  const line = oneLine(text)
  const marks = spansInTurn(line, code.map((c) => oneLine(text.slice(c.start, c.end))), (t, v, from) => t.indexOf(v, from))
  if (marks.length === 0) return mdInline(text)
  const piece = (s: string) => noAutoLink(escapeMarkdownChars(s))
  let out = ''
  let at = 0
  for (const m of marks) {
    out += `${piece(line.slice(at, m.start))}${INLINE_CODE_TAG}${piece(line.slice(m.start, m.end))}</code>`
    at = m.end
  }
  return withoutVue(escapeLineStart(`${out}${piece(line.slice(at))}`))
}

/** Escaped text, left alone by Vue when it holds an interpolation's opener. */
function withoutVue(escaped: string): string {
  return escaped.includes('{{') ? `<span v-pre>${escaped}</span>` : escaped
}

/**
 * Slidev's slide markdown has linkify on, and markdown-it links "scheme://…" from the raw
 * source, escapes and all ("a\\=1&amp;b" would show as written); a "://" written with an
 * entity is not a link, and reads the same.
 */
function noAutoLink(text: string): string {
  return text.replace(/:(?=\/\/)/g, '&#58;')
}

/** Text for speaker notes (markdown rendered into v-html, never interpolated). */
export function mdNote(text: string): string {
  return escapeLineStart(escapeMarkdownChars(oneLine(text)))
}

/** A static HTML attribute value (double-quoted); Vue does not interpolate attributes. */
export function htmlAttr(text: string): string {
  return oneLine(text).replace(/[&<>"'$]/g, (c) => HTML_ENTITY[c]!)
}

/** A JSON value inside a single-quoted bound attribute (`:items='…'`). */
export function jsonAttr(value: unknown): string {
  return JSON.stringify(value).replace(/[&<>'"$]/g, (c) => (c === '"' ? '"' : HTML_ENTITY[c]!))
}

/** An http(s) URL safe for a markdown link target, or undefined. */
export function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined
  try {
    const u = new URL(url)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined
    // percent-encode by hand: encodeURIComponent leaves "(" and ")" as they are, and an
    // unbalanced ")" would end the markdown link target early
    // (and "$" as an entity, which markdown-it decodes in a link target: "%24" would be another address)
    return u.href.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`).replaceAll('$', DOLLAR_ENTITY)
  } catch {
    return undefined
  }
}
