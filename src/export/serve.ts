/**
 * A throw-away static server for a built deck: 127.0.0.1, a free port chosen by the OS
 * (parallel exports never clash), files under `base`, unknown paths fall back to
 * index.html like a single-page app host would.
 */
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import sirv from 'sirv'
import { DeckwrightError } from '../errors.ts'

export interface StaticServer {
  /** Root URL of the deck, ending with the base path, e.g. `http://127.0.0.1:40123/deck/`. */
  url: string
  close(): Promise<void>
}

/** Normalizes a base path to start and end with '/'. */
export function normalizeBase(base = '/'): string {
  let b = base.trim()
  if (!b.startsWith('/')) b = `/${b}`
  if (!b.endsWith('/')) b = `${b}/`
  return b.replace(/\/{2,}/g, '/')
}

export async function serveStatic(dir: string, base = '/'): Promise<StaticServer> {
  const prefix = normalizeBase(base)
  const handler = sirv(dir, { single: true, dev: false, etag: false, dotfiles: false })
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/'
    if (url === prefix.slice(0, -1) || url.startsWith(`${prefix.slice(0, -1)}?`)) {
      // `/deck` → `/deck/`, as static hosts do
      res.writeHead(301, { location: prefix + url.slice(prefix.length - 1) })
      res.end()
      return
    }
    if (!url.startsWith(prefix)) {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
      return
    }
    req.url = url.slice(prefix.length - 1)
    handler(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('not found')
    })
  })
  // keep-alive sockets would hold close() open
  server.keepAliveTimeout = 1000
  await new Promise<void>((resolve, reject) => {
    server.once('error', (cause) =>
      reject(new DeckwrightError('BROWSER_FAILED', `could not start a local web server: ${String(cause)}`, { cause })),
    )
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
