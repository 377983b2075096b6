/**
 * A line set in bold right under a heading, before any text ("### More Efficient Reactivity
 * System ⏎ **Context: PR#5912**"), labels what the heading opens; it is no heading of a part
 * inside it, and its words must not take the heading's place as the part's title. It stays a
 * paragraph.
 *
 * Usage: const blocks = labelsUnderHeadings(raw)
 */
import { BOLD_HEADING_DEPTH, type RawBlock } from './blocks.ts'

export function labelsUnderHeadings(blocks: readonly RawBlock[]): RawBlock[] {
  return blocks.map((b, i) => {
    const before = blocks[i - 1]
    const under = b.kind === 'heading' && b.depth === BOLD_HEADING_DEPTH && before?.kind === 'heading' && (before.depth ?? 1) < BOLD_HEADING_DEPTH
    return under && blocks[i + 1]?.kind !== 'heading' ? { ...b, kind: 'paragraph', depth: undefined } : b
  })
}
