/**
 * Plain text: paragraphs are lines, or blank-line-separated blocks when the text has
 * blank lines (hard-wrapped lines inside a block are joined). A short first line
 * without final punctuation can be the title; short un-punctuated lines between
 * paragraphs may be headings.
 */
import { DeckwrightError } from '../errors.ts'
import type { Article, ArticleMeta } from '../types.ts'
import { finishArticle } from './article.ts'
import { collapseWhitespace, isAllCaps, normalizeNewlines, type RawBlock } from './blocks.ts'
import { bylineName, DATE_ALONE, isBoilerplateLine, speechSpeaker } from './boilerplate.ts'
import { alignedTable } from './aligned-table.ts'
import { isPipeRow, pipeTable } from './pipe-table.ts'
import { tableBlocks, type SourceTable } from './table-normalize.ts'

const BULLET = /^\s*(?:[-*•–]|\d{1,3}[.)])\s+(?=\S)/
/** Ends like a sentence or clause: punctuation, possibly followed by closing quotes/brackets. */
const FINAL_PUNCT = /[.!?,;:…。！？，；：、]["'”’»)\]」』]*$/
const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/

interface Chunk {
  text: string
  list?: boolean
  /** Lines of pipe-separated cells. */
  table?: SourceTable
}

function wordCount(s: string): number {
  return CJK.test(s) ? Math.ceil(s.replace(/\s+/g, '').length / 3) : s.split(/\s+/).filter(Boolean).length
}

function isShortUnpunctuated(line: string, maxWords: number): boolean {
  if (line.trim().includes('\n')) return false
  const s = collapseWhitespace(line)
  return s.length > 0 && s.length <= 100 && !FINAL_PUNCT.test(s) && wordCount(s) <= maxWords
}

/** Words of a label line at most, glued on top of its paragraph. */
const LABEL_WORDS = 5
/** Characters of a paragraph's lines at least, on average, under a glued label: lines of prose, not of a list or an address. */
const PROSE_LINE_CHARS = 60

/**
 * A short line opening on a capital, without a final stop, on top of lines of prose, the last
 * ending on one: a heading the text set on the line above its paragraph without a blank line
 * ("About my6sense\nmy6sense offers an open programmatic …").
 */
function gluedLabel(lines: readonly string[]): boolean {
  const rest = lines.slice(1)
  const mean = rest.reduce((n, l) => n + l.trim().length, 0) / rest.length
  return /^\p{Lu}/u.test(lines[0]!.trim()) && isShortUnpunctuated(lines[0]!, LABEL_WORDS) && !/[,:;–—-]$/u.test(lines[0]!.trim()) && mean >= PROSE_LINE_CHARS && FINAL_PUNCT.test(rest.at(-1)!.trim())
}

/**
 * A list: every line a bullet, or bullets whose long items wrap onto indented lines (a PDF
 * saved as text: "•  Revenue – … respectively,\n      both of which increased …"). Each item
 * is its lines joined, without its bullet; undefined when the lines are no list.
 */
function listItems(lines: readonly string[]): string[] | undefined {
  if (lines.length < 2 || !BULLET.test(lines[0]!)) return undefined
  const items: string[] = []
  for (const l of lines) {
    if (BULLET.test(l)) items.push(l.replace(BULLET, '').trim())
    else if (/^\s/.test(l)) items[items.length - 1] += `\n${l.trim()}` // a wrapped line, joined as any other (collapseWhitespace)
    else return undefined
  }
  return items.length >= 2 ? items : undefined
}

/** Words of a line at most for it to be an item of a list its paragraph before introduces. */
const LINE_ITEM_WORDS = 15
/** A link's label left at a line's end: " (More)", " (Read more)". */
const MORE_LINK = /\s*\((?:read\s+)?more\)\s*$/iu

/**
 * Lines without bullets that a paragraph ending on a colon introduces, each short and opening on
 * a capital or a digit ("This post will discuss the following:" over "Why Evidence Action Beta
 * is promising. (More)", "Risks we see with this Incubation Grant. (More)"): the list's items,
 * less the link's label a page left at their ends; undefined when the lines are no such list.
 */
function introducedLines(lines: readonly string[], before: string | undefined): string[] | undefined {
  if (lines.length < 2 || !before || !/[:：]\s*$/u.test(before.trim())) return undefined
  // (not lines set in from the margin: code or a message, "    HTTP/1.1 302 Found")
  if (!lines.every((l) => /^[\p{Lu}\p{N}]/u.test(l) && wordCount(l) <= LINE_ITEM_WORDS)) return undefined
  return lines.map((l) => l.replace(MORE_LINK, '').trim())
}

/**
 * A page's number left by a PDF's text layer: a line of one to three digits set far in from the
 * margin ("                  1"), above or below the text of the page.
 */
const PAGE_NUMBER = /^[ \t]{10,}\d{1,3}[ \t]*$/

function withoutPageNumbers(lines: readonly string[]): string[] {
  return lines.filter((l) => !PAGE_NUMBER.test(l))
}

/** Splits blank-line-separated text into chunks, recognising lists and one-paragraph-per-line blocks. */
function chunksFromBlocks(text: string): Chunk[] {
  const out: Chunk[] = []
  const parts = text.split(/\n[ \t]*\n/).map((p) => p.replace(/^\s*\n|\s+$/g, '')).filter((p) => p.trim().length > 0)
  parts.forEach((part, index) => {
    const lines = withoutPageNumbers(part.split('\n').filter((l) => l.trim().length > 0))
    if (lines.length === 0) return
    part = lines.join('\n')
    const table = pipeTable(part) ?? alignedTable(part)
    if (table) {
      out.push({ text: part, table })
      return
    }
    const items = listItems(lines) ?? introducedLines(lines, parts[index - 1])
    if (items) {
      for (const item of items) out.push({ text: item, list: true })
      return
    }
    const avg = lines.reduce((n, l) => n + l.length, 0) / lines.length
    const onePerLine = lines.length >= 2 && avg >= 100 && lines.every((l) => FINAL_PUNCT.test(l.trim()))
    // A heading line glued on top of its paragraph ("INTRODUCTION\nText …"); title + byline at the very top.
    // (or a short label in capitals and small letters over a paragraph of long lines: "About my6sense\nmy6sense offers …")
    const headed = lines.length >= 2 && ((isAllCaps(lines[0]!) && isShortUnpunctuated(lines[0]!, 10)) || gluedLabel(lines))
    // "Title\nBy Jane Doe" or "Title\nMay 30, 2025" at the very top (a page copied from a browser): split so the title, byline and date are seen.
    const topLines = index === 0 && lines.length >= 2 && lines.length <= 3 && isShortUnpunctuated(lines[0]!, 16) && (bylineName(lines[1]!) !== undefined || DATE_ALONE.test(lines[1]!.trim()))
    if (onePerLine || topLines) for (const l of lines) out.push({ text: l })
    else if (headed) out.push({ text: lines[0]! }, { text: lines.slice(1).join('\n') })
    else out.push({ text: part })
  })
  return out
}

function chunksFromLines(text: string): Chunk[] {
  const lines = unwrapped(text.split('\n').filter((l) => l.trim().length > 0))
  const out: Chunk[] = []
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!
    // a run of pipe rows is one table
    let j = i
    while (j < lines.length && isPipeRow(lines[j]!)) j++
    const table = j - i >= 2 ? pipeTable(lines.slice(i, j).join('\n')) : undefined
    if (table) {
      out.push({ text: lines.slice(i, j).join('\n'), table })
      i = j - 1
      continue
    }
    const bullet = BULLET.test(l) && (BULLET.test(lines[i - 1] ?? '') || BULLET.test(lines[i + 1] ?? ''))
    out.push(bullet ? { text: l.replace(BULLET, ''), list: true } : { text: l })
  }
  return out
}

