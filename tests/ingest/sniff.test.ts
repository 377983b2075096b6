import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { sniffFormat } from '../../src/ingest/sniff.ts'

const b = (s: string) => Buffer.from(s, 'utf8')

describe('sniffFormat', () => {
  it('uses the extension first, for paths and URL paths', async () => {
    expect(await sniffFormat('a/b/story.MD', b('plain'))).toBe('markdown')
    expect(await sniffFormat('blog/2025-02-14-sunsetting.mdx', b('plain'))).toBe('markdown')
    expect(await sniffFormat('story.txt', b('# looks like markdown'))).toBe('text')
    expect(await sniffFormat('page.htm', b('x'))).toBe('html')
    expect(await sniffFormat('https://example.org/a/post.html?x=1', b('x'))).toBe('html')
    expect(await sniffFormat('report.docx', b('x'))).toBe('docx')
  })

  it('uses the content type when the extension says nothing', async () => {
    expect(await sniffFormat('https://example.org/news/42', b('hello'), 'text/html; charset=utf-8')).toBe('html')
    expect(await sniffFormat('https://example.org/news/42', b('hello'), 'text/markdown')).toBe('markdown')
    expect(await sniffFormat('https://example.org/news/42', b('<html>'), 'text/plain')).toBe('text')
  })

  it('sniffs the content otherwise', async () => {
    expect(await sniffFormat('-', b('  <!DOCTYPE html><html><body>x</body></html>'))).toBe('html')
    expect(await sniffFormat('-', b('<html lang="en">'))).toBe('html')
    expect(await sniffFormat('-', b('<div>intro</div>\n<body>\n<p>x</p>'))).toBe('html')
    expect(await sniffFormat('-', b('---\ntitle: X\n---\nBody text.'))).toBe('markdown')
    expect(await sniffFormat('notes', b('Intro line\n\n## Section\n\nText.'))).toBe('markdown')
    expect(await sniffFormat('-', b('Just a paragraph.\n\nAnother # not a heading.'))).toBe('text')
    expect(await sniffFormat('-', b('#hashtag is not a heading'))).toBe('text')
    const docx = readFileSync(new URL('../fixtures/docx/article.docx', import.meta.url))
    expect(await sniffFormat('-', docx)).toBe('docx')
    expect(await sniffFormat('-', Buffer.from('PK\x03\x04 not really a zip', 'latin1'))).toBe('text')
  })

  it('sniffs UTF-16 HTML', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<!doctype html><p>x</p>', 'utf16le')])
    expect(await sniffFormat('-', bytes)).toBe('html')
  })
})
