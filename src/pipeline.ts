/**
 * The whole road in two calls: `generateDeck` (article → slides.md, no browser) and
 * `buildDeck` (generateDeck, then the web deck, PDF, handout and PNGs from one build).
 */
import { join, resolve } from 'node:path'
import { analyze } from './analyze/index.ts'
import { writeDeckFile } from './deck-file.ts'
import { exportDeck, type ExportFormat, type ExportResult, type Paper } from './export/index.ts'
import { ingest, type IngestOptions } from './ingest/index.ts'
import { addonReference, deckSlug, packageVersion } from './paths.ts'
import { planDeck } from './plan/index.ts'
import { renderDeck } from './render/index.ts'
import type { Analysis, Article, DeckOptions, DeckPlan } from './types.ts'

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
  backup?: string
  timings: Record<string, number>
}

export async function generateDeck(source: string, options: GenerateOptions = {}): Promise<GenerateResult> {
  const timings: Record<string, number> = {}
  const timed = async <T>(stage: string, work: () => T | Promise<T>): Promise<T> => {
    const t = performance.now()
    const out = await work()
    timings[stage] = Math.round(performance.now() - t)
    options.onStage?.(stage, timings[stage]!)
    return out
  }
  const article = await timed('ingest', () => ingest(source, options.ingest))
  const analysis = await timed('analyze', () => analyze(article))
  const plan = await timed('plan', () => planDeck(analysis, options))
  const slug = deckSlug(article.origin, plan.title)
  const dir = resolve(options.out ?? join('slides', slug))
  const markdown = await timed('render', () =>
    renderDeck(plan, { addon: addonReference(dir), pdfName: `${slug}.pdf`, origin: article.origin, version: packageVersion() }),
  )
  const markdownPath = join(dir, 'slides.md')
  const written = await timed('write', () => writeDeckFile(markdownPath, markdown, { force: options.force }))
  return {
    article, analysis, plan, slug, dir, markdownPath, markdown, timings,
    ...(written.backup ? { backup: written.backup } : {}),
  }
}

export interface BuildOptions extends GenerateOptions {
  formats?: ExportFormat[]
  base?: string
  paper?: Paper
  browserPath?: string
}

export interface BuildResult extends GenerateResult {
  outputs: ExportResult
}

export async function buildDeck(source: string, options: BuildOptions = {}): Promise<BuildResult> {
  const generated = await generateDeck(source, options)
  const { plan, analysis, slug, dir } = generated
  const outline = plan.slides.flatMap((s, page) =>
    s.kind === 'section' && s.continued ? [] : [{ title: s.title, page }],
  )
  const title = plan.slides[0]
  const outputs = await exportDeck({
    entry: generated.markdownPath,
    outDir: dir,
    slug,
    title: plan.title,
    ...(title?.kind === 'title' && title.byline ? { author: title.byline } : {}),
    subject: analysis.sections.map((s) => s.title).join('; '),
    lang: plan.lang,
    formats: options.formats ?? ['pdf', 'handout', 'web'],
    ...(options.base ? { base: options.base } : {}),
    ...(options.paper ? { paper: options.paper } : {}),
    ...(options.browserPath ? { browserPath: options.browserPath } : {}),
    slides: plan.slides.map((s) => ({ title: s.title, notes: s.notes.map((n) => n.text) })),
    outline,
    ...(title?.kind === 'title' && title.date ? { date: title.date } : {}),
    slideSize: slideSize(plan.options.aspectRatio),
    ...(options.onStage ? { onStage: options.onStage } : {}),
  })
  return { ...generated, outputs, timings: { ...generated.timings, ...outputs.timings } }
}

/** Slidev's canvas: 980 px wide, height from the aspect ratio. */
export function slideSize(aspectRatio: string): { width: number; height: number } {
  const [w, h] = aspectRatio.split(/[/:]/).map(Number)
  const ratio = w && h ? w / h : 16 / 9
  return { width: 980, height: Math.ceil(980 / ratio) }
}
