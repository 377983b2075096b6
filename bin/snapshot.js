// @ts-check
/**
 * `deckwright generate` starts from a V8 startup snapshot that holds compromise already
 * loaded, its lexicon expanded and its tagger run once (`node --snapshot-blob`, Node ≥ 18.20).
 * Loading compromise otherwise costs about 0.3–0.4 s of every run (docs/benchmarks.md).
 *
 * - The snapshot is built on first use, from compromise's single-file build as installed, into
 *   node_modules/.cache/deckwright/compromise-<hash>.blob, where <hash> covers the Node binary
 *   and version, NODE_OPTIONS (V8 refuses a snapshot made under other flags) and compromise's
 *   code: another Node, other options or another compromise get their own.
 * - A process cannot load a snapshot after it has started, so `generate` runs as a child
 *   process started from the snapshot; the parent forwards signals and exits as the child did.
 *   The child watches its parent and stops if the parent is killed.
 * - src/analyze/nlp.ts takes compromise from the snapshot when it is there (the same file's
 *   code), else loads it as usual. Anything that fails here means "run without the snapshot";
 *   so does DECKWRIGHT_NO_SNAPSHOT=1, and so does a Node started with flags of its own
 *   (`node --inspect …`, `node --cpu-prof …`: bin/deckwright.js does not use the snapshot then,
 *   as the flags would apply to the parent, not to the child).
 *
 * Usage (bin/deckwright.js): const blob = compromiseSnapshot(); if (blob) await runFromSnapshot(blob, file, args)
 */
import { spawn, execFileSync } from 'node:child_process'
import { createHash, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { constants } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('..', import.meta.url))

/** The global under which the snapshot holds compromise (read by src/analyze/nlp.ts). */
export const SNAPSHOT_GLOBAL = '__deckwrightCompromise'

/**
 * V8 flags of the snapshot's build and of every process started from it (V8 takes a snapshot
 * only with the flags it was made with). `--no-regexp-tier-up` compiles a regular expression
 * to machine code at once, instead of interpreting it first and compiling it again once it is
 * used: a short `generate` runs the analysis's large patterns (speech verbs, boilerplate,
 * units) cold, and spends less on them compiled once (docs/benchmarks.md). Setting the flag
 * at run time instead (`v8.setFlagsFromString`) crashed Node 20 now and then.
 */
export const SNAPSHOT_FLAGS = Object.freeze(['--no-regexp-tier-up'])

/** Set in the child's environment: it runs from the snapshot and watches its parent. */
const CHILD_ENV = 'DECKWRIGHT_FROM_SNAPSHOT'

/** Sentences tagged once while the snapshot is made, so the tagger's lazily built tables are in it. */
const WARM_UP = [
  'The company said on Tuesday that its revenue grew by 20 percent last year, beating analysts who had expected less.',
  '“We are not going to stop here,” she told reporters in Paris, adding that prices would fall again in 2025.',
  'If the model works as well as claimed, it could undermine the business of firms that spent billions on chips.',
]

/**
 * The script the snapshot is made from: compromise's file wrapped as a CommonJS module (a
 * snapshot's script cannot `require` files), kept in a global, its tagger run once.
 * @param {string} source compromise's single-file build
 */
function snapshotScript(source) {
  return [
    'const module = { exports: {} };',
    `(function (module, exports) {\n${source}\n})(module, module.exports);`,
    `globalThis.${SNAPSHOT_GLOBAL} = module.exports;`,
    `for (const s of ${JSON.stringify(WARM_UP)}) module.exports(s).json();`,
    '',
  ].join('\n')
}

/**
 * Path of the snapshot for this Node and this compromise, built if missing; undefined when it
 * cannot be had (turned off, a Node without snapshots, the cache not writable, a failed build).
 * @param {{ root?: string, env?: NodeJS.ProcessEnv }} [options]
 * @returns {string | undefined}
 */
export function compromiseSnapshot(options = {}) {
  const root = options.root ?? ROOT
  const env = options.env ?? process.env
  if (env.DECKWRIGHT_NO_SNAPSHOT === '1') return undefined
  try {
    const file = createRequire(path.join(root, 'package.json')).resolve('compromise')
    const script = snapshotScript(readFileSync(file, 'utf8'))
    // V8 takes a snapshot only with the flags it was made with: NODE_OPTIONS is part of the key
    const node = [process.execPath, process.version, process.arch, env.NODE_OPTIONS ?? '', ...SNAPSHOT_FLAGS].join('\0')
    const hash = createHash('sha256').update(node).update('\0').update(script).digest('hex').slice(0, 16)
    const dir = path.join(root, 'node_modules', '.cache', 'deckwright')
    const blob = path.join(dir, `compromise-${hash}.blob`)
    return existsSync(blob) ? blob : buildSnapshot(dir, blob, script, env)
  } catch {
    return undefined
  }
}

