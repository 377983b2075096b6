/**
 * Legacy charsets, one case per family, declared the two ways a page can: <meta charset> in
 * the document and charset= in the HTTP Content-Type. The bytes are written out by hand from
 * the charsets' tables, so the decoder under test does not also make the fixtures.
 */
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { decodeLegacy, encodingName } from '../../src/ingest/charset.ts'
import { decodeText } from '../../src/ingest/decode.ts'
import { ingest } from '../../src/ingest/index.ts'

interface Case {
  family: string
  /** The label the page declares. */
  label: string
  bytes: number[]
  text: string
}

const ESC = 0x1b
const CASES: Case[] = [
  { family: 'windows-1252 (declared as latin1 labels are)', label: 'iso-8859-1', bytes: [0x93, 0x80, 0x35, 0x20, 0x6d, 0x94, 0x20, 0x97, 0x20, 0x85], text: '“€5 m” — …' },
  { family: 'windows-1252', label: 'windows-1252', bytes: [0x93, 0x80, 0x35, 0x94, 0x96, 0x92], text: '“€5”–’' },
  { family: 'windows-1251 (Cyrillic)', label: 'windows-1251', bytes: [0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x20, 0x97, 0x20, 0x88], text: 'Привет — €' },
  { family: 'iso-8859-2 (Central European)', label: 'iso-8859-2', bytes: [0xa3, 0xf3, 0x64, 0xbc], text: 'Łódź' },
  { family: 'iso-8859-16 (Romanian)', label: 'iso-8859-16', bytes: [0xaa, 0xba, 0xde, 0xfe, 0xa4], text: 'ȘșȚț€' },
  { family: 'koi8-r', label: 'koi8-r', bytes: [0xed, 0xc9, 0xd2], text: 'Мир' },
  { family: 'gb18030 (declared gb2312)', label: 'gb2312', bytes: [0xd6, 0xd0, 0xce, 0xc4, 0x80], text: '中文€' },
  { family: 'gb18030', label: 'gb18030', bytes: [0xd6, 0xd0, 0xce, 0xc4, 0x81, 0x30, 0x81, 0x30], text: '中文\u0080' },
  { family: 'shift_jis', label: 'shift_jis', bytes: [0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea], text: '日本語' },
  { family: 'euc-kr (with the UHC extension)', label: 'euc-kr', bytes: [0xc7, 0xd1, 0xb1, 0xb9, 0x81, 0x41], text: '한국갂' },
  { family: 'big5', label: 'big5', bytes: [0xa4, 0xa4, 0xa4, 0xe5], text: '中文' },
  { family: 'iso-2022-jp', label: 'iso-2022-jp', bytes: [ESC, 0x24, 0x42, 0x46, 0x7c, 0x4b, 0x5c, ESC, 0x28, 0x42], text: '日本' },
]

const ascii = (s: string) => [...Buffer.from(s, 'ascii')]
const paragraph = 'The article body goes on for long enough to be read as the main text of the page by the reader. '
const page = (c: Case, meta: boolean) =>
  Buffer.from([
    ...ascii(`<!doctype html><html><head>${meta ? `<meta charset="${c.label}">` : ''}<title>T</title></head><body><article><p>${paragraph}`),
    ...c.bytes,
    ...ascii(` ${paragraph}</p><p>${paragraph}</p></article></body></html>`),
  ])

describe('legacy charsets', () => {
  it('resolves labels the WHATWG way', () => {
    expect(encodingName('latin1')).toBe('windows-1252')
    expect(encodingName(' ISO-8859-1 ')).toBe('windows-1252')
    expect(encodingName('gb2312')).toBe('gbk')
    expect(encodingName('ks_c_5601-1987')).toBe('euc-kr')
    expect(encodingName('no-such-charset')).toBeUndefined()
  })

  for (const c of CASES) {
    it(`decodes ${c.family} declared in <meta charset>`, () => {
      expect(decodeText(page(c, true), { origin: 'page.html' })).toContain(`${paragraph.trim()} ${c.text} ${paragraph.trim()}`)
    })
  }

  it('decodes a UTF-16 page with a byte order mark whatever it declares', () => {
    const html = `<html><head><meta charset="windows-1252"></head><body>“€5 million” 中文</body></html>`
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(html, 'utf16le')]))).toBe(html)
  })

  it('refuses bytes that are not in the declared charset', () => {
    expect(decodeLegacy(Buffer.from([0xff, 0xff, 0xff, 0xff]), 'shift_jis')).toBeUndefined()
    expect(() => decodeText(Buffer.from('<meta charset="shift_jis">\xff\xff\xff\xff', 'latin1'), { origin: 'x.html' })).toThrow(/neither UTF-8 nor the declared shift_jis/)
  })
})

describe('legacy charsets named by HTTP Content-Type', () => {
  let server: Server
  let base = ''
  beforeAll(async () => {
    server = createServer((req, res) => {
      const c = CASES[Number(req.url?.slice(1))]
      if (!c) {
        res.writeHead(404)
        res.end()
        return
      }
      res.writeHead(200, { 'content-type': `text/html; charset="${c.label}"` })
      res.end(page(c, false))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  })

  CASES.forEach((c, i) => {
    it(`decodes ${c.family}`, async () => {
      const article = await ingest(`${base}/${i}`)
      expect(article.text).toContain(c.text)
    })
  })
})
