/**
 * Speaker notes and the title of a PowerPoint file written by Slidev's exporter, set from the
 * plan. Slidev hands pptxgenjs each slide's raw note markdown, which pptxgenjs writes as ONE
 * text run with line breaks inside it: readers show an empty page or one blob, markdown
 * escapes (`\$6`) and all. Here each notes page's body placeholder is rewritten as one
 * paragraph per note, from the plan's plain text; the title property gets the plain title.
 *
 * Parts are found through the package's relationships (presentation -> slide -> notes slide),
 * never by file number. Zip through JSZip (already used for .docx), XML through
 * @xmldom/xmldom (what mammoth reads .docx with): text is escaped by its serializer.
 */
import path from 'node:path/posix'
import { DOMParser, XMLSerializer } from '@xmldom/xmldom'
import type JSZip from 'jszip'
import { DeckwrightError } from '../errors.ts'
import { oneLine } from '../render/escape.ts'

const NS = {
  p: 'http://schemas.openxmlformats.org/presentationml/2006/main',
  a: 'http://schemas.openxmlformats.org/drawingml/2006/main',
  r: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships',
  rels: 'http://schemas.openxmlformats.org/package/2006/relationships',
  dc: 'http://purl.org/dc/elements/1.1/',
}
const NOTES_SLIDE_TYPE = `${NS.r}/notesSlide`

export interface PptxText {
  /** Per slide in deck order: its speaker notes, one string per paragraph. */
  notes: readonly (readonly string[])[]
  /** The presentation's title property, as plain text. */
  title?: string
  /** The notes' language (BCP 47), set on their text runs. */
  lang?: string
  /** Notes written right to left: their paragraphs are set so. */
  rtl?: boolean
}

/** The .pptx with every slide's notes set from `text.notes` (and the title property set). */
export async function setPptxText(bytes: Uint8Array, text: PptxText): Promise<Uint8Array> {
  const { default: JSZipLib } = await import('jszip')
  const zip = await JSZipLib.loadAsync(bytes)
  const slides = await slideParts(zip)
  if (slides.length !== text.notes.length) {
    throw contractError(`the presentation lists ${slides.length} slides, the deck has ${text.notes.length}`)
  }
  for (const [i, slide] of slides.entries()) {
    const notesPart = (await relatedParts(zip, slide, NOTES_SLIDE_TYPE))[0]
    if (!notesPart) throw contractError(`slide ${i + 1} (${slide}) has no notes page`)
    const doc = await readXml(zip, notesPart)
    setNotesBody(doc, notesPart, (text.notes[i] ?? []).map(oneLine).filter(Boolean), text)
    zip.file(notesPart, new XMLSerializer().serializeToString(doc))
  }
  if (text.title !== undefined) await setTitle(zip, oneLine(text.title))
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' })
}

/** The slide parts in presentation order (`p:sldIdLst` through presentation.xml's relationships). */
async function slideParts(zip: JSZip): Promise<string[]> {
  const presentation = 'ppt/presentation.xml'
  const doc = await readXml(zip, presentation)
  const targets = await relationships(zip, presentation)
  return Array.from(doc.getElementsByTagNameNS(NS.p, 'sldId')).map((el) => {
    const target = targets.get(el.getAttributeNS(NS.r, 'id') ?? '')
    if (!target) throw contractError(`a slide of ${presentation} has no relationship`)
    return target.part
  })
}

/** The parts a part points to with relationships of `type`, in document order. */
async function relatedParts(zip: JSZip, part: string, type: string): Promise<string[]> {
  return [...(await relationships(zip, part)).values()].filter((r) => r.type === type).map((r) => r.part)
}

