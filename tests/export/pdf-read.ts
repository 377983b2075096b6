/** Test helper: reads a PDF back with pdfjs-dist (pages' text, outline, metadata). */
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'

export interface PdfReadBack {
  numPages: number
  pageTexts: string[]
  /** Flattened outline: title, 0-based page, depth. */
  outline: { title: string; page: number; depth: number }[]
  info: Record<string, unknown>
}

export async function readPdf(bytes: Uint8Array): Promise<PdfReadBack> {
  // pdfjs takes ownership of the buffer it gets: hand it a copy
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, isEvalSupported: false, verbosity: 0 }).promise
  try {
    const pageTexts: string[] = []
    for (let i = 1; i <= doc.numPages; i++) {
      const page = await doc.getPage(i)
      const content = await page.getTextContent()
      pageTexts.push(content.items.map((it) => ('str' in it ? it.str : '')).join(' ').replace(/\s+/g, ' '))
    }
    const outline: PdfReadBack['outline'] = []
    type Node = Awaited<ReturnType<typeof doc.getOutline>>[number]
    const walk = async (nodes: Node[], depth: number): Promise<void> => {
      for (const n of nodes) {
        const dest = typeof n.dest === 'string' ? await doc.getDestination(n.dest) : n.dest
        const ref = dest?.[0]
        const page = ref && typeof ref === 'object' ? await doc.getPageIndex(ref as { num: number; gen: number }) : -1
        outline.push({ title: n.title, page, depth })
        await walk(n.items, depth + 1)
      }
    }
    await walk((await doc.getOutline()) ?? [], 0)
    const meta = await doc.getMetadata()
    return { numPages: doc.numPages, pageTexts, outline, info: meta.info as Record<string, unknown> }
  } finally {
    await doc.destroy()
  }
}

/** The names of the fonts a PDF embeds (BaseFont of each font dictionary, subset tag removed), sorted, once each. */
export async function pdfFontNames(bytes: Uint8Array): Promise<string[]> {
  const { PDFDocument, PDFDict, PDFName } = await import('pdf-lib')
  const doc = await PDFDocument.load(bytes, { updateMetadata: false })
  const names = new Set<string>()
  for (const [, obj] of doc.context.enumerateIndirectObjects()) {
    if (!(obj instanceof PDFDict) || obj.get(PDFName.of('Type')) !== PDFName.of('Font')) continue
    const base = obj.get(PDFName.of('BaseFont'))
    names.add(base instanceof PDFName ? base.decodeText().replace(/^[A-Z]{6}\+/, '') : '(no name)')
  }
  return [...names].sort()
}

/** True when a PDF font name (e.g. "Inter-Bold", "NotoSansSCThin-Regular") is of the CSS family (e.g. "Noto Sans SC"). */
export function fontOfFamily(name: string, family: string): boolean {
  return name.startsWith(family.replace(/\s+/g, ''))
}
