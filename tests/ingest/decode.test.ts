import { describe, expect, it } from 'vitest'
import { binaryKind, decodeText } from '../../src/ingest/decode.ts'
import { expectError } from './helpers.ts'

const sample = 'Café “quoted” — 价格 5€\nline two'

describe('decodeText', () => {
  it('decodes UTF-8 with and without BOM', () => {
    const bytes = Buffer.from(sample, 'utf8')
    expect(decodeText(bytes)).toBe(sample)
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), bytes]))).toBe(sample)
  })

  it('decodes UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(sample, 'utf16le')])
    const beBody = Buffer.from(sample, 'utf16le').swap16()
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), beBody])
    expect(decodeText(le)).toBe(sample)
    expect(decodeText(be)).toBe(sample)
  })

  it('reads the C1 controls of Windows-1252 quotes and dashes read as Latin-1 as those characters', () => {
    const bytes = new TextEncoder().encode('\u0093\u90d1\u91cd\u9053\u6b49\u0094 \u0096 a \u0080 fee\u0081.')
    expect(decodeText(bytes)).toBe('“郑重道歉” – a € fee.')
  })

  it('refuses PNG bytes, naming the file', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52])
    expect(binaryKind(png)).toBe('PNG image')
    await expectError(() => decodeText(png, { origin: 'photo.txt' }), 'INPUT_BINARY', /^photo\.txt: not a text article \(looks like a PNG image\)/)
  })

  it('refuses a zip, a PDF and NUL bytes', async () => {
    await expectError(() => decodeText(Buffer.from('PK\x03\x04rest', 'latin1')), 'INPUT_BINARY', /zip archive/)
    await expectError(() => decodeText(Buffer.from('%PDF-1.7\n...', 'latin1')), 'INPUT_BINARY', /PDF/)
    await expectError(() => decodeText(Buffer.from('text\0with nul', 'latin1')), 'INPUT_BINARY', /NUL/)
  })

  it('refuses invalid UTF-8 unless the document declares its charset', async () => {
    const latin1 = Buffer.from('Caf\xe9 au lait', 'latin1')
    await expectError(() => decodeText(latin1, { origin: 'menu.txt' }), 'INPUT_BINARY', /menu\.txt: .*invalid UTF-8/)
    const html = Buffer.from('<html><head><meta charset="iso-8859-1"></head><body>Caf\xe9</body></html>', 'latin1')
    expect(decodeText(html)).toContain('Café')
    expect(decodeText(latin1, { charset: 'windows-1252' })).toBe('Café au lait')
  })

  it('refuses text full of control characters', async () => {
    await expectError(() => decodeText(Buffer.from('ab\x01\x02\x03cd')), 'INPUT_BINARY', /control characters/)
  })

  it('reports empty input', async () => {
    await expectError(() => decodeText(new Uint8Array(), { origin: 'empty.txt' }), 'INPUT_EMPTY', /^empty\.txt:/)
  })
})

describe('decodeText: a charset declared late in the head', () => {
  it('reads a page that declares windows-1250 past its first 2,048 bytes', () => {
    const head = `<html><head>${'<meta name="x" content="y">'.repeat(90)}<meta http-equiv="Content-Type" content="text/html; charset=Windows-1250"></head><body><p>Sejm zagłosował za.</p></body></html>`
    // (ł is 0xB3 in windows-1250)
    const bytes = Buffer.from(head.replaceAll('ł', '\u00b3'), 'latin1')
    expect(head.indexOf('charset')).toBeGreaterThan(2048)
    expect(decodeText(bytes)).toContain('Sejm zagłosował za.')
  })
})
