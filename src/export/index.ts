/**
 * The export stage: builds the web deck once with `slidev build`, serves it on
 * 127.0.0.1, and prints every format (slides PDF, PNGs, handout) from that one build in
 * one browser session. Nothing in the deck folder changes until everything is ready: the
 * web deck is built into a temporary sibling folder and every output is put in place at
 * the end, each atomically, so a failed or interrupted export leaves the previous outputs
 * whole. Server, browser and temporary folders are cleaned up on every path, including
 * an abort (`signal`).
 */
import { mkdir, rm } from 'node:fs/promises'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { DeckwrightError } from '../errors.ts'
import { findBrowser } from './browser.ts'
import { FORMAT_NAMES, isExportFormat, outputPath, type ExportFormat } from './formats.ts'
import { missingFontNotice } from './fonts.ts'
import { replaceDir, tempSibling, writeFileAtomic } from '../fs-atomic.ts'
import type { Paper } from './handout-html.ts'
import { makeHandout } from './handout.ts'
import { launchBrowser } from './launch.ts'
import { finishPdf, type OutlineEntry } from './pdf-meta.ts'
import { printDeck, type RouterMode } from './print.ts'
import { serveStatic } from './serve.ts'
import { abortReason, browserTimeout, retried, withBrowser } from './session.ts'
import { buildWeb } from './slidev-build.ts'
import type { SlidevProcess } from './slidev-process.ts'

export { findBrowser } from './browser.ts'
export * from './formats.ts'
export { browserTimeout, DEFAULT_BROWSER_TIMEOUT_MS } from './session.ts'
export { launchBrowser } from './launch.ts'
export { serveStatic } from './serve.ts'
export { buildWeb } from './slidev-build.ts'
export { startSlidev, type SlidevProcess } from './slidev-process.ts'
export { printDeck } from './print.ts'
export { finishPdf } from './pdf-meta.ts'
export { makeHandout } from './handout.ts'
export type { OutlineEntry } from './pdf-meta.ts'
export type { RouterMode } from './print.ts'
export type { Paper } from './handout-html.ts'


export interface ExportSlide {
  title: string
  notes: string[]
  section?: string
}

export interface ExportOptions {
  /** The deck's slides.md. */
  entry: string
  outDir: string
  /** File name stem: `<slug>.pdf`, `<slug>-handout.pdf`. */
  slug: string
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  lang?: string
  formats: ExportFormat[]
  /** URL base path of the web deck (default '/'). */
  base?: string
  paper?: Paper
  /** `--browser PATH`. */
  browserPath?: string
  /** Slides of the plan, in deck order. */
  slides: ExportSlide[]
  /** Bookmarks of the slides PDF (0-based pages). */
  outline: OutlineEntry[]
  /** Headmatter `routerMode` of the deck (default 'hash'). */
  routerMode?: RouterMode
  /** CSS px of one slide (default 980×552, Slidev's 16:9 canvas). */
  slideSize?: { width: number; height: number }
  /** Date shown on the handout, as given. */
  date?: string
  /** Creation date stamped into the PDFs (default SOURCE_DATE_EPOCH or now). */
  pdfDate?: Date
  /**
   * Time limit of one browser attempt, launch included (default: DECKWRIGHT_BROWSER_TIMEOUT_MS
   * from the environment, else 120 s); one retry after a failure.
   */
  browserTimeoutMs?: number
  signal?: AbortSignal
  /** A `startSlidev('build')` process started earlier, to build the web deck with. */
  slidev?: SlidevProcess
  onStage?: (stage: string, ms: number) => void
}

/** Where each format made landed (png: the folder of 001.png, 002.png…), by format name. */
export type ExportResult = Partial<Record<ExportFormat, string>> & {
  timings: Record<string, number>
  /** Things the user should know about the outputs (e.g. a missing font for the deck's script). */
  notices?: string[]
}

interface BrowserOutput {
  pdf: Uint8Array
  pngs: string[]
  handout?: Uint8Array
}

