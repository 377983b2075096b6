import { PDFDict, PDFDocument, PDFHexString, PDFName, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf, stampDate } from '../../src/export/pdf-meta.ts'
import { DeckwrightError } from '../../src/errors.ts'
import { readPdf } from './pdf-read.ts'

async function samplePdf(pages: number): Promise<Uint8Array> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < pages; i++) doc.addPage([400, 225]).drawText(`Page text ${i + 1}`, { x: 20, y: 100, font, size: 18 })
  return doc.save()
}

const date = new Date('2024-05-06T07:08:09Z')

describe('finishPdf', () => {
  it('sets the metadata and writes a readable outline', async () => {
    const out = await finishPdf(await samplePdf(3), {
      title: 'A Deck: «Über» & <more>',
      author: 'Ada Lovelace',
      subject: 'Engines',
      keywords: ['one', 'two'],
      lang: 'de',
      date,
      outline: [
        { title: 'Opening', page: 0 },
        { title: 'Middle part', page: 1, children: [{ title: 'Detail', page: 2 }] },
      ],
    })
    const back = await readPdf(out)
    expect(back.numPages).toBe(3)
    expect(back.info.Title).toBe('A Deck: «Über» & <more>')
    expect(back.info.Author).toBe('Ada Lovelace')
    expect(back.info.Subject).toBe('Engines')
    expect(String(back.info.Keywords)).toContain('one')
    expect(back.info.Producer).toBe('deckwright')
    expect(back.info.Creator).toBe('deckwright')
    expect(String(back.info.CreationDate)).toContain('20240506070809')
    expect(String(back.info.ModDate)).toContain('20240506070809')
    expect(back.info.Language).toBe('de')
    expect(back.outline).toEqual([
      { title: 'Opening', page: 0, depth: 0 },
      { title: 'Middle part', page: 1, depth: 0 },
      { title: 'Detail', page: 2, depth: 1 },
    ])
    // the page content survives
    expect(back.pageTexts[2]).toContain('Page text 3')
  })

  it('gives the same bytes for the same input and date', async () => {
    const input = await samplePdf(2)
    const opts = { title: 'T', date, outline: [{ title: 'x', page: 1 }] }
    expect(Buffer.from(await finishPdf(input, opts)).equals(Buffer.from(await finishPdf(input, opts)))).toBe(true)
  })

  it('replaces an existing outline and cleans titles to one line', async () => {
    const first = await finishPdf(await samplePdf(2), { title: 'T', date, outline: [{ title: 'old', page: 0 }] })
    const second = await finishPdf(first, { title: 'T', date, outline: [{ title: 'new\ntitle\t here', page: 1 }] })
    expect((await readPdf(second)).outline).toEqual([{ title: 'new title here', page: 1, depth: 0 }])
    // the old outline's objects are gone, not just unlinked
    const doc = await PDFDocument.load(second)
    const titles = doc.context
      .enumerateIndirectObjects()
      .map(([, obj]) => (obj instanceof PDFDict ? obj.lookupMaybe(PDFName.of('Title'), PDFHexString)?.decodeText() : undefined))
      .filter(Boolean)
    expect(titles).toContain('new title here')
    expect(titles).not.toContain('old')
  })

  it('rejects an outline entry beyond the last page', async () => {
    const err = await finishPdf(await samplePdf(2), { title: 'T', outline: [{ title: 'far', page: 2 }] }).catch((e: unknown) => e)
    expect(err).toBeInstanceOf(DeckwrightError)
  })

  it('rejects bytes that are not a PDF', async () => {
    const err = await finishPdf(new TextEncoder().encode('not a pdf'), { title: 'T', outline: [] }).catch((e: unknown) => e)
    expect((err as DeckwrightError).code).toBe('BROWSER_FAILED')
  })
})

describe('stampDate', () => {
  it('prefers an explicit date, then SOURCE_DATE_EPOCH', () => {
    expect(stampDate(date, {})).toBe(date)
    expect(stampDate(undefined, { SOURCE_DATE_EPOCH: '86400' }).toISOString()).toBe('1970-01-02T00:00:00.000Z')
    expect(Math.abs(stampDate(undefined, {}).getTime() - Date.now())).toBeLessThan(5000)
  })
})
