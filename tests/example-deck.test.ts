/**
 * The committed example deck is exactly what deckwright generates from the bundled article.
 *
 * The headmatter's `addons` entry is the path from the deck folder to the package root ("@/../.."
 * for slides/<slug>/), so the deck is regenerated into a temporary folder at the same depth,
 * slides/.test-<random>/, rather than under the system temp folder; the bytes can then be
 * compared whole, without normalising anything. The folder is removed afterwards.
 */
import { randomBytes } from 'node:crypto'
import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { DEFAULT_ARTICLE, PACKAGE_ROOT } from '../src/paths.ts'
import { generateDeck } from '../src/pipeline.ts'
import { isHandEdited } from '../src/render/index.ts'

const COMMITTED = fileURLToPath(new URL('../slides/deepseek-ai-race/slides.md', import.meta.url))
const out = join(PACKAGE_ROOT, 'slides', `.test-${randomBytes(4).toString('hex')}`)

afterAll(async () => {
  await rm(out, { recursive: true, force: true })
})

describe('the committed example deck', () => {
  it('is byte-for-byte what generate writes for the bundled article', async () => {
    const result = await generateDeck(DEFAULT_ARTICLE, { out })
    expect(result.markdownPath).toBe(join(out, 'slides.md'))
    const committed = await readFile(COMMITTED, 'utf8')
    expect(isHandEdited(committed), 'the committed deck was edited by hand').toBe(false)
    expect(await readFile(result.markdownPath, 'utf8')).toBe(committed)
  })
})
