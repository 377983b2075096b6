/**
 * E2E helper: builds a deck from an article into a fresh temp folder with the real
 * pipeline (ingest → … → slidev build → browser exports), and lists the fixture articles.
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { buildDeck, generateDeck, type BuildOptions, type BuildResult, type GenerateResult } from '../../src/pipeline.ts'

import { BUNDLED_ARTICLE, FIXTURE_CASES, FIXTURES_DIR, fixturePath, PROJECT_ROOT as PROJECT_ROOT_DIR } from '../fixture-articles.ts'

export { BUNDLED_ARTICLE, PROJECT_ROOT } from '../fixture-articles.ts'
export const HEADINGS_MD_ARTICLE = fixturePath('headings-md')
export const HOSTILE_ARTICLE = fixturePath('hostile')
/** An essay that judges: its deck closes with takeaways (a news story's does not). */
export const ESSAY_ARTICLE = path.join(PROJECT_ROOT_DIR, 'corpus', 'essay-aclu-facebook-tracking', 'article.html')

/**
 * Decks that build.test.ts and hostile.test.ts build anyway: they check these decks for
 * overflow themselves, so overflow.test.ts does not build them a second time.
 */
export const OVERFLOW_CHECKED_WITH_BUILD: readonly string[] = [BUNDLED_ARTICLE, HEADINGS_MD_ARTICLE, HOSTILE_ARTICLE]

/** Every `tests/fixtures/<case>/article.<ext>`, sorted by case name. */
export function fixtureArticles(): string[] {
  return FIXTURE_CASES.map(fixturePath)
}

/** A short name for test titles: the fixture case, or the file name. */
export function articleLabel(article: string): string {
  const rel = path.relative(FIXTURES_DIR, article)
  return rel.startsWith('..') ? path.basename(article) : path.dirname(rel)
}

export interface BuiltDeck {
  article: string
  /** The temp folder; the deck is in `<tmp>/deck`. */
  tmp: string
  result: BuildResult
  cleanup(): Promise<void>
}

async function tempFolder(article: string): Promise<string> {
  const stem = articleLabel(article).replace(/[^\w-]+/g, '-')
  return mkdtemp(path.join(tmpdir(), `dw-e2e-${stem}-`))
}

/** Runs `buildDeck` for one article into `<tmp>/deck`; the caller removes it with cleanup(). */
export async function buildInTemp(article: string, options: Omit<BuildOptions, 'out'> = {}): Promise<BuiltDeck> {
  const tmp = await tempFolder(article)
  const cleanup = () => rm(tmp, { recursive: true, force: true })
  try {
    const result = await buildDeck(article, { ...options, out: path.join(tmp, 'deck') })
    return { article, tmp, result, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}

export interface GeneratedDeck {
  tmp: string
  result: GenerateResult
  cleanup(): Promise<void>
}

/** Runs `generateDeck` (slides.md only) into `<tmp>/deck`. */
export async function generateInTemp(article: string): Promise<GeneratedDeck> {
  const tmp = await tempFolder(article)
  const cleanup = () => rm(tmp, { recursive: true, force: true })
  try {
    const result = await generateDeck(article, { out: path.join(tmp, 'deck') })
    return { tmp, result, cleanup }
  } catch (error) {
    await cleanup()
    throw error
  }
}

/** Whitespace collapsed to single spaces, trimmed. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** All whitespace removed: for PDF text, where line breaks and text runs add or drop spaces. */
export function noSpace(text: string): string {
  return text.replace(/\s+/g, '')
}

/** Entries of a deck folder that are no output: Slidev's cache, temporary files. */
export function leftovers(entries: readonly string[]): string[] {
  return entries.filter((e) => e === 'node_modules' || e.startsWith('.deckwright-') || e.startsWith('.slidev'))
}
