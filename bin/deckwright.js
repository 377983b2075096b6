#!/usr/bin/env node
// deckwright's command line.
// - Installed from the package: runs the JavaScript built when the package was packed
//   (dist/cli.mjs; the package holds no TypeScript sources).
// - In a development checkout (src/ is there): runs the sources, bundled by esbuild into a
//   cache that is rebuilt whenever src/ changes (compiled-cli.js), or through tsx when that
//   bundle cannot be built. No build step by hand either way.
// - `generate` runs in a child process started from a snapshot of compromise (snapshot.js),
//   when one can be had: loading compromise is most of the start-up time otherwise. `build`
//   makes its deck in such a child (src/cli/prepare-child.ts) and exports it itself.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true)

// (not when Node runs with flags of its own, `node --cpu-prof …`: they would apply to the parent)
if (process.argv[2] === 'generate' && process.execArgv.length === 0) {
  const { compromiseSnapshot, runFromSnapshot, startedFromSnapshot } = await import('./snapshot.js')
  if (!startedFromSnapshot()) {
    const blob = compromiseSnapshot()
    if (blob) await runFromSnapshot(blob, fileURLToPath(import.meta.url), process.argv.slice(2))
  }
}

/** @typedef {{ prepareChild?: () => import('node:child_process').ChildProcess | undefined }} CliHost */
/** @returns {Promise<{ main: (argv: string[], host?: CliHost) => Promise<number>, servePrepare: () => Promise<void>, PREPARE_COMMAND: string }>} */
async function load() {
  if (!existsSync(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)))) {
    return import(new URL('../dist/cli.mjs', import.meta.url).href)
  }
  const { compiledCli } = await import('./compiled-cli.js')
  const compiled = await compiledCli().catch(() => undefined)
  if (compiled) return import(pathToFileURL(compiled).href)
  const { register } = await import('tsx/esm/api')
  register()
  return import(new URL('../src/cli/main.ts', import.meta.url).href)
}

const cli = await load()

// `build` makes its deck in a child process started from the snapshot, gone before Slidev's
// build (src/cli/prepare-child.ts); this is that child
if (process.argv[2] === cli.PREPARE_COMMAND) {
  const { startedFromSnapshot } = await import('./snapshot.js')
  startedFromSnapshot()
  await cli.servePrepare()
  process.exit(0)
}

/** @type {CliHost} */
const host = {}
if (process.argv[2] === 'build' && process.execArgv.length === 0) {
  const { compromiseSnapshot, spawnFromSnapshot } = await import('./snapshot.js')
  const script = fileURLToPath(import.meta.url)
  host.prepareChild = () => {
    const blob = compromiseSnapshot()
    return blob ? spawnFromSnapshot(blob, script, [cli.PREPARE_COMMAND], { stdio: ['inherit', 'inherit', 'inherit', 'ipc'], serialization: 'advanced' }) : undefined
  }
}

const { main } = cli
const code = await main(process.argv.slice(2), host)
process.exitCode = code
// The command is done and its last line written: a handle left open (a frozen browser's pipe,
// a library's timer) must not keep the process alive. Exits at once when nothing is left,
// else after a short grace.
setTimeout(() => process.exit(code), 500).unref()
