/**
 * Table residue: bits of a table that reached slide text as if they were prose — rows with their
 * pipes ("Revenue | $ | 36,455 |"), empty cells ("| |"), runs of separators ("|---|", "-----"),
 * runs of bare numbers from a column layout ("$ 36,455 $ 28,645 27 %") and placeholder titles
 * ("Part 14"). Used by `npm run eval` and by tests that assert a deck has none.
 */

import { LOCALES } from '../locales/index.ts'
import { escapeRegExp } from '../analyze/regex.ts'

export type ResidueKind =
  | 'empty-cell'
  | 'edge-pipe'
  | 'pipe-row'
  | 'number-cell'
  | 'separator-run'
  | 'number-run'
  | 'placeholder-title'

/** A cell that is only a number, a currency sign, a percent sign or brackets: "$", "(299", ")", "27 %". */
const NUMERIC_CELL = /^[\s$€£¥%()+\-–—.,\d]*$/
/** One token of a number run: "36,455", "$", "(1,274)", "27", "%", "—". */
const NUMERIC_TOKEN = /^(?:[($€£¥]*[-–]?\d[\d,.]*[)%]*|[$€£¥%()—–-])$/
/** Four or more separator characters in a row, spaces allowed between ("----", "= = = =", ":---:"). */
const SEPARATOR_RUN = /(?:[-=_~*|—–:](?:\s?)){4,}/
/** A title made of a placeholder word and a number only: the article's ("Section 3") or deckwright's own, in any locale ("Teil 2", "2부"). */
const PLACEHOLDER_TITLE = new RegExp(
  `^(?:(?:part|section|page|table|partie|teil|abschnitt|parte|sección|secci[oó]n)\\s*\\d+\\.?|${LOCALES.map((l) => escapeRegExp(l.slide.part(0)).replace('0', String.raw`\d+`)).join('|')})$`,
  'iu',
)

const MAX_CELL_WORDS = 5
const MAX_ROW_CELL_WORDS = 8
const SHORT_CELL_WORDS = 3
/** How a table cell starts: a capital, a digit, a currency sign, a bracket or a sign. */
const CELL_START = /^[\p{Lu}\p{N}$€£¥(+\-–—≥≤<>]/u
const MIN_NUMBER_RUN = 4

function words(text: string): string[] {
  return text.split(/\s+/).filter(Boolean)
}

/**
 * Cells that read as a table row: four or more; or three very short ones (≤ 3 words), or three
 * short ones (≤ 8 words) whose later cells start like a cell (capital, digit, currency,
 * bracket); or two very short ones
 * ("Symptom | Cause"). Prose that shows a pipe ("apples | pears | plums") is not a row.
 */
function isRow(cells: readonly string[]): boolean {
  const pipes = cells.length - 1
  if (pipes >= 3) return true
  const cellLike = cells.slice(1).every((c) => c === '' || CELL_START.test(c))
  const longest = Math.max(...cells.map((c) => words(c).length))
  if (pipes === 2) return longest <= SHORT_CELL_WORDS || (cellLike && longest <= MAX_ROW_CELL_WORDS)
  return cellLike && longest <= MAX_CELL_WORDS
}

function pipeKinds(text: string): ResidueKind[] {
  if (!text.includes('|')) return []
  const out: ResidueKind[] = []
  if (/\|\s*\|/.test(text)) out.push('empty-cell')
  if (/^\s*\||\|\s*$/.test(text)) out.push('edge-pipe')
  const cells = text.split('|').map((c) => c.trim())
  if (isRow(cells)) out.push('pipe-row')
  if (cells.some((c) => c !== '' && NUMERIC_CELL.test(c))) out.push('number-cell')
  return out
}

function longestNumberRun(text: string): number {
  let best = 0
  let run = 0
  for (const token of words(text)) {
    run = NUMERIC_TOKEN.test(token.replace(/[;:]$/, '')) ? run + 1 : 0
    best = Math.max(best, run)
  }
  return best
}

/**
 * The kinds of table residue in one piece of slide text (empty when it is clean). `title`
 * also checks for placeholder titles such as "Part 14".
 */
export function tableResidue(text: string, options: { title?: boolean } = {}): ResidueKind[] {
  const out = pipeKinds(text)
  if (SEPARATOR_RUN.test(text)) out.push('separator-run')
  if (longestNumberRun(text) >= MIN_NUMBER_RUN) out.push('number-run')
  if (options.title && PLACEHOLDER_TITLE.test(text.trim())) out.push('placeholder-title')
  return out
}

export function hasTableResidue(text: string, options: { title?: boolean } = {}): boolean {
  return tableResidue(text, options).length > 0
}
