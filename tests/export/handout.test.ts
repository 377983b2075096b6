import { PDFDict, PDFDocument, PDFName } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { browserPath, describeWithBrowser } from '../browser-available.ts'
import { findSlideFrames, type SlideFrame } from '../../src/export/handout-frames.ts'
import { makeHandout } from '../../src/export/handout.ts'
import { launchBrowser } from '../../src/export/launch.ts'
import { formBoxes, slideForms } from './handout-read.ts'
import { readPdf } from './pdf-read.ts'

let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser(browserPath())
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

/**
 * A stand-in slides PDF printed by the browser like the real one (980×552 px pages),
 * page i showing `bodies[i]` and a link (the slides' links must not leak into the handout).
 */
async function printSlides(bodies: string[], lang = 'en'): Promise<Uint8Array> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  try {
    const slide = (body: string) =>
      `<div class="s"><h1>${body}</h1><p><a href="https://example.invalid/source">source</a></p></div>`
    await page.setContent(`<html lang="${lang}"><style>
      @page { size: 980px 552px; margin: 0 } body { margin: 0 }
      .s { width: 980px; height: 552px; padding: 60px; box-sizing: border-box; background: #dfe8f5; font: 40px sans-serif; break-after: page }
    </style>${bodies.map(slide).join('')}</html>`)
    return await page.pdf({ width: '980px', height: '552px', margin: { top: 0, right: 0, bottom: 0, left: 0 }, printBackground: true, preferCSSPageSize: true })
  } finally {
    await page.close()
  }
}

interface Placed { text: string; page: number; x: number; y: number }

/** Every text item with its page and position (PDF points), and each Figure of the structure tree. */
async function readBack(bytes: Uint8Array): Promise<{ items: Placed[]; figures: { alt?: string; kids: string[] }[] }> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise
  try {
    const items: Placed[] = []
    const figures: { alt?: string; kids: string[] }[] = []
    type Node = { role?: string; alt?: string; type?: string; children?: Node[] }
    const walk = (n: Node): void => {
      if (n.role === 'Figure') figures.push({ alt: n.alt, kids: (n.children ?? []).map((c) => c.type ?? c.role ?? '') })
      n.children?.forEach(walk)
    }
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      for (const it of (await page.getTextContent()).items) {
        if ('str' in it && it.str.trim()) items.push({ text: it.str, page: i - 1, x: it.transform[4], y: it.transform[5] })
      }
      walk((await page.getStructTree()) as Node)
    }
    return { items, figures }
  } finally {
    await doc.destroy()
  }
}

function uriLinks(doc: PDFDocument): number {
  return doc.getPages().reduce((n, p) => n + (p.node.Annots()?.asArray() ?? []).filter((ref) => {
    const a = doc.context.lookup(ref, PDFDict)
    return a.lookupMaybe(PDFName.of('A'), PDFDict)?.get(PDFName.of('S')) === PDFName.of('URI')
  }).length, 0)
}

/** Checks that slide i's body text is drawn inside frame i and nowhere else. */
function expectDrawnInFrames(items: Placed[], frames: SlideFrame[], marker: (i: number) => string): void {
  frames.forEach((f, i) => {
    const hits = items.filter((it) => it.text.includes(marker(i)))
    expect(hits.map((h) => h.page), `slide ${i + 1} drawn once, on the page of its frame`).toEqual([f.page])
    const hit = hits[0]!
    expect(hit.x).toBeGreaterThan(f.x)
    expect(hit.x).toBeLessThan(f.x + f.width)
    expect(hit.y).toBeGreaterThan(f.y)
    expect(hit.y).toBeLessThan(f.y + f.height)
  })
}

