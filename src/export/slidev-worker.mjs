// @ts-check
/**
 * A Slidev CLI process started ahead of time (see slidev-process.ts).
 *
 * Usage: node slidev-worker.mjs <path of @slidev/cli/bin/slidev.mjs> <command>
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
process.argv = [process.argv[0] ?? 'node', bin]

/** Slidev's own chunks a command needs (hashed file names, found by prefix). */
const CHUNKS = {
  build: ['resolver', 'serve', 'build'],
  export: ['resolver', 'serve', 'export'],
}

/**
 * Modules Slidev loads on demand while it builds (measured on Slidev 52.20: these
 * account for most of the loading left after its chunks). They resolve from this
 * package like they do from Slidev's, as npm hoists Slidev's dependencies.
 */
const ON_DEMAND = [
  'yargs',
  'open',
  'postcss-nested',
  'rolldown',
  '@vue/compiler-sfc',
  '@iconify/utils/lib/loader/node-loader',
  'lightningcss',
]

let started = false

async function preload() {
  const dist = path.resolve(path.dirname(bin), '..', 'dist')
  const wanted = CHUNKS[/** @type {keyof typeof CHUNKS} */ (command)] ?? []
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
