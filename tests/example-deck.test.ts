/**
 * The committed example deck is exactly what deckwright generates from the bundled article.
 * Only its slides.md is committed: the support files beside it are copies of the package's
 * own files, written by `npm start` / `npm run generate` (see .gitignore).
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_ARTICLE } from '../src/paths.ts'
import { generateDeck } from '../src/pipeline.ts'
import { isHandEdited } from '../src/render/index.ts'

const COMMITTED = fileURLToPath(new URL('../slides/deepseek-ai-race/', import.meta.url))
let out = ''

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true })
})

describe('the committed example deck', () => {
  it('is byte-for-byte what generate writes for the bundled article', async () => {
    out = await mkdtemp(join(tmpdir(), 'dw-example-'))
    const result = await generateDeck(DEFAULT_ARTICLE, { out })
    expect(result.markdownPath).toBe(join(out, 'slides.md'))
    const committed = await readFile(join(COMMITTED, 'slides.md'), 'utf8')
    expect(isHandEdited(committed), 'the committed deck was edited by hand').toBe(false)
    expect(await readFile(result.markdownPath, 'utf8')).toBe(committed)
  })
})
