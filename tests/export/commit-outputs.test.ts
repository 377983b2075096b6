/**
 * The final swap of outputs, killed (SIGKILL) before each of its file-system steps in turn: at
 * every instant the previous outputs are whole (in place or set aside with a journal), and the
 * next run puts them all back; a finished swap leaves only the new outputs.
 */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { beginOutputs, holdsJournal, recoverOutputs } from '../../src/export/commit-outputs.ts'
import { removeStaleTemps } from '../../src/fs-atomic.ts'

const RUN = fileURLToPath(new URL('./commit-outputs-run.ts', import.meta.url))
const root = mkdtempSync(path.join(tmpdir(), 'deckwright-commit-'))
afterAll(() => rmSync(root, { recursive: true, force: true }))

async function oldDeck(name: string): Promise<string> {
  const dir = path.join(root, name)
  await mkdir(path.join(dir, 'web'), { recursive: true })
  await writeFile(path.join(dir, 'slides.md'), 'old deck')
  await writeFile(path.join(dir, 'deck.pdf'), 'old pdf')
  await writeFile(path.join(dir, 'web', 'index.html'), 'old web')
  return dir
}

/** What the deck folder's outputs read: one word per output, 'none' when absent. */
async function state(dir: string): Promise<Record<string, string>> {
  const read = (p: string) => readFile(path.join(dir, p), 'utf8').then((s) => s.split(' ')[0]!, () => 'none')
  return { slides: await read('slides.md'), pdf: await read('deck.pdf'), handout: await read('deck-handout.pdf'), web: await read('web/index.html') }
}

const OLD = { slides: 'old', pdf: 'old', handout: 'none', web: 'old' }
const NEW = { slides: 'new', pdf: 'new', handout: 'new', web: 'new' }

/** Every previous output is somewhere: in place, or in a staging folder's old/ while its journal exists. */
async function oldOutputsKept(dir: string): Promise<void> {
  const tx = (await readdir(dir)).filter((n) => n.startsWith('.deckwright-commit-'))
  for (const [file, word] of [['slides.md', 'old deck'], ['deck.pdf', 'old pdf'], ['web/index.html', 'old web']] as const) {
    const places = [path.join(dir, file), ...tx.map((t) => path.join(dir, t, 'old', file))]
    const found = await Promise.all(places.map((p) => readFile(p, 'utf8').catch(() => '')))
    expect(found, file).toContain(word)
  }
}

describe('commitOutputs', () => {
  it('puts every output in place, and a discarded transaction changes nothing', async () => {
    const dir = await oldDeck('plain')
    const dropped = await beginOutputs(dir)
    await writeFile(dropped.path('deck.pdf'), 'new pdf')
    await dropped.discard()
    expect(await state(dir)).toEqual(OLD)
    expect(await readdir(dir)).toEqual(['deck.pdf', 'slides.md', 'web'])
    const tx = await beginOutputs(dir)
    await writeFile(tx.path('deck.pdf'), 'new pdf')
    await tx.commit()
    expect(await state(dir)).toEqual({ ...OLD, pdf: 'new' })
    expect(await readdir(dir)).toEqual(['deck.pdf', 'slides.md', 'web'])
  })

  it('killed before any step of the swap, leaves the old whole and the next run restores it', async () => {
    let finished = false
    let kills = 0
    for (let step = 1; step <= 40 && !finished; step++) {
      const dir = await oldDeck(`kill-${step}`)
      const run = spawnSync(process.execPath, ['--import', 'tsx', RUN, dir], { env: { ...process.env, DECKWRIGHT_TEST_KILL_AT_STEP: String(step) }, encoding: 'utf8' })
      if (run.signal === null) {
        expect(run.status, run.stderr).toBe(0)
        expect(await state(dir)).toEqual(NEW)
        expect(await readdir(dir)).toEqual(['deck-handout.pdf', 'deck.pdf', 'slides.md', 'web'])
        finished = step > 5
        continue
      }
      expect(run.signal).toBe('SIGKILL')
      kills++
      await oldOutputsKept(dir)
      const [tx] = (await readdir(dir)).filter((n) => n.startsWith('.deckwright-commit-'))
      // a leftover with a journal is never removed as stale: it holds the old outputs
      if (tx && (await holdsJournal(path.join(dir, tx)))) {
        await removeStaleTemps(dir, { minAgeMs: 0 })
        expect(await readdir(dir)).toContain(tx)
      }
      expect(await recoverOutputs(dir)).toEqual(tx ? [tx] : [])
      const after = await state(dir)
      // killed after the journal was removed, the swap was whole: the new outputs stay
      expect([OLD, NEW], `step ${step}`).toContainEqual(after)
      expect(await readdir(dir)).toEqual(after.slides === 'new' ? ['deck-handout.pdf', 'deck.pdf', 'slides.md', 'web'] : ['deck.pdf', 'slides.md', 'web'])
    }
    expect(finished).toBe(true)
    // four outputs: the journal, two renames each, the journal's removal and the end
    expect(kills).toBe(11)
  }, 240_000)
})
