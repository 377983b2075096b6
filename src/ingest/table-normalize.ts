/**
 * Tables as the source gives them → a clean grid. Converted press releases write each "$", "%"
 * and closing ")" in a cell of its own and pad with empty spacer rows and columns:
 *   Other (loss) income, net |  | (299 | ) |  |  | 25 |
 * Here a currency cell is merged into the number after it, a "%" or ")" cell into the number
 * before it, empty rows and columns are dropped, and columns that never hold text in the same
 * row (a header above a "$" cell, the number beside it) are joined. Leading one-cell rows are the
 * caption and notes ("(in thousands)"), trailing footnotes are notes, header rows are found when
 * the source does not mark them. A row stacked inside its cells (one line per item) is split
 * into the rows it holds first (table-stacked.ts); rows whose labels are indented by empty cells
 * are read right-aligned (table-indented.ts).
 */
import { collapseWhitespace, tableBlock, type RawBlock } from './blocks.ts'
import { CURRENCY_CELL, parseCellNumber } from './table-number.ts'
import { unstackRow } from './table-stacked.ts'
import { withIndentsUndone } from './table-indented.ts'

/** A table as read from the source: rows of cell texts; `headRows` leading rows marked as header. */
export interface SourceTable {
  rows: string[][]
  headRows?: number
  caption?: string
  /** Notes the source keeps apart from the grid (a Markdown footnote its cells refer to), after the grid's own. */
  notes?: readonly string[]
}

/** A clean table: every row has the same number of cells. */
export interface GridTable {
  caption?: string
  notes: string[]
  head: string[][]
  body: string[][]
}

/** More words than this in one cell: a layout table holding prose, not data. */
const MAX_CELL_WORDS = 60

