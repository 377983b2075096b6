/**
 * Test helper: the speaker notes of a .pptx as a reader sees them, per slide in presentation
 * order, one string per paragraph (`a:p` of the notes page's body placeholder, empty ones
 * left out; line breaks inside a run are kept, they do not make paragraphs). Notes pages are matched to slides through
 * each notes page's own relationship to its slide (the other direction from src/export).
 */
import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'
import path from 'node:path/posix'

const P = 'http://schemas.openxmlformats.org/presentationml/2006/main'
const A = 'http://schemas.openxmlformats.org/drawingml/2006/main'
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'

async function xml(zip: JSZip, part: string): Promise<Document> {
  const text = await zip.file(part)?.async('string')
  if (text === undefined) throw new Error(`${part} missing`)
  return new DOMParser().parseFromString(text, 'text/xml') as unknown as Document
}

/** Relationship targets of a part by id, resolved to part names. */
async function rels(zip: JSZip, part: string): Promise<{ id: string; type: string; part: string }[]> {
  const doc = await xml(zip, path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`))
  return Array.from(doc.getElementsByTagName('Relationship')).map((r) => ({
    id: r.getAttribute('Id')!,
    type: r.getAttribute('Type')!,
    part: path.join(path.dirname(part), r.getAttribute('Target')!),
  }))
}

/** The text of each paragraph of a notes page's body placeholder. */
function bodyParagraphs(doc: Document): string[] {
  const sp = Array.from(doc.getElementsByTagNameNS(P, 'sp')).find((s) =>
    Array.from(s.getElementsByTagNameNS(P, 'ph')).some((ph) => ph.getAttribute('type') === 'body'),
  )
  if (!sp) return []
  return Array.from(sp.getElementsByTagNameNS(A, 'p'))
    .map((p) => Array.from(p.getElementsByTagNameNS(A, 't')).map((t) => t.textContent ?? '').join(''))
    .filter((t) => t !== '')
}

/** Per slide (presentation order): its notes paragraphs; [] for a slide without a notes page. */
export async function pptxNotes(bytes: Uint8Array): Promise<string[][]> {
  const zip = await JSZip.loadAsync(bytes)
  const presentation = await xml(zip, 'ppt/presentation.xml')
  const presRels = await rels(zip, 'ppt/presentation.xml')
  const order = Array.from(presentation.getElementsByTagNameNS(P, 'sldId')).map(
    (s) => presRels.find((r) => r.id === s.getAttributeNS(R, 'id'))!.part,
  )
  const bySlide = new Map<string, string[]>()
  for (const name of Object.keys(zip.files).filter((n) => /^ppt\/notesSlides\/[^/]+\.xml$/.test(n))) {
    const slide = (await rels(zip, name)).find((r) => r.type.endsWith('/slide'))
    if (slide) bySlide.set(slide.part, bodyParagraphs(await xml(zip, name)))
  }
  return order.map((slide) => bySlide.get(slide) ?? [])
}

/** The title property (docProps/core.xml `dc:title`). */
export async function pptxTitle(bytes: Uint8Array): Promise<string | undefined> {
  const zip = await JSZip.loadAsync(bytes)
  const doc = await xml(zip, 'docProps/core.xml')
  return doc.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', 'title')[0]?.textContent ?? undefined
}
