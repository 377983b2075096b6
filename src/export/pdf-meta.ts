/**
 * Finishes a browser-printed PDF: document metadata (title, author, language, fixed
 * dates for reproducible output) and an outline (bookmarks). pdf-lib has no outline
 * API, so the outline dictionaries are written with its low-level objects.
 */
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNull, PDFNumber, PDFRef, ParseSpeeds, type PDFObject } from 'pdf-lib'
import { DeckwrightError } from '../errors.ts'

export interface OutlineEntry {
  title: string
  /** 0-based page index. */
  page: number
  /** Nested entries (e.g. the slides of a section). */
  children?: OutlineEntry[]
}

export interface FinishPdfOptions {
  title: string
  author?: string
  subject?: string
  keywords?: string[]
  outline: OutlineEntry[]
  /** BCP 47 language tag of the text, e.g. 'en'. */
  lang?: string
  /** Creation/modification date. Default: SOURCE_DATE_EPOCH if set, else now. */
  date?: Date
}

/** The date to stamp: explicit, else SOURCE_DATE_EPOCH (reproducible builds), else now. */
export function stampDate(date?: Date, env: NodeJS.ProcessEnv = process.env): Date {
  if (date) return date
  const epoch = Number(env.SOURCE_DATE_EPOCH)
  if (env.SOURCE_DATE_EPOCH && Number.isFinite(epoch)) return new Date(epoch * 1000)
  return new Date()
}

/** Outline titles: one line, no control characters, bounded length. */
function cleanTitle(s: string): string {
  const one = s.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim()
  return one.length > 200 ? `${one.slice(0, 199)}…` : one
}

function countAll(entries: OutlineEntry[]): number {
  return entries.reduce((n, e) => n + 1 + countAll(e.children ?? []), 0)
}

/** Writes `entries` as children of the dictionary at `parentRef`; returns [first, last]. */
function writeLevel(doc: PDFDocument, parentRef: PDFRef, entries: OutlineEntry[], pageRefs: PDFRef[]): [PDFRef, PDFRef] | null {
  if (entries.length === 0) return null
  const ctx = doc.context
  const refs = entries.map(() => ctx.nextRef())
  entries.forEach((entry, i) => {
    const pageRef = pageRefs[entry.page]
    if (!pageRef || !Number.isInteger(entry.page)) {
      throw new DeckwrightError('INTERNAL', `outline entry "${entry.title}" points to page ${entry.page + 1} of ${pageRefs.length}`)
    }
    const ref = refs[i] as PDFRef
    const dest = PDFArray.withContext(ctx)
    // [page /XYZ null null null]: open the page keeping the reader's zoom
    dest.push(pageRef)
    dest.push(PDFName.of('XYZ'))
    dest.push(PDFNull)
    dest.push(PDFNull)
    dest.push(PDFNull)
    const dict = ctx.obj({})
    dict.set(PDFName.of('Title'), PDFHexString.fromText(cleanTitle(entry.title) || `Page ${entry.page + 1}`))
    dict.set(PDFName.of('Parent'), parentRef)
    dict.set(PDFName.of('Dest'), dest)
    const prev = refs[i - 1]
    const next = refs[i + 1]
    if (prev) dict.set(PDFName.of('Prev'), prev)
    if (next) dict.set(PDFName.of('Next'), next)
    const kids = writeLevel(doc, ref, entry.children ?? [], pageRefs)
    if (kids) {
      dict.set(PDFName.of('First'), kids[0])
      dict.set(PDFName.of('Last'), kids[1])
      // negative count: children start closed
      dict.set(PDFName.of('Count'), PDFNumber.of(-countAll(entry.children ?? [])))
    }
    ctx.assign(ref, dict)
  })
  return [refs[0] as PDFRef, refs[refs.length - 1] as PDFRef]
}

/** Deletes an existing outline's objects (e.g. the one Chromium made from headings). */
function dropOutline(doc: PDFDocument): void {
  const ctx = doc.context
  const seen = new Set<string>()
  const drop = (ref: PDFObject | undefined): void => {
    while (ref instanceof PDFRef && !seen.has(ref.toString())) {
      seen.add(ref.toString())
      const item = ctx.lookupMaybe(ref, PDFDict)
      ctx.delete(ref)
      if (!item) return
      drop(item.get(PDFName.of('First')))
      ref = item.get(PDFName.of('Next'))
    }
  }
  const root = doc.catalog.get(PDFName.of('Outlines'))
  if (root instanceof PDFRef) {
    drop(ctx.lookupMaybe(root, PDFDict)?.get(PDFName.of('First')))
    ctx.delete(root)
  }
  doc.catalog.delete(PDFName.of('Outlines'))
}

/** Replaces the document outline with `entries` (removes it when empty). */
export function writeOutline(doc: PDFDocument, entries: OutlineEntry[]): void {
  const catalog = doc.catalog
  dropOutline(doc)
  if (entries.length === 0) return
  const pageRefs = doc.getPages().map((p) => p.ref)
  const rootRef = doc.context.nextRef()
  const [first, last] = writeLevel(doc, rootRef, entries, pageRefs) as [PDFRef, PDFRef]
  const root = doc.context.obj({})
  root.set(PDFName.of('Type'), PDFName.of('Outlines'))
  root.set(PDFName.of('First'), first)
  root.set(PDFName.of('Last'), last)
  root.set(PDFName.of('Count'), PDFNumber.of(countAll(entries)))
  doc.context.assign(rootRef, root)
  catalog.set(PDFName.of('Outlines'), rootRef)
  catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** pdf-lib parses and writes in one go: its default pauses every 100 objects only slow a CLI down. */
export const PDF_LOAD = { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest } as const
export const PDF_SAVE = { objectsPerTick: Number.POSITIVE_INFINITY } as const

/** Parses a PDF the browser printed. */
export async function loadPrinted(pdf: Uint8Array, what = 'PDF'): Promise<PDFDocument> {
  try {
    return await PDFDocument.load(pdf, PDF_LOAD)
  } catch (cause) {
    throw new DeckwrightError('BROWSER_FAILED', `the browser produced an unreadable ${what}`, { cause, hint: 'try again; if it persists, try another browser with --browser PATH' })
  }
}

/** Sets the metadata and outline of a parsed PDF (see finishPdf). */
export function applyFinish(doc: PDFDocument, options: FinishPdfOptions): void {
  const date = stampDate(options.date)
  doc.setTitle(cleanTitle(options.title), { showInWindowTitleBar: true })
  if (options.author) doc.setAuthor(cleanTitle(options.author))
  if (options.subject) doc.setSubject(cleanTitle(options.subject))
  if (options.keywords?.length) doc.setKeywords(options.keywords.map(cleanTitle).filter(Boolean))
  doc.setProducer('deckwright')
  doc.setCreator('deckwright')
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  if (options.lang) doc.setLanguage(options.lang)
  writeOutline(doc, options.outline)
}

export async function finishPdf(pdf: Uint8Array, options: FinishPdfOptions): Promise<Uint8Array> {
  const doc = await loadPrinted(pdf)
  applyFinish(doc, options)
  return doc.save(PDF_SAVE)
}
