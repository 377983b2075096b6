/** Test helper: copies a fixture deck into a temp folder, with the support files deckwright writes beside every deck. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageDependencies } from '../../src/paths.ts'
import { deckFiles } from '../../src/render/deck-files.ts'
import { writeDeckFiles } from '../../src/write-deck-files.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Returns the temp folder; the deck is `<folder>/deck/slides.md`. */
export async function deckFixture(name: string): Promise<{ dir: string; entry: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), `dw-${name}-`))
  const source = await readFile(path.join(FIXTURES, name, 'slides.md'), 'utf8')
  await mkdir(path.join(dir, 'deck'))
  const entry = path.join(dir, 'deck', 'slides.md')
  await writeFile(entry, source)
  await writeDeckFiles(path.join(dir, 'deck'), deckFiles({ slug: name, lang: 'en', theme: 'default', versions: packageDependencies() }))
  return { dir, entry }
}
