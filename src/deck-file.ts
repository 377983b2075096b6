/**
 * Writing a deck's slides.md: atomically (temp file + rename), and never over a deck that was
 * edited by hand unless forced — then the edited file is kept as a backup first.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { DeckwrightError } from './errors.ts'
import { writeFileAtomic } from './fs-atomic.ts'
import { isHandEdited } from './render/index.ts'

export interface WriteDeckResult {
  path: string
  /** Path of the backup of a hand-edited file replaced with --force. */
  backup?: string
  unchanged: boolean
}

/**
 * Throws HAND_EDITED when `path` holds a deck edited by hand (or not written by deckwright)
 * and `force` is not set; `build` calls it before any slow work, `writeDeckFile` again.
 */
export async function checkDeckFile(path: string, options: { force?: boolean } = {}): Promise<void> {
  await handEdited(path, options)
}

async function handEdited(path: string, options: { force?: boolean }): Promise<{ existing?: string; edited: boolean }> {
  const existing = await readIfExists(path)
  const edited = existing !== undefined && isHandEdited(existing)
  if (edited && !options.force) {
    throw new DeckwrightError('HAND_EDITED', `${path} was edited by hand; not overwriting it`, {
      hint: 'keep your edits, pass --out to write elsewhere, or pass --force to replace it (a backup is kept)',
    })
  }
  return existing === undefined ? { edited } : { existing, edited }
}

export async function writeDeckFile(path: string, markdown: string, options: { force?: boolean; now?: Date } = {}): Promise<WriteDeckResult> {
  return replaceDeckFile(path, markdown, options, () => writeFileAtomic(path, markdown))
}

/**
 * Like `writeDeckFile`, but writes the new slides.md to `staged` (a build's staging folder, put
 * in place with the other outputs), not over `path`; nothing is staged when it is unchanged.
 */
export async function stageDeckFile(path: string, markdown: string, staged: string, options: { force?: boolean; now?: Date } = {}): Promise<WriteDeckResult> {
  return replaceDeckFile(path, markdown, options, () => writeFile(staged, markdown))
}

/** The hand-edit guard and backup both share; `write` puts the new markdown where it goes. */
async function replaceDeckFile(path: string, markdown: string, options: { force?: boolean; now?: Date }, write: () => Promise<void>): Promise<WriteDeckResult> {
  const { existing, edited } = await handEdited(path, options)
  if (existing === markdown) return { path, unchanged: true }
  let backup: string | undefined
  if (edited) {
    const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, '-')
    backup = `${path}.bak-${stamp}`
    await copyFile(path, backup)
  }
  await write()
  return { path, unchanged: false, ...(backup ? { backup } : {}) }
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    // no file there (or a file where a folder of the path should be: writing reports that)
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined
    throw new DeckwrightError('OUTPUT_UNWRITABLE', `cannot read ${path} to check it before writing (${code ?? (e as Error).message})`, {
      hint: 'make the deck folder readable and writable by you, or choose another one with --out DIR',
      cause: e,
    })
  }
}
