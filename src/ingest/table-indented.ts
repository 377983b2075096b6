/**
 * A statement converted from a page that indents its row labels with empty cells: each level of
 * indent is a cell more before the label, and the figures after it move right by as many cells,
 * the row running past the others ("| 3 | | | Domestic Securities, net | 1089.1 | … |", "| 4 | | |
 * | Private, net | 955.5 | … |"). The figures of every row are the same columns counted from the
 * right: such a table is read right-aligned, its label cells (line numbers, indents) one label.
 *
 * Usage: rows = withIndentsUndone(rows) // before empty columns are dropped
 */
import { parseCellNumber } from './table-number.ts'

interface Row {
  cells: string[]
  head: boolean
}

/** Rows of figures at least that show the indents. */
const MIN_FIGURE_ROWS = 3
/** Columns of figures at least. */
const MIN_FIGURE_COLUMNS = 2

const isFigure = (c: string) => parseCellNumber(c.trim()) !== undefined

/** The row's cells without the empty ones after its last filled cell. */
function trimmed(cells: readonly string[]): string[] {
  let end = cells.length
  while (end > 0 && cells[end - 1]!.trim() === '') end--
  return cells.slice(0, end)
}

/** The cells of figures closing a row, right to left (empty cells among them allowed, not before the first of them). */
function closingFigures(cells: readonly string[]): number {
  let n = 0
  for (let i = cells.length - 1; i >= 0 && (isFigure(cells[i]!) || cells[i]!.trim() === ''); i--) n++
  while (n > 0 && cells[cells.length - n]!.trim() === '') n--
  return n
}

/**
 * The rows right-aligned, each a label (its words before the figures, line number left out when
 * words follow it) and the figure columns; unchanged unless the body's rows of figures end at
 * at two places or more, each on as many figures (one fewer at most) after a cell of words.
 */
export function withIndentsUndone(rows: readonly Row[]): Row[] {
  const width = Math.max(0, ...rows.map((r) => r.cells.length))
  // (rows that end on figures: a row of labels, "2023 … Sep", or of a line number and words, "21 | Net Foreign …", is none)
  const endsOnFigures = (r: Row) => !r.head && closingFigures(trimmed(r.cells)) >= MIN_FIGURE_COLUMNS
  const figureRows = rows.filter(endsOnFigures).map((r) => trimmed(r.cells))
  if (figureRows.length < MIN_FIGURE_ROWS || new Set(figureRows.map((r) => r.length)).size < 2) return [...rows]
  const runs = figureRows.map(closingFigures)
  const columns = Math.max(...runs)
  const longest = Math.max(...figureRows.map((r) => r.length))
  // (every row of figures ends on its figures, as many as the others' or one fewer, a cell of words before them)
  if (columns < MIN_FIGURE_COLUMNS || runs.some((n, i) => n < columns - 1 || figureRows[i]!.length <= columns)) return [...rows]
  // (nor when every label stands in one column: the figures end at two places for another cause, a "$" set in a cell of its own in some rows)
  const labelAt = (r: readonly string[]) => {
    let at = r.length - closingFigures(r) - 1
    while (at >= 0 && r[at]!.trim() === '') at--
    return at
  }
  if (new Set(figureRows.map(labelAt).filter((at) => at >= 0)).size < 2) return [...rows]
  return rows.map((r) => {
    const figures = endsOnFigures(r)
    const cells = figures ? trimmed(r.cells) : r.cells.slice(0, Math.max(longest, width))
    const end = figures ? cells.length : Math.max(longest, cells.length)
    const values = Array.from({ length: columns }, (_, k) => cells[end - columns + k] ?? '')
    return { ...r, cells: [labelOf(cells.slice(0, Math.max(0, end - columns))), ...values] }
  })
}

/** The label of a row's label cells: its words, a line number before them left out ("3", "Domestic Securities, net"). */
function labelOf(cells: readonly string[]): string {
  const filled = cells.map((c) => c.trim()).filter((c) => c !== '')
  const words = filled.filter((c) => !/^\d{1,3}$/u.test(c))
  return (words.length > 0 ? words : filled).join(' ')
}
