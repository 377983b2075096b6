/**
 * Cheap sanity checks of a printed PDF without a full PDF parser: the page count and
 * whether each page draws any text (under load the browser has printed pages before
 * the slides were rendered, which gives blank pages).
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, decodePDFRawStream, type PDFObject, type PDFPage } from 'pdf-lib'
import { PDF_LOAD } from './pdf-meta.ts'

function streamText(obj: PDFObject | undefined, doc: PDFDocument): string {
  const resolved = obj instanceof PDFRef ? doc.context.lookup(obj) : obj
  if (resolved instanceof PDFArray) {
    return resolved.asArray().map((o) => streamText(o, doc)).join('\n')
  }
  if (resolved instanceof PDFRawStream) {
    try {
      return Buffer.from(decodePDFRawStream(resolved).decode()).toString('latin1')
    } catch {
      return ''
    }
  }
  return ''
}

/** Content of the page and of the form XObjects it draws (one level deep). */
function pageContent(page: PDFPage, doc: PDFDocument): string {
  let text = streamText(page.node.get(PDFName.of('Contents')), doc)
  const resources = page.node.Resources()
  const xobjects = resources?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  if (xobjects) {
    for (const [, ref] of xobjects.entries()) {
      const x = ref instanceof PDFRef ? doc.context.lookup(ref) : ref
      if (x instanceof PDFRawStream && x.dict.get(PDFName.of('Subtype'))?.toString() === '/Form') {
        text += '\n' + streamText(x, doc)
      }
    }
  }
  return text
}

/** True when a content stream shows text (a text-showing operator inside BT … ET). */
export function drawsText(content: string): boolean {
  return /\bBT\b[\s\S]*?(?:\)\s*Tj|>\s*Tj|\]\s*TJ|\)\s*'|\)\s*")[\s\S]*?\bET\b/.test(content)
}

export interface PdfCheck {
  pages: number
  /** 0-based indexes of pages that draw no text. */
  textless: number[]
}

export async function checkPdf(pdf: Uint8Array): Promise<PdfCheck> {
  const doc = await PDFDocument.load(pdf, PDF_LOAD)
  const pages = doc.getPages()
  const textless: number[] = []
  pages.forEach((page, i) => {
    if (!drawsText(pageContent(page, doc))) textless.push(i)
  })
  return { pages: pages.length, textless }
}
