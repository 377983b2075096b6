import { existsSync } from 'node:fs'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { buildWeb, removeViteTempConfigs } from '../../src/export/slidev-build.ts'
import { firstErrorLine, slidevBin, tailLines } from '../../src/export/slidev-process.ts'
import { DeckwrightError } from '../../src/errors.ts'
import { deckFixture } from './deck-fixture.ts'

const cleanup: string[] = []
afterAll(async () => {
  for (const d of cleanup) await rm(d, { recursive: true, force: true })
})

describe('buildWeb', () => {
  it('reports a broken deck as BUILD_FAILED with the error lines, and keeps the previous web deck', async () => {
    const { dir, entry } = await deckFixture('export-broken-deck')
    cleanup.push(dir)
    const web = path.join(dir, 'out', 'web')
    await mkdir(web, { recursive: true })
    await writeFile(path.join(web, 'index.html'), 'previous build')
    const err = await buildWeb({ entry, outDir: web }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeckwrightError)
    expect((err as DeckwrightError).code).toBe('BUILD_FAILED')
    expect((err as DeckwrightError).message).toMatch(/missing end tag/i)
    expect((err as DeckwrightError).message).not.toMatch(/^\s+at /m)
    expect(await readFile(path.join(web, 'index.html'), 'utf8')).toBe('previous build')
    expect(await readdir(path.join(dir, 'out'))).toEqual(['web'])
  }, 120_000)

  it('reports a missing deck without starting Slidev', async () => {
    const err = await buildWeb({ entry: '/nonexistent/slides.md', outDir: '/tmp/never' }).catch((e: unknown) => e)
    expect((err as DeckwrightError).code).toBe('INPUT_NOT_FOUND')
    expect(existsSync('/tmp/never')).toBe(false)
  })

  it('resolves the Slidev CLI from deckwright\'s own dependencies', () => {
    expect(existsSync(slidevBin())).toBe(true)
  })
})

describe('removeViteTempConfigs', () => {
  it('removes the copies of the deck\'s Vite config a stopped build left, and nothing else', async () => {
    const dir = path.join(process.cwd(), '.tmp-vite-temp-configs')
    cleanup.push(dir)
    await mkdir(dir, { recursive: true })
    const names = ['vite.config.ts', 'vite.config.ts.timestamp-1796661042767-68f8d04412c63.mjs', 'slides.md', 'notes.timestamp-1-2.mjs']
    for (const n of names) await writeFile(path.join(dir, n), '')
    await removeViteTempConfigs(dir)
    expect((await readdir(dir)).sort()).toEqual(['notes.timestamp-1-2.mjs', 'slides.md', 'vite.config.ts'])
    await expect(removeViteTempConfigs(path.join(dir, 'gone'))).resolves.toBeUndefined()
  })
})

describe('tailLines', () => {
  it('keeps the last meaningful lines without colours or stack frames', () => {
    const out = '\u001b[31mError: boom\u001b[39m\n    at foo (x.js:1:1)\n\n{\nreason here\n}\n    at bar (y.js:2:2)\n'
    expect(tailLines(out, 5)).toBe('Error: boom\nreason here')
    expect(tailLines(out, 1)).toBe('reason here')
  })
})

describe('firstErrorLine', () => {
  it('finds the line that names the error, which a bundler prints before its last lines', () => {
    const out = 'vite v7 building for production...\n\u001b[31m[UNRESOLVED_IMPORT] Could not resolve \'./cs.ts\' in src/locales/index.ts\u001b[39m\n    at foo (x.js:1:1)\nerrors: [Getter/Setter]\n}'
    expect(firstErrorLine(out)).toBe("[UNRESOLVED_IMPORT] Could not resolve './cs.ts' in src/locales/index.ts")
    expect(firstErrorLine('building...\ndone in 2s')).toBeUndefined()
  })
})
