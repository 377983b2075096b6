import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analyze } from '../../src/analyze/index.ts'
import { parseDocx } from '../../src/ingest/docx.ts'
import { blockTexts, expectError, expectWellFormed } from './helpers.ts'

const bytes = readFileSync(new URL('../fixtures/docx/article.docx', import.meta.url))

describe('parseDocx', () => {
  it('turns Word heading styles into headings and the Title style into meta.title', async () => {
    const a = await parseDocx(bytes, 'garden.docx')
    expectWellFormed(a)
    expect(a.format).toBe('docx')
    expect(a.meta.title).toMatch(/^The School Garden Year: /)
    expect(a.meta.byline).toBe('Helen Marsh')
    expect(a.meta.lang).toBe('en-GB')
    expect(a.meta.description).toMatch(/^A report to the parents/)
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => [a.text.slice(b.start, b.end), b.depth])
    expect(headings).toEqual([
      ['Why we started', 1],
      ['Building the beds', 1],
      ['Soil and water', 2],
      ['What the children grew', 2],
      ['What changed in the classroom', 1],
      ['The next eighteen months', 1],
    ])
    expect(a.blocks.filter((b) => b.kind === 'list-item')).toHaveLength(3)
    expect(blockTexts(a)[1]).toMatch(/^When the parents’ association/)
  })

  it('takes a first line in capitals over the parts of a document as its title, the parts as its sections', async () => {
    // (a saved budget document: its first line is no Word heading, its parts' names are bold lines)
    const cases = readFileSync(new URL('../../corpus/docx-ireland-budget-cases/article.docx', import.meta.url))
    const a = await parseDocx(cases, 'cases.docx')
    expect(a.meta.title).toBe('(V) ILLUSTRATIVE CASES')
    const headings = a.blocks.filter((b) => b.kind === 'heading').map((b) => a.text.slice(b.start, b.end))
    expect(headings.slice(0, 3)).toEqual(['Patrick', 'Siobhan', 'Annemarie and Keith'])
    expect(analyze(a).title).toBe('(V) Illustrative cases')
    expect(analyze(a).sections.map((s) => s.title).slice(0, 3)).toEqual(['Introduction', 'Patrick', 'Siobhan'])
  })

  it('refuses a zip that is not a Word document', async () => {
    const notDocx = Buffer.from(bytes)
    // Rename word/document.xml in the central directory and local header.
    notDocx.write('word/documenX.xml', notDocx.indexOf('word/document.xml'), 'latin1')
    notDocx.write('word/documenX.xml', notDocx.lastIndexOf('word/document.xml'), 'latin1')
    await expectError(parseDocx(notDocx, 'x.docx'), 'INPUT_BINARY', /^x\.docx: not a readable Word document/)
  })
})
