/**
 * Tables whose rows are stacked inside cells: a word processor's table of one row whose label
 * cell holds one line per item and whose value cells hold one number per line ("Gross Income /
 * Standard Rate Band / …" beside "€ / 17,542 / 32,000 / …"). Read line by line, such a row is
 * the rows it stands for: a label line opening with "(" or a small letter continues the line
 * before, a currency sign alone on a line belongs to the number under it, a value column
 * shorter than the labels leaves its last rows empty. Likewise a run of paragraphs that are
 * each one row written a cell per line is the table they stand for.
 */
import type { RawBlock } from './blocks.ts'
import { tableBlocks, type SourceTable } from './table-normalize.ts'
import { CURRENCY_CELL, isPlaceholderCell, parseCellNumber } from './table-number.ts'

/** Fewer lines than this in the label cell: an ordinary cell that wraps. */
const MIN_STACKED = 3
/** Share of value lines that must be numbers for a cell to be a stacked column. */
const MIN_NUMERIC = 0.6

const linesOf = (cell: string) => cell.split('\n').map((l) => l.trim()).filter((l) => l !== '')

function labelLines(cell: string): string[] {
  const out: string[] = []
  for (const line of linesOf(cell)) {
    if (out.length > 0 && /^[(\p{Ll}]/u.test(line)) out[out.length - 1] += ` ${line}`
    else out.push(line)
  }
  return out
}

function valueLines(cell: string): string[] {
  const out: string[] = []
  let currency = ''
  for (const line of linesOf(cell)) {
    if (CURRENCY_CELL.test(line)) currency = line
    else {
      out.push(currency + line)
      currency = ''
    }
  }
  return out
}

const numeric = (lines: readonly string[]) =>
  lines.length > 0 && lines.filter((l) => parseCellNumber(l.replace(/\*+$/, '')) !== undefined || isPlaceholderCell(l)).length >= lines.length * MIN_NUMERIC

/** The rows one source row stands for: itself, or one row per line of its stacked cells. */
export function unstackRow(cells: readonly string[]): string[][] {
  const labels = labelLines(cells[0] ?? '')
  if (labels.length < MIN_STACKED) return [[...cells]]
  const values = cells.slice(1).map(valueLines)
  const filled = values.filter((v) => v.length > 0)
  if (filled.length === 0 || !filled.every(numeric)) return [[...cells]]
  const longest = Math.max(...filled.map((v) => v.length))
  if (longest !== labels.length || filled.some((v) => v.length < MIN_STACKED)) return [[...cells]]
  return labels.map((label, i) => [label, ...values.map((v) => v[i] ?? '')])
}

/** A paragraph that is one row written a cell per line: a label, then its numbers ("Net income\n$12,369\n$5,709"). */
function lineRow(b: RawBlock): string[] | undefined {
  if (b.kind !== 'paragraph' && !(b.kind === 'heading' && (b.depth ?? 1) >= 2)) return undefined
  const lines = linesOf(b.text)
  if (lines.length < 2 || isNumberLine(lines[0]!)) return undefined
  return lines.slice(1).every(isNumberLine) ? lines : undefined
}

const isNumberLine = (l: string) => parseCellNumber(l) !== undefined || isPlaceholderCell(l)
const words = (l: string) => l.split(/\s+/).length

/** A one-line paragraph naming the rows under it ("Changes in assets and liabilities:"). */
function groupLine(b: RawBlock): string | undefined {
  const lines = linesOf(b.text)
  const line = lines[0]
  return b.kind === 'paragraph' && lines.length === 1 && words(line!) <= MAX_GROUP_WORDS && !/[.!?]$/.test(line!) ? line : undefined
}

/** A paragraph of `k` short lines without amounts: the column headers of the rows after it. */
function headerLines(b: RawBlock | undefined, k: number): string[] | undefined {
  if (b?.kind !== 'paragraph') return undefined
  const lines = linesOf(b.text)
  return lines.length === k && lines.every((l) => words(l) <= MAX_GROUP_WORDS && (!isNumberLine(l) || /^(?:19|20)\d\d$/.test(l))) ? lines : undefined
}

const MAX_GROUP_WORDS = 14
/** Rows a run of one-cell-per-line paragraphs needs to be read as a table. */
const MIN_LINE_ROWS = 3

/** The run of row and group paragraphs from `i` whose rows have `k` numbers: its rows, and where it ends. */
function lineRun(blocks: readonly RawBlock[], i: number, k: number): { rows: string[][]; end: number } {
  const rows: string[][] = []
  let end = i
  for (let j = i; j < blocks.length; j++) {
    const row = lineRow(blocks[j]!)
    if (row && row.length === k + 1) {
      rows.push(row)
      end = j + 1
    } else if (groupLine(blocks[j]!) !== undefined && lineRow(blocks[j + 1] ?? { kind: 'code', text: '' })?.length === k + 1) {
      rows.push([groupLine(blocks[j]!)!, ...Array.from({ length: k }, () => '')])
    } else break
  }
  return { rows, end }
}

/**
 * Tables written one cell per line, one paragraph per row (converted statements): each run of
 * at least MIN_LINE_ROWS such rows, with the group labels between them and the paragraph of
 * column headers right before them, becomes a table block.
 */
export function lineTables(blocks: readonly RawBlock[]): RawBlock[] {
  const out: RawBlock[] = []
  for (let i = 0; i < blocks.length; i++) {
    const first = lineRow(blocks[i]!)
    const { rows, end } = first ? lineRun(blocks, i, first.length - 1) : { rows: [], end: i }
    if (rows.filter((r) => r.slice(1).some((c) => c !== '')).length < MIN_LINE_ROWS) {
      out.push(blocks[i]!)
      continue
    }
    const k = first!.length - 1
    const header = headerLines(out.at(-1), k)
    if (header) out.pop()
    const source: SourceTable = header ? { rows: [['', ...header], ...rows], headRows: 1 } : { rows }
    out.push(...tableBlocks(source))
    i = end - 1
  }
  return out
}
