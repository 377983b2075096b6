/**
 * Slidev writes generated modules (import-glob proxies) into `<deck folder>/node_modules/.slidev/`
 * whenever it builds or serves a deck, and Vite bundles the deck's vite.config.ts through
 * `node_modules/.vite-temp/` (left behind, empty, by `slidev export`). They are no output:
 * deckwright removes what a run of its own created, and leaves a cache that was there before
 * (a `present` running on the same deck may be using it).
 */
import { readdir, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'

const CACHES = ['.slidev', '.vite-temp']

export interface SlidevCacheState {
  dir: string
  nodeModules: boolean
  /** The cache folders (of CACHES) that existed before. */
  existing: string[]
}

const exists = (p: string) => stat(p).then(() => true, () => false)

/** Notes what exists before Slidev runs on the deck in `deckDir`. */
export async function slidevCacheBefore(deckDir: string): Promise<SlidevCacheState> {
  const nodeModules = path.join(deckDir, 'node_modules')
  const existing: string[] = []
  for (const name of CACHES) if (await exists(path.join(nodeModules, name))) existing.push(name)
  return { dir: deckDir, nodeModules: await exists(nodeModules), existing }
}

/** Removes the cache folders that were not there before; never throws. */
export async function removeSlidevCache(before: SlidevCacheState): Promise<void> {
  const nodeModules = path.join(before.dir, 'node_modules')
  for (const name of CACHES.filter((n) => !before.existing.includes(n))) {
    await rm(path.join(nodeModules, name), { recursive: true, force: true }).catch(() => undefined)
  }
  if (!before.nodeModules) {
    const left = await readdir(nodeModules).catch(() => undefined)
    if (left && left.length === 0) await rmdir(nodeModules).catch(() => undefined)
  }
}
