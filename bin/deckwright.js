#!/usr/bin/env node
// deckwright's command line. The sources are TypeScript: they run compiled to one bundle
// (see compiled-cli.js, rebuilt whenever src/ changes), or through tsx when that bundle
// cannot be built or written.
import { pathToFileURL } from 'node:url'
import { compiledCli } from './compiled-cli.js'

if (process.argv.includes('--debug')) process.setSourceMapsEnabled(true)

/** @type {(argv: string[]) => Promise<number>} */
let main
const compiled = await compiledCli().catch(() => undefined)
if (compiled) {
  ;({ main } = await import(pathToFileURL(compiled).href))
} else {
  const { register } = await import('tsx/esm/api')
  register()
  ;({ main } = await import('../src/cli/main.ts'))
}
process.exitCode = await main(process.argv.slice(2))
