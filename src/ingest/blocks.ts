/**
 * Assembling blocks into the Article text: one blank line between blocks,
 * whitespace inside a block collapsed, offsets recorded as we go.
 */
import type { Block, BlockKind } from '../types.ts'

/** A block before assembly: its text may still hold line breaks and runs of spaces. */
export interface RawBlock {
  kind: BlockKind
  text: string
  /** Heading level (1–6) for headings. */
  depth?: number
}

/** Line endings to "\n" (CRLF, lone CR, Unicode line/paragraph separators). */
export function normalizeNewlines(s: string): string {
  return s.replace(/\r\n?|\u2028|\u2029/g, '\n')
}

const CJK = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef'
/** A line break between two CJK characters: a hard wrap, which joins without a space. */
const CJK_WRAP = new RegExp(`([${CJK}])[ \\t]*\\n\\s*(?=[${CJK}])`, 'g')

/** Collapse every run of whitespace (including newlines and NBSP) to one space and trim. */
export function collapseWhitespace(s: string): string {
  return s.replace(CJK_WRAP, '$1').replace(/\s+/g, ' ').trim()
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

/** Joins blocks with "\n\n", dropping empty ones, and returns the text with block offsets. */
export function assemble(raw: readonly RawBlock[]): { text: string; blocks: Block[] } {
  const parts: string[] = []
  const blocks: Block[] = []
  let offset = 0
  for (const b of raw) {
    const text = normalizeBlockText(b.kind, b.text)
    if (text.length === 0) continue
    if (parts.length > 0) offset += 2
    const block: Block = { kind: b.kind, start: offset, end: offset + text.length }
    if (b.kind === 'heading') block.depth = Math.min(6, Math.max(1, b.depth ?? 1))
    blocks.push(block)
    parts.push(text)
    offset += text.length
  }
  return { text: parts.join('\n\n'), blocks }
}
