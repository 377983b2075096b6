import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { isDocx, readZipEntry, zipEntryNames } from '../../src/ingest/zip.ts'

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
