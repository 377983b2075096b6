/**
 * Writes a deck's support files (src/render/deck-files.ts) into its folder: each one whole
 * (temporary sibling + rename), and only when its bytes differ, so regenerating an unchanged
 * deck leaves every file as it was, and regenerating after an update of deckwright updates
 * the components.
 */
import { readFile, rm, rmdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { writeFileAtomic } from './fs-atomic.ts'
import { PACKAGE_ROOT } from './paths.ts'
import type { DeckFile, DeckFileSource } from './render/deck-files.ts'

export interface WrittenDeckFiles {
  /** Paths (inside the deck folder) whose bytes were written. */
  written: string[]
  /** Those of them that did not exist before. */
  created: string[]
}

/** The bytes of one support file. */
export async function deckFileBytes(source: DeckFileSource): Promise<Uint8Array> {
  switch (source.kind) {
    case 'text':
      return Buffer.from(source.text, 'utf8')
    case 'package':
      return readFile(path.join(PACKAGE_ROOT, source.path))
    case 'module':
      return readFile(createRequire(import.meta.url).resolve(source.specifier))
  }
}

async function readIfExists(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file)
  } catch {
    return undefined
  }
}

/** Writes every file that is missing or different; returns what was written. */
export async function writeDeckFiles(dir: string, files: readonly DeckFile[]): Promise<WrittenDeckFiles> {
  const out: WrittenDeckFiles = { written: [], created: [] }
  for (const file of files) {
    const target = path.join(dir, ...file.path.split('/'))
    const bytes = await deckFileBytes(file.source)
    const existing = await readIfExists(target)
    if (existing?.equals(bytes)) continue
    await writeFileAtomic(target, bytes)
    out.written.push(file.path)
    if (existing === undefined) out.created.push(file.path)
  }
  return out
}

/**
 * Removes files that `writeDeckFiles` created (a failed build into a new folder leaves no deck
 * behind), and the folders that are left empty by that. Never throws.
 */
export async function removeDeckFiles(dir: string, created: readonly string[]): Promise<void> {
  const folders = new Set<string>()
  for (const rel of created) {
    await rm(path.join(dir, ...rel.split('/')), { force: true }).catch(() => undefined)
    for (let d = path.posix.dirname(rel); d !== '.'; d = path.posix.dirname(d)) folders.add(d)
  }
  // deepest first; rmdir refuses folders that still hold something
  for (const d of [...folders].sort((a, b) => b.length - a.length)) {
    await rmdir(path.join(dir, ...d.split('/'))).catch(() => undefined)
  }
}
