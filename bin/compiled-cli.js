// @ts-check
/**
 * Development only (not part of the published package): deckwright's TypeScript sources
 * bundled by esbuild, the same way `npm pack` builds dist/ (see `bundle`).
 *
 * In a checkout, bin/deckwright.js runs node_modules/.cache/deckwright/cli-<hash>/cli.mjs,
 * where <hash> is a hash of everything under src/ and of this file. It is built on first use
 * and again after any change to src/, and then starts in about half the time of compiling the
 * sources through tsx on every run (which also keeps a second thread busy). Packages stay
 * external (they load from node_modules as usual), except the few small ones of
 * BUNDLED_PACKAGES.
 *
 * Usage: const file = await compiledCli()  // path of cli.mjs, or undefined
 * undefined means "run the sources through tsx": esbuild missing, the cache not writable,
 * or DECKWRIGHT_NO_COMPILE=1.
 */
import { createHash, randomBytes } from 'node:crypto'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/**
 * Builds not used for this long are removed (a running deckwright may still load chunks from
 * one: `build` imports its export stage only once the deck is made). Each use marks its build
 * as used, so a build in use is never removed under a run that started from it.
 */
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

/**
 * Packages bundled into the CLI rather than loaded from node_modules: small, plain JavaScript,
 * loaded by every `generate`, and spread over many files (yaml alone is 73) that Node would
 * resolve, read and, for CommonJS, scan one by one at every start. Every other package stays
 * external.
 */
export const BUNDLED_PACKAGES = ['yaml', 'commander', 'franc-min', 'stopword', 'stemmer']

/** Hash of the sources: file names and contents under `srcDir`, and this file (how they are bundled). */
export function sourceHash(srcDir = path.join(ROOT, 'src')) {
  const hash = createHash('sha256').update(readFileSync(fileURLToPath(import.meta.url))).update('\0')
  for (const rel of listFiles(srcDir)) {
    hash.update(rel).update('\0').update(readFileSync(path.join(srcDir, rel))).update('\0')
  }
  return hash.digest('hex').slice(0, 16)
}

/**
 * Every package the project depends on, less BUNDLED_PACKAGES, as esbuild `external` patterns
 * (every package, when `root` has no package.json).
 * @param {string} root
 */
function externalPackages(root) {
  const file = path.join(root, 'package.json')
  if (!existsSync(file)) return { packages: /** @type {const} */ ('external') }
  const pkg = JSON.parse(readFileSync(file, 'utf8'))
  const names = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies, ...pkg.optionalDependencies, ...pkg.peerDependencies })
  return { external: names.filter((n) => !BUNDLED_PACKAGES.includes(n)).flatMap((n) => [n, `${n}/*`]) }
}

/** Plain JavaScript files that run beside the bundle (the Slidev worker and its hook). */
const SIDE_FILES = ['slidev-worker.mjs', 'playwright-alias.mjs']

/**
 * Bundles `entries` (name → path under src/) into `outDir`, flat: entries, shared chunks and
 * the plain JavaScript files of src/export/ that are run as files of their own side by side,
 * so `new URL('./slidev-worker.mjs', import.meta.url)` finds the worker from any chunk.
 * @param {{ root: string, outDir: string, entries: Record<string, string>, esbuild: typeof import('esbuild') }} options
 */
export async function bundle({ root, outDir, entries, esbuild }) {
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: Object.fromEntries(Object.entries(entries).map(([name, rel]) => [name, path.join(root, 'src', rel)])),
    outdir: outDir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    ...externalPackages(root),
    // the bundled CommonJS packages require Node's modules ("process"): an ES module has no `require`
    banner: { js: "import { createRequire as __deckwrightRequire } from 'node:module'; const require = __deckwrightRequire(import.meta.url);" },
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    sourcemap: true,
    sourcesContent: false,
    logLevel: 'silent',
  })
  mkdirSync(outDir, { recursive: true })
  for (const name of SIDE_FILES) {
    const file = path.join(root, 'src', 'export', name)
    if (existsSync(file)) copyFileSync(file, path.join(outDir, name))
  }
}

/**
 * Marks a compiled CLI's folder as used now (its time is what `prune` reads).
 * @param {string} dir
 */
function markUsed(dir) {
  try {
    const now = new Date()
    utimesSync(dir, now, now)
  } catch {
    // a cache that cannot be written: nothing prunes it either
  }
}

/**
 * Removes compiled CLIs other than `keep` not used for STALE_MS.
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
  const distDir = path.join(root, 'node_modules', '.cache', 'deckwright')
  const name = `cli-${sourceHash(srcDir)}`
  const entry = path.join(distDir, name, 'cli.mjs')
  if (existsSync(entry)) {
    markUsed(path.dirname(entry))
    return entry
  }
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
    await bundle({ root, outDir: tmp, entries: { cli: path.join('cli', 'main.ts') }, esbuild })
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
