import { readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { blockTexts, expectWellFormed } from './helpers.ts'

// Relative origins keep the snapshots independent of where the repository lives.
const FIXTURES = 'tests/fixtures'
const cases = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => {
    const article = readdirSync(`${FIXTURES}/${d.name}`).find((f) => f.startsWith('article.'))
    return { name: d.name, path: article ? `${FIXTURES}/${d.name}/${article}` : undefined }
  })
  .filter((c): c is { name: string; path: string } => c.path !== undefined)

describe('fixtures', () => {
  it('has the expected fixture cases', () => {
    expect(cases.map((c) => c.name)).toEqual(
      expect.arrayContaining(['headings-md', 'no-headings-txt', 'news-html', 'docx', 'many-quotes', 'many-figures', 'french', 'chinese', 'hostile']),
    )
  })

  it.each(cases)('$name: well-formed and stable', async ({ path }) => {
    const a = await ingest(path)
    expectWellFormed(a)
    expect(a).toMatchSnapshot()
  })

  it('headings-md: H2 sections, list, quote, code; title and byline from front matter', async () => {
    const a = await ingest(`${FIXTURES}/headings-md/article.md`)
    const kinds = new Set(a.blocks.map((b) => b.kind))
    expect([...kinds].sort()).toEqual(['blockquote', 'code', 'heading', 'list-item', 'paragraph'])
    expect(a.blocks.filter((b) => b.kind === 'heading').every((b) => b.depth === 2)).toBe(true)
    expect(a.meta.byline).toBe('Priya Raman')
    expect(a.text).not.toContain('](')
    expect(a.text).toContain('volunteer observer guide')
  })

  it('no-headings-txt: only paragraphs, hard wraps joined', async () => {
    const a = await ingest(`${FIXTURES}/no-headings-txt/article.txt`)
    expect(a.blocks.length).toBeGreaterThanOrEqual(8)
    expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
    expect(a.meta.title).toBeUndefined()
  })

  it('french and chinese: quotes and punctuation kept verbatim', async () => {
    const fr = await ingest(`${FIXTURES}/french/article.txt`)
    expect(fr.text).toContain('« Nous avons attendu')
    expect(fr.text).toMatch(/»/)
    const zh = await ingest(`${FIXTURES}/chinese/article.txt`)
    expect(zh.meta.title).toBe('城市屋顶上的菜园')
    expect((zh.text.match(/[。！？]/g) ?? []).length).toBeGreaterThanOrEqual(15)
    expect(zh.text).not.toMatch(/[\u4e00-\u9fff] [\u4e00-\u9fff]/)
  })

  it('hostile: markup-like text survives as data', async () => {
    const a = await ingest(`${FIXTURES}/hostile/article.txt`)
    const texts = blockTexts(a)
    for (const s of [
      "{{ constructor.constructor('alert(1)')() }}",
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '<!--',
      '-->',
      '$$ x $$',
      'apples | pears | plums',
      '[click for details](javascript:alert(1))',
      '::note::',
      '👩🏽‍💻',
      'مرحبا بكم',
      'שלום וברוכים',
      '```',
    ]) {
      expect(a.text, s).toContain(s)
    }
    expect(texts).toContain('---')
    for (const start of ['# ', '> ', '* ', '- ', '1. ']) expect(texts.some((t) => t.startsWith(start)), start).toBe(true)
    expect(a.blocks.every((b) => b.kind === 'paragraph')).toBe(true)
    expect(a.removed).toEqual([])
  })
})
