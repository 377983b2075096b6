/**
 * Puts the slides into a printed handout. Each slide's frame in the handout HTML is an
 * empty self-link to `#slide-N`, which Chromium prints as a Link annotation: its /Rect is
 * the frame's border box on the page that holds it, its destination names the slide.
 * The matching page of the slides PDF is drawn into that rectangle as vector graphics
 * (a Form XObject), inside the border and clipped to its rounded corners, and tagged as
 * content of the frame's Figure in the structure tree. The links stay: they are part of
 * that Figure in the tagged PDF, and a click on a slide only goes to the slide's own
 * section.
 */
import {
  PDFArray,
  PDFDict,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFOperator,
  PDFOperatorNames,
  PDFRef,
  PDFString,
  appendBezierCurve,
  clip,
  endMarkedContent,
  closePath,
  endPath,
  lineTo,
  moveTo,
  popGraphicsState,
  pushGraphicsState,
  type PDFDocument,
  type PDFEmbeddedPage,
  type PDFObject,
  type PDFPage,
} from 'pdf-lib'
import { DeckwrightError } from '../errors.ts'
import { FRAME_BORDER_PT, FRAME_RADIUS_PT } from './handout-html.ts'

export interface SlideFrame {
  /** 0-based page index in the handout. */
  page: number
  /** Border box of the frame in PDF points (origin bottom left). */
  x: number
  y: number
  width: number
  height: number
  /** The frame's Link annotation. */
  annot: PDFDict
}

const SLIDE_DEST = /^slide-(\d+)$/

/** The named destination of a Link annotation (/Dest, or a GoTo action's /D). */
function destName(annot: PDFDict): string | undefined {
  let dest: PDFObject | undefined = annot.lookup(PDFName.of('Dest'))
  if (!dest) {
    const action = annot.lookupMaybe(PDFName.of('A'), PDFDict)
    if (action?.get(PDFName.of('S')) === PDFName.of('GoTo')) dest = action.lookup(PDFName.of('D'))
  }
  if (dest instanceof PDFName || dest instanceof PDFString || dest instanceof PDFHexString) return dest.decodeText()
  return undefined
}

function rectOf(annot: PDFDict): Omit<SlideFrame, 'page' | 'annot'> | undefined {
  const rect = annot.lookupMaybe(PDFName.of('Rect'), PDFArray)
  const n = rect?.asArray().map((v) => (v instanceof PDFNumber ? v.asNumber() : NaN)) ?? []
  if (n.length !== 4 || n.some((v) => !Number.isFinite(v))) return undefined
  const [x1, y1, x2, y2] = n as [number, number, number, number]
  return { x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1) }
}

/**
 * The frame of every slide, in slide order. Throws when a slide has no frame, or one
 * split over two pages: drawing the handout anyway would leave a hole.
 */
export function findSlideFrames(doc: PDFDocument, slideCount: number): SlideFrame[] {
  const found = new Map<number, SlideFrame[]>()
  doc.getPages().forEach((page, pageIndex) => {
    for (const ref of page.node.Annots()?.asArray() ?? []) {
      const annot = doc.context.lookup(ref)
      if (!(annot instanceof PDFDict) || annot.get(PDFName.of('Subtype')) !== PDFName.of('Link')) continue
      const slide = Number(SLIDE_DEST.exec(destName(annot) ?? '')?.[1])
      const rect = rectOf(annot)
      if (!Number.isInteger(slide) || slide < 1 || slide > slideCount || !rect || rect.width <= 0 || rect.height <= 0) continue
      found.set(slide, [...(found.get(slide) ?? []), { page: pageIndex, ...rect, annot }])
    }
  })
  return Array.from({ length: slideCount }, (_, i) => {
    const frames = found.get(i + 1) ?? []
    if (frames.length === 0) {
      throw new DeckwrightError('INTERNAL', `the printed handout has no frame for slide ${i + 1} of ${slideCount}`, {
        hint: 'the browser did not write the link box the slide is drawn into; try another browser with --browser PATH',
      })
    }
    if (frames.length > 1) {
      throw new DeckwrightError('INTERNAL', `slide ${i + 1}'s frame in the handout is split over ${frames.length} boxes`, {
        hint: 'a slide picture must fit on one handout page',
      })
    }
    return frames[0] as SlideFrame
  })
}

/** Path of a rectangle with round corners of radius r (clockwise from bottom left). */
function roundedRect(x: number, y: number, w: number, h: number, r: number): PDFOperator[] {
  const rr = Math.max(0, Math.min(r, w / 2, h / 2))
  const k = rr * (1 - 0.5523) // distance of a quarter circle's Bézier handles from the corner
  const right = x + w
  const top = y + h
  return [
    moveTo(x + rr, y),
    lineTo(right - rr, y),
    appendBezierCurve(right - k, y, right, y + k, right, y + rr),
    lineTo(right, top - rr),
    appendBezierCurve(right, top - k, right - k, top, right - rr, top),
    lineTo(x + rr, top),
    appendBezierCurve(x + k, top, x, top - k, x, top - rr),
    lineTo(x, y + rr),
    appendBezierCurve(x, y + k, x + k, y, x + rr, y),
    closePath(),
  ]
}

