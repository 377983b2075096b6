import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Readable } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingest } from '../../src/ingest/index.ts'
import { blockTexts, expectError, expectWellFormed } from './helpers.ts'

const dir = mkdtempSync(join(tmpdir(), 'deckwright-ingest-'))
const file = (name: string, content: string | Uint8Array) => {
  const path = join(dir, name)
  writeFileSync(path, content)
  return path
}
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const page = `<!doctype html><html lang="en"><head><meta property="og:title" content="Served Title"></head><body><article>${Array.from(
  { length: 4 },
  (_, i) => `<p>Served paragraph ${i + 1} is long enough to be part of an article body and carries a few clauses of text.</p>`,
).join('')}</article></body></html>`

describe('ingest from files', () => {
  it('reads each format by extension', async () => {
    const txt = await ingest(file('a.txt', 'One line of text.\nAnother line.'))
    expect(txt.format).toBe('text')
    expectWellFormed(txt)
    const md = await ingest(file('a.md', '# T\n\nBody.'))
    expect(md.format).toBe('markdown')
    expect(md.meta.title).toBe('T')
    const html = await ingest(file('a.html', page))
    expect(html.format).toBe('html')
    expect(html.meta.title).toBe('Served Title')
  })

  it('reads a site generator\'s page source, front matter over HTML paragraphs, each paragraph its own', async () => {
    const body = Array.from({ length: 4 }, (_, i) => `<p>Paragraph ${i + 1} of the release says what the project does and who uses it today.</p>`).join('\n')
    const a = await ingest(file('post.html', `---\nlayout: post\ntitle: The Foundation Announces Pinot\ndate: '2021-08-02 12:00:15 -0400'\n---\n${body}\n`))
    expect(a.meta.title).toBe('The Foundation Announces Pinot')
    expect(blockTexts(a)).toHaveLength(4)
    // and an HTML fragment without front matter, no <html> nor <body>, is a page too
    const fragment = await ingest(file('fragment.html', body))
    expect(blockTexts(fragment)).toHaveLength(4)
  })

  it('sniffs an unknown extension and honours an explicit format', async () => {
    const path = file('notes.data', '---\ntitle: Sniffed\n---\n\nBody text.')
    expect((await ingest(path)).format).toBe('markdown')
    const forced = await ingest(path, { format: 'text' })
    expect(forced.format).toBe('text')
    expect(forced.text).toContain('title: Sniffed')
  })

  it('decodes UTF-16 files with a BOM', async () => {
    const path = file('u16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Grüße aus Köln.\nZweite Zeile.', 'utf16le')]))
    expect(blockTexts(await ingest(path))).toEqual(['Grüße aus Köln.', 'Zweite Zeile.'])
  })

  it('reports a missing file, naming it', async () => {
    await expectError(ingest(join(dir, 'nope.txt')), 'INPUT_NOT_FOUND', /nope\.txt: no such file/)
  })

  it('reports a directory', async () => {
    await expectError(ingest(dir), 'INPUT_UNREADABLE', /is a directory/)
  })

  it('reports empty and whitespace-only files', async () => {
    await expectError(ingest(file('empty.txt', '')), 'INPUT_EMPTY', /empty\.txt/)
    await expectError(ingest(file('blank.md', ' \n\n\t \n')), 'INPUT_EMPTY', /blank\.md/)
  })

  it('reports binary files: PNG bytes, invalid UTF-8', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex')
    await expectError(ingest(file('image.txt', png)), 'INPUT_BINARY', /image\.txt: not a text article \(looks like a PNG image\)/)
    await expectError(ingest(file('latin.txt', Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x21]))), 'INPUT_BINARY', /latin\.txt: .*invalid UTF-8/)
  })

  it('reports files over the size limit', async () => {
    await expectError(ingest(file('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 }), 'INPUT_TOO_LARGE', /big\.txt: larger than the 1000 byte limit/)
  })

  it('gives the size of a file just over the limit as "more than" the limit, not as the limit', async () => {
    // 20 MiB + 1 byte rounds to "20 MiB": the message said "it has 20 MiB"
    const limit = 20 * 1024 * 1024
    await expectError(ingest(file('just-over.txt', Buffer.alloc(limit + 1, 97))), 'INPUT_TOO_LARGE', /limit for an article \(20 MiB\), it has more than 20 MiB$/)
    await expectError(ingest(file('over.txt', Buffer.alloc(limit + 200 * 1024, 97))), 'INPUT_TOO_LARGE', /\(20 MiB\), it has 20.2 MiB$/)
  })
})

describe('ingest from stdin', () => {
  it('reads "-" from the given stream', async () => {
    const a = await ingest('-', { stdin: Readable.from([Buffer.from('First line from a pipe.\n'), Buffer.from('Second line.')]) })
    expect(a.origin).toBe('-')
    expect(blockTexts(a)).toEqual(['First line from a pipe.', 'Second line.'])
  })

  it('sniffs HTML on stdin', async () => {
    const a = await ingest('-', { stdin: Readable.from([page]) })
    expect(a.format).toBe('html')
  })

  it('reports empty stdin and too much stdin', async () => {
    await expectError(ingest('-', { stdin: Readable.from([]) }), 'INPUT_EMPTY', /^-: /)
    await expectError(ingest('-', { stdin: Readable.from([Buffer.alloc(600, 97), Buffer.alloc(600, 97)]), maxBytes: 1000 }), 'INPUT_TOO_LARGE')
  })
})

describe('ingest from a URL', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      if (req.url === '/story') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        res.end(page)
      } else if (req.url === '/notes.md') {
        res.writeHead(200, { 'content-type': 'text/plain' })
        res.end('# Markdown Over HTTP\n\nBody.')
      } else if (req.url === '/moved') {
        res.writeHead(302, { location: '/story' })
        res.end()
      } else if (req.url === '/slow') {
        setTimeout(() => res.end(page), 2000)
      } else {
        res.writeHead(404)
        res.end('not found')
      }
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  it('fetches and parses HTML by content type, with the URL as origin and fallback source', async () => {
    const a = await ingest(`${base}/story`)
    expectWellFormed(a)
    expect(a.format).toBe('html')
    expect(a.origin).toBe(`${base}/story`)
    expect(a.meta.title).toBe('Served Title')
    expect(a.meta.source).toBe(`${base}/story`)
  })

  it('follows redirects and uses the extension of the URL path', async () => {
    expect((await ingest(`${base}/moved`)).meta.source).toBe(`${base}/story`)
    const md = await ingest(`${base}/notes.md`)
    expect(md.format).toBe('markdown')
    expect(md.meta.title).toBe('Markdown Over HTTP')
  })

  it('reports HTTP errors and timeouts as INPUT_UNREADABLE', async () => {
    await expectError(ingest(`${base}/missing`), 'INPUT_UNREADABLE', /HTTP 404/)
    await expectError(ingest(`${base}/slow`, { fetchTimeoutMs: 200 }), 'INPUT_UNREADABLE', /no answer within 200 ms/)
  })

  it('reports a refused connection', async () => {
    const closed = createServer()
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise((resolve) => closed.close(resolve))
    await expectError(ingest(`http://127.0.0.1:${port}/x`), 'INPUT_UNREADABLE', /could not be fetched/)
  })
})
