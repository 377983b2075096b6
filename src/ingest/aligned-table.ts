/**
 * Tables laid out with spaces, as text exported from a PDF or a terminal writes them:
 *
 *                          CONDENSED CONSOLIDATED STATEMENTS OF INCOME
 *                                    (In millions)
 *                                                   Three Months Ended March 31,
 *                                                    2024                 2023
 *   Revenue                                   $    36,455   $           28,645
 *   Costs and expenses:
 *     Cost of revenue                               6,640                6,108
 *
 * Cells are separated by two spaces or more. A row is a label at the left followed by numbers;
 * the numbers' right edges, clustered, are the columns; a header word goes to the columns it
 * stands over (a label over two columns to both); centred lines above are the caption and its
 * notes; a lone number (a page number) is dropped.
 */
import type { SourceTable } from './table-normalize.ts'
import { CURRENCY_CELL, isPlaceholderCell, parseCellNumber } from './table-number.ts'

interface Token {
  text: string
  start: number
  end: number
}

/** A label starts before this column; a centred title after it. */
const LABEL_MAX_INDENT = 12
/** Right edges this close are one column. */
const EDGE_TOLERANCE = 3
/** Rows with numbers a part needs to be read as a table. */
const MIN_ROWS = 3

function tokens(line: string): Token[] {
  const out: Token[] = []
  // words one space apart are one cell, except before a currency sign standing alone ("17,664 $   11,219")
  for (const m of line.matchAll(/\S+(?: (?![$€£¥](?:\s|$))\S+)*/g)) out.push({ text: m[0], start: m.index!, end: m.index! + m[0].length })
  return out
}

const isValue = (t: string) => parseCellNumber(t.replace(/\s+%$/, '%')) !== undefined || isPlaceholderCell(t)

/** The value tokens of a line, a lone currency sign joined to the number after it. */
function values(toks: readonly Token[]): Token[] | undefined {
  const out: Token[] = []
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i]!
    const next = toks[i + 1]
    if (CURRENCY_CELL.test(t.text) && next && isValue(next.text)) {
      out.push({ text: `${t.text}${next.text}`, start: next.start, end: next.end })
      i++
    } else if (isValue(t.text)) out.push({ ...t, text: t.text.replace(/\s+%$/, '%') })
    else return undefined
  }
  return out
}

const textOf = (l: Line) => l.toks.map((t) => t.text).join(' ')

interface Line {
  toks: Token[]
  /** A row: its label and value tokens. */
  row?: { label: string; values: Token[] }
}

function readLine(text: string): Line {
  const toks = tokens(text)
  const first = toks[0]
  if (!first || first.start >= LABEL_MAX_INDENT || isValue(first.text) || toks.length < 2) return { toks }
  const vals = values(toks.slice(1))
  return vals && vals.length > 0 ? { toks, row: { label: first.text, values: vals } } : { toks }
}

/** Column right edges: clusters of the value tokens' right edges, left to right. */
function columnEdges(lines: readonly Line[]): number[] {
  const ends = lines.flatMap((l) => l.row?.values.map((v) => v.end) ?? []).sort((x, y) => x - y)
  const edges: number[][] = []
  for (const e of ends) {
    const last = edges.at(-1)
    if (last && e - last.at(-1)! <= EDGE_TOLERANCE) last.push(e)
    else edges.push([e])
  }
  // the edge most numbers share ("(456)" and "38 %" stick out past it)
  return edges.map((c) => mode(c))
}

function mode(xs: readonly number[]): number {
  const counts = new Map<number, number>()
  for (const x of xs) counts.set(x, (counts.get(x) ?? 0) + 1)
  return [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]![0]
}

/** How far right of a header word the numbers under it may end (headers are often set a little left). */
const HEADER_REACH = 10

/** The columns a header token stands over: those whose numbers end under it, and the first one ending just right of it. */
function covered(t: Token, edges: readonly number[]): number[] {
  const inside = edges.map((e, i) => (e >= t.start && e <= t.end ? i : -1)).filter((i) => i >= 0)
  const right = edges.findIndex((e) => e > t.end && e <= t.end + HEADER_REACH)
  return right >= 0 ? [...inside, right] : inside
}

