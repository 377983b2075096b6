/**
 * Assembling blocks into the Article text: one blank line between blocks,
 * whitespace inside a block collapsed, offsets recorded as we go.
 */
import type { Block, BlockKind, Span, Table, TableCell } from '../types.ts'
import type { GridTable } from './table-normalize.ts'
import { spansInTurn } from '../analyze/whole-at.ts'
import { parseCellNumber } from './table-number.ts'

/** A block before assembly: its text may still hold line breaks and runs of spaces. */
export interface RawBlock {
  kind: BlockKind
  text: string
  /** Heading level (1–6) for headings. */
  depth?: number
  /** The cells of a 'table' block (its `text` is then only what boilerplate checks see). */
  table?: GridTable
  /** A paragraph or list item that is nothing but one link (a "read more" list's entry). */
  linkOnly?: boolean
  /** A paragraph that holds a picture and, set in italics, its caption. */
  pictureCaption?: boolean
  /** Who speaks in it: an interview's turn (interview.ts). */
  speaker?: string
  /** The sentence set in bold on a line of its own that opens a paragraph, its text after it: an interview's question (interview.ts). */
  boldLead?: string
  /** An interviewer's question (interview.ts). */
  asked?: boolean
  /** A label set in bold on a line of its own above the paragraph's text, run into it ("Putins Mafia-Regime: Keine Frage, …"): maybe a subheading (run-in-headings.ts). */
  runInLabel?: string
  /** The texts the source sets as inline code in the block, in order (located in the final text by `assemble`). */
  code?: string[]
  /** A list's item inside another list's item: how many lists hold its own. */
  nested?: number
}

/** A raw 'table' block for a clean table. */
export function tableBlock(table: GridTable): RawBlock {
  const lines = [table.caption ?? '', ...table.notes, ...[...table.head, ...table.body].map((r) => r.join('\t'))]
  return { kind: 'table', text: lines.join('\n'), table }
}

/**
 * The depth given to a paragraph set in bold and nothing else ("**Defining “junk” fees**",
 * "<p><strong>Why it matters</strong></p>"): a heading written without heading marks, below
 * every real one (an article with headings keeps them as its sections).
 */
export const BOLD_HEADING_DEPTH = 6

/** A link from a footnote back to its mark in the text, as word processors and Markdown tools name it: "#_ftnref1", "#fnref:2", "#footnote-ref-3". */
export const NOTE_BACKLINK = /^#(?:_ftnref|_ednref|fnref|footnote-ref|endnote-ref)[\w:-]*$/iu

/** Whether a line is set in capitals: three letters at least, every one a capital ("NO FOUL PLAY SEEN"). */
export function isAllCaps(s: string): boolean {
  // (letters with a case, most of the letters: a Japanese paragraph whose only Latin words are acronyms, "NICT", "TCP SYN", is not set in capitals)
  const letters = s.replace(/[^\p{L}]/gu, '')
  const cased = s.replace(/[^\p{Lu}\p{Ll}\p{Lt}]/gu, '')
  return cased.length >= 3 && cased === cased.toUpperCase() && cased.length * 2 > letters.length
}

/** Characters a heading has at most (a Chinese, Japanese or Korean one counting twice: it says as much as a word). */
const HEADING_CHARACTERS = 120

/** Text a bold paragraph may be a heading with: one to twelve words, a letter or digit first, no closing punctuation but a question mark ("How effective is File-by-File Patching?"). */
export function readsAsHeading(text: string): boolean {
  const t = collapseWhitespace(text)
  // (and in characters: a Chinese or Japanese paragraph has few spaces; none closes on its full stop "。")
  const wide = (t.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu) ?? []).length
  return /^[\p{L}\p{N}“"‘']/u.test(t) && t.split(' ').length <= 12 && t.length + wide <= HEADING_CHARACTERS && !/[.:;,!…。！]["”’」]?$/u.test(t)
}

/**
 * An italic line reads as a heading only in title case ("Junk Fees Hit Consumers – and
 * Businesses – in the Pocketbook"): italics alone also set captions, notes and standfirsts.
 * Every word of four letters or more but one opens on a capital, three such words at least; no
 * picture's credit line ("Photo by …").
 */
export function readsAsItalicHeading(text: string): boolean {
  const long = collapseWhitespace(text).split(' ').filter((w) => /^\P{L}*\p{L}{4,}/u.test(w))
  const capitals = long.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length
  return readsAsHeading(text) && long.length >= 3 && capitals >= long.length - 1 && !CREDIT.test(collapseWhitespace(text))
}

/** A picture's credit or source line, set in italics under it: "Photo by …", "Image: Getty Images". */
const CREDIT = /^(?:photo|photograph|image|picture|illustration|graphic|credit|source|video|foto|bild|fuente|imagen|crédit|source)s?\b/iu

/** A bold label that can run into its paragraph ("Idempotence" → "Idempotence: A single task …"): one line of up to LABEL_WORDS words, no closing punctuation. */
export function readsAsLabel(label: string): boolean {
  return label.length > 0 && label.length <= 80 && !label.includes('\n') && label.split(/\s+/).length <= LABEL_WORDS && !/[.:;,!?…]$/u.test(label)
}

