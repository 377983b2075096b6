/**
 * How a table's width is shared among its columns (DataTable's <colgroup>): each column in
 * proportion to the room its text asks for, in character widths. Left to the browser, a
 * column's share follows its longest line, and a heading such as "Three Months Ended March
 * 31, 2024" claims as much as a sentence: its numbers sat in wide empty columns while the
 * row labels beside them broke in two ("Family of / Apps"), each broken label a line more
 * that made the type smaller. Here a long heading counts for about half its length (it wraps to
 * two lines, balanced), a short one for all of it, a number for all of its own (numbers never wrap), and a text cell for all
 * of its length up to WRAP_AT, past which it wraps whatever its room: a longer text asks only
 * as much more as the square root of how much longer it is. The browser still gives every column at
 * least its longest word.
 */

/** Same shapes as TableColumn / TableRow in src/types.ts (the component declares them inline). */
interface Column {
  label: string
  numeric?: boolean
}
interface Row {
  cells: string[]
  group?: boolean
}

/** Character widths past which a text cell wraps anyway: no column asks more for one. */
const WRAP_AT = 40
/** Lines a column heading may take. */
const HEADING_LINES = 2
/** Character widths a heading asks for beyond its half: it is set bold, and its lines do not break evenly. */
const HEADING_SLACK = 2
/** A heading this short stays on one line. */
const SHORT_HEADING = 16
/** The least room a column asks for, so an empty one does not vanish, and a column of numbers, so its figures do not sit crammed against the next. */
const LEAST = { text: 3, numbers: 10 }

/** Characters drawn about twice as wide as a Latin letter (Chinese, Japanese, Korean). */
const WIDE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u

/** A text's width in character widths (a wide character counts two). */
export function textWidth(text: string): number {
  let n = 0
  for (const ch of text.trim()) n += WIDE.test(ch) ? 2 : 1
  return n
}

/** The widest word of a text: no column is narrower. */
function longestWord(text: string): number {
  return Math.max(0, ...text.split(/\s+/u).map(textWidth))
}

/** The room column `c` asks for, in character widths. */
function asked(column: Column, cells: readonly string[]): number {
  const width = textWidth(column.label)
  const heading = Math.max(Math.min(width, Math.max(SHORT_HEADING, Math.ceil(width / HEADING_LINES) + HEADING_SLACK)), longestWord(column.label))
  const longest = Math.max(0, ...cells.map(textWidth))
  // (text longer than WRAP_AT wraps whatever its room: a column of paragraphs asks more than one of phrases, but not in proportion)
  const text = longest > WRAP_AT ? WRAP_AT * Math.sqrt(longest / WRAP_AT) : longest
  const body = column.numeric ? longest : Math.max(text, ...cells.map(longestWord))
  return Math.max(heading, body, column.numeric ? LEAST.numbers : LEAST.text)
}

/**
 * Each column's share of the table's width, in percent (one decimal), in column order; none
 * for a table of text alone (no column of numbers), whose columns the browser shares well: by
 * their text.
 */
export function columnShares(columns: readonly Column[], rows: readonly Row[]): number[] | undefined {
  if (!columns.some((c) => c.numeric)) return undefined
  const plain = rows.filter((r) => !r.group)
  const room = columns.map((col, c) => asked(col, plain.map((r) => r.cells[c] ?? '')))
  const total = room.reduce((a, b) => a + b, 0)
  return room.map((r) => Math.round((r / total) * 1000) / 10)
}
