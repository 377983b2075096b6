/**
 * Writes that never leave a half-written file or folder behind (slides.md, PDFs, web/):
 * write beside the target, then rename into place.
 */
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from './errors.ts'

/** A unique hidden name beside `target` (`.deckwright-<tag>-<random>`). */
export function tempSibling(target: string, tag: string): string {
  return path.join(path.dirname(target), `.deckwright-${tag}-${randomBytes(4).toString('hex')}`)
}

function unwritable(target: string, cause: unknown): DeckwrightError {
  return new DeckwrightError('OUTPUT_UNWRITABLE', `cannot write ${target}: ${String((cause as Error)?.message ?? cause)}`, {
    hint: 'check that the output folder can be created and written by you, or choose another one with --out DIR',
    cause,
  })
}

export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempSibling(target, 'tmp')
  try {
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(tmp, data)
    await rename(tmp, target)
  } catch (cause) {
    // the temp file may not exist, or its folder may be unreachable (ENOTDIR): nothing to remove then
    await rm(tmp, { force: true }).catch(() => undefined)
    throw unwritable(target, cause)
  }
}

/** Moves the finished folder `fresh` to `target`, replacing what was there. */
export async function replaceDir(fresh: string, target: string): Promise<void> {
  const old = tempSibling(target, 'old')
  let moved = false
  try {
    try {
      await rename(target, old)
      moved = true
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
    await rename(fresh, target)
  } catch (cause) {
    if (moved) await rename(old, target).catch(() => undefined)
    throw unwritable(target, cause)
  }
  if (moved) await rm(old, { recursive: true, force: true })
}
