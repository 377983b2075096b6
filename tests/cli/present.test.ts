/**
 * `deckwright present ARTICLE --watch`: the Slidev dev server comes up with the deck, and an
 * edit of the article regenerates slides.md, which the running server then serves.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { appendFile, copyFile, mkdtemp, readFile, rm } from 'node:fs/promises'
import { createServer } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { until } from '../until.ts'
import { fixturePath, PROJECT_ROOT } from '../fixture-articles.ts'

async function freePort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise((resolve) => server.close(resolve))
  return port
}


describe('present --watch', () => {
  let dir: string
  let child: ChildProcess
  let port: number
  let stderr = ''
  const article = () => path.join(dir, 'article.md')
  const deck = () => path.join(dir, 'deck', 'slides.md')

  beforeAll(async () => {
    // inside the project, like the example deck
    dir = await mkdtemp(path.join(PROJECT_ROOT, 'slides', '.present-'))
    await copyFile(fixturePath('headings-md'), article())
    port = await freePort()
    child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'bin', 'deckwright.js'), 'present', article(), '--out', path.join(dir, 'deck'), '--watch', '--port', String(port)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stderr!.setEncoding('utf8').on('data', (d: string) => (stderr += d))
    child.stdout!.resume()
  }, 60_000)

  afterAll(async () => {
    if (child && child.exitCode === null) {
      child.kill('SIGINT')
      await new Promise((r) => child.once('exit', r))
    }
    await rm(dir, { recursive: true, force: true })
  })

  it('serves the generated deck and names the presenter URL', async () => {
    const html = await until('the dev server', async () => {
      const res = await fetch(`http://localhost:${port}/`)
      return res.ok ? res.text() : undefined
    }, 90_000)
    expect(html).toContain('<div id="app">')
    expect(stderr).toContain(`presenter mode: http://localhost:${port}/#/presenter/1`)
    expect(await readFile(deck(), 'utf8')).toMatch(/^# Building a Backyard Weather Station/m)
  }, 120_000)

  it('regenerates slides.md when the article changes, and the server serves the new slide', async () => {
    const before = await readFile(deck(), 'utf8')
    await appendFile(article(), '\n\n## Lighthouse keepers\n\nThe lighthouse keepers of the northern coast logged the wind by hand for ninety years. Their notebooks still agree with my station to within a few knots.\n')
    const after = await until('the regenerated deck', async () => {
      const text = await readFile(deck(), 'utf8')
      return text !== before && text.includes('Lighthouse keepers') ? text : undefined
    }, 30_000)
    expect(after).toMatch(/^# Lighthouse keepers$/m)
    expect(stderr).toMatch(/regenerated .*slides\.md/)
    // Slidev 52 serves each slide's compiled source at /slides.md__slidev_N.md?import: the edit reaches it
    await until('the dev server to serve the new slide', async () => {
      const count = after.split(/^---$/m).length
      for (let n = 1; n <= count; n++) {
        const res = await fetch(`http://localhost:${port}/slides.md__slidev_${n}.md?import`).catch(() => undefined)
        if (res?.ok && (await res.text()).includes('Lighthouse keepers')) return true
      }
      return undefined
    }, 30_000)
  }, 90_000)
})
