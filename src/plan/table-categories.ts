/**
 * A table's column of categories: the last column, when it holds a few short labels that repeat
 * down the rows ("Fully compatible", "Storage compatible, has calling bug", "Incompatible";
 * "Yes" / "No"). Its cells are then set as coloured tags (DataTable), one colour per category,
 * so a reader sees which rows share a status without reading every cell.
 */
import type { TableCell } from '../types.ts'

/** Fewer rows than this: a reader takes the column in at a glance anyway. */
const MIN_ROWS = 4
/** More categories than this are no longer told apart by colour (DataTable has this many). */
export const MAX_CATEGORIES = 4
/** A category is a label, not a sentence. */
const MAX_LABEL_WORDS = 6
/** Two labels sharing this much of their words are one category ("Storage compatible, has calling bug" / "… with calling bug"). */
const SAME_CATEGORY = 0.6

const wordsOf = (s: string) => new Set(s.toLocaleLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean))

function overlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0
  for (const w of a) if (b.has(w)) shared++
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * The categories of a column of cells, each as its labels, in order of first appearance
 * ([["Fully compatible"], ["Storage compatible, has calling bug", "Storage compatible with
 * calling bug"], ["Incompatible"]]), or undefined when the column is no column of categories: too few rows, an empty
 * cell, a long label, a number, more than MAX_CATEGORIES categories, or a category per row or two.
 */
export function categoriesOf(cells: readonly TableCell[]): string[][] | undefined {
  if (cells.length < MIN_ROWS) return undefined
  const texts = cells.map((c) => c.text.trim())
  if (cells.some((c, i) => texts[i] === '' || c.number !== undefined || texts[i]!.split(/\s+/).length > MAX_LABEL_WORDS)) return undefined
  const heads: Set<string>[] = []
  const labels: string[][] = []
  for (const text of texts) {
    if (labels.some((l) => l.includes(text))) continue
    const words = wordsOf(text)
    const same = heads.findIndex((h) => overlap(h, words) >= SAME_CATEGORY)
    if (same >= 0) labels[same]!.push(text)
    else labels[heads.push(words) - 1] = [text]
  }
  const repeated = labels.length * 2 <= cells.length
  return labels.length >= 2 && labels.length <= MAX_CATEGORIES && repeated ? labels : undefined
}