/** A part's relationships by id, targets resolved to part names (`ppt/slides/slide1.xml`). */
async function relationships(zip: JSZip, part: string): Promise<Map<string, { type: string; part: string }>> {
  const relsPart = path.join(path.dirname(part), '_rels', `${path.basename(part)}.rels`)
  const doc = await readXml(zip, relsPart)
  const out = new Map<string, { type: string; part: string }>()
  for (const el of Array.from(doc.getElementsByTagNameNS(NS.rels, 'Relationship'))) {
    if (el.getAttribute('TargetMode') === 'External') continue
    const target = el.getAttribute('Target') ?? ''
    const resolved = target.startsWith('/') ? target.slice(1) : path.join(path.dirname(part), target)
    out.set(el.getAttribute('Id') ?? '', { type: el.getAttribute('Type') ?? '', part: resolved })
  }
  return out
}

/** Replaces the paragraphs of the notes page's body placeholder: one `a:p` per paragraph. */
function setNotesBody(doc: Document, part: string, paragraphs: string[], style: Pick<PptxText, 'lang' | 'rtl'>): void {
  const body = Array.from(doc.getElementsByTagNameNS(NS.p, 'sp')).find((sp) =>
    Array.from(sp.getElementsByTagNameNS(NS.p, 'ph')).some((ph) => ph.getAttribute('type') === 'body'),
  )
  const txBody = body?.getElementsByTagNameNS(NS.p, 'txBody')[0]
  if (!txBody) throw contractError(`${part} has no notes placeholder`)
  const old = Array.from(txBody.getElementsByTagNameNS(NS.a, 'p'))
  // the run properties pptxgenjs wrote are kept for the new runs, with the deck's language
  const runProps = (txBody.getElementsByTagNameNS(NS.a, 'rPr')[0]?.cloneNode(true) as Element | undefined) ?? doc.createElementNS(NS.a, 'a:rPr')
  if (style.lang) runProps.setAttribute('lang', style.lang)
  for (const p of old) txBody.removeChild(p)
  for (const text of paragraphs.length ? paragraphs : ['']) {
    const p = doc.createElementNS(NS.a, 'a:p')
    if (style.rtl) {
      const props = doc.createElementNS(NS.a, 'a:pPr')
      props.setAttribute('rtl', '1')
      props.setAttribute('algn', 'r')
      p.appendChild(props)
    }
    if (text) {
      const run = doc.createElementNS(NS.a, 'a:r')
      run.appendChild(runProps.cloneNode(true))
      const t = doc.createElementNS(NS.a, 'a:t')
      t.appendChild(doc.createTextNode(text))
      run.appendChild(t)
      p.appendChild(run)
    }
    txBody.appendChild(p)
  }
}

/** Sets `dc:title` in docProps/core.xml (Slidev gives pptxgenjs the title as markdown source). */
async function setTitle(zip: JSZip, title: string): Promise<void> {
  const part = 'docProps/core.xml'
  if (!zip.file(part)) return
  const doc = await readXml(zip, part)
  let el = doc.getElementsByTagNameNS(NS.dc, 'title')[0]
  if (!el) {
    el = doc.createElementNS(NS.dc, 'dc:title')
    doc.documentElement.appendChild(el)
  }
  while (el.firstChild) el.removeChild(el.firstChild)
  el.appendChild(doc.createTextNode(title))
  zip.file(part, new XMLSerializer().serializeToString(doc))
}

async function readXml(zip: JSZip, part: string): Promise<Document> {
  const file = zip.file(part)
  if (!file) throw contractError(`${part} is missing`)
  const fail = (message: string) => {
    throw contractError(`${part} is not readable XML (${message.trim().split('\n')[0]})`)
  }
  const parser = new DOMParser({ errorHandler: { warning: () => {}, error: fail, fatalError: fail } })
  return parser.parseFromString(await file.async('string'), 'text/xml') as unknown as Document
}

function contractError(detail: string): DeckwrightError {
  return new DeckwrightError('BUILD_FAILED', `the PowerPoint file from Slidev's exporter is not as expected: ${detail}`, {
    hint: 'the other formats do not depend on it: build them without pptx, and run with --debug for details',
  })
}
