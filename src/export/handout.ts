/**
 * Makes the handout: the browser prints the notes with an empty frame per slide, then
 * each frame gets the slide itself, drawn from the slides PDF's page as vector graphics
 * (see handout-frames.ts), and the PDF is finished: metadata and one bookmark per slide
 * pointing at the page where it starts (the page of its frame).
 */
import { PDFDocument } from 'pdf-lib'
import type { Browser } from 'playwright-core'
import { DeckwrightError } from '../errors.ts'
import { localeFor } from '../locales/index.ts'
import { drawSlides, findSlideFrames } from './handout-frames.ts'
import { HANDOUT_MARGIN_MM, footerTemplate, handoutHtml, type Paper } from './handout-html.ts'
import { PDF_LOAD, PDF_SAVE, applyFinish, loadPrinted, type OutlineEntry } from './pdf-meta.ts'

export interface HandoutSlide {
  title: string
  /** Speaker-note paragraphs. */
  notes: string[]
}

export interface HandoutOptions {
  title: string
  slides: HandoutSlide[]
  /** The slides PDF as the browser printed it: one page per slide, in order. */
  slidesPdf: Uint8Array
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

async function loadSlides(bytes: Uint8Array, slideCount: number): Promise<PDFDocument> {
  let doc: PDFDocument
  try {
    doc = await PDFDocument.load(bytes, PDF_LOAD)
  } catch (cause) {
    throw new DeckwrightError('BROWSER_FAILED', 'the slides PDF for the handout is unreadable', { cause, hint: 'try again; if it persists, try another browser with --browser PATH' })
  }
  if (doc.getPageCount() !== slideCount) {
    throw new DeckwrightError('INTERNAL', `the slides PDF has ${doc.getPageCount()} pages for ${slideCount} slides in the handout`)
  }
  return doc
}

/** The browser's print of the handout page (frames still empty). */
async function printHtml(browser: Browser, html: string, options: Pick<HandoutOptions, 'timeoutMs' | 'paper' | 'title' | 'lang'>): Promise<Uint8Array> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    const timeout = options.timeoutMs ?? 60_000
    await page.setContent(html, { waitUntil: 'load', timeout })
    await page.evaluate(async () => {
      await document.fonts.ready
    })
    const mm = (n: number) => `${n}mm`
    return await page.pdf({
      format: options.paper,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(options.title, options.lang),
      margin: {
        top: mm(HANDOUT_MARGIN_MM.top),
        right: mm(HANDOUT_MARGIN_MM.right),
        bottom: mm(HANDOUT_MARGIN_MM.bottom),
        left: mm(HANDOUT_MARGIN_MM.left),
      },
      tagged: true,
    })
  } finally {
    await context.close().catch(() => undefined)
  }
}

export type HandoutPagesOptions = Omit<HandoutOptions, 'slidesPdf' | 'pdfDate'> & {
  /** Size of one slide; only its aspect ratio counts (the frames take it). */
  slideSize?: { width: number; height: number }
}

/**
 * The browser's print of the handout: notes and titles with an empty frame per slide. It needs
 * only the plan's text and the slides' aspect ratio, so it can run before the slides are printed.
 */
export function printHandoutPages(browser: Browser, options: HandoutPagesOptions): Promise<Uint8Array> {
  return printHtml(browser, handoutHtml(options), options)
}

/** Draws each slide of the slides PDF into its frame of the printed pages and finishes the PDF. */
export async function finishHandout(pages: Uint8Array, options: HandoutOptions): Promise<Uint8Array> {
  const slides = await loadSlides(options.slidesPdf, options.slides.length)
  const doc = await loadPrinted(pages, 'handout PDF')
  const frames = findSlideFrames(doc, options.slides.length)
  await drawSlides(doc, slides, frames)
  // a slide's section starts with its frame: bookmark the frame's page
  const outline: OutlineEntry[] = options.slides.map((s, i) => ({ title: s.title, page: frames[i]?.page ?? 0 }))
  applyFinish(doc, {
    title: `${options.title}${localeFor(options.lang).handout.titleSuffix}`,
    author: options.author,
    subject: options.subject,
    lang: options.lang,
    outline,
    date: options.pdfDate,
  })
  return doc.save(PDF_SAVE)
}

/** The whole handout from the slides PDF: frames of the printed slides' own aspect ratio. */
export async function makeHandout(browser: Browser, options: HandoutOptions): Promise<Uint8Array> {
  const slides = await loadSlides(options.slidesPdf, options.slides.length)
  const pages = await printHandoutPages(browser, { ...options, slideSize: slides.getPages()[0]?.getSize() })
  return finishHandout(pages, options)
}
