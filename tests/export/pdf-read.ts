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
