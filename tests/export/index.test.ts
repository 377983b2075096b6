import { existsSync } from 'node:fs'
import { readdir, readFile, rm } from 'node:fs/promises'
import path from 'node:path'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { describeWithBrowser, NO_BROWSER } from '../browser-available.ts'
import { exportDeck, type ExportResult } from '../../src/export/index.ts'
import { PRINT_ROUTE, PRINT_SELECTORS } from '../../src/export/slidev-contract.ts'
import { deckFixture } from './deck-fixture.ts'
import { slideForms } from './handout-read.ts'
import { readPdf } from './pdf-read.ts'

// Titles and notes of tests/fixtures/export-small-deck, as the plan would hand them over.
const slides = [
  { title: 'Opening the Fixture', notes: ['Welcome everyone. Keep {{ braces }} and <script>tags</script> literal.'] },
  { title: 'Numbers That Matter', notes: ['Walk through both numbers.', 'Second paragraph of notes.'] },
  { title: 'A Quote Worth Reading', notes: ['Pause after the quote. '.repeat(120).trim()] },
  { title: 'Closing Thoughts', notes: ['Take questions.'] },
]

let dir: string
let result: ExportResult
const stages: string[] = []
/** What had happened when `whileBuilding` was called (the command line collects its garbage there). */
const whileBuilding: string[][] = []

beforeAll(async () => {
  if (NO_BROWSER) return
  const fixture = await deckFixture('export-small-deck')
  dir = fixture.dir
  result = await exportDeck({
    entry: fixture.entry,
    outDir: path.join(dir, 'out'),
    slug: 'small-deck',
    title: 'Export Fixture Deck',
    author: 'Test Author',
    lang: 'en',
    formats: ['pdf', 'handout', 'web', 'png'],
    slides,
    outline: slides.map((s, i) => ({ title: s.title, page: i })),
    pdfDate: new Date('2025-01-02T03:04:05Z'),
    onStage: (s) => stages.push(s),
    whileBuilding: () => whileBuilding.push([...stages]),
  })
}, 180_000)

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
})

