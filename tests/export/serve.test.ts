import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { normalizeBase, serveStatic, type StaticServer } from '../../src/export/serve.ts'

let dir: string
let server: StaticServer

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'dw-serve-'))
  await mkdir(path.join(dir, 'assets'))
  await writeFile(path.join(dir, 'index.html'), '<!doctype html><title>deck index</title>')
  await writeFile(path.join(dir, 'assets', 'app.js'), 'console.log("app")')
  server = await serveStatic(dir, '/talks/deck/')
})
afterAll(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

describe('serveStatic', () => {
  it('serves on 127.0.0.1 under the base path', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/talks\/deck\/$/)
    const res = await fetch(server.url)
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('deck index')
    const js = await fetch(new URL('assets/app.js', server.url))
    expect(js.status).toBe(200)
    expect(await js.text()).toContain('console.log')
  })

  it('falls back to index.html for unknown paths under the base (single-page app)', async () => {
    const res = await fetch(new URL('print?print=true', server.url))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('deck index')
  })

  it('answers 404 outside the base path', async () => {
    const origin = new URL(server.url).origin
    const res = await fetch(`${origin}/other/index.html`)
    expect(res.status).toBe(404)
  })

  it('redirects the base without its trailing slash', async () => {
    const origin = new URL(server.url).origin
    const res = await fetch(`${origin}/talks/deck`, { redirect: 'manual' })
    expect(res.status).toBe(301)
    expect(res.headers.get('location')).toBe('/talks/deck/')
  })

  it('picks a free port per server, so two can run at once', async () => {
    const other = await serveStatic(dir, '/')
    try {
      expect(new URL(other.url).port).not.toBe(new URL(server.url).port)
      expect((await fetch(other.url)).status).toBe(200)
    } finally {
      await other.close()
    }
  })
})

describe('normalizeBase', () => {
  it('adds the leading and trailing slash', () => {
    expect(normalizeBase()).toBe('/')
    expect(normalizeBase('deck')).toBe('/deck/')
    expect(normalizeBase('/a//b')).toBe('/a/b/')
  })
})
