/**
 * Slidev writes generated modules (import-glob proxies) into `<deck folder>/node_modules/.slidev/`
 * whenever it builds or serves a deck. They are no output: deckwright removes what a run of
 * its own created, and leaves a cache that was there before (a `present` running on the same
 * deck may be using it).
 */
import { readdir, rm, rmdir, stat } from 'node:fs/promises'
import path from 'node:path'

export interface SlidevCacheState {
  dir: string
  nodeModules: boolean
  slidev: boolean
}

const exists = (p: string) => stat(p).then(() => true, () => false)

/** Notes what exists before Slidev runs on the deck in `deckDir`. */
export async function slidevCacheBefore(deckDir: string): Promise<SlidevCacheState> {
  const nodeModules = path.join(deckDir, 'node_modules')
  return { dir: deckDir, nodeModules: await exists(nodeModules), slidev: await exists(path.join(nodeModules, '.slidev')) }
}

/** Removes the cache folders that were not there before; never throws. */
export async function removeSlidevCache(before: SlidevCacheState): Promise<void> {
  const nodeModules = path.join(before.dir, 'node_modules')
  if (!before.slidev) await rm(path.join(nodeModules, '.slidev'), { recursive: true, force: true }).catch(() => undefined)
  if (!before.nodeModules) {
    const left = await readdir(nodeModules).catch(() => undefined)
    if (left && left.length === 0) await rmdir(nodeModules).catch(() => undefined)
  }
}