describeWithBrowser('exportDeck', () => {
  it('builds a web deck holding the print route and the print selectors named in slidev-contract.ts', async () => {
    const assets = path.join(result.web as string, 'assets')
    const files = (await readdir(assets, { recursive: true })).filter((f) => f.endsWith('.js'))
    const js = (await Promise.all(files.map((f) => readFile(path.join(assets, f), 'utf8')))).join('\n')
    for (const sel of [PRINT_SELECTORS.slide, PRINT_SELECTORS.loading]) expect(js.includes(sel.slice(1)), `${sel} is not in the built deck`).toBe(true)
    expect(/path:\s*["'`]\/print["'`]/.test(js) && PRINT_ROUTE.path === '/print', `no ${PRINT_ROUTE.path} route in the built deck`).toBe(true)
  })

  it('returns absolute paths of every format and no leftovers', async () => {
    for (const p of [result.pdf, result.handout, result.web, result.png]) {
      expect(p && path.isAbsolute(p) && existsSync(p)).toBe(true)
    }
    expect((await readdir(path.join(dir, 'out'))).sort()).toEqual(['png', 'small-deck-handout.pdf', 'small-deck.pdf', 'web'])
    expect(stages).toEqual(expect.arrayContaining(['build', 'print', 'handout']))
    // once, while Slidev built: no stage had ended yet
    expect(whileBuilding).toEqual([[]])
    expect(result.timings.build).toBeGreaterThan(0)
  })

  it('prints one PDF page per slide, each with its title, plus outline and metadata', async () => {
    const pdf = await readPdf(await readFile(result.pdf as string))
    expect(pdf.numPages).toBe(4)
    slides.forEach((s, i) => expect(pdf.pageTexts[i]).toContain(s.title))
    expect(pdf.outline.map((o) => [o.title, o.page])).toEqual(slides.map((s, i) => [s.title, i]))
    expect(pdf.info.Title).toBe('Export Fixture Deck')
    expect(pdf.info.Author).toBe('Test Author')
    expect(String(pdf.info.CreationDate)).toContain('20250102030405')
  })

  it('makes a handout with the notes as text, page footers and one bookmark per slide', async () => {
    const pdf = await readPdf(await readFile(result.handout as string))
    const text = pdf.pageTexts.join(' ')
    for (const s of slides) {
      expect(text).toContain(s.title)
      expect(text).toContain(s.notes[0]!.slice(0, 40))
    }
    expect(text).toContain('{{ braces }} and <script>tags</script> literal')
    expect(pdf.pageTexts[0]).toMatch(new RegExp(`Page 1 of ${pdf.numPages}`))
    expect(pdf.outline.map((o) => o.title)).toEqual(slides.map((s) => s.title))
    const pages = pdf.outline.map((o) => o.page)
    expect(pages[0]).toBe(0)
    expect([...pages].sort((a, b) => a - b)).toEqual(pages)
    // each bookmark lands on the page that holds that slide's title
    pdf.outline.forEach((o) => expect(pdf.pageTexts[o.page]).toContain(o.title))
    expect(String(pdf.info.Title)).toContain('Export Fixture Deck')
  })

  it("draws every slide into the handout from the slides PDF's own page (vector), on the page of its bookmark", async () => {
    const printed = await readPdf(await readFile(result.pdf as string))
    const bytes = await readFile(result.handout as string)
    const handout = await readPdf(bytes)
    const noSpace = (s: string) => s.replace(/\s+/g, '')
    const pages = handout.outline.map((o) => o.page)
    slides.forEach((s, i) => {
      // the slide page's whole text (its body, not only the title the handout repeats)
      const slideText = noSpace(printed.pageTexts[i]!)
      expect(slideText.length).toBeGreaterThan(noSpace(s.title).length)
      expect(noSpace(handout.pageTexts[pages[i]!]!), `slide ${i + 1} on handout page ${pages[i]! + 1}`).toContain(slideText)
    })
    // one Form XObject of the slide page's size per slide, on the page of its bookmark
    const doc = await PDFDocument.load(bytes)
    const slidePage = (await PDFDocument.load(await readFile(result.pdf as string))).getPage(0).getSize()
    const forms = slideForms(doc, slidePage)
    expect(forms.reduce((a, b) => a + b, 0)).toBe(slides.length)
    pages.forEach((p) => expect(forms[p]).toBe(pages.filter((q) => q === p).length))
  })

  it('writes one 2x PNG per slide', async () => {
    const files = (await readdir(result.png as string)).sort()
    expect(files).toEqual(['001.png', '002.png', '003.png', '004.png'])
    const png = await readFile(path.join(result.png as string, '001.png'))
    expect(png.subarray(1, 4).toString()).toBe('PNG')
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1960, 1104])
  })

  it('puts the PDF into the web deck for its download button', async () => {
    const web = result.web as string
    expect(existsSync(path.join(web, 'index.html'))).toBe(true)
    expect(existsSync(path.join(web, 'small-deck.pdf'))).toBe(true)
    expect((await readdir(path.join(web, 'assets'))).some((f) => f.startsWith('print-'))).toBe(true)
  })
})

describe('exportDeck without a browser', () => {
  it('fails fast with BROWSER_NOT_FOUND, stops the build and leaves nothing behind', async () => {
    const fixture = await deckFixture('export-small-deck')
    try {
      const outDir = path.join(fixture.dir, 'out')
      const started = Date.now()
      const err = await exportDeck({
        entry: fixture.entry,
        outDir,
        slug: 'small-deck',
        title: 'T',
        formats: ['pdf', 'web'],
        browserPath: path.join(fixture.dir, 'no-such-browser'),
        slides,
        outline: [],
      }).catch((e: unknown) => e)
      expect((err as { code?: string }).code).toBe('BROWSER_NOT_FOUND')
      expect(Date.now() - started).toBeLessThan(15_000)
      expect(await readdir(outDir)).toEqual([])
    } finally {
      await rm(fixture.dir, { recursive: true, force: true })
    }
  }, 30_000)
})
