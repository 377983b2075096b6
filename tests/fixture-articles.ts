/**
 * The test articles: the bundled one and every tests/fixtures/<case>/article.*, with a cached
 * analysis per test file. Shared by the analyze, plan and render tests, e2e and scripts/eval.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { analyze } from '../src/analyze/index.ts'
import { ingest } from '../src/ingest/index.ts'
import type { Analysis } from '../src/types.ts'

export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url))
export const FIXTURES_DIR = join(PROJECT_ROOT, 'tests', 'fixtures')
export const BUNDLED_ARTICLE = join(PROJECT_ROOT, 'articles', 'deepseek-ai-race.txt')

/** Fixture folders that hold an article (sorted), e.g. "headings-md", "chinese". */
export const FIXTURE_CASES: readonly string[] = readdirSync(FIXTURES_DIR)
  .filter((d) => articleFile(d) !== undefined)
  .sort()

function articleFile(name: string): string | undefined {
  try {
    return readdirSync(join(FIXTURES_DIR, name)).find((n) => n.startsWith('article.'))
  } catch {
    return undefined
  }
}

/** The article's path: "bundled" is the bundled article, any other name a fixture folder. */
export function fixturePath(name: string): string {
  if (name === 'bundled') return BUNDLED_ARTICLE
  const file = articleFile(name)
  if (!file) throw new Error(`no article in fixture ${name}`)
  return join(FIXTURES_DIR, name, file)
}

const analyses = new Map<string, Promise<Analysis>>()

/** The analysis of a test article, computed once per test file. */
export function loadAnalysis(name: string): Promise<Analysis> {
  let a = analyses.get(name)
  if (!a) {
    a = ingest(fixturePath(name)).then(analyze)
    analyses.set(name, a)
  }
  return a
}