describeWithBrowser('makeHandout', () => {
  it('draws each slide into its frame, lets long notes flow over pages, bookmarks each slide where it starts, on Letter paper', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the long note. ` + 'More words to fill the line. '.repeat(12))
    const slides = [
      { title: 'First slide', notes: ['Short note with <b>tags</b> and {{ braces }}.'] },
      { title: 'Second slide', notes: long },
      { title: 'Third slide', notes: [] },
      { title: 'Fourth slide', notes: ['Short.'] },
    ]
    const marker = (i: number) => `Body of slide ${i + 1}`
    const pdfBytes = await makeHandout(browser, {
      title: 'Handout <Test> & {{ deck }}',
      paper: 'Letter',
      lang: 'en',
      date: '2025-03-04',
      pdfDate: new Date('2025-03-04T00:00:00Z'),
      slidesPdf: await printSlides(slides.map((_, i) => marker(i))),
      slides,
    })
    const doc = await PDFDocument.load(pdfBytes)
    const { width, height } = doc.getPage(0).getSize()
    expect([Math.round(width), Math.round(height)]).toEqual([612, 792])

    const pdf = await readPdf(pdfBytes)
    expect(pdf.numPages).toBeGreaterThanOrEqual(3)
    const text = pdf.pageTexts.join(' ')
    expect(text).toContain('Short note with <b>tags</b> and {{ braces }}.')
    expect(text).toContain('Paragraph 12 of the long note.')
    expect(pdf.pageTexts[0]).toContain('Handout <Test> & {{ deck }}')
    expect(pdf.pageTexts[pdf.numPages - 1]).toContain(`Page ${pdf.numPages} of ${pdf.numPages}`)

    // the slides: each one drawn (vector, a Form XObject of the slide page) inside its frame
    const frames = findSlideFrames(doc, slides.length)
    const { items, figures } = await readBack(pdfBytes)
    expectDrawnInFrames(items, frames, marker)
    const boxes = formBoxes(doc)
    frames.forEach((f) => expect(boxes[f.page]).toContainEqual([0, 0, 735, 414]))
    const perPage = slideForms(doc, { width: 735, height: 414 })
    expect(perPage.reduce((a, b) => a + b, 0)).toBe(slides.length)
    frames.forEach((f) => expect(perPage[f.page]).toBe(frames.filter((g) => g.page === f.page).length))
    // its links stay behind: the only links are the frames' own
    expect(uriLinks(doc)).toBe(0)
    // frames of the slide's aspect ratio: the slide fills its frame
    for (const f of frames) expect(f.width / f.height).toBeCloseTo(980 / 552, 1)
    // the title of each slide is on the page of its frame (picture and title never split)
    frames.forEach((f, i) => expect(pdf.pageTexts[f.page]).toContain(slides[i]!.title))

    // the tagged PDF describes each slide as a Figure that holds the drawing
    expect(figures.map((f) => f.alt)).toEqual(slides.map((s, i) => `Slide ${i + 1} of ${slides.length}: ${s.title}`))
    for (const f of figures) expect(f.kids.filter((k) => k === 'content').length).toBeGreaterThanOrEqual(2)

    expect(pdf.outline.map((o) => o.title)).toEqual(slides.map((s) => s.title))
    expect(pdf.outline.map((o) => o.page)).toEqual(frames.map((f) => f.page))
    pdf.outline.forEach((o) => expect(pdf.pageTexts[o.page]).toContain(o.title))
    const [p1, p2, p3] = pdf.outline.map((o) => o.page)
    expect(p1).toBe(0)
    expect(p3! - p2!).toBeGreaterThanOrEqual(1)
    expect(pdf.info.Title).toBe('Handout <Test> & {{ deck }} (handout)')
    expect(pdf.info.Language).toBe('en')

    // a print without slide 2's frame is refused, naming the slide
    const page = doc.getPage(frames[1]!.page)
    const annots = page.node.Annots()!
    annots.remove(annots.asArray().findIndex((ref) => doc.context.lookup(ref) === frames[1]!.annot))
    expect(() => findSlideFrames(doc, slides.length)).toThrow(expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('slide 2 of 4') }))
  }, 60_000)

  it('makes the handout of a right-to-left (Arabic) deck', async () => {
    const slides = [
      { title: 'مكتبة الحي القديم', notes: ['افتتحت بلدية المدينة يوم السبت مكتبة عامة جديدة في الحي القديم.'] },
      { title: 'قسم الأطفال', notes: ['وأضافت أن قسم الأطفال هو الأكبر في المبنى.', 'وتخطط المكتبة لتنظيم ساعات للقراءة الجماعية.'] },
      { title: 'الخاتمة', notes: [] },
    ]
    const marker = (i: number) => `S${i + 1}X`
    const pdfBytes = await makeHandout(browser, {
      title: 'مكتبة جديدة',
      paper: 'A4',
      lang: 'ar',
      pdfDate: new Date('2025-03-04T00:00:00Z'),
      slidesPdf: await printSlides(slides.map((s, i) => `${marker(i)} ${s.title}`), 'ar'),
      slides,
    })
    const doc = await PDFDocument.load(pdfBytes)
    const frames = findSlideFrames(doc, slides.length)
    const { items } = await readBack(pdfBytes)
    expectDrawnInFrames(items, frames, marker)
    const pdf = await readPdf(pdfBytes)
    expect(pdf.outline.map((o) => o.title)).toEqual(slides.map((s) => s.title))
    expect(pdf.outline.map((o) => o.page)).toEqual(frames.map((f) => f.page))
    // the notes are text: their Arabic words come back from the PDF, on the page of their
    // slide (pdfjs gives Chromium's Arabic glyph by glyph, in visual order: read them
    // backwards, presentation forms mapped back to letters)
    const pageWords = (page: number) => items.filter((it) => it.page === page).reverse().map((it) => it.text.normalize('NFKC')).join('')
    expect(pageWords(frames[0]!.page)).toContain('بلدية')
    expect(pageWords(frames[1]!.page)).toContain('الجماعية')
    expect(pdf.info.Language).toBe('ar')
  }, 60_000)

  it('refuses a slides PDF that does not have one page per slide', async () => {
    const err = await makeHandout(browser, {
      title: 'T',
      paper: 'A4',
      slidesPdf: await printSlides(['only one']),
      slides: [{ title: 'One', notes: [] }, { title: 'Two', notes: [] }],
    }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: 'INTERNAL', message: expect.stringContaining('1 pages for 2 slides') })
  }, 60_000)
})
