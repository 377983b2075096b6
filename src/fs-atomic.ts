/**
 * Writes that never leave a half-written file or folder behind (slides.md, PDFs, web/):
 * write beside the target, then rename into place.
 */
import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'
import { DeckwrightError } from './errors.ts'

/** A unique hidden name beside `target` (`.deckwright-<tag>-<pid>-<random>`). */
export function tempSibling(target: string, tag: string): string {
  return path.join(path.dirname(target), `.deckwright-${tag}-${process.pid}-${randomBytes(4).toString('hex')}`)
}

const TEMP_NAME = /^\.deckwright-[a-z]+-(\d+)-[0-9a-f]{8}(?:\.[a-z]+)?$/

function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (e) {
    // EPERM: it exists, it is someone else's
    return (e as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export interface StaleTempOptions {
  /** Only entries untouched this long are removed (default 10 minutes). */
  minAgeMs?: number
  /** Whether a process id is running (default: signal 0). */
  exists?: (pid: number) => boolean
  now?: number
}

/**
 * Removes the temporary files and folders that a killed deckwright (kill -9, power loss)
 * left in `dir`: those whose process is gone and that have not changed for a while (the
 * age guards against a deck folder shared with another machine, whose process ids mean
 * nothing here). Returns the names removed; never throws.
 */
export async function removeStaleTemps(dir: string, options: StaleTempOptions = {}): Promise<string[]> {
  const minAge = options.minAgeMs ?? 10 * 60 * 1000
  const exists = options.exists ?? processExists
  const now = options.now ?? Date.now()
  const removed: string[] = []
  const names = await readdir(dir).catch(() => [] as string[])
  for (const name of names) {
    const pid = Number(TEMP_NAME.exec(name)?.[1])
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || exists(pid)) continue
    const file = path.join(dir, name)
    try {
      if (now - (await lstat(file)).mtimeMs < minAge) continue
      // an unfinished swap of outputs (export/commit-outputs.ts) holds the previous ones: never removed here
      if (await lstat(path.join(file, 'journal.json')).then(() => true, () => false)) continue
      await rm(file, { recursive: true, force: true })
      removed.push(name)
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed
}

function unwritable(target: string, cause: unknown): DeckwrightError {
  return new DeckwrightError('OUTPUT_UNWRITABLE', `cannot write ${target}: ${String((cause as Error)?.message ?? cause)}`, {
    hint: 'check that the output folder can be created and written by you, or choose another one with --out DIR',
    cause,
  })
}

/**
 * Writes `target` whole or not at all: into a temporary sibling, flushed to disk (so a power
 * cut after the rename cannot leave an empty file), then renamed over the target.
 */
export async function writeFileAtomic(target: string, data: Uint8Array | string): Promise<void> {
  const tmp = tempSibling(target, 'tmp')
  try {
    await mkdir(path.dirname(target), { recursive: true })
    const file = await open(tmp, 'w')
    try {
      await file.writeFile(data)
      await file.sync()
    } finally {
      await file.close()
    }
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
