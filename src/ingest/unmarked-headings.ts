/**
 * Headings a page or a plain text set as paragraphs of their own: a line of a few words, opening
 * on a capital, with no closing mark and no comma, over a paragraph of prose several times as long
 * ("Различия трудового времени в регионах", "Risks to the success of the grant"). Two such lines
 * at least, past the article's opening, make a pattern of headings; one alone may be a label or a
 * caption and stays.
 *
 * Usage: const blocks = headingsFromShortLines(cleaned)
 */
import { BOLD_HEADING_DEPTH, collapseWhitespace, type RawBlock } from './blocks.ts'
import { countWords } from '../analyze/script.ts'

/** Words of such a heading, at least and at most. */
const MIN_WORDS = 2
const MAX_WORDS = 8
/** Words at least of the paragraph under it, and how many times the heading's. */
const MIN_BODY_WORDS = 15
const BODY_RATIO = 2
/** Blocks of the opening (a dek, a byline, a date) no such line is taken from. */
const OPENING_BLOCKS = 2
/** Such lines at least for them to be headings. */
const MIN_HEADINGS = 2

export function headingsFromShortLines(blocks: readonly RawBlock[]): readonly RawBlock[] {
  const found = blocks.flatMap((b, i) => (i >= OPENING_BLOCKS && headsParagraph(b, blocks[i - 1], blocks[i + 1]) ? [i] : []))
  if (found.length < MIN_HEADINGS) return blocks
  const at = new Set(found)
  return blocks.map((b, i) => (at.has(i) ? { kind: 'heading', depth: BOLD_HEADING_DEPTH, text: b.text } : b))
}

function headsParagraph(block: RawBlock, before: RawBlock | undefined, after: RawBlock | undefined): boolean {
  if (block.kind !== 'paragraph' || after?.kind !== 'paragraph' || before?.kind === 'heading') return false
  const line = collapseWhitespace(block.text)
  const words = countWords(line)
  if (words < MIN_WORDS || words > MAX_WORDS || !/^\p{Lu}/u.test(line) || /[.!?…:;,"”»)\]]$|,/u.test(line)) return false
  const body = countWords(after.text)
  return body >= MIN_BODY_WORDS && body >= BODY_RATIO * words
}