/** Words of a run-in label at most: a heading's length ("A concise guide to building stories for the web"). */
const LABEL_WORDS = 10

/** Line endings to "\n" (CRLF, lone CR, Unicode line/paragraph separators). */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?|\u2028|\u2029/g, '\n')
}

const CJK = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
/** A line break between two CJK characters: a hard wrap, which joins without a space. */
const CJK_WRAP = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'g')

/** A line wrapped after a hyphen inside a word ("year-over-\nyear"): the word goes on, no space. */
const HYPHEN_WRAP = /(\p{L})-[ \t]*\n\s*(?=\p{L})/gu

/**
 * Characters that only tell a browser where it may break a line: the soft hyphen (a French
 * page set "dis\u00adci\u00adplines" in every long word), the zero-width space and word joiner,
 * and a byte-order mark left inside the text. Not the zero-width joiners that shape emoji and
 * other scripts' letters.
 */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu

/** Collapse every run of whitespace (including newlines and NBSP) to one space and trim, without the INVISIBLE characters. */
export function collapseWhitespace(s: string): string {
  return s.replace(INVISIBLE, '').replace(CJK_WRAP, '$1').replace(HYPHEN_WRAP, '$1-').replace(/\s+/g, ' ').trim()
}

/**
 * Code keeps its line structure (a code block is unreadable on one line) but never
 * holds a blank line, so "\n\n" stays the block separator: trailing spaces are cut,
 * blank lines dropped, tabs kept as they are.
 */
export function normalizeCode(s: string): string {
  return normalizeNewlines(s)
    .split('\n')
    .map((line) => line.replace(/\s+$/, ''))
    .filter((line) => line.length > 0)
    .join('\n')
}

export function normalizeBlockText(kind: BlockKind, text: string): string {
  return kind === 'code' ? normalizeCode(text) : collapseWhitespace(text)
}

/**
 * A table's block text and cells, from `offset`: the caption line, note lines, then one line
 * per row with its cells separated by tabs.
 */
function layOutTable(grid: GridTable, offset: number, block: number): { text: string; table: Table } {
  let text = ''
  const cell = (raw: string): TableCell => {
    const value = collapseWhitespace(raw)
    const start = offset + text.length
    text += value
    const c: TableCell = { text: value, start, end: start + value.length }
    const number = parseCellNumber(value)
    if (number) c.number = number
    return c
  }
  const line = <T>(make: () => T): T => {
    if (text.length > 0) text += '\n'
    return make()
  }
  const row = (cells: readonly string[]): TableCell[] =>
    line(() => cells.map((c, i) => {
      if (i > 0) text += '\t'
      return cell(c)
    }))
  const caption = grid.caption ? line(() => cell(grid.caption!)) : undefined
  const notes = grid.notes.map((n) => line(() => cell(n)))
  const head = grid.head.map(row)
  const body = grid.body.map(row)
  const table: Table = { start: offset, end: offset + text.length, block, notes, head, body, columns: (head[0] ?? body[0] ?? []).length }
  if (caption) table.caption = caption
  return { text, table }
}

/** Joins blocks with "\n\n", dropping empty ones, and returns the text with block and table offsets. */
/**
 * Where a block's inline code stands in its final text, from `offset`: each code text found in
 * turn after the one before, whole (not inside a longer word). A text that cleaning changed or
 * cut is not found and stays plain.
 */
function codeSpans(text: string, code: readonly string[], offset: number): Span[] {
  return spansInTurn(text, code.map(collapseWhitespace)).map((s) => ({ start: offset + s.start, end: offset + s.end }))
}

/** A block's `code` field: none when there is no code. */
export function codeField(code: string[]): { code?: string[] } {
  return code.length > 0 ? { code } : {}
}

/** The blocks `walk` adds to `out`, a list's items among them one level deeper: a list inside a list's item. */
export function deeperItems(out: RawBlock[], walk: () => void): void {
  const from = out.length
  walk()
  for (const b of out.slice(from)) if (b.kind === 'list-item') b.nested = (b.nested ?? 0) + 1
}

export function assemble(raw: readonly RawBlock[]): { text: string; blocks: Block[]; tables: Table[] } {
  const parts: string[] = []
  const blocks: Block[] = []
  const tables: Table[] = []
  let offset = 0
  for (const b of raw) {
    const at = parts.length > 0 ? offset + 2 : offset
    const laid = b.kind === 'table' && b.table ? layOutTable(b.table, at, blocks.length) : undefined
    const text = laid ? laid.text : normalizeBlockText(b.kind, b.text)
    if (text.length === 0) continue
    offset = at
    const block: Block = { kind: b.kind, start: offset, end: offset + text.length }
    if (b.kind === 'heading') block.depth = Math.min(6, Math.max(1, b.depth ?? 1))
    if (b.speaker) block.speaker = b.speaker
    if (b.asked) block.asked = true
    const code = b.kind === 'code' || laid ? [] : codeSpans(text, b.code ?? [], offset)
    if (code.length > 0) block.code = code
    if (b.kind === 'list-item' && b.nested) block.nested = b.nested
    if (laid) tables.push(laid.table)
    blocks.push(block)
    parts.push(text)
    offset += text.length
  }
  return { text: parts.join('\n\n'), blocks, tables }
}
