/**
 * Prints the handout (slide pictures + speaker notes) with the browser and finishes the
 * PDF: metadata and one bookmark per slide pointing at the page where it starts.
 */
import { readFile } from 'node:fs/promises'
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib'
import type { Browser } from 'playwright-chromium'
import { DeckwrightError } from '../errors.ts'
import { HANDOUT_MARGIN_MM, footerTemplate, handoutHtml, type Paper } from './handout-html.ts'
import { finishPdf, type OutlineEntry } from './pdf-meta.ts'

export interface HandoutSlide {
  title: string
  /** Path of the slide's picture (PNG or JPEG), unless `image` is given. */
  png?: string
  /** The slide's picture as PNG or JPEG bytes (preferred: no disk round trip). */
  image?: Uint8Array
  /** Speaker-note paragraphs. */
  notes: string[]
}

export interface HandoutOptions {
  title: string
  slides: HandoutSlide[]
  paper: Paper
  lang?: string
  /** Shown under the title, as given. */
  date?: string
  author?: string
  subject?: string
  /** PDF creation date (see finishPdf). */
  pdfDate?: Date
  timeoutMs?: number
}

interface Heading {
  /** 0-based page index. */
  page: number
}

/** Headings of the browser-made outline (document order, flattened). */
function chromeOutline(doc: PDFDocument): Heading[] {
  const pageIndex = new Map(doc.getPages().map((p, i) => [p.ref.toString(), i]))
  const out: Heading[] = []
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const visit = (first: PDFObject | undefined, depth: number): void => {
    let ref = first
    let guard = 0
    while (ref instanceof PDFRef && guard++ < 10_000 && depth < 20) {
      const item = doc.context.lookup(ref, PDFDict)
      const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
      const page = dest ? pageIndex.get(String(dest.get(0))) : undefined
      if (page !== undefined) out.push({ page })
      visit(item.get(PDFName.of('First')), depth + 1)
      ref = item.get(PDFName.of('Next'))
    }
  }
  visit(root?.get(PDFName.of('First')), 0)
  return out
}

/** Fallback: slide pictures are the only images, in order; count them page by page. */
function imagePages(doc: PDFDocument): Heading[] {
  const out: Heading[] = []
  doc.getPages().forEach((page, i) => {
    const xobjects = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
    for (const [, ref] of xobjects?.entries() ?? []) {
      const x = doc.context.lookup(ref)
      const subtype = x && 'dict' in x ? (x.dict as PDFDict).get(PDFName.of('Subtype'))?.toString() : undefined
      if (subtype === '/Image') out.push({ page: i })
    }
  })
  return out
}

/** The page where each slide's section starts. */
export function slideHeadings(pdf: PDFDocument, slideCount: number): Heading[] {
  // The outline holds the document title (h1) and one heading (h2) per slide: the slide
  // headings are the last `slideCount` entries.
  const outline = chromeOutline(pdf)
  if (outline.length >= slideCount) return outline.slice(outline.length - slideCount)
  const images = imagePages(pdf)
  if (images.length === slideCount) return images
  return Array.from({ length: slideCount }, () => ({ page: 0 }))
}

/** A data: URI of PNG or JPEG bytes (type sniffed from the signature). */
export function imageDataUri(bytes: Uint8Array): string {
  const jpeg = bytes[0] === 0xff && bytes[1] === 0xd8
  return `data:image/${jpeg ? 'jpeg' : 'png'};base64,${Buffer.from(bytes).toString('base64')}`
}

async function slideImage(slide: HandoutSlide, index: number): Promise<string> {
  if (slide.image) return imageDataUri(slide.image)
  if (!slide.png) throw new DeckwrightError('INTERNAL', `no picture of slide ${index + 1} for the handout`)
  try {
    return imageDataUri(await readFile(slide.png))
  } catch (cause) {
    throw new DeckwrightError('INTERNAL', `slide picture missing for the handout: ${slide.png}`, { cause })
  }
}

export async function makeHandout(browser: Browser, options: HandoutOptions): Promise<Uint8Array> {
  const slides = await Promise.all(
    options.slides.map(async (s, i) => ({ title: s.title, notes: s.notes, image: await slideImage(s, i) })),
  )
  const html = handoutHtml({ ...options, slides })
  const context = await browser.newContext()
  let raw: Uint8Array
  try {
    const page = await context.newPage()
    const timeout = options.timeoutMs ?? 60_000
    await page.setContent(html, { waitUntil: 'load', timeout })
    await page.evaluate(async () => {
      await document.fonts.ready
      await Promise.all(Array.from(document.images).map((img) => img.decode().catch(() => undefined)))
    })
    const mm = (n: number) => `${n}mm`
    raw = await page.pdf({
      format: options.paper,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.title),
      margin: {
        top: mm(HANDOUT_MARGIN_MM.top),
        right: mm(HANDOUT_MARGIN_MM.right),
        bottom: mm(HANDOUT_MARGIN_MM.bottom),
        left: mm(HANDOUT_MARGIN_MM.left),
      },
      outline: true,
      tagged: true,
    })
  } finally {
    await context.close().catch(() => undefined)
  }
  const doc = await PDFDocument.load(raw, { updateMetadata: false })
  const headings = slideHeadings(doc, options.slides.length)
  const outline: OutlineEntry[] = options.slides.map((s, i) => ({ title: s.title, page: headings[i]?.page ?? 0 }))
  return finishPdf(raw, {
    title: `${options.title} (handout)`,
    author: options.author,
    subject: options.subject,
    lang: options.lang,
    outline,
    date: options.pdfDate,
  })
}