/** Lines a text has at least before its wrapping is judged. */
const WRAP_MIN_LINES = 8
/** Share of its lines a hard-wrapped text breaks inside a sentence, going on in lower case on the next line. */
const WRAP_SHARE = 0.3
/** A line this share of the wrap width or longer was broken by the wrapping; a shorter one ends its paragraph. */
const WRAP_FULL = 0.8

/**
 * Lines of a text hard-wrapped without blank lines between its paragraphs (a mail, an old plain-text
 * page), joined into its paragraphs: a line that fills the width goes on on the next, a shorter one
 * ends its paragraph. Other texts' lines as they are (a line is a paragraph).
 */
function unwrapped(lines: readonly string[]): string[] {
  if (lines.length < WRAP_MIN_LINES) return [...lines]
  const breaks = lines.slice(0, -1).filter((l, i) => !FINAL_PUNCT.test(l.trim()) && /^\s*\p{Ll}/u.test(lines[i + 1]!)).length
  const width = [...lines].map((l) => l.trimEnd().length).sort((a, b) => a - b)[Math.floor(lines.length * 0.9)]!
  if (breaks < lines.length * WRAP_SHARE || width > 100) return [...lines]
  const out: string[] = []
  let open = false
  for (const l of lines) {
    const joinable = open && !BULLET.test(l) && !isPipeRow(l)
    if (joinable) out[out.length - 1] += ` ${l.trim()}`
    else out.push(l)
    open = l.trimEnd().length >= width * WRAP_FULL && !BULLET.test(l) && !isPipeRow(l)
  }
  return out
}

