/**
 * Which font faces a slide's text can use, so a slide is fitted again only when a face that can
 * change its text has loaded (fit-slide.ts). Pure, and conservative: a face counts as usable
 * when its family is named anywhere in the font-family list of one of the slide's elements and
 * its unicode-range holds one of the slide's characters (weight and style are not compared, so
 * a face may count that the browser would not pick, never the other way round).
 *
 *   const use = fontUse(['Inter, "Noto Sans SC", system-ui'], 'Costs fell 40%')
 *   mayChange(use, [{ family: 'Inter', unicodeRange: 'U+0-FF' }]) // true
 */

/** The families and characters of one slide. */
export interface FontUse {
  /** Family names, lower case, without quotes. */
  families: ReadonlySet<string>
  /** Code points of the slide's text, and of the list markers the browser draws beside it. */
  codePoints: readonly number[]
}

/** What a loaded face says about itself (the FontFace API's fields). */
export interface FaceInfo {
  family: string
  unicodeRange: string
}

/** Characters a list marker may draw with the text's font (bullets, numbers, their separators). */
const MARKER_TEXT = '•◦▪▫‣–-0123456789.)( '

/** Family names of a CSS font-family list, lower case, unquoted. */
export function familyNames(list: string): string[] {
  return list
    .split(',')
    .map((name) => name.trim().replace(/^(['"])(.*)\1$/, '$2').trim().toLowerCase())
    .filter((name) => name !== '')
}

/** The families named by the given font-family lists and the distinct code points of `text`. */
export function fontUse(familyLists: Iterable<string>, text: string): FontUse {
  const families = new Set<string>()
  for (const list of familyLists) for (const name of familyNames(list)) families.add(name)
  const codePoints = new Set<number>()
  for (const ch of text + MARKER_TEXT) codePoints.add(ch.codePointAt(0) ?? 0)
  return { families, codePoints: [...codePoints] }
}

/**
 * A CSS unicode-range as [first, last] code point pairs (`U+0-FF, U+131, U+4??`);
 * undefined when it cannot be read (then every character counts as covered).
 */
export function unicodeRanges(range: string): Array<[number, number]> | undefined {
  const out: Array<[number, number]> = []
  for (const part of range.split(',')) {
    const m = /^\s*U\+([0-9A-F?]{1,6})(?:-([0-9A-F]{1,6}))?\s*$/i.exec(part)
    if (!m?.[1]) return undefined
    const [, a, b] = m
    if (b !== undefined) {
      if (a.includes('?')) return undefined
      out.push([Number.parseInt(a, 16), Number.parseInt(b, 16)])
    } else {
      out.push([Number.parseInt(a.replace(/\?/g, '0'), 16), Number.parseInt(a.replace(/\?/g, 'F'), 16)])
    }
  }
  return out
}

/** True when one of `faces` may draw some of the slide's text (see the file comment). */
export function mayChange(use: FontUse, faces: Iterable<FaceInfo>): boolean {
  for (const face of faces) {
    const [family] = familyNames(face.family)
    if (family === undefined || !use.families.has(family)) continue
    const ranges = unicodeRanges(face.unicodeRange || 'U+0-10FFFF')
    if (!ranges) return true
    if (use.codePoints.some((cp) => ranges.some(([lo, hi]) => cp >= lo && cp <= hi))) return true
  }
  return false
}
