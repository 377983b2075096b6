// @ts-check
/**
 * A Slidev CLI process started ahead of time (see slidev-process.ts).
 *
 * Usage: node slidev-worker.mjs <path of @slidev/cli/bin/slidev.mjs> <command> [<preload JSON>]
 * where the preload JSON is `{ "chunks": [chunk name prefixes], "modules": [specifiers] }`
 * (slidev-contract.ts names them; slidev-process.ts passes them),
 * then one line on stdin: the JSON array of Slidev CLI arguments (`["build", "slides.md", …]`).
 *
 * Importing Slidev and everything its build loads takes 2–4 s of a 10 s build. This
 * process does that while deckwright is still analysing the article, then waits for
 * the arguments and runs Slidev's own CLI with them, exactly as `slidev …` would.
 * stdin closing before the arguments came (deckwright stopped, or needs no build) ends
 * the process. Preloading is best effort: a module that cannot be loaded here is left
 * to Slidev, which loads (or reports) it itself.
 *
 * Plain JavaScript on purpose: it runs in bare Node, without the TypeScript loader, so
 * that none of Slidev's thousands of module loads go through a loader hook.
 */
import { readdirSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

const bin = process.argv[2] ?? ''
const command = process.argv[3] ?? 'build'
if (!bin) {
  console.error('usage: slidev-worker.mjs <slidev bin> [command]')
  process.exit(2)
}
// Slidev's exporter imports `playwright-chromium`: answered with deckwright's playwright-core
if (command === 'export') await import('./playwright-alias.mjs')
// Slidev looks at argv[1] when its modules load, to tell a local from a global install
const preloadArg = process.argv[4]
process.argv = [process.argv[0] ?? 'node', bin]

/** @type {{ chunks?: unknown, modules?: unknown }} */
let preloadList = {}
try {
  preloadList = JSON.parse(preloadArg ?? '{}') ?? {}
} catch {
  preloadList = {}
}
/** @param {unknown} list */
const strings = (list) => (Array.isArray(list) ? list.filter((x) => typeof x === 'string') : [])
/** Slidev's own chunks the command needs (hashed file names, found by prefix). */
const CHUNKS = strings(preloadList.chunks)
/** Modules Slidev loads on demand while it builds. */
const ON_DEMAND = strings(preloadList.modules)

let started = false

async function preload() {
  const dist = path.resolve(path.dirname(bin), '..', 'dist')
  const wanted = CHUNKS
  let files = []
  try {
    files = readdirSync(dist)
  } catch {
    return
  }
  for (const prefix of wanted) {
    const file = files.find((f) => f.startsWith(`${prefix}-`) && f.endsWith('.mjs'))
    if (file) await import(pathToFileURL(path.join(dist, file)).href).catch(() => undefined)
    if (started) break
  }
  for (const specifier of ON_DEMAND) {
    if (started) break
    await import(specifier).catch(() => undefined)
  }
}

const preloading = preload()

let input = ''
process.stdin.setEncoding('utf8')
process.stdin.on('data', (chunk) => {
  if (started) return
  input += chunk
  const end = input.indexOf('\n')
  if (end < 0) return
  started = true
  process.stdin.pause()
  /** @type {unknown} */
  let args
  try {
    args = JSON.parse(input.slice(0, end))
  } catch {
    args = undefined
  }
  if (!Array.isArray(args) || !args.every((a) => typeof a === 'string')) {
    console.error('slidev-worker: expected one JSON array of strings on stdin')
    process.exit(2)
  }
  process.argv.push(...args)
  // the chunk being loaded finishes first (a half-loaded module graph is not reused)
  preloading.then(() => import(pathToFileURL(bin).href)).catch((e) => {
    console.error(e)
    process.exit(1)
  })
})
process.stdin.on('end', () => {
  if (!started) process.exit(0)
})
