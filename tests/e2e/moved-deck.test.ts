/**
 * End to end: a generated deck folder is a Slidev project of its own. Generated outside the
 * project, then moved elsewhere, it builds with Slidev's own CLI (no deckwright involved) and
 * its Quote and CostComparison components render.
 */
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { slidevBin } from '../../src/export/slidev-process.ts'
import { DEFAULT_ARTICLE } from '../../src/paths.ts'
import { generateDeck } from '../../src/pipeline.ts'
import { renderedComponents, slidevBuild } from './moved-deck.ts'

let tmp = ''
afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

describe('a moved deck folder', () => {
  it('builds with plain Slidev and renders its components', async () => {
    tmp = await mkdtemp(path.join(tmpdir(), 'dw-moved-'))
    const made = await generateDeck(DEFAULT_ARTICLE, { out: path.join(tmp, 'made', 'talk') })
    const quote = made.plan.slides.find((s) => s.kind === 'quote')
    expect(quote, 'the bundled article has a quote slide').toBeDefined()
    await mkdir(path.join(tmp, 'elsewhere'))
    const moved = path.join(tmp, 'elsewhere', 'talk')
    await rename(made.dir, moved)
    await rm(path.join(tmp, 'made'), { recursive: true })

    const run = await slidevBuild(slidevBin(), moved, path.join(tmp, 'web'))
    expect(run.code, run.output).toBe(0)
    const shown = await renderedComponents(path.join(tmp, 'web'))
    expect(shown.unresolved).toEqual([])
    expect(shown.quotes.length).toBeGreaterThan(0)
    expect(shown.quotes.join('\n')).toContain('— Reid Hoffman')
    expect(shown.costs.join('\n')).toMatch(/\$6 ?million|\$6M/)
  }, 240_000)
})
