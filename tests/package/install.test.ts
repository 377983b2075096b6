/**
 * The package as a user gets it: `npm pack`, the tarball installed into an empty folder (from
 * the registry, or npm's cache that `npm ci` filled), `npx deckwright build article.txt`
 * there, then the deck folder moved elsewhere and built by Slidev's own CLI, with its Quote and
 * CostComparison components rendered. Prints the tarball's size and file count and the time of
 * `npx deckwright --help`.
 */
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { copyFile, mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_ARTICLE, PACKAGE_ROOT } from '../../src/paths.ts'
import { PACKAGE_DECK_FILES } from '../../src/render/deck-files.ts'
import { renderedComponents, slidevBuild } from '../e2e/moved-deck.ts'

const run = promisify(execFile)
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx'

interface PackResult {
  filename: string
  size: number
  unpackedSize: number
  entryCount: number
  files: { path: string }[]
}

let tmp = ''
let packed: PackResult
let tarball = ''
let app = ''

beforeAll(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), 'dw-package-'))
  const { stdout } = await run(npm, ['pack', '--json', '--pack-destination', tmp], { cwd: PACKAGE_ROOT, maxBuffer: 64 * 2 ** 20 })
  packed = (JSON.parse(stdout) as PackResult[])[0]!
  tarball = path.join(tmp, packed.filename)
  console.log(`tarball ${packed.filename}: ${(packed.size / 1024).toFixed(0)} KiB, ${packed.entryCount} files (${(packed.unpackedSize / 1024).toFixed(0)} KiB unpacked)`)

  app = path.join(tmp, 'app')
  await mkdir(app)
  await writeFile(path.join(app, 'package.json'), `${JSON.stringify({ name: 'app', private: true }, null, 2)}\n`)
  const t = performance.now()
  await run(npm, ['install', tarball, '--prefer-offline', '--no-audit', '--no-fund'], { cwd: app, maxBuffer: 64 * 2 ** 20, env: withoutSkipVariable() })
  console.log(`npm install of the tarball: ${((performance.now() - t) / 1000).toFixed(1)} s`)
}, 1_200_000)

afterAll(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true })
})

/** The environment without PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: the install must not need it. */
function withoutSkipVariable(): NodeJS.ProcessEnv {
  const env = { ...process.env }
  delete env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD
  return env
}

describe('the packed package', () => {
  it('holds built JavaScript, type declarations and the deck files, and no sources, tests or vendor stand-in', () => {
    const files = new Set(packed.files.map((f) => f.path))
    for (const f of ['bin/deckwright.js', 'bin/snapshot.js', 'dist/cli.mjs', 'dist/index.mjs', 'dist/slidev-worker.mjs', 'dist/playwright-alias.mjs', 'dist/types/index.d.ts', 'articles/deepseek-ai-race.txt', 'package.json']) {
      expect(files, f).toContain(f)
    }
    for (const f of PACKAGE_DECK_FILES) expect(files, f).toContain(f)
    const unwanted = [...files].filter((f) => /^(tests|vendor|scripts|slides|node_modules)\//.test(f) || f === 'bin/compiled-cli.js' || /^src\/(cli|export|analyze|ingest|plan|render)\//.test(f))
    expect(unwanted).toEqual([])
  })

  it('declares only run-time dependencies, and no vendor stand-in', async () => {
    const pkg = JSON.parse(await readFile(path.join(app, 'node_modules', 'deckwright', 'package.json'), 'utf8')) as Record<string, Record<string, string> | undefined>
    for (const dev of ['tsx', 'typescript', 'esbuild', 'vitest']) expect(pkg.dependencies?.[dev], dev).toBeUndefined()
    expect(pkg.optionalDependencies).toBeUndefined()
    expect(existsSync(path.join(app, 'node_modules', 'napi-windows-process-start-time'))).toBe(false)
  })

  it('runs `npx deckwright --help` from the built JavaScript', async () => {
    const t = performance.now()
    const { stdout } = await run(npx, ['--no', '--', 'deckwright', '--help'], { cwd: app })
    console.log(`npx deckwright --help: ${((performance.now() - t) / 1000).toFixed(2)} s`)
    expect(stdout).toMatch(/Usage: deckwright/)
    expect(existsSync(path.join(app, 'node_modules', 'deckwright', 'src', 'cli'))).toBe(false)
  })

  it('exposes the library API as JavaScript', async () => {
    const script = "const m = await import('deckwright'); console.log(typeof m.generateDeck, typeof m.buildDeck)"
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app })
    expect(stdout.trim()).toBe('function function')
  })

  it('builds an article, and the deck folder, moved elsewhere, builds with plain Slidev', async () => {
    await copyFile(DEFAULT_ARTICLE, path.join(app, 'article.txt'))
    const build = await run(npx, ['--no', '--', 'deckwright', 'build', 'article.txt', '--out', 'talk', '--format', 'web', '-q'], { cwd: app, maxBuffer: 64 * 2 ** 20 })
    expect(existsSync(path.join(app, 'talk', 'web', 'index.html')), build.stderr).toBe(true)

    await mkdir(path.join(tmp, 'elsewhere'))
    const moved = path.join(tmp, 'elsewhere', 'talk')
    await rename(path.join(app, 'talk'), moved)
    const slidev = path.join(app, 'node_modules', '@slidev', 'cli', 'bin', 'slidev.mjs')
    const web = path.join(tmp, 'web')
    const result = await slidevBuild(slidev, moved, web)
    expect(result.code, result.output).toBe(0)
    const shown = await renderedComponents(web)
    expect(shown.unresolved).toEqual([])
    expect(shown.quotes.join('\n')).toContain('— Reid Hoffman')
    expect(shown.costs.join('\n')).toMatch(/\$6 ?million|\$6M/)
  }, 600_000)
})