/**
 * Builds the snapshot beside `blob`, checks that a process starts from it with compromise in
 * place, then renames it into place (two runs building at once both end up with a whole one).
 * @param {string} dir
 * @param {string} blob
 * @param {string} script
 * @param {NodeJS.ProcessEnv} env the environment of the runs (their NODE_OPTIONS)
 * @returns {string | undefined}
 */
function buildSnapshot(dir, blob, script, env) {
  mkdirSync(dir, { recursive: true })
  const tmp = path.join(dir, `.snapshot-${process.pid}-${randomBytes(4).toString('hex')}`)
  try {
    writeFileSync(`${tmp}.cjs`, script)
    execFileSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', `${tmp}.blob`, '--build-snapshot', `${tmp}.cjs`], { stdio: 'ignore', timeout: 60_000, env })
    const check = `process.exit(typeof globalThis.${SNAPSHOT_GLOBAL} === 'function' ? 0 : 3)`
    execFileSync(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', `${tmp}.blob`, '-e', check], { stdio: 'ignore', timeout: 60_000, env })
    renameSync(`${tmp}.blob`, blob)
    removeOthers(dir, path.basename(blob))
    return blob
  } catch {
    return existsSync(blob) ? blob : undefined
  } finally {
    rmSync(`${tmp}.cjs`, { force: true })
    rmSync(`${tmp}.blob`, { force: true })
  }
}

/** Snapshots of other Node binaries, options or compromise versions are removed once this old. */
const STALE_MS = 24 * 60 * 60 * 1000

/**
 * Removes the snapshots made for another Node, other options or another compromise, unless
 * recent (runs with other NODE_OPTIONS may still be using them).
 * @param {string} dir
 * @param {string} keep
 */
function removeOthers(dir, keep) {
  const now = Date.now()
  for (const name of readdirSync(dir)) {
    if (name === keep || !/^compromise-[0-9a-f]+\.blob$/.test(name)) continue
    try {
      if (now - statSync(path.join(dir, name)).mtimeMs > STALE_MS) rmSync(path.join(dir, name), { force: true })
    } catch {
      // removed by another run meanwhile
    }
  }
}

const FORWARDED = /** @type {const} */ (['SIGINT', 'SIGTERM', 'SIGHUP'])

/** Node's exit code when it cannot start from a snapshot (deckwright's own codes are 0–5, 130, 143). */
export const SNAPSHOT_FAILURE = 14

/**
 * Runs `script` with `args` in a child process started from `blob`, with this process's
 * standard streams; signals sent to this process go to the child. Exits as the child exited
 * (same code, or killed by the same signal). Returns (false) only when Node could not start
 * from the snapshot, before running anything: the caller then runs the command itself.
 * @param {string} blob
 * @param {string} script
 * @param {string[]} args
 * @returns {Promise<false>}
 */
export function runFromSnapshot(blob, script, args) {
  const child = spawnFromSnapshot(blob, script, args, { stdio: 'inherit' })
  /** @type {Array<[NodeJS.Signals, () => void]>} */
  const handlers = FORWARDED.map((signal) => [signal, () => child.kill(signal)])
  for (const [signal, handler] of handlers) process.on(signal, handler)
  return new Promise((resolve) => {
    child.once('exit', (code, signal) => {
      for (const [name, handler] of handlers) process.off(name, handler)
      if (code === SNAPSHOT_FAILURE) return resolve(false)
      if (signal) process.kill(process.pid, signal)
      process.exit(code ?? 128 + (signal ? constants.signals[signal] : 1))
    })
    // not started at all: the caller runs the command itself
    child.once('error', () => {
      for (const [name, handler] of handlers) process.off(name, handler)
      resolve(false)
    })
  })
}

/**
 * A child process running `script` with `args`, started from `blob` with the snapshot's flags;
 * it watches this process (see `startedFromSnapshot`). Exits with SNAPSHOT_FAILURE when Node
 * cannot start from the snapshot.
 * @param {string} blob
 * @param {string} script
 * @param {string[]} args
 * @param {import('node:child_process').SpawnOptions} [options]
 */
export function spawnFromSnapshot(blob, script, args, options = {}) {
  return spawn(process.execPath, [...SNAPSHOT_FLAGS, '--snapshot-blob', blob, script, ...args], {
    ...options,
    env: { ...process.env, [CHILD_ENV]: '1' },
  })
}

/**
 * In the child: whether it runs from the snapshot; if so, it stops (as if killed) once its
 * parent is gone, so a killed `deckwright` leaves no work running behind it.
 * @returns {boolean}
 */
export function startedFromSnapshot() {
  if (process.env[CHILD_ENV] !== '1') return false
  delete process.env[CHILD_ENV]
  const parent = process.ppid
  setInterval(() => {
    if (process.ppid !== parent) process.kill(process.pid, 'SIGKILL')
  }, 200).unref()
  return true
}
