// @ts-check
/**
 * The compiled CLI: deckwright's TypeScript sources bundled by esbuild into
 * dist/cli-<hash>/main.mjs, where <hash> is a hash of everything under src/. It is built
 * on first use and again after any change to src/, and then starts in about half the
 * time of compiling the sources through tsx on every run (which also keeps a second
 * thread busy). Packages stay external: they load from node_modules as usual.
 *
 * Usage: const file = await compiledCli()  // path of main.mjs, or undefined
 * undefined means "run the sources through tsx": esbuild missing, dist/ not writable,
 * or DECKWRIGHT_NO_COMPILE=1.
 */
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** Old builds are removed once this old (a running deckwright may still load from one). */
const STALE_MS = 10 * 60 * 1000

/**
 * Every file under `dir`, as sorted paths relative to it.
 * @param {string} dir
 * @param {string} [prefix]
 * @returns {string[]}
 */
function listFiles(dir, prefix = '') {
  /** @type {string[]} */
  const out = []
  for (const entry of readdirSync(path.join(dir, prefix), { withFileTypes: true })) {
    const rel = prefix ? `${prefix}/${entry.name}` : entry.name
    if (entry.isDirectory()) out.push(...listFiles(dir, rel))
    else if (entry.isFile()) out.push(rel)
  }
  return out.sort()
}

/** Hash of the sources: file names and contents under `srcDir`. */
export function sourceHash(srcDir = path.join(ROOT, 'src')) {
  const hash = createHash('sha256')
  for (const rel of listFiles(srcDir)) {
    hash.update(rel).update('\0').update(readFileSync(path.join(srcDir, rel))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Removes compiled CLIs other than `keep` that are older than STALE_MS.
 * @param {string} distDir
 * @param {string} keep
 */
function prune(distDir, keep) {
  const now = Date.now()
  for (const name of readdirSync(distDir)) {
    if (name === keep || !/^\.?cli-/.test(name)) continue
    const dir = path.join(distDir, name)
    try {
      if (now - statSync(dir).mtimeMs > STALE_MS) rmSync(dir, { recursive: true, force: true })
    } catch {
      // removed by another run meanwhile
    }
  }
}

/**
 * The compiled CLI's entry for the current sources, built if missing; undefined when it
 * cannot be had (the caller then runs the sources through tsx).
 * @param {{ root?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {Promise<string | undefined>}
 */
export async function compiledCli(options = {}) {
  const root = options.root ?? ROOT
  const env = options.env ?? process.env
  if (env.DECKWRIGHT_NO_COMPILE === '1') return undefined
  const srcDir = path.join(root, 'src')
  const distDir = path.join(root, 'dist')
  const name = `cli-${sourceHash(srcDir)}`
  const entry = path.join(distDir, name, 'main.mjs')
  if (existsSync(entry)) return entry
  /** @type {typeof import('esbuild')} */
  let esbuild
  try {
    esbuild = await import('esbuild')
  } catch {
    return undefined
  }
  // built beside, then renamed into place: a run never sees half a build, and two runs
  // building at once both end up with the same, whole one
  const tmp = path.join(distDir, `.${name}-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: { main: path.join(srcDir, 'cli', 'main.ts') },
      outdir: tmp,
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      packages: 'external',
      outExtension: { '.js': '.mjs' },
      chunkNames: 'chunks/[name]-[hash]',
      sourcemap: true,
      logLevel: 'silent',
    })
    try {
      renameSync(tmp, path.join(distDir, name))
    } catch (e) {
      // another run finished the same build first
      if (!existsSync(entry)) throw e
    }
    prune(distDir, name)
    return entry
  } catch {
    return undefined
  } finally {
    try {
      rmSync(tmp, { recursive: true, force: true })
    } catch {
      // nothing was written there
    }
  }
}
