/** Test helper: copies a fixture deck into a temp folder, pointing its addon at the project root. */
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { PACKAGE_ROOT } from '../../src/paths.ts'

const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url))

/** Returns the temp folder; the deck is `<folder>/deck/slides.md`. */
export async function deckFixture(name: string): Promise<{ dir: string; entry: string }> {
  const dir = await mkdtemp(path.join(tmpdir(), `dw-${name}-`))
  const source = await readFile(path.join(FIXTURES, name, 'slides.md'), 'utf8')
  const root = PACKAGE_ROOT.replace(/[\\/]$/, '')
  await mkdir(path.join(dir, 'deck'))
  const entry = path.join(dir, 'deck', 'slides.md')
  await writeFile(entry, source.replaceAll('__DECKWRIGHT_ROOT__', root))
  return { dir, entry }
}
