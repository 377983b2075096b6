import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseFormats, FORMATS } from '../../src/cli/options.ts'
import { DEFAULT_FORMATS, FORMAT_NAMES, formatsTable, isExportFormat, isPptxKind, OUTPUT_FORMATS, outputPath } from '../../src/export/formats.ts'
import { PROJECT_ROOT } from '../fixture-articles.ts'

describe('output formats', () => {
  it('are listed in the README exactly as the registry has them', () => {
    const readme = readFileSync(join(PROJECT_ROOT, 'README.md'), 'utf8')
    expect(readme, 'README.md: paste formatsTable() from src/export/formats.ts under "Where outputs go"').toContain(formatsTable())
  })

  it('are the CLI’s --format choices, the default ones by default', () => {
    expect(FORMATS).toEqual(FORMAT_NAMES)
    expect(DEFAULT_FORMATS).toEqual(['pdf', 'handout', 'web'])
    expect(parseFormats(FORMAT_NAMES.join(','))).toEqual(FORMAT_NAMES)
    expect(() => parseFormats('pdf,docx')).toThrow(/unknown format docx; choose from pdf, handout, web, png, pptx, pptx-editable/)
  })

  it('each have one producer', () => {
    for (const f of FORMAT_NAMES) expect(isExportFormat(f) !== isPptxKind(f), f).toBe(true)
    expect(FORMAT_NAMES.filter(isPptxKind)).toEqual(['pptx', 'pptx-editable'])
  })

  it('land in the deck folder, named after the deck', () => {
    expect(outputPath('/d', 'talk', 'pdf')).toBe('/d/talk.pdf')
    expect(outputPath('/d/', 'talk', 'handout')).toBe('/d/talk-handout.pdf')
    expect(outputPath('/d', 'talk', 'web')).toBe('/d/web')
    expect(outputPath('/d', 'talk', 'pptx-editable')).toBe('/d/talk-editable.pptx')
    const targets = FORMAT_NAMES.map((f) => OUTPUT_FORMATS[f].target)
    expect(new Set(targets).size).toBe(targets.length)
  })
})