const CLOSING = /^(?:\)|\)%|%\)|%|\)\s?%)$/
const OPEN_NUMBER = /^[-−–]?\(?[$€£¥]?\(?[\d.,]+$/
const STARTS_NUMBER = /^[(\-−–+]?[\d.]/

/** "$" cells into the number after them; ")" and "%" cells into the number before them. */
export function mergeRaggedCells(row: readonly string[]): string[] {
  const out = [...row]
  const nextFilled = (i: number) => out.findIndex((c, j) => j > i && c !== '')
  for (let i = 0; i < out.length; i++) {
    const cell = out[i]!
    if (CURRENCY_CELL.test(cell)) {
      const j = nextFilled(i)
      if (j > 0 && STARTS_NUMBER.test(out[j]!)) {
        out[j] = cell + out[j]!
        out[i] = ''
      }
    } else if (CLOSING.test(cell)) {
      let j = i - 1
      while (j >= 0 && out[j] === '') j--
      if (j >= 0 && OPEN_NUMBER.test(out[j]!.replace(/%$/, ''))) {
        out[j] = out[j]! + cell
        out[i] = ''
      }
    }
  }
  return out
}

interface Row {
  cells: string[]
  head: boolean
}

const filled = (r: Row) => r.cells.filter((c) => c !== '').length

function dropEmpty(rows: Row[]): Row[] {
  const kept = rows.filter((r) => filled(r) > 0)
  const width = Math.max(0, ...kept.map((r) => r.cells.length))
  const used = Array.from({ length: width }, (_, c) => kept.some((r) => (r.cells[c] ?? '') !== ''))
  return kept.map((r) => ({ ...r, cells: Array.from({ length: width }, (_, c) => r.cells[c] ?? '').filter((_, c) => used[c]) }))
}

/**
 * The rows with their labels indented by empty cells moved to the first column ("| | Research and
 * development | | 3,390 |" under "| Operating expenses | | | |"): a column whose every filled cell
 * opens its row with words before the row's figures (or a group's label on a colon) holds labels,
 * not a column of its own. Joined with the columns beside it, it would take a header of theirs.
 */
function withLabelsOutdented(rows: Row[]): Row[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length))
  const first = (r: Row) => r.cells.findIndex((c) => c !== '')
  const label = (r: Row, c: number) =>
    first(r) === c && !isAmount(r.cells[c]!) && (r.cells.slice(c + 1).some((x) => isAmount(x)) || (filled(r) === 1 && r.cells[c]!.endsWith(':')))
  // (the labels' own column: where the first row of figures has its label, a caption's empty cells before it)
  const labelled = rows.filter((r) => first(r) >= 0 && label(r, first(r)))
  const home = Math.min(...labelled.map(first))
  // (not when the figures move right with the indent, each level a cell further: such a table is read right-aligned, table-indented.ts)
  // (the first cell after the label: a figure, or the dash of a nil one)
  const firstFigure = (r: Row) => r.cells.findIndex((x, i) => i > first(r) && x !== '')
  const figured = labelled.filter((r) => firstFigure(r) >= 0)
  if (!Number.isFinite(home) || new Set(figured.map(firstFigure)).size > 1) return rows
  for (let c = home + 1; c < width; c++) {
    const holding = rows.filter((r) => (r.cells[c] ?? '') !== '')
    if (holding.length === 0 || !holding.every((r) => !r.head && label(r, c))) continue
    for (const r of holding) {
      r.cells[home] = r.cells[c]!
      r.cells[c] = ''
    }
  }
  return rows
}

/** Joins neighbouring columns (never the first) that are never both filled in one row. */
function joinComplementary(rows: Row[]): Row[] {
  let width = rows[0]?.cells.length ?? 0
  for (let c = 1; c + 1 < width; ) {
    if (rows.every((r) => r.cells[c] === '' || r.cells[c + 1] === '')) {
      for (const r of rows) r.cells.splice(c, 2, r.cells[c] || r.cells[c + 1]!)
      width--
    } else c++
  }
  return rows
}

/** A figure in the body's sense: a number that is not a bare year or date label. */
export function isAmount(text: string): boolean {
  const n = parseCellNumber(text)
  if (!n) return false
  return n.currency !== undefined || n.percent === true || n.negative || !/^(?:19|20)\d\d$/.test(text.trim())
}

/** A cell that opens with an amount: "$12 billion in 2020 (CFPB estimate)". */
const LEADING_AMOUNT = /^[-−(]?(?:[$€£¥]\s?\d|\d[\d,.]*\s?(?:%|percent|billion|million)\b)/i

function headerLike(r: Row): boolean {
  const rest = r.cells.slice(1)
  // a label that ends with a colon names the values beside it: a body row
  if (r.cells[0]!.endsWith(':') && rest.some((c) => c !== '')) return false
  return rest.some((c) => c !== '') && !rest.some((c) => isAmount(c) || LEADING_AMOUNT.test(c)) && !isAmount(r.cells[0]!)
}

/** Parenthesised notes on a table's unit or audit status: "(In millions)", "(Unaudited)". */
export const UNIT_NOTE = /\((?:in (?:thousands|millions|billions)|unaudited|audited|amounts? in|except)\b[^()]*\)/i

/** A company's name by its legal form: "NVIDIA CORPORATION", "The Buckle, Inc.". */
const LEGAL_NAME = /\b(?:inc|corp|corporation|ltd|limited|plc|llc|co|gmbh|ag|sa|nv|se)\.?$/iu

const NOTE = /^\(.*\)$|^(?:in (?:thousands|millions|billions)|unaudited|amounts in)\b/i
const FOOTNOTE = /^(?:\(\w{1,3}\)|\*+|†|‡|\[\d+\]|\d\)|notes?\b|sources?\b)/i

/** A cell of a letterhead: "phone: 308-236-8491", "fax: …", "P.O. Box 1480 …", "Contact:". */
const CONTACT_CELL = /^(?:phone|tel(?:ephone)?|fax|e-?mail|contact)\s*:|^p\.\s?o\.\s+box\b/iu
/** A telephone number written alone: "(308) 236-8491", "308-236-8491". */
const PHONE = /^(?:\+?\d{1,3}[\s.-])?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}$/u

/** Whether a table holds contact details and no figures but telephone numbers. */
export function letterhead(source: SourceTable): boolean {
  const cells = source.rows.flat().map((c) => collapseWhitespace(c)).filter((c) => c !== '')
  return cells.some((c) => CONTACT_CELL.test(c)) && !cells.some((c) => isAmount(c) && !PHONE.test(c))
}

