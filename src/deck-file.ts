/**
 * Writing a deck's slides.md: atomically (temp file + rename), and never over a deck that was
 * edited by hand unless forced — then the edited file is kept as a backup first.
 */
import { copyFile, readFile } from 'node:fs/promises'
import { DeckwrightError } from './errors.ts'
import { writeFileAtomic } from './fs-atomic.ts'
import { isHandEdited } from './render/index.ts'

export interface WriteDeckResult {
  path: string
  /** Path of the backup of a hand-edited file replaced with --force. */
  backup?: string
  unchanged: boolean
}

export async function writeDeckFile(path: string, markdown: string, options: { force?: boolean; now?: Date } = {}): Promise<WriteDeckResult> {
  const existing = await readIfExists(path)
  if (existing === markdown) return { path, unchanged: true }
  let backup: string | undefined
  if (existing !== undefined && isHandEdited(existing)) {
    if (!options.force) {
      throw new DeckwrightError('HAND_EDITED', `${path} was edited by hand; not overwriting it`, {
        hint: 'keep your edits, pass --out to write elsewhere, or pass --force to replace it (a backup is kept)',
      })
    }
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
    backup = `${path}.bak-${stamp}`
    await copyFile(path, backup)
  }
  await writeFileAtomic(path, markdown)
  return { path, unchanged: false, ...(backup ? { backup } : {}) }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw new DeckwrightError('OUTPUT_UNWRITABLE', `cannot read ${path} to check it before writing`, { cause: e })
  }
}
