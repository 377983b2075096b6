#!/usr/bin/env node
// deckwright's command line. The sources are TypeScript, loaded through tsx.
import { register } from 'tsx/esm/api'

register()
const { main } = await import('../src/cli/main.ts')
process.exitCode = await main(process.argv.slice(2))