/** Cleans a source table; undefined when it is not a data table (one column, or prose in cells). */
export function normalizeTable(source: SourceTable): GridTable | undefined {
  const headRows = source.headRows ?? 0
  let rows: Row[] = source.rows.flatMap((cells, i) => unstackRow(cells).map((r) => ({ cells: mergeRaggedCells(r.map(collapseWhitespace)), head: i < headRows })))
  rows = joinComplementary(dropEmpty(withIndentsUndone(withLabelsOutdented(rows))))
  if (rows.some((r) => r.cells.some((c) => c.split(' ').length > MAX_CELL_WORDS))) return undefined
  const out: GridTable = { notes: [], head: [], body: [] }
  if (source.caption) out.caption = collapseWhitespace(source.caption)
  // leading one-cell rows (text in the first column only): caption and notes
  while (rows.length > 1 && filled(rows[0]!) === 1 && rows[0]!.cells[0] !== '' && !rows[0]!.cells[0]!.endsWith(':')) {
    const text = rows.shift()!.cells[0]!
    if (out.caption === undefined && !NOTE.test(text)) out.caption = text
    else out.notes.push(text)
  }
  // (a company's name over its statement's title, "NVIDIA CORPORATION" over "CONDENSED CONSOLIDATED STATEMENTS OF INCOME": the title is the caption)
  const title = out.notes.findIndex((n) => !NOTE.test(n))
  if (out.caption !== undefined && !source.caption && LEGAL_NAME.test(out.caption) && title === 0) out.caption = out.notes.splice(0, 1, out.caption)[0]!
  // trailing footnotes
  const trailing: string[] = []
  while (rows.length > 1 && filled(rows.at(-1)!) === 1 && FOOTNOTE.test(rows.at(-1)!.cells.find((c) => c !== '')!)) trailing.unshift(rows.pop()!.cells.find((c) => c !== '')!)
  rows = joinComplementary(dropEmpty(rows))
  const width = rows[0]?.cells.length ?? 0
  if (width < 2 || rows.length < 2) return undefined
  let head = rows.filter((r) => r.head).length
  if (head === 0 || rows.slice(0, head).some((r) => !r.head)) {
    head = 0
    // a table of words alone (no amounts) has one header row at most: every row of it looks like one
    // (none when the writer left its header empty, "|   |  |" over "| Assessment Stage | Incomplete |")
    const words = !rows.some((r) => r.cells.some(isAmount))
    const leftEmpty = headRows > 0 && source.rows.slice(0, headRows).every((r) => r.every((c) => c.trim() === ''))
    while (!words && head < Math.min(4, rows.length - 1) && headerLike(rows[head]!) && !loneLabelUnder(rows, head)) head++
    if (words && !leftEmpty && !rows[0]!.cells[0]!.endsWith(':')) head = 1
  }
  // more header rows under the marked ones: no amounts, no row label ("", "Q3 2024", "Q3 2023")
  while (head > 0 && head < rows.length - 1 && rows[head]!.cells[0] === '' && headerLike(rows[head]!) && !loneLabelUnder(rows, head)) head++
  out.head = rows.slice(0, head).map((r) => r.cells)
  out.body = rows.slice(head).map((r) => groupRow(r.cells))
  out.notes.push(...trailing, ...(source.notes ?? []).map(collapseWhitespace).filter((n) => n !== ''))
  dropHeaderOnlyNotes(out)
  return out.body.length > 0 ? out : undefined
}

/**
 * A value column empty in every body row whose header is a note ("(Unaudited)" over the "$"
 * cells of a converted statement): the header goes to the notes, the empty column away.
 */
function dropHeaderOnlyNotes(grid: GridTable): void {
  const width = grid.head[0]?.length ?? 0
  for (let c = width - 1; c >= 1; c--) {
    if (grid.body.some((r) => (r[c] ?? '') !== '')) continue
    const labels = grid.head.map((r) => r[c] ?? '').filter((x) => x !== '')
    if (labels.length === 0 || !labels.every((l) => NOTE.test(l))) continue
    grid.notes.push(...labels)
    for (const r of [...grid.head, ...grid.body]) r.splice(c, 1)
  }
}

/** A lone label under a full header row ("2013" over a year's rows) starts the body. */
function loneLabelUnder(rows: readonly Row[], i: number): boolean {
  return i > 0 && rows[i - 1]!.cells.slice(1).filter((c) => c !== '').length >= 2 && filled(rows[i]!) === 1
}

/** A row with one cell, away from the first column ("2013" centred over the columns): a group label. */
function groupRow(cells: string[]): string[] {
  const at = cells.findIndex((c) => c !== '')
  if (at <= 0 || cells.some((c, i) => i !== at && c !== '')) return cells
  return [cells[at]!, ...cells.slice(1).map(() => '')]
}

/** A table block; a table that holds no data grid (one column, prose in cells) becomes paragraphs. */
export function tableBlocks(source: SourceTable): RawBlock[] {
  // (a letterhead set in a table, the company's address, telephone and contact, is no part of the story)
  if (letterhead(source)) return []
  const grid = normalizeTable(source)
  if (grid) return [tableBlock(grid)]
  return source.rows.flat().filter((cell) => cell.trim() !== '').map((text) => ({ kind: 'paragraph', text }))
}
