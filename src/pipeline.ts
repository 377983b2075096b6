/**
 * The whole road in two calls: `generateDeck` (article → slides.md, no browser) and
 * `buildDeck` (the same deck, then the web deck, PDF, handout, PNGs and PowerPoint).
 */
import { rm } from 'node:fs/promises'
import { basename, join, resolve } from 'node:path'
import { checkDeckFile, stageDeckFile, writeDeckFile, type WriteDeckResult } from './deck-file.ts'
import { beginOutputs, recoverOutputs, type OutputsTransaction } from './export/commit-outputs.ts'
import { DEFAULT_FORMATS, isExportFormat, isPptxKind, outputPath, type BuildFormat } from './export/formats.ts'
import type { ExportResult, Paper, SlidevProcess } from './export/index.ts'
import { removeSlidevCache, slidevCacheBefore } from './export/slidev-cache.ts'
import { removeStaleTemps, tempSibling, writeFileAtomic } from './fs-atomic.ts'
import { localeFor } from './locales/index.ts'
import { deckSlug, packageDependencies, packageVersion } from './paths.ts'
import { deckFiles, type DeckFile } from './render/deck-files.ts'
import type { IngestOptions } from './ingest/index.ts'
import type { Analysis, Article, DeckOptions, DeckPlan } from './types.ts'
import { removeDeckFiles, writeDeckFiles } from './write-deck-files.ts'

export interface GenerateOptions extends Partial<DeckOptions> {
  /** Deck folder (default slides/<slug>/ under the current directory). */
  out?: string
  force?: boolean
  ingest?: IngestOptions
  onStage?: (stage: string, ms: number) => void
}

export interface GenerateResult {
  article: Article
  analysis: Analysis
  plan: DeckPlan
  slug: string
  dir: string
  markdownPath: string
  markdown: string
  /** The deck folder's support files (components, styles, Vite config …), written beside slides.md. */
  files: DeckFile[]
  backup?: string
  timings: Record<string, number>
}

type Timed = <T>(stage: string, work: () => T | Promise<T>) => Promise<T>

function timer(timings: Record<string, number>, onStage?: (stage: string, ms: number) => void): Timed {
  return async (stage, work) => {
    const t = performance.now()
    const out = await work()
    timings[stage] = Math.round(performance.now() - t)
    onStage?.(stage, timings[stage]!)
    return out
  }
}

/** A deck made from an article, in memory: nothing written yet. */
export type PreparedDeck = Omit<GenerateResult, 'timings' | 'backup'>

/** Makes the deck of an article, nothing written, with the time of each stage (`onStage` told of each). */
export type DeckPreparer = (source: string, options: GenerateOptions) => Promise<{ deck: PreparedDeck; timings: Record<string, number> }>

/** `DeckPreparer` in this process. */
export const prepareHere: DeckPreparer = async (source, options) => {
  const timings: Record<string, number> = {}
  const deck = await prepareDeck(source, options, timer(timings, options.onStage))
  return { deck, timings }
}

/** Article → markdown, nothing written yet. */
async function prepareDeck(source: string, options: GenerateOptions, timed: Timed): Promise<PreparedDeck> {
  // loaded here, not with this module: a build whose deck is made in a child process never loads the NLP
  const [{ ingest }, { analyze }, { planDeck }, { renderDeck }] = await Promise.all([
    import('./ingest/index.ts'),
    import('./analyze/index.ts'),
    import('./plan/index.ts'),
    import('./render/index.ts'),
  ])
  const article = await timed('ingest', () => ingest(source, options.ingest))
  const analysis = await timed('analyze', () => analyze(article))
  const plan = await timed('plan', () => planDeck(analysis, options))
  const slug = deckSlug(article.origin, plan.title)
  const dir = resolve(options.out ?? join('slides', slug))
  const markdown = await timed('render', () =>
    renderDeck(plan, { pdfName: `${slug}.pdf`, origin: article.origin, version: packageVersion() }),
  )
  const files = deckFiles({ slug, lang: plan.lang, theme: plan.options.theme, text: markdown, versions: packageDependencies() })
  return { article, analysis, plan, slug, dir, markdownPath: join(dir, 'slides.md'), markdown, files }
}

export async function generateDeck(source: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const timings: Record<string, number> = {}
  const timed = timer(timings, options.onStage)
  const deck = await prepareDeck(source, options, timed)
  // a swap of outputs that a killed build left half done is undone first
  await recoverOutputs(deck.dir)
  await checkDeckFile(deck.markdownPath, { force: options.force })
  // leftovers of a deckwright that was killed outright in this folder
  await removeStaleTemps(deck.dir)
  await timed('deck files', () => writeDeckFiles(deck.dir, deck.files))
  const written = await timed('slides.md', () => writeDeckFile(deck.markdownPath, deck.markdown, { force: options.force }))
  return { ...deck, timings, ...(written.backup ? { backup: written.backup } : {}) }
}

export type { BuildFormat } from './export/formats.ts'

export interface BuildOptions extends GenerateOptions {
  formats?: BuildFormat[]
  base?: string
  paper?: Paper
  browserPath?: string
  /** Stops the export (Slidev build, browser, PowerPoint) and removes its temporary files. */
  signal?: AbortSignal
  /**
   * A Slidev process started earlier with `startSlidev('build')`, so that Slidev loads while
   * the article is analysed; used for the web deck's build. The caller disposes it.
   */
  slidev?: SlidevProcess
  /** Called once the web deck's build and the browser have been started (the command line collects its garbage there). */
  whileBuilding?: () => void
  /**
   * Where the deck is made from the article (default: in this process). The command line makes
   * it in a short-lived child process started from compromise's snapshot (cli/prepare-child.ts),
   * which is gone before Slidev's build: less memory at the build's peak.
   */
  prepare?: DeckPreparer
}