function validate(o: ExportOptions): void {
  if (o.formats.length === 0) throw new DeckwrightError('USAGE', 'no export format chosen', { hint: `pick from ${FORMAT_NAMES.filter(isExportFormat).join(', ')}` })
  if (o.slides.length === 0) throw new DeckwrightError('INTERNAL', 'the deck has no slides to export')
  if (!/^[\w.-]+$/.test(o.slug) || o.slug.startsWith('.')) {
    throw new DeckwrightError('INTERNAL', `unsafe file name stem: ${JSON.stringify(o.slug)}`)
  }
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  validate(options)
  const { signal } = options
  if (signal?.aborted) throw abortReason(signal)
  const timeoutMs = browserTimeout(options.browserTimeoutMs)
  const timings: Record<string, number> = {}
  const stage = (name: string, ms: number): void => {
    timings[name] = (timings[name] ?? 0) + ms
    options.onStage?.(name, ms)
  }
  const since = (t: number) => Date.now() - t
  const started = Date.now()
  const formats = new Set(options.formats)
  const outDir = path.resolve(options.outDir)
  await mkdir(outDir, { recursive: true }).catch((cause: unknown) => {
    throw new DeckwrightError('OUTPUT_UNWRITABLE', `cannot create ${outDir}`, { cause, hint: 'check the output path and its permissions' })
  })
  const webTarget = outputPath(outDir, options.slug, 'web')
  const pngTarget = outputPath(outDir, options.slug, 'png')
  // the build stays beside web/ until the end: web/ is replaced only by a finished deck
  const webDir = tempSibling(webTarget, 'print')
  const pngTmp = tempSibling(pngTarget, 'png')
  const result: ExportResult = { timings }
  // asked of fontconfig while Slidev builds
  const fontCheck = missingFontNotice(options.lang)
  const base = options.base ?? '/'

  // Slidev builds in a child process while this one finds and starts the browser; a
  // missing browser stops the build at once.
  let t = Date.now()
  const abort = new AbortController()
  const onAbort = () => abort.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const building = buildWeb({
    entry: options.entry, outDir: webDir, base, signal: abort.signal, ...(options.slidev ? { slidev: options.slidev } : {}),
  })
  building.catch(() => undefined) // awaited below
  // every format needs the browser: a web deck too, for the PDF behind its download button
  let executable: string
  try {
    executable = await findBrowser({ explicit: options.browserPath })
  } catch (e) {
    abort.abort()
    await building.catch(() => undefined)
    signal?.removeEventListener('abort', onAbort)
    throw e
  }
  // The browser starts while Slidev builds. A browser that cannot start gets one more try
  // at once; failing twice stops the build instead of waiting for it.
  const prelaunched = launchBrowser(executable, { timeoutMs }).catch((e: unknown) => {
    if (signal?.aborted) throw e
    return launchBrowser(executable, { timeoutMs }).catch((again: unknown) => {
      throw again instanceof DeckwrightError ? retried(again) : again
    })
  })
  prelaunched.catch(() => undefined) // awaited below

  try {
    await Promise.all([building, prelaunched])
    stage('build', since(t))
    signal?.throwIfAborted()

    t = Date.now()
    const server = await serveStatic(webDir, base)
    stage('serve', since(t))
    let output: BrowserOutput
    try {
      output = await withBrowser((browser) => browserWork(browser, server.url), {
        executablePath: executable,
        timeoutMs,
        prelaunched,
        signal,
        onLaunch: (ms) => stage('launch', ms),
        onRetry: () => rm(pngTmp, { recursive: true, force: true }),
      })
    } finally {
      await server.close()
    }

    signal?.throwIfAborted()
    t = Date.now()
    const pdf = await finishPdf(output.pdf, {
      title: options.title,
      author: options.author,
      subject: options.subject,
      keywords: options.keywords,
      lang: options.lang,
      outline: options.outline,
      date: options.pdfDate,
    })
    signal?.throwIfAborted()
    // from here on every output is ready: put them in place (each one atomically)
    if (formats.has('web')) {
      // the web deck's download button links to ./<slug>.pdf
      await writeFileAtomic(path.join(webDir, `${options.slug}.pdf`), pdf)
      await replaceDir(webDir, webTarget)
      result.web = webTarget
    }
    if (formats.has('pdf')) {
      result.pdf = outputPath(outDir, options.slug, 'pdf')
      await writeFileAtomic(result.pdf, pdf)
    }
    if (output.handout) {
      result.handout = outputPath(outDir, options.slug, 'handout')
      await writeFileAtomic(result.handout, output.handout)
    }
    if (formats.has('png')) {
      await replaceDir(pngTmp, pngTarget)
      result.png = pngTarget
    }
    stage('write', since(t))
  } finally {
    signal?.removeEventListener('abort', onAbort)
    abort.abort() // stops the build if it still runs (a failed launch); no-op otherwise
    await building.catch(() => undefined)
    await prelaunched.then((b) => b.close(), () => undefined).catch(() => undefined)
    await rm(pngTmp, { recursive: true, force: true })
    await rm(webDir, { recursive: true, force: true })
  }
  const fontNotice = await fontCheck
  if (fontNotice) result.notices = [fontNotice]
  timings.total = since(started)
  return result

  async function browserWork(browser: Browser, url: string): Promise<BrowserOutput> {
    let t1 = Date.now()
    const printed = await printDeck(browser, {
      url,
      slideCount: options.slides.length,
      width: options.slideSize?.width ?? 980,
      height: options.slideSize?.height ?? 552,
      pngDir: formats.has('png') ? pngTmp : undefined,
      routerMode: options.routerMode ?? 'hash',
    })
    stage('print', since(t1))
    stage('png', printed.timings.png)
    if (!formats.has('handout')) return { pdf: printed.pdf, pngs: printed.pngs }
    t1 = Date.now()
    const handout = await makeHandout(browser, {
      title: options.title,
      author: options.author,
      subject: options.subject,
      lang: options.lang,
      date: options.date,
      pdfDate: options.pdfDate,
      paper: options.paper ?? 'A4',
      // the slides are drawn into the handout from the printed PDF's own pages (vector)
      slidesPdf: printed.pdf,
      slides: options.slides.map((s) => ({ title: s.title, notes: s.notes })),
    })
    stage('handout', since(t1))
    return { pdf: printed.pdf, pngs: printed.pngs, handout }
  }
}
