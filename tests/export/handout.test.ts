import { PDFDocument } from 'pdf-lib'
import type { Browser } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { findBrowser } from '../../src/export/browser.ts'
import { makeHandout } from '../../src/export/handout.ts'
import { launchBrowser } from '../../src/export/launch.ts'
import { readPdf } from './pdf-read.ts'

let browser: Browser
let picture: Uint8Array

beforeAll(async () => {
  browser = await launchBrowser(await findBrowser({}))
  // a 16:9 stand-in for a slide picture
  const page = await browser.newPage({ viewport: { width: 480, height: 270 } })
  await page.setContent('<body style="margin:0;background:#dde"><h1 style="margin:40px">Picture</h1></body>')
  picture = await page.screenshot({ type: 'jpeg', quality: 80 })
  await page.close()
}, 60_000)
afterAll(async () => {
  await browser?.close()
})

describe('makeHandout', () => {
  it('lets long notes flow over pages, bookmarks each slide where it starts, on Letter paper', async () => {
    const long = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the long note. ` + 'More words to fill the line. '.repeat(12))
    const pdfBytes = await makeHandout(browser, {
      title: 'Handout <Test> & {{ deck }}',
      paper: 'Letter',
      lang: 'en',
      date: '2025-03-04',
      pdfDate: new Date('2025-03-04T00:00:00Z'),
      slides: [
        { title: 'First slide', image: picture, notes: ['Short note with <b>tags</b> and {{ braces }}.'] },
        { title: 'Second slide', image: picture, notes: long },
        { title: 'Third slide', image: picture, notes: [] },
      ],
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

    expect(pdf.outline.map((o) => o.title)).toEqual(['First slide', 'Second slide', 'Third slide'])
    pdf.outline.forEach((o) => expect(pdf.pageTexts[o.page]).toContain(o.title))
    const [p1, p2, p3] = pdf.outline.map((o) => o.page)
    expect(p1).toBe(0)
    expect(p3! - p2!).toBeGreaterThanOrEqual(1)
    expect(pdf.info.Title).toBe('Handout <Test> & {{ deck }} (handout)')
    expect(pdf.info.Language).toBe('en')
  }, 60_000)
})