export interface BuildResult extends GenerateResult {
  /** Where each format landed, by format name (export/formats.ts), with timings and notices. */
  outputs: ExportResult & Partial<Record<BuildFormat, string>>
}

/**
 * Article → every output. The deck is exported from a temporary copy of slides.md in the deck
 * folder, and slides.md itself is written last: a failed or interrupted build leaves the
 * folder as it was (a hand-edited slides.md is refused before any slow work).
 */
export async function buildDeck(source: string, options: BuildOptions = {}): Promise<BuildResult> {
  const { deck, timings } = await (options.prepare ?? prepareHere)(source, options)
  const timed = timer(timings, options.onStage)
  await recoverOutputs(deck.dir)
  await checkDeckFile(deck.markdownPath, { force: options.force })
  await removeStaleTemps(deck.dir)
  // Slidev renders the deck with the support files beside it; those this build adds to the
  // folder go again if it fails, so a failed build into a new folder leaves no deck behind
  const { created } = await timed('deck files', () => writeDeckFiles(deck.dir, deck.files))
  const entry = `${tempSibling(deck.markdownPath, 'slides')}.md`
  const cache = await slidevCacheBefore(deck.dir)
  let outputs: BuildResult['outputs']
  let written: WriteDeckResult
  // every output, slides.md included, is staged and put in place together at the end
  const staged = await beginOutputs(deck.dir)
  try {
    await writeFileAtomic(entry, deck.markdown)
    outputs = await exportOutputs(entry, deck, options, staged)
    // slides.md edited while this build ran: refused (exit 3) before any output changes
    written = await timed('slides.md', () => stageDeckFile(deck.markdownPath, deck.markdown, staged.path('slides.md'), { force: options.force }))
    await staged.commit()
  } catch (e) {
    await removeDeckFiles(deck.dir, created)
    throw e
  } finally {
    await staged.discard()
    await rm(entry, { force: true })
    await removeSlidevCache(cache)
  }
  return {
    ...deck,
    outputs,
    timings: { ...timings, ...outputs.timings },
    ...(written.backup ? { backup: written.backup } : {}),
  }
}

async function exportOutputs(entry: string, deck: PreparedDeck, options: BuildOptions, staged: OutputsTransaction): Promise<BuildResult['outputs']> {
  const { plan, analysis, slug, dir } = deck
  const outline = plan.slides.flatMap((s, page) =>
    s.kind === 'section' && s.continued ? [] : [{ title: s.title, page }],
  )
  const title = plan.slides[0]
  const formats = options.formats ?? [...DEFAULT_FORMATS]
  const browserFormats = formats.filter(isExportFormat)
  // the export stage (Playwright, pdf-lib) loads here, while Slidev builds
  const { exportDeck, findBrowser } = await import('./export/index.ts')
  const outputs: BuildResult['outputs'] = browserFormats.length === 0 ? { timings: {} } : await exportDeck({
    entry,
    outDir: dir,
    slug,
    title: plan.title,
    ...(title?.kind === 'title' && title.byline ? { author: title.byline } : {}),
    subject: analysis.sections.map((s) => s.title).join('; '),
    lang: plan.lang,
    formats: browserFormats,
    ...(options.base ? { base: options.base } : {}),
    ...(options.paper ? { paper: options.paper } : {}),
    ...(options.browserPath ? { browserPath: options.browserPath } : {}),
    slides: plan.slides.map((s) => ({ title: s.title, notes: s.notes.map((n) => n.text) })),
    outline,
    ...(title?.kind === 'title' && title.date ? { date: title.date } : {}),
    slideSize: slideSize(plan.options.aspectRatio),
    ...(options.onStage ? { onStage: options.onStage } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.slidev ? { slidev: options.slidev } : {}),
    ...(options.whileBuilding ? { whileBuilding: options.whileBuilding } : {}),
    outputs: staged,
  })
  for (const kind of formats.filter(isPptxKind)) {
    const t = performance.now()
    const file = outputPath(dir, slug, kind)
    const name = basename(file)
    const executablePath = await findBrowser(options.browserPath ? { explicit: options.browserPath } : {})
    const { exportPptx } = await import('./export/pptx.ts')
    await exportPptx({
      entry,
      out: staged.path(name),
      kind,
      executablePath,
      slideCount: plan.slides.length,
      notes: plan.slides.map((s) => s.notes.map((n) => n.text)),
      title: plan.title,
      lang: plan.lang,
      rtl: localeFor(plan.lang).dir === 'rtl',
      ...(options.signal ? { signal: options.signal } : {}),
    })
    outputs[kind] = file
    outputs.timings[kind] = Math.round(performance.now() - t)
    options.onStage?.(kind, outputs.timings[kind]!)
  }
  return outputs
}

/** Slidev's canvas: 980 px wide, height from the aspect ratio. */
export function slideSize(aspectRatio: string): { width: number; height: number } {
  const [w, h] = aspectRatio.split(/[/:]/).map(Number)
  const ratio = w && h ? w / h : 16 / 9
  return { width: 980, height: Math.ceil(980 / ratio) }
}
