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
import { tempSibling } from '../fs-atomic.ts'
import { placeOutputs, type OutputsTransaction } from './commit-outputs.ts'
import type { Paper } from './handout-html.ts'
import { finishHandout, printHandoutPages, type HandoutPagesOptions } from './handout.ts'
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
  /**
   * Stage the outputs here (the caller commits them with others, e.g. slides.md and PowerPoint);
   * without it they are put in place when the export ends.
   */
  outputs?: OutputsTransaction
  /** A `startSlidev('build')` process started earlier, to build the web deck with. */
  slidev?: SlidevProcess
  onStage?: (stage: string, ms: number) => void
  /** Called once Slidev's build and the browser have been started, while this process waits on them. */
  whileBuilding?: () => void
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

/** Temporary and final places of the outputs. */
interface Paths {
  outDir: string
  webTarget: string
  pngTarget: string
  /** The build stays beside web/ until the end: web/ is replaced only by a finished deck. */
  webDir: string
  pngTmp: string
}

/** Timings by stage, reported to `onStage` as they come. */
interface Stages {
  timings: Record<string, number>
  add(name: string, ms: number): void
}

/** Slidev's build and the browser's start, running side by side. */
interface Started {
  building: Promise<void>
  browser: Promise<Browser>
  executable: string
  /**
   * The handout's pages (notes, empty frames), printed by the browser while Slidev builds:
   * they need only the plan. Undefined when no handout is wanted or that early print failed.
   */
  handoutPages: Promise<Uint8Array | undefined>
  /** Stops the build if it still runs, closes the browser, unhooks the abort signal. */
  release(): Promise<void>
}

export async function exportDeck(options: ExportOptions): Promise<ExportResult> {
  validate(options)
  if (options.signal?.aborted) throw abortReason(options.signal)
  const timeoutMs = browserTimeout(options.browserTimeoutMs)
  const began = Date.now()
  const stages = stageTimer(options)
  const paths = exportPaths(options)
  await makeOutDir(paths.outDir)
  const fontCheck = missingFontNotice(options.lang) // asked of fontconfig while Slidev builds
  let outputs: Partial<Record<ExportFormat, string>>
  try {
    outputs = await buildAndPrint(options, paths, stages, timeoutMs)
  } finally {
    await rm(paths.pngTmp, { recursive: true, force: true })
    await rm(paths.webDir, { recursive: true, force: true })
  }
  const fontNotice = await fontCheck
  stages.timings.total = Date.now() - began
  return { ...outputs, timings: stages.timings, ...(fontNotice ? { notices: [fontNotice] } : {}) }
}

function stageTimer(options: ExportOptions): Stages {
  const timings: Record<string, number> = {}
  return {
    timings,
    add(name, ms) {
      timings[name] = (timings[name] ?? 0) + ms
      options.onStage?.(name, ms)
    },
  }
}

function exportPaths(options: ExportOptions): Paths {
  const outDir = path.resolve(options.outDir)
  const webTarget = outputPath(outDir, options.slug, 'web')
  const pngTarget = outputPath(outDir, options.slug, 'png')
  return { outDir, webTarget, pngTarget, webDir: tempSibling(webTarget, 'print'), pngTmp: tempSibling(pngTarget, 'png') }
}

async function makeOutDir(outDir: string): Promise<void> {
  await mkdir(outDir, { recursive: true }).catch((cause: unknown) => {
    throw new DeckwrightError('OUTPUT_UNWRITABLE', `cannot create ${outDir}`, { cause, hint: 'check the output path and its permissions' })
  })
}

/** Build, print every format, finish the PDF and put the outputs in place. */
async function buildAndPrint(options: ExportOptions, paths: Paths, stages: Stages, timeoutMs: number): Promise<Partial<Record<ExportFormat, string>>> {
  const t = Date.now()
  const started = await startBuildAndBrowser(options, paths, timeoutMs)
  try {
    await Promise.all([started.building, started.browser])
    stages.add('build', Date.now() - t)
    options.signal?.throwIfAborted()
    const output = await printAll(options, paths, stages, started, timeoutMs)
    options.signal?.throwIfAborted()
    const pdf = await finishSlidesPdf(options, output.pdf)
    options.signal?.throwIfAborted()
    const t1 = Date.now()
    const outputs = await commitOutputs(options, paths, pdf, output.handout)
    stages.add('write', Date.now() - t1)
    return outputs
  } finally {
    await started.release()
  }
}

/**
 * Slidev builds in a child process while this one finds and starts the browser; a missing
 * browser stops the build at once.
 */
