import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeDeckFile } from '../src/deck-file.ts'
import { DeckwrightError } from '../src/errors.ts'
import { renderDeck } from '../src/render/index.ts'
import type { DeckPlan } from '../src/types.ts'

function deck(title: string): string {
  const plan: DeckPlan = {
    title,
    lang: 'en',
    options: { theme: 'default', colorSchema: 'light', aspectRatio: '16/9' },
    notices: [],
    slides: [
      { kind: 'title', title, notes: [{ text: 'Opening.' }] },
      { kind: 'sources', title: 'Sources', articleTitle: title, notes: [{ text: 'Where it came from.' }] },
    ],
  }
  return renderDeck(plan, { pdfName: 'a.pdf', origin: 'a.txt', version: '0.0.0-test' })
}

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'deckwright-deck-file-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeDeckFile', () => {
  it('creates the folder and writes the deck', async () => {
    const path = join(dir, 'nested', 'deck', 'slides.md')
    const result = await writeDeckFile(path, deck('One'))
    expect(result).toEqual({ path, unchanged: false })
    expect(await readFile(path, 'utf8')).toBe(deck('One'))
  })

  it('writes atomically: a new file renamed into place, no temporary file left', async () => {
    const path = join(dir, 'slides.md')
    await writeDeckFile(path, deck('One'))
    const before = await stat(path)
    await writeDeckFile(path, deck('Two'))
    const after = await stat(path)
    expect(after.ino).not.toBe(before.ino)
    expect(await readFile(path, 'utf8')).toBe(deck('Two'))
    expect(await readdir(dir)).toEqual(['slides.md'])
  })

  it('leaves nothing behind when the write fails', async () => {
    const path = join(dir, 'slides.md')
    await mkdir(path) // a directory where the file should go
    await expect(writeDeckFile(path, deck('One'))).rejects.toMatchObject({ code: 'OUTPUT_UNWRITABLE' })
    expect(await readdir(dir)).toEqual(['slides.md'])
  })

  it('does nothing when the deck is unchanged', async () => {
    const path = join(dir, 'slides.md')
    await writeDeckFile(path, deck('One'))
    const before = await stat(path)
    const result = await writeDeckFile(path, deck('One'))
    expect(result).toEqual({ path, unchanged: true })
    const after = await stat(path)
    expect(after.ino).toBe(before.ino)
    expect(after.mtimeMs).toBe(before.mtimeMs)
  })

  it('replaces its own untouched output', async () => {
    const path = join(dir, 'slides.md')
    await writeDeckFile(path, deck('One'))
    const result = await writeDeckFile(path, deck('Two'))
    expect(result.backup).toBeUndefined()
    expect(await readFile(path, 'utf8')).toBe(deck('Two'))
  })

  it('refuses to overwrite a hand-edited deck with HAND_EDITED and leaves it unchanged', async () => {
    const path = join(dir, 'slides.md')
    await writeDeckFile(path, deck('One'))
    const edited = deck('One').replace('# One', '# One, with my edits')
    await writeFile(path, edited)
    const error = await writeDeckFile(path, deck('Two')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeckwrightError)
    expect((error as DeckwrightError).code).toBe('HAND_EDITED')
    expect((error as DeckwrightError).exitCode).toBe(3)
    expect((error as DeckwrightError).hint).toMatch(/--force/)
    expect(await readFile(path, 'utf8')).toBe(edited)
    expect(await readdir(dir)).toEqual(['slides.md'])
  })

  it('refuses to overwrite a slides.md that deckwright did not write', async () => {
    const path = join(dir, 'slides.md')
    await writeFile(path, '# My own deck\n')
    await expect(writeDeckFile(path, deck('One'))).rejects.toMatchObject({ code: 'HAND_EDITED' })
    expect(await readFile(path, 'utf8')).toBe('# My own deck\n')
  })

  it('with force, keeps a backup of the edited deck and writes the new one', async () => {
    const path = join(dir, 'slides.md')
    const edited = `${deck('One')}\n<!-- my note -->\n`
    await writeFile(path, edited)
    const now = new Date('2025-02-03T04:05:06.789Z')
    const result = await writeDeckFile(path, deck('Two'), { force: true, now })
    expect(result.backup).toBe(`${path}.bak-2025-02-03T04-05-06-789Z`)
    expect(await readFile(result.backup!, 'utf8')).toBe(edited)
    expect(await readFile(path, 'utf8')).toBe(deck('Two'))
  })
})
