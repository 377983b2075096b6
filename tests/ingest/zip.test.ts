import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocx } from '../../src/ingest/docx.ts'
import { inflatedSizeWithin, isDocx, readZipEntry, zipEntryNames } from '../../src/ingest/zip.ts'
import { expectError } from './helpers.ts'
import { deflated, deflatedRepeat, zipOf } from './zip-writer.ts'

const docx = readFileSync(new URL('../fixtures/docx/article.docx', import.meta.url))

describe('zip', () => {
  it('lists the files of a .docx and tells it is one', async () => {
    const names = await zipEntryNames(docx)
    expect(names).toContain('word/document.xml')
    expect(names).toContain('[Content_Types].xml')
    expect(await isDocx(docx)).toBe(true)
  })

  it('reads one entry, and nothing for a missing one', async () => {
    const types = await readZipEntry(docx, '[Content_Types].xml')
    expect(Buffer.from(types!).toString('utf8')).toContain('<Types')
    expect(await readZipEntry(docx, 'no/such.xml')).toBeUndefined()
  })

  it('takes bytes that are not a readable zip for an empty archive', async () => {
    for (const bytes of [Buffer.from('plain text'), Buffer.from('PK\x03\x04 not really a zip', 'latin1'), docx.subarray(0, docx.length - 30)]) {
      expect(await zipEntryNames(bytes)).toEqual([])
      expect(await isDocx(bytes)).toBe(false)
      expect(await readZipEntry(bytes, 'word/document.xml')).toBeUndefined()
    }
  })
})

const MiB = 1024 * 1024
const xml = (name: string) => name.endsWith('.xml')

describe('inflatedSizeWithin', () => {
  it('accepts parts within the limit and reads them', async () => {
    const zip = zipOf([await deflated('a.xml', 'hello'), await deflated('b.xml', 'world')])
    expect(await inflatedSizeWithin(zip, 10, xml)).toBe(true)
    expect(await inflatedSizeWithin(zip, 9, xml)).toBe(false)
    expect(Buffer.from((await readZipEntry(zip, 'b.xml'))!).toString()).toBe('world')
  })

  it('refuses by the declared sizes without inflating', async () => {
    const part = await deflated('a.xml', 'small')
    expect(await inflatedSizeWithin(zipOf([{ ...part, size: 300 * MiB }]), 8 * MiB, xml)).toBe(false)
  })

  it('stops inflating a part whose declared size lies, at the limit', async () => {
    const bomb = await deflatedRepeat('word/document.xml', '<w:p><w:r><w:t>aaaaaaaa</w:t></w:r></w:p>', 2 * MiB) // 84 MB
    const lying = zipOf([{ ...bomb, size: 1000 }])
    const before = process.memoryUsage().arrayBuffers
    const t = performance.now()
    expect(await inflatedSizeWithin(lying, 8 * MiB, xml)).toBe(false)
    expect(performance.now() - t).toBeLessThan(5000)
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * MiB)
  })
})

describe('parseDocx and its unpacked size', () => {
  it('refuses a small .docx whose document unpacks to 300 MB, declared or lying', async () => {
    const bomb = await deflatedRepeat('word/document.xml', '<w:p><w:r><w:t>aaaaaaaa</w:t></w:r></w:p>', Math.ceil((300 * MiB) / 42))
    expect(bomb.deflated.length).toBeLessThan(1.5 * MiB)
    await expectError(parseDocx(zipOf([bomb]), 'bomb.docx'), 'INPUT_TOO_LARGE', /^bomb\.docx: the Word document's text unpacks to more than the 8 MiB limit/)
    await expectError(parseDocx(zipOf([{ ...bomb, size: 2000 }]), 'liar.docx'), 'INPUT_TOO_LARGE')
  }, 60_000)

  it('does not count pictures, which are not read', async () => {
    const doc = await deflated('word/document.xml', '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hello there, this is the article.</w:t></w:r></w:p></w:body></w:document>')
    const picture = await deflatedRepeat('word/media/image1.png', 'x', 9 * MiB)
    expect(await inflatedSizeWithin(zipOf([doc, picture]), 8 * MiB, (n) => /\.(xml|rels)$/.test(n))).toBe(true)
  })
})
