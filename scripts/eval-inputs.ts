/**
 * The articles the evaluation scripts run over: the bundled article, every test fixture and
 * every case of the evaluation corpus (corpus/<case>/article.*, see corpus/SOURCES.md).
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { FIXTURE_CASES, fixturePath, PROJECT_ROOT } from '../tests/fixture-articles.ts'

export const CORPUS_DIR = join(PROJECT_ROOT, 'corpus')

export interface EvalInput {
  /** "bundled", "fixture/<case>" or "corpus/<case>". */
  name: string
  path: string
}

export function corpusInputs(): EvalInput[] {
  return readdirSync(CORPUS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((name) => {
      const file = readdirSync(join(CORPUS_DIR, name)).find((n) => n.startsWith('article.'))
      return file ? [{ name: `corpus/${name}`, path: join(CORPUS_DIR, name, file) }] : []
    })
}

/** `which` is "all" (default), "fixtures" (bundled + fixtures) or "corpus". */
export function evalInputs(which = 'all'): EvalInput[] {
  const fixtures = [
    { name: 'bundled', path: fixturePath('bundled') },
    ...FIXTURE_CASES.map((c) => ({ name: `fixture/${c}`, path: fixturePath(c) })),
  ]
  if (which === 'fixtures') return fixtures
  if (which === 'corpus') return corpusInputs()
  return [...fixtures, ...corpusInputs()]
}
