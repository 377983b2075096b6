// Builds what the published package runs (run by `npm pack` / `npm publish` as `prepack`):
//   dist/cli.mjs, dist/index.mjs and their shared chunks: the TypeScript sources bundled by
//     esbuild the same way a development checkout bundles them (bin/compiled-cli.js), with
//     the Slidev worker beside them;
//   dist/types/: type declarations of the library API (src/index.ts), by tsc.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import * as esbuild from 'esbuild'
import { bundle } from '../bin/compiled-cli.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const dist = path.join(root, 'dist')
rmSync(dist, { recursive: true, force: true })
await bundle({ root, outDir: dist, entries: { cli: path.join('cli', 'main.ts'), index: 'index.ts' }, esbuild })
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc')
execFileSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
console.error(`built ${path.relative(process.cwd(), dist) || dist}`)