const nearest = (edges: readonly number[], end: number) =>
  edges.reduce((best, e, i) => (Math.abs(e - end) < Math.abs(edges[best]! - end) ? i : best), 0)

/** A header line's cells: each token over the columns whose right edge it covers (else the nearest). */
function headerCells(line: Line, edges: readonly number[]): string[] {
  const cells = edges.map(() => '')
  for (const t of line.toks) {
    const over = covered(t, edges)
    const at = over.length > 0 ? over : [nearest(edges, t.end)]
    for (const i of at) cells[i] = cells[i] ? `${cells[i]} ${t.text}` : t.text
  }
  return cells
}

/** The table a blank-line-separated part of plain text lays out with spaces, if it is one. */
export function alignedTable(part: string): SourceTable | undefined {
  const lines = part.split('\n').filter((l) => l.trim() !== '').map(readLine)
  const rows = lines.filter((l) => l.row)
  if (rows.length < MIN_ROWS || lines.findIndex((l) => l.row) < 0) return undefined
  const edges = columnEdges(lines)
  if (edges.length === 0 || rows.some((r) => r.row!.values.length > edges.length)) return undefined
  const firstRow = lines.findIndex((l) => l.row)
  const above = lines.slice(0, firstRow).filter((l) => !(l.toks.length === 1 && /^\d{1,3}$/.test(l.toks[0]!.text)))
  // header lines: words over the number columns; title lines: one centred or leading token
  const isHeader = (l: Line) => l.toks.some((t) => t.start >= LABEL_MAX_INDENT && covered(t, edges).length > 0)
  // title lines come before the headers (or, without headers, are the first line), notes ("(In millions)") close them; the lines after them label groups of rows
  const lastNote = above.map((l) => /^\(.*\)$/.test(textOf(l))).lastIndexOf(true)
  const firstHeader = above.findIndex((l, i) => i > lastNote && isHeader(l))
  const headers = firstHeader < 0 ? [] : above.slice(firstHeader).filter(isHeader)
  const titleEnd = firstHeader >= 0 ? firstHeader : above.length > 0 && !textOf(above[0]!).endsWith(':') ? 1 : 0
  const titles = above.slice(0, titleEnd).map(textOf)
  const groupLines = above.slice(titleEnd).filter((l) => !isHeader(l)).map(textOf)
  const leftOfHeaders = headers.flatMap((l) => l.toks.filter((t) => t.start < LABEL_MAX_INDENT).map((t) => t.text))
  const notes = [...titles.filter((t) => /^\(.*\)$/.test(t)), ...leftOfHeaders]
  const caption = titles.filter((t) => !notes.includes(t)).join(' - ')
  // header lines joined top to bottom into one row: a label spans exactly the columns it stands over
  const cells = headers.map((l) => headerCells({ toks: l.toks.filter((t) => t.start >= LABEL_MAX_INDENT) }, edges))
  const head = cells.length ? [['', ...edges.map((_, c) => cells.map((r) => r[c]!).filter(Boolean).join(' '))]] : []
  // a group label right above the first row ("Revenue:") opens the body
  const groups = groupLines.map((t) => [t, ...edges.map(() => '')])
  const body = [...groups, ...bodyRows(lines.slice(firstRow), edges)]
  const source: SourceTable = { rows: [...notes.map((n) => [n, ...edges.map(() => '')]), ...head, ...body] }
  if (head.length > 0) source.headRows = notes.length + head.length
  if (caption) source.caption = caption
  return source
}

/** Rows from the first row on: a label alone is a group label, or the first line of the next row's label. */
function bodyRows(lines: readonly Line[], edges: readonly number[]): string[][] {
  const out: string[][] = []
  let pending = ''
  for (const l of lines) {
    if (l.row) {
      const cells = edges.map(() => '')
      for (const v of l.row.values) cells[nearest(edges, v.end)] = v.text
      const label = pending && /^\p{Ll}/u.test(l.row.label) ? `${pending} ${l.row.label}` : l.row.label
      if (pending && label === l.row.label) out.push([pending, ...edges.map(() => '')])
      out.push([label, ...cells])
      pending = ''
    } else {
      if (pending) out.push([pending, ...edges.map(() => '')])
      pending = l.toks.map((t) => t.text).join(' ')
    }
  }
  if (pending) out.push([pending, ...edges.map(() => '')])
  return out
}
