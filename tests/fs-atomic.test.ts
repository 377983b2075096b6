import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { removeStaleTemps, replaceDir, tempSibling, writeFileAtomic } from '../src/fs-atomic.ts'
import { generateDeck } from '../src/pipeline.ts'
import { fixturePath } from './fixture-articles.ts'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dw-atomic-'))
  made.push(dir)
  return dir
}

/** The pid of a process that has ended. */
function deadPid(): number {
  const run = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(run.stdout)
}

const HOUR_AGO = new Date(Date.now() - 60 * 60 * 1000)

describe('writeFileAtomic and replaceDir', () => {
  it('put whole files and folders in place and leave no temporary entry', async () => {
    const dir = await tempDir()
    await writeFileAtomic(path.join(dir, 'a.txt'), 'one')
    await writeFileAtomic(path.join(dir, 'a.txt'), 'two')
    expect(await readFile(path.join(dir, 'a.txt'), 'utf8')).toBe('two')
    const fresh = path.join(dir, 'fresh')
    await mkdir(fresh)
    await writeFile(path.join(fresh, 'index.html'), 'new')
    await mkdir(path.join(dir, 'web'))
    await writeFile(path.join(dir, 'web', 'index.html'), 'old')
    await replaceDir(fresh, path.join(dir, 'web'))
    expect(await readFile(path.join(dir, 'web', 'index.html'), 'utf8')).toBe('new')
    expect((await readdir(dir)).sort()).toEqual(['a.txt', 'web'])
  })

  it('names temporary entries after the process that made them', () => {
    expect(path.basename(tempSibling('/x/web', 'web'))).toMatch(new RegExp(`^\\.deckwright-web-${process.pid}-[0-9a-f]{8}$`))
  })
})

describe('removeStaleTemps', () => {
  it('removes old leftovers of ended processes, and nothing else', async () => {
    const dir = await tempDir()
    const dead = deadPid()
    const names = {
      staleDir: `.deckwright-web-${dead}-0123abcd`,
      staleFile: `.deckwright-slides-${dead}-89abcdef.md`,
      recent: `.deckwright-tmp-${dead}-00112233`,
      mine: `.deckwright-print-${process.pid}-44556677`,
      live: `.deckwright-png-${process.ppid}-8899aabb`,
      userFile: '.deckwright-notes.txt',
      deck: 'slides.md',
    }
    await mkdir(path.join(dir, names.staleDir))
    await writeFile(path.join(dir, names.staleDir, 'index.html'), 'x')
    for (const n of [names.staleFile, names.recent, names.userFile, names.deck]) await writeFile(path.join(dir, n), 'x')
    for (const n of [names.mine, names.live]) await mkdir(path.join(dir, n))
    for (const n of [names.staleDir, names.staleFile, names.mine, names.live, names.userFile, names.deck]) {
      await utimes(path.join(dir, n), HOUR_AGO, HOUR_AGO)
    }
    const removed = await removeStaleTemps(dir)
    expect(removed.sort()).toEqual([names.staleDir, names.staleFile].sort())
    expect((await readdir(dir)).sort()).toEqual([names.recent, names.mine, names.live, names.userFile, names.deck].sort())
  })

  it('never throws, even for a folder that does not exist', async () => {
    expect(await removeStaleTemps('/nonexistent/deck')).toEqual([])
  })

  it('runs before generate writes a deck', async () => {
    const dir = await tempDir()
    const stale = path.join(dir, `.deckwright-tmp-${deadPid()}-deadbeef`)
    await writeFile(stale, 'half a slides.md')
    await utimes(stale, HOUR_AGO, HOUR_AGO)
    await generateDeck(fixturePath('headings-md'), { out: dir })
    expect(existsSync(stale)).toBe(false)
    expect(existsSync(path.join(dir, 'slides.md'))).toBe(true)
  })
})