/** A number tree's value for `key` (/Nums pairs, /Kids searched in turn). */
function numberTreeGet(doc: PDFDocument, node: PDFDict | undefined, key: number, depth = 0): PDFObject | undefined {
  if (!node || depth > 20) return undefined
  const nums = node.lookupMaybe(PDFName.of('Nums'), PDFArray)
  if (nums) {
    for (let i = 0; i + 1 < nums.size(); i += 2) {
      const k = nums.lookup(i)
      if (k instanceof PDFNumber && k.asNumber() === key) return nums.get(i + 1)
    }
  }
  for (const kid of node.lookupMaybe(PDFName.of('Kids'), PDFArray)?.asArray() ?? []) {
    const found = numberTreeGet(doc, doc.context.lookupMaybe(kid, PDFDict), key, depth + 1)
    if (found) return found
  }
  return undefined
}

/**
 * Makes a new marked-content id on `page` that belongs to the frame's Figure element
 * (found through the annotation's /StructParent). Undefined for an untagged PDF.
 */
function figureMcid(doc: PDFDocument, page: PDFPage, frame: SlideFrame): number | undefined {
  const root = doc.catalog.lookupMaybe(PDFName.of('StructTreeRoot'), PDFDict)
  const parentTree = root?.lookupMaybe(PDFName.of('ParentTree'), PDFDict)
  const annotKey = frame.annot.lookupMaybe(PDFName.of('StructParent'), PDFNumber)?.asNumber()
  const pageKey = page.node.lookupMaybe(PDFName.of('StructParents'), PDFNumber)?.asNumber()
  if (!parentTree || annotKey === undefined || pageKey === undefined) return undefined
  const figureRef = numberTreeGet(doc, parentTree, annotKey)
  const figure = figureRef instanceof PDFRef ? doc.context.lookupMaybe(figureRef, PDFDict) : undefined
  const owners = doc.context.lookupMaybe(numberTreeGet(doc, parentTree, pageKey), PDFArray)
  if (!figure || !owners || !(figureRef instanceof PDFRef)) return undefined
  const mcid = owners.size()
  owners.push(figureRef)
  const mcr = doc.context.obj({ Type: 'MCR', Pg: page.ref, MCID: mcid })
  const kids = figure.get(PDFName.of('K'))
  const list = doc.context.lookupMaybe(kids, PDFArray)
  if (list) list.push(mcr)
  else figure.set(PDFName.of('K'), kids ? doc.context.obj([kids, mcr]) : doc.context.obj([mcr]))
  return mcid
}

/** Draws `slide` into the frame: inside the border, centred, its aspect ratio kept. */
function drawIntoFrame(doc: PDFDocument, frame: SlideFrame, slide: PDFEmbeddedPage): void {
  const page = doc.getPage(frame.page)
  const b = FRAME_BORDER_PT
  const inner = { x: frame.x + b, y: frame.y + b, width: frame.width - 2 * b, height: frame.height - 2 * b }
  const scale = Math.min(inner.width / slide.width, inner.height / slide.height)
  const width = slide.width * scale
  const height = slide.height * scale
  const mcid = figureMcid(doc, page, frame)
  // /Figure <</MCID n>> BDC … EMC: the drawing belongs to the frame's Figure element
  const open = mcid === undefined ? [] : [PDFOperator.of(PDFOperatorNames.BeginMarkedContentSequence, [PDFName.of('Figure'), `<</MCID ${mcid}>>`])]
  const close = mcid === undefined ? [] : [endMarkedContent()]
  page.pushOperators(
    ...open,
    pushGraphicsState(),
    ...roundedRect(inner.x, inner.y, inner.width, inner.height, FRAME_RADIUS_PT - b),
    clip(),
    endPath(),
  )
  page.drawPage(slide, {
    x: inner.x + (inner.width - width) / 2,
    y: inner.y + (inner.height - height) / 2,
    width,
    height,
  })
  page.pushOperators(popGraphicsState(), ...close)
}

/**
 * Draws page i of `slides` into frame i. All pages are embedded in one call, so fonts
 * and images they share are copied once.
 */
export async function drawSlides(doc: PDFDocument, slides: PDFDocument, frames: SlideFrame[]): Promise<void> {
  const pages = slides.getPages()
  if (pages.length !== frames.length) {
    throw new DeckwrightError('INTERNAL', `the slides PDF has ${pages.length} pages for ${frames.length} slides in the handout`)
  }
  // the slides' own links cannot work inside a Form XObject: leave them out of the copy
  for (const p of pages) p.node.delete(PDFName.of('Annots'))
  const embedded = await doc.embedPages(pages)
  frames.forEach((frame, i) => drawIntoFrame(doc, frame, embedded[i] as PDFEmbeddedPage))
}
