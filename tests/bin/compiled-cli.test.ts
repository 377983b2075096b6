import { execFileSync } from 'node:child_process'
import { existsSync, statSync, utimesSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { compiledCli, sourceHash } from '../../bin/compiled-cli.js'
import { PACKAGE_ROOT } from '../../src/paths.ts'

const made: string[] = []
afterAll(async () => {
  for (const d of made) await rm(d, { recursive: true, force: true })
})

/** A tiny package laid out like deckwright: src/cli/main.ts importing a sibling module. */
async function miniPackage(greeting: string): Promise<string> {
  // inside the project, so that esbuild and node_modules resolve as they do for deckwright
  const root = await mkdtemp(path.join(PACKAGE_ROOT, '.tmp-compiled-'))
  made.push(root)
  await mkdir(path.join(root, 'src', 'cli'), { recursive: true })
  await writeFile(path.join(root, 'src', 'greeting.ts'), `export const greeting: string = ${JSON.stringify(greeting)}\n`)
  await writeFile(
    path.join(root, 'src', 'cli', 'main.ts'),
    `import { greeting } from '../greeting.ts'\nexport async function main(argv: string[]): Promise<number> {\n  return argv.length + greeting.length\n}\nexport const text = (): string => greeting\n`,
  )
  return root
}

describe('compiledCli', () => {
  it('bundles the sources once per content and reuses the bundle', async () => {
    const root = await miniPackage('hello')
    const entry = await compiledCli({ root, env: {} })
    expect(entry).toBeDefined()
    expect(entry!).toMatch(new RegExp(`node_modules[\\\\/]\\.cache[\\\\/]deckwright[\\\\/]cli-${sourceHash(path.join(root, 'src'))}[\\\\/]cli\\.mjs$`))
    const mod = (await import(pathToFileURL(entry!).href)) as { main: (a: string[]) => Promise<number>; text: () => string }
    expect(mod.text()).toBe('hello')
    expect(await mod.main(['a', 'b'])).toBe(7)
    const built = statSync(entry!).mtimeMs
    expect(await compiledCli({ root, env: {} })).toBe(entry)
    expect(statSync(entry!).mtimeMs).toBe(built)
    // no half-built leftovers beside it
    expect((await readdir(path.dirname(path.dirname(entry!)))).filter((n) => n.startsWith('.'))).toEqual([])
  }, 30_000)

  it('builds a new bundle when a source changes', async () => {
    const root = await miniPackage('hello')
    const first = await compiledCli({ root, env: {} })
    await writeFile(path.join(root, 'src', 'greeting.ts'), `export const greeting: string = "changed"\n`)
    const second = await compiledCli({ root, env: {} })
    expect(second).toBeDefined()
    expect(second).not.toBe(first)
    const mod = (await import(pathToFileURL(second!).href)) as { text: () => string }
    expect(mod.text()).toBe('changed')
  }, 30_000)

  it('removes a bundle not used for a while when it builds another, and never one still in use', async () => {
    const root = await miniPackage('hello')
    const idle = await compiledCli({ root, env: {} })
    const used = path.join(path.dirname(path.dirname(idle!)), 'cli-0000000000000000')
    await mkdir(used)
    const anHourAgo = new Date(Date.now() - 60 * 60 * 1000)
    for (const dir of [path.dirname(idle!), used]) utimesSync(dir, anHourAgo, anHourAgo)
    // a run started from `idle` an hour after it was built (a build still importing its chunks)
    expect(await compiledCli({ root, env: {} })).toBe(idle)
    await writeFile(path.join(root, 'src', 'greeting.ts'), `export const greeting: string = "changed"\n`)
    expect(await compiledCli({ root, env: {} })).toBeDefined()
    expect(existsSync(idle!)).toBe(true)
    expect(existsSync(used)).toBe(false)
  }, 30_000)

  it('gives up (the caller then uses tsx) when told to, or when its cache cannot be written', async () => {
    const root = await miniPackage('hello')
    expect(await compiledCli({ root, env: { DECKWRIGHT_NO_COMPILE: '1' } })).toBeUndefined()
    await writeFile(path.join(root, 'node_modules'), 'a file where the folder should be')
    expect(await compiledCli({ root, env: {} })).toBeUndefined()
  }, 30_000)

  it('hashes file names and contents', async () => {
    const root = await miniPackage('hello')
    const src = path.join(root, 'src')
    const h1 = sourceHash(src)
    expect(sourceHash(src)).toBe(h1)
    await writeFile(path.join(src, 'extra.ts'), '')
    const h2 = sourceHash(src)
    expect(h2).not.toBe(h1)
    await rm(path.join(src, 'extra.ts'))
    await writeFile(path.join(src, 'other.ts'), '')
    expect(sourceHash(src)).not.toBe(h2)
  })
})

describe('bin/deckwright.js', () => {
  it('runs the same CLI compiled and through tsx', () => {
    const bin = path.join(PACKAGE_ROOT, 'bin', 'deckwright.js')
    const compiled = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8' })
    const viaTsx = execFileSync(process.execPath, [bin, '--version'], { encoding: 'utf8', env: { ...process.env, DECKWRIGHT_NO_COMPILE: '1' } })
    expect(compiled.trim()).toMatch(/^\d+\.\d+\.\d+/)
    expect(viaTsx).toBe(compiled)
    expect(existsSync(path.join(PACKAGE_ROOT, 'node_modules', '.cache', 'deckwright'))).toBe(true)
  }, 30_000)
})