function titleOnly(origin: string, title: string): DeckwrightError {
  const shown = title.length > 60 ? `${title.slice(0, 57)}…` : title
  return new DeckwrightError('INPUT_NO_ARTICLE', `${origin}: holds only a title or headings ("${shown}"), no article text`, {
    hint: 'Pass the whole article: its paragraphs of prose, not just its title.',
  })
}

/** Chunks of plain text (see `chunksFromBlocks`/`chunksFromLines`). */
function chunksOf(text: string): Chunk[] {
  return /\n[ \t]*\n/.test(text.trim()) ? chunksFromBlocks(text) : chunksFromLines(text)
}

/** Plain text → raw blocks (headings, paragraphs, list items, tables), without a title. */
export function plainTextBlocks(text: string): RawBlock[] {
  return blocksFromChunks(chunksOf(normalizeNewlines(text)), false).blocks
}

/** Credit and byline lines ("Written by A. Edited by B.", "Photo: …"): never a heading or the title. */
const CREDIT = /\b(?:written|edited|reported|reporting|photographs?|photos?|illustrations?|produced|compiled|translated|words|story|text|video|graphics?) by\b|^(?:by|credits?|photo|photograph|image|illustration|source|editor|author)s?\b\s*:?/i

/** A numbered section heading: "1. Introduction", "12.1 WebFinger", "2.3.1. Limits". */
const NUMBERED_HEADING = /^(\d{1,2})((?:\.\d{1,2}){0,3})\.?\s+\p{Lu}/u

