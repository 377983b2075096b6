import { PDFDict, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { describe, expect, it } from 'vitest'
import { drawSlides, findSlideFrames } from '../../src/export/handout-frames.ts'
import { FRAME_BORDER_PT } from '../../src/export/handout-html.ts'
import { formBoxes } from './handout-read.ts'

type Rect = [number, number, number, number]

/** A Link annotation like Chromium's for `<a href="#name">`, added to `page` of `doc`. */
function addLink(doc: PDFDocument, page: number, rect: Rect, dest: { name?: string; goto?: string; uri?: string }): void {
  const ctx = doc.context
  const annot = ctx.obj({ Type: 'Annot', Subtype: 'Link', Rect: rect, Border: [0, 0, 0] }) as PDFDict
  if (dest.name) annot.set(PDFName.of('Dest'), PDFName.of(dest.name))
  if (dest.goto) annot.set(PDFName.of('A'), ctx.obj({ S: 'GoTo', D: PDFString.of(dest.goto) }))
  if (dest.uri) annot.set(PDFName.of('A'), ctx.obj({ S: 'URI', URI: PDFString.of(dest.uri) }))
  const p = doc.getPage(page)
  const annots = p.node.Annots() ?? ctx.obj([])
  annots.push(ctx.register(annot))
  p.node.set(PDFName.of('Annots'), annots)
}

/** A stand-in slides PDF: `n` pages of 735×414 pt, each with "Body of slide K". */
async function slidesPdf(n: number): Promise<PDFDocument> {
  const doc = await PDFDocument.create()
  const font = await doc.embedFont(StandardFonts.Helvetica)
  for (let i = 1; i <= n; i++) {
    const page = doc.addPage([735, 414])
    page.drawText(`Body of slide ${i}`, { x: 40, y: 300, size: 36, font })
  }
  return PDFDocument.load(await doc.save())
}

interface Placed { text: string; page: number; x: number; y: number }

async function textItems(bytes: Uint8Array): Promise<Placed[]> {
  const doc = await getDocument({ data: new Uint8Array(bytes), verbosity: 0, isEvalSupported: false }).promise
  try {
    const out: Placed[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const content = await (await doc.getPage(i)).getTextContent()
      for (const it of content.items) if ('str' in it && it.str.trim()) out.push({ text: it.str, page: i - 1, x: it.transform[4], y: it.transform[5] })
    }
    return out
  } finally {
    await doc.destroy()
  }
}

describe('findSlideFrames', () => {
  it("finds each slide's frame by its destination, on its page, whatever the corner order of /Rect", async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    doc.addPage([595, 842])
    addLink(doc, 0, [60, 500, 520, 760], { name: 'slide-1' })
    addLink(doc, 0, [10, 10, 50, 20], { uri: 'https://example.invalid/' }) // not a frame
    addLink(doc, 0, [10, 30, 50, 40], { name: 'slide-9' }) // no such slide
    addLink(doc, 1, [520, 760, 60, 500], { goto: 'slide-2' })
    const frames = findSlideFrames(doc, 2)
    expect(frames.map(({ page, x, y, width, height }) => ({ page, x, y, width, height }))).toEqual([
      { page: 0, x: 60, y: 500, width: 460, height: 260 },
      { page: 1, x: 60, y: 500, width: 460, height: 260 },
    ])
  })

  it('throws INTERNAL naming the slide when a frame is missing, rather than leaving a hole', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    addLink(doc, 0, [60, 500, 520, 760], { name: 'slide-1' })
    addLink(doc, 0, [60, 100, 520, 360], { name: 'slide-3' })
    expect(() => findSlideFrames(doc, 3)).toThrow(expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('slide 2 of 3') }))
  })

  it('throws when a frame is split over two boxes (a slide picture across a page break)', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    doc.addPage([595, 842])
    addLink(doc, 0, [60, 40, 520, 100], { name: 'slide-1' })
    addLink(doc, 1, [60, 600, 520, 800], { name: 'slide-1' })
    expect(() => findSlideFrames(doc, 1)).toThrow(expect.objectContaining({ code: 'INTERNAL', message: expect.stringContaining('split') }))
  })
})

describe('drawSlides', () => {
  it('draws page i of the slides PDF inside frame i, as a Form XObject of the slide page', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    doc.addPage([595, 842])
    const rects: Rect[] = [[60, 500, 520, 760], [60, 150, 520, 410], [60, 500, 520, 760]]
    addLink(doc, 0, rects[0]!, { name: 'slide-1' })
    addLink(doc, 0, rects[1]!, { name: 'slide-2' })
    addLink(doc, 1, rects[2]!, { name: 'slide-3' })
    const frames = findSlideFrames(doc, 3)
    await drawSlides(doc, await slidesPdf(3), frames)
    const bytes = await doc.save()

    const items = await textItems(bytes)
    frames.forEach((f, i) => {
      const placed = items.filter((it) => it.text.includes(`Body of slide ${i + 1}`))
      expect(placed).toHaveLength(1)
      const it = placed[0]!
      expect(it.page).toBe(f.page)
      // inside the frame, and where the slide put it: 40 pt from the left of 735, scaled
      const scale = (f.width - 2 * FRAME_BORDER_PT) / 735
      expect(it.x).toBeCloseTo(f.x + FRAME_BORDER_PT + 40 * scale, 0)
      expect(it.y).toBeGreaterThan(f.y)
      expect(it.y).toBeLessThan(f.y + f.height)
    })

    // each page holds one Form XObject per slide on it, with the slide page's box
    const back = await PDFDocument.load(bytes)
    const forms = formBoxes(back)
    expect(forms).toEqual([[[0, 0, 735, 414], [0, 0, 735, 414]], [[0, 0, 735, 414]]])
  })

  it('refuses a slides PDF whose page count does not match the frames', async () => {
    const doc = await PDFDocument.create()
    doc.addPage([595, 842])
    addLink(doc, 0, [60, 500, 520, 760], { name: 'slide-1' })
    const frames = findSlideFrames(doc, 1)
    await expect(drawSlides(doc, await slidesPdf(2), frames)).rejects.toMatchObject({ code: 'INTERNAL' })
  })
})
