#!/usr/bin/env node
// deckwright's command line.
// - Installed from the package: runs the JavaScript built when the package was packed
//   (dist/cli.mjs; the package holds no TypeScript sources).
// - In a development checkout (src/ is there): runs the sources, bundled by esbuild into a
//   cache that is rebuilt whenever src/ changes (compiled-cli.js), or through tsx when that
//   bundle cannot be built. No build step by hand either way.
import { existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true)

/** @returns {Promise<{ main: (argv: string[]) => Promise<number> }>} */
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

const { main } = await load()
const code = await main(process.argv.slice(2))
process.exitCode = code
// The command is done and its last line written: a handle left open (a frozen browser's pipe,
// a library's timer) must not keep the process alive. Exits at once when nothing is left,
// else after a short grace.
setTimeout(() => process.exit(code), 500).unref()