/** The heading depth of a chunk (short, capitalised, above longer text), or undefined for body text. */
function headingDepth(chunk: Chunk, prev: RawBlock | undefined, next: Chunk | undefined): number | undefined {
  if (next === undefined) return undefined
  const line = collapseWhitespace(chunk.text)
  // (a subhead may be a quotation: "“郑重道歉”")
  if (!/^["“«„「『]?[\p{Lu}\p{N}\p{Lo}]/u.test(line) || bylineName(line) !== undefined || CREDIT.test(line) || isBoilerplateLine(line)) return undefined
  const nextLen = collapseWhitespace(next.text).length
  const numbered = NUMBERED_HEADING.exec(line)
  if (numbered && isShortUnpunctuated(chunk.text, 12) && nextLen >= 40) return Math.min(6, 2 + (numbered[2] ?? '').split('.').length - 1)
  // (after a table, or a finished paragraph or list item: a wrapped line of an unfinished one is no heading)
  if (prev !== undefined && prev.kind !== 'table' && !((prev.kind === 'paragraph' || prev.kind === 'list-item') && FINAL_PUNCT.test(collapseWhitespace(prev.text)))) return undefined
  // (over a list, only a line in title case: "First Quarter 2024 Operational and Other Financial Highlights"; a short sentence may introduce its items)
  if (next.list) return inTitleCase(line) && isShortUnpunctuated(chunk.text, 10) ? 2 : undefined
  // (a subhead in capitals may ask: "COULD PLANE HAVE STALLED?"; so may one set in from the margin, as a plain text's
  // chapters are: "\t\tChapter 6: Why me?", over a paragraph of any length)
  // (a label, "Chapter 4: Placing blame", or a line in title case: not a line of a poem or a quotation set in, "And so it went on for years")
  const label = /:\s/u.test(line) || inTitleCase(line) || /^(?:chapter|part|section|appendix)\s/iu.test(line)
  const indented = /^(?:\t+|[ ]{4,})\S/u.test(chunk.text) && label && isShortUnpunctuated(chunk.text.trim().replace(/\?\s*$/, ''), 10) && nextLen > line.length
  const heading = indented || (isAllCaps(line) && isShortUnpunctuated(chunk.text.replace(/\?\s*$/, ''), 10)) ||
    (isShortUnpunctuated(chunk.text, 10) && nextLen >= Math.max(longText(next.text), 2 * line.length))
  return heading ? 2 : undefined
}

/** Two words or more, every word of four letters or more capitalised. */
function inTitleCase(line: string): boolean {
  const words = line.split(/\s+/)
  return words.length >= 2 && words.filter((w) => /^\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w))
}

/** How many characters make a paragraph long enough to be under a heading: fewer in Chinese or Japanese, whose characters are words or parts of one. */
function longText(text: string): number {
  const han = text.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0
  return han * 2 > text.length ? 40 : 80
}

/** Chunks → raw blocks; a short first line above longer text is the title when `withTitle`. */
function blocksFromChunks(input: readonly Chunk[], withTitle = true): { blocks: RawBlock[]; title?: string } {
  const chunks = [...input]
  let title: string | undefined
  // Title: a short first line without final punctuation, followed by longer body text.
  const first = chunks[0]
  const second = chunks[1]
  if (
    withTitle &&
    first && second && !first.list &&
    isShortUnpunctuated(first.text, 16) &&
    bylineName(first.text) === undefined && !CREDIT.test(first.text) &&
    !isBoilerplateLine(first.text) &&
    chunks.some((c, i) => i > 0 && collapseWhitespace(c.text).length > collapseWhitespace(first.text).length)
  ) {
    title = collapseWhitespace(first.text)
    chunks.shift()
  }

  const blocks: RawBlock[] = []
  chunks.forEach((chunk, i) => {
    if (chunk.table) {
      blocks.push(...tableBlocks(chunk.table))
      return
    }
    if (chunk.list) {
      blocks.push({ kind: 'list-item', text: chunk.text })
      return
    }
    const depth = headingDepth(chunk, blocks[blocks.length - 1], chunks[i + 1])
    blocks.push(depth !== undefined ? { kind: 'heading', depth, text: chunk.text } : { kind: 'paragraph', text: chunk.text })
  })
  return title === undefined ? { blocks } : { blocks, title }
}

/**
 * A single word alone on the first line above the article ("Features", "Opinion") is the
 * section label of the publication, not the title nor a heading: removed (and returned).
 */
function dropKicker(chunks: Chunk[]): string[] {
  const first = chunks[0]
  if (!first || first.list || first.table || chunks.length < 2 || CJK.test(first.text)) return []
  const line = collapseWhitespace(first.text)
  if (!/^\p{L}[\p{L}-]*$/u.test(line) || line.length > 30) return []
  chunks.shift()
  return [line]
}

/** A speech's or a statement's header line: "Remarks by the President in Eulogy in Honor of Beau Biden", "Statement by H.E. Ms. …". */
const SPEECH_TITLE = /^(?:(?:prepared|as prepared)\s+)?(?:remarks|address|speech|statement|testimony|eulogy|keynote|lecture)\b[^.!?]{0,160}?\s(?:by|of)\s+\S/iu
/** Chunks before the body a speech's header may be found in, and words of the chunk that starts the body. */
const HEADER_REACH = 8
const BODY_WORDS = 30
/** Words of a line under a speech's header at most: "16th Plenary Meeting, 28 September 2024.", "General Debate", "Mr. President,". */
const HEADER_LINE_WORDS = 8

/**
 * A speech's header under the lines of its release (its address, the office that issued it,
 * "For Immediate Release" and the day): the title, and the speaker it names the byline
 * (boilerplate.ts `speechSpeaker`). The header and the lines above it go.
 */
function speechHeader(chunks: Chunk[], removed: string[]): ArticleMeta | undefined {
  const body = chunks.findIndex((c) => wordCount(c.text) >= BODY_WORDS)
  const at = chunks.slice(0, Math.min(HEADER_REACH, body < 0 ? chunks.length : body)).findIndex((c) => !c.list && !c.table && SPEECH_TITLE.test(collapseWhitespace(c.text.split('\n')[0]!)))
  if (at < 0) return undefined
  // (with the short lines under it before the speech: where and when it was given, the hearers addressed)
  let end = at + 1
  while (end < chunks.length && end - at <= HEADER_REACH && !chunks[end]!.list && !chunks[end]!.table && wordCount(chunks[end]!.text) <= HEADER_LINE_WORDS) end++
  const header = chunks.splice(0, end)
  removed.push(...header.map((c) => collapseWhitespace(c.text)))
  const title = collapseWhitespace(header[at]!.text.split('\n')[0]!)
  const speaker = speechSpeaker(title)
  return { title, ...(speaker ? { byline: speaker } : {}) }
}

/** Words of a header line of a release at most: "Transmission of material in this news release is embargoed until …". */
const RELEASE_HEADER_WORDS = 40

/**
 * A release's title set in capitals under its header lines (the embargo, the offices to call:
 * "Media contact: (202) 691-5902 * PressOffice@bls.gov"), above the story: "THE EMPLOYMENT
 * SITUATION - AUGUST 2026". The header lines above it go. Only where the first line is no title.
 */
function releaseTitle(chunks: Chunk[], removed: string[]): ArticleMeta | undefined {
  const body = chunks.findIndex((c) => wordCount(c.text) >= BODY_WORDS)
  const reach = Math.min(HEADER_REACH, body < 0 ? 0 : body)
  const at = chunks.slice(0, reach).findIndex((c) => !c.list && !c.table && isShortUnpunctuated(c.text, 16) && inCapitals(c.text))
  if (at < 1 || !chunks.slice(0, at).every((c) => !c.table && wordCount(c.text) <= RELEASE_HEADER_WORDS && /[\d@:]/u.test(c.text))) return undefined
  const header = chunks.splice(0, at + 1)
  removed.push(...header.slice(0, -1).map((c) => collapseWhitespace(c.text)))
  return { title: collapseWhitespace(header[at]!.text) }
}

/** A line of three words or more, all its letters capitals. */
function inCapitals(line: string): boolean {
  const words = collapseWhitespace(line).split(' ').filter((w) => /\p{L}/u.test(w))
  return words.length >= 3 && line === line.toLocaleUpperCase() && /\p{Lu}{2}/u.test(line)
}

/** A word or a few set between underscores, as plain text marks its emphasis: "_avoid_", "_all_ your fault". */
const UNDERSCORED = /(?<![\p{L}\p{N}_])_(\p{L}[\p{L}\p{N}'’ -]{0,40}?[\p{L}\p{N}]|\p{L})_(?![\p{L}\p{N}_])/gu

/** A chunk's text less the underscores that mark its emphasis (the words stay): a slide shows "avoid", not "_avoid_". */
function withoutEmphasisMarks(text: string): string {
  return text.includes('_') ? text.replace(UNDERSCORED, '$1') : text
}

export function parseText(input: string, origin: string): Article {
  const text = normalizeNewlines(input).replace(/^\uFEFF/, '')
  if (text.trim().length === 0) {
    throw new DeckwrightError('INPUT_EMPTY', `${origin}: the article is empty (only whitespace)`, {
      hint: 'Pass a file that holds the article text.',
    })
  }
  const chunks = chunksOf(text).map((c) => (c.table ? c : { ...c, text: withoutEmphasisMarks(c.text) }))
  // only title-like lines (short, no sentence punctuation, no list): nothing to present
  if (chunks.every((c) => !c.list && isShortUnpunctuated(c.text, 16))) throw titleOnly(origin, collapseWhitespace(chunks[0]?.text ?? ''))
  const removed = dropKicker(chunks)
  const first = chunks[0]
  const titled = first !== undefined && !first.list && isShortUnpunctuated(first.text, 16)
  const header = speechHeader(chunks, removed) ?? (titled ? undefined : releaseTitle(chunks, removed))
  const { blocks, title } = blocksFromChunks(chunks, header === undefined)
  const meta: ArticleMeta = header ?? (title === undefined ? {} : { title })
  return finishArticle(blocks, meta, 'text', origin, removed)
}
