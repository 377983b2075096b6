import { existsSync, statSync } from 'node:fs'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { PACKAGE_ROOT } from '../src/paths.ts'
import type { DeckFile } from '../src/render/deck-files.ts'
import { deckFileBytes, removeDeckFiles, writeDeckFiles } from '../src/write-deck-files.ts'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'dw-deckfiles-'))
  made.push(dir)
  return dir
}

const FILES: DeckFile[] = [
  { path: 'components/Quote.vue', source: { kind: 'package', path: 'components/Quote.vue' } },
  { path: 'deep/er/note.txt', source: { kind: 'text', text: 'hello ✓\n' } },
  // a file of a dependency, by module specifier (bytes copied as they are)
  { path: 'deps/pdf-lib.json', source: { kind: 'module', specifier: 'pdf-lib/package.json' } },
]

describe('writeDeckFiles', () => {
  it('writes package files, text and dependency files byte for byte', async () => {
    const dir = await tempDir()
    const result = await writeDeckFiles(dir, FILES)
    expect(result.written).toEqual(FILES.map((f) => f.path))
    expect(result.created).toEqual(result.written)
    expect(await readFile(path.join(dir, 'components', 'Quote.vue'))).toEqual(await readFile(path.join(PACKAGE_ROOT, 'components', 'Quote.vue')))
    expect(await readFile(path.join(dir, 'deep', 'er', 'note.txt'), 'utf8')).toBe('hello ✓\n')
    expect(await readFile(path.join(dir, 'deps', 'pdf-lib.json'))).toEqual(Buffer.from(await deckFileBytes(FILES[2]!.source)))
    // nothing temporary is left beside them
    expect(await readdir(path.join(dir, 'deep', 'er'))).toEqual(['note.txt'])
  })

  it('leaves unchanged files alone and replaces changed ones (a regenerated deck gets the new components)', async () => {
    const dir = await tempDir()
    await writeDeckFiles(dir, FILES)
    const quote = path.join(dir, 'components', 'Quote.vue')
    const note = path.join(dir, 'deep', 'er', 'note.txt')
    await writeFile(quote, '<template>old</template>\n')
    const before = statSync(note).mtimeMs
    await new Promise((r) => setTimeout(r, 20))
    const again = await writeDeckFiles(dir, FILES)
    expect(again).toEqual({ written: ['components/Quote.vue'], created: [] })
    expect(statSync(note).mtimeMs).toBe(before)
    expect(await readFile(quote, 'utf8')).not.toContain('<template>old</template>')
  })

  it('removeDeckFiles takes back what was created, and the folders left empty, but nothing else', async () => {
    const dir = await tempDir()
    await writeFile(path.join(dir, 'mine.txt'), 'keep')
    const { created } = await writeDeckFiles(dir, FILES)
    await writeFile(path.join(dir, 'components', 'Mine.vue'), '<template>mine</template>\n')
    await removeDeckFiles(dir, created)
    expect((await readdir(dir)).sort()).toEqual(['components', 'mine.txt'])
    expect(await readdir(path.join(dir, 'components'))).toEqual(['Mine.vue'])
    expect(existsSync(path.join(dir, 'deep'))).toBe(false)
  })
})
