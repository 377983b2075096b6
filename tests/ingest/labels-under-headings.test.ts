import { describe, expect, it } from 'vitest'
import { labelsUnderHeadings } from '../../src/ingest/labels-under-headings.ts'
import { BOLD_HEADING_DEPTH } from '../../src/ingest/blocks.ts'
import { parseMarkdown } from '../../src/ingest/markdown.ts'
import { rawHeading, rawParagraph } from './helpers.ts'

describe('labelsUnderHeadings', () => {
  it('reads a line set in bold right under a heading, over text, as a paragraph', () => {
    const blocks = [rawHeading('More Efficient Reactivity System', 3), rawHeading('Context: PR#5912', BOLD_HEADING_DEPTH), rawParagraph('3.4 also ships a substantial refactor of the reactivity system.')]
    expect(labelsUnderHeadings(blocks).map((b) => b.kind)).toEqual(['heading', 'paragraph', 'paragraph'])
  })

  it('keeps a bold heading after text, one under another bold line, and one over a heading', () => {
    const afterText = [rawHeading('Setup', 2), rawParagraph('Install it first.'), rawHeading('Step one', BOLD_HEADING_DEPTH), rawParagraph('Run the installer.')]
    const underBold = [rawHeading('Part one', BOLD_HEADING_DEPTH), rawHeading('Part two', BOLD_HEADING_DEPTH), rawParagraph('Text.')]
    const overHeading = [rawHeading('Setup', 2), rawHeading('Step one', BOLD_HEADING_DEPTH), rawHeading('Details', 3), rawParagraph('Text.')]
    for (const blocks of [afterText, underBold, overHeading]) expect(labelsUnderHeadings(blocks)).toEqual(blocks)
  })

  it('keeps the heading as the title of its part in a Markdown post', () => {
    const md = ['# Announcing 3.4', '', 'Intro text of the post, long enough to be prose.', '', '### More Efficient Reactivity System', '', '**Context: [PR#5912](https://example.org/pr/5912)**', '', 'It ships a substantial refactor of the reactivity system.'].join('\n')
    const a = parseMarkdown(md, 'post.md')
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))).toEqual(['More Efficient Reactivity System'])
  })
})
