/**
 * The committed example deck is exactly what deckwright generates from the bundled article:
 * its slides.md and every support file beside it (components, styles, Vite config,
 * package.json), so the folder renders with plain Slidev in a fresh clone. After a change to
 * a component or to the generated markdown, `npm run generate` brings it up to date.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_ARTICLE } from '../src/paths.ts'
import { generateDeck, type GenerateResult } from '../src/pipeline.ts'
import { isHandEdited } from '../src/render/index.ts'

const COMMITTED = fileURLToPath(new URL('../slides/deepseek-ai-race/', import.meta.url))
let out = ''
let result: GenerateResult

afterAll(async () => {
  if (out) await rm(out, { recursive: true, force: true })
})

describe('the committed example deck', () => {
  it('is byte-for-byte what generate writes for the bundled article', async () => {
    out = await mkdtemp(join(tmpdir(), 'dw-example-'))
    result = await generateDeck(DEFAULT_ARTICLE, { out })
    expect(result.markdownPath).toBe(join(out, 'slides.md'))
    const committed = await readFile(join(COMMITTED, 'slides.md'), 'utf8')
    expect(isHandEdited(committed), 'the committed deck was edited by hand').toBe(false)
    expect(await readFile(result.markdownPath, 'utf8')).toBe(committed)
  })

  it('carries the support files generate writes beside it, as they are now (run `npm run generate`)', async () => {
    expect(result.files.length).toBeGreaterThan(0)
    for (const file of result.files) {
      const committed = await readFile(join(COMMITTED, file.path)).catch(() => undefined)
      expect(committed, `slides/deepseek-ai-race/${file.path} is missing`).toBeDefined()
      expect(committed!.equals(await readFile(join(out, file.path))), `slides/deepseek-ai-race/${file.path} is out of date`).toBe(true)
    }
  })
})