async function startBuildAndBrowser(options: ExportOptions, paths: Paths, timeoutMs: number): Promise<Started> {
  const { signal } = options
  const abort = new AbortController()
  const onAbort = () => abort.abort(signal?.reason)
  signal?.addEventListener('abort', onAbort, { once: true })
  const building = buildWeb({
    entry: options.entry, outDir: paths.webDir, base: options.base ?? '/', signal: abort.signal, ...(options.slidev ? { slidev: options.slidev } : {}),
  })
  building.catch(() => undefined) // awaited by the caller
  const stopBuild = async () => {
    signal?.removeEventListener('abort', onAbort)
    abort.abort() // stops the build if it still runs (a failed launch); no-op otherwise
    await building.catch(() => undefined)
  }
  // every format needs the browser: a web deck too, for the PDF behind its download button
  let executable: string
  try {
    executable = await findBrowser({ explicit: options.browserPath })
  } catch (e) {
    await stopBuild()
    throw e
  }
  const browser = launchWithRetry(executable, timeoutMs, signal)
  browser.catch(() => undefined) // awaited by the caller
  options.whileBuilding?.()
  // a failure here is not final: the handout is printed again with the slides
  const handoutPages = options.formats.includes('handout')
    ? browser.then((b) => printHandoutPages(b, handoutPagesOptions(options, timeoutMs))).catch(() => undefined)
    : Promise.resolve(undefined)
  const release = async () => {
    await stopBuild()
    await browser.then((b) => b.close(), () => undefined).catch(() => undefined)
  }
  return { building, browser, executable, handoutPages, release }
}

/**
 * The browser starts while Slidev builds. A browser that cannot start gets one more try at
 * once (the retry policy of session.ts: twice, then the error says so); failing twice stops
 * the build instead of waiting for it.
 */
function launchWithRetry(executable: string, timeoutMs: number, signal: AbortSignal | undefined): Promise<Browser> {
  return launchBrowser(executable, { timeoutMs }).catch((e: unknown) => {
    if (signal?.aborted) throw e
    return launchBrowser(executable, { timeoutMs }).catch((again: unknown) => {
      throw again instanceof DeckwrightError ? retried(again) : again
    })
  })
}

/** Serves the build on 127.0.0.1 and prints the slides, PNGs and handout in one browser session. */
async function printAll(options: ExportOptions, paths: Paths, stages: Stages, started: Started, timeoutMs: number): Promise<BrowserOutput> {
  const t = Date.now()
  const server = await serveStatic(paths.webDir, options.base ?? '/')
  stages.add('serve', Date.now() - t)
  try {
    return await withBrowser((browser) => browserWork(browser, server.url, options, paths, stages, started.handoutPages), {
      executablePath: started.executable,
      timeoutMs,
      prelaunched: started.browser,
      signal: options.signal,
      onLaunch: (ms) => stages.add('launch', ms),
      onRetry: () => rm(paths.pngTmp, { recursive: true, force: true }),
    })
  } finally {
    await server.close()
  }
}

async function browserWork(browser: Browser, url: string, options: ExportOptions, paths: Paths, stages: Stages, early: Promise<Uint8Array | undefined>): Promise<BrowserOutput> {
  const formats = new Set(options.formats)
  let t = Date.now()
  const printed = await printDeck(browser, {
    url,
    slideCount: options.slides.length,
    width: options.slideSize?.width ?? 980,
    height: options.slideSize?.height ?? 552,
    pngDir: formats.has('png') ? paths.pngTmp : undefined,
    routerMode: options.routerMode ?? 'hash',
  })
  stages.add('print', Date.now() - t)
  stages.add('png', printed.timings.png)
  if (!formats.has('handout')) return { pdf: printed.pdf, pngs: printed.pngs }
  t = Date.now()
  const pages = (await early) ?? (await printHandoutPages(browser, handoutPagesOptions(options)))
  const handout = await finishHandout(pages, {
    ...handoutPagesOptions(options),
    pdfDate: options.pdfDate,
    // the slides are drawn into the handout from the printed PDF's own pages (vector)
    slidesPdf: printed.pdf,
  })
  stages.add('handout', Date.now() - t)
  return { pdf: printed.pdf, pngs: printed.pngs, handout }
}

function handoutPagesOptions(options: ExportOptions, timeoutMs?: number): HandoutPagesOptions {
  return {
    title: options.title,
    author: options.author,
    subject: options.subject,
    lang: options.lang,
    date: options.date,
    paper: options.paper ?? 'A4',
    slides: options.slides.map((s) => ({ title: s.title, notes: s.notes })),
    slideSize: options.slideSize ?? { width: 980, height: 552 },
    ...(timeoutMs ? { timeoutMs } : {}),
  }
}

function finishSlidesPdf(options: ExportOptions, printed: Uint8Array): Promise<Uint8Array> {
  return finishPdf(printed, {
    title: options.title,
    author: options.author,
    subject: options.subject,
    keywords: options.keywords,
    lang: options.lang,
    outline: options.outline,
    date: options.pdfDate,
  })
}

/**
 * The one place finished outputs are put in place, once every output is ready: until here nothing
 * in the deck folder has changed. They are staged and swapped in together (commit-outputs.ts),
 * into `options.outputs` when the caller commits them with others.
 */
async function commitOutputs(options: ExportOptions, paths: Paths, pdf: Uint8Array, handout: Uint8Array | undefined): Promise<Partial<Record<ExportFormat, string>>> {
  return placeOutputs(options.outputs ?? paths.outDir, {
    slug: options.slug, formats: new Set(options.formats), pdf, handout, webDir: paths.webDir, pngDir: paths.pngTmp,
  })
}
