/**
 * Speaker notes set into a .pptx from the plan: one paragraph per note, plain text, on the
 * notes page of the right slide. Inputs: a presentation written by pptxgenjs the way Slidev's
 * exporter calls it (raw note markdown, blank lines between paragraphs), and a hand-made
 * package whose file numbers do not follow the slide order.
 */
import JSZip from 'jszip'
import pptxgenModule from 'pptxgenjs'
import { describe, expect, it } from 'vitest'
import { DeckwrightError } from '../../src/errors.ts'
import { setPptxText } from '../../src/export/pptx-notes.ts'
import { pptxNotes, pptxTitle } from './pptx-read.ts'

const NOTES = [
  ['Fuel & power cost "rose" <fast>.', 'It fell \\$6 later, at *most* 3 % a year.', 'Third paragraph — ünïcödé, عربي.'],
  ['One paragraph only.'],
  [],
  ['First  line\nwith a break inside one note.', '   ', 'Last.'],
]
// pptxgenjs's types describe a CommonJS module; its ESM build exports the class as default
const PptxGenJS = ((pptxgenModule as unknown as { default?: unknown }).default ?? pptxgenModule) as typeof pptxgenModule.default
const EXPECTED = [NOTES[0]!, NOTES[1]!, [], ['First line with a break inside one note.', 'Last.']]

/** A presentation as Slidev's exporter writes it: each note as raw markdown, paragraphs split by blank lines. */
async function asSlidevWrites(notes: string[][]): Promise<Uint8Array> {
  const pptx = new PptxGenJS()
  for (const paragraphs of notes) {
    const slide = pptx.addSlide()
    slide.addText('slide', { x: 1, y: 1, w: 4, h: 1 })
    if (paragraphs.length) slide.addNotes(paragraphs.map((p) => p.replace(/[$*]/g, '\\$&')).join('\n\n'))
  }
  return new Uint8Array((await pptx.write({ outputType: 'nodebuffer' })) as Buffer)
}

describe('setPptxText', () => {
  it('leaves pptxgenjs notes as one blob (what is fixed here)', async () => {
    const notes = await pptxNotes(await asSlidevWrites(NOTES))
    expect(notes[0]).toHaveLength(1)
    expect(notes[0]![0]).toContain('\\$6')
  })

  it('writes one paragraph per note, plain text, on every slide', async () => {
    const out = await setPptxText(await asSlidevWrites(NOTES), { notes: NOTES, title: 'Fuel & power <2026> *now*' })
    expect(await pptxNotes(out)).toEqual(EXPECTED)
    expect(await pptxTitle(out)).toBe('Fuel & power <2026> *now*')
  })

  it('keeps the rest of the package and stays readable after a second pass', async () => {
    const before = await JSZip.loadAsync(await asSlidevWrites(NOTES))
    const once = await setPptxText(await asSlidevWrites(NOTES), { notes: NOTES })
    const after = await JSZip.loadAsync(once)
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort())
    const slide1 = 'ppt/slides/slide1.xml'
    expect(await after.file(slide1)!.async('string')).toBe(await before.file(slide1)!.async('string'))
    expect(await pptxNotes(await setPptxText(once, { notes: NOTES }))).toEqual(EXPECTED)
  })

  it('follows the relationships, not the file numbers', async () => {
    const out = await setPptxText(await shuffled(), { notes: [['first slide'], ['second slide', 'again']] })
    expect(await pptxNotes(out)).toEqual([['first slide'], ['second slide', 'again']])
    const zip = await JSZip.loadAsync(out)
    // notesSlide1 belongs to slide 2 (slide9.xml), notesSlide2 to slide 1 (slide3.xml)
    expect(await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).toContain('second slide')
  })

  it('sets the deck\'s language on the notes, and right-to-left paragraphs for a right-to-left deck', async () => {
    const notes = [['مرحبا بالعالم.', 'فقرة ثانية.']]
    const zip = await JSZip.loadAsync(await setPptxText(await asSlidevWrites(notes), { notes, lang: 'ar', rtl: true }))
    const xml = await zip.file('ppt/notesSlides/notesSlide1.xml')!.async('string')
    expect(xml.match(/<a:p><a:pPr rtl="1" algn="r"\/><a:r><a:rPr lang="ar"[^>]*\/><a:t>[^<]+<\/a:t><\/a:r><\/a:p>/g)).toHaveLength(2)
    const ltr = await JSZip.loadAsync(await setPptxText(await asSlidevWrites(notes), { notes, lang: 'en-GB' }))
    expect(await ltr.file('ppt/notesSlides/notesSlide1.xml')!.async('string')).not.toContain('rtl=')
  })

  it('refuses a presentation whose slides do not match the deck', async () => {
    const error = await setPptxText(await asSlidevWrites(NOTES), { notes: NOTES.slice(1) }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(DeckwrightError)
    expect((error as DeckwrightError).code).toBe('BUILD_FAILED')
    expect((error as Error).message).toMatch(/lists 4 slides, the deck has 3/)
  })
})

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join('')}</Relationships>`
const notesPage = (text: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><p:notes xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"><p:cSld><p:spTree><p:sp><p:nvSpPr><p:cNvPr id="3" name="Notes"/><p:cNvSpPr/><p:nvPr><p:ph type="body" idx="1"/></p:nvPr></p:nvSpPr><p:spPr/><p:txBody><a:bodyPr/><a:p><a:r><a:t>${text}</a:t></a:r></a:p></p:txBody></p:sp></p:spTree></p:cSld></p:notes>`

/** Slide 1 is slide3.xml with notesSlide2.xml; slide 2 is slide9.xml with notesSlide1.xml. */
async function shuffled(): Promise<Uint8Array> {
  const zip = new JSZip()
  zip.file('ppt/presentation.xml', `<?xml version="1.0" encoding="UTF-8"?><p:presentation xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:r="${REL}"><p:sldIdLst><p:sldId id="256" r:id="rId7"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>`)
  zip.file('ppt/_rels/presentation.xml.rels', rels([['rId2', 'slide', 'slides/slide9.xml'], ['rId7', 'slide', 'slides/slide3.xml']]))
  for (const [slide, notes] of [['slide3', 'notesSlide2'], ['slide9', 'notesSlide1']]) {
    zip.file(`ppt/slides/${slide}.xml`, '<p:sld xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"/>')
    zip.file(`ppt/slides/_rels/${slide}.xml.rels`, rels([['rId1', 'notesSlide', `../notesSlides/${notes}.xml`]]))
    zip.file(`ppt/notesSlides/${notes}.xml`, notesPage(`old notes of ${slide}`))
    zip.file(`ppt/notesSlides/_rels/${notes}.xml.rels`, rels([['rId1', 'slide', `../slides/${slide}.xml`]]))
  }
  return zip.generateAsync({ type: 'uint8array' })
}
