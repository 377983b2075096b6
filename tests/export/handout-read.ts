/** Test helper: what a handout PDF holds besides its text (pdf-lib). */
import { PDFArray, PDFDict, PDFName, PDFNumber, type PDFDocument } from 'pdf-lib'

/** Per page, the bounding boxes ([x1, y1, x2, y2], rounded) of the Form XObjects it uses. */
export function formBoxes(doc: PDFDocument): number[][][] {
  return doc.getPages().map((p) => {
    const xobjects = p.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
    return (xobjects?.keys() ?? []).flatMap((k) => {
      const x = doc.context.lookup(xobjects!.get(k))
      const dict = x && 'dict' in x ? (x.dict as PDFDict) : undefined
      if (dict?.get(PDFName.of('Subtype')) !== PDFName.of('Form')) return []
      return [dict.lookup(PDFName.of('BBox'), PDFArray).asArray().map((n) => Math.round((n as PDFNumber).asNumber()))]
    })
  })
}

/** Per page, how many Form XObjects of a slide page's size (width × height pt) it uses. */
export function slideForms(doc: PDFDocument, slide: { width: number; height: number }): number[] {
  const box = [0, 0, Math.round(slide.width), Math.round(slide.height)].join()
  return formBoxes(doc).map((boxes) => boxes.filter((b) => b.join() === box).length)
}
