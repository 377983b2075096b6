/**
 * Preformatted text that is a document, not code: plain-text reports, RFCs and memos put
 * in <pre> (often one <pre> per printed page). Such text is read like a plain-text article
 * (headings such as "1. Introduction", paragraphs, lists); indented code or diagrams inside
 * it stay code, and page furniture (running headers/footers, table-of-contents leaders) goes.
 */
import type { RawBlock } from './blocks.ts'
import { plainTextBlocks } from './text.ts'

/** A word of prose: letters (with an inner apostrophe or hyphen), maybe followed by punctuation. */
const WORD = /^[("'“‘]?\p{L}[\p{L}'’-]*[)"'”’.,;:!?]*$/u
/** Characters that are rare in prose and common in code. */
const CODE_CHARS = /[{}<>=;$\\|[\]_@#*&^~`]/g
/** A line that starts like a code comment or shell prompt. */
const COMMENT = /^\s*(\/\/|\/\*|#|--|;|%|\$ )/

const tokensOf = (line: string) => line.trim().split(/\s+/).filter(Boolean)

/** True when a line reads as prose: mostly plain words, few code characters. */
export function isProseLine(line: string): boolean {
  if (COMMENT.test(line)) return false
  const tokens = tokensOf(line)
  if (tokens.length < 4) return false
  const words = tokens.filter((t) => WORD.test(t)).length
  const codeChars = (line.match(CODE_CHARS) ?? []).length
  return words / tokens.length >= 0.7 && codeChars / line.length < 0.03
}

/** Lines long enough to judge (four tokens or more): short lines are headings, labels or wraps. */
function contentLines(text: string): string[] {
  return text.split('\n').filter((l) => tokensOf(l).length >= 4)
}

/**
 * True when preformatted text is prose: at least 60 words, and most of its lines of four
 * tokens or more read as sentences (code, logs, data and ASCII art do not).
 */
export function isProsePre(text: string): boolean {
  const lines = contentLines(text)
  const words = text.split(/\s+/).filter((t) => WORD.test(t)).length
  if (words < 60 || lines.length < 4) return false
  return lines.filter(isProseLine).length / lines.length >= 0.6
}

/** Lines that look alike once digits are ignored (running headers/footers "Page 3", "[Page 4]"). */
const shape = (line: string) => line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ')

/** Drops page furniture: short lines repeated on three pages or more, form feeds, dot-leader contents lines. */
export function dropPageFurniture(text: string): string {
  const lines = text.replace(/\f/g, '\n').split('\n')
  const counts = new Map<string, number>()
  for (const l of lines) if (l.trim()) counts.set(shape(l), (counts.get(shape(l)) ?? 0) + 1)
  return lines
    .filter((l) => !(l.trim() && l.trim().length <= 100 && (counts.get(shape(l)) ?? 0) >= 3))
    .filter((l) => !/\S\s*(\.\s?){4,}\s*\d+\s*$/.test(l))
    .join('\n')
}

/** The common indentation of the prose lines (the body's left margin). */
function bodyIndent(parts: readonly string[]): number {
  const indents = parts.flatMap((p) => p.split('\n')).filter(isProseLine).map((l) => /^ */.exec(l)![0].length)
  if (indents.length === 0) return 0
  indents.sort((a, b) => a - b)
  return indents[Math.floor(indents.length / 2)]!
}

/** A blank-line-separated part indented deeper than the body and not prose: code, an example, a diagram. */
function isIndentedCode(part: string, indent: number): boolean {
  const lines = part.split('\n').filter((l) => l.trim())
  if (lines.length === 0) return false
  const deeper = lines.every((l) => /^ */.exec(l)![0].length >= indent + 2)
  if (!deeper) return false
  // an indented list of words ("* item name") is a list, not code
  const bullets = lines.filter((l) => /^\s*[*•-]\s+\p{L}/u.test(l)).length
  if (bullets >= lines.length / 2 && part.replace(/^\s*[*•-]\s/gm, '').match(CODE_CHARS) === null) return false
  return lines.filter(isProseLine).length / lines.length < 0.5
}

/** Removes the indentation all lines share. */
function dedent(part: string): string {
  const lines = part.split('\n').filter((l) => l.trim())
  const common = Math.min(...lines.map((l) => /^ */.exec(l)![0].length))
  return lines.map((l) => l.slice(common)).join('\n')
}

/** A line of two columns set apart by a run of spaces, or of a right-hand column alone. */
const COLUMN_LINE = /^\s*\S.*?\S?\s{6,}\S.*$|^\s{20,}\S/

/**
 * The two-column header a report or an Internet-Draft opens on ("INTERNET DRAFT      Michiel B.
 * de Jong", "Expires: 18 June 2015      15 December 2014"): who wrote it and when, set as two
 * columns that read as nonsense once joined into lines. Its facts are the page's metadata; a
 * part of two such lines or more, every line of it so, is left out.
 */
function isColumnHeader(part: string): boolean {
  const lines = part.split('\n').filter((l) => l.trim())
  return lines.length >= 2 && lines.every((l) => COLUMN_LINE.test(l)) && lines.filter((l) => /\S\s{6,}\S/.test(l.trim())).length >= 2
}

/** Prose preformatted text → raw blocks; indented code parts stay code blocks. */
export function proseBlocks(text: string): RawBlock[] {
  const all = dropPageFurniture(text).split(/\n[ \t]*\n/).filter((p) => p.trim())
  // (only at the top: a table set in columns further on is the text's)
  const parts = all[0] !== undefined && isColumnHeader(all[0]) ? all.slice(1) : all
  const indent = bodyIndent(parts)
  const out: RawBlock[] = []
  let prose: string[] = []
  const flush = () => {
    if (prose.length > 0) out.push(...plainTextBlocks(prose.join('\n\n')))
    prose = []
  }
  for (const part of parts) {
    if (isIndentedCode(part, indent)) {
      flush()
      out.push({ kind: 'code', text: dedent(part) })
    } else {
      prose.push(part)
    }
  }
  flush()
  return out
}
